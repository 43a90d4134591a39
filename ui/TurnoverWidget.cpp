#include "TurnoverWidget.h"

#include "FileDialog.h"
#include "RecordList.h"
#include "TurnoverImportDialog.h"
#include "TurnoverReportDialog.h"
#include "storage/Database.h"
#include "storage/LicenceRepository.h"
#include "turnover/TurnoverCsv.h"

#include <QComboBox>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bevilling {

namespace {

constexpr int LicenceIdRole = Qt::UserRole + 1;

QColor stateColour(TurnoverState state)
{
    switch (state) {
    case TurnoverState::Late:
    case TurnoverState::Reminded:
        return QColor(0x9a, 0x67, 0x00);
    case TurnoverState::Missing:
    case TurnoverState::Overdue:
        return QColor(0xb3, 0x26, 0x1e);
    case TurnoverState::NotDue:
    case TurnoverState::Received:
        break;
    }
    return QColor();
}

QList<TurnoverState> allStates()
{
    return {TurnoverState::NotDue, TurnoverState::Received, TurnoverState::Late,
            TurnoverState::Missing, TurnoverState::Reminded, TurnoverState::Overdue};
}

// Whether the licence gets the letter of `kind`: a request while its report has not come, a
// reminder while it is missing after the deadline.
bool needsLetter(const TurnoverStatus &status, TurnoverLetters::Kind kind)
{
    if (kind == TurnoverLetters::Kind::Request)
        return !(status.report && status.report->isReceived());
    return status.state == TurnoverState::Missing;
}

} // namespace

TurnoverWidget::TurnoverWidget(const Clock &clock, QWidget *parent)
    : FeeCycleTab(clock, QStringLiteral("turnoverYearSpinBox"), QStringLiteral("turnoverMessageLabel"), parent),
      m_deadline(new QLabel(this)),
      m_search(new QLineEdit(this)),
      m_state(new QComboBox(this)),
      m_table(new QTableWidget(0, ColumnCount, this)),
      m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("turnoverWidget"));
    m_deadline->setObjectName(QStringLiteral("turnoverDeadlineLabel"));
    RecordList::setUpSearch(m_search, QStringLiteral("turnoverSearchEdit"), tr("Licence number, licensee, premises…"));
    m_state->setObjectName(QStringLiteral("turnoverStateComboBox"));
    m_state->addItem(tr("All states"), QString());
    for (TurnoverState state : allStates())
        m_state->addItem(TurnoverRules::stateName(state), TurnoverRules::stateKey(state));
    m_count->setObjectName(QStringLiteral("turnoverCountLabel"));

    setUpTable(m_table, QStringLiteral("turnoverTable"),
               {tr("Licence"), tr("Licensee"), tr("Premises"), tr("Kind"), tr("State"), tr("Received"),
                tr("Actual litres (gr. 1/2/3)"), tr("Expected litres (gr. 1/2/3)"), tr("Auditor"), tr("Flags")},
               QAbstractItemView::ExtendedSelection);

    auto *bar = new QGridLayout;
    bar->addWidget(newYearLabel(), 0, 0);
    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(yearSpinBox());
    yearRow->addWidget(m_deadline, 1);
    bar->addLayout(yearRow, 0, 1);
    bar->addWidget(newLabel(tr("Se&arch:"), m_search), 1, 0);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(newLabel(tr("Sta&te:"), m_state));
    searchRow->addWidget(m_state);
    bar->addLayout(searchRow, 1, 1);
    bar->setColumnStretch(1, 1);

    auto *actions = new QHBoxLayout;
    addActions(actions, {
        {QStringLiteral("registerReportButton"), tr("&Register turnover report…"), [this] { registerReport(); }},
        {QStringLiteral("importTurnoverButton"), tr("&Import from CSV…"), [this] { importCsv(); }},
        {QStringLiteral("templateButton"), tr("Download CSV &template…"), [this] { saveTemplate(); }},
        {QStringLiteral("requestButton"), tr("Request for turnover report (&PDF)…"), [this] { writeRequests(); }},
        {QStringLiteral("reminderButton"), tr("Re&minder (PDF)…"), [this] { writeReminders(); }},
        {QStringLiteral("proposeTurnoverSanctionButton"), tr("Propose sa&nction case"), [this] { proposeSanction(); }},
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(actions);
    layout->addWidget(messageLabel());
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this, &TurnoverWidget::applyFilter);
    connect(m_state, &QComboBox::currentIndexChanged, this, &TurnoverWidget::applyFilter);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TurnoverWidget::updateActions);
    connect(m_table, &QTableWidget::cellActivated, this, [this] { registerReport(); });
    setFocusProxy(m_table);
    setDatabase(nullptr, true);
}

void TurnoverWidget::reload()
{
    m_overview.reset();
    if (m_db) {
        Result<TurnoverOverview> overview = TurnoverRepository(*m_db, m_clock).overview(year(), m_clock.today());
        if (overview)
            m_overview = std::move(overview).value();
        else
            showMessage(overview.error().toString(), true);
    }
    fill();
}

