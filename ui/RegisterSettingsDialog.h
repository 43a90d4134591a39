#pragma once

#include "Clock.h"
#include "storage/RegisterSettings.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace bevilling {

class Database;

// The register's own settings: municipality name and number, whether sales licences may
// cover group 2. Saved in the register (with an audit entry) when the user presses Save.
class RegisterSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    RegisterSettingsDialog(const Database &db, const Clock &clock, QWidget *parent = nullptr);

    const RegisterInfo &savedInfo() const { return m_info; }
    void accept() override;

private:
    RegisterSettings m_settings;
    RegisterInfo m_info;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QLineEdit *m_number;
    QLabel *m_numberError;
    QCheckBox *m_allowSaleGroup2;
    QLabel *m_error;
};

} // namespace bevilling
