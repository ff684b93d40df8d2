#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace transcendence::engine {

enum class PowerUpKind : std::uint8_t {
    BiggerPaddle = 0,          // the collector's paddle grows
    SmallerOpponentPaddle = 1, // every other player's paddle shrinks
    FasterBall = 2,            // every ball moves faster
    MultiBall = 3,             // a second ball joins the rally
};

inline constexpr std::array<PowerUpKind, 4> kAllPowerUpKinds{
    PowerUpKind::BiggerPaddle, PowerUpKind::SmallerOpponentPaddle, PowerUpKind::FasterBall,
    PowerUpKind::MultiBall};

// Effect strengths are part of the rules, not of the configuration: a "faster ball" should mean
// the same thing in every room.
inline constexpr double kBiggerPaddleFactor = 1.5;
inline constexpr double kSmallerPaddleFactor = 0.6;
inline constexpr double kFasterBallFactor = 1.5;
inline constexpr int kMaxBalls = 3;
inline constexpr int kMaxPickupsOnField = 2;
inline constexpr double kPickupHalfSize = 3.0;

constexpr double paddleLengthWithEffects(double baseLength, bool bigger, bool smaller)
{
    return baseLength * (bigger ? kBiggerPaddleFactor : 1.0) *
           (smaller ? kSmallerPaddleFactor : 1.0);
}

QString powerUpKindName(PowerUpKind kind);
std::optional<PowerUpKind> powerUpKindFromName(const QString &name);

} // namespace transcendence::engine
