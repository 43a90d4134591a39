#pragma once

#include <QDate>
#include "DateEdit.h"

namespace bevilling {

// A date field (dd.MM.yyyy, calendar popup) that may also be empty: the empty state is the
// minimum date, shown as blank. Delete or Backspace over the whole text empties it again.
class OptionalDateEdit : public DateEdit
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    // An invalid QDate when empty.
    QDate optionalDate() const;
    void setOptionalDate(const QDate &date);
    bool isEmpty() const;
    void clear() override;

    // The page the calendar opens on while the field is empty.
    void setEmptyCalendarPage(const QDate &date);
    // Up/Down (or the mouse wheel) in an empty field start from the calendar page date.
    void stepBy(int steps) override;

Q_SIGNALS:
    void optionalDateChanged(const QDate &date);

protected:
    StepEnabled stepEnabled() const override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QDate m_emptyPage;
};

} // namespace bevilling
