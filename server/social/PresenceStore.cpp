#include "social/PresenceStore.h"

#include "auth/AccountStore.h"
#include "db/PreparedStatements.h"
#include "protocol/SocialMessages.h"
#include "social/SocialStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

namespace transcendence::server::presence_store {
namespace proto = transcendence::protocol;

const char *const kLiveConnectionsOfUser =
    "SELECT count(*) AS live, coalesce(bool_or(c.in_game), false) AS in_game "
    "FROM presence_connections c JOIN presence_instances i ON i.instance_id = c.instance_id "
    "WHERE c.user_id = u.id AND i.last_seen_at > now() - make_interval(secs => ?)";

namespace {

// Serializes presence changes of one user across connections and instances, so "before" and
// "after" of concurrent changes are consistent and every transition is reported once.
bool lockUser(QSqlDatabase &db, qint64 userId)
{
    QSqlQuery &lock = prepared_statements::get(
        db, QStringLiteral("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))"));
    lock.addBindValue(QStringLiteral("presence-user:%1").arg(userId));
    return lock.exec();
}

bool ensureInstance(QSqlDatabase &db, const QString &instanceId)
{
    QSqlQuery &insert = prepared_statements::get(
        db, QStringLiteral("INSERT INTO presence_instances (instance_id, host_name) "
                           "VALUES (CAST(? AS uuid), ?) ON CONFLICT DO NOTHING"));
    insert.addBindValue(instanceId);
    insert.addBindValue(QSysInfo::machineHostName());
    return insert.exec();
}

bool notify(QSqlDatabase &db, const QString &instanceId, qint64 userId, const QString &status)
{
    QSqlQuery &query = prepared_statements::get(db, QStringLiteral("SELECT pg_notify(?, ?)"));
    query.addBindValue(QString::fromLatin1(kNotifyChannel));
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("instance"), instanceId},
                                                    {QStringLiteral("userId"), userId},
                                                    {QStringLiteral("status"), status}})
                              .toJson(QJsonDocument::Compact)));
    return query.exec();
}

// Runs change() between two readings of the user's presence, in one transaction under the
// user's lock; fills friendIds and notifies other instances when the presence changed.
template <typename Change>
std::variant<PresenceChange, DomainError> observe(QSqlDatabase &db, const QString &instanceId,
                                                  qint64 userId, int staleAfterSeconds,
                                                  Change change)
{
    if (!db.isOpen() || !db.transaction()) {
        return DomainError::unavailable();
    }
    const auto fail = [&db] {
        db.rollback();
        return DomainError::unavailable();
    };
    if (!lockUser(db, userId)) {
        return fail();
    }
    PresenceChange result{userId, {}, {}, {}};
    auto before = statusOf(db, userId, staleAfterSeconds);
    if (!std::holds_alternative<QString>(before) || !change()) {
        return fail();
    }
    auto after = statusOf(db, userId, staleAfterSeconds);
    if (!std::holds_alternative<QString>(after)) {
        return fail();
    }
    result.before = std::get<QString>(before);
    result.after = std::get<QString>(after);
    if (result.changed()) {
        auto friends = social_store::friendIds(db, userId);
        if (!std::holds_alternative<QList<qint64>>(friends) ||
            !notify(db, instanceId, userId, result.after)) {
            return fail();
        }
        result.friendIds = std::get<QList<qint64>>(friends);
    }
    if (!db.commit()) {
        return fail();
    }
    return result;
}

} // namespace

QString statusFrom(qint64 liveConnections, bool inGame)
{
    if (liveConnections == 0) {
        return proto::presence_status::Offline;
    }
    return inGame ? proto::presence_status::InGame : proto::presence_status::Online;
}

std::variant<QString, DomainError> statusOf(QSqlDatabase &db, qint64 userId, int staleAfterSeconds)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery &query = prepared_statements::get(
        db, QStringLiteral("SELECT p.live, p.in_game FROM (SELECT CAST(? AS bigint) AS id) "
                           "u, LATERAL (") +
                QLatin1String(kLiveConnectionsOfUser) + QStringLiteral(") p"));
    query.addBindValue(userId);
    query.addBindValue(staleAfterSeconds);
    if (!query.exec() || !query.next()) {
        return DomainError::unavailable();
    }
    return statusFrom(query.value(0).toLongLong(), query.value(1).toBool());
}

std::variant<PresenceChange, DomainError> connect(QSqlDatabase &db, const QString &instanceId,
                                                  const LiveConnection &connection,
                                                  int staleAfterSeconds)
{
    return observe(db, instanceId, connection.userId, staleAfterSeconds, [&] {
        QSqlQuery &insert = prepared_statements::get(
            db,
            QStringLiteral(
                "INSERT INTO presence_connections (connection_id, instance_id, user_id, in_game) "
                "VALUES (CAST(? AS uuid), CAST(? AS uuid), ?, ?) ON CONFLICT DO NOTHING"));
        insert.addBindValue(connection.connectionId);
        insert.addBindValue(instanceId);
        insert.addBindValue(connection.userId);
        insert.addBindValue(connection.inGame);
        return ensureInstance(db, instanceId) && insert.exec();
    });
}

