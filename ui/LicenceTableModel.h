#pragma once

#include "Clock.h"
#include "domain/Licence.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace bevilling {

// The licence register as a table: one row per licence.
class LicenceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        KindColumn,
        LicenseeColumn,
        PremisesColumn,
        GroupsColumn,
        ValidFromColumn,
        ValidToColumn,
        StatusColumn,
        ManagerColumn,
        ColumnCount
    };
    enum Role {
        // A value to sort by: QDate for dates, the kind/status enum as int, text otherwise.
        SortRole = Qt::UserRole + 1,
        IdRole,
    };

    explicit LicenceTableModel(const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLicences(const QList<Licence> &licences);
    // Licences suspended today (licence id -> last day of the suspension): their status reads
    // "Suspended until …" (alkoholloven § 1-8).
    void setSuspensions(const QHash<qint64, QDate> &suspendedUntil);
    const QList<Licence> &licences() const { return m_licences; }
    // Replaces the licence with the same id, or appends it.
    void upsert(const Licence &licence);
    // The licence on `row`, or nullptr.
    const Licence *licenceAt(int row) const;
    // The row of licence `id`, or -1.
    int rowOf(qint64 id) const;

private:
    QVariant displayData(const Licence &licence, int column) const;
    QVariant sortData(const Licence &licence, int column) const;

    const Clock &m_clock;
    QList<Licence> m_licences;
    QHash<qint64, QDate> m_suspendedUntil;
};

} // namespace bevilling
