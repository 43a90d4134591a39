#include "PrikkTimelineWidget.h"

#include "DateEdit.h"
#include "domain/Licence.h"
#include "rules/Findings.h"
#include "storage/Database.h"
#include "storage/LicenceLedger.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace bevilling {

namespace {

QString findingText(const QString &code)
{
    const std::optional<rules::FindingCode> finding = rules::Findings::find(code);
    return finding ? finding->text : code;
}

} // namespace

PrikkTimelineWidget::PrikkTimelineWidget(const Clock &clock, QWidget *parent)
    : QWidget(parent),
      m_clock(clock),
      m_total(new QLabel(this)),
      m_suspension(new QLabel(this)),
      m_table(new QTableWidget(this)),
      m_whatIfCode(new QComboBox(this)),
      m_whatIfDate(new DateEdit(this)),
      m_whatIfResult(new QLabel(this))
{
    setObjectName(QStringLiteral("prikkTimelineWidget"));
    m_total->setObjectName(QStringLiteral("prikkTotalLabel"));
    m_total->setWordWrap(true);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_suspension->setObjectName(QStringLiteral("prikkSuspensionLabel"));
    m_suspension->setWordWrap(true);
    m_suspension->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(QStringLiteral("prikkEntriesTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Finding"), tr("Prikker"), tr("Source"), tr("Expires"), tr("Status")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false);

    m_whatIfCode->setObjectName(QStringLiteral("whatIfCodeComboBox"));
    for (const rules::FindingCode &code : rules::Findings::all())
        m_whatIfCode->addItem(tr("%1 (%2 prikker)").arg(code.text).arg(code.prikker), code.code);
    m_whatIfDate->setObjectName(QStringLiteral("whatIfDateEdit"));
    m_whatIfDate->setDate(clock.today());
    m_whatIfResult->setObjectName(QStringLiteral("whatIfResultLabel"));
    m_whatIfResult->setWordWrap(true);

    auto *whatIfRow = new QHBoxLayout;
    auto *whatIfLabel = new QLabel(tr("&What if:"), this);
    whatIfLabel->setBuddy(m_whatIfCode);
    whatIfRow->addWidget(whatIfLabel);
    whatIfRow->addWidget(m_whatIfCode, 1);
    auto *onLabel = new QLabel(tr("o&n"), this);
    onLabel->setBuddy(m_whatIfDate);
    whatIfRow->addWidget(onLabel);
    whatIfRow->addWidget(m_whatIfDate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_total);
    layout->addWidget(m_suspension);
    layout->addWidget(m_table, 1);
    layout->addLayout(whatIfRow);
    layout->addWidget(m_whatIfResult);

    connect(m_whatIfCode, &QComboBox::currentIndexChanged, this, &PrikkTimelineWidget::updateWhatIf);
    connect(m_whatIfDate, &QDateEdit::dateChanged, this, &PrikkTimelineWidget::updateWhatIf);
    clear();
}

void PrikkTimelineWidget::setDatabase(const Database *db)
{
    m_db = db;
    clear();
}

void PrikkTimelineWidget::clear()
{
    m_licenceId = 0;
    m_events.clear();
    m_table->setRowCount(0);
    m_total->setText(m_db ? tr("No licence selected.") : tr("No register is open."));
    m_suspension->clear();
    m_suspension->hide();
    m_whatIfResult->clear();
    m_whatIfCode->setEnabled(false);
    m_whatIfDate->setEnabled(false);
}

QString PrikkTimelineWidget::stateName(PrikkTimelineEntry::State state)
{
    switch (state) {
    case PrikkTimelineEntry::State::Counted:
        return tr("Counted");
    case PrikkTimelineEntry::State::Expired:
        return tr("Expired");
    case PrikkTimelineEntry::State::UsedBySuspension:
        return tr("Used by suspension");
    case PrikkTimelineEntry::State::BeforeTransfer:
        return tr("Before transfer");
    case PrikkTimelineEntry::State::Future:
        return tr("Not yet counted");
    }
    return QString();
}

