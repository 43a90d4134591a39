#include "LicenceTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>

namespace bevilling {

LicenceTableModel::LicenceTableModel(const Clock &clock, QObject *parent) : QAbstractTableModel(parent), m_clock(clock)
{
}

int LicenceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_licences.size());
}

int LicenceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LicenceTableModel::displayData(const Licence &licence, int column) const
{
    switch (column) {
    case NumberColumn: return licence.number;
    case KindColumn: return DomainTexts::kindName(licence.kind);
    case LicenseeColumn: return licence.licensee.name;
    case PremisesColumn: return licence.premises.name.isEmpty() ? licence.eventName : licence.premises.name;
    case GroupsColumn: return DomainTexts::groupsText(licence.groups);
    case ValidFromColumn: return formatDate(licence.validFrom);
    case ValidToColumn: return formatDate(licence.validTo);
    case StatusColumn:
        if (m_suspendedUntil.contains(licence.id) && licence.statusOn(m_clock.today()) == LicenceStatus::Active)
            return tr("Suspended until %1").arg(formatDate(m_suspendedUntil.value(licence.id)));
        return DomainTexts::statusName(licence.statusOn(m_clock.today()));
    case ManagerColumn: return licence.manager.name;
    default: return {};
    }
}

QVariant LicenceTableModel::sortData(const Licence &licence, int column) const
{
    switch (column) {
    case KindColumn: return static_cast<int>(licence.kind);
    case GroupsColumn: return licence.groups;
    case ValidFromColumn: return licence.validFrom;
    case ValidToColumn: return licence.validTo;
    case StatusColumn: return static_cast<int>(licence.statusOn(m_clock.today()));
    default: return displayData(licence, column);
    }
}

QVariant LicenceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Licence &licence = m_licences.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(licence, index.column());
    case SortRole: return sortData(licence, index.column());
    case IdRole: return licence.id;
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && licence.isEnded() && licence.endReason)
            return tr("Ended %1: %2").arg(formatDate(licence.endedOn), DomainTexts::endReasonName(*licence.endReason));
        if (index.column() == PremisesColumn && !licence.premises.address.isEmpty())
            return QString(licence.premises.address + QStringLiteral(", ") + licence.premises.postalCode + QLatin1Char(' ')
                           + licence.premises.postalPlace);
        return {};
    case Qt::ForegroundRole: {
        const LicenceStatus status = licence.statusOn(m_clock.today());
        if (status == LicenceStatus::Ended || status == LicenceStatus::Expired)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    }
    case Qt::FontRole:
        if (index.column() == NumberColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant LicenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("Number");
    case KindColumn: return tr("Kind");
    case LicenseeColumn: return tr("Licensee");
    case PremisesColumn: return tr("Premises / occasion");
    case GroupsColumn: return tr("Groups");
    case ValidFromColumn: return tr("Valid from");
    case ValidToColumn: return tr("Valid to");
    case StatusColumn: return tr("Status");
    case ManagerColumn: return tr("Manager");
    default: return {};
    }
}

void LicenceTableModel::setLicences(const QList<Licence> &licences)
{
    beginResetModel();
    m_licences = licences;
    endResetModel();
}

void LicenceTableModel::setSuspensions(const QHash<qint64, QDate> &suspendedUntil)
{
    m_suspendedUntil = suspendedUntil;
    if (!m_licences.isEmpty())
        Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn), {Qt::DisplayRole});
}

void LicenceTableModel::upsert(const Licence &licence)
{
    const int row = rowOf(licence.id);
    if (row >= 0) {
        m_licences[row] = licence;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int newRow = static_cast<int>(m_licences.size());
    beginInsertRows(QModelIndex(), newRow, newRow);
    m_licences.append(licence);
    endInsertRows();
}

const Licence *LicenceTableModel::licenceAt(int row) const
{
    return row >= 0 && row < m_licences.size() ? &m_licences.at(row) : nullptr;
}

int LicenceTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_licences.size(); ++i) {
        if (m_licences.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace bevilling
