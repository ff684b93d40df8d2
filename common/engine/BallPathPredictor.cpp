#include "engine/BallPathPredictor.h"

namespace transcendence::engine {
namespace {

constexpr int kMaxBouncesPredicted = 32;
// A paddle as long as any arena: the plane it moves on, whatever its position.
constexpr double kWholeSide = 1e6;

} // namespace

BallPathPredictor::BallPathPredictor(const Arena &arena, const Snapshot &seen)
    : m_world(arena)
{
    for (std::size_t i = 0; i < seen.players.size(); ++i) {
        const Side side = arena.sideOf(int(i));
        if (seen.players[i].eliminated) {
            m_world.makeWall(side);
        } else {
            m_world.setPaddle(side, 0.0, kWholeSide);
        }
    }
    for (const PickupState &pickup : seen.pickups) {
        m_pickups.push_back(Rect::centered(pickup.position, kPickupHalfSize, kPickupHalfSize)
                                .expanded(Arena::ballHalfSize()));
    }
}

bool BallPathPredictor::crossesPickup(Vec2 from, Vec2 delta) const
{
    for (const Rect &pickup : m_pickups) {
        if (sweepIntoBox(from, delta, pickup)) {
            return true;
        }
    }
    return false;
}

BallPathPredictor::Arrival BallPathPredictor::nextArrival(Vec2 from, Vec2 direction,
                                                          double stepDistance,
                                                          double maxSteps) const
{
    Arrival arrival;
    double travelled = 0.0;
    const double budget = stepDistance * maxSteps;
    Vec2 position = from;
    for (int bounce = 0; bounce < kMaxBouncesPredicted && travelled < budget; ++bounce) {
        const double left = budget - travelled;
        const Contact contact = m_world.firstContact(position, direction * left, false);
        if (!contact.found()) {
            break;
        }
        const Vec2 leg = direction * (left * contact.time);
        arrival.crossesPickup = arrival.crossesPickup || crossesPickup(position, leg);
        position = position + leg;
        travelled += left * contact.time;
        switch (contact.kind) {
        case ContactKind::Paddle:
        case ContactKind::Goal:
            position[contact.axis] = contact.plane;
            arrival.reached = true;
            arrival.side = static_cast<Side>(contact.index);
            arrival.position = position;
            arrival.steps = travelled / stepDistance;
            return arrival;
        case ContactKind::Wall:
        case ContactKind::Obstacle:
            position[contact.axis] = contact.plane;
            direction[contact.axis] = -direction[contact.axis];
            break;
        case ContactKind::Pickup:
            break;
        }
    }
    return arrival;
}

} // namespace transcendence::engine
