#include "SanctionTableModel.h"

#include "domain/Licence.h"
#include "rules/Findings.h"

#include <QRegularExpression>

namespace bevilling {

SanctionTableModel::SanctionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SanctionTableModel::setRows(const QList<SanctionRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int SanctionTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).sanction.id == id)
            return i;
    }
    return -1;
}

const SanctionRow *SanctionTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QDate SanctionTableModel::nextDeadlineOf(const SanctionCase &c, const QDate &today)
{
    switch (c.status) {
    case SanctionStatus::AdvanceNotice:
        return c.responseDeadline;
    case SanctionStatus::Decided:
        return c.decidedOn.isValid() && c.decidedOn.addDays(AppealPeriodDays) >= today ? c.decidedOn.addDays(AppealPeriodDays)
                                                                                       : QDate();
    case SanctionStatus::SuspensionDecided:
        if (c.suspension && c.suspension->from > today)
            return c.suspension->from;
        if (c.suspension && c.suspension->to >= today)
            return c.suspension->to;
        return QDate();
    default:
        return QDate();
    }
}

QString SanctionTableModel::findingsText(const SanctionCase &c)
{
    QStringList texts;
    for (const SanctionFinding &f : c.findings) {
        const std::optional<rules::FindingCode> code = rules::Findings::find(f.code);
        const QString text = code ? code->text : f.code;
        if (!texts.contains(text))
            texts.append(text);
    }
    return texts.join(QStringLiteral("; "));
}

int SanctionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SanctionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SanctionTableModel::data(const QModelIndex &index, int role) const
{
    const SanctionRow *row = rowAt(index.row());
    if (!row || !index.isValid())
        return {};
    const SanctionCase &c = row->sanction;
    switch (role) {
    case IdRole:
        return c.id;
    case StatusKeyRole:
        return SanctionTexts::statusKey(c.status);
    case OpenRole:
        return c.status != SanctionStatus::Closed;
    case SearchTextRole:
        return QStringList{c.number, row->licenceNumber, row->licensee, row->premises, findingsText(c),
                           SanctionTexts::statusName(c.status)}
            .join(QLatin1Char(' '));
    case Qt::TextAlignmentRole:
        if (index.column() == ProposedColumn || index.column() == DecidedColumn || index.column() == TotalColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case ProposedColumn:
            return row->proposedPrikker;
        case DecidedColumn:
            return row->decidedPrikker.value_or(-1);
        case TotalColumn:
            return row->runningTotal;
        case DeadlineColumn:
            return row->nextDeadline;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return c.number;
        case LicenceColumn:
            return row->licenceNumber.isEmpty() ? row->licensee : QString(row->licenceNumber + QStringLiteral(" – ") + row->licensee);
        case StatusColumn:
            return SanctionTexts::statusName(c.status);
        case FindingsColumn:
            return findingsText(c);
        case ProposedColumn:
            return row->proposedPrikker;
        case DecidedColumn:
            return row->decidedPrikker ? QVariant(*row->decidedPrikker) : QVariant(QString());
        case TotalColumn:
            return row->runningTotal;
        case DeadlineColumn:
            return row->nextDeadline.isValid() ? formatDate(row->nextDeadline) : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant SanctionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case LicenceColumn:
        return tr("Licence / licensee");
    case StatusColumn:
        return tr("Status");
    case FindingsColumn:
        return tr("Findings");
    case ProposedColumn:
        return tr("Proposed");
    case DecidedColumn:
        return tr("Decided");
    case TotalColumn:
        return tr("Total");
    case DeadlineColumn:
        return tr("Next deadline");
    default:
        return {};
    }
}

SanctionFilterProxyModel::SanctionFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SanctionTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void SanctionFilterProxyModel::setFilter(const QString &text, std::optional<SanctionStatus> status, bool openOnly)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    m_words = text.split(spaces, Qt::SkipEmptyParts);
    m_status = status ? SanctionTexts::statusKey(*status) : QString();
    m_openOnly = openOnly;
    invalidateFilter();
}

bool SanctionFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_openOnly && !index.data(SanctionTableModel::OpenRole).toBool())
        return false;
    if (!m_status.isEmpty() && index.data(SanctionTableModel::StatusKeyRole).toString() != m_status)
        return false;
    const QString haystack = index.data(SanctionTableModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace bevilling
