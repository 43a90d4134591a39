#pragma once

#include "Clock.h"
#include "cases/Case.h"
#include "validation/LicenceValidator.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace bevilling {

class CaseRepository;
class Database;
class DateEdit;
class LicenceRepository;
class OptionalDateEdit;

// Registers a new case or edits one: type, received date, officer, related licence, the
// application (LicenceEditorDialog in application mode), missing attachments, facts and notes.
// Every problem is shown next to its field; nothing is saved while one remains.
class CaseDialog : public QDialog
{
    Q_OBJECT
public:
    // A new case, received today and assigned to `officer`.
    CaseDialog(const Database &db, const Clock &clock, ValidationOptions options, const QString &officer,
               QWidget *parent = nullptr);
    // Edits `c` (the assignment is changed with "Pass to officer…" instead).
    CaseDialog(const Database &db, const Clock &clock, ValidationOptions options, const Case &c,
               QWidget *parent = nullptr);
    ~CaseDialog() override;

    bool isNew() const { return m_original.id == 0; }
    Case caseFromForm() const;
    const Case &savedCase() const { return m_saved; }
    // Messages shown now, field id -> message.
    QHash<QString, QString> shownErrors() const { return m_shownErrors; }

    // Opens the application form; the result becomes the case's application.
    void editApplication();
    // Selects the licence `id` as the related licence (prefilling an empty application).
    void setRelatedLicence(qint64 id);

    void accept() override;

    // Whether a case of `type` concerns an existing licence.
    static bool needsLicence(CaseType type);

private:
    void build();
    void load(const Case &c);
    void updateTypeDependentFields();
    void updateApplicationSummary();
    void onLicenceChosen();
    void clearErrors();
    void showError(const QString &field, const QString &message);
    QList<QPair<QString, QString>> formErrors() const;
    Licence applicationFromLicence(const Licence &licence, CaseType type) const;

    const Database &m_db;
    const Clock &m_clock;
    ValidationOptions m_options;
    std::unique_ptr<CaseRepository> m_cases;
    std::unique_ptr<LicenceRepository> m_licenceRepository;
    QList<Licence> m_licences;
    Case m_original;
    Case m_saved;
    Licence m_application;
    bool m_applicationEdited = false;
    QHash<QString, QString> m_shownErrors;

    QFormLayout *m_form = nullptr;
    QLabel *m_generalError = nullptr;
    QLineEdit *m_number = nullptr;
    QComboBox *m_type = nullptr;
    DateEdit *m_received = nullptr;
    QLabel *m_receivedError = nullptr;
    QComboBox *m_officer = nullptr;
    QLabel *m_officerError = nullptr;
    QWidget *m_licenceField = nullptr;
    QComboBox *m_licence = nullptr;
    QLabel *m_licenceError = nullptr;
    QLabel *m_applicationSummary = nullptr;
    QPushButton *m_editApplication = nullptr;
    QLabel *m_applicationError = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_missing = nullptr;
    QLabel *m_missingError = nullptr;
    QCheckBox *m_childrenYouth = nullptr;
    QCheckBox *m_publicPlace = nullptr;
    QCheckBox *m_boat = nullptr;
    QSpinBox *m_attendance = nullptr;
    QWidget *m_attendanceField = nullptr;
    QComboBox *m_eventType = nullptr;
    QLineEdit *m_requestedHours = nullptr;
    OptionalDateEdit *m_transferDate = nullptr;
    QWidget *m_transferDateField = nullptr;
    QLabel *m_transferError = nullptr;
    QCheckBox *m_transferAgreement = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace bevilling
