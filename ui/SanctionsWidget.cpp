#include "SanctionsWidget.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "RecordList.h"
#include "SanctionDialogs.h"
#include "SanctionTableModel.h"
#include "domain/Licence.h"
#include "inspections/SanctionWorkflow.h"
#include "rules/Findings.h"
#include "storage/Database.h"
#include "storage/LicenceLedger.h"
#include "storage/LicenceRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bevilling {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString findingText(const QString &code)
{
    const std::optional<rules::FindingCode> finding = rules::Findings::find(code);
    return finding ? finding->text : code;
}

} // namespace

SanctionsWidget::SanctionsWidget(const Clock &clock, QWidget *parent)
    : QWidget(parent),
      m_clock(clock),
      m_model(new SanctionTableModel(this)),
      m_proxy(new SanctionFilterProxyModel(this)),
      m_search(new QLineEdit(this)),
      m_status(new QComboBox(this)),
      m_openOnly(new QCheckBox(tr("&Only open cases"), this)),
      m_newReport(new QPushButton(tr("New from &report…"), this)),
      m_count(new QLabel(this)),
      m_table(new QTableView(this)),
      m_title(new QLabel(this)),
      m_detail(new QTextBrowser(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("sanctionsWidget"));
    m_proxy->setSourceModel(m_model);

    RecordList::setUpSearch(m_search, QStringLiteral("sanctionSearchEdit"), tr("Case number, licence, licensee, finding…"));
    m_status->setObjectName(QStringLiteral("sanctionStatusComboBox"));
    m_status->addItem(tr("All statuses"), QString());
    for (SanctionStatus status : SanctionTexts::allStatuses())
        m_status->addItem(SanctionTexts::statusName(status), SanctionTexts::statusKey(status));
    m_openOnly->setObjectName(QStringLiteral("sanctionOpenOnlyCheckBox"));
    m_openOnly->setChecked(true);
    m_newReport->setObjectName(QStringLiteral("newFromReportButton"));
    m_newReport->setToolTip(tr("A report from the police or Skatteetaten without an inspection"));
    m_count->setObjectName(QStringLiteral("sanctionCountLabel"));

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *bar = new QGridLayout;
    bar->addWidget(label(tr("Se&arch:"), m_search), 0, 0);
    bar->addWidget(m_search, 0, 1);
    bar->addWidget(m_newReport, 0, 2);
    bar->addWidget(label(tr("Stat&us:"), m_status), 1, 0);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_status, 1);
    choices->addWidget(m_openOnly);
    bar->addLayout(choices, 1, 1, 1, 2);
    bar->setColumnStretch(1, 1);

    m_table->setObjectName(QStringLiteral("sanctionTableView"));
    m_table->setModel(m_proxy);
    RecordList::setUpTable(m_table, SanctionTableModel::NumberColumn);

    auto *detailPane = new QWidget(this);
    detailPane->setObjectName(QStringLiteral("sanctionDetailPane"));
    m_title->setObjectName(QStringLiteral("sanctionTitleLabel"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_detail->setObjectName(QStringLiteral("sanctionDetailBrowser"));
    m_detail->setOpenLinks(false);
    auto *actions = new QGridLayout;
    const QList<std::pair<QString, QString>> buttons{
        {QStringLiteral("sendNoticeButton"), tr("Send advance &notice…")},
        {QStringLiteral("recordResponseButton"), tr("Record res&ponse…")},
        {QStringLiteral("decideButton"), tr("Make &decision…")},
        {QStringLiteral("suspensionNoticeButton"), tr("Advance notice of &suspension…")},
        {QStringLiteral("suspensionDecisionButton"), tr("Decision on suspens&ion…")},
        {QStringLiteral("registerAppealButton"), tr("Register a&ppeal…")},
        {QStringLiteral("appealOutcomeButton"), tr("Appeal ou&tcome…")},
        {QStringLiteral("closeSanctionButton"), tr("C&lose")},
        {QStringLiteral("letterButton"), tr("Letter (P&DF)…")},
    };
    const QList<bool (SanctionsWidget::*)()> slots{
        &SanctionsWidget::sendNotice,       &SanctionsWidget::recordResponse, &SanctionsWidget::decide,
        &SanctionsWidget::sendSuspensionNotice, &SanctionsWidget::decideSuspension, &SanctionsWidget::registerAppeal,
        &SanctionsWidget::registerAppealOutcome, &SanctionsWidget::closeCase,
        &SanctionsWidget::writeCurrentLetter,
    };
    for (int i = 0; i < buttons.size(); ++i) {
        auto *button = new QPushButton(buttons.at(i).second, detailPane);
        button->setObjectName(buttons.at(i).first);
        const auto slot = slots.at(i);
        connect(button, &QPushButton::clicked, this, [this, slot] { (this->*slot)(); });
        actions->addWidget(button, i / 2, i % 2);
        m_actions.append(button);
    }
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addLayout(actions);
    detailLayout->addWidget(m_detail, 1);
    detailPane->setMinimumWidth(340);
    RecordList::layOut(this, m_splitter, QStringLiteral("sanctionsSplitter"), bar, m_table, m_count, detailPane);

    connect(m_search, &QLineEdit::textChanged, this, &SanctionsWidget::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &SanctionsWidget::applyFilter);
    connect(m_openOnly, &QCheckBox::toggled, this, &SanctionsWidget::applyFilter);
    connect(m_newReport, &QPushButton::clicked, this, &SanctionsWidget::newFromReport);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SanctionsWidget::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SanctionsWidget::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SanctionsWidget::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SanctionsWidget::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SanctionsWidget::followSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SanctionsWidget::followSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SanctionsWidget::followSelection);

    setFocusProxy(m_table);
    applyFilter();
    setDatabase(nullptr, true);
}

