#include "engine/Match.h"
#include "engine/SnapshotCodec.h"

#include <cmath>

namespace transcendence::engine {
namespace {

// A restored match must be able to go on for years without a counter overflowing; no real
// match comes anywhere near these.
constexpr std::int64_t kMaxRestorableStep = std::int64_t(1) << 50;
constexpr std::int32_t kMaxRestorableObjectId = 1'000'000'000;

bool insideArena(const Arena &arena, Vec2 point)
{
    return point.x >= 0.0 && point.x <= arena.width() && point.y >= 0.0 &&
           point.y <= arena.height();
}

QString playersError(const MatchConfig &config, const Arena &arena, const Snapshot &s)
{
    const bool fourPlayers = config.mode == GameMode::FourPlayers;
    int alive = 0;
    for (std::size_t i = 0; i < s.players.size(); ++i) {
        const PlayerState &player = s.players[i];
        const Side side = arena.sideOf(int(i));
        const double length = paddleLengthWithEffects(
            config.paddleLength, player.biggerPaddleUntil > 0, player.smallerPaddleUntil > 0);
        if (player.paddleLength != length ||
            arena.clampPaddle(side, player.paddlePosition, length) != player.paddlePosition) {
            return QStringLiteral("a paddle has the wrong length or is off its track");
        }
        if (player.eliminated != (fourPlayers && player.lives == 0)) {
            return QStringLiteral("exactly the four-player players with no lives left are out");
        }
        alive += player.eliminated ? 0 : 1;
    }
    if (s.phase != MatchPhase::Over &&
        (alive < 2 || s.players[std::size_t(s.receiver)].eliminated)) {
        return QStringLiteral("a match in progress needs two players in and a receiver in");
    }
    return {};
}

// A snapshot decoded from the network is checked against the configuration before the engine
// trusts it: the step loop assumes these invariants.
QString restoreError(const MatchConfig &config, const Arena &arena, const Snapshot &s)
{
    if (QString error = snapshotStructureError(s); !error.isEmpty()) {
        return error;
    }
    if (int(s.players.size()) != config.playerCount()) {
        return QStringLiteral("the snapshot's player count does not match the mode");
    }
    if (s.step > kMaxRestorableStep || s.serveAtStep > kMaxRestorableStep ||
        s.nextPowerUpStep > kMaxRestorableStep || s.nextObjectId > kMaxRestorableObjectId) {
        return QStringLiteral("counters too large to continue the match");
    }
    if ((s.phase == MatchPhase::Over) != (s.winner >= 0)) {
        return QStringLiteral("a winner exactly when the match is over");
    }
    if ((s.phase == MatchPhase::Playing) != !s.balls.empty()) {
        return QStringLiteral("balls are in play exactly while playing");
    }
    if (QString error = playersError(config, arena, s); !error.isEmpty()) {
        return error;
    }
    for (const BallState &ball : s.balls) {
        if (!insideArena(arena, ball.position)) {
            return QStringLiteral("a ball is outside the arena");
        }
    }
    for (const PickupState &pickup : s.pickups) {
        if (!insideArena(arena, pickup.position)) {
            return QStringLiteral("a power-up is outside the arena");
        }
    }
    return {};
}

} // namespace

std::variant<Match, QString> Match::restore(const MatchConfig &config, const Snapshot &snapshot)
{
    if (!config.validate().isEmpty()) {
        return QStringLiteral("invalid configuration");
    }
    const Arena arena(config);
    if (QString error = restoreError(config, arena, snapshot); !error.isEmpty()) {
        return error;
    }
    return Match(config, snapshot);
}

} // namespace transcendence::engine
