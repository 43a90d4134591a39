#include "CaseDetailWidget.h"

#include "AppealDialog.h"
#include "CaseDialog.h"
#include "CaseStatusDialog.h"
#include "DecisionDialog.h"
#include "FileDialog.h"
#include "HistoryFormatter.h"
#include "LetterRenderer.h"
#include "MessageBox.h"
#include "StatementDialog.h"
#include "cases/CaseWorkflow.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/LicenceRepository.h"
#include "validation/OrgNumber.h"

#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace bevilling {

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>") + esc(label) + QStringLiteral("</b></td><td>") + value
           + QStringLiteral("</td></tr>");
}

QPushButton *makeButton(QWidget *parent, const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

QTableWidget *makeTable(QWidget *parent, const QString &objectName, const QStringList &headers)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    return table;
}

QString eventText(const CaseEvent &event)
{
    if (event.kind == QLatin1String("status")) {
        const auto from = CaseTexts::statusFromKey(event.from);
        const auto to = CaseTexts::statusFromKey(event.to);
        const QString toText = to ? CaseTexts::statusName(*to) : event.to;
        if (!from)
            return CaseDetailWidget::tr("Status: %1").arg(toText);
        return CaseDetailWidget::tr("Status: %1 → %2").arg(CaseTexts::statusName(*from), toText);
    }
    if (event.kind == QLatin1String("assigned")) {
        if (event.from.isEmpty())
            return CaseDetailWidget::tr("Assigned to %1").arg(event.to);
        return CaseDetailWidget::tr("Passed from %1 to %2").arg(event.from, event.to);
    }
    return event.kind + QStringLiteral(": ") + event.from + QStringLiteral(" → ") + event.to;
}
} // namespace

