#pragma once

#include "engine/Arena.h"
#include "engine/CollisionWorld.h"
#include "engine/DeterministicRandom.h"
#include "engine/Input.h"
#include "engine/MatchConfig.h"
#include "engine/MatchEvent.h"
#include "engine/Snapshot.h"

#include <QString>

#include <cstdint>
#include <variant>
#include <vector>

namespace transcendence::engine {

// One Pong match, simulated in fixed steps of 1/kStepsPerSecond s. Pure computation: no clock,
// no I/O, no threads; the owner calls step() at its own pace (the server's game thread at
// 120 Hz, a replay as fast as it can). The same config, seed and inputs give the same match,
// bit for bit, which stateHash() lets two parties check.
class Match {
public:
    // Precondition: config.validate() is empty (MatchConfig::fromJson guarantees it).
    Match(const MatchConfig &config, std::uint64_t seed);
    // Continues a match from a snapshot taken from a match with the same config.
    static std::variant<Match, QString> restore(const MatchConfig &config,
                                                const Snapshot &snapshot);

    // Held until changed. Out-of-range players and eliminated players are ignored.
    void setInput(int player, Input input);
    // Advances one step; does nothing once the match is over.
    void step();
    // What happened during the last step() (cleared at the start of each step).
    const std::vector<MatchEvent> &events() const { return m_events; }

    const Snapshot &snapshot() const { return m_state; }
    std::uint64_t stateHash() const;

    const MatchConfig &config() const { return m_config; }
    const Arena &arena() const { return m_arena; }
    std::int64_t currentStep() const { return m_state.step; }
    MatchPhase phase() const { return m_state.phase; }
    bool isOver() const { return m_state.phase == MatchPhase::Over; }
    int winner() const { return m_state.winner; }

private:
    enum class BallOutcome { StillInPlay, PointEnded };

    Match(const MatchConfig &config, const Snapshot &state);

    void movePaddles();
    void launchServe();
    void moveBalls();
    BallOutcome advanceBall(std::size_t index);
    void bounceOffPaddle(BallState &ball, Side side);
    void ballReachedGoal(Side side, const BallState &ball);
    bool updateScoreOrLives(int loser);
    void endPoint();
    int nextReceiver() const;
    int alivePlayerCount() const;
    double ballStepDistance(const BallState &ball) const;
    void record(MatchEvent::Type type, int player, Vec2 position, int ballId = -1);

    // Power-ups (MatchPowerUps.cpp).
    void expireEffects();
    void spawnPickups();
    void collectPickup(int pickupIndex, std::size_t ballIndex);
    void addExtraBall(const BallState &source, int collector);
    void updatePaddleLength(int player);
    void syncPickupsToWorld();

    MatchConfig m_config;
    Arena m_arena;
    CollisionWorld m_world;
    Snapshot m_state;
    DeterministicRandom m_random;
    std::vector<MatchEvent> m_events;
    std::int64_t m_serveDelaySteps = 0;
    std::int64_t m_powerUpSpawnSteps = 0;
    std::int64_t m_powerUpLifetimeSteps = 0;
    std::int64_t m_powerUpDurationSteps = 0;
};

} // namespace transcendence::engine