SanctionsWidget::~SanctionsWidget() = default;

QPushButton *SanctionsWidget::button(const QString &objectName) const
{
    for (QPushButton *b : m_actions) {
        if (b->objectName() == objectName)
            return b;
    }
    return objectName == m_newReport->objectName() ? m_newReport : nullptr;
}

void SanctionsWidget::setDatabase(const Database *db, bool readOnly)
{
    m_db = db;
    m_readOnly = readOnly || !db;
    m_currentId = 0;
    m_newReport->setEnabled(!m_readOnly);
    reload();
}

void SanctionsWidget::reload()
{
    const qint64 keep = m_currentId;
    QList<SanctionRow> rows;
    if (m_db) {
        QHash<qint64, Licence> licences;
        if (Result<QList<Licence>> listed = LicenceRepository(*m_db, m_clock).list()) {
            for (const Licence &licence : std::as_const(*listed))
                licences.insert(licence.id, licence);
        }
        SanctionRepository repo(*m_db, m_clock);
        if (Result<QList<SanctionCase>> cases = repo.list()) {
            // One reading of the rule set for every case's running total.
            Result<QHash<qint64, SanctionProposal>> found = repo.proposals(*cases);
            const QHash<qint64, SanctionProposal> proposals = found ? *std::move(found) : QHash<qint64, SanctionProposal>();
            for (const SanctionCase &c : std::as_const(*cases)) {
                SanctionRow row;
                row.sanction = c;
                const Licence licence = licences.value(c.licenceId);
                row.licenceNumber = licence.number;
                row.licensee = licence.licensee.name;
                row.premises = licence.premises.name.isEmpty() ? licence.eventName : licence.premises.name;
                if (const auto proposal = proposals.constFind(c.id); proposal != proposals.cend()) {
                    row.proposedPrikker = proposal->casePrikker;
                    row.runningTotal = proposal->after.activePrikker;
                }
                if (c.decidedOn.isValid())
                    row.decidedPrikker = row.proposedPrikker;
                row.nextDeadline = SanctionTableModel::nextDeadlineOf(c, m_clock.today());
                rows.append(row);
            }
        }
    }
    m_model->setRows(rows);
    m_table->resizeColumnsToContents();
    if (keep > 0 && m_model->rowOf(keep) >= 0)
        openSanction(keep);
    else
        followSelection();
    updateCount();
}

void SanctionsWidget::applyFilter()
{
    const QString key = m_status->currentData().toString();
    m_proxy->setFilter(m_search->text(), key.isEmpty() ? std::nullopt : SanctionTexts::statusFromKey(key),
                       m_openOnly->isChecked());
    updateCount();
    followSelection();
}

