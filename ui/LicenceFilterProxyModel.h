#pragma once

#include "Clock.h"
#include "domain/LicenceFilter.h"

#include <QCollator>
#include <QSortFilterProxyModel>

namespace bevilling {

class LicenceTableModel;

// Filters a LicenceTableModel with core's LicenceFilter and sorts it: dates as dates,
// licence numbers and text naturally ("2024-9" before "2024-10"), kinds and statuses in
// their domain order.
class LicenceFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LicenceFilterProxyModel(const Clock &clock, QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    const LicenceFilter &filter() const { return m_filter; }
    void setFilter(const LicenceFilter &filter);

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const Clock &m_clock;
    LicenceTableModel *m_licences = nullptr;
    LicenceFilter m_filter;
    QCollator m_collator;
};

} // namespace bevilling
