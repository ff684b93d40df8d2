#include "engine/SnapshotCodec.h"

#include <cmath>

namespace transcendence::engine {
namespace {

// Limits every encoding can carry: step counters stay integers a JSON double holds exactly.
constexpr std::int64_t kMaxStep = (std::int64_t(1) << 53) - 1;
constexpr std::int32_t kMaxCount = 1'000'000;

bool isStep(std::int64_t step)
{
    return step >= 0 && step <= kMaxStep;
}

bool finite(Vec2 v)
{
    return std::isfinite(v.x) && std::isfinite(v.y);
}

bool isPlayerIndex(std::int32_t index, std::size_t playerCount)
{
    return index >= 0 && std::size_t(index) < playerCount;
}

QString playerError(const PlayerState &p)
{
    if (!std::isfinite(p.paddlePosition) || !std::isfinite(p.paddleLength) ||
        p.paddleLength <= 0.0) {
        return QStringLiteral("paddle position and length must be finite, length positive");
    }
    if (p.score < 0 || p.score > kMaxCount || p.lives < 0 || p.lives > kMaxCount ||
        !isStep(p.biggerPaddleUntil) || !isStep(p.smallerPaddleUntil)) {
        return QStringLiteral("player counters out of range");
    }
    return {};
}

QString ballError(const BallState &b, std::size_t playerCount)
{
    if (!finite(b.position) || !finite(b.direction) || !std::isfinite(b.speed)) {
        return QStringLiteral("ball values must be finite");
    }
    const double lengthSquared = b.direction.x * b.direction.x + b.direction.y * b.direction.y;
    if (std::abs(lengthSquared - 1.0) > 1e-9) {
        return QStringLiteral("ball direction must be a unit vector");
    }
    if (b.speed <= 0.0 || b.speed > 1000.0 || !isStep(b.expiresAtStep) || b.id < 0) {
        return QStringLiteral("ball speed, id or expiry out of range");
    }
    if (b.lastHitter != -1 && !isPlayerIndex(b.lastHitter, playerCount)) {
        return QStringLiteral("ball lastHitter is not a player");
    }
    return {};
}

} // namespace

QString snapshotStructureError(const Snapshot &s)
{
    const std::size_t players = s.players.size();
    if (players != 2 && players != 4) {
        return QStringLiteral("a snapshot has 2 or 4 players");
    }
    if (s.balls.size() > std::size_t(kMaxBalls) || s.pickups.size() > kMaxPickupsOnField) {
        return QStringLiteral("too many balls or power-ups");
    }
    if (!isStep(s.step) || !isStep(s.serveAtStep) || !isStep(s.fasterBallUntil) ||
        !isStep(s.nextPowerUpStep) || s.nextObjectId < 0) {
        return QStringLiteral("step counters out of range");
    }
    if (!isPlayerIndex(s.receiver, players) ||
        (s.winner != -1 && !isPlayerIndex(s.winner, players))) {
        return QStringLiteral("receiver or winner is not a player");
    }
    if (s.randomState == std::array<std::uint64_t, 4>{}) {
        return QStringLiteral("the random generator state must not be all zero");
    }
    for (const PlayerState &player : s.players) {
        if (QString error = playerError(player); !error.isEmpty()) {
            return error;
        }
    }
    for (const BallState &ball : s.balls) {
        if (QString error = ballError(ball, players); !error.isEmpty()) {
            return error;
        }
    }
    for (const PickupState &pickup : s.pickups) {
        if (!finite(pickup.position) || !isStep(pickup.expiresAtStep) || pickup.id < 0 ||
            pickup.kind > PowerUpKind::MultiBall) {
            return QStringLiteral("power-up values out of range");
        }
    }
    return {};
}

} // namespace transcendence::engine
