#pragma once

#include <QSqlDatabase>

namespace transcendence::server {

// A transaction that rolls back unless commit() was called: every early return of a multi-step
// write leaves the database as it was. isOpen() is false when the connection is down or BEGIN
// failed; commit() rolls back and returns false when COMMIT fails.
class Transaction {
public:
    explicit Transaction(QSqlDatabase &db)
        : m_db(db)
        , m_open(db.isOpen() && db.transaction())
    {}
    ~Transaction()
    {
        if (m_open) {
            m_db.rollback();
        }
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = false;
        if (!m_db.commit()) {
            m_db.rollback();
            return false;
        }
        return true;
    }

private:
    QSqlDatabase &m_db;
    bool m_open;
};

} // namespace transcendence::server
