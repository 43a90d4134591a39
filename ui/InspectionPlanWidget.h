#pragma once

#include "Clock.h"
#include "inspections/InspectionPlan.h"

#include <QWidget>

class QLabel;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace bevilling {

class Database;

// The administrators' inspection plan for a year (read-only): the quota line (licences counted,
// 3 x required, done, met or missing), the places not inspected yet, serving inspections with one
// inspector, and the suggested priority of the places with score and reasons (InspectionPlan).
// Double-clicking a row emits licenceActivated with the place's first licence.
class InspectionPlanWidget : public QWidget
{
    Q_OBJECT
public:
    explicit InspectionPlanWidget(const Clock &clock, QWidget *parent = nullptr);
    void setDatabase(const Database *db);
    void reload();

    int year() const;
    void setYear(int year);
    // The quota line as shown, e.g. "3 licences: 9 inspections required, 4 done – 5 missing".
    QString quotaText() const;

Q_SIGNALS:
    void licenceActivated(qint64 licenceId);

private:
    void clear(const QString &message);
    void activate(QTreeWidgetItem *item);

    const Clock &m_clock;
    const Database *m_db = nullptr;
    QSpinBox *m_year = nullptr;
    QLabel *m_quota = nullptr;
    QTreeWidget *m_notInspected = nullptr;
    QTreeWidget *m_understaffed = nullptr;
    QTreeWidget *m_priority = nullptr;
};

} // namespace bevilling