void SanctionsWidget::updateCount()
{
    m_count->setText(tr("%1 of %2 sanction cases").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

std::optional<qint64> SanctionsWidget::currentSanctionId() const
{
    if (m_currentId > 0)
        return m_currentId;
    return std::nullopt;
}

void SanctionsWidget::followSelection()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const bool selected = current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), current.parent());
    showCase(selected ? current.data(SanctionTableModel::IdRole).toLongLong() : 0);
}

void SanctionsWidget::openSanction(qint64 id)
{
    int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0) {
        reload();
        sourceRow = m_model->rowOf(id);
    }
    if (sourceRow < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        // The filter hides it: show everything so the case can be seen.
        const QSignalBlocker b1(m_search);
        const QSignalBlocker b2(m_status);
        const QSignalBlocker b3(m_openOnly);
        m_search->clear();
        m_status->setCurrentIndex(0);
        m_openOnly->setChecked(false);
        applyFilter();
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    showCase(id);
}

void SanctionsWidget::showCase(qint64 id)
{
    m_currentId = id;
    m_case.reset();
    m_proposal.reset();
    const SanctionRow *row = m_model->rowAt(m_model->rowOf(id));
    if (!m_db || id <= 0 || !row) {
        m_currentId = 0;
        m_title->setText(tr("No sanction case selected"));
        m_detail->setHtml(QStringLiteral("<p>") + escaped(tr("Select a sanction case in the list, or create one from an "
                                                                 "inspection or a report."))
                          + QStringLiteral("</p>"));
        updateActions();
        return;
    }
    SanctionRepository repo(*m_db, m_clock);
    Result<SanctionCase> found = repo.find(id);
    if (!found) {
        m_title->setText(found.error().message);
        m_detail->clear();
        updateActions();
        return;
    }
    m_case = *std::move(found);
    if (Result<SanctionProposal> proposal = repo.proposal(id))
        m_proposal = *std::move(proposal);
    m_licenceText = row->licenceNumber + QStringLiteral(" – ") + row->licensee
                    + (row->premises.isEmpty() ? QString() : QString(QStringLiteral(" (") + row->premises + QLatin1Char(')')));
    m_title->setText(tr("Sanction case %1 – %2").arg(m_case->number, m_licenceText));
    m_detail->setHtml(detailHtml(*m_case));
    updateActions();
}

QString SanctionsWidget::consequenceText(const rules::LedgerResult &after)
{
    if (after.activePrikker >= rules::PrikkLedger::Threshold) {
        return tr("Leads to suspension for %1 days.")
            .arg(after.suspensionDays > 0 ? after.suspensionDays : rules::PrikkLedger::suspensionDays(after.activePrikker));
    }
    return tr("No suspension (%1 short of %2).")
        .arg(rules::PrikkLedger::Threshold - after.activePrikker)
        .arg(rules::PrikkLedger::Threshold);
}

