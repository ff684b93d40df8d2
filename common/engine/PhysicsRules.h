#pragma once

#include "engine/Vec2.h"

#include <cmath>

namespace transcendence::engine {

// A paddle returns the ball at an angle set by where it was met: straight back at the centre,
// up to atan(1.5) ~ 56 degrees off the normal at the very end. The AI aims with the same rule.
inline constexpr double kMaxBounceSlope = 1.5;
// A serve leaves the centre at most atan(0.5) ~ 27 degrees off the line to the receiver.
inline constexpr double kMaxServeSlope = 0.5;
// Bounces within one step are resolved one after the other; the ranges of MatchConfig keep the
// real number far below this bound, which only guards against degenerate corners.
inline constexpr int kMaxContactsPerStep = 16;

// sqrt is correctly rounded by IEEE 754, so this is as reproducible as + and *.
inline Vec2 normalized(Vec2 v)
{
    const double length = std::sqrt(v.x * v.x + v.y * v.y);
    return {v.x / length, v.y / length};
}

// The direction a paddle on a side with the given inward normal sends the ball, for a contact
// at `offset` in [-1, 1] from the paddle's centre towards its end.
inline Vec2 paddleBounceDirection(int normalAxis, double inwardSign, double offset)
{
    Vec2 direction;
    direction[normalAxis] = inwardSign;
    direction[1 - normalAxis] = offset * kMaxBounceSlope;
    return normalized(direction);
}

} // namespace transcendence::engine
