#pragma once

#include "db/DatabaseUrl.h"

#include <QSqlDatabase>
#include <QString>

struct pg_conn; // libpq's PGconn

namespace transcendence::server {

// A QSqlDatabase may only be used by the thread that opened it, so every thread opens its own,
// under a name that says whose it is ("main", "health-probe", ...).
class DatabaseConnection {
public:
    // Opens (or re-opens) the named connection and sets the session time zone to UTC.
    // Returns an invalid QSqlDatabase and fills *error when the database cannot be reached.
    static QSqlDatabase open(const DatabaseSettings &settings, const QString &name, QString *error);
    static void remove(const QString &name);
    // True when the connection was lost (e.g. the database restarted); open() then re-opens it.
    static bool isBroken(const QSqlDatabase &db);
    // The libpq connection behind a QPSQL connection, for what QPSQL cannot do; null otherwise.
    static pg_conn *libpqHandle(const QSqlDatabase &db);
};

} // namespace transcendence::server
