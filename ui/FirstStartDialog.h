#pragma once

#include "Clock.h"
#include "storage/Database.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace bevilling {

class NewRegisterForm;

// Shown when there is no register yet: create an empty one for a municipality, open an
// existing file, or explore the demo register with fictional licences.
class FirstStartDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstStartDialog(const Clock &clock, QWidget *parent = nullptr);
    ~FirstStartDialog() override;

    NewRegisterForm *form() const { return m_form; }
    // The register the user created or opened (once, after the dialog was accepted).
    std::unique_ptr<Database> takeDatabase() { return std::move(m_db); }

    void createRegister();
    void openExisting();
    void exploreDemo();

private:
    const Clock &m_clock;
    NewRegisterForm *m_form;
    std::unique_ptr<Database> m_db;
};

} // namespace bevilling
