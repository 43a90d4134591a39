#include "OptionalDateEdit.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>

namespace bevilling {

namespace {
const QDate kEmpty(1900, 1, 1);
}

OptionalDateEdit::OptionalDateEdit(QWidget *parent) : DateEdit(parent), m_emptyPage(QDate::currentDate())
{
    setMinimumDate(kEmpty);
    setSpecialValueText(QStringLiteral(" "));
    setDate(kEmpty);
    connect(this, &QDateEdit::dateChanged, this, [this] { Q_EMIT optionalDateChanged(optionalDate()); });
}

QDate OptionalDateEdit::optionalDate() const
{
    return date() == minimumDate() ? QDate() : date();
}

void OptionalDateEdit::setOptionalDate(const QDate &date)
{
    setDate(date.isValid() ? date : minimumDate());
}

bool OptionalDateEdit::isEmpty() const
{
    return !optionalDate().isValid();
}

void OptionalDateEdit::clear()
{
    setDate(minimumDate());
}

void OptionalDateEdit::setEmptyCalendarPage(const QDate &date)
{
    m_emptyPage = date;
}

QAbstractSpinBox::StepEnabled OptionalDateEdit::stepEnabled() const
{
    return isEmpty() ? (StepUpEnabled | StepDownEnabled) : DateEdit::stepEnabled();
}

void OptionalDateEdit::stepBy(int steps)
{
    if (isEmpty()) {
        setDate(m_emptyPage.isValid() ? m_emptyPage : QDate::currentDate());
        return;
    }
    DateEdit::stepBy(steps);
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    const bool erase = event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace;
    if (erase && (isEmpty() || lineEdit()->selectedText() == lineEdit()->text())) {
        clear();
        event->accept();
        return;
    }
    if (isEmpty() && !event->text().isEmpty() && event->text().at(0).isDigit()) {
        // Typing into an empty field starts a fresh date: "17.05.1980" or "17051980".
        setDate(m_emptyPage.isValid() ? m_emptyPage : QDate::currentDate());
        setCurrentSection(QDateTimeEdit::DaySection);
        lineEdit()->selectAll();
        lineEdit()->setSelection(0, 2);
    }
    DateEdit::keyPressEvent(event);
}

void OptionalDateEdit::mousePressEvent(QMouseEvent *event)
{
    if (isEmpty() && calendarWidget())
        calendarWidget()->setCurrentPage(m_emptyPage.year(), m_emptyPage.month());
    DateEdit::mousePressEvent(event);
}

} // namespace bevilling
