#pragma once

#include "engine/PowerUpKind.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <cstdint>
#include <optional>
#include <variant>
#include <vector>

namespace transcendence::engine {

// The simulation always runs at this rate, whatever the render or network rate.
inline constexpr int kStepsPerSecond = 120;

enum class GameMode : std::uint8_t { OneVsOne = 0, FourPlayers = 1 };
enum class MapId : std::uint8_t { Classic = 0, Pillars = 1, Crossroads = 2 };

// Field name -> human-readable problem; the server forwards it as the "fields" of its
// validation_failed error.
using FieldErrors = QMap<QString, QString>;

// Everything a room may customise. A default-constructed MatchConfig is the untouched classic
// game: 1v1, no obstacles, no power-ups, first to 11. Speeds are arena units per second,
// durations seconds.
struct MatchConfig {
    GameMode mode = GameMode::OneVsOne;
    MapId map = MapId::Classic;
    double ballSpeed = 75.0;         // at each serve
    double ballSpeedIncrement = 9.0; // added by each paddle hit
    double ballMaxSpeed = 180.0;     // cap for the speed-up (the faster-ball power-up goes beyond)
    double paddleLength = 16.0;
    double paddleSpeed = 70.0;
    int scoreLimit = 11; // one-vs-one
    bool winByTwo = false;
    int lives = 5; // four players
    double serveDelay = 1.0;
    std::vector<PowerUpKind> powerUps; // enabled kinds, each at most once; empty = none
    double powerUpSpawnInterval = 8.0;
    double powerUpLifetime = 10.0; // how long an uncollected power-up stays on the field
    double powerUpDuration = 8.0;  // how long a collected effect lasts

    int playerCount() const { return mode == GameMode::FourPlayers ? 4 : 2; }
    bool hasPowerUp(PowerUpKind kind) const;

    FieldErrors validate() const;
    QJsonObject toJson() const;
    // Missing fields keep their classic value; unknown fields, wrong types and out-of-range
    // values are reported per field.
    static std::variant<MatchConfig, FieldErrors> fromJson(const QJsonObject &object);

    friend bool operator==(const MatchConfig &, const MatchConfig &) = default;
};

// The range of each numeric field, for forms that check values before a room does (the same
// table validate() uses).
struct NumericFieldLimit {
    QString name;
    double min = 0.0;
    double max = 0.0;
    bool integer = false;
};
std::vector<NumericFieldLimit> numericFieldLimits();

QString gameModeName(GameMode mode);
QString mapName(MapId map);
QJsonObject fieldErrorsToJson(const FieldErrors &errors);

// Seconds of match time to whole simulation steps.
std::int64_t secondsToSteps(double seconds);

} // namespace transcendence::engine
