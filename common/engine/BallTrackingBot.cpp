#include "engine/BallTrackingBot.h"

#include <cmath>
#include <limits>

namespace transcendence::engine {

BallTrackingBot::BallTrackingBot(const MatchConfig &config, int player)
    : m_arena(config)
    , m_player(player)
    , m_side(m_arena.sideOf(player))
    , m_paddleStep(config.paddleSpeed / kStepsPerSecond)
{}

Input BallTrackingBot::decide(const Snapshot &live) const
{
    const PlayerState &me = live.players[std::size_t(m_player)];
    const int normal = normalAxis(m_side);
    const int along = tangentAxis(m_side);
    double target = (m_arena.paddleTrackMin(m_side) + m_arena.paddleTrackMax(m_side)) / 2.0;
    double nearest = std::numeric_limits<double>::infinity();
    for (const BallState &ball : live.balls) {
        const bool incoming = ball.direction[normal] * inwardSign(m_side) < 0.0;
        const double distance = std::abs(ball.position[normal] - m_arena.edge(m_side));
        if (incoming && distance < nearest) {
            nearest = distance;
            target = ball.position[along];
        }
    }
    const double difference = target - me.paddlePosition;
    if (difference > m_paddleStep / 2.0) {
        return Input::Down;
    }
    if (difference < -m_paddleStep / 2.0) {
        return Input::Up;
    }
    return Input::None;
}

} // namespace transcendence::engine
