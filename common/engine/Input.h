#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace transcendence::engine {

// The held-key state of one player for one step: humans, bots and the AI all speak only this.
// Up moves a paddle towards the lower coordinate along its side (up on the left and right sides,
// left on the top and bottom sides of the four-player arena), Down towards the higher one.
enum class Input : std::uint8_t { None = 0, Up = 1, Down = 2 };

QString inputName(Input input);
std::optional<Input> inputFromName(const QString &name);

// -1, 0 or +1: the direction the paddle moves along its side.
constexpr int inputDirection(Input input)
{
    return input == Input::Up ? -1 : (input == Input::Down ? 1 : 0);
}

} // namespace transcendence::engine
