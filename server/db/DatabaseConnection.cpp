#include "db/DatabaseConnection.h"

#include "db/PreparedStatements.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace transcendence::server {

pg_conn *DatabaseConnection::libpqHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt 6 names the metatype after the struct behind libpq's PGconn typedef.
    if (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0) {
        return nullptr;
    }
    return *static_cast<PGconn *const *>(handle.data());
}

bool DatabaseConnection::isBroken(const QSqlDatabase &db)
{
    // libpq marks a connection bad once the server went away: checking costs no round trip.
    PGconn *connection = libpqHandle(db);
    return connection != nullptr && PQstatus(connection) == CONNECTION_BAD;
}

QSqlDatabase DatabaseConnection::open(const DatabaseSettings &settings, const QString &name,
                                      QString *error)
{
    QSqlDatabase db = QSqlDatabase::contains(name)
                          ? QSqlDatabase::database(name, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (db.isOpen() && !isBroken(db)) {
        return db;
    }
    // Prepared statements live in the session being replaced: forget them first.
    prepared_statements::forgetConnection(name);
    db.close();
    db.setHostName(settings.host);
    db.setPort(settings.port);
    db.setDatabaseName(settings.databaseName);
    db.setUserName(settings.user);
    db.setPassword(settings.password);
    db.setConnectOptions(settings.connectOptions);
    if (!db.open()) {
        if (error) {
            *error = db.lastError().text().trimmed();
        }
        return {};
    }
    QSqlQuery session(db);
    // UTC in the database, ISO 8601 on the wire; NOTICEs would bypass the JSON log on stderr.
    if (!session.exec(QStringLiteral("SET TIME ZONE 'UTC'")) ||
        !session.exec(QStringLiteral("SET client_min_messages TO warning"))) {
        if (error) {
            *error = session.lastError().text().trimmed();
        }
        db.close();
        return {};
    }
    return db;
}

void DatabaseConnection::remove(const QString &name)
{
    if (!QSqlDatabase::contains(name)) {
        return;
    }
    prepared_statements::forgetConnection(name);
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace transcendence::server
