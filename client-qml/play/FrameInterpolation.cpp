#include "play/FrameInterpolation.h"

#include <algorithm>
#include <cmath>

namespace transcendence::client {
namespace {

// A ball farther than this from where it was (arena units) was served anew, not moved.
constexpr double kJumpDistance = 30.0;

double lerp(double a, double b, double fraction)
{
    return a + (b - a) * fraction;
}

} // namespace

engine::Snapshot interpolateSnapshot(const engine::Snapshot &from, const engine::Snapshot &to,
                                     double fraction)
{
    fraction = std::clamp(fraction, 0.0, 1.0);
    engine::Snapshot state = to;
    for (std::size_t i = 0; i < state.players.size() && i < from.players.size(); ++i) {
        engine::PlayerState &player = state.players[i];
        const engine::PlayerState &before = from.players[i];
        player.paddlePosition = lerp(before.paddlePosition, player.paddlePosition, fraction);
        player.paddleLength = lerp(before.paddleLength, player.paddleLength, fraction);
    }
    for (engine::BallState &ball : state.balls) {
        const auto old = std::find_if(
            from.balls.begin(), from.balls.end(),
            [&ball](const engine::BallState &candidate) { return candidate.id == ball.id; });
        if (old == from.balls.end() ||
            std::hypot(ball.position.x - old->position.x, ball.position.y - old->position.y) >
                kJumpDistance) {
            continue;
        }
        ball.position = {lerp(old->position.x, ball.position.x, fraction),
                         lerp(old->position.y, ball.position.y, fraction)};
    }
    return state;
}

} // namespace transcendence::client