CaseDetailWidget::CaseDetailWidget(const Clock &clock, QWidget *parent)
    : QWidget(parent),
      m_clock(clock),
      m_title(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_overview(new QTextBrowser(this)),
      m_statusButton(makeButton(this, tr("Change &status…"), QStringLiteral("statusButton"))),
      m_assignButton(makeButton(this, tr("Pass to o&fficer…"), QStringLiteral("assignButton"))),
      m_editButton(makeButton(this, tr("Edit a&pplication…"), QStringLiteral("editCaseButton"))),
      m_decideButton(makeButton(this, tr("Make &decision…"), QStringLiteral("decideButton"))),
      m_appealButton(makeButton(this, tr("Register a&ppeal…"), QStringLiteral("appealButton"))),
      m_letterButton(makeButton(this, tr("Decision &letter (PDF)…"), QStringLiteral("letterButton"))),
      m_statements(makeTable(this, QStringLiteral("statementsTable"),
                             {tr("Party"), tr("Requested"), tr("Deadline"), tr("Reminders"), tr("Replied"), tr("Reply")})),
      m_addStatement(makeButton(this, tr("&Request statement…"), QStringLiteral("addStatementButton"))),
      m_editStatement(makeButton(this, tr("&Edit…"), QStringLiteral("editStatementButton"))),
      m_removeStatement(makeButton(this, tr("Re&move"), QStringLiteral("removeStatementButton"))),
      m_remindStatement(makeButton(this, tr("Record re&minder"), QStringLiteral("remindStatementButton"))),
      m_attachments(makeTable(this, QStringLiteral("attachmentsTable"), {tr("Name"), tr("Category"), tr("Size"), tr("Added")})),
      m_category(new QComboBox(this)),
      m_addAttachment(makeButton(this, tr("&Add file…"), QStringLiteral("addAttachmentButton"))),
      m_openAttachment(makeButton(this, tr("&Open"), QStringLiteral("openAttachmentButton"))),
      m_saveAttachment(makeButton(this, tr("Save &as…"), QStringLiteral("saveAttachmentButton"))),
      m_removeAttachment(makeButton(this, tr("Re&move"), QStringLiteral("removeAttachmentButton"))),
      m_missing(new QPlainTextEdit(this)),
      m_saveMissing(makeButton(this, tr("Save &list"), QStringLiteral("saveMissingButton"))),
      m_decision(new QTextBrowser(this)),
      m_history(new QTreeWidget(this))
{
    build();
    clear();
}

CaseDetailWidget::~CaseDetailWidget() = default;

void CaseDetailWidget::build()
{
    setObjectName(QStringLiteral("caseDetailWidget"));
    m_title->setObjectName(QStringLiteral("caseTitleLabel"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));

    // Oversikt
    auto *overview = new QWidget(m_tabs);
    auto *overviewLayout = new QVBoxLayout(overview);
    auto *actions = new QGridLayout;
    const QList<QPushButton *> buttons{m_statusButton, m_assignButton, m_editButton,
                                       m_decideButton, m_appealButton, m_letterButton};
    for (int i = 0; i < buttons.size(); ++i)
        actions->addWidget(buttons.at(i), i / 2, i % 2);
    overviewLayout->addLayout(actions);
    m_overview->setObjectName(QStringLiteral("overviewBrowser"));
    m_overview->setOpenLinks(false);
    overviewLayout->addWidget(m_overview, 1);
    m_tabs->addTab(overview, tr("Overview"));

    // Uttalelser
    auto *statements = new QWidget(m_tabs);
    auto *statementsLayout = new QVBoxLayout(statements);
    statementsLayout->addWidget(m_statements, 1);
    auto *statementButtons = new QHBoxLayout;
    for (QPushButton *button : {m_addStatement, m_editStatement, m_remindStatement, m_removeStatement})
        statementButtons->addWidget(button);
    statementButtons->addStretch();
    statementsLayout->addLayout(statementButtons);
    m_tabs->addTab(statements, tr("Statements"));

    // Vedlegg
    auto *attachments = new QWidget(m_tabs);
    auto *attachmentsLayout = new QVBoxLayout(attachments);
    attachmentsLayout->addWidget(m_attachments, 1);
    m_category->setObjectName(QStringLiteral("attachmentCategoryComboBox"));
    m_category->addItem(tr("(no category)"), QString());
    for (const QString &key : CaseTexts::attachmentCategoryKeys())
        m_category->addItem(CaseTexts::attachmentCategoryName(key), key);
    m_category->setToolTip(tr("The kind of document the next added file is"));
    auto *attachmentButtons = new QHBoxLayout;
    attachmentButtons->addWidget(m_category);
    for (QPushButton *button : {m_addAttachment, m_openAttachment, m_saveAttachment, m_removeAttachment})
        attachmentButtons->addWidget(button);
    attachmentButtons->addStretch();
    attachmentsLayout->addLayout(attachmentButtons);
    auto *missingLabel = new QLabel(tr("&Missing attachments (one per line; the case is incomplete while any are listed):"), attachments);
    missingLabel->setWordWrap(true);
    missingLabel->setBuddy(m_missing);
    m_missing->setObjectName(QStringLiteral("missingAttachmentsEdit"));
    m_missing->setTabChangesFocus(true);
    m_missing->setMaximumHeight(90);
    attachmentsLayout->addWidget(missingLabel);
    attachmentsLayout->addWidget(m_missing);
    auto *missingButtons = new QHBoxLayout;
    missingButtons->addStretch();
    missingButtons->addWidget(m_saveMissing);
    attachmentsLayout->addLayout(missingButtons);
    m_tabs->addTab(attachments, tr("Attachments"));

    // Vedtak og klage
    m_decision->setObjectName(QStringLiteral("decisionBrowser"));
    m_tabs->addTab(m_decision, tr("Decision and appeal"));

    // Historikk
    m_history->setObjectName(QStringLiteral("caseHistoryTree"));
    m_history->setColumnCount(3);
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("What")});
    m_history->setRootIsDecorated(false);
    m_history->setWordWrap(true);
    m_tabs->addTab(m_history, tr("History"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);

    connect(m_statusButton, &QPushButton::clicked, this, &CaseDetailWidget::changeStatus);
    connect(m_assignButton, &QPushButton::clicked, this, &CaseDetailWidget::assign);
    connect(m_editButton, &QPushButton::clicked, this, &CaseDetailWidget::editCase);
    connect(m_decideButton, &QPushButton::clicked, this, &CaseDetailWidget::decide);
    connect(m_appealButton, &QPushButton::clicked, this, &CaseDetailWidget::registerAppeal);
    connect(m_letterButton, &QPushButton::clicked, this, &CaseDetailWidget::makeLetter);
    connect(m_addStatement, &QPushButton::clicked, this, &CaseDetailWidget::addStatement);
    connect(m_editStatement, &QPushButton::clicked, this, &CaseDetailWidget::editStatement);
    connect(m_removeStatement, &QPushButton::clicked, this, &CaseDetailWidget::removeStatement);
    connect(m_remindStatement, &QPushButton::clicked, this, &CaseDetailWidget::remindStatement);
    connect(m_statements, &QTableWidget::cellActivated, this, [this] { editStatement(); });
    connect(m_statements, &QTableWidget::itemSelectionChanged, this, &CaseDetailWidget::updateActions);
    connect(m_addAttachment, &QPushButton::clicked, this, &CaseDetailWidget::addAttachment);
    connect(m_openAttachment, &QPushButton::clicked, this, &CaseDetailWidget::openAttachment);
    connect(m_saveAttachment, &QPushButton::clicked, this, &CaseDetailWidget::saveAttachmentAs);
    connect(m_removeAttachment, &QPushButton::clicked, this, &CaseDetailWidget::removeAttachment);
    connect(m_attachments, &QTableWidget::cellActivated, this, [this] { openAttachment(); });
    connect(m_attachments, &QTableWidget::itemSelectionChanged, this, &CaseDetailWidget::updateActions);
    connect(m_saveMissing, &QPushButton::clicked, this, &CaseDetailWidget::saveMissingAttachments);
}

