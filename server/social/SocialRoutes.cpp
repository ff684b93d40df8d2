#include "social/SocialRoutes.h"

#include "db/DatabaseWorkers.h"
#include "http/JsonBody.h"
#include "http/RequestParameters.h"
#include "http/Router.h"
#include "notifications/NotificationService.h"
#include "social/SocialStore.h"

#include <QHttpServer>
#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace transcendence::server {
namespace {

// Friend requests a player may send in an hour: plenty for a person, a wall for a spammer.
constexpr RateLimiter::Rule kFriendRequestsPerUser{30, 3600};

using Status = QHttpServerResponder::StatusCode;
using Method = QHttpServerRequest::Method;

// 409s from social_store carry their reason as the code; clients get code "conflict" and the
// reason beside it.
QHttpServerResponse errorResponse(const DomainError &domainError)
{
    const ApiError error = ApiError::from(domainError);
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

// The userId of the body; answers 422 itself and returns 0 when it names nobody else.
qint64 readTarget(const RouteCall &call)
{
    FieldErrors errors;
    const qint64 target = targetUserId(call.json, call.user.id, errors);
    if (!errors.isEmpty()) {
        call.fail(errors.toError());
        return 0;
    }
    return target;
}

// Sends done(value) as JSON with the status, or the error.
template <typename Value, typename ToJson>
std::function<void(std::variant<Value, DomainError>)> answerWith(const DeferredReplyPtr &reply,
                                                                 Status status, ToJson toJson)
{
    return [reply, status, toJson](std::variant<Value, DomainError> result) {
        if (const auto *error = std::get_if<DomainError>(&result)) {
            reply->send(errorResponse(*error));
            return;
        }
        reply->send(QHttpServerResponse(toJson(std::get<Value>(result)), status));
    };
}

std::function<void(std::variant<bool, DomainError>)> answerDone(const DeferredReplyPtr &reply)
{
    return [reply](std::variant<bool, DomainError> result) {
        if (const auto *error = std::get_if<DomainError>(&result)) {
            reply->send(errorResponse(*error));
            return;
        }
        reply->send(QHttpServerResponse(Status::NoContent));
    };
}

} // namespace

SocialRoutes::SocialRoutes(DatabaseWorkers &workers, PresenceSettings presence, QObject *parent)
    : QObject(parent)
    , m_workers(workers)
    , m_presence(presence)
{}

void SocialRoutes::registerRoutes(Router &router)
{
    const BodyRule none = BodyRule::none();
    const BodyRule json = BodyRule::json();
    const Access user = Access::SignedIn;
    router.add(
        this,
        {
            {Method::Get, QStringLiteral("/api/friends"), user, none, &SocialRoutes::handleFriends},
            {Method::Delete, QStringLiteral("/api/friends/<arg>"), user, none,
             &SocialRoutes::handleRemoveFriend},
            {Method::Get, QStringLiteral("/api/friends/requests"), user, none,
             &SocialRoutes::handleListRequests},
            {Method::Post, QStringLiteral("/api/friends/requests"), user, json,
             &SocialRoutes::handleSendRequest},
            {Method::Delete, QStringLiteral("/api/friends/requests/<arg>"), user, none,
             &SocialRoutes::handleCancel},
            {Method::Post, QStringLiteral("/api/friends/requests/<arg>/accept"), user, none,
             &SocialRoutes::handleAccept},
            {Method::Post, QStringLiteral("/api/friends/requests/<arg>/decline"), user, none,
             &SocialRoutes::handleDecline},
            {Method::Get, QStringLiteral("/api/blocks"), user, none, &SocialRoutes::handleBlocks},
            {Method::Post, QStringLiteral("/api/blocks"), user, json, &SocialRoutes::handleBlock},
            {Method::Delete, QStringLiteral("/api/blocks/<arg>"), user, none,
             &SocialRoutes::handleUnblock},
        });
}

void SocialRoutes::handleListRequests(const RouteCall &call)
{
    using Lists = social_store::RequestLists;
    m_workers.run<std::variant<Lists, DomainError>>(
        this,
        [userId = call.user.id](QSqlDatabase &db) {
            return social_store::listRequests(db, userId);
        },
        answerWith<Lists>(call.reply, Status::Ok, [](const Lists &lists) {
            return QJsonObject{{QStringLiteral("incoming"), lists.incoming},
                               {QStringLiteral("outgoing"), lists.outgoing}};
        }));
}

void SocialRoutes::handleSendRequest(const RouteCall &call)
{
    const qint64 target = readTarget(call);
    if (target == 0) {
        return;
    }
    m_limits.check(
        {{QStringLiteral("friend-requests:%1").arg(call.user.id), kFriendRequestsPerUser}},
        [this, call, target](int retryAfter) {
            if (retryAfter > 0) {
                call.send(RateLimiter::tooManyRequests(retryAfter));
                return;
            }
            using Result = std::variant<social_store::SentRequest, DomainError>;
            m_workers.run<Result>(
                this,
                [me = call.user.id, target](QSqlDatabase &db) {
                    return social_store::sendRequest(db, me, target);
                },
                [this, reply = call.reply, me = call.user.id, target](Result result) {
                    if (const auto *error = std::get_if<DomainError>(&result)) {
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

// The friend request id in the path; nullopt after answering 404 when it names none.
static std::optional<qint64> requestIdOf(const RouteCall &call)
{
    const std::optional<qint64> requestId = positiveIdFrom(call.arg());
    if (!requestId) {
        call.fail(notFound(QStringLiteral("you have no friend request with this id")));
    }
    return requestId;
}

void SocialRoutes::handleCancel(const RouteCall &call)
{
    const auto requestId = requestIdOf(call);
    if (!requestId) {
        return;
    }
    m_workers.run<std::variant<bool, DomainError>>(
        this,
        [me = call.user.id, requestId](QSqlDatabase &db) {
            return social_store::cancelRequest(db, me, *requestId);
        },
        answerDone(call.reply));
}

void SocialRoutes::handleDecline(const RouteCall &call)
{
    const auto requestId = requestIdOf(call);
    if (!requestId) {
        return;
    }
    m_workers.run<std::variant<bool, DomainError>>(
        this,
        [me = call.user.id, requestId](QSqlDatabase &db) {
            return social_store::declineRequest(db, me, *requestId);
        },
        answerDone(call.reply));
}

void SocialRoutes::handleAccept(const RouteCall &call)
{
    const auto requestId = requestIdOf(call);
    if (!requestId) {
        return;
    }
    m_workers.run<std::variant<FriendRequest, DomainError>>(
        this,
        [me = call.user.id, requestId](QSqlDatabase &db) {
            return social_store::acceptRequest(db, me, *requestId);
        },
        [this, reply = call.reply,
         me = call.user.id](std::variant<FriendRequest, DomainError> result) {
            if (const auto *error = std::get_if<DomainError>(&result)) {
                reply->send(errorResponse(*error));
                return;
            }
            const auto &accepted = std::get<FriendRequest>(result);
            NotificationService::send(
                *parent(), accepted.other.id, QStringLiteral("friend_accepted"), me,
                {{QStringLiteral("requestId"), accepted.id}}, QStringLiteral("/friends"));
            reply->send(QHttpServerResponse(accepted.toJson(), Status::Ok));
        });
}

void SocialRoutes::handleFriends(const RouteCall &call)
{
    m_workers.run<std::variant<QJsonArray, DomainError>>(
        this,
        [me = call.user.id, stale = m_presence.staleAfterSeconds](QSqlDatabase &db) {
            return social_store::listFriends(db, me, stale);
        },
        answerWith<QJsonArray>(call.reply, Status::Ok, [](const QJsonArray &friends) {
            return QJsonObject{{QStringLiteral("friends"), friends}};
        }));
}

void SocialRoutes::handleRemoveFriend(const RouteCall &call)
{
    const std::optional<qint64> friendId = positiveIdFrom(call.arg());
    if (!friendId) {
        call.fail(notFound(QStringLiteral("this user is not your friend")));
        return;
    }
    m_workers.run<std::variant<bool, DomainError>>(
        this,
        [me = call.user.id, friendId](QSqlDatabase &db) {
            return social_store::removeFriend(db, me, *friendId);
        },
        answerDone(call.reply));
}

void SocialRoutes::handleBlocks(const RouteCall &call)
{
    m_workers.run<std::variant<QJsonArray, DomainError>>(
        this, [me = call.user.id](QSqlDatabase &db) { return social_store::listBlocks(db, me); },
        answerWith<QJsonArray>(call.reply, Status::Ok, [](const QJsonArray &blocks) {
            return QJsonObject{{QStringLiteral("blocks"), blocks}};
        }));
}

void SocialRoutes::handleBlock(const RouteCall &call)
{
    const qint64 target = readTarget(call);
    if (target == 0) {
        return;
    }
    m_workers.run<std::variant<QJsonObject, DomainError>>(
        this,
        [me = call.user.id, target](QSqlDatabase &db) {
            return social_store::block(db, me, target);
        },
        answerWith<QJsonObject>(call.reply, Status::Created,
                                [](const QJsonObject &entry) { return entry; }));
}

void SocialRoutes::handleUnblock(const RouteCall &call)
{
    const std::optional<qint64> blockedId = positiveIdFrom(call.arg());
    if (!blockedId) {
        call.fail(notFound(QStringLiteral("you have not blocked this user")));
        return;
    }
    m_workers.run<std::variant<bool, DomainError>>(
        this,
        [me = call.user.id, blockedId](QSqlDatabase &db) {
            return social_store::unblock(db, me, *blockedId);
        },
        answerDone(call.reply));
}

} // namespace transcendence::server
