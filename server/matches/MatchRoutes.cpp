#include "matches/MatchRoutes.h"

#include "db/DatabaseWorkers.h"
#include "http/JsonBody.h"
#include "http/RequestParameters.h"
#include "http/Router.h"
#include "http/ServerBusy.h"
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

// Ids in paths are positive decimal integers; anything else names nothing (404): nullopt
// after answering.
std::optional<qint64> idOf(const RouteCall &call, const QString &what)
{
    const auto id = positiveIdFrom(call.arg());
    if (!id) {
        call.fail(notFound(what));
    }
    return id;
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

} // namespace

MatchRoutes::MatchRoutes(const FeatureContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

void MatchRoutes::registerRoutes(Router &router)
{
    using Method = QHttpServerRequest::Method;
    const BodyRule none = BodyRule::none();
    const Access user = Access::SignedIn;
    router.add(this, {
                         {Method::Get, QStringLiteral("/api/users/<arg>/stats"), user, none,
                          &MatchRoutes::handleStats},
                         {Method::Get, QStringLiteral("/api/users/<arg>/matches"), user, none,
                          &MatchRoutes::handleHistory},
                         {Method::Get, QStringLiteral("/api/users/<arg>/achievements"), user, none,
                          &MatchRoutes::handleAchievements},
                         {Method::Get, QStringLiteral("/api/matches/<arg>"), user, none,
                          &MatchRoutes::handleMatch},
                         {Method::Get, QStringLiteral("/api/matches/<arg>/replay"), user, none,
                          &MatchRoutes::handleReplay},
                         {Method::Get, QStringLiteral("/api/matches/<arg>/timeline"), user, none,
                          &MatchRoutes::handleTimeline},
                         {Method::Get, QStringLiteral("/api/leaderboard"), user, none,
                          &MatchRoutes::handleLeaderboard},
                     });
}

void MatchRoutes::handleAchievements(const RouteCall &call)
{
    const auto userId = idOf(call, QStringLiteral("user"));
    if (!userId) {
        return;
    }
    using Result = std::variant<QJsonObject, DomainError>;
    m_context.workers.run<Result>(
        this, [userId](QSqlDatabase &db) { return achievements::forUser(db, *userId); },
        answer<QJsonObject, DomainError>(
            call.reply, [](const QJsonObject &earned) { return QHttpServerResponse(earned); }));
}

void MatchRoutes::handleLeaderboard(const RouteCall &call)
{
    const auto parsed = leaderboardRequestFrom(call.query);
    if (const auto *error = std::get_if<ApiError>(&parsed)) {
        call.fail(*error);
        return;
    }
    leaderboard::Request wanted = std::get<leaderboard::Request>(parsed);
    wanted.callerId = call.user.id;
    using Result = std::variant<leaderboard::Page, DomainError>;
    m_context.workers.run<Result>(
        this, [wanted](QSqlDatabase &db) { return leaderboard::read(db, wanted); },
        answer<leaderboard::Page, DomainError>(call.reply, [wanted](const leaderboard::Page &page) {
            return QHttpServerResponse(page.toJson(wanted));
        }));
}

void MatchRoutes::handleStats(const RouteCall &call)
{
    const auto userId = idOf(call, QStringLiteral("user"));
    if (!userId) {
        return;
    }
    using Result = std::variant<match_store::UserStats, DomainError>;
    m_context.workers.run<Result>(
        this, [userId](QSqlDatabase &db) { return match_store::userStats(db, *userId); },
        answer<match_store::UserStats, DomainError>(call.reply,
                                                    [](const match_store::UserStats &stats) {
                                                        return QHttpServerResponse(stats.toJson());
                                                    }));
}

void MatchRoutes::handleHistory(const RouteCall &call)
{
    const auto paging = pagingFrom(call.query);
    if (const auto *error = std::get_if<ApiError>(&paging)) {
        call.fail(*error);
        return;
    }
    const auto userId = idOf(call, QStringLiteral("user"));
    if (!userId) {
        return;
    }
    const Paging page = std::get<Paging>(paging);
    using Result = std::variant<match_store::HistoryPage, DomainError>;
    m_context.workers.run<Result>(
        this,
        [userId, page](QSqlDatabase &db) {
            return match_store::history(db, *userId, page.limit, page.offset);
        },
        answer<match_store::HistoryPage, DomainError>(
            call.reply, [page](const match_store::HistoryPage &history) {
                return QHttpServerResponse(
                    QJsonObject{{QStringLiteral("matches"), history.matches},
                                {QStringLiteral("limit"), page.limit},
                                {QStringLiteral("offset"), page.offset},
                                {QStringLiteral("total"), history.total},
                                {QStringLiteral("hasMore"),
                                 page.offset + history.matches.size() < history.total}});
            }));
}

void MatchRoutes::handleMatch(const RouteCall &call)
{
    answerMatchJson(call, &match_store::matchDetails);
}

void MatchRoutes::handleReplay(const RouteCall &call)
{
    answerMatchJson(call, &match_store::replay);
}

void MatchRoutes::handleTimeline(const RouteCall &call)
{
    const auto matchId = idOf(call, QStringLiteral("match"));
    if (!matchId) {
        return;
    }
    // The stored match read on the SQL pool, replayed on the CPU pool (a long match is thousands
    // of engine steps: no SQL connection waits for it), 503 + Retry-After when that pool is full.
    using Result = std::variant<QJsonObject, DomainError>;
    m_context.workers.run<Result>(
        this, [matchId](QSqlDatabase &db) { return match_store::replay(db, *matchId); },
        [this, reply = call.reply](Result stored) {
            const auto respond = answer<QJsonObject, DomainError>(
                reply, [](const QJsonObject &timeline) { return QHttpServerResponse(timeline); });
            if (std::holds_alternative<DomainError>(stored)) {
                respond(std::move(stored));
                return;
            }
            const bool queued = m_context.workers.cpu().tryRun<Result>(
                this,
                [match = std::get<QJsonObject>(stored)] { return match_store::timelineOf(match); },
                respond);
            if (!queued) {
                reply->send(serverBusyResponse());
            }
        });
}

// GET /api/matches/{id}/...: one match as JSON, from a match_store function on a worker.
void MatchRoutes::answerMatchJson(const RouteCall &call, MatchQuery query)
{
    const auto matchId = idOf(call, QStringLiteral("match"));
    if (!matchId) {
        return;
    }
    using Result = std::variant<QJsonObject, DomainError>;
    m_context.workers.run<Result>(
        this, [matchId, query](QSqlDatabase &db) { return query(db, *matchId); },
        answer<QJsonObject, DomainError>(
            call.reply, [](const QJsonObject &match) { return QHttpServerResponse(match); }));
}

} // namespace transcendence::server
