#pragma once

namespace transcendence::engine {

// Arena coordinates: x grows to the right, y grows downwards (screen order), in arena units.
struct Vec2 {
    double x = 0.0;
    double y = 0.0;

    // Axis 0 is x, axis 1 is y: lets side-generic code pick "along the normal" or "along the side".
    double &operator[](int axis) { return axis == 0 ? x : y; }
    double operator[](int axis) const { return axis == 0 ? x : y; }

    friend Vec2 operator+(Vec2 a, Vec2 b) { return {a.x + b.x, a.y + b.y}; }
    friend Vec2 operator-(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }
    friend Vec2 operator*(Vec2 a, double k) { return {a.x * k, a.y * k}; }
    friend bool operator==(Vec2 a, Vec2 b) = default;
};

} // namespace transcendence::engine
