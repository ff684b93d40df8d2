#include "social/SocialRoutes.h"

#include "auth/RequestAuthenticator.h"
#include "db/DatabaseWorkers.h"
#include "http/JsonBody.h"
#include "http/RequestParameters.h"
#include "notifications/NotificationService.h"
#include "social/SocialStore.h"

#include <QHttpServer>
#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace transcendence::server {
namespace {

using Status = QHttpServerResponder::StatusCode;
using Method = QHttpServerRequest::Method;

// 409s from social_store carry their reason as the code; clients get code "conflict" and the
// reason beside it.
QHttpServerResponse errorResponse(const ApiError &error)
{
    if (error.status != Status::Conflict) {
        return error.toResponse();
    }
    QJsonObject body =
        ApiError{error.status, QStringLiteral("conflict"), error.message, {}}.toJson();
    QJsonObject inner = body.value(QStringLiteral("error")).toObject();
    inner.insert(QStringLiteral("reason"), error.code);
    body.insert(QStringLiteral("error"), inner);
    return QHttpServerResponse(body, error.status);
}

// A database id in a path: a positive integer in decimal, nothing else.
ApiError notFound(const QString &message)
{
    return {Status::NotFound, QStringLiteral("not_found"), message, {}};
}

// {"userId": <positive integer>} naming someone other than the caller.
qint64 targetUserId(const QJsonObject &body, qint64 callerId, FieldErrors &errors)
{
    const QString field = QStringLiteral("userId");
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull()) {
        errors.add(field, FieldProblem::required());
        return 0;
    }
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number) || std::trunc(number) != number || number < 1 ||
        number > 9007199254740991.0) {
        errors.add(field, QStringLiteral("not_id"),
                   QStringLiteral("must be a positive integer (a user's id)"));
        return 0;
    }
    const auto id = static_cast<qint64>(number);
    if (id == callerId) {
        errors.add(field, QStringLiteral("self"), QStringLiteral("cannot be yourself"));
        return 0;
    }
    return id;
}

// The userId of a JSON body parsed before authentication (answered only once the caller is
// known, so anonymous callers always get 401); answers 415/400/422 itself and returns 0 then.
qint64 readTarget(const std::variant<QJsonObject, ApiError> &parsed, const DeferredReplyPtr &reply,
                  qint64 callerId)
{
    if (const auto *error = std::get_if<ApiError>(&parsed)) {
        reply->send(error->toResponse());
        return 0;
    }
    FieldErrors errors;
    const qint64 target = targetUserId(std::get<QJsonObject>(parsed), callerId, errors);
    if (!errors.isEmpty()) {
        reply->send(errors.toError().toResponse());
        return 0;
    }
    return target;
}

// Sends done(value) as JSON with the status, or the error.
template <typename Value, typename ToJson>
std::function<void(std::variant<Value, ApiError>)> answerWith(const DeferredReplyPtr &reply,
                                                              Status status, ToJson toJson)
{
    return [reply, status, toJson](std::variant<Value, ApiError> result) {
        if (const auto *error = std::get_if<ApiError>(&result)) {
            reply->send(errorResponse(*error));
            return;
        }
        reply->send(QHttpServerResponse(toJson(std::get<Value>(result)), status));
    };
}

std::function<void(std::variant<bool, ApiError>)> answerNoContent(const DeferredReplyPtr &reply)
{
    return [reply](std::variant<bool, ApiError> result) {
        if (const auto *error = std::get_if<ApiError>(&result)) {
            reply->send(errorResponse(*error));
            return;
        }
        reply->send(QHttpServerResponse(Status::NoContent));
    };
}

} // namespace

SocialRoutes::SocialRoutes(DatabaseWorkers &workers, RequestAuthenticator &authenticator,
                           PresenceSettings presence, QObject *parent)
    : QObject(parent)
    , m_workers(workers)
    , m_authenticator(authenticator)
    , m_presence(presence)
{}

