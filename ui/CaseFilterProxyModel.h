#pragma once

#include "cases/Case.h"

#include <QCollator>
#include <QSortFilterProxyModel>

#include <optional>

namespace bevilling {

class CaseTableModel;

// What the filter bar of the cases area describes; empty parts match everything.
struct CaseFilter
{
    QString text;                       // every word must occur in the case (number, applicant, premises, ...)
    std::optional<CaseStatus> status;
    std::optional<CaseType> type;
    QString officer;                    // exact officer name; empty: any
    bool openOnly = false;              // "Bare åpne saker"

    bool matches(const Case &c) const;
};

// Filters a CaseTableModel with a CaseFilter and sorts it: dates as dates, numbers naturally,
// types and statuses in their domain order, cases without a running clock last by days left.
class CaseFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CaseFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    const CaseFilter &filter() const { return m_filter; }
    void setFilter(const CaseFilter &filter);

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    CaseTableModel *m_cases = nullptr;
    CaseFilter m_filter;
    QCollator m_collator;
};

} // namespace bevilling
