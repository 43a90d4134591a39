#pragma once

#include "storage/RegisterSettings.h"

#include <QWidget>

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
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_pathError;
};

} // namespace bevilling
