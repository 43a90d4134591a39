#pragma once

#include "Clock.h"
#include "storage/Database.h"

#include <QDialog>

#include <memory>

namespace bevilling {

class NewRegisterForm;

// "New register file": an empty register for a municipality, created when the user presses Create.
class NewRegisterDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewRegisterDialog(const Clock &clock, QWidget *parent = nullptr);
    ~NewRegisterDialog() override;

    NewRegisterForm *form() const { return m_form; }
    // The created register (once, after the dialog was accepted).
    std::unique_ptr<Database> takeDatabase() { return std::move(m_db); }

    void accept() override;

private:
    const Clock &m_clock;
    NewRegisterForm *m_form;
    std::unique_ptr<Database> m_db;
};

} // namespace bevilling
