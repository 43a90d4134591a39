#include "ReportsWidget.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "ReportPdf.h"
#include "ReportView.h"
#include "reports/AnnualReports.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace bevilling {

namespace {

constexpr int KindRole = Qt::UserRole + 1;
// How long the list and the year wait for the next key before the report is made.
constexpr int PauseMs = 300;

// Shows the busy cursor while a report is made or written.
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

Status writeFile(const QString &path, const QByteArray &bytes)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QSaveFile file(absolute);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(QStringLiteral("io"), ReportsWidget::tr("Could not write %1: %2").arg(absolute, file.errorString()));
    return {};
}

} // namespace

ReportsWidget::ReportsWidget(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("reportsWidget"));

    m_kinds = new QListWidget(this);
    m_kinds->setObjectName(QStringLiteral("reportKindList"));
    m_kinds->setSelectionMode(QAbstractItemView::SingleSelection);
    for (const QString &kind : reports::AnnualReports::kinds()) {
        auto *item = new QListWidgetItem(reports::AnnualReports::kindTitle(kind), m_kinds);
        item->setData(KindRole, kind);
    }
    m_kinds->setMaximumWidth(280);
    auto *kindsLabel = new QLabel(tr("&Reports:"), this);
    kindsLabel->setBuddy(m_kinds);

    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("reportYearSpinBox"));
    // The reports themselves say which years they cover (AnnualReports refuses years out of range).
    m_year->setRange(1900, 2999);
    m_year->setValue(clock.today().year());
    m_year->setAccessibleName(tr("Year"));
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);

    m_view = new ReportView(this);

    m_pdfButton = new QPushButton(tr("Save as &PDF…"), this);
    m_pdfButton->setObjectName(QStringLiteral("savePdfButton"));
    m_csvButton = new QPushButton(tr("Save as &CSV…"), this);
    m_csvButton->setObjectName(QStringLiteral("saveCsvButton"));
    m_jsonButton = new QPushButton(tr("Save as &JSON…"), this);
    m_jsonButton->setObjectName(QStringLiteral("saveJsonButton"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatusLabel"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(PauseMs);

    auto *left = new QVBoxLayout;
    left->addWidget(kindsLabel);
    left->addWidget(m_kinds, 1);
    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(yearLabel);
    yearRow->addWidget(m_year, 1);
    left->addLayout(yearRow);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_pdfButton);
    buttons->addWidget(m_csvButton);
    buttons->addWidget(m_jsonButton);
    auto *right = new QVBoxLayout;
    right->addWidget(m_view, 1);
    right->addLayout(buttons);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addLayout(right, 1);

    setTabOrder(m_kinds, m_year);
    setTabOrder(m_year, m_view);
    setTabOrder(m_view, m_pdfButton);
    setTabOrder(m_pdfButton, m_csvButton);
    setTabOrder(m_csvButton, m_jsonButton);

    connect(m_kinds, &QListWidget::currentRowChanged, m_pause, qOverload<>(&QTimer::start));
    connect(m_kinds, &QListWidget::itemActivated, this, [this] { showChosen(); });
    connect(m_kinds, &QListWidget::itemClicked, this, [this] { showChosen(); });
    connect(m_year, qOverload<int>(&QSpinBox::valueChanged), m_pause, qOverload<>(&QTimer::start));
    connect(m_pause, &QTimer::timeout, this, [this] { showChosen(); });
    connect(m_pdfButton, &QPushButton::clicked, this, &ReportsWidget::savePdf);
    connect(m_csvButton, &QPushButton::clicked, this, &ReportsWidget::saveCsv);
    connect(m_jsonButton, &QPushButton::clicked, this, &ReportsWidget::saveJson);

    showChosen();
}

void ReportsWidget::setDatabase(const Database *db)
{
    m_db = db;
    reload();
}

void ReportsWidget::reload()
{
    showChosen();
}

QString ReportsWidget::currentKind() const
{
    const QListWidgetItem *item = m_kinds->currentItem();
    return item ? item->data(KindRole).toString() : QString();
}