void CaseDetailWidget::setDatabase(const Database *db, bool readOnly, ValidationOptions options,
                                   const CaseEnvironment &environment)
{
    m_db = db;
    m_readOnly = readOnly || !db;
    m_options = options;
    m_environment = environment;
    m_repository = db ? std::make_unique<CaseRepository>(*db, m_clock) : nullptr;
    clear();
}

void CaseDetailWidget::clear()
{
    m_case.reset();
    m_title->setText(tr("No case selected"));
    m_overview->clear();
    m_statements->setRowCount(0);
    m_attachments->setRowCount(0);
    m_missing->clear();
    m_decision->clear();
    m_history->clear();
    m_tabs->setEnabled(false);
    updateActions();
}

void CaseDetailWidget::showCase(qint64 id)
{
    if (!m_repository || id <= 0) {
        clear();
        return;
    }
    Result<Case> found = m_repository->find(id);
    if (!found) {
        clear();
        return;
    }
    refresh(*std::move(found));
}

void CaseDetailWidget::refresh(const Case &c)
{
    m_case = c;
    m_tabs->setEnabled(true);
    m_title->setText(c.number + QStringLiteral("  ") + c.displayTitle());

    CaseCheckContext context;
    context.today = m_clock.today();
    if (m_environment.rules)
        context.rules = &*m_environment.rules;
    if (m_db) {
        if (Result<QList<Licence>> licences = LicenceRepository(*m_db, m_clock).list())
            context.licences = *std::move(licences);
        if (Result<QList<Case>> cases = m_repository->list())
            context.cases = *std::move(cases);
    }
    const QList<CaseWarning> warnings = CaseChecks::check(c, context);
    const ClockState clock = ProcessingClock::of(c, m_environment.clock, m_clock.today());
    m_overview->setHtml(overviewHtml(c, clock, warnings,
                                      m_environment.rules ? m_environment.rules->settings : rules::RuleSettings{}));
    fillStatements();
    fillAttachments();
    fillDecision();
    fillHistory();
    updateActions();
}

