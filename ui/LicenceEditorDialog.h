#pragma once

#include "Clock.h"
#include "domain/Licence.h"
#include "validation/LicenceValidator.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QVBoxLayout;

namespace bevilling {

class LicenceRepository;
class OptionalDateEdit;

// Creates or edits one licence. Validation runs in core (LicenceValidator); each message is
// shown in red right below the field it names, and nothing is saved while anything is wrong.
// "Save" writes through the repository at once (with its audit entry).
class LicenceEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // A new licence: the number is prefilled with the next free one of the current year.
    LicenceEditorDialog(LicenceRepository &repository, const Clock &clock, ValidationOptions options,
                        QWidget *parent = nullptr);
    // Edits `licence`.
    LicenceEditorDialog(LicenceRepository &repository, const Clock &clock, ValidationOptions options,
                        const Licence &licence, QWidget *parent = nullptr);
    // Application mode: edits the licence a case applies for (Case::application). No licence
    // number is asked for, and Save returns the form as savedLicence() without writing anything.
    struct ApplicationMode {};
    LicenceEditorDialog(LicenceRepository &repository, const Clock &clock, ValidationOptions options,
                        const Licence &application, ApplicationMode, QWidget *parent = nullptr);
    ~LicenceEditorDialog() override;

    bool isApplicationMode() const { return m_applicationMode; }

    bool isNew() const { return m_original.id == 0; }
    // The licence as the form describes it now.
    Licence licenceFromForm() const;
    // The stored licence after a successful save.
    const Licence &savedLicence() const { return m_saved; }
    // Messages shown now, field id -> message (for tests and the log).
    QHash<QString, QString> shownErrors() const { return m_shownErrors; }

    void accept() override;
    void reject() override;

    // Runs the validator and shows its messages; returns true when the form is valid.
    bool validateForm();
    // The hint under the period: the latest legal end date for the start date (alkoholloven § 1-6).
    QString periodHint() const;

private:
    struct PersonRow;

    void build();
    void load(const Licence &licence);
    QWidget *fieldWithError(QWidget *field, QLabel *error);
    QLabel *makeErrorLabel(const QString &objectName);
    QWidget *personHeader();
    PersonRow *addPersonRow(PersonRole role);
    void removeDeputy(PersonRow *row);
    void renumberDeputies();
    void updateKindDependentFields();
    void updateTabOrder();
    void onFormChanged();
    void updateOrgNumberHint(bool finished);
    void clearErrors();
    void showErrors(const QList<FieldError> &errors);
    void save();
    void watch(QWidget *widget);
    // The validator's findings for the form (without the licence number in application mode).
    QList<FieldError> formErrors() const;

    LicenceRepository &m_repository;
    const Clock &m_clock;
    ValidationOptions m_options;
    Licence m_original;
    Licence m_saved;
    bool m_validationLive = false;
    bool m_modified = false;
    bool m_loading = false;
    bool m_applicationMode = false;
    QHash<QString, QString> m_shownErrors;

    QScrollArea *m_scroll = nullptr;
    QLabel *m_generalError = nullptr;

    QLineEdit *m_number = nullptr;
    QLabel *m_numberError = nullptr;
    QComboBox *m_kind = nullptr;
    QFormLayout *m_licenceForm = nullptr;
    QWidget *m_eventNameField = nullptr;
    QLineEdit *m_eventName = nullptr;
    QLabel *m_eventNameError = nullptr;
    QCheckBox *m_closedParty = nullptr;

    QGroupBox *m_licenseeGroup = nullptr;
    QLineEdit *m_licenseeName = nullptr;
    QLabel *m_licenseeNameError = nullptr;
    QLineEdit *m_orgNumber = nullptr;
    QLabel *m_orgNumberError = nullptr;
    QLineEdit *m_licenseeAddress = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;

    QGroupBox *m_premisesGroup = nullptr;
    QLabel *m_premisesHint = nullptr;
    QLineEdit *m_premisesName = nullptr;
    QLabel *m_premisesNameError = nullptr;
    QLineEdit *m_premisesAddress = nullptr;
    QLabel *m_premisesAddressError = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_postalPlace = nullptr;
    QLabel *m_postalCodeError = nullptr;
    QComboBox *m_premisesType = nullptr;
    QSpinBox *m_capacity = nullptr;
    QLabel *m_capacityError = nullptr;

    QGroupBox *m_peopleGroup = nullptr;
    QLabel *m_peopleHint = nullptr;
    QVBoxLayout *m_peopleLayout = nullptr;
    PersonRow *m_manager = nullptr;
    QList<PersonRow *> m_deputies;
    QLabel *m_deputiesError = nullptr;
    QPushButton *m_addDeputy = nullptr;

    QCheckBox *m_group1 = nullptr;
    QCheckBox *m_group2 = nullptr;
    QCheckBox *m_group3 = nullptr;
    QLabel *m_groupsError = nullptr;
    QGroupBox *m_areasGroup = nullptr;
    QCheckBox *m_indoor = nullptr;
    QLineEdit *m_indoorDescription = nullptr;
    QCheckBox *m_outdoor = nullptr;
    QLineEdit *m_outdoorDescription = nullptr;
    QLabel *m_areasError = nullptr;

    QDateEdit *m_validFrom = nullptr;
    QDateEdit *m_validTo = nullptr;
    QLabel *m_periodHint = nullptr;
    QLabel *m_periodError = nullptr;
    // A new ordinary licence's end date follows the start date (the legal latest end) until the
    // officer sets the end date by hand.
    bool m_validToFollowsStart = false;

    QPlainTextEdit *m_conditions = nullptr;
    QPlainTextEdit *m_notes = nullptr;

    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace bevilling
