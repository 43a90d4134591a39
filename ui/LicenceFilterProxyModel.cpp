#include "LicenceFilterProxyModel.h"

#include "LicenceTableModel.h"

#include <QDate>

namespace bevilling {

LicenceFilterProxyModel::LicenceFilterProxyModel(const Clock &clock, QObject *parent)
    : QSortFilterProxyModel(parent), m_clock(clock)
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(LicenceTableModel::SortRole);
    setDynamicSortFilter(true);
}

void LicenceFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_licences = qobject_cast<LicenceTableModel *>(model);
    Q_ASSERT_X(!model || m_licences, "LicenceFilterProxyModel", "the source model must be a LicenceTableModel");
    QSortFilterProxyModel::setSourceModel(model);
}

void LicenceFilterProxyModel::setFilter(const LicenceFilter &filter)
{
    m_filter = filter;
    invalidateRowsFilter();
    Q_EMIT filterChanged();
}

bool LicenceFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_licences)
        return false;
    const Licence *licence = m_licences->licenceAt(sourceRow);
    return licence && m_filter.matches(*licence, m_clock.today());
}

bool LicenceFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QDate && b.typeId() == QMetaType::QDate) {
        const QDate da = a.toDate();
        const QDate db = b.toDate();
        if (da.isValid() != db.isValid())
            return !da.isValid(); // missing dates first
        return da < db;
    }
    if (a.typeId() == QMetaType::Int && b.typeId() == QMetaType::Int)
        return a.toInt() < b.toInt();
    const int order = m_collator.compare(a.toString(), b.toString());
    if (order != 0)
        return order < 0;
    // Equal texts: keep a stable, meaningful order by licence number.
    const QModelIndex leftNumber = left.siblingAtColumn(LicenceTableModel::NumberColumn);
    const QModelIndex rightNumber = right.siblingAtColumn(LicenceTableModel::NumberColumn);
    return m_collator.compare(leftNumber.data().toString(), rightNumber.data().toString()) < 0;
}

} // namespace bevilling
