#pragma once

#include "engine/Vec2.h"

namespace transcendence::engine {

// Axis-aligned box; every solid thing in the arena (obstacle, paddle, power-up) is one.
struct Rect {
    double minX = 0.0;
    double minY = 0.0;
    double maxX = 0.0;
    double maxY = 0.0;

    static Rect centered(Vec2 center, double halfWidth, double halfHeight)
    {
        return {center.x - halfWidth, center.y - halfHeight, center.x + halfWidth,
                center.y + halfHeight};
    }
    Rect expanded(double margin) const
    {
        return {minX - margin, minY - margin, maxX + margin, maxY + margin};
    }
    double min(int axis) const { return axis == 0 ? minX : minY; }
    double max(int axis) const { return axis == 0 ? maxX : maxY; }
    bool overlaps(const Rect &other) const
    {
        return minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY;
    }
    bool containsStrictly(Vec2 point) const
    {
        return point.x > minX && point.x < maxX && point.y > minY && point.y < maxY;
    }
    friend bool operator==(const Rect &, const Rect &) = default;
};

} // namespace transcendence::engine
