#pragma once

#include "engine/Arena.h"
#include "engine/Snapshot.h"

#include <array>
#include <limits>
#include <optional>
#include <vector>

namespace transcendence::engine {

enum class ContactKind : std::uint8_t { Paddle, Wall, Obstacle, Goal, Pickup };

struct Contact {
    double time = std::numeric_limits<double>::infinity(); // fraction of the sweep, in [0, 1]
    ContactKind kind = ContactKind::Wall;
    int index = -1;     // Side for paddles, walls and goals; list index for obstacles and pickups
    int axis = 0;       // the axis whose velocity component a bounce reverses
    double plane = 0.0; // the ball's coordinate on that axis at the contact

    bool found() const { return time <= 1.0; }
};

// The swept point of the first contact on the segment from + t * delta, t in [0, 1], with a box;
// none when the point starts inside the box (it is leaving) or only grazes it.
struct BoxEntry {
    double time;
    int axis;
};
std::optional<BoxEntry> sweepIntoBox(Vec2 from, Vec2 delta, const Rect &box);

// Everything a ball can touch during one step, with the ball shrunk to a point and everything
// else grown by the ball's half size (a Minkowski sum), so that a contact is found exactly
// however fast the ball moves: nothing is sampled, so nothing can be tunnelled through.
// Paddles are one-sided: only their field face returns the ball, as in 1972; a ball that is
// already behind a paddle's face is lost.
class CollisionWorld {
public:
    explicit CollisionWorld(const Arena &arena);

    // Every side starts as its initial role: a goal if a player guards it, else a wall.
    void makeWall(Side side);
    void setPaddle(Side side, double position, double length);
    void removePaddle(Side side);
    void setPickups(const std::vector<PickupState> &pickups);
    void removePickup(int index);

    Contact firstContact(Vec2 from, Vec2 delta, bool withPickups) const;

    const Rect &obstacle(int index) const { return m_obstacles[std::size_t(index)]; }

private:
    struct SideRole {
        bool wall = false;
        bool paddle = false;
        double paddleMin = 0.0; // paddle span along the side, grown by the ball's half size
        double paddleMax = 0.0;
        double wallPlane = 0.0;
        double goalPlane = 0.0;
        double paddlePlane = 0.0;
    };

    void considerSide(Side side, Vec2 from, Vec2 delta, Contact &best) const;

    std::array<SideRole, 4> m_sides{};
    std::vector<Rect> m_obstacles; // grown
    std::vector<Rect> m_pickups;   // grown; removed ones are empty boxes
};

} // namespace transcendence::engine