void SocialRoutes::registerRoutes(QHttpServer &server)
{
    using Handler = void (SocialRoutes::*)(const QHttpServerRequest &, const DeferredReplyPtr &);
    const auto bind = [&](const QString &path, Handler handler) {
        server.route(path, [this, handler](const QHttpServerRequest &request,
                                           QHttpServerResponder &&responder) {
            (this->*handler)(request, deferReply(request, std::move(responder)));
        });
    };
    using IdHandler = void (SocialRoutes::*)(const QString &, const QHttpServerRequest &,
                                             const DeferredReplyPtr &);
    const auto bindId = [&](const QString &path, IdHandler handler) {
        server.route(path, [this, handler](const QString &id, const QHttpServerRequest &request,
                                           QHttpServerResponder &&responder) {
            (this->*handler)(id, request, deferReply(request, std::move(responder)));
        });
    };
    // Fixed paths before /api/friends/<arg>, which would match "requests" too.
    bind(QStringLiteral("/api/friends"), &SocialRoutes::handleFriends);
    bind(QStringLiteral("/api/friends/requests"), &SocialRoutes::handleRequests);
    server.route(QStringLiteral("/api/friends/requests/<arg>/accept"),
                 [this](const QString &id, const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) {
                     handleAnswer(id, true, request, deferReply(request, std::move(responder)));
                 });
    server.route(QStringLiteral("/api/friends/requests/<arg>/decline"),
                 [this](const QString &id, const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) {
                     handleAnswer(id, false, request, deferReply(request, std::move(responder)));
                 });
    bindId(QStringLiteral("/api/friends/requests/<arg>"), &SocialRoutes::handleCancel);
    bindId(QStringLiteral("/api/friends/<arg>"), &SocialRoutes::handleRemoveFriend);
    bind(QStringLiteral("/api/blocks"), &SocialRoutes::handleBlocks);
    bindId(QStringLiteral("/api/blocks/<arg>"), &SocialRoutes::handleUnblock);
}

void SocialRoutes::handleRequests(const QHttpServerRequest &request, const DeferredReplyPtr &reply)
{
    if (!requireMethod(request, reply, {Method::Get, Method::Post})) {
        return;
    }
    if (request.method() == Method::Get) {
        m_authenticator.authenticate(
            request, reply, [this, reply](const UserRecord &user, const AccessClaims &) {
                using Lists = social_store::RequestLists;
                m_workers.run<std::variant<Lists, ApiError>>(
                    this,
                    [user](QSqlDatabase &db) { return social_store::listRequests(db, user.id); },
                    answerWith<Lists>(reply, Status::Ok, [](const Lists &lists) {
                        return QJsonObject{{QStringLiteral("incoming"), lists.incoming},
                                           {QStringLiteral("outgoing"), lists.outgoing}};
                    }));
            });
        return;
    }
    const auto parsed = readJsonObject(request);
    m_authenticator.authenticate(
        request, reply, [this, reply, parsed](const UserRecord &user, const AccessClaims &) {
            const qint64 target = readTarget(parsed, reply, user.id);
            if (target == 0) {
                return;
            }
            using Result = std::variant<social_store::SentRequest, ApiError>;
            m_workers.run<Result>(
                this,
                [user, target](QSqlDatabase &db) {
                    return social_store::sendRequest(db, user.id, target);
                },
                [this, reply, me = user.id, target](Result result) {
                    if (const auto *error = std::get_if<ApiError>(&result)) {
                        reply->send(errorResponse(*error));
                        return;
                    }
                    // Asking someone who had already asked you accepts their request: 200 and
                    // status "accepted" instead of 201 and "pending".
                    const auto &sent = std::get<social_store::SentRequest>(result);
                    NotificationService::send(*parent(), target,
                                              sent.acceptedTheirs
                                                  ? QStringLiteral("friend_accepted")
                                                  : QStringLiteral("friend_request"),
                                              me, {{QStringLiteral("requestId"), sent.request.id}},
                                              QStringLiteral("/friends"));
                    reply->send(QHttpServerResponse(
                        sent.request.toJson(), sent.acceptedTheirs ? Status::Ok : Status::Created));
                });
        });
}

void SocialRoutes::handleCancel(const QString &id, const QHttpServerRequest &request,
                                const DeferredReplyPtr &reply)
{
    if (!requireMethod(request, reply, {Method::Delete})) {
        return;
    }
    const std::optional<qint64> requestId = positiveIdFrom(id);
    m_authenticator.authenticate(
        request, reply, [this, reply, requestId](const UserRecord &user, const AccessClaims &) {
            if (!requestId) {
                reply->send(notFound(QStringLiteral("you have no friend request with this id"))
                                .toResponse());
                return;
            }
            m_workers.run<std::variant<bool, ApiError>>(
                this,
                [user, requestId](QSqlDatabase &db) {
                    return social_store::cancelRequest(db, user.id, *requestId);
                },
                answerNoContent(reply));
        });
}