void TurnoverWidget::fill()
{
    QSet<qint64> selected;
    for (const TurnoverStatus *row : selectedRows())
        selected.insert(row->licence.id);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    if (!m_overview) {
        m_deadline->clear();
        applyFilter();
        return;
    }
    const ReportDeadline &deadline = m_overview->deadline;
    m_deadline->setText(deadline.fromRuleSet
                            ? tr("Deadline: %1").arg(formatDate(deadline.date))
                            : tr("Deadline: %1 (default – not set in the rule set)").arg(formatDate(deadline.date)));
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const TurnoverStatus &status : m_overview->rows) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const Licence &licence = status.licence;
        const std::optional<TurnoverReport> &report = status.report;
        const bool received = report && report->isReceived();
        QStringList flagTexts;
        for (const TurnoverFlag &flag : status.flags)
            flagTexts << flag.message;
        const QStringList cells{
            licence.number,
            licence.licensee.name,
            licence.premises.name,
            DomainTexts::kindName(licence.kind),
            TurnoverRules::stateName(status.state),
            received ? formatDate(report->receivedOn) : QString(),
            received ? TurnoverReportDialog::formatGroupLitres(report->actual) : QString(),
            received ? TurnoverReportDialog::formatGroupLitres(report->expected) : QString(),
            received && report->auditorConfirmed ? QStringLiteral("✓") : QString(),
            flagTexts.isEmpty() ? QString() : QString::number(flagTexts.size()),
        };
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(LicenceIdRole, licence.id);
            if (c == StateColumn) {
                item->setData(Qt::UserRole, TurnoverRules::stateKey(status.state));
                const QColor colour = stateColour(status.state);
                if (colour.isValid())
                    item->setForeground(colour);
                QStringList tip;
                if (report && report->requestedOn.isValid())
                    tip << tr("Requested %1").arg(formatDate(report->requestedOn));
                if (report && report->reminderSentOn.isValid())
                    tip << tr("Reminder sent %1").arg(formatDate(report->reminderSentOn));
                if (status.sanctionCaseId)
                    tip << tr("A sanction case is proposed");
                item->setToolTip(tip.join(QLatin1Char('\n')));
            }
            if (c == FlagsColumn && !flagTexts.isEmpty()) {
                item->setIcon(warning);
                item->setToolTip(flagTexts.join(QLatin1Char('\n')));
            }
            if (c == ActualColumn || c == ExpectedColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
        if (selected.contains(licence.id))
            m_table->selectRow(r);
    }
    m_table->resizeColumnsToContents();
    applyFilter();
}

void TurnoverWidget::applyFilter()
{
    const QString needle = m_search->text().trimmed();
    const QString state = m_state->currentData().toString();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        bool visible = state.isEmpty() || m_table->item(r, StateColumn)->data(Qt::UserRole).toString() == state;
        if (visible && !needle.isEmpty()) {
            visible = false;
            for (int c : {NumberColumn, LicenseeColumn, PremisesColumn}) {
                if (m_table->item(r, c)->text().contains(needle, Qt::CaseInsensitive))
                    visible = true;
            }
        }
        m_table->setRowHidden(r, !visible);
    }
    int received = 0;
    int missing = 0;
    int reminded = 0;
    int total = 0;
    if (m_overview) {
        total = int(m_overview->rows.size());
        for (const TurnoverStatus &status : m_overview->rows) {
            if (status.report && status.report->isReceived()) {
                ++received;
                continue;
            }
            if (status.state == TurnoverState::Missing || status.state == TurnoverState::Reminded
                || status.state == TurnoverState::Overdue)
                ++missing;
            if (status.report && status.report->reminderSentOn.isValid())
                ++reminded;
        }
    }
    m_count->setText(tr("%1 of %2 received, %3 missing, %4 reminded").arg(received).arg(total).arg(missing).arg(reminded));
    updateActions();
}

const TurnoverStatus *TurnoverWidget::statusOf(qint64 licenceId) const
{
    if (!m_overview)
        return nullptr;
    for (const TurnoverStatus &status : m_overview->rows) {
        if (status.licence.id == licenceId)
            return &status;
    }
    return nullptr;
}

QList<const TurnoverStatus *> TurnoverWidget::selectedRows() const
{
    QList<const TurnoverStatus *> rows;
    QSet<int> seen;
    for (const QTableWidgetItem *item : m_table->selectedItems()) {
        if (seen.contains(item->row()) || m_table->isRowHidden(item->row()))
            continue;
        seen.insert(item->row());
        if (const TurnoverStatus *status = statusOf(item->data(LicenceIdRole).toLongLong()))
            rows.append(status);
    }
    return rows;
}

QList<const TurnoverStatus *> TurnoverWidget::letterScope() const
{
    QList<const TurnoverStatus *> scope = selectedRows();
    if (scope.isEmpty() && m_overview) {
        for (const TurnoverStatus &status : m_overview->rows)
            scope.append(&status);
    }
    return scope;
}

const TurnoverStatus *TurnoverWidget::currentRow() const
{
    const QList<const TurnoverStatus *> rows = selectedRows();
    return rows.size() == 1 ? rows.first() : nullptr;
}

