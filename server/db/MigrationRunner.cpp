#include "db/MigrationRunner.h"

#include "db/DatabaseConnection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <libpq-fe.h>

namespace transcendence::server {
namespace {

// Any fixed 64-bit number; every instance must use the same one.
constexpr qint64 kMigrationLockKey = 0x7472616e73636e64; // "transcnd"

QString sqlError(const QSqlQuery &query)
{
    return query.lastError().databaseText().trimmed().isEmpty()
               ? query.lastError().text().trimmed()
               : query.lastError().databaseText().trimmed();
}

bool exec(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql)) {
        return true;
    }
    *error = sqlError(query);
    return false;
}

// Reads versions already recorded; fails if a recorded file changed since it was applied.
std::variant<QHash<int, QByteArray>, QString> recordedMigrations(QSqlDatabase &db)
{
    QSqlQuery query(db);
    QString error;
    if (!exec(query,
              QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                             " version integer PRIMARY KEY,"
                             " name text NOT NULL,"
                             " checksum text NOT NULL,"
                             " applied_at timestamptz NOT NULL DEFAULT now())"),
              &error) ||
        !exec(query, QStringLiteral("SELECT version, checksum FROM schema_migrations"), &error)) {
        return QStringLiteral("cannot read schema_migrations: %1").arg(error);
    }
    QHash<int, QByteArray> recorded;
    while (query.next()) {
        recorded.insert(query.value(0).toInt(), query.value(1).toString().toLatin1());
    }
    return recorded;
}

// Runs a whole migration file. QPSQL's exec() reports only the first statement's result of a
// multi-statement string, so a later failing statement would go unnoticed: libpq's PQexec runs
// the script as one simple query and returns the first error.
QString execScript(QSqlDatabase &db, const QByteArray &sql)
{
    PGconn *connection = DatabaseConnection::libpqHandle(db);
    if (!connection) {
        return QStringLiteral("migrations need the QPSQL driver");
    }
    PGresult *result = PQexec(connection, sql.constData());
    const ExecStatusType status = PQresultStatus(result);
    QString error;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY) {
        error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    }
    PQclear(result);
    return error;
}

QString applyOne(QSqlDatabase &db, const Migration &migration)
{
    if (!db.transaction()) {
        return db.lastError().text();
    }
    QString error = execScript(db, migration.sql);
    if (!error.isEmpty()) {
        db.rollback();
        return error;
    }
    QSqlQuery record(db);
    record.prepare(
        QStringLiteral("INSERT INTO schema_migrations (version, name, checksum) VALUES (?, ?, ?)"));
    record.addBindValue(migration.version);
    record.addBindValue(migration.fileName);
    record.addBindValue(QString::fromLatin1(migration.checksum));
    if (!record.exec()) {
        error = sqlError(record);
        db.rollback();
        return error;
    }
    if (!db.commit()) {
        error = db.lastError().text();
        db.rollback();
        return error;
    }
    return {};
}

} // namespace

std::variant<QList<Migration>, QString> MigrationRunner::discover(const QString &dirPath)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    const QDir dir(dirPath);
    if (!dir.exists()) {
        return QStringLiteral("migrations folder %1 does not exist").arg(dirPath);
    }
    QList<Migration> migrations;
    for (const QString &fileName :
         dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto match = pattern.match(fileName);
        if (!match.hasMatch()) {
            return QStringLiteral("migration file %1 is not named NNNN_name.sql").arg(fileName);
        }
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly)) {
            return QStringLiteral("cannot read %1: %2").arg(fileName, file.errorString());
        }
        Migration migration;
        migration.version = match.captured(1).toInt();
        migration.fileName = fileName;
        migration.sql = file.readAll();
        migration.checksum =
            QCryptographicHash::hash(migration.sql, QCryptographicHash::Sha256).toHex();
        if (!migrations.isEmpty() && migrations.last().version == migration.version) {
            return QStringLiteral("migrations %1 and %2 share the number %3")
                .arg(migrations.last().fileName, fileName, match.captured(1));
        }
        migrations << migration;
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return migrations;
}

MigrationRunner::Outcome MigrationRunner::apply(QSqlDatabase &db,
                                                const QList<Migration> &migrations)
{
    Outcome outcome;
    QSqlQuery lock(db);
    lock.prepare(QStringLiteral("SELECT pg_advisory_lock(?)"));
    lock.addBindValue(kMigrationLockKey);
    if (!lock.exec()) {
        outcome.error = QStringLiteral("cannot take the migration lock: %1").arg(sqlError(lock));
        return outcome;
    }

    auto recorded = recordedMigrations(db);
    if (auto *error = std::get_if<QString>(&recorded)) {
        outcome.error = *error;
    } else {
        const auto &done = std::get<QHash<int, QByteArray>>(recorded);
        for (const Migration &migration : migrations) {
            if (done.contains(migration.version)) {
                if (done.value(migration.version) != migration.checksum) {
                    outcome.error = QStringLiteral("migration %1 was changed after it was applied; "
                                                   "add a new migration instead")
                                        .arg(migration.fileName);
                    break;
                }
                outcome.alreadyApplied << migration.fileName;
                continue;
            }
            const QString failure = applyOne(db, migration);
            if (!failure.isEmpty()) {
                outcome.error = QStringLiteral("migration %1 failed and was rolled back: %2")
                                    .arg(migration.fileName, failure);
                break;
            }
            outcome.applied << migration.fileName;
        }
    }

    QSqlQuery unlock(db);
    unlock.prepare(QStringLiteral("SELECT pg_advisory_unlock(?)"));
    unlock.addBindValue(kMigrationLockKey);
    unlock.exec();
    return outcome;
}

} // namespace transcendence::server
