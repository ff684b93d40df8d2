#pragma once

#include "app/FeatureContext.h"
#include "auth/RateLimiter.h"
#include "http/DeferredReply.h"
#include "http/JsonBody.h"
#include "tournaments/TournamentStore.h"

#include <QObject>

#include <functional>

namespace transcendence::server {

class Router;
struct RouteCall;

// The tournament API; every route needs a signed-in caller (401) and runs its SQL on a
// DatabaseWorkers thread. docs/api/openapi.yaml describes each; docs/game.md, "Tournaments",
// the rules.
//   GET  /api/tournaments?status=open,running&limit=&offset=   online ones, and your local ones
//   POST /api/tournaments                  {kind:"local", name, aliases[3..16], config?} or
//                                          {kind:"online", name, minPlayers?, maxPlayers?, config?}
//   GET  /api/tournaments/{id}             entries, bracket, results, next match ("X vs Y")
//   POST /api/tournaments/{id}/join        {alias?} (online, while open)
//   POST /api/tournaments/{id}/leave       open: withdraw; running: forfeit what remains
//   POST /api/tournaments/{id}/start       the owner, with at least minPlayers entries
//   POST /api/tournaments/{id}/cancel      the owner, before it starts
// A local tournament is visible to its owner only (404 for others).
class TournamentRoutes : public QObject {
    Q_OBJECT
public:
    // changed: called on the server thread after each successful change (rooms, notifications).
    TournamentRoutes(const FeatureContext &context,
                     std::function<void(const tournament_store::Changed &)> changed,
                     QObject *parent = nullptr);
    void registerRoutes(Router &router);

    static constexpr int kDefaultLimit = 20;
    static constexpr int kMaxLimit = 50;
    static constexpr int kMaxOffset = 1'000'000;

    // The body of POST /api/tournaments, checked field by field (pure: no database).
    static std::variant<tournament_store::NewTournament, ApiError>
    newTournamentFrom(const QJsonObject &body);

private:
    void handleList(const RouteCall &call);
    void handleCreate(const RouteCall &call);
    void handleOne(const RouteCall &call);
    using Action = std::function<std::variant<tournament_store::Changed, DomainError>(
        QSqlDatabase &, qint64 tournamentId, qint64 userId, const QJsonObject &body)>;
    void runAction(const RouteCall &call, const Action &action);

    FeatureContext m_context;
    std::function<void(const tournament_store::Changed &)> m_changed;
    RateLimiter m_limits; // tournaments created per user
};

} // namespace transcendence::server