QList<PrikkTimelineEntry> PrikkTimelineWidget::entriesOf(const QList<rules::LedgerEvent> &events, const QDate &asOf,
                                                          const rules::LedgerSettings &settings)
{
    QDate lastTransfer;
    QDate lastSuspension;
    for (const rules::LedgerEvent &event : events) {
        if (event.type == rules::LedgerEvent::Type::Transfer && event.date <= asOf)
            lastTransfer = std::max(lastTransfer, event.date);
        if (event.type == rules::LedgerEvent::Type::Suspension && event.decided <= asOf)
            lastSuspension = std::max(lastSuspension, event.decided);
    }
    QList<PrikkTimelineEntry> entries;
    for (const rules::LedgerEvent &event : events) {
        if (event.type != rules::LedgerEvent::Type::Inspection)
            continue;
        QSet<QString> seen;
        for (const rules::LedgerFinding &finding : event.findings) {
            if (seen.contains(finding.code))
                continue;
            seen.insert(finding.code);
            PrikkTimelineEntry entry;
            entry.date = event.date;
            entry.code = finding.code;
            const std::optional<rules::FindingCode> standard = rules::Findings::find(finding.code);
            entry.prikker = finding.prikker ? *finding.prikker : (standard ? standard->prikker : 0);
            entry.source = event.id;
            entry.expires = rules::PrikkLedger::expiryOf(event.date);
            if (event.date > asOf)
                entry.state = PrikkTimelineEntry::State::Future;
            else if (lastTransfer.isValid() && event.date < lastTransfer)
                entry.state = PrikkTimelineEntry::State::BeforeTransfer;
            else if (settings.prikkerUsedBySuspension && lastSuspension.isValid() && event.date <= lastSuspension)
                entry.state = PrikkTimelineEntry::State::UsedBySuspension;
            else if (entry.expires <= asOf)
                entry.state = PrikkTimelineEntry::State::Expired;
            else
                entry.state = PrikkTimelineEntry::State::Counted;
            entries.append(entry);
        }
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const PrikkTimelineEntry &a, const PrikkTimelineEntry &b) { return a.date < b.date; });
    return entries;
}

QString PrikkTimelineWidget::whatIfText(const rules::LedgerResult &result)
{
    if (result.suspensionDue) {
        return tr("Total after one more finding: %1 prikker. This leads to suspension for %2 days.")
            .arg(result.activePrikker)
            .arg(result.suspensionDays);
    }
    return tr("Total after one more finding: %1 prikker. No suspension (%2 short of %3).")
        .arg(result.activePrikker)
        .arg(std::max(0, rules::PrikkLedger::Threshold - result.activePrikker))
        .arg(rules::PrikkLedger::Threshold);
}

void PrikkTimelineWidget::showLicence(qint64 licenceId)
{
    clear();
    if (!m_db || licenceId <= 0)
        return;
    m_licenceId = licenceId;
    const QDate today = m_clock.today();
    Result<QList<rules::LedgerEvent>> events = LicenceLedger::eventsFor(*m_db, licenceId);
    if (!events) {
        m_total->setText(events.error().message);
        return;
    }
    m_events = *std::move(events);
    m_settings = LicenceLedger::settingsFor(*m_db, m_clock, today);

    const QList<PrikkTimelineEntry> entries = entriesOf(m_events, today, m_settings);
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const PrikkTimelineEntry &e = entries.at(row);
        const QStringList cells{formatDate(e.date), findingText(e.code), QString::number(e.prikker), e.source,
                                formatDate(e.expires), stateName(e.state)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 1)
                item->setToolTip(e.code);
            if (column == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();

    const Result<rules::LedgerResult> result = rules::PrikkLedger::evaluate(m_events, today, m_settings);
    if (!result) {
        m_total->setText(result.error().message);
    } else if (result->suspensionDue) {
        m_total->setText(tr("Current total: %1 prikker. A suspension of %2 days is due.")
                             .arg(result->activePrikker)
                             .arg(result->suspensionDays));
    } else {
        m_total->setText(tr("Current total: %1 prikker. No suspension is due.").arg(result->activePrikker));
    }

    QStringList suspensions;
    for (const rules::LedgerEvent &event : std::as_const(m_events)) {
        if (event.type != rules::LedgerEvent::Type::Suspension)
            continue;
        if (event.from <= today && today <= event.to) {
            suspensions.prepend(tr("The licence is suspended from %1 to %2.").arg(formatDate(event.from), formatDate(event.to)));
        } else {
            suspensions.append(tr("Suspension decided %1: %2 to %3.")
                                   .arg(formatDate(event.decided), formatDate(event.from), formatDate(event.to)));
        }
    }
    m_suspension->setText(suspensions.join(QLatin1Char('\n')));
    m_suspension->setVisible(!suspensions.isEmpty());

    m_whatIfCode->setEnabled(true);
    m_whatIfDate->setEnabled(true);
    m_whatIfDate->setDate(today);
    updateWhatIf();
}

void PrikkTimelineWidget::updateWhatIf()
{
    if (m_licenceId <= 0) {
        m_whatIfResult->clear();
        return;
    }
    const Result<rules::LedgerResult> result =
        rules::PrikkLedger::whatIf(m_events, m_whatIfCode->currentData().toString(), m_whatIfDate->date(), m_settings);
    m_whatIfResult->setText(result ? whatIfText(*result) : result.error().message);
}

} // namespace bevilling
