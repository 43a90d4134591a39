#pragma once

#include <QDateEdit>

namespace bevilling {

// A date field shown as dd.MM.yyyy with a calendar popup. Typing "17.05.1980" works as a
// person expects: the dot after a full day or month does not skip the next part, and Tab
// leaves the field like any other.
class DateEdit : public QDateEdit
{
    Q_OBJECT
public:
    explicit DateEdit(QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    // Tab moves to the next field, not the next part of the date (type a dot for that).
    bool focusNextPrevChild(bool next) override;

private:
    bool m_advancedByDigit = false;
};

} // namespace bevilling
