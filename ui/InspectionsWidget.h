#pragma once

#include "Clock.h"
#include "domain/Licence.h"
#include "inspections/Inspection.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTextBrowser;

namespace bevilling {

class Database;
class InspectionDialog;

// The "Kontroller" work area: the inspections of a year (number, date, place, type, inspectors,
// findings, report sent / due / comment deadline, late ones coloured), search, year and type
// filters, and the selected inspection with its actions: edit, the inspection report as PDF,
// the licensee's comments, a sanction case from its findings, and the register of inspectors.
class InspectionsWidget : public QWidget
{
    Q_OBJECT
public:
    enum Column { NumberColumn, DateColumn, PlaceColumn, TypeColumn, InspectorsColumn, FindingsColumn,
                  ReportColumn, CommentsColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit InspectionsWidget(const Clock &clock, QWidget *parent = nullptr);

    void setDatabase(const Database *db, bool readOnly);
    void reload();
    void newInspection();            // opens the inspection form
    void openInspection(qint64 id);
    void focusSearch();

    // Edits the selected inspection.
    void editInspection();
    // "Kontrollrapport (PDF)…": writes the report and offers to record today as the sending date.
    void writeReport();
    // "Registrer kommentarer…": the date the licensee's comments came and what they said.
    void registerComments();
    // "Opprett sanksjonssak": asks for a sanction case from the selected inspection's findings.
    void requestSanction();
    // "Kontrollører…": the register of inspectors.
    void editInspectors();

    std::optional<qint64> currentInspectionId() const;
    const Inspection *currentInspection() const;
    QTableView *tableView() const { return m_table; }
    QStandardItemModel *model() const { return m_model; }
    // The last inspection form opened (for tests); null when none is open.
    InspectionDialog *openDialog() const { return m_dialog; }

Q_SIGNALS:
    void inspectionsChanged();
    void sanctionRequested(qint64 inspectionId); // "Opprett sanksjonssak" on an inspection with findings

private:
    void fillYears();
    void applyFilter();
    void showCurrent();
    void updateButtons();
    QString summaryHtml(const Inspection &inspection) const;
    QString placeOf(const Inspection &inspection) const;
    QString inspectorsOf(const Inspection &inspection) const;
    void openDialogFor(InspectionDialog *dialog);

    const Clock &m_clock;
    const Database *m_db = nullptr;
    bool m_readOnly = true;
    QList<Inspection> m_all;
    QHash<qint64, Licence> m_licences;
    QHash<qint64, Inspector> m_inspectors;
    InspectionDialog *m_dialog = nullptr;

    QLineEdit *m_search = nullptr;
    QComboBox *m_year = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTextBrowser *m_summary = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_report = nullptr;
    QPushButton *m_comments = nullptr;
    QPushButton *m_sanction = nullptr;
    QPushButton *m_inspectorsButton = nullptr;
};

} // namespace bevilling
