#pragma once

#include "Clock.h"
#include "domain/Licence.h"
#include "inspections/Inspection.h"
#include "inspections/InspectionValidator.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <memory>

class QCheckBox;
class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimeEdit;
class QVBoxLayout;

namespace bevilling {

class Database;
class DateEdit;
class InspectionRepository;

// Logs an inspection (skjenke- eller salgskontroll) or edits one, from the keyboard: the place
// by typing part of its name, address, licence number or licensee; date and times; inspectors;
// type and mode; the checklist; findings with their codes (and the observed signs for
// intoxication findings). Every problem is shown next to its field; warnings in amber; nothing
// is saved while an error remains.
class InspectionDialog : public QDialog
{
    Q_OBJECT
public:
    // A new inspection, dated today.
    InspectionDialog(const Database &db, const Clock &clock, QWidget *parent = nullptr);
    // Edits `inspection` (the report date and comments are recorded elsewhere).
    InspectionDialog(const Database &db, const Clock &clock, const Inspection &inspection, QWidget *parent = nullptr);
    ~InspectionDialog() override;

    bool isNew() const { return m_original.id == 0; }
    Inspection inspectionFromForm() const;
    const Inspection &savedInspection() const { return m_saved; }
    // Messages shown now, field id -> message (errors and warnings).
    QHash<QString, QString> shownProblems() const { return m_shown; }

    // Chooses the licence `id` as the inspected place.
    void setLicence(qint64 id);
    // Adds an empty finding row and focuses its code.
    void addFinding();
    void removeFinding(int index);
    int findingCount() const { return m_findings.size(); }

    // The place-field text of a licence, as offered by the completer.
    static QString placeText(const Licence &licence);

    void accept() override;

private:
    struct FindingRow
    {
        qint64 id = 0;
        QWidget *box = nullptr;
        QComboBox *code = nullptr;
        QLineEdit *description = nullptr;
        QWidget *signs = nullptr;
        QLineEdit *speech = nullptr;
        QLineEdit *balance = nullptr;
        QLineEdit *behaviour = nullptr;
        QLineEdit *served = nullptr;
        QTimeEdit *when = nullptr;
        QPushButton *remove = nullptr;
        QLabel *codeError = nullptr;
        QLabel *descriptionError = nullptr;
        QLabel *signsError = nullptr;
    };

    void build();
    void load(const Inspection &inspection);
    void onPlaceEdited();
    void updateInspectorHints();
    void updateFindingRows();
    void clearProblems();
    void showProblems(const QList<InspectionProblem> &problems);
    QLabel *labelFor(const QString &field, bool warning);
    const Licence *licence() const;
    QList<qint64> checkedInspectors() const;

    const Database &m_db;
    const Clock &m_clock;
    std::unique_ptr<InspectionRepository> m_repository;
    QList<Licence> m_licences;
    QList<Inspector> m_inspectors;
    Inspection m_original;
    Inspection m_saved;
    qint64 m_licenceId = 0;
    QHash<QString, QString> m_shown;
    QList<FindingRow> m_findings;

    QLabel *m_generalError = nullptr;
    QLabel *m_warnings = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_place = nullptr;
    QCompleter *m_completer = nullptr;
    QLabel *m_placeSummary = nullptr;
    QLabel *m_placeError = nullptr;
    DateEdit *m_date = nullptr;
    QLabel *m_dateError = nullptr;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QLabel *m_timeError = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_mode = nullptr;
    QLabel *m_inspectorHint = nullptr;
    QListWidget *m_inspectorList = nullptr;
    QCheckBox *m_confirmSingle = nullptr;
    QLabel *m_inspectorWarning = nullptr;
    QLabel *m_inspectorError = nullptr;
    QTableWidget *m_checklist = nullptr;
    QLabel *m_checklistError = nullptr;
    QVBoxLayout *m_findingLayout = nullptr;
    QLabel *m_noFindings = nullptr;
    QPushButton *m_addFinding = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace bevilling
