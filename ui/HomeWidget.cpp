#include "HomeWidget.h"

#include "EventCalendarWidget.h"
#include "InlineError.h"
#include "StatementMatrixWidget.h"
#include "cases/CaseChecks.h"
#include "rules/RuleSet.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/LicenceRepository.h"
#include "storage/RuleSetRepository.h"

#include <QComboBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdlib>

namespace bevilling {

namespace {

constexpr int CaseIdRole = Qt::UserRole + 1;
constexpr int LicenceIdRole = Qt::UserRole + 2;
constexpr int KindRole = Qt::UserRole + 3;

enum Column { DateColumn, DaysColumn, TitleColumn, DetailColumn, ColumnCount };

const QList<WorkItem::Kind> &kinds()
{
    static const QList<WorkItem::Kind> all{WorkItem::Kind::StatementOverdue, WorkItem::Kind::CaseNearDue,
                                           WorkItem::Kind::CaseWaiting, WorkItem::Kind::LicenceEnding,
                                           WorkItem::Kind::EventSoon};
    return all;
}

} // namespace

HomeWidget::HomeWidget(const Clock &clock, QWidget *parent)
    : QWidget(parent),
      m_clock(clock),
      m_officer(AuditLog::currentUser()),
      m_tabs(new QTabWidget(this)),
      m_heading(new QLabel(this)),
      m_officerCombo(new QComboBox(this)),
      m_quota(new QLabel(this)),
      m_error(InlineError::makeLabel(this, QStringLiteral("homeErrorLabel"))),
      m_tree(new QTreeWidget(this)),
      m_calendar(new EventCalendarWidget(this)),
      m_matrix(new StatementMatrixWidget(clock, this))
{
    setObjectName(QStringLiteral("homeWidget"));
    m_tabs->setObjectName(QStringLiteral("homeTabWidget"));
    m_heading->setObjectName(QStringLiteral("homeHeadingLabel"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_officerCombo->setObjectName(QStringLiteral("officerComboBox"));
    m_officerCombo->setAccessibleName(tr("Officer"));
    m_officerCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_quota->setObjectName(QStringLiteral("travellingQuotaLabel"));
    m_quota->setWordWrap(true);
    m_quota->hide();
    m_tree->setObjectName(QStringLiteral("workTreeWidget"));
    m_tree->setAccessibleName(tr("What needs doing"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Date"), tr("Days"), tr("What"), tr("Details")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(true);

    auto *officerLabel = new QLabel(tr("&Officer:"), this);
    officerLabel->setBuddy(m_officerCombo);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(officerLabel);
    top->addWidget(m_officerCombo);

    auto *todayPage = new QWidget(m_tabs);
    todayPage->setObjectName(QStringLiteral("homeTodayPage"));
    auto *splitter = new QSplitter(Qt::Horizontal, todayPage);
    splitter->setObjectName(QStringLiteral("homeSplitter"));
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_quota);
    leftLayout->addWidget(m_error);
    leftLayout->addWidget(m_tree, 1);
    m_calendar->setParent(splitter);
    splitter->addWidget(left);
    splitter->addWidget(m_calendar);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *todayLayout = new QVBoxLayout(todayPage);
    todayLayout->addWidget(splitter);

    m_tabs->addTab(todayPage, tr("&Today"));
    auto *statementsPage = new QWidget(m_tabs);
    statementsPage->setObjectName(QStringLiteral("homeStatementsPage"));
    auto *statementsLayout = new QVBoxLayout(statementsPage);
    m_matrix->setParent(statementsPage);
    statementsLayout->addWidget(m_matrix);
    m_tabs->addTab(statementsPage, tr("&Statements"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_officerCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0)
            return;
        m_officer = m_officerCombo->itemData(index).toString();
        m_officerChosen = true;
        rebuildTree();
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });
    connect(m_calendar, &EventCalendarWidget::openCaseRequested, this, &HomeWidget::openCaseRequested);
    connect(m_calendar, &EventCalendarWidget::openLicenceRequested, this, &HomeWidget::openLicenceRequested);
    connect(m_matrix, &StatementMatrixWidget::openCaseRequested, this, &HomeWidget::openCaseRequested);

    m_calendar->setSelectedDate(m_clock.today());
    rebuildOfficers({});
    rebuildTree();
}

void HomeWidget::setDatabase(const Database *db)
{
    m_db = db;
    m_matrix->setDatabase(db);
    reload();
}

QString HomeWidget::officer() const
{
    return m_officer;
}

void HomeWidget::setOfficer(const QString &officer)
{
    int index = m_officerCombo->findData(officer);
    if (index < 0) {
        m_officerCombo->addItem(officer, officer);
        index = m_officerCombo->count() - 1;
    }
    m_officerCombo->setCurrentIndex(index);
    m_officer = officer;
    m_officerChosen = true;
    rebuildTree();
}

void HomeWidget::showToday()
{
    m_tabs->setCurrentIndex(0);
}

void HomeWidget::showStatements()
{
    m_tabs->setCurrentIndex(1);
    m_matrix->tableView()->setFocus(Qt::ShortcutFocusReason);
}

void HomeWidget::focusContent()
{
    if (m_tabs->currentIndex() == 1)
        m_matrix->tableView()->setFocus(Qt::ShortcutFocusReason);
    else
        m_tree->setFocus(Qt::ShortcutFocusReason);
}

void HomeWidget::reload()
{
    m_cases.clear();
    m_licences.clear();
    QStringList officers;
    QStringList errors;
    std::optional<int> quota;
    if (m_db) {
        Result<QList<Case>> cases = CaseRepository(*m_db, m_clock).list();
        if (cases)
            m_cases = std::move(cases).value();
        else
            errors << cases.error().message;
        Result<QList<Licence>> licences = LicenceRepository(*m_db, m_clock).list();
        if (licences)
            m_licences = std::move(licences).value();
        else
            errors << licences.error().message;
        Result<QStringList> names = CaseRepository(*m_db, m_clock).officers();
        if (names)
            officers = std::move(names).value();
        else
            errors << names.error().message;
        const Result<rules::RuleSet> ruleSet = RuleSetRepository(*m_db, m_clock).current();
        if (ruleSet) {
            if (const rules::RuleSetVersion *version = ruleSet->versionOn(m_clock.today()))
                quota = version->settings.travellingLicenceQuota;
        } else {
            errors << ruleSet.error().message;
        }
    }
    InlineError::show(m_error, errors.join(QLatin1Char('\n')));

    if (quota) {
        const TravellingQuotaState state = TravellingQuota::count(m_licences, m_cases, quota, m_clock.today());
        QString text = tr("Travelling licences: %1 of the council's quota of %2 in use; %3 uses so far in %4.")
                           .arg(state.created)
                           .arg(*quota)
                           .arg(state.usesThisYear)
                           .arg(m_clock.today().year());
        if (state.exceeded())
            text += QLatin1Char(' ') + tr("The quota is exceeded.");
        m_quota->setText(text);
        m_quota->setStyleSheet(state.exceeded() ? QStringLiteral("QLabel { color: #b00020; font-weight: bold; }") : QString());
        m_quota->show();
    } else {
        m_quota->clear();
        m_quota->hide();
    }

    rebuildOfficers(officers);
    m_calendar->setData(m_cases, m_licences);
    rebuildTree();
    m_matrix->reload();
}

void HomeWidget::rebuildOfficers(const QStringList &officers)
{
    QString wanted = m_officerChosen ? m_officer : AuditLog::currentUser();
    // Someone with no cases of their own (a new officer, someone exploring the demo) starts on
    // everyone's work rather than on an empty page.
    if (!m_officerChosen
        && std::none_of(m_cases.cbegin(), m_cases.cend(), [&wanted](const Case &c) { return c.assignedTo == wanted; }))
        wanted.clear();
    QStringList names = officers;
    if (!wanted.isEmpty() && !names.contains(wanted))
        names << wanted;
    names.sort(Qt::CaseInsensitive);
    const QSignalBlocker blocker(m_officerCombo);
    m_officerCombo->clear();
    m_officerCombo->addItem(tr("All"), QString());
    for (const QString &name : std::as_const(names))
        m_officerCombo->addItem(name, name);
    m_officerCombo->setCurrentIndex(std::max(0, m_officerCombo->findData(wanted)));
    m_officer = m_officerCombo->currentData().toString();
}

void HomeWidget::rebuildTree()
{
    const QDate today = m_clock.today();
    WorklistOptions options;
    options.today = today;
    options.officer = m_officer;
    m_items = m_db ? Worklist::build(m_cases, m_licences, options) : QList<WorkItem>();
    m_heading->setText(tr("Today, %1").arg(formatDate(today)));

    const auto headingOf = [&options, this](WorkItem::Kind kind, int count) {
        switch (kind) {
        case WorkItem::Kind::StatementOverdue:
            return tr("Statements overdue (%1)").arg(count);
        case WorkItem::Kind::CaseNearDue:
            return tr("Cases near their due date (%1)").arg(count);
        case WorkItem::Kind::CaseWaiting:
            return m_officer.isEmpty() ? tr("Cases waiting for an officer (%1)").arg(count)
                                       : tr("Cases waiting for %1 (%2)").arg(m_officer).arg(count);
        case WorkItem::Kind::LicenceEnding:
            return tr("Licences ending within %1 days (%2)").arg(options.licenceEndingDays).arg(count);
        case WorkItem::Kind::EventSoon:
            break;
        }
        return tr("Single-occasion events in the next %1 days (%2)").arg(options.eventDays).arg(count);
    };
    const auto daysText = [](const WorkItem &item) {
        const int days = item.daysLeft;
        if (days == 0)
            return tr("today");
        if (item.kind == WorkItem::Kind::CaseWaiting) // daysLeft counts back to the day it started waiting
            return days == -1 ? tr("waiting 1 day") : tr("waiting %1 days").arg(std::abs(days));
        if (item.kind == WorkItem::Kind::EventSoon) {
            if (days < 0)
                return tr("under way");
            return days == 1 ? tr("tomorrow") : tr("in %1 days").arg(days);
        }
        if (days < 0)
            return days == -1 ? tr("1 day overdue") : tr("%1 days overdue").arg(-days);
        return days == 1 ? tr("1 day left") : tr("%1 days left").arg(days);
    };

    const qint64 currentCase = m_tree->currentItem() ? m_tree->currentItem()->data(0, CaseIdRole).toLongLong() : 0;
    const qint64 currentLicence = m_tree->currentItem() ? m_tree->currentItem()->data(0, LicenceIdRole).toLongLong() : 0;
    const int currentKind = m_tree->currentItem() ? m_tree->currentItem()->data(0, KindRole).toInt() : -1;
    m_tree->clear();
    QTreeWidgetItem *restore = nullptr;
    QTreeWidgetItem *firstLine = nullptr;
    for (WorkItem::Kind kind : kinds()) {
        int count = 0;
        for (const WorkItem &item : std::as_const(m_items))
            count += item.kind == kind ? 1 : 0;
        auto *group = new QTreeWidgetItem(m_tree);
        group->setText(DateColumn, headingOf(kind, count));
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(DateColumn);
        bold.setBold(true);
        group->setFont(DateColumn, bold);
        group->setFlags(Qt::ItemIsEnabled);
        group->setData(0, KindRole, -1);
        for (const WorkItem &item : std::as_const(m_items)) {
            if (item.kind != kind)
                continue;
            auto *line = new QTreeWidgetItem(group);
            line->setText(DateColumn, formatDate(item.date));
            line->setText(DaysColumn, daysText(item));
            line->setText(TitleColumn, item.title);
            line->setText(DetailColumn, item.detail);
            line->setData(0, CaseIdRole, item.caseId);
            line->setData(0, LicenceIdRole, item.licenceId);
            line->setData(0, KindRole, static_cast<int>(kind));
            line->setToolTip(TitleColumn, item.caseId ? tr("Return or double-click opens the case")
                                                      : tr("Return or double-click shows the licence"));
            if (item.daysLeft < 0 && (kind == WorkItem::Kind::StatementOverdue || kind == WorkItem::Kind::CaseNearDue))
                line->setForeground(DaysColumn, QBrush(QColor(0xb0, 0x00, 0x20)));
            if (!firstLine)
                firstLine = line;
            if (!restore && static_cast<int>(kind) == currentKind && item.caseId == currentCase && item.licenceId == currentLicence)
                restore = line;
        }
    }
    m_tree->expandAll();
    // The headings span the row: size the date column for dates, the others for their lines.
    m_tree->setColumnWidth(DateColumn, m_tree->fontMetrics().horizontalAdvance(formatDate(today)) + 2 * m_tree->indentation() + 16);
    m_tree->resizeColumnToContents(DaysColumn);
    m_tree->resizeColumnToContents(TitleColumn);
    if (QTreeWidgetItem *current = restore ? restore : firstLine)
        m_tree->setCurrentItem(current);
}

void HomeWidget::activate(QTreeWidgetItem *item)
{
    if (!item || !item->parent())
        return;
    const qint64 caseId = item->data(0, CaseIdRole).toLongLong();
    const qint64 licenceId = item->data(0, LicenceIdRole).toLongLong();
    if (caseId)
        Q_EMIT openCaseRequested(caseId);
    else if (licenceId)
        Q_EMIT openLicenceRequested(licenceId);
}

} // namespace bevilling
