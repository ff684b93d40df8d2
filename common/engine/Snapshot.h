#pragma once

#include "engine/Input.h"
#include "engine/PowerUpKind.h"
#include "engine/Vec2.h"

#include <array>
#include <cstdint>
#include <vector>

namespace transcendence::engine {

enum class MatchPhase : std::uint8_t {
    Serving = 0, // no ball in play; the next serve launches at serveAtStep
    Playing = 1,
    Over = 2,
};

struct BallState {
    std::int32_t id = 0;
    Vec2 position;
    Vec2 direction;                 // unit vector
    double speed = 0.0;             // units per second, before the faster-ball factor
    std::int32_t lastHitter = -1;   // the player whose paddle touched it last; -1 since the serve
    std::int64_t expiresAtStep = 0; // extra balls of the multi-ball power-up vanish; 0 = never

    friend bool operator==(const BallState &, const BallState &) = default;
};

struct PlayerState {
    Input input = Input::None;   // the held key, applied at every step until changed
    double paddlePosition = 0.0; // paddle centre along its side
    double paddleLength = 0.0;   // current length, power-ups included
    std::int32_t score = 0;      // 1v1
    std::int32_t lives = 0;      // four players
    bool eliminated = false;
    std::int64_t biggerPaddleUntil = 0; // step at which the effect ends; 0 = inactive
    std::int64_t smallerPaddleUntil = 0;

    friend bool operator==(const PlayerState &, const PlayerState &) = default;
};

struct PickupState {
    std::int32_t id = 0;
    PowerUpKind kind = PowerUpKind::BiggerPaddle;
    Vec2 position;
    std::int64_t expiresAtStep = 0;

    friend bool operator==(const PickupState &, const PickupState &) = default;
};

// The whole mutable state of a match. Together with the MatchConfig it determines the rest of
// the match (given the inputs), so it is what clients render, what the AI observes, what the
// state hash covers and what a match can be restored from.
struct Snapshot {
    std::int64_t step = 0;
    MatchPhase phase = MatchPhase::Serving;
    std::int32_t winner = -1;
    std::int32_t receiver = 0; // the player the next (or current) serve goes to
    std::int64_t serveAtStep = 0;
    std::int64_t fasterBallUntil = 0;
    std::int64_t nextPowerUpStep = 0;
    std::int32_t nextObjectId = 1; // ids for balls and pickups, so clients can follow them
    std::array<std::uint64_t, 4> randomState{};
    std::vector<PlayerState> players;
    std::vector<BallState> balls;
    std::vector<PickupState> pickups;

    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

} // namespace transcendence::engine