bool TurnoverWidget::selectLicence(const QString &number)
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, NumberColumn)->text() == number && !m_table->isRowHidden(r)) {
            m_table->clearSelection();
            m_table->setCurrentCell(r, NumberColumn);
            m_table->selectRow(r);
            return true;
        }
    }
    return false;
}

void TurnoverWidget::updateActions()
{
    const bool writable = !m_readOnly && m_overview.has_value();
    const TurnoverStatus *current = currentRow();
    bool anyUnreceived = false;
    bool anyMissing = false;
    for (const TurnoverStatus *status : letterScope()) {
        anyUnreceived = anyUnreceived || needsLetter(*status, TurnoverLetters::Kind::Request);
        anyMissing = anyMissing || needsLetter(*status, TurnoverLetters::Kind::Reminder);
    }
    button(QStringLiteral("registerReportButton"))->setEnabled(writable && current);
    button(QStringLiteral("importTurnoverButton"))->setEnabled(writable);
    button(QStringLiteral("templateButton"))->setEnabled(m_overview.has_value() && !m_overview->rows.isEmpty());
    button(QStringLiteral("requestButton"))->setEnabled(writable && anyUnreceived);
    button(QStringLiteral("reminderButton"))->setEnabled(writable && anyMissing);
    button(QStringLiteral("proposeTurnoverSanctionButton"))
        ->setEnabled(writable && current && current->state == TurnoverState::Overdue && !current->sanctionCaseId);
}

bool TurnoverWidget::registerReport()
{
    const TurnoverStatus *current = currentRow();
    if (!m_db || m_readOnly || !current || !m_overview)
        return false;
    TurnoverReportDialog dialog(*m_db, m_clock, *current, year(), m_overview->settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    showMessage(tr("The turnover report of %1 for %2 is saved.").arg(current->licence.number).arg(year()));
    reload();
    Q_EMIT turnoverChanged();
    return true;
}

bool TurnoverWidget::importCsv()
{
    if (!m_db || m_readOnly)
        return false;
    TurnoverImportDialog dialog(*m_db, m_clock, this);
    if (!dialog.chooseFile())
        return false;
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QString text = tr("%1 turnover reports imported.").arg(dialog.imported());
    const QStringList skipped = dialog.notImported();
    if (!skipped.isEmpty())
        text += QLatin1Char('\n') + tr("Not imported:") + QLatin1Char('\n') + skipped.join(QLatin1Char('\n'));
    showMessage(text);
    reload();
    Q_EMIT turnoverChanged();
    return true;
}

bool TurnoverWidget::saveTemplate()
{
    if (!m_overview)
        return false;
    const QString path =
        askSavePath(tr("Download CSV template"), QStringLiteral("omsetningsoppgaver-%1.csv").arg(year()), csvFilter());
    if (path.isEmpty())
        return false;
    QList<Licence> licences;
    for (const TurnoverStatus &status : m_overview->rows)
        licences.append(status.licence);
    if (!saveFile(path, TurnoverCsv::templateFile(licences, year())))
        return false;
    showMessage(tr("The template is saved as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool TurnoverWidget::writeRequests()
{
    return writeLetters(TurnoverLetters::Kind::Request);
}

bool TurnoverWidget::writeReminders()
{
    if (!writeLetters(TurnoverLetters::Kind::Reminder))
        return false;
    Q_EMIT turnoverChanged();
    return true;
}

bool TurnoverWidget::writeLetters(TurnoverLetters::Kind kind)
{
    if (!m_db || m_readOnly || !m_overview)
        return false;
    QList<qint64> ids;
    for (const TurnoverStatus *status : letterScope()) {
        if (needsLetter(*status, kind))
            ids.append(status->licence.id);
    }
    if (ids.isEmpty())
        return false;
    const bool request = kind == TurnoverLetters::Kind::Request;
    const QString path =
        askSavePath(request ? tr("Request for turnover report") : tr("Reminder for turnover report"),
                    (request ? QStringLiteral("anmodning-omsetningsoppgave-%1.pdf")
                             : QStringLiteral("purring-omsetningsoppgave-%1.pdf"))
                        .arg(year()),
                    FileDialog::pdfFilter());
    if (path.isEmpty())
        return false;
    const Status written = TurnoverLetters::write(*m_db, m_clock, kind, year(), ids, m_clock.today(), path);
    if (!written) {
        showMessage(written.error().toString(), true);
        return false;
    }
    reload();
    showMessage((request ? tr("%1 letters saved as %2.") : tr("%1 reminders saved as %2."))
                    .arg(ids.size())
                    .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool TurnoverWidget::proposeSanction()
{
    const TurnoverStatus *current = currentRow();
    if (!m_db || m_readOnly || !current)
        return false;
    const QString number = current->licence.number;
    return sanctionProposed(
        TurnoverRepository(*m_db, m_clock).proposeSanction(current->licence.id, year(), m_clock.today()), number,
        tr("Sanction case %1 is proposed for licence %2 (turnover report %3 missing). Open it now?"), year());
}

} // namespace bevilling
