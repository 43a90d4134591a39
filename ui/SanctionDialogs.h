#pragma once

#include "Clock.h"
#include "Result.h"
#include "inspections/Sanction.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace bevilling {

class Database;
class DateEdit;

// The dialogs of a sanction case. Each one saves through SanctionRepository when accepted and
// stays open with the message next to its field when the save is refused (nothing half-saved).
class SanctionFormDialog : public QDialog
{
    Q_OBJECT
public:
    // The case as saved by the dialog (valid after accept()).
    const SanctionCase &result() const { return m_result; }
    QDialogButtonBox *buttonBox() const { return m_buttons; }
    // The inline message label of `field` (an Error.field of the repository) or of the whole form.
    QLabel *errorLabel(const QString &field) const;

protected:
    SanctionFormDialog(const Database &db, const Clock &clock, QWidget *parent);
    // A field row with its inline error label below it.
    void addRow(const QString &label, QWidget *field, const QString &errorField);
    void clearErrors();
    void showError(const Error &error);
    void showFieldError(const QString &field, const QString &message);
    bool hasErrors() const;
    void finishLayout();
    virtual Result<SanctionCase> save() = 0;

    const Database &m_db;
    const Clock &m_clock;
    QFormLayout *m_form;
    QLabel *m_generalError;
    QDialogButtonBox *m_buttons;
    QHash<QString, QLabel *> m_errors;
    SanctionCase m_result;

public:
    void accept() override;
};

// A sanction case from another authority's report (police, Skatteetaten) without an inspection.
class SanctionReportDialog : public SanctionFormDialog
{
    Q_OBJECT
public:
    SanctionReportDialog(const Database &db, const Clock &clock, QWidget *parent = nullptr);
    QLineEdit *licenceSearch() const { return m_search; }
    QListWidget *licenceList() const { return m_licences; }
    QComboBox *codeComboBox() const { return m_code; }
    DateEdit *offenceDateEdit() const { return m_date; }
    QComboBox *authorityComboBox() const { return m_authority; }
    QLineEdit *otherAuthorityEdit() const { return m_other; }
    void selectLicence(qint64 id);

protected:
    Result<SanctionCase> save() override;

private:
    void filterLicences();
    QLineEdit *m_search;
    QListWidget *m_licences;
    QComboBox *m_code;
    DateEdit *m_date;
    QComboBox *m_authority;
    QLineEdit *m_other;
};

// Forhåndsvarsel (advance notice) on prikker, or of a suspension (listing the whole basis).
class SanctionNoticeDialog : public SanctionFormDialog
{
    Q_OBJECT
public:
    enum class Kind { AdvanceNotice, SuspensionNotice };
    SanctionNoticeDialog(const Database &db, const Clock &clock, const SanctionCase &c, Kind kind, const QString &basis,
                         QWidget *parent = nullptr);
    DateEdit *sentEdit() const { return m_sent; }
    DateEdit *deadlineEdit() const { return m_deadline; }

protected:
    Result<SanctionCase> save() override;

private:
    qint64 m_id;
    Kind m_kind;
    DateEdit *m_sent;
    DateEdit *m_deadline = nullptr;
};

// The licensee's response to the advance notice.
class SanctionResponseDialog : public SanctionFormDialog
{
    Q_OBJECT
public:
    SanctionResponseDialog(const Database &db, const Clock &clock, const SanctionCase &c, QWidget *parent = nullptr);
    QPlainTextEdit *responseEdit() const { return m_response; }

protected:
    Result<SanctionCase> save() override;

private:
    qint64 m_id;
    QPlainTextEdit *m_response;
};

// The decision on prikker: final prikker per finding (a deviation needs its reason).
class SanctionDecisionDialog : public SanctionFormDialog
{
    Q_OBJECT
public:
    SanctionDecisionDialog(const Database &db, const Clock &clock, const SanctionCase &c, QWidget *parent = nullptr);
    QSpinBox *prikkerSpinBox(int finding) const { return m_prikker.value(finding); }
    QLineEdit *reasonEdit(int finding) const { return m_reasons.value(finding); }
    DateEdit *decidedOnEdit() const { return m_decidedOn; }
    QLineEdit *decidedByEdit() const { return m_decidedBy; }
    QLineEdit *referenceEdit() const { return m_reference; }

protected:
    Result<SanctionCase> save() override;

private:
    SanctionCase m_case;
    QList<QSpinBox *> m_prikker;
    QList<QLineEdit *> m_reasons;
    DateEdit *m_decidedOn;
    QLineEdit *m_decidedBy;
    QLineEdit *m_reference;
};

// The decision on a suspension: days from the rules engine, planned from/to; a start more than
// four weeks after the decision asks for confirmation.
class SuspensionDecisionDialog : public SanctionFormDialog
{
    Q_OBJECT
public:
    SuspensionDecisionDialog(const Database &db, const Clock &clock, const SanctionCase &c, int days,
                             QWidget *parent = nullptr);
    DateEdit *decidedEdit() const { return m_decided; }
    DateEdit *fromEdit() const { return m_from; }
    DateEdit *toEdit() const { return m_to; }
    int days() const { return m_days; }

protected:
    Result<SanctionCase> save() override;

private:
    SanctionCase m_case;
    int m_days;
    DateEdit *m_decided;
    DateEdit *m_from;
    DateEdit *m_to;
};

// An appeal: registered (received, grounds), or its outcome (overturned / upheld, with date).
class SanctionAppealDialog : public SanctionFormDialog
{
    Q_OBJECT
public:
    enum class Mode { Register, Outcome };
    SanctionAppealDialog(const Database &db, const Clock &clock, const SanctionCase &c, Mode mode,
                         QWidget *parent = nullptr);
    DateEdit *dateEdit() const { return m_date; }
    QPlainTextEdit *groundsEdit() const { return m_grounds; }
    QRadioButton *overturnedButton() const { return m_overturned; }
    QRadioButton *upheldButton() const { return m_upheld; }

protected:
    Result<SanctionCase> save() override;

private:
    qint64 m_id;
    Mode m_mode;
    DateEdit *m_date;
    QPlainTextEdit *m_grounds = nullptr;
    QRadioButton *m_overturned = nullptr;
    QRadioButton *m_upheld = nullptr;
};

} // namespace bevilling
