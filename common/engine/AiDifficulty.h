#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace transcendence::engine {

enum class AiDifficulty : std::uint8_t { Easy = 0, Normal = 1, Hard = 2 };

// What separates the levels: how wrong the AI's guesses are and how late it acts on what it
// sees. Its paddle moves exactly as fast as everyone else's.
struct AiSkill {
    int reactionSteps;      // delay between seeing a snapshot and acting on it
    double predictionError; // spread (arena units) of the guessed meeting point, 1 s ahead
    double aimError;        // spread of the chosen contact offset on the paddle (-1..1)
};

constexpr AiSkill skillFor(AiDifficulty difficulty)
{
    switch (difficulty) {
    case AiDifficulty::Easy:
        return {36, 16.0, 0.6};
    case AiDifficulty::Normal:
        return {20, 7.0, 0.3};
    case AiDifficulty::Hard:
        return {8, 1.5, 0.05};
    }
    return {20, 7.0, 0.3};
}

QString aiDifficultyName(AiDifficulty difficulty);
std::optional<AiDifficulty> aiDifficultyFromName(const QString &name);

} // namespace transcendence::engine
