#pragma once

#include "cases/Case.h"
#include "cases/Worklist.h"
#include "domain/Licence.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QCalendarWidget;
class QLabel;
class QListWidget;
class QListWidgetItem;

namespace bevilling {

// A month calendar of single-occasion events (enkelt anledning): days with an event are marked,
// and the events of the selected day are listed below the calendar. Moving to another month
// marks that month's days. Activating an event asks to open its case or licence.
class EventCalendarWidget : public QWidget
{
    Q_OBJECT
public:
    explicit EventCalendarWidget(QWidget *parent = nullptr);

    // The register's cases and licences the events come from.
    void setData(const QList<Case> &cases, const QList<Licence> &licences);
    void setSelectedDate(const QDate &date);
    QDate selectedDate() const;

    QCalendarWidget *calendar() const { return m_calendar; }
    QListWidget *dayList() const { return m_dayList; }
    // The days of the shown page (the month with the days around it) that carry a mark, sorted.
    QList<QDate> markedDates() const { return m_marked; }

Q_SIGNALS:
    void openCaseRequested(qint64 caseId);
    void openLicenceRequested(qint64 licenceId);

private:
    void updateMarks();
    void updateDayList();
    void activate(QListWidgetItem *item);
    QList<Worklist::Event> eventsBetween(const QDate &from, const QDate &to) const;

    QList<Case> m_cases;
    QList<Licence> m_licences;
    QList<QDate> m_marked;
    QCalendarWidget *m_calendar;
    QLabel *m_dayLabel;
    QListWidget *m_dayList;
};

} // namespace bevilling