void SocialRoutes::handleAnswer(const QString &id, bool accept, const QHttpServerRequest &request,
                                const DeferredReplyPtr &reply)
{
    if (!requireMethod(request, reply, {Method::Post})) {
        return;
    }
    const std::optional<qint64> requestId = positiveIdFrom(id);
    m_authenticator.authenticate(
        request, reply,
        [this, reply, requestId, accept](const UserRecord &user, const AccessClaims &) {
            if (!requestId) {
                reply->send(notFound(QStringLiteral("you have no friend request with this id"))
                                .toResponse());
                return;
            }
            if (!accept) {
                m_workers.run<std::variant<bool, ApiError>>(
                    this,
                    [user, requestId](QSqlDatabase &db) {
                        return social_store::declineRequest(db, user.id, *requestId);
                    },
                    answerNoContent(reply));
                return;
            }
            m_workers.run<std::variant<FriendRequest, ApiError>>(
                this,
                [user, requestId](QSqlDatabase &db) {
                    return social_store::acceptRequest(db, user.id, *requestId);
                },
                [this, reply, me = user.id](std::variant<FriendRequest, ApiError> result) {
                    if (const auto *error = std::get_if<ApiError>(&result)) {
                        reply->send(errorResponse(*error));
                        return;
                    }
                    const auto &accepted = std::get<FriendRequest>(result);
                    NotificationService::send(
                        *parent(), accepted.other.id, QStringLiteral("friend_accepted"), me,
                        {{QStringLiteral("requestId"), accepted.id}}, QStringLiteral("/friends"));
                    reply->send(QHttpServerResponse(accepted.toJson(), Status::Ok));
                });
        });
}

void SocialRoutes::handleFriends(const QHttpServerRequest &request, const DeferredReplyPtr &reply)
{
    if (!requireMethod(request, reply, {Method::Get})) {
        return;
    }
    const int stale = m_presence.staleAfterSeconds;
    m_authenticator.authenticate(
        request, reply, [this, reply, stale](const UserRecord &user, const AccessClaims &) {
            m_workers.run<std::variant<QJsonArray, ApiError>>(
                this,
                [user, stale](QSqlDatabase &db) {
                    return social_store::listFriends(db, user.id, stale);
                },
                answerWith<QJsonArray>(reply, Status::Ok, [](const QJsonArray &friends) {
                    return QJsonObject{{QStringLiteral("friends"), friends}};
                }));
        });
}

void SocialRoutes::handleRemoveFriend(const QString &id, const QHttpServerRequest &request,
                                      const DeferredReplyPtr &reply)
{
    if (!requireMethod(request, reply, {Method::Delete})) {
        return;
    }
    const std::optional<qint64> friendId = positiveIdFrom(id);
    m_authenticator.authenticate(
        request, reply, [this, reply, friendId](const UserRecord &user, const AccessClaims &) {
            if (!friendId) {
                reply->send(notFound(QStringLiteral("this user is not your friend")).toResponse());
                return;
            }
            m_workers.run<std::variant<bool, ApiError>>(
                this,
                [user, friendId](QSqlDatabase &db) {
                    return social_store::removeFriend(db, user.id, *friendId);
                },
                answerNoContent(reply));
        });
}

void SocialRoutes::handleBlocks(const QHttpServerRequest &request, const DeferredReplyPtr &reply)
{
    if (!requireMethod(request, reply, {Method::Get, Method::Post})) {
        return;
    }
    if (request.method() == Method::Get) {
        m_authenticator.authenticate(
            request, reply, [this, reply](const UserRecord &user, const AccessClaims &) {
                m_workers.run<std::variant<QJsonArray, ApiError>>(
                    this,
                    [user](QSqlDatabase &db) { return social_store::listBlocks(db, user.id); },
                    answerWith<QJsonArray>(reply, Status::Ok, [](const QJsonArray &blocks) {
                        return QJsonObject{{QStringLiteral("blocks"), blocks}};
                    }));
            });
        return;
    }
    const auto parsed = readJsonObject(request);
    m_authenticator.authenticate(
        request, reply, [this, reply, parsed](const UserRecord &user, const AccessClaims &) {
            const qint64 target = readTarget(parsed, reply, user.id);
            if (target == 0) {
                return;
            }
            m_workers.run<std::variant<QJsonObject, ApiError>>(
                this,
                [user, target](QSqlDatabase &db) {
                    return social_store::block(db, user.id, target);
                },
                answerWith<QJsonObject>(reply, Status::Created,
                                        [](const QJsonObject &entry) { return entry; }));
        });
}

void SocialRoutes::handleUnblock(const QString &id, const QHttpServerRequest &request,
                                 const DeferredReplyPtr &reply)
{
    if (!requireMethod(request, reply, {Method::Delete})) {
        return;
    }
    const std::optional<qint64> blockedId = positiveIdFrom(id);
    m_authenticator.authenticate(
        request, reply, [this, reply, blockedId](const UserRecord &user, const AccessClaims &) {
            if (!blockedId) {
                reply->send(
                    notFound(QStringLiteral("you have not blocked this user")).toResponse());
                return;
            }
            m_workers.run<std::variant<bool, ApiError>>(
                this,
                [user, blockedId](QSqlDatabase &db) {
                    return social_store::unblock(db, user.id, *blockedId);
                },
                answerNoContent(reply));
        });
}

} // namespace transcendence::server
