#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace transcendence::server {

// Statements prepared once per connection and kept. Qt 6.4's QPSQL runs PREPARE when a query is
// prepared and DEALLOCATE when the QSqlQuery dies: three round trips and a parse per statement.
// A query taken from here stays alive with its connection (keyed by SQL text, per thread, since a
// connection belongs to one thread), so each use is one EXECUTE. Bind values again before each
// exec() (exec resets the bind position). Not for a statement that is executed again while its
// previous result is still being read: that needs a QSqlQuery of its own.
namespace prepared_statements {

// The query for sql on db, prepared on first use. If PREPARE fails, the query returned is not
// kept: its exec() fails with the error, as an unkept QSqlQuery's would.
QSqlQuery &get(const QSqlDatabase &db, const QString &sql);

// Drops this thread's statements of the named connection: call before the connection is closed,
// removed or re-opened (DatabaseConnection does), since statements die with their session.
void forgetConnection(const QString &connectionName);

// True the first time it is asked for this key since the connection was (re-)opened: for
// per-session set-up such as LISTEN, which dies with the session as statements do.
bool firstUseSinceOpen(const QSqlDatabase &db, const QString &key);

// How many statements this thread keeps for the connection (for tests).
int count(const QString &connectionName);

} // namespace prepared_statements
} // namespace transcendence::server
