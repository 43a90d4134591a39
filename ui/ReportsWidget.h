#pragma once

#include "Clock.h"
#include "reports/Report.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;
class QTimer;

namespace bevilling {

class Database;
class ReportView;

// The work area "Rapporter": the five annual reports (AnnualReports::kinds) in a list, a year, the
// chosen report on screen (ReportView) and buttons to save it as PDF, CSV or JSON. Moving in the
// list with the arrow keys or changing the year shows the report after a short pause; Enter, a
// click or showReport() show it at once. A report that cannot be made shows why in the view. The
// status line says how long the report took to make.
class ReportsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsWidget(const Clock &clock, QWidget *parent = nullptr);
    void setDatabase(const Database *db);
    // Makes the chosen report again (the register has changed).
    void reload();
    // Chooses `kind` and `year` and shows the report.
    void showReport(const QString &kind, int year);

    QString currentKind() const;
    int year() const;
    // The report shown, if any.
    const std::optional<reports::Report> &report() const { return m_report; }
    ReportView *view() const { return m_view; }
    // "Laget på 0,12 s", or why nothing is shown.
    QString statusText() const;

    void savePdf();
    void saveCsv();
    void saveJson();

private:
    enum class Format { Pdf, Csv, Json };
    void showChosen();
    void save(Format format);
    void updateActions();

    const Clock &m_clock;
    const Database *m_db = nullptr;
    QListWidget *m_kinds = nullptr;
    QSpinBox *m_year = nullptr;
    ReportView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QPushButton *m_csvButton = nullptr;
    QPushButton *m_jsonButton = nullptr;
    QTimer *m_pause = nullptr;
    std::optional<reports::Report> m_report;
    QString m_builtText;
};

} // namespace bevilling
