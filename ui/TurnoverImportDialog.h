#pragma once

#include "Clock.h"
#include "turnover/TurnoverCsv.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace bevilling {

class Database;

// Imports turnover reports from a CSV file (TurnoverCsv): the user picks the file, sees every row
// (new or replacing, problems in red with the reason, flags in amber) and imports the rows without
// problems in one go. Cancel saves nothing.
class TurnoverImportDialog : public QDialog
{
    Q_OBJECT
public:
    TurnoverImportDialog(const Database &db, const Clock &clock, QWidget *parent = nullptr);

    // Asks for the file (FileDialog) and previews it; false when cancelled (a refused file is shown
    // with the reason).
    bool chooseFile();
    // Reads and previews `path`; false (with the reason shown) when the file is refused.
    bool loadFile(const QString &path);

    enum Column { LineColumn, LicenceColumn, YearColumn, ActionColumn, ActualColumn, ExpectedColumn, RemarksColumn, ColumnCount };

    QTableWidget *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *importButton() const { return m_import; }
    const std::optional<TurnoverImportPreview> &preview() const { return m_preview; }
    // Rows saved by the import (after accept()).
    int imported() const { return m_imported; }
    // "Line 3 (2026-999): unknown licence number …" for the rows that were not imported.
    QStringList notImported() const;

    void accept() override;

private:
    void showPreview();

    const Database &m_db;
    const Clock &m_clock;
    QLabel *m_file;
    QLabel *m_error;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_choose;
    QPushButton *m_import;
    std::optional<TurnoverImportPreview> m_preview;
    int m_imported = 0;
};

} // namespace bevilling
