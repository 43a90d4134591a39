#include "FeesWidget.h"

#include "FeeIssueDialog.h"
#include "FeePaymentDialog.h"
#include "storage/Database.h"
#include "storage/FeeRepository.h"
#include "storage/TurnoverRepository.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bevilling {

namespace {

constexpr int LineIndexRole = Qt::UserRole + 1;

} // namespace

FeesWidget::FeesWidget(const Clock &clock, QWidget *parent)
    : FeeCycleTab(clock, QStringLiteral("feeYearSpinBox"), QStringLiteral("feeMessageLabel"), parent),
      m_problems(new QLabel(this)),
      m_table(new QTableWidget(0, ColumnCount, this)),
      m_totals(new QLabel(this))
{
    setObjectName(QStringLiteral("feesWidget"));
    m_problems->setObjectName(QStringLiteral("feeProblemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #9a6700;"));
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setObjectName(QStringLiteral("feeTotalsLabel"));
    m_totals->setWordWrap(true);

    setUpTable(m_table, QStringLiteral("feeTable"),
               {tr("Licence"), tr("Licensee"), tr("Kind"), tr("Basis year"), tr("Amount"), tr("Minimum"), tr("Invoiced"),
                tr("Due"), tr("Paid"), tr("Outstanding"), tr("State")},
               QAbstractItemView::SingleSelection);

    auto *bar = new QHBoxLayout;
    bar->addWidget(newYearLabel());
    bar->addWidget(yearSpinBox());
    addActions(bar, {
        {QStringLiteral("issueFeesButton"), tr("&Invoice…"), [this] { issueFees(); }},
        {QStringLiteral("exportInvoiceButton"), tr("&Export invoice basis (CSV)…"), [this] { exportInvoiceBasis(); }},
        {QStringLiteral("registerPaymentButton"), tr("Register &payment…"), [this] { registerPayment(); }},
        {QStringLiteral("proposeFeeSanctionButton"), tr("Propose sa&nction case"), [this] { proposeSanction(); }},
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(messageLabel());
    layout->addWidget(m_problems);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totals);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FeesWidget::updateActions);
    setFocusProxy(m_table);
    setDatabase(nullptr, true);
}

QString FeesWidget::stateText(const FeeLine &line, const QDate &asOf)
{
    if (!line.isIssued())
        return tr("Not invoiced");
    if (line.isOverdue(asOf))
        return tr("Overdue");
    if (line.amount > 0 && line.paid + 0.005 >= line.amount)
        return tr("Paid");
    return tr("Invoiced");
}

void FeesWidget::reload()
{
    m_assessment.reset();
    QStringList problems;
    if (m_db) {
        if (const Result<FeeCycleSettings> settings = TurnoverRepository(*m_db, m_clock).settings())
            m_paymentDays = settings->paymentDays;
        Result<FeeAssessment> assessed = FeeRepository(*m_db, m_clock).assess(year());
        if (assessed) {
            m_assessment = std::move(assessed).value();
            for (const FeeProblem &problem : m_assessment->problems)
                problems << (problem.licenceNumber.isEmpty() ? problem.message
                                                             : problem.licenceNumber + QStringLiteral(": ") + problem.message);
        } else if (assessed.error().field == QStringLiteral("year")) {
            problems << tr("No fee rates for %1 – add them under Rules → Fee rates.").arg(year());
        } else {
            problems << assessed.error().toString();
        }
    }
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    fill();
}

void FeesWidget::fill()
{
    m_table->setRowCount(0);
    QMap<int, double> totals;
    QMap<int, int> counts;
    double outstanding = 0;
    const QDate today = m_clock.today();
    if (m_assessment) {
        for (int i = 0; i < m_assessment->lines.size(); ++i) {
            const FeeLine &line = m_assessment->lines.at(i);
            const int r = m_table->rowCount();
            m_table->insertRow(r);
            const QStringList cells{
                line.licenceNumber,
                line.licenseeName,
                FeeTexts::kindName(line.kind),
                QString::number(line.basisYear),
                formatAmount(line.amount),
                line.minimumApplied ? QStringLiteral("✓") : QString(),
                line.isIssued() ? formatDate(line.issuedOn) : QString(),
                line.isIssued() ? formatDate(line.dueOn) : QString(),
                line.isIssued() ? formatAmount(line.paid) : QString(),
                line.isIssued() ? formatAmount(line.outstanding()) : QString(),
                stateText(line, today),
            };
            for (int c = 0; c < ColumnCount; ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                item->setData(LineIndexRole, i);
                if (c == AmountColumn || c == PaidColumn || c == OutstandingColumn)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                if (c == AmountColumn || c == LicenceColumn)
                    item->setToolTip(line.basis);
                if (c == StateColumn && line.isOverdue(today))
                    item->setForeground(QColor(0xb3, 0x26, 0x1e));
                m_table->setItem(r, c, item);
            }
            totals[int(line.kind)] += line.amount;
            counts[int(line.kind)] += 1;
            if (line.isIssued())
                outstanding += line.outstanding();
        }
    }
    m_table->resizeColumnsToContents();
    QStringList parts;
    for (FeeLineKind kind : FeeTexts::allKinds()) {
        if (counts.contains(int(kind)))
            parts << tr("%1: %2 (%3 lines)").arg(FeeTexts::kindName(kind), formatAmount(totals.value(int(kind))))
                         .arg(counts.value(int(kind)));
    }
    if (m_assessment) {
        parts << tr("Total: %1").arg(formatAmount(m_assessment->total()));
        parts << tr("Outstanding: %1").arg(formatAmount(outstanding));
    }
    m_totals->setText(parts.join(QStringLiteral(" · ")));
    updateActions();
}

