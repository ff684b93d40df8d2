#pragma once

#include "app/FeatureContext.h"
#include "http/ApiError.h"
#include "http/DeferredReply.h"

#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>

#include <variant>

namespace transcendence::server {

class Router;
struct RouteCall;

// Read-only match endpoints; every one needs a signed-in caller (401 otherwise) and runs its SQL
// on a DatabaseWorkers thread. Anyone signed in may read anyone's stats, history and matches,
// also across a block: results are public record, like a profile (docs/game.md).
//   GET /api/users/{id}/stats                    wins, losses, streaks, points, rating history
//   GET /api/users/{id}/matches?limit=&offset=   history, newest first (limit 1..50, default 20;
//                                                anything else: 422 with the field named)
//   GET /api/matches/{id}                        one match: players, configuration, result
//   GET /api/matches/{id}/replay                 configuration, seed and input log to re-run it
//   GET /api/leaderboard?limit=&offset=&friends=   the rating ranking and the caller's place in it
//   GET /api/users/{id}/achievements             achievements (earned or not), experience, level
class MatchRoutes : public QObject {
    Q_OBJECT
public:
    MatchRoutes(const FeatureContext &context, QObject *parent = nullptr);
    void registerRoutes(Router &router);

    static constexpr int kDefaultHistoryLimit = 20;
    static constexpr int kMaxHistoryLimit = 50;
    static constexpr int kMaxHistoryOffset = 1'000'000;

private:
    void handleStats(const RouteCall &call);
    void handleAchievements(const RouteCall &call);
    void handleLeaderboard(const RouteCall &call);
    void handleHistory(const RouteCall &call);
    void handleMatch(const RouteCall &call);
    void handleReplay(const RouteCall &call);
    void handleTimeline(const RouteCall &call);
    using MatchQuery = std::variant<QJsonObject, DomainError> (*)(QSqlDatabase &, qint64);
    void answerMatchJson(const RouteCall &call, MatchQuery query);

    FeatureContext m_context; // a copy: the one registerFeatures() builds is a local
};

} // namespace transcendence::server
