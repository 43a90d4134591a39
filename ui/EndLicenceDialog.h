#pragma once

#include "Clock.h"
#include "domain/Licence.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace bevilling {

class LicenceRepository;

// "End licence": the end date, why, and a note. Saves through the repository at once.
class EndLicenceDialog : public QDialog
{
    Q_OBJECT
public:
    EndLicenceDialog(LicenceRepository &repository, const Clock &clock, const Licence &licence,
                     QWidget *parent = nullptr);

    const Licence &savedLicence() const { return m_saved; }
    void accept() override;

private:
    void showError(const QString &field, const QString &message);

    LicenceRepository &m_repository;
    Licence m_licence;
    Licence m_saved;
    QDateEdit *m_date;
    QLabel *m_dateError;
    QComboBox *m_reason;
    QPlainTextEdit *m_note;
    QLabel *m_error;
    QPushButton *m_save;
};

} // namespace bevilling