std::variant<PresenceChange, DomainError> disconnect(QSqlDatabase &db, const QString &instanceId,
                                                     const QString &connectionId, qint64 userId,
                                                     int staleAfterSeconds)
{
    return observe(db, instanceId, userId, staleAfterSeconds, [&] {
        QSqlQuery &remove = prepared_statements::get(
            db, QStringLiteral(
                    "DELETE FROM presence_connections WHERE connection_id = CAST(? AS uuid)"));
        remove.addBindValue(connectionId);
        return remove.exec();
    });
}

std::variant<PresenceChange, DomainError> setInGame(QSqlDatabase &db, const QString &instanceId,
                                                    const QString &connectionId, qint64 userId,
                                                    bool inGame, int staleAfterSeconds)
{
    return observe(db, instanceId, userId, staleAfterSeconds, [&] {
        QSqlQuery &update = prepared_statements::get(
            db, QStringLiteral("UPDATE presence_connections SET in_game = ? "
                               "WHERE connection_id = CAST(? AS uuid) AND user_id = ?"));
        update.addBindValue(inGame);
        update.addBindValue(connectionId);
        update.addBindValue(userId);
        return update.exec();
    });
}

std::variant<QList<PresenceChange>, DomainError> heartbeat(QSqlDatabase &db,
                                                           const QString &instanceId,
                                                           const QList<LiveConnection> &live,
                                                           int staleAfterSeconds)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery &touch = prepared_statements::get(
        db, QStringLiteral("UPDATE presence_instances SET last_seen_at = now() "
                           "WHERE instance_id = CAST(? AS uuid)"));
    touch.addBindValue(instanceId);
    if (!touch.exec()) {
        return DomainError::unavailable();
    }
    if (touch.numRowsAffected() == 0) {
        // Given up for dead (a long pause, the database out of reach): register again, with the
        // sockets that are in fact still open.
        if (!ensureInstance(db, instanceId)) {
            return DomainError::unavailable();
        }
        for (const LiveConnection &connection : live) {
            auto restored = connect(db, instanceId, connection, staleAfterSeconds);
            if (const auto *error = std::get_if<DomainError>(&restored)) {
                return *error;
            }
        }
    }

    QSqlQuery &sweep = prepared_statements::get(
        db, QStringLiteral(
                "DELETE FROM presence_connections c USING presence_instances i "
                "WHERE c.instance_id = i.instance_id AND i.instance_id <> CAST(? AS uuid) "
                "AND i.last_seen_at <= now() - make_interval(secs => ?) RETURNING c.user_id"));
    sweep.addBindValue(instanceId);
    sweep.addBindValue(staleAfterSeconds);
    if (!sweep.exec()) {
        return DomainError::unavailable();
    }
    QSet<qint64> affected;
    while (sweep.next()) {
        affected.insert(sweep.value(0).toLongLong());
    }
    QSqlQuery &dropInstances = prepared_statements::get(
        db, QStringLiteral("DELETE FROM presence_instances WHERE instance_id <> CAST(? AS uuid) "
                           "AND last_seen_at <= now() - make_interval(secs => ?)"));
    dropInstances.addBindValue(instanceId);
    dropInstances.addBindValue(staleAfterSeconds);
    if (!dropInstances.exec()) {
        return DomainError::unavailable();
    }

    // Their friends saw them go offline in every query once the heartbeat turned stale; this
    // tells the friends' open sockets too. Clients treat "presence" as state, so a repeat of the
    // current status is harmless.
    QList<PresenceChange> changes;
    for (const qint64 userId : std::as_const(affected)) {
        auto status = statusOf(db, userId, staleAfterSeconds);
        auto friends = social_store::friendIds(db, userId);
        if (!std::holds_alternative<QString>(status) ||
            !std::holds_alternative<QList<qint64>>(friends)) {
            return DomainError::unavailable();
        }
        const QString now = std::get<QString>(status);
        notify(db, instanceId, userId, now);
        changes << PresenceChange{userId, QString(), now, std::get<QList<qint64>>(friends)};
    }
    return changes;
}

void forgetInstance(QSqlDatabase &db, const QString &instanceId)
{
    if (!db.isOpen()) {
        return;
    }
    QSqlQuery &remove = prepared_statements::get(
        db, QStringLiteral("DELETE FROM presence_instances WHERE instance_id = CAST(? AS uuid)"));
    remove.addBindValue(instanceId);
    remove.exec();
}

} // namespace transcendence::server::presence_store
