#include "CaseFilterProxyModel.h"

#include "CaseTableModel.h"
#include "validation/OrgNumber.h"

#include <QDate>
#include <QRegularExpression>

namespace bevilling {

bool CaseFilter::matches(const Case &c) const
{
    if (openOnly && !c.isOpen())
        return false;
    if (status && c.status != *status)
        return false;
    if (type && c.type != *type)
        return false;
    if (!officer.isEmpty() && c.assignedTo.compare(officer, Qt::CaseInsensitive) != 0)
        return false;
    const QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return true;
    const Licence &a = c.application;
    const QStringList haystack{c.number,
                               c.displayTitle(),
                               c.title,
                               CaseTexts::typeName(c.type),
                               CaseTexts::statusName(c.status),
                               c.assignedTo,
                               a.licensee.name,
                               a.licensee.orgNumber,
                               OrgNumber::formatted(a.licensee.orgNumber),
                               a.premises.name,
                               a.premises.address,
                               a.premises.postalPlace,
                               a.manager.name,
                               a.eventName,
                               c.notes};
    const QString all = haystack.join(QLatin1Char('\n'));
    for (const QString &word : words) {
        if (!all.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

CaseFilterProxyModel::CaseFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(CaseTableModel::SortRole);
    setDynamicSortFilter(true);
}

void CaseFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_cases = qobject_cast<CaseTableModel *>(model);
    Q_ASSERT_X(!model || m_cases, "CaseFilterProxyModel", "the source model must be a CaseTableModel");
    QSortFilterProxyModel::setSourceModel(model);
}

void CaseFilterProxyModel::setFilter(const CaseFilter &filter)
{
    m_filter = filter;
    invalidateRowsFilter();
    Q_EMIT filterChanged();
}

bool CaseFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_cases)
        return false;
    const Case *c = m_cases->caseAt(sourceRow);
    return c && m_filter.matches(*c);
}

bool CaseFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QDate && b.typeId() == QMetaType::QDate) {
        const QDate da = a.toDate();
        const QDate db = b.toDate();
        if (da.isValid() != db.isValid())
            return da.isValid(); // cases without a date last
        if (da != db)
            return da < db;
    } else if (a.typeId() == QMetaType::Int && b.typeId() == QMetaType::Int) {
        if (a.toInt() != b.toInt())
            return a.toInt() < b.toInt();
    } else {
        const int order = m_collator.compare(a.toString(), b.toString());
        if (order != 0)
            return order < 0;
    }
    // Equal values: keep a stable order by case number.
    const QModelIndex leftNumber = left.siblingAtColumn(CaseTableModel::NumberColumn);
    const QModelIndex rightNumber = right.siblingAtColumn(CaseTableModel::NumberColumn);
    return m_collator.compare(leftNumber.data().toString(), rightNumber.data().toString()) < 0;
}

} // namespace bevilling
