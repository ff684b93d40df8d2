#pragma once

#include "engine/AiDifficulty.h"
#include "engine/Arena.h"
#include "engine/BallPathPredictor.h"
#include "engine/DeterministicRandom.h"
#include "engine/Input.h"
#include "engine/MatchConfig.h"
#include "engine/Snapshot.h"

#include <cstdint>
#include <deque>
#include <optional>

namespace transcendence::engine {

// A computer opponent that plays like a person at a keyboard. It never touches the Match: it is
// offered snapshots and accepts at most one per second of match time (kRefreshSteps), and
// between two views it acts only on what it remembers, predicts and has itself pressed. Its
// only output is the held key for the next step, exactly like a human's.
//
// Method: from each accepted snapshot it traces every ball's path (walls, obstacles, eliminated
// sides) to the moment it reaches its own side, assuming opponents send returns straight back;
// picks where on the paddle to meet the ball so that the return is hard to reach for the
// opponent (or crosses a power-up), with an error that grows with how far ahead it looks; and
// acts on that plan only after its reaction time. Its own paddle position between snapshots is
// dead-reckoned from the keys it held.
class AiPlayer {
public:
    static constexpr int kRefreshSteps = kStepsPerSecond;

    AiPlayer(const MatchConfig &config, int player, AiDifficulty difficulty, std::uint64_t seed);

    // Accepted (returns true) only if it is the first, or at least kRefreshSteps newer than
    // the last accepted one, and not older than the AI's own clock (and of a match of its
    // mode). Refused snapshots are not looked at beyond their step number.
    bool offerSnapshot(const Snapshot &snapshot);
    // The key to hold during the next step; call once per step, after offerSnapshot.
    Input nextInput();

    std::optional<std::int64_t> lastSnapshotStep() const { return m_lastSnapshotStep; }
    int player() const { return m_player; }

private:
    struct Waypoint {
        std::int64_t fromStep;
        double target; // paddle centre to reach
    };
    struct Intercept {
        double steps = 0.0;        // from the snapshot
        double along = 0.0;        // coordinate on my side where the ball arrives
        double stepDistance = 0.0; // of the ball when it arrives
    };

    void plan(const Snapshot &seen);
    std::optional<Intercept> firstInterceptOnMySide(const Snapshot &seen,
                                                    const BallPathPredictor &predictor) const;
    double chooseAimOffset(const Snapshot &seen, const BallPathPredictor &predictor,
                           const Intercept &intercept, double maxAim);
    std::optional<Intercept> predictReturn(const Snapshot &seen, const BallPathPredictor &predictor,
                                           const Intercept &intercept, double aimOffset) const;
    std::optional<double> opponentReturnOffset(const BallPathPredictor::Arrival &arrival,
                                               double paddleFrom, double paddleLength,
                                               double steps) const;
    double expectedOpponentPaddle(const PlayerState &seenOpponent, Side side, Vec2 hitPoint,
                                  const Intercept &intercept) const;
    Vec2 contactPoint(const Intercept &intercept) const;
    double returnStepDistance(const Intercept &intercept) const;
    double gaussian();
    double trackCentre() const;

    MatchConfig m_config;
    Arena m_arena;
    int m_player;
    Side m_side;
    AiSkill m_skill;
    DeterministicRandom m_random;
    double m_paddleStep;
    std::optional<std::int64_t> m_lastSnapshotStep;
    std::int64_t m_now = 0; // the step the last input was for
    double m_paddleEstimate = 0.0;
    double m_paddleLength = 0.0;
    double m_target = 0.0;
    std::deque<Waypoint> m_waypoints;
};

} // namespace transcendence::engine
