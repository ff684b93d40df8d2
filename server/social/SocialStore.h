#pragma once

#include "core/DomainError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>

#include <variant>

namespace transcendence::server {

// Another user as the social endpoints show them.
struct SocialUser {
    qint64 id = 0;
    QString username;
    QString displayName;

    QJsonObject toJson() const;
};

struct FriendRequest {
    qint64 id = 0;
    SocialUser other; // the user on the other side, seen from the caller
    QString status;   // "pending" or "accepted"
    QDateTime createdAt;
    QDateTime respondedAt; // null while pending

    QJsonObject toJson() const;
};

// Friend requests, friendships and blocks (sql/0005_social.sql). Worker threads only (see
// DatabaseWorkers); every query is prepared with bound values. Refusals are DomainErrors:
// not_found (404), forbidden (403), and refusals whose code is the reason (409:
// already_friends, request_pending, blocked, already_blocked, not_pending); SocialRoutes
// answers those as {"error":{"code":"conflict","reason":...}}.
namespace social_store {

// True when a blocked b or b blocked a. Chat messages, game invites and friend requests must
// all be refused then; call it in the same worker job as the action it guards.
std::variant<bool, DomainError> isBlockedEitherWay(QSqlDatabase &db, qint64 a, qint64 b);

struct SentRequest {
    FriendRequest request;
    bool acceptedTheirs = false; // they had already asked us: their request is now accepted
};
std::variant<SentRequest, DomainError> sendRequest(QSqlDatabase &db, qint64 requesterId,
                                                   qint64 addresseeId);

struct RequestLists {
    QJsonArray incoming;
    QJsonArray outgoing;
};
std::variant<RequestLists, DomainError> listRequests(QSqlDatabase &db, qint64 userId);

// Only the addressee may accept or decline, only the requester may cancel, and only while the
// request is pending.
std::variant<FriendRequest, DomainError> acceptRequest(QSqlDatabase &db, qint64 userId,
                                                       qint64 requestId);
std::variant<bool, DomainError> declineRequest(QSqlDatabase &db, qint64 userId, qint64 requestId);
std::variant<bool, DomainError> cancelRequest(QSqlDatabase &db, qint64 userId, qint64 requestId);

// Friends with their presence (staleAfterSeconds: see PresenceSettings), by display name.
std::variant<QJsonArray, DomainError> listFriends(QSqlDatabase &db, qint64 userId,
                                                  int staleAfterSeconds);
std::variant<bool, DomainError> removeFriend(QSqlDatabase &db, qint64 userId, qint64 friendId);
// Ids of the user's friends (whom a presence change concerns).
std::variant<QList<qint64>, DomainError> friendIds(QSqlDatabase &db, qint64 userId);

// Blocking also ends a friendship and deletes pending requests, both ways.
std::variant<QJsonObject, DomainError> block(QSqlDatabase &db, qint64 blockerId, qint64 blockedId);
std::variant<bool, DomainError> unblock(QSqlDatabase &db, qint64 blockerId, qint64 blockedId);
std::variant<QJsonArray, DomainError> listBlocks(QSqlDatabase &db, qint64 blockerId);

} // namespace social_store
} // namespace transcendence::server