QString CaseDetailWidget::overviewHtml(const Case &c, const ClockState &clock, const QList<CaseWarning> &warnings,
                                       const rules::RuleSettings &settings)
{
    QString html = QStringLiteral("<table>");
    QString status = esc(CaseTexts::statusName(c.status));
    if (c.closeReason)
        status += QStringLiteral(" (") + esc(CaseTexts::closeReasonName(*c.closeReason)) + QLatin1Char(')');
    html += row(tr("Status"), status);
    html += row(tr("Type"), esc(CaseTexts::typeName(c.type)));
    html += row(tr("Officer"), c.assignedTo.isEmpty() ? esc(tr("(not assigned)")) : esc(c.assignedTo));
    html += row(tr("Received"), esc(formatDate(c.receivedOn)));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>") + esc(tr("Processing time")) + QStringLiteral("</h3>");
    if (!clock.started) {
        html += QStringLiteral("<p>") + esc(tr("The clock starts when the application is complete.")) + QStringLiteral("</p>");
    } else {
        html += QStringLiteral("<table>");
        html += row(tr("Started"), esc(formatDate(c.completeOn)));
        html += row(tr("Legal due date"), esc(formatDate(clock.legalDue)) + QStringLiteral(" ")
                                              + esc(tr("(four months from a complete application)")));
        if (clock.targetDue)
            html += row(tr("Own target"), esc(formatDate(*clock.targetDue)));
        if (c.isDecided()) {
            html += row(tr("Stopped"), esc(tr("decided %1").arg(formatDate(c.decision->decidedOn))));
        } else if (c.isOpen()) {
            QString left = esc(tr("%1 days").arg(clock.daysLeft));
            if (clock.daysLeft < 0)
                left = QStringLiteral("<span style='color:#b00020'><b>") + esc(tr("%1 days overdue").arg(-clock.daysLeft))
                       + QStringLiteral("</b></span>");
            else if (clock.daysLeft <= 14)
                left = QStringLiteral("<span style='color:#a05200'><b>") + left + QStringLiteral("</b></span>");
            html += row(tr("Days left"), left);
        }
        html += row(tr("Status of the clock"), esc(clock.paused ? tr("paused") : tr("running")));
        html += row(tr("Paused days"), QString::number(clock.pausedDays));
        html += QStringLiteral("</table>");
        if (!clock.pauses.isEmpty()) {
            html += QStringLiteral("<p>") + esc(tr("Pauses:")) + QStringLiteral("</p><ul>");
            for (const ClockPause &pause : clock.pauses) {
                const QString why = pause.reason == QLatin1String("applicant") ? tr("waiting for the applicant")
                                    : pause.reason == QLatin1String("statements") ? tr("waiting for statements")
                                                                                   : pause.reason;
                const QString to = pause.to.isValid() ? formatDate(pause.to) : tr("still open");
                html += QStringLiteral("<li>") + esc(tr("%1 – %2: %3").arg(formatDate(pause.from), to, why))
                        + QStringLiteral("</li>");
            }
            html += QStringLiteral("</ul>");
        }
    }

    if (!warnings.isEmpty()) {
        html += QStringLiteral("<h3>") + esc(tr("Warnings")) + QStringLiteral("</h3><ul>");
        for (const CaseWarning &warning : warnings) {
            html += QStringLiteral("<li><span style='color:#a05200'>") + esc(warning.message) + QStringLiteral("</span>");
            if (!warning.rule.isEmpty())
                html += QStringLiteral(" <i>(") + esc(warning.rule) + QStringLiteral(")</i>");
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }

    if (!c.missingAttachments.isEmpty()) {
        html += QStringLiteral("<h3>") + esc(tr("Missing attachments")) + QStringLiteral("</h3><ul>");
        for (const QString &missing : c.missingAttachments)
            html += QStringLiteral("<li>") + esc(missing) + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }

    const Licence &a = c.application;
    html += QStringLiteral("<h3>") + esc(tr("Application")) + QStringLiteral("</h3><table>");
    QString applicant = esc(a.licensee.name);
    if (!a.licensee.orgNumber.isEmpty())
        applicant += QStringLiteral(" (") + esc(OrgNumber::formatted(a.licensee.orgNumber)) + QLatin1Char(')');
    html += row(tr("Applicant"), applicant);
    html += row(tr("Kind"), esc(DomainTexts::kindName(a.kind)));
    if (!a.eventName.isEmpty())
        html += row(tr("Occasion"), esc(a.eventName));
    if (!a.premises.name.isEmpty()) {
        QString premises = esc(a.premises.name);
        if (!a.premises.address.isEmpty())
            premises += QStringLiteral(", ") + esc(a.premises.address + QStringLiteral(", ") + a.premises.postalCode
                                                  + QLatin1Char(' ') + a.premises.postalPlace);
        html += row(tr("Premises"), premises);
    }
    if (a.groups)
        html += row(tr("Groups"), esc(DomainTexts::groupsText(a.groups)));
    if (!a.manager.name.isEmpty())
        html += row(tr("Manager"), esc(a.manager.name));
    QStringList deputies;
    for (const Person &deputy : a.deputies)
        deputies << deputy.name;
    if (!deputies.isEmpty())
        html += row(tr("Deputies"), esc(deputies.join(QStringLiteral(", "))));
    if (a.validFrom.isValid())
        html += row(tr("Period applied for"), esc(formatDate(a.validFrom) + QStringLiteral(" – ") + formatDate(a.validTo)));
    if (!c.requestedHours.isEmpty())
        html += row(tr("Requested hours or area"), esc(c.requestedHours));
    if (c.transferDate.isValid())
        html += row(tr("Transfer date"), esc(formatDate(c.transferDate)));
    if (const auto transfer = CaseChecks::transferDates(c, settings)) {
        html += row(tr("Application deadline"),
                    esc(formatDate(transfer->applicationDeadline))
                        + (transfer->applicationInTime ? QString() : QStringLiteral(" <b>") + tr("(missed)") + QStringLiteral("</b>")));
        html += row(tr("May operate on the previous licence until"), esc(formatDate(transfer->transitionEnd)));
    }
    if (c.attendance)
        html += row(tr("Expected attendance"), QString::number(*c.attendance));
    if (!c.notes.isEmpty())
        html += row(tr("Notes"), esc(c.notes).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    html += QStringLiteral("</table>");
    return html;
}

void CaseDetailWidget::fillStatements()
{
    m_statements->setRowCount(0);
    if (!m_case)
        return;
    const QDate today = m_clock.today();
    for (const CaseStatement &s : m_case->statements) {
        const int r = m_statements->rowCount();
        m_statements->insertRow(r);
        QStringList reminders;
        for (const QDate &date : s.reminders)
            reminders << formatDate(date);
        const QStringList cells{CaseTexts::statementPartyText(s),
                                formatDate(s.requested),
                                formatDate(s.deadline),
                                reminders.join(QStringLiteral(", ")),
                                formatDate(s.replied),
                                s.reply ? CaseTexts::replyName(*s.reply) : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, s.id);
            if (s.isOverdue(today)) {
                item->setForeground(QBrush(QColor(0xb0, 0x00, 0x20)));
                item->setToolTip(tr("Overdue: the deadline was %1.").arg(formatDate(s.deadline)));
            } else if (!s.replyText.isEmpty()) {
                item->setToolTip(s.replyText);
            }
            m_statements->setItem(r, column, item);
        }
    }
    m_statements->resizeColumnsToContents();
}

void CaseDetailWidget::fillAttachments()
{
    m_attachments->setRowCount(0);
    if (!m_case)
        return;
    for (const CaseAttachment &a : m_case->attachments) {
        const int r = m_attachments->rowCount();
        m_attachments->insertRow(r);
        const QStringList cells{a.name, a.category.isEmpty() ? QString() : CaseTexts::attachmentCategoryName(a.category),
                                CaseUiTexts::fileSize(a.size), formatDateTime(a.addedAt)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, a.id);
            item->setToolTip(tr("SHA-256: %1\nAdded by %2").arg(a.sha256, a.addedBy));
            if (column == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_attachments->setItem(r, column, item);
        }
    }
    m_attachments->resizeColumnsToContents();
    m_missing->setPlainText(m_case->missingAttachments.join(QLatin1Char('\n')));
}

void CaseDetailWidget::fillDecision()
{
    if (!m_case)
        return;
    QString html;
    if (!m_case->decision) {
        html = QStringLiteral("<p>") + esc(tr("No decision yet.")) + QStringLiteral("</p>");
    } else {
        const CaseDecision &d = *m_case->decision;
        html += QStringLiteral("<h3>") + esc(tr("Decision")) + QStringLiteral("</h3><table>");
        html += row(tr("Outcome"), esc(CaseTexts::outcomeName(d.outcome)));
        html += row(tr("Decided by"), esc(d.decidedBy + QStringLiteral(" (") + CaseTexts::bodyName(d.body) + QLatin1Char(')')));
        html += row(tr("Date"), esc(formatDate(d.decidedOn)));
        if (!d.reference.isEmpty())
            html += row(tr("Reference"), esc(d.reference));
        if (d.outcome == DecisionOutcome::Granted)
            html += row(tr("Licence period"), esc(formatDate(d.validFrom) + QStringLiteral(" – ") + formatDate(d.validTo)));
        if (!d.reason.isEmpty())
            html += row(tr("Reason"), esc(d.reason).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        if (!d.conditions.isEmpty())
            html += row(tr("Conditions"), esc(d.conditions).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        html += row(tr("Notified"), d.notifiedOn.isValid() ? esc(formatDate(d.notifiedOn)) : esc(tr("not yet")));
        html += QStringLiteral("</table>");
    }
    if (m_case->appeal) {
        const CaseAppeal &a = *m_case->appeal;
        html += QStringLiteral("<h3>") + esc(tr("Appeal")) + QStringLiteral("</h3><table>");
        html += row(tr("Received"), esc(formatDate(a.received)));
        html += row(tr("Appellant"), esc(a.appellant));
        if (!a.grounds.isEmpty())
            html += row(tr("Grounds"), esc(a.grounds).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        if (a.reconsideration)
            html += row(tr("Reconsideration"),
                        esc(CaseTexts::reconsiderationName(*a.reconsideration) + QStringLiteral(", ") + formatDate(a.reconsideredOn)));
        if (a.sentOn.isValid())
            html += row(tr("Sent to Statsforvalteren"), esc(formatDate(a.sentOn)));
        if (a.outcome)
            html += row(tr("Final outcome"), esc(CaseTexts::appealOutcomeName(*a.outcome) + QStringLiteral(", ") + formatDate(a.outcomeOn)));
        if (!a.note.isEmpty())
            html += row(tr("Note"), esc(a.note));
        html += QStringLiteral("</table>");
    }
    m_decision->setHtml(html);
}

void CaseDetailWidget::fillHistory()
{
    m_history->clear();
    if (!m_case || !m_repository)
        return;
    struct Line
    {
        QDateTime at;
        QString user;
        QString what;
    };
    QList<Line> lines;
    for (const CaseEvent &event : m_case->events) {
        QString what = eventText(event);
        if (!event.note.isEmpty())
            what += QStringLiteral(" – ") + event.note;
        lines.append({event.at, event.user, what});
    }
    if (Result<QList<AuditEntry>> entries = m_repository->history(m_case->id)) {
        for (const AuditEntry &entry : *entries) {
            const QList<AuditChange> changes = AuditLog::changes(entry.before, entry.after);
            QStringList texts;
            for (const AuditChange &change : changes) {
                if (change.path.startsWith(QLatin1String("events")) || change.path == QLatin1String("updated_at"))
                    continue;
                texts << HistoryFormatter::changeText(change);
            }
            QString what = AuditLog::actionName(entry.action);
            if (!texts.isEmpty() && entry.action != QLatin1String("create"))
                what += QStringLiteral(": ") + texts.mid(0, 8).join(QStringLiteral("; "))
                        + (texts.size() > 8 ? QStringLiteral(" …") : QString());
            lines.append({entry.at, entry.user, what});
        }
    }
    // Newest first; within the same moment the later entry (each list is oldest first) first.
    std::reverse(lines.begin(), lines.end());
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.at > b.at; });
    for (const Line &line : lines) {
        auto *item = new QTreeWidgetItem(m_history, {formatDateTime(line.at), line.user, line.what});
        item->setToolTip(2, line.what);
    }
    m_history->resizeColumnToContents(0);
    m_history->resizeColumnToContents(1);
}

void CaseDetailWidget::updateActions()
{
    const bool has = m_case.has_value() && m_repository;
    const bool writable = has && !m_readOnly;
    const bool open = has && m_case->isOpen();
    const bool decided = has && m_case->isDecided();
    m_statusButton->setEnabled(writable && !CaseWorkflow::manualNext(*m_case).isEmpty());
    m_assignButton->setEnabled(writable && open);
    m_editButton->setEnabled(writable && open && !decided);
    // After an appeal the municipality may make a new decision (reconsideration).
    m_decideButton->setEnabled(writable && open && (!decided || m_case->status == CaseStatus::Appealed)
                               && CaseWorkflow::allowedNext(m_case->status).contains(CaseStatus::Decided));
    m_appealButton->setEnabled(writable && open && decided);
    m_letterButton->setEnabled(has && decided);
    const bool statementSelected = has && currentStatement().has_value();
    m_addStatement->setEnabled(writable && open && !decided);
    m_editStatement->setEnabled(writable && open && statementSelected);
    m_removeStatement->setEnabled(writable && open && statementSelected);
    m_remindStatement->setEnabled(writable && open && statementSelected && !currentStatement()->isAnswered());
    const bool attachmentSelected = has && currentAttachment().has_value();
    m_addAttachment->setEnabled(writable && open);
    m_category->setEnabled(writable && open);
    m_openAttachment->setEnabled(attachmentSelected);
    m_saveAttachment->setEnabled(attachmentSelected);
    m_removeAttachment->setEnabled(writable && open && attachmentSelected);
    m_missing->setReadOnly(!(writable && open && !decided));
    m_saveMissing->setEnabled(writable && open && !decided);
}

QString CaseDetailWidget::officer() const
{
    if (m_case && !m_case->assignedTo.isEmpty())
        return m_case->assignedTo;
    return AuditLog::currentUser();
}

std::optional<CaseStatement> CaseDetailWidget::currentStatement() const
{
    if (!m_case)
        return std::nullopt;
    const QTableWidgetItem *item = m_statements->currentItem();
    if (!item || !item->isSelected())
        return std::nullopt;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    for (const CaseStatement &s : m_case->statements) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

std::optional<CaseAttachment> CaseDetailWidget::currentAttachment() const
{
    if (!m_case)
        return std::nullopt;
    const QTableWidgetItem *item = m_attachments->currentItem();
    if (!item || !item->isSelected())
        return std::nullopt;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    for (const CaseAttachment &a : m_case->attachments) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}

void CaseDetailWidget::showError(const QString &title, const Error &error)
{
    MessageBox::critical(this, title, error.message);
}

void CaseDetailWidget::afterSave(const Case &c, bool licences)
{
    refresh(c);
    Q_EMIT caseChanged(c.id);
    if (licences)
        Q_EMIT licencesChanged();
}

void CaseDetailWidget::changeStatus()
{
    if (!m_case || !m_statusButton->isEnabled())
        return;
    CaseStatusDialog dialog(*m_repository, m_clock, *m_case, this);
    if (dialog.exec() == QDialog::Accepted)
        afterSave(dialog.savedCase());
}

void CaseDetailWidget::assign()
{
    if (!m_case || !m_assignButton->isEnabled())
        return;
    QStringList officers;
    if (Result<QStringList> names = m_repository->officers())
        officers = *std::move(names);
    AssignCaseDialog dialog(*m_repository, *m_case, officers, this);
    if (dialog.exec() == QDialog::Accepted)
        afterSave(dialog.savedCase());
}

void CaseDetailWidget::editCase()
{
    if (!m_case || !m_editButton->isEnabled())
        return;
    CaseDialog dialog(*m_db, m_clock, m_options, *m_case, this);
    if (dialog.exec() == QDialog::Accepted)
        afterSave(dialog.savedCase());
}

void CaseDetailWidget::decide()
{
    if (!m_case || !m_decideButton->isEnabled())
        return;
    DecisionDialog dialog(*m_repository, m_clock, *m_case, m_environment.periodReading, officer(), this);
    if (dialog.exec() == QDialog::Accepted)
        afterSave(dialog.savedCase(), true);
}

void CaseDetailWidget::registerAppeal()
{
    if (!m_case || !m_appealButton->isEnabled())
        return;
    AppealDialog dialog(*m_repository, m_clock, *m_case, this);
    if (dialog.exec() == QDialog::Accepted)
        afterSave(dialog.savedCase());
}

void CaseDetailWidget::makeLetter()
{
    if (!m_case || !m_letterButton->isEnabled() || !m_db)
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("Decision %1.pdf").arg(m_case->number));
    QString path = FileDialog::getSaveFileName(this, tr("Save decision letter"), suggested, FileDialog::pdfFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    const Status rendered = LetterRenderer::renderCaseLetter(*m_db, m_clock, m_case->id, path);
    if (!rendered) {
        showError(tr("Decision letter"), rendered.error());
        return;
    }
    const CaseDecision &d = *m_case->decision;
    if (m_readOnly || d.notifiedOn.isValid() || m_case->status != CaseStatus::Decided) {
        MessageBox::information(this, tr("Decision letter"),
                                tr("The letter was saved as %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    const MessageBox::Button answer =
        MessageBox::question(this, tr("Decision letter"),
                             tr("The letter was saved as %1.\n\nRecord that the decision was sent to the applicant today (%2)?")
                                 .arg(QDir::toNativeSeparators(path), formatDate(m_clock.today())));
    if (answer != MessageBox::Yes)
        return;
    Result<Case> notified = m_repository->markNotified(m_case->id, m_clock.today());
    if (!notified) {
        showError(tr("Decision letter"), notified.error());
        return;
    }
    afterSave(*notified);
}

void CaseDetailWidget::addStatement()
{
    if (!m_case || !m_addStatement->isEnabled())
        return;
    StatementDialog dialog(*m_repository, m_clock, m_case->id, CaseStatement(), m_environment.statementReplyDays, this);
    if (dialog.exec() == QDialog::Accepted)
        afterSave(dialog.savedCase());
}

void CaseDetailWidget::editStatement()
{
    const std::optional<CaseStatement> statement = currentStatement();
    if (!statement || !m_editStatement->isEnabled())
        return;
    StatementDialog dialog(*m_repository, m_clock, m_case->id, *statement, m_environment.statementReplyDays, this);
    if (dialog.exec() == QDialog::Accepted)
        afterSave(dialog.savedCase());
}

void CaseDetailWidget::removeStatement()
{
    const std::optional<CaseStatement> statement = currentStatement();
    if (!statement || !m_removeStatement->isEnabled())
        return;
    const MessageBox::Button answer = MessageBox::question(
        this, tr("Remove statement"),
        tr("Remove the statement from %1 from the case?").arg(CaseTexts::statementPartyText(*statement)));
    if (answer != MessageBox::Yes)
        return;
    Result<Case> result = m_repository->removeStatement(m_case->id, statement->id);
    if (!result) {
        showError(tr("Remove statement"), result.error());
        return;
    }
    afterSave(*result);
}

void CaseDetailWidget::remindStatement()
{
    std::optional<CaseStatement> statement = currentStatement();
    if (!statement || !m_remindStatement->isEnabled())
        return;
    statement->reminders.append(m_clock.today());
    Result<Case> result = m_repository->saveStatement(m_case->id, *statement);
    if (!result) {
        showError(tr("Record reminder"), result.error());
        return;
    }
    afterSave(*result);
}

void CaseDetailWidget::addAttachment()
{
    if (!m_case || !m_addAttachment->isEnabled())
        return;
    const QStringList paths =
        FileDialog::getOpenFileNames(this, tr("Add attachments"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                     FileDialog::allFilesFilter());
    if (paths.isEmpty())
        return;
    // Each file is stored on its own: one that is too large or unreadable does not stop the others.
    const qint64 limit = m_repository->attachmentLimit();
    QStringList problems;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.exists() && info.size() > limit) {
            problems << tr("%1 is too large (%2). An attachment can be at most %3.")
                            .arg(info.fileName(), CaseUiTexts::fileSize(info.size()), CaseUiTexts::fileSize(limit));
            continue;
        }
        const Result<CaseAttachment> added =
            m_repository->addAttachmentFile(m_case->id, path, m_category->currentData().toString());
        if (!added) {
            problems << (added.error().code == CaseRepository::ErrorTooLarge
                             ? tr("%1 is too large. An attachment can be at most %2.")
                                   .arg(info.fileName(), CaseUiTexts::fileSize(limit))
                             : tr("%1 could not be added: %2").arg(QDir::toNativeSeparators(path), added.error().message));
        }
    }
    Result<Case> updated = m_repository->find(m_case->id);
    if (updated)
        afterSave(*updated);
    if (!problems.isEmpty())
        MessageBox::critical(this, tr("Add attachments"), problems.join(QLatin1Char('\n')));
}

void CaseDetailWidget::openAttachment()
{
    const std::optional<CaseAttachment> attachment = currentAttachment();
    if (!attachment || !m_repository)
        return;
    const Result<QByteArray> data = m_repository->attachmentData(attachment->id);
    if (!data) {
        showError(tr("Open attachment"), data.error());
        return;
    }
    // A temporary copy the system viewer can open; it stays until the system cleans its temp folder.
    QDir dir(QStandardPaths::writableLocation(QStandardPaths::TempLocation));
    const QString folder = QStringLiteral("bevilling-attachments/%1").arg(attachment->id);
    if (!dir.mkpath(folder)) {
        MessageBox::critical(this, tr("Open attachment"), tr("Could not create a temporary folder in %1.").arg(dir.path()));
        return;
    }
    const QString path = QDir(dir.filePath(folder)).filePath(QFileInfo(attachment->name).fileName());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(*data) != data->size()) {
        MessageBox::critical(this, tr("Open attachment"), tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    file.close();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        MessageBox::information(this, tr("Open attachment"),
                                tr("No program opened the file. A copy is saved as %1.").arg(QDir::toNativeSeparators(path)));
}

void CaseDetailWidget::saveAttachmentAs()
{
    const std::optional<CaseAttachment> attachment = currentAttachment();
    if (!attachment || !m_repository)
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(attachment->name);
    const QString path =
        FileDialog::getSaveFileName(this, tr("Save attachment as"), suggested, FileDialog::allFilesFilter());
    if (path.isEmpty())
        return;
    const Result<QByteArray> data = m_repository->attachmentData(attachment->id);
    if (!data) {
        showError(tr("Save attachment"), data.error());
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size() || !file.commit()) {
        MessageBox::critical(this, tr("Save attachment"),
                             tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
}

void CaseDetailWidget::removeAttachment()
{
    const std::optional<CaseAttachment> attachment = currentAttachment();
    if (!attachment || !m_removeAttachment->isEnabled())
        return;
    const MessageBox::Button answer = MessageBox::question(
        this, tr("Remove attachment"), tr("Remove %1 from the case? The file is deleted from the register.").arg(attachment->name));
    if (answer != MessageBox::Yes)
        return;
    const Status removed = m_repository->removeAttachment(attachment->id);
    if (!removed) {
        showError(tr("Remove attachment"), removed.error());
        return;
    }
    Result<Case> updated = m_repository->find(m_case->id);
    if (updated)
        afterSave(*updated);
}

void CaseDetailWidget::saveMissingAttachments()
{
    if (!m_case || !m_saveMissing->isEnabled())
        return;
    Case c = *m_case;
    c.missingAttachments.clear();
    for (const QString &line : m_missing->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            c.missingAttachments.append(line.trimmed());
    }
    Result<Case> result = m_repository->update(c);
    if (!result) {
        showError(tr("Missing attachments"), result.error());
        return;
    }
    afterSave(*result);
}

} // namespace bevilling
