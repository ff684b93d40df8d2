#include "matches/MatchRoutes.h"

#include "auth/RequestAuthenticator.h"
#include "db/DatabaseWorkers.h"
#include "http/JsonBody.h"
#include "http/RequestParameters.h"
#include "matches/Achievements.h"
#include "matches/Leaderboard.h"
#include "matches/MatchStore.h"

#include <QHttpServer>
#include <QUrlQuery>

#include <optional>

namespace transcendence::server {
namespace {

using Status = QHttpServerResponder::StatusCode;

ApiError notFound(const QString &what)
{
    return {Status::NotFound, QStringLiteral("not_found"), QStringLiteral("no such ") + what, {}};
}

// Ids in paths are positive decimal integers; anything else names nothing (404).
bool refuseUnlessGet(const QHttpServerRequest &request, const DeferredReplyPtr &reply)
{
    if (request.method() == QHttpServerRequest::Method::Get) {
        return false;
    }
    reply->send(ApiError::methodNotAllowedResponse(reply->exchange().method(), "GET"));
    return true;
}

struct Paging {
    int limit = MatchRoutes::kDefaultHistoryLimit;
    int offset = 0;
};

std::variant<Paging, ApiError> pagingFrom(const QUrlQuery &parameters)
{
    FieldErrors errors;
    Paging paging;
    paging.limit =
        integerParameter(parameters, QStringLiteral("limit"), errors, 1,
                         MatchRoutes::kMaxHistoryLimit, MatchRoutes::kDefaultHistoryLimit);
    paging.offset = integerParameter(parameters, QStringLiteral("offset"), errors, 0,
                                     MatchRoutes::kMaxHistoryOffset, 0);
    if (!errors.isEmpty()) {
        return errors.toError();
    }
    return paging;
}

std::variant<leaderboard::Request, ApiError> leaderboardRequestFrom(const QUrlQuery &parameters)
{
    FieldErrors errors;
    leaderboard::Request request;
    request.limit = integerParameter(parameters, QStringLiteral("limit"), errors, 1,
                                     leaderboard::kMaxLimit, leaderboard::kDefaultLimit);
    request.offset = integerParameter(parameters, QStringLiteral("offset"), errors, 0,
                                      leaderboard::kMaxOffset, 0);
    const QString friends = parameters.queryItemValue(QStringLiteral("friends"));
    if (friends == QLatin1String("true") || friends == QLatin1String("1")) {
        request.friendsOnly = true;
    } else if (!friends.isEmpty() && friends != QLatin1String("false") &&
               friends != QLatin1String("0")) {
        errors.add(QStringLiteral("friends"), QStringLiteral("one_of"),
                   QStringLiteral("must be true or false"));
    }
    if (!errors.isEmpty()) {
        return errors.toError();
    }
    return request;
}

template <typename Value>
bool sendIfError(const DeferredReplyPtr &reply, const std::variant<Value, ApiError> &result)
{
    if (const auto *error = std::get_if<ApiError>(&result)) {
        reply->send(error->toResponse());
        return true;
    }
    return false;
}

} // namespace

MatchRoutes::MatchRoutes(const FeatureContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

void MatchRoutes::registerRoutes(QHttpServer &server)
{
    using Handler = void (MatchRoutes::*)(const QString &, const QHttpServerRequest &,
                                          const DeferredReplyPtr &);
    const auto bind = [&](const QString &path, Handler handler) {
        server.route(path, [this, handler](const QString &id, const QHttpServerRequest &request,
                                           QHttpServerResponder &&responder) {
            (this->*handler)(id, request, deferReply(request, std::move(responder)));
        });
    };
    bind(QStringLiteral("/api/users/<arg>/stats"), &MatchRoutes::handleStats);
    bind(QStringLiteral("/api/users/<arg>/matches"), &MatchRoutes::handleHistory);
    bind(QStringLiteral("/api/users/<arg>/achievements"), &MatchRoutes::handleAchievements);
    const auto bindMatch = [&](const QString &path, MatchQuery query) {
        server.route(path, [this, query](const QString &id, const QHttpServerRequest &request,
                                         QHttpServerResponder &&responder) {
            handleMatchJson(id, request, deferReply(request, std::move(responder)), query);
        });
    };
    bindMatch(QStringLiteral("/api/matches/<arg>"), &match_store::matchDetails);
    bindMatch(QStringLiteral("/api/matches/<arg>/replay"), &match_store::replay);
    bindMatch(QStringLiteral("/api/matches/<arg>/timeline"), &match_store::timeline);
    server.route(QStringLiteral("/api/leaderboard"),
                 [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     handleLeaderboard(request, deferReply(request, std::move(responder)));
                 });
}

void MatchRoutes::handleAchievements(const QString &id, const QHttpServerRequest &request,
                                     const DeferredReplyPtr &reply)
{
    if (refuseUnlessGet(request, reply)) {
        return;
    }
    const auto userId = positiveIdFrom(id);
    m_context.authenticator.authenticate(
        request, reply, [this, reply, userId](const UserRecord &, const AccessClaims &) {
            if (!userId) {
                reply->send(notFound(QStringLiteral("user")).toResponse());
                return;
            }
            using Result = std::variant<QJsonObject, ApiError>;
            m_context.workers.run<Result>(
                this, [userId](QSqlDatabase &db) { return achievements::forUser(db, *userId); },
                [reply](Result result) {
                    if (!sendIfError(reply, result)) {
                        reply->send(QHttpServerResponse(std::get<QJsonObject>(result)));
                    }
                });
        });
}

void MatchRoutes::handleLeaderboard(const QHttpServerRequest &request,
                                    const DeferredReplyPtr &reply)
{
    if (refuseUnlessGet(request, reply)) {
        return;
    }
    const auto parsed = leaderboardRequestFrom(QUrlQuery(request.url()));
    m_context.authenticator.authenticate(
        request, reply, [this, reply, parsed](const UserRecord &caller, const AccessClaims &) {
            if (sendIfError(reply, parsed)) {
                return;
            }
            leaderboard::Request wanted = std::get<leaderboard::Request>(parsed);
            wanted.callerId = caller.id;
            using Result = std::variant<leaderboard::Page, ApiError>;
            m_context.workers.run<Result>(
                this, [wanted](QSqlDatabase &db) { return leaderboard::read(db, wanted); },
                [reply, wanted](Result result) {
                    if (!sendIfError(reply, result)) {
                        reply->send(QHttpServerResponse(
                            std::get<leaderboard::Page>(result).toJson(wanted)));
                    }
                });
        });
}

void MatchRoutes::handleStats(const QString &id, const QHttpServerRequest &request,
                              const DeferredReplyPtr &reply)
{
    if (refuseUnlessGet(request, reply)) {
        return;
    }
    const auto userId = positiveIdFrom(id);
    m_context.authenticator.authenticate(
        request, reply, [this, reply, userId](const UserRecord &, const AccessClaims &) {
            if (!userId) {
                reply->send(notFound(QStringLiteral("user")).toResponse());
                return;
            }
            using Result = std::variant<match_store::UserStats, ApiError>;
            m_context.workers.run<Result>(
                this, [userId](QSqlDatabase &db) { return match_store::userStats(db, *userId); },
                [reply](Result result) {
                    if (!sendIfError(reply, result)) {
                        reply->send(
                            QHttpServerResponse(std::get<match_store::UserStats>(result).toJson()));
                    }
                });
        });
}

void MatchRoutes::handleHistory(const QString &id, const QHttpServerRequest &request,
                                const DeferredReplyPtr &reply)
{
    if (refuseUnlessGet(request, reply)) {
        return;
    }
    const auto userId = positiveIdFrom(id);
    const auto paging = pagingFrom(QUrlQuery(request.url()));
    m_context.authenticator.authenticate(
        request, reply, [this, reply, userId, paging](const UserRecord &, const AccessClaims &) {
            if (sendIfError(reply, paging)) {
                return;
            }
            if (!userId) {
                reply->send(notFound(QStringLiteral("user")).toResponse());
                return;
            }
            const Paging page = std::get<Paging>(paging);
            using Result = std::variant<match_store::HistoryPage, ApiError>;
            m_context.workers.run<Result>(
                this,
                [userId, page](QSqlDatabase &db) {
                    return match_store::history(db, *userId, page.limit, page.offset);
                },
                [reply, page](Result result) {
                    if (sendIfError(reply, result)) {
                        return;
                    }
                    const auto &history = std::get<match_store::HistoryPage>(result);
                    reply->send(QHttpServerResponse(
                        QJsonObject{{QStringLiteral("matches"), history.matches},
                                    {QStringLiteral("limit"), page.limit},
                                    {QStringLiteral("offset"), page.offset},
                                    {QStringLiteral("total"), history.total},
                                    {QStringLiteral("hasMore"),
                                     page.offset + history.matches.size() < history.total}}));
                });
        });
}

// GET /api/matches/{id}/...: one match as JSON, from a match_store function on a worker.
void MatchRoutes::handleMatchJson(const QString &id, const QHttpServerRequest &request,
                                  const DeferredReplyPtr &reply, MatchQuery query)
{
    if (refuseUnlessGet(request, reply)) {
        return;
    }
    const auto matchId = positiveIdFrom(id);
    m_context.authenticator.authenticate(
        request, reply, [this, reply, matchId, query](const UserRecord &, const AccessClaims &) {
            if (!matchId) {
                reply->send(notFound(QStringLiteral("match")).toResponse());
                return;
            }
            using Result = std::variant<QJsonObject, ApiError>;
            m_context.workers.run<Result>(
                this, [matchId, query](QSqlDatabase &db) { return query(db, *matchId); },
                [reply](Result result) {
                    if (!sendIfError(reply, result)) {
                        reply->send(QHttpServerResponse(std::get<QJsonObject>(result)));
                    }
                });
        });
}

} // namespace transcendence::server
