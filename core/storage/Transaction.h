#pragma once

#include <QSqlDatabase>
#include <QSqlError>

namespace bevilling {

// RAII transaction: rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)) { m_active = m_db.transaction(); }
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        if (!m_db.commit())
            return false;
        m_active = false;
        return true;
    }
    QString lastError() const { return m_db.lastError().text(); }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace bevilling
