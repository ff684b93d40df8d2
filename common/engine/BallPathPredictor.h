#pragma once

#include "engine/Arena.h"
#include "engine/CollisionWorld.h"
#include "engine/Snapshot.h"

#include <vector>

namespace transcendence::engine {

// Where a ball seen in a snapshot will go: straight lines between bounces off walls, obstacles
// and eliminated sides, computed with the engine's own collision geometry. Paddles are not
// where the snapshot showed them (they move), so every guarded side counts as reached when the
// ball arrives at its paddle's plane, wherever the paddle is.
class BallPathPredictor {
public:
    struct Arrival {
        bool reached = false;
        Side side = Side::Left;
        Vec2 position;    // on the side's paddle plane
        double steps = 0; // from the start of the trace
        bool crossesPickup = false;
    };

    BallPathPredictor(const Arena &arena, const Snapshot &seen);

    // Follows a ball moving `stepDistance` per step for at most `maxSteps` steps.
    Arrival nextArrival(Vec2 from, Vec2 direction, double stepDistance, double maxSteps) const;

private:
    bool crossesPickup(Vec2 from, Vec2 delta) const;

    CollisionWorld m_world;
    std::vector<Rect> m_pickups; // grown by the ball's half size
};

} // namespace transcendence::engine