const FeeLine *FeesWidget::currentLine() const
{
    if (!m_assessment)
        return nullptr;
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return nullptr;
    const int index = selected.first()->data(LineIndexRole).toInt();
    return index >= 0 && index < m_assessment->lines.size() ? &m_assessment->lines.at(index) : nullptr;
}

bool FeesWidget::selectLine(const QString &licenceNumber, FeeLineKind kind)
{
    if (!m_assessment)
        return false;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const int index = m_table->item(r, LicenceColumn)->data(LineIndexRole).toInt();
        const FeeLine &line = m_assessment->lines.at(index);
        if (line.licenceNumber == licenceNumber && line.kind == kind) {
            m_table->setCurrentCell(r, LicenceColumn);
            m_table->selectRow(r);
            return true;
        }
    }
    return false;
}

void FeesWidget::updateActions()
{
    const bool writable = !m_readOnly && m_assessment.has_value();
    bool unissued = false;
    bool issued = false;
    if (m_assessment) {
        for (const FeeLine &line : m_assessment->lines) {
            unissued = unissued || !line.isIssued();
            issued = issued || line.isIssued();
        }
    }
    const FeeLine *line = currentLine();
    button(QStringLiteral("issueFeesButton"))->setEnabled(writable && unissued);
    button(QStringLiteral("exportInvoiceButton"))->setEnabled(m_db && issued);
    button(QStringLiteral("registerPaymentButton"))
        ->setEnabled(writable && line && line->isIssued() && line->outstanding() > 0.005);
    button(QStringLiteral("proposeFeeSanctionButton"))->setEnabled(writable && line && line->isOverdue(m_clock.today()));
}

bool FeesWidget::issueFees()
{
    if (!m_db || m_readOnly || !m_assessment)
        return false;
    QList<FeeLine> unissued;
    for (const FeeLine &line : m_assessment->lines) {
        if (!line.isIssued())
            unissued.append(line);
    }
    if (unissued.isEmpty())
        return false;
    FeeIssueDialog dialog(*m_db, m_clock, year(), unissued, m_paymentDays, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    double total = 0;
    for (const FeeLine &line : dialog.issued())
        total += line.amount;
    showMessage(tr("%1 invoice lines issued, in total %2.").arg(dialog.issued().size()).arg(formatAmount(total)));
    reload();
    return true;
}

bool FeesWidget::exportInvoiceBasis()
{
    if (!m_db)
        return false;
    const Result<QList<FeeLine>> lines = FeeRepository(*m_db, m_clock).lines(year());
    if (!lines) {
        showMessage(lines.error().toString(), true);
        return false;
    }
    const QString path =
        askSavePath(tr("Export invoice basis"), QStringLiteral("fakturagrunnlag-%1.csv").arg(year()), csvFilter());
    if (path.isEmpty() || !saveFile(path, InvoiceCsv::write(*lines)))
        return false;
    showMessage(tr("%1 invoice lines exported to %2.").arg(lines->size()).arg(QDir::toNativeSeparators(path)));
    return true;
}

bool FeesWidget::registerPayment()
{
    const FeeLine *line = currentLine();
    if (!m_db || m_readOnly || !line || !line->isIssued())
        return false;
    const FeeLine copy = *line;
    FeePaymentDialog dialog(*m_db, m_clock, copy, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    showMessage(tr("Payment of %1 registered for %2.").arg(formatAmount(dialog.saved()->amount), copy.licenceNumber));
    reload();
    selectLine(copy.licenceNumber, copy.kind);
    return true;
}

bool FeesWidget::proposeSanction()
{
    const FeeLine *line = currentLine();
    if (!m_db || m_readOnly || !line)
        return false;
    const FeeLine copy = *line;
    return sanctionProposed(FeeRepository(*m_db, m_clock).proposeSanction(copy.id, m_clock.today()), copy.licenceNumber,
                            tr("Sanction case %1 is proposed for licence %2 (fee %3 not paid). Open it now?"), copy.year);
}

} // namespace bevilling
