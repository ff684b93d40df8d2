#pragma once

#include "engine/PowerUpKind.h"
#include "engine/Vec2.h"

#include <QJsonObject>

#include <cstdint>

namespace transcendence::engine {

// Something a client may want to show or play a sound for. Produced by one Match::step().
struct MatchEvent {
    enum class Type : std::uint8_t {
        Serve,            // player: receiver; ballId: the new ball
        PaddleHit,        // player: whose paddle; ballId
        WallBounce,       // ballId
        ObstacleBounce,   // ballId
        PointScored,      // 1v1. player: who scored
        LifeLost,         // four players. player: who lost the life
        PlayerEliminated, // player
        MatchOver,        // player: the winner
        PowerUpSpawned,   // pickupId, kind, position
        PowerUpTaken,     // player: collector; pickupId, kind, ballId
        PowerUpVanished,  // pickupId, kind: nobody took it in time
        PowerUpExpired,   // player: who had taken it; kind: its effect is over
    };

    Type type = Type::Serve;
    std::int32_t player = -1;
    std::int32_t ballId = -1;
    std::int32_t pickupId = -1;
    PowerUpKind kind = PowerUpKind::BiggerPaddle; // meaningful for power-up events only
    Vec2 position;

    QJsonObject toJson() const;
    friend bool operator==(const MatchEvent &, const MatchEvent &) = default;
};

QString matchEventTypeName(MatchEvent::Type type);

} // namespace transcendence::engine
