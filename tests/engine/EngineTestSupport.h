#pragma once

// Helpers shared by the engine suites: matches put in an exact situation through the public
// restore API, so each physics rule can be checked in isolation.
#include "engine/Match.h"
#include "engine/PhysicsRules.h"

#include <QtGlobal>

#include <cmath>
#include <functional>
#include <optional>
#include <variant>

namespace transcendence::engine::testing {

inline Match restoredOrDie(const MatchConfig &config, const Snapshot &snapshot)
{
    std::variant<Match, QString> restored = Match::restore(config, snapshot);
    if (const QString *error = std::get_if<QString>(&restored)) {
        qFatal("test setup: cannot restore snapshot: %s", qPrintable(*error));
    }
    return std::get<Match>(std::move(restored));
}

// A match in play with exactly one ball, as given (paddles centred, the serve already past).
inline Match matchWithBall(const MatchConfig &config, Vec2 position, Vec2 direction, double speed,
                           int lastHitter = -1)
{
    Snapshot snapshot = Match(config, 1).snapshot();
    snapshot.phase = MatchPhase::Playing;
    BallState ball;
    ball.id = snapshot.nextObjectId++;
    ball.position = position;
    ball.direction = normalized(direction);
    ball.speed = speed;
    ball.lastHitter = lastHitter;
    snapshot.balls = {ball};
    return restoredOrDie(config, snapshot);
}

inline Match withSnapshot(const Match &match, const std::function<void(Snapshot &)> &edit)
{
    Snapshot snapshot = match.snapshot();
    edit(snapshot);
    return restoredOrDie(match.config(), snapshot);
}

// Steps until an event of this type happens (returns it) or `maxSteps` pass (returns nothing).
inline std::optional<MatchEvent> stepUntil(Match &match, MatchEvent::Type type, int maxSteps)
{
    for (int i = 0; i < maxSteps; ++i) {
        match.step();
        for (const MatchEvent &event : match.events()) {
            if (event.type == type) {
                return event;
            }
        }
    }
    return std::nullopt;
}

inline bool nearlyEqual(double a, double b, double tolerance = 1e-9)
{
    return std::abs(a - b) <= tolerance;
}

} // namespace transcendence::engine::testing