int ReportsWidget::year() const
{
    return m_year->value();
}

QString ReportsWidget::statusText() const
{
    return m_status->text();
}

void ReportsWidget::showReport(const QString &kind, int year)
{
    {
        const QSignalBlocker blockKinds(m_kinds);
        const QSignalBlocker blockYear(m_year);
        m_kinds->setCurrentRow(-1);
        for (int row = 0; row < m_kinds->count(); ++row) {
            if (m_kinds->item(row)->data(KindRole).toString() == kind)
                m_kinds->setCurrentRow(row);
        }
        m_year->setValue(year);
    }
    showChosen();
}

void ReportsWidget::showChosen()
{
    m_pause->stop();
    m_report.reset();
    m_builtText.clear();
    const QString kind = currentKind();
    if (!m_db) {
        m_view->showMessage(tr("No register is open."));
    } else if (kind.isEmpty()) {
        m_view->showMessage(tr("Choose a report on the left and the year it is for."));
    } else {
        const BusyCursor busy;
        QElapsedTimer timer;
        timer.start();
        Result<reports::Report> built = reports::AnnualReports::build(kind, *m_db, m_clock, m_year->value());
        const double seconds = double(timer.elapsed()) / 1000.0;
        if (!built) {
            m_view->showMessage(tr("The report could not be made: %1").arg(built.error().message));
        } else {
            m_report = std::move(built).value();
            m_view->setReport(*m_report);
            m_builtText = tr("Built in %1 s").arg(QLocale().toString(seconds, 'f', 2));
        }
    }
    m_status->setText(m_builtText);
    updateActions();
}

void ReportsWidget::updateActions()
{
    const bool shown = m_report.has_value();
    m_pdfButton->setEnabled(shown);
    m_csvButton->setEnabled(shown);
    m_jsonButton->setEnabled(shown);
}

void ReportsWidget::savePdf()
{
    save(Format::Pdf);
}

void ReportsWidget::saveCsv()
{
    save(Format::Csv);
}

void ReportsWidget::saveJson()
{
    save(Format::Json);
}

void ReportsWidget::save(Format format)
{
    if (!m_report)
        return;
    QString caption;
    QString filter;
    QString suffix;
    switch (format) {
    case Format::Pdf:
        caption = tr("Save report as PDF");
        filter = FileDialog::pdfFilter();
        suffix = QStringLiteral(".pdf");
        break;
    case Format::Csv:
        caption = tr("Save report as CSV");
        filter = tr("CSV for spreadsheets (*.csv)");
        suffix = QStringLiteral(".csv");
        break;
    case Format::Json:
        caption = tr("Save report as JSON");
        filter = tr("JSON files (*.json)");
        suffix = QStringLiteral(".json");
        break;
    }
    // The report's title makes the file's name ("Omsetning av alkohol 2026.pdf").
    QString name = m_report->title.isEmpty() ? QStringLiteral("%1-%2").arg(m_report->kind).arg(m_report->year)
                                             : m_report->title;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name + suffix);
    QString path = FileDialog::getSaveFileName(this, caption, suggested, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    if (QFileInfo::exists(path)
        && MessageBox::question(this, caption, tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)))
               != MessageBox::Yes)
        return;

    Status written;
    {
        const BusyCursor busy;
        switch (format) {
        case Format::Pdf:
            written = ReportPdf::write(*m_report, path);
            break;
        case Format::Csv:
            written = writeFile(path, reports::ReportWriter::toCsv(*m_report));
            break;
        case Format::Json:
            written = writeFile(path, QJsonDocument(reports::ReportWriter::toJson(*m_report)).toJson(QJsonDocument::Indented));
            break;
        }
    }
    if (!written) {
        MessageBox::critical(this, caption, written.error().message);
        return;
    }
    const QString saved = tr("Saved as %1").arg(QDir::toNativeSeparators(path));
    m_status->setText(m_builtText.isEmpty() ? saved : QString(m_builtText + QStringLiteral(" · ") + saved));
}

} // namespace bevilling