QString SanctionsWidget::detailHtml(const SanctionCase &c) const
{
    auto row = [](const QString &label, const QString &value) -> QString {
        return QStringLiteral("<tr><td><b>") + escaped(label) + QStringLiteral("</b></td><td>") + escaped(value)
               + QStringLiteral("</td></tr>");
    };
    QString html = QStringLiteral("<table cellspacing=\"2\">");
    html += row(tr("Licence"), m_licenceText);
    html += row(tr("Status"), SanctionTexts::statusName(c.status));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h4>") + escaped(tr("Findings")) + QStringLiteral("</h4><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>")
            + escaped(tr("Finding")) + QStringLiteral("</th><th>") + escaped(tr("Date")) + QStringLiteral("</th><th>")
            + escaped(tr("Source")) + QStringLiteral("</th><th>") + escaped(tr("Standard")) + QStringLiteral("</th><th>")
            + escaped(tr("Decided")) + QStringLiteral("</th></tr>");
    for (const SanctionFinding &f : c.findings) {
        QString decided;
        if (c.decidedOn.isValid())
            decided = QString::number(f.prikker());
        if (f.decidedPrikker && !f.reason.isEmpty())
            decided += QStringLiteral(" (") + f.reason + QLatin1Char(')');
        html += QStringLiteral("<tr><td>") + escaped(findingText(f.code)) + QStringLiteral("</td><td>")
                + formatDate(f.offenceDate) + QStringLiteral("</td><td>") + escaped(f.source) + QStringLiteral("</td><td align=\"right\">")
                + QString::number(f.standardPrikker) + QStringLiteral("</td><td>") + escaped(decided) + QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");
    if (!c.notes.isEmpty())
        html += QStringLiteral("<p><i>") + escaped(c.notes).replace(QLatin1Char('\n'), QStringLiteral("<br>")) + QStringLiteral("</i></p>");

    html += QStringLiteral("<h4>") + escaped(tr("Ledger")) + QStringLiteral("</h4><table cellspacing=\"2\">");
    if (m_db) {
        if (const Result<rules::LedgerResult> now = LicenceLedger::evaluate(*m_db, m_clock, c.licenceId))
            html += row(tr("Licence's total today"), tr("%1 prikker").arg(now->activePrikker));
    }
    if (m_proposal) {
        html += row(tr("This case (like-kind merged)"), tr("%1 prikker").arg(m_proposal->casePrikker));
        html += row(tr("Total before the case"), tr("%1 prikker").arg(m_proposal->before.activePrikker));
        html += row(tr("Total after the case"), tr("%1 prikker").arg(m_proposal->after.activePrikker));
        html += row(tr("Consequence"), consequenceText(m_proposal->after));
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h4>") + escaped(tr("Processing")) + QStringLiteral("</h4><table cellspacing=\"2\">");
    if (c.noticeSent.isValid())
        html += row(tr("Advance notice"), tr("sent %1, response deadline %2").arg(formatDate(c.noticeSent), formatDate(c.responseDeadline)));
    if (!c.response.isEmpty())
        html += row(tr("Response"), c.response);
    if (c.decidedOn.isValid()) {
        html += row(tr("Decision"), tr("%1 by %2").arg(formatDate(c.decidedOn), c.decidedBy)
                                        + (c.reference.isEmpty() ? QString() : QString(QStringLiteral(", ") + c.reference)));
        html += row(tr("Appeal period ends"), formatDate(c.decidedOn.addDays(SanctionTableModel::AppealPeriodDays)));
    }
    if (c.suspension) {
        if (c.suspension->noticeSent.isValid())
            html += row(tr("Advance notice of suspension"), formatDate(c.suspension->noticeSent));
        if (c.suspension->decided.isValid()) {
            html += row(tr("Suspension decided"), tr("%1: %2 days, %3 to %4")
                                                      .arg(formatDate(c.suspension->decided))
                                                      .arg(c.suspension->days)
                                                      .arg(formatDate(c.suspension->from), formatDate(c.suspension->to)));
            const QDate today = m_clock.today();
            if (c.suspension->from <= today && today <= c.suspension->to) {
                html += row(tr("Now"), tr("The licence is suspended from %1 to %2.")
                                           .arg(formatDate(c.suspension->from), formatDate(c.suspension->to)));
            }
        }
        for (const QString &warning : SanctionWorkflow::warnings(c))
            html += row(tr("Warning"), warning);
    }
    if (c.appeal) {
        html += row(tr("Appeal received"), formatDate(c.appeal->received) + QStringLiteral(": ") + c.appeal->grounds);
        if (c.appeal->overturned) {
            html += row(tr("Appeal outcome"), (*c.appeal->overturned ? tr("Overturned") : tr("Upheld")) + QStringLiteral(" ")
                                                  + formatDate(c.appeal->outcomeOn));
        }
    }
    html += QStringLiteral("</table>");
    return html;
}

QString SanctionsWidget::basisText(const SanctionCase &c) const
{
    QStringList lines;
    lines << tr("Basis for the suspension (all prikker counted):");
    if (m_db) {
        if (Result<QList<rules::LedgerEvent>> events = LicenceLedger::eventsFor(*m_db, c.licenceId)) {
            const QDate asOf = std::max(m_clock.today(), rules::PrikkLedger::latestDate(*events));
            if (const Result<rules::LedgerResult> result =
                    rules::PrikkLedger::evaluate(*events, asOf, LicenceLedger::settingsFor(*m_db, m_clock, asOf))) {
                for (const rules::LedgerEntry &entry : result->active) {
                    lines << tr("%1 %2: %3 (%4 prikker)")
                                 .arg(formatDate(entry.date), entry.inspection, findingText(entry.code))
                                 .arg(entry.prikker);
                }
                lines << tr("Total: %1 prikker. %2").arg(result->activePrikker).arg(consequenceText(*result));
            }
        }
    }
    return lines.join(QLatin1Char('\n'));
}

std::optional<SanctionCase> SanctionsWidget::currentCase() const
{
    return m_case;
}

void SanctionsWidget::updateActions()
{
    const bool writable = !m_readOnly && m_case.has_value();
    const SanctionStatus status = m_case ? m_case->status : SanctionStatus::Closed;
    const int total = m_proposal ? m_proposal->after.activePrikker : 0;
    const QHash<QString, bool> enabled{
        {QStringLiteral("sendNoticeButton"), status == SanctionStatus::Proposed},
        {QStringLiteral("recordResponseButton"), status == SanctionStatus::AdvanceNotice},
        {QStringLiteral("decideButton"), status == SanctionStatus::AdvanceNotice},
        {QStringLiteral("suspensionNoticeButton"), status == SanctionStatus::Decided && total >= rules::PrikkLedger::Threshold},
        {QStringLiteral("suspensionDecisionButton"), status == SanctionStatus::SuspensionNotice},
        {QStringLiteral("registerAppealButton"),
         status == SanctionStatus::Decided || status == SanctionStatus::SuspensionDecided},
        {QStringLiteral("appealOutcomeButton"), status == SanctionStatus::Appealed},
        {QStringLiteral("closeSanctionButton"), SanctionWorkflow::isAllowed(status, SanctionStatus::Closed)},
        {QStringLiteral("letterButton"), letterFor(status).has_value()},
    };
    for (QPushButton *b : m_actions) {
        b->setEnabled(writable && enabled.value(b->objectName()));
        // Suspension steps only matter when the total reaches 12.
        if (b->objectName().startsWith(QLatin1String("suspension")))
            b->setVisible(total >= rules::PrikkLedger::Threshold);
    }
}

void SanctionsWidget::changed(qint64 id, bool licences)
{
    reload();
    openSanction(id);
    Q_EMIT sanctionsChanged();
    if (licences)
        Q_EMIT licencesChanged();
}

void SanctionsWidget::newFromInspection(qint64 inspectionId)
{
    if (!m_db || m_readOnly)
        return;
    const Result<SanctionCase> created = SanctionRepository(*m_db, m_clock).createFromInspection(inspectionId);
    if (!created) {
        MessageBox::critical(this, tr("Sanction case not created"), created.error().message);
        return;
    }
    changed(created->id, false);
}

void SanctionsWidget::newFromReport()
{
    if (!m_db || m_readOnly)
        return;
    SanctionReportDialog dialog(*m_db, m_clock, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    changed(dialog.result().id, false);
}

bool SanctionsWidget::sendNotice()
{
    if (!m_db || m_readOnly || !m_case)
        return false;
    SanctionNoticeDialog dialog(*m_db, m_clock, *m_case, SanctionNoticeDialog::Kind::AdvanceNotice, QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    changed(dialog.result().id, false);
    writeLetter(InspectionLetters::SanctionLetter::AdvanceNotice);
    return true;
}

bool SanctionsWidget::recordResponse()
{
    if (!m_db || m_readOnly || !m_case)
        return false;
    SanctionResponseDialog dialog(*m_db, m_clock, *m_case, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    changed(dialog.result().id, false);
    return true;
}

bool SanctionsWidget::decide()
{
    if (!m_db || m_readOnly || !m_case)
        return false;
    SanctionDecisionDialog dialog(*m_db, m_clock, *m_case, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    changed(dialog.result().id, true);
    writeLetter(InspectionLetters::SanctionLetter::Decision);
    return true;
}

bool SanctionsWidget::sendSuspensionNotice()
{
    if (!m_db || m_readOnly || !m_case)
        return false;
    SanctionNoticeDialog dialog(*m_db, m_clock, *m_case, SanctionNoticeDialog::Kind::SuspensionNotice, basisText(*m_case), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    changed(dialog.result().id, false);
    writeLetter(InspectionLetters::SanctionLetter::SuspensionNotice);
    return true;
}

bool SanctionsWidget::decideSuspension()
{
    if (!m_db || m_readOnly || !m_case)
        return false;
    const int total = m_proposal ? m_proposal->after.activePrikker : 0;
    SuspensionDecisionDialog dialog(*m_db, m_clock, *m_case, rules::PrikkLedger::suspensionDays(total), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    changed(dialog.result().id, true);
    writeLetter(InspectionLetters::SanctionLetter::SuspensionDecision);
    return true;
}

bool SanctionsWidget::registerAppeal()
{
    if (!m_db || m_readOnly || !m_case)
        return false;
    SanctionAppealDialog dialog(*m_db, m_clock, *m_case, SanctionAppealDialog::Mode::Register, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    changed(dialog.result().id, false);
    return true;
}

bool SanctionsWidget::registerAppealOutcome()
{
    if (!m_db || m_readOnly || !m_case)
        return false;
    SanctionAppealDialog dialog(*m_db, m_clock, *m_case, SanctionAppealDialog::Mode::Outcome, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    changed(dialog.result().id, true);
    return true;
}

bool SanctionsWidget::closeCase()
{
    if (!m_db || m_readOnly || !m_case)
        return false;
    if (MessageBox::question(this, tr("Close sanction case"), tr("Close sanction case %1?").arg(m_case->number)) != MessageBox::Yes)
        return false;
    const Result<SanctionCase> closed = SanctionRepository(*m_db, m_clock).setStatus(m_case->id, SanctionStatus::Closed);
    if (!closed) {
        MessageBox::critical(this, tr("Sanction case not closed"), closed.error().message);
        return false;
    }
    changed(closed->id, false);
    return true;
}

std::optional<InspectionLetters::SanctionLetter> SanctionsWidget::letterFor(SanctionStatus status)
{
    switch (status) {
    case SanctionStatus::AdvanceNotice:
        return InspectionLetters::SanctionLetter::AdvanceNotice;
    case SanctionStatus::Decided:
        return InspectionLetters::SanctionLetter::Decision;
    case SanctionStatus::SuspensionNotice:
        return InspectionLetters::SanctionLetter::SuspensionNotice;
    case SanctionStatus::SuspensionDecided:
        return InspectionLetters::SanctionLetter::SuspensionDecision;
    default:
        return std::nullopt;
    }
}

bool SanctionsWidget::writeCurrentLetter()
{
    if (!m_case)
        return false;
    const std::optional<InspectionLetters::SanctionLetter> kind = letterFor(m_case->status);
    return kind && writeLetter(*kind);
}

bool SanctionsWidget::writeLetter(InspectionLetters::SanctionLetter kind)
{
    if (!m_db || !m_case)
        return false;
    QString name;
    QString caption;
    switch (kind) {
    case InspectionLetters::SanctionLetter::AdvanceNotice:
        name = tr("advance-notice");
        caption = tr("Save the advance notice as PDF");
        break;
    case InspectionLetters::SanctionLetter::Decision:
        name = tr("decision");
        caption = tr("Save the decision letter as PDF");
        break;
    case InspectionLetters::SanctionLetter::SuspensionNotice:
        name = tr("suspension-notice");
        caption = tr("Save the advance notice of suspension as PDF");
        break;
    case InspectionLetters::SanctionLetter::SuspensionDecision:
        name = tr("suspension-decision");
        caption = tr("Save the decision on suspension as PDF");
        break;
    }
    const QString path = FileDialog::getSaveFileName(this, caption, m_case->number + QLatin1Char('-') + name + QStringLiteral(".pdf"),
                                                     FileDialog::pdfFilter());
    if (path.isEmpty())
        return false;
    const Status written = InspectionLetters::renderSanctionLetter(*m_db, m_clock, m_case->id, kind, path);
    if (!written) {
        MessageBox::critical(this, tr("Letter not written"), written.error().message);
        return false;
    }
    return true;
}

} // namespace bevilling
