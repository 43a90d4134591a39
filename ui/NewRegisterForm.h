#pragma once

#include "storage/RegisterSettings.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bevilling {

// Municipality name (required), municipality number (optional, 4 digits) and where the new
// register file goes (default: Database::defaultPath()). Validates inline.
class NewRegisterForm : public QWidget
{
    Q_OBJECT
public:
    explicit NewRegisterForm(QWidget *parent = nullptr);

    RegisterInfo info() const;
    // The rule-set preset the register starts from: "national" (default) or "baerum-2020".
    QString rulePreset() const;
    void setRulePreset(const QString &preset);
    QString path() const;
    void setPath(const QString &path);

    // Shows every problem next to its field; true when the form can be used.
    bool validate();
    // An error from creating the file, shown below the location.
    void showPathError(const QString &message);

Q_SIGNALS:
    void submitted();

private:
    void updateNumberHint();

    QLineEdit *m_name;
    QLabel *m_nameError;
    QLineEdit *m_number;
    QLabel *m_numberError;
    QComboBox *m_rulePreset;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_pathError;
};

} // namespace bevilling
