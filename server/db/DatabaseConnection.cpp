#include "db/DatabaseConnection.h"

#include <QSqlError>
#include <QSqlQuery>

namespace transcendence::server {

QSqlDatabase DatabaseConnection::open(const DatabaseSettings &settings, const QString &name,
                                      QString *error)
{
    QSqlDatabase db = QSqlDatabase::contains(name)
                          ? QSqlDatabase::database(name, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (db.isOpen()) {
        return db;
    }
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
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace transcendence::server
