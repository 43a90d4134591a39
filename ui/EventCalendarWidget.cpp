#include "EventCalendarWidget.h"

#include <QBrush>
#include <QCalendarWidget>
#include <QColor>
#include <QFont>
#include <QLabel>
#include <QListWidget>
#include <QTextCharFormat>
#include <QVBoxLayout>

#include <algorithm>

namespace bevilling {

namespace {

constexpr int CaseIdRole = Qt::UserRole + 1;
constexpr int LicenceIdRole = Qt::UserRole + 2;

QDate lastDayOf(const Worklist::Event &event)
{
    return event.until.isValid() && event.until > event.date ? event.until : event.date;
}

} // namespace

EventCalendarWidget::EventCalendarWidget(QWidget *parent)
    : QWidget(parent),
      m_calendar(new QCalendarWidget(this)),
      m_dayLabel(new QLabel(this)),
      m_dayList(new QListWidget(this))
{
    setObjectName(QStringLiteral("eventCalendarWidget"));
    m_calendar->setObjectName(QStringLiteral("eventCalendar"));
    m_calendar->setGridVisible(true);
    m_calendar->setFirstDayOfWeek(Qt::Monday);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::ISOWeekNumbers);
    m_calendar->setAccessibleName(tr("Single-occasion events"));
    m_dayLabel->setObjectName(QStringLiteral("eventDayLabel"));
    m_dayList->setObjectName(QStringLiteral("eventDayListWidget"));
    m_dayList->setAccessibleName(tr("Events on the selected day"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_calendar);
    layout->addWidget(m_dayLabel);
    layout->addWidget(m_dayList, 1);

    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, [this] { updateMarks(); });
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, &EventCalendarWidget::updateDayList);
    connect(m_dayList, &QListWidget::itemActivated, this, &EventCalendarWidget::activate);
    updateMarks();
    updateDayList();
}

void EventCalendarWidget::setData(const QList<Case> &cases, const QList<Licence> &licences)
{
    m_cases = cases;
    m_licences = licences;
    updateMarks();
    updateDayList();
}

void EventCalendarWidget::setSelectedDate(const QDate &date)
{
    m_calendar->setSelectedDate(date);
    m_calendar->setCurrentPage(date.year(), date.month());
    updateMarks();
    updateDayList();
}

QDate EventCalendarWidget::selectedDate() const
{
    return m_calendar->selectedDate();
}

QList<Worklist::Event> EventCalendarWidget::eventsBetween(const QDate &from, const QDate &to) const
{
    if (m_cases.isEmpty() && m_licences.isEmpty())
        return {};
    return Worklist::events(m_cases, m_licences, from, to);
}

void EventCalendarWidget::updateMarks()
{
    // The page shows up to six weeks: the month and some days before and after it.
    const QDate first(m_calendar->yearShown(), m_calendar->monthShown(), 1);
    const QDate from = first.addDays(-7);
    const QDate to = first.addMonths(1).addDays(13);

    m_calendar->setDateTextFormat(QDate(), QTextCharFormat()); // clears every mark
    m_marked.clear();
    QTextCharFormat mark;
    mark.setFontWeight(QFont::Bold);
    mark.setBackground(QBrush(QColor(0xff, 0xe0, 0x82)));
    mark.setForeground(QBrush(QColor(0x1a, 0x1a, 0x1a)));
    for (const Worklist::Event &event : eventsBetween(from, to)) {
        const QDate last = std::min(lastDayOf(event), to);
        for (QDate day = std::max(event.date, from); day <= last; day = day.addDays(1)) {
            if (!m_marked.contains(day))
                m_marked.append(day);
        }
    }
    std::sort(m_marked.begin(), m_marked.end());
    for (const QDate &day : std::as_const(m_marked)) {
        QTextCharFormat format = mark;
        format.setToolTip(tr("Single-occasion event"));
        m_calendar->setDateTextFormat(day, format);
    }
}

void EventCalendarWidget::updateDayList()
{
    const QDate day = m_calendar->selectedDate();
    m_dayList->clear();
    const QList<Worklist::Event> events = eventsBetween(day, day);
    for (const Worklist::Event &event : events) {
        const QDate last = lastDayOf(event);
        const QString when = last > event.date ? tr("%1–%2").arg(formatDate(event.date), formatDate(last))
                                               : formatDate(event.date);
        auto *item = new QListWidgetItem(tr("%1  %2").arg(when, event.title), m_dayList);
        item->setData(CaseIdRole, event.caseId);
        item->setData(LicenceIdRole, event.licenceId);
        item->setToolTip(event.caseId ? tr("Return or double-click opens the case")
                                      : tr("Return or double-click shows the licence"));
    }
    m_dayLabel->setText(events.isEmpty() ? tr("No single-occasion events on %1.").arg(formatDate(day))
                                         : tr("Events on %1:").arg(formatDate(day)));
}

void EventCalendarWidget::activate(QListWidgetItem *item)
{
    if (!item)
        return;
    const qint64 caseId = item->data(CaseIdRole).toLongLong();
    const qint64 licenceId = item->data(LicenceIdRole).toLongLong();
    if (caseId)
        Q_EMIT openCaseRequested(caseId);
    else if (licenceId)
        Q_EMIT openLicenceRequested(licenceId);
}

} // namespace bevilling
