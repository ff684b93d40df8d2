#pragma once

#include "core/DomainError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <variant>

namespace transcendence::server {

// A user's presence before and after a change, and the friends it concerns.
struct PresenceChange {
    qint64 userId = 0;
    QString before; // protocol::presence_status
    QString after;
    QList<qint64> friendIds; // filled only when before != after

    bool changed() const { return before != after; }
};

struct LiveConnection {
    QString connectionId;
    qint64 userId = 0;
    bool inGame = false;
};

// Presence rows (sql/0005_social.sql): one per authenticated WebSocket, owned by the instance
// that holds the socket. A connection counts only while its instance's heartbeat is younger than
// staleAfterSeconds, so a crashed instance's users go offline without anyone cleaning up.
// Worker threads only. Changes also NOTIFY channel kNotifyChannel (other instances' sockets).
namespace presence_store {

inline constexpr const char *kNotifyChannel = "presence";

// A subquery over users u: (live bigint, in_game boolean) of u's counted connections; it takes
// one bound value, staleAfterSeconds.
extern const char *const kLiveConnectionsOfUser;
QString statusFrom(qint64 liveConnections, bool inGame);

std::variant<QString, DomainError> statusOf(QSqlDatabase &db, qint64 userId, int staleAfterSeconds);

std::variant<PresenceChange, DomainError> connect(QSqlDatabase &db, const QString &instanceId,
                                                  const LiveConnection &connection,
                                                  int staleAfterSeconds);
std::variant<PresenceChange, DomainError> disconnect(QSqlDatabase &db, const QString &instanceId,
                                                     const QString &connectionId, qint64 userId,
                                                     int staleAfterSeconds);
// For the game code: the connection that plays (or stopped playing) a match.
std::variant<PresenceChange, DomainError> setInGame(QSqlDatabase &db, const QString &instanceId,
                                                    const QString &connectionId, qint64 userId,
                                                    bool inGame, int staleAfterSeconds);

// Refreshes this instance's heartbeat (re-registering it and its live connections if another
// instance had given it up for dead), then deletes the rows of instances whose heartbeat is
// stale. Returns the presence, now, of users whose connections were deleted.
std::variant<QList<PresenceChange>, DomainError> heartbeat(QSqlDatabase &db,
                                                           const QString &instanceId,
                                                           const QList<LiveConnection> &live,
                                                           int staleAfterSeconds);
// At shutdown: this instance's rows go at once instead of when they turn stale.
void forgetInstance(QSqlDatabase &db, const QString &instanceId);

} // namespace presence_store
} // namespace transcendence::server
