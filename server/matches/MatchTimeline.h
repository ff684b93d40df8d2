#pragma once

#include "engine/MatchConfig.h"
#include "replay/InputLog.h"

#include <QJsonObject>
#include <QString>

#include <variant>

namespace transcendence::server {

// What happened in a stored match, over time, found by playing its input log through the engine
// again (docs/game.md, "Replays": the same engine reproduces it exactly). For the per-match page:
//   {"stepsPerSecond", "endStep", "durationSeconds",
//    "points": [{"atSeconds", "seat", "kind": "point"|"life_lost"|"eliminated", "scores",
//    "lives"}], "hits": [per seat], "powerUps": [taken, per seat], "rallies": {"count", "longest",
//    "average"}}  (a rally: paddle hits from a serve to its point)
// Pure: no database. An error message for a configuration or log that cannot be replayed.
std::variant<QJsonObject, QString> matchTimeline(const engine::MatchConfig &config,
                                                 std::uint64_t seed, const replay::InputLog &log);

} // namespace transcendence::server
