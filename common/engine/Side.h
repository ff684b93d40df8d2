#pragma once

#include <cstdint>

namespace transcendence::engine {

// The four edges of the arena. In 1v1, player 0 guards Left and player 1 Right (Top and Bottom
// are walls); with four players, players 0..3 guard Left, Right, Top, Bottom.
enum class Side : std::uint8_t { Left = 0, Right = 1, Top = 2, Bottom = 3 };

inline constexpr Side kAllSides[] = {Side::Left, Side::Right, Side::Top, Side::Bottom};

// The axis across the side (the ball's way out), and the axis along it (the paddle's way).
constexpr int normalAxis(Side side)
{
    return side == Side::Left || side == Side::Right ? 0 : 1;
}
constexpr int tangentAxis(Side side)
{
    return 1 - normalAxis(side);
}
// +1 when "into the field" is the growing coordinate (Left, Top), -1 otherwise.
constexpr double inwardSign(Side side)
{
    return side == Side::Left || side == Side::Top ? 1.0 : -1.0;
}

} // namespace transcendence::engine
