#include "TurnoverImportDialog.h"

#include "FileDialog.h"
#include "InlineError.h"
#include "TurnoverReportDialog.h"
#include "rules/Fees.h"
#include "storage/Database.h"
#include "storage/FeeRateRepository.h"
#include "storage/LicenceRepository.h"
#include "storage/TurnoverRepository.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bevilling {

namespace {

QString problemText(const TurnoverImportProblem &problem)
{
    return problem.column.isEmpty() ? problem.message : problem.column + QStringLiteral(": ") + problem.message;
}

} // namespace

TurnoverImportDialog::TurnoverImportDialog(const Database &db, const Clock &clock, QWidget *parent)
    : QDialog(parent),
      m_db(db),
      m_clock(clock),
      m_file(new QLabel(this)),
      m_error(InlineError::makeLabel(this, QStringLiteral("importError"))),
      m_summary(new QLabel(this)),
      m_table(new QTableWidget(0, ColumnCount, this)),
      m_choose(new QPushButton(tr("Choose &file…"), this)),
      m_import(new QPushButton(this))
{
    setObjectName(QStringLiteral("turnoverImportDialog"));
    setWindowTitle(tr("Import turnover reports from CSV"));
    resize(980, 560);
    m_file->setObjectName(QStringLiteral("importFileLabel"));
    m_file->setText(tr("No file chosen."));
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setWordWrap(true);
    m_choose->setObjectName(QStringLiteral("chooseFileButton"));
    m_table->setObjectName(QStringLiteral("importPreviewTable"));
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Licence"), tr("Year"), tr("Action"),
                                        tr("Actual litres (gr. 1/2/3)"), tr("Expected litres (gr. 1/2/3)"),
                                        tr("Problems and flags")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    m_import->setText(tr("Import 0 rows"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_choose);
    top->addWidget(m_file, 1);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(m_choose, &QPushButton::clicked, this, &TurnoverImportDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::accepted, this, &TurnoverImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TurnoverImportDialog::reject);
}

bool TurnoverImportDialog::chooseFile()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Import turnover reports"), QString(),
                                                     tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return false;
    loadFile(path);
    return true;
}

bool TurnoverImportDialog::loadFile(const QString &path)
{
    m_preview.reset();
    InlineError::show(m_error, QString());
    m_file->setText(QFileInfo(path).fileName());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        InlineError::show(m_error, tr("Could not read %1: %2").arg(path, file.errorString()));
        showPreview();
        return false;
    }
    const QByteArray bytes = file.readAll();

    TurnoverImportContext context;
    const Result<QList<Licence>> licences = LicenceRepository(m_db, m_clock).list();
    if (!licences) {
        InlineError::show(m_error, licences.error().toString());
        showPreview();
        return false;
    }
    for (const Licence &licence : *licences)
        context.licencesByNumber.insert(licence.number, licence);
    const TurnoverRepository turnover(m_db, m_clock);
    if (const Result<QList<TurnoverReport>> reports = turnover.list()) {
        for (const TurnoverReport &report : *reports)
            context.existing[report.licenceId].insert(report.year, report);
    }
    const Result<rules::FeeRateTable> rates = FeeRateRepository(m_db, m_clock).current();
    if (rates)
        context.rates = &*rates;
    if (const Result<FeeCycleSettings> settings = turnover.settings())
        context.settings = *settings;
    context.today = m_clock.today();

    Result<TurnoverImportPreview> preview = TurnoverCsv::preview(bytes, context);
    if (!preview) {
        InlineError::show(m_error, InlineError::text(preview.error()));
        showPreview();
        return false;
    }
    m_preview = std::move(preview).value();
    showPreview();
    return true;
}

void TurnoverImportDialog::showPreview()
{
    m_table->setRowCount(0);
    if (!m_preview) {
        m_summary->clear();
        m_import->setText(tr("Import 0 rows"));
        m_import->setEnabled(false);
        return;
    }
    const QColor red(0xb3, 0x26, 0x1e);
    const QColor amber(0x9a, 0x67, 0x00);
    int replacing = 0;
    for (const TurnoverImportRow &row : m_preview->rows) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        QStringList remarks;
        for (const TurnoverImportProblem &problem : row.problems)
            remarks << problemText(problem);
        QStringList flags;
        for (const TurnoverFlag &flag : row.flags)
            flags << flag.message;
        QString action;
        if (!row.ok())
            action = tr("Not imported");
        else if (row.replacesExisting)
            action = tr("Replaces");
        else
            action = tr("New");
        if (row.ok() && row.replacesExisting)
            ++replacing;
        const QStringList cells{QString::number(row.line), row.licenceNumber,
                                row.report.year > 0 ? QString::number(row.report.year) : QString(), action,
                                TurnoverReportDialog::formatGroupLitres(row.report.actual), TurnoverReportDialog::formatGroupLitres(row.report.expected),
                                (remarks + flags).join(QStringLiteral("; "))};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (!row.ok())
                item->setForeground(red);
            else if (!row.flags.isEmpty() && c == RemarksColumn)
                item->setForeground(amber);
            if (c == RemarksColumn)
                item->setToolTip((remarks + flags).join(QLatin1Char('\n')));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    const int importable = m_preview->importable();
    m_summary->setText(tr("%1 rows read (%2, separator «%3»): %4 can be imported (%5 replace a report already "
                          "registered), %6 have problems and will not be imported.")
                           .arg(m_preview->rows.size())
                           .arg(m_preview->encoding, QString(m_preview->separator))
                           .arg(importable)
                           .arg(replacing)
                           .arg(m_preview->withProblems()));
    m_import->setText(tr("Import %1 rows").arg(importable));
    m_import->setEnabled(importable > 0);
}

QStringList TurnoverImportDialog::notImported() const
{
    QStringList lines;
    if (!m_preview)
        return lines;
    for (const TurnoverImportRow &row : m_preview->rows) {
        if (row.ok())
            continue;
        QStringList problems;
        for (const TurnoverImportProblem &problem : row.problems)
            problems << problemText(problem);
        lines << tr("Line %1 (%2): %3").arg(row.line).arg(row.licenceNumber, problems.join(QStringLiteral("; ")));
    }
    return lines;
}

void TurnoverImportDialog::accept()
{
    if (!m_preview || m_preview->importable() == 0)
        return;
    const Result<int> saved = TurnoverRepository(m_db, m_clock).importRows(*m_preview);
    if (!saved) {
        InlineError::show(m_error, InlineError::text(saved.error()));
        return;
    }
    m_imported = *saved;
    QDialog::accept();
}

} // namespace bevilling
