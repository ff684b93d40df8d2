#pragma once

#include "engine/MatchConfig.h"
#include "engine/Rect.h"
#include "engine/Side.h"

#include <vector>

namespace transcendence::engine {

// The fixed geometry of a match: size, obstacles, where each paddle lives. Built once from the
// configuration; what changes during play (paddle positions, eliminations) is in the Snapshot.
class Arena {
public:
    explicit Arena(const MatchConfig &config);

    double width() const { return m_width; }
    double height() const { return m_height; }
    Vec2 center() const { return {m_width / 2.0, m_height / 2.0}; }
    // The ball is a square (as in 1972) of this half size.
    static constexpr double ballHalfSize() { return 1.0; }
    static constexpr double paddleThickness() { return 2.0; }
    static constexpr double paddleInset() { return 4.0; }

    // Map obstacles, plus the corner blocks of the four-player arena.
    const std::vector<Rect> &obstacles() const { return m_obstacles; }

    int playerCount() const { return m_playerCount; }
    Side sideOf(int player) const { return static_cast<Side>(player); }
    // The player guarding a side, or -1 if the side is a wall from the start (1v1 top/bottom).
    int ownerOf(Side side) const;

    // Coordinate, on the side's normal axis, of the arena edge and of the paddle's field face.
    double edge(Side side) const;
    double paddleFace(Side side) const;
    // The stretch of the side (tangent axis) the paddle may cover.
    double paddleTrackMin(Side side) const;
    double paddleTrackMax(Side side) const;
    // The paddle centre clamped so a paddle of that length stays on its track.
    double clampPaddle(Side side, double position, double length) const;
    Rect paddleRect(Side side, double position, double length) const;

private:
    double m_width = 0.0;
    double m_height = 0.0;
    double m_cornerSize = 0.0;
    int m_playerCount = 2;
    std::vector<Rect> m_obstacles;
};

} // namespace transcendence::engine
