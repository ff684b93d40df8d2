#include "operations/StatusStore.h"

#include "admin/AdminStore.h"
#include "auth/AccountStore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace transcendence::server::status_store {
namespace {

DomainError failed(const QSqlQuery &query)
{
    return DomainError{domain_error::DatabaseError,
                       QStringLiteral("the status could not be read or written: %1")
                           .arg(query.lastError().databaseText().left(200)),
                       {}};
}

QString iso(const QVariant &value)
{
    return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
}

// Resolves the open note, if any; returns its id (0: none was open).
std::variant<qint64, DomainError> resolveOpen(QSqlDatabase &db)
{
    QSqlQuery resolve(db);
    resolve.prepare(QStringLiteral("UPDATE status_incidents SET resolved_at = now() "
                                   "WHERE resolved_at IS NULL RETURNING id"));
    if (!resolve.exec()) {
        return failed(resolve);
    }
    return resolve.next() ? resolve.value(0).toLongLong() : qint64(0);
}

} // namespace

std::variant<Figures, DomainError> figures(QSqlDatabase &db, int presenceStaleSeconds)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT (SELECT count(DISTINCT c.user_id) FROM presence_connections c "
        "        JOIN presence_instances i ON i.instance_id = c.instance_id "
        "        WHERE i.last_seen_at > now() - make_interval(secs => ?)), "
        "       s.message, s.severity, s.created_at "
        "FROM (SELECT 1) one LEFT JOIN status_incidents s ON s.resolved_at IS NULL"));
    query.addBindValue(presenceStaleSeconds);
    if (!query.exec() || !query.next()) {
        return failed(query);
    }
    Figures figures;
    figures.playersOnline = query.value(0).toLongLong();
    if (!query.value(1).isNull()) {
        figures.incident = QJsonObject{{QStringLiteral("message"), query.value(1).toString()},
                                       {QStringLiteral("severity"), query.value(2).toString()},
                                       {QStringLiteral("since"), iso(query.value(3))}};
    }
    return figures;
}

std::variant<QJsonObject, DomainError> postIncident(QSqlDatabase &db, qint64 adminId,
                                                    const QString &message, const QString &severity)
{
    if (!db.isOpen() || !db.transaction()) {
        return DomainError::unavailable();
    }
    auto fail = [&db](DomainError error) {
        db.rollback();
        return error;
    };
    const auto resolved = resolveOpen(db);
    if (const auto *error = std::get_if<DomainError>(&resolved)) {
        return fail(*error);
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO status_incidents (message, severity, created_by) "
                                  "VALUES (?, ?, ?) RETURNING id, created_at"));
    insert.addBindValue(message);
    insert.addBindValue(severity);
    insert.addBindValue(adminId);
    if (!insert.exec() || !insert.next()) {
        return fail(failed(insert));
    }
    const QJsonObject incident{{QStringLiteral("message"), message},
                               {QStringLiteral("severity"), severity},
                               {QStringLiteral("since"), iso(insert.value(1))}};
    if (!admin_store::record(
            db, adminId, QStringLiteral("status_incident_posted"), 0,
            QJsonObject{{QStringLiteral("incidentId"), insert.value(0).toLongLong()},
                        {QStringLiteral("severity"), severity},
                        {QStringLiteral("message"), message}}) ||
        !db.commit()) {
        return fail(DomainError::unavailable());
    }
    return incident;
}

std::variant<bool, DomainError> resolveIncident(QSqlDatabase &db, qint64 adminId)
{
    if (!db.isOpen() || !db.transaction()) {
        return DomainError::unavailable();
    }
    const auto resolved = resolveOpen(db);
    if (const auto *error = std::get_if<DomainError>(&resolved)) {
        db.rollback();
        return *error;
    }
    const qint64 id = std::get<qint64>(resolved);
    if (id != 0 && !admin_store::record(db, adminId, QStringLiteral("status_incident_resolved"), 0,
                                        QJsonObject{{QStringLiteral("incidentId"), id}})) {
        db.rollback();
        return DomainError::unavailable();
    }
    if (!db.commit()) {
        return DomainError::unavailable();
    }
    return id != 0;
}

} // namespace transcendence::server::status_store
