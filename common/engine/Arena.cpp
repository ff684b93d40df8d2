#include "engine/Arena.h"

#include <algorithm>

namespace transcendence::engine {
namespace {

// 4:3 like the 1972 screen for 1v1; a square for four players.
constexpr double kDuelWidth = 160.0;
constexpr double kDuelHeight = 120.0;
constexpr double kSquareSide = 120.0;
// Corner blocks close the four-player arena's corners so each side has exactly one goal.
constexpr double kCornerSize = 10.0;

struct ObstacleSpec {
    double centerX; // fraction of the arena width
    double centerY; // fraction of the arena height
    double halfWidth;
    double halfHeight;
};

// Obstacles stay clear of the paddles and of the straight serve lines, so a serve reaches its
// receiver on every map.
std::vector<ObstacleSpec> obstacleSpecs(GameMode mode, MapId map)
{
    const bool duel = mode == GameMode::OneVsOne;
    switch (map) {
    case MapId::Classic:
        return {};
    case MapId::Pillars:
        if (duel) {
            return {{0.5, 0.2, 3.0, 7.0}, {0.5, 0.8, 3.0, 7.0}};
        }
        return {
            {0.3, 0.3, 3.0, 3.0}, {0.7, 0.3, 3.0, 3.0}, {0.3, 0.7, 3.0, 3.0}, {0.7, 0.7, 3.0, 3.0}};
    case MapId::Crossroads:
        if (duel) {
            return {{0.28, 0.22, 4.0, 4.0},
                    {0.72, 0.22, 4.0, 4.0},
                    {0.28, 0.78, 4.0, 4.0},
                    {0.72, 0.78, 4.0, 4.0}};
        }
        // A pinwheel: the same layout seen from every side.
        return {{0.22, 0.25, 4.0, 4.0},
                {0.75, 0.22, 4.0, 4.0},
                {0.78, 0.75, 4.0, 4.0},
                {0.25, 0.78, 4.0, 4.0}};
    }
    return {};
}

} // namespace

Arena::Arena(const MatchConfig &config)
    : m_playerCount(config.playerCount())
{
    const bool duel = config.mode == GameMode::OneVsOne;
    m_width = duel ? kDuelWidth : kSquareSide;
    m_height = duel ? kDuelHeight : kSquareSide;
    m_cornerSize = duel ? 0.0 : kCornerSize;
    for (const ObstacleSpec &spec : obstacleSpecs(config.mode, config.map)) {
        m_obstacles.push_back(Rect::centered({spec.centerX * m_width, spec.centerY * m_height},
                                             spec.halfWidth, spec.halfHeight));
    }
    if (!duel) {
        const double c = m_cornerSize;
        m_obstacles.push_back({0.0, 0.0, c, c});
        m_obstacles.push_back({m_width - c, 0.0, m_width, c});
        m_obstacles.push_back({0.0, m_height - c, c, m_height});
        m_obstacles.push_back({m_width - c, m_height - c, m_width, m_height});
    }
}

int Arena::ownerOf(Side side) const
{
    const int index = static_cast<int>(side);
    return index < m_playerCount ? index : -1;
}

double Arena::edge(Side side) const
{
    switch (side) {
    case Side::Left:
    case Side::Top:
        return 0.0;
    case Side::Right:
        return m_width;
    case Side::Bottom:
        return m_height;
    }
    return 0.0;
}

double Arena::paddleFace(Side side) const
{
    return edge(side) + inwardSign(side) * (paddleInset() + paddleThickness());
}

double Arena::paddleTrackMin(Side) const
{
    return m_cornerSize;
}

double Arena::paddleTrackMax(Side side) const
{
    return (tangentAxis(side) == 0 ? m_width : m_height) - m_cornerSize;
}

double Arena::clampPaddle(Side side, double position, double length) const
{
    return std::clamp(position, paddleTrackMin(side) + length / 2.0,
                      paddleTrackMax(side) - length / 2.0);
}

Rect Arena::paddleRect(Side side, double position, double length) const
{
    const double back = edge(side) + inwardSign(side) * paddleInset();
    const double face = paddleFace(side);
    const double normalMin = std::min(back, face);
    const double normalMax = std::max(back, face);
    const double tangentMin = position - length / 2.0;
    const double tangentMax = position + length / 2.0;
    if (normalAxis(side) == 0) {
        return {normalMin, tangentMin, normalMax, tangentMax};
    }
    return {tangentMin, normalMin, tangentMax, normalMax};
}

} // namespace transcendence::engine
