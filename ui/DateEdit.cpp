#include "DateEdit.h"

#include <QKeyEvent>

namespace bevilling {

DateEdit::DateEdit(QWidget *parent) : QDateEdit(parent)
{
    setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    setCalendarPopup(true);
    setMinimumDate(QDate(1900, 1, 1));
    setMaximumDate(QDate(2200, 12, 31));
}

void DateEdit::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    const bool separator = text.size() == 1 && QStringLiteral(".,/-").contains(text.at(0));
    if (separator && m_advancedByDigit) {
        // The section was full and Qt already moved on; this separator only confirms that.
        m_advancedByDigit = false;
        event->accept();
        return;
    }
    const bool digit = text.size() == 1 && text.at(0).isDigit();
    const Section before = currentSection();
    QDateEdit::keyPressEvent(event);
    m_advancedByDigit = digit && currentSection() != before;
}

void DateEdit::focusInEvent(QFocusEvent *event)
{
    m_advancedByDigit = false;
    QDateEdit::focusInEvent(event);
}

bool DateEdit::focusNextPrevChild(bool next)
{
    return QWidget::focusNextPrevChild(next);
}

} // namespace bevilling
