#include "engine/CollisionWorld.h"

#include <algorithm>
#include <utility>

namespace transcendence::engine {

std::optional<BoxEntry> sweepIntoBox(Vec2 from, Vec2 delta, const Rect &box)
{
    double enter = -std::numeric_limits<double>::infinity();
    double exit = std::numeric_limits<double>::infinity();
    int enterAxis = -1;
    for (int axis = 0; axis < 2; ++axis) {
        if (delta[axis] == 0.0) {
            if (from[axis] <= box.min(axis) || from[axis] >= box.max(axis)) {
                return std::nullopt;
            }
            continue;
        }
        double near = (box.min(axis) - from[axis]) / delta[axis];
        double far = (box.max(axis) - from[axis]) / delta[axis];
        if (near > far) {
            std::swap(near, far);
        }
        if (near > enter) {
            enter = near;
            enterAxis = axis;
        }
        exit = std::min(exit, far);
    }
    if (enterAxis < 0 || enter >= exit || enter < 0.0 || enter > 1.0) {
        return std::nullopt;
    }
    return BoxEntry{enter, enterAxis};
}

CollisionWorld::CollisionWorld(const Arena &arena)
{
    const double r = Arena::ballHalfSize();
    for (Side side : kAllSides) {
        SideRole &role = m_sides[std::size_t(side)];
        const double inward = inwardSign(side);
        role.wall = arena.ownerOf(side) < 0;
        role.wallPlane = arena.edge(side) + inward * r;
        role.goalPlane = arena.edge(side);
        role.paddlePlane = arena.paddleFace(side) + inward * r;
    }
    for (const Rect &obstacle : arena.obstacles()) {
        m_obstacles.push_back(obstacle.expanded(r));
    }
}

void CollisionWorld::makeWall(Side side)
{
    m_sides[std::size_t(side)].wall = true;
    removePaddle(side);
}

void CollisionWorld::setPaddle(Side side, double position, double length)
{
    SideRole &role = m_sides[std::size_t(side)];
    const double reach = length / 2.0 + Arena::ballHalfSize();
    role.paddle = true;
    role.paddleMin = position - reach;
    role.paddleMax = position + reach;
}

void CollisionWorld::removePaddle(Side side)
{
    m_sides[std::size_t(side)].paddle = false;
}

void CollisionWorld::setPickups(const std::vector<PickupState> &pickups)
{
    m_pickups.clear();
    for (const PickupState &pickup : pickups) {
        m_pickups.push_back(Rect::centered(pickup.position, kPickupHalfSize, kPickupHalfSize)
                                .expanded(Arena::ballHalfSize()));
    }
}

void CollisionWorld::removePickup(int index)
{
    m_pickups[std::size_t(index)] = Rect{};
}

void CollisionWorld::considerSide(Side side, Vec2 from, Vec2 delta, Contact &best) const
{
    const SideRole &role = m_sides[std::size_t(side)];
    const int n = normalAxis(side);
    const double inward = inwardSign(side);
    if (delta[n] * inward >= 0.0) {
        return; // not moving towards this side
    }
    if (role.paddle && from[n] * inward >= role.paddlePlane * inward) {
        const double t = (role.paddlePlane - from[n]) / delta[n];
        const double along = from[tangentAxis(side)] + delta[tangentAxis(side)] * t;
        if (t <= 1.0 && t < best.time && along >= role.paddleMin && along <= role.paddleMax) {
            best = {t, ContactKind::Paddle, int(side), n, role.paddlePlane};
        }
    }
    const double plane = role.wall ? role.wallPlane : role.goalPlane;
    // A ball found beyond the plane (it cannot get there, but be safe) meets it at once.
    const double t = std::max(0.0, (plane - from[n]) / delta[n]);
    if (t <= 1.0 && t < best.time) {
        best = {t, role.wall ? ContactKind::Wall : ContactKind::Goal, int(side), n, plane};
    }
}

Contact CollisionWorld::firstContact(Vec2 from, Vec2 delta, bool withPickups) const
{
    Contact best;
    for (Side side : kAllSides) {
        considerSide(side, from, delta, best);
    }
    for (std::size_t i = 0; i < m_obstacles.size(); ++i) {
        const std::optional<BoxEntry> entry = sweepIntoBox(from, delta, m_obstacles[i]);
        if (entry && entry->time < best.time) {
            const Rect &box = m_obstacles[i];
            const double face =
                delta[entry->axis] > 0.0 ? box.min(entry->axis) : box.max(entry->axis);
            best = {entry->time, ContactKind::Obstacle, int(i), entry->axis, face};
        }
    }
    if (withPickups) {
        for (std::size_t i = 0; i < m_pickups.size(); ++i) {
            const std::optional<BoxEntry> entry = sweepIntoBox(from, delta, m_pickups[i]);
            if (entry && entry->time < best.time) {
                best = {entry->time, ContactKind::Pickup, int(i), entry->axis, 0.0};
            }
        }
    }
    return best;
}

} // namespace transcendence::engine
