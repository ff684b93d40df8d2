// The power-up rules of Match: spawning pickups, collecting them with the ball, effects and
// their expiry.
#include "engine/Match.h"
#include "engine/PhysicsRules.h"

#include <cmath>

namespace transcendence::engine {
namespace {

// Pickups appear in the middle of the field, where both (all) players' shots can reach them.
Rect spawnArea(const Arena &arena)
{
    const bool duel = arena.playerCount() == 2;
    const double marginX = arena.width() * 0.3;
    const double marginY = arena.height() * (duel ? 0.15 : 0.3);
    return {marginX, marginY, arena.width() - marginX, arena.height() - marginY};
}

} // namespace

void Match::expireEffects()
{
    const std::int64_t now = m_state.step;
    for (std::size_t i = 0; i < m_state.players.size(); ++i) {
        PlayerState &player = m_state.players[i];
        for (auto [until, kind] :
             {std::pair{&player.biggerPaddleUntil, PowerUpKind::BiggerPaddle},
              std::pair{&player.smallerPaddleUntil, PowerUpKind::SmallerOpponentPaddle}}) {
            if (*until > 0 && now >= *until) {
                *until = 0;
                updatePaddleLength(int(i));
                record(MatchEvent::Type::PowerUpExpired, int(i), {});
                m_events.back().kind = kind;
            }
        }
    }
    if (m_state.fasterBallUntil > 0 && now >= m_state.fasterBallUntil) {
        m_state.fasterBallUntil = 0;
        record(MatchEvent::Type::PowerUpExpired, -1, {});
        m_events.back().kind = PowerUpKind::FasterBall;
    }
    // Only extra balls expire, so the ball of the point always stays.
    std::erase_if(m_state.balls, [&](const BallState &ball) {
        if (ball.expiresAtStep == 0 || now < ball.expiresAtStep) {
            return false;
        }
        record(MatchEvent::Type::PowerUpExpired, ball.lastHitter, ball.position, ball.id);
        m_events.back().kind = PowerUpKind::MultiBall;
        return true;
    });
    const std::size_t pickupsBefore = m_state.pickups.size();
    std::erase_if(m_state.pickups, [&](const PickupState &pickup) {
        if (now < pickup.expiresAtStep) {
            return false;
        }
        record(MatchEvent::Type::PowerUpVanished, -1, pickup.position);
        m_events.back().pickupId = pickup.id;
        m_events.back().kind = pickup.kind;
        return true;
    });
    if (m_state.pickups.size() != pickupsBefore) {
        syncPickupsToWorld();
    }
}

void Match::spawnPickups()
{
    if (m_config.powerUps.empty() || m_state.step < m_state.nextPowerUpStep) {
        return;
    }
    // A little jitter so spawns do not fall into a rhythm players can learn.
    m_state.nextPowerUpStep =
        m_state.step + std::llround(double(m_powerUpSpawnSteps) * m_random.between(0.75, 1.25));
    if (m_state.pickups.size() >= std::size_t(kMaxPickupsOnField)) {
        return;
    }
    const PowerUpKind kind =
        m_config.powerUps[std::size_t(m_random.below(int(m_config.powerUps.size())))];
    const Rect area = spawnArea(m_arena);
    for (int attempt = 0; attempt < 8; ++attempt) {
        const Vec2 position{m_random.between(area.minX, area.maxX),
                            m_random.between(area.minY, area.maxY)};
        // Keep a ball's width of room around it so the ball can always pass between.
        const Rect room = Rect::centered(position, kPickupHalfSize, kPickupHalfSize)
                              .expanded(4.0 * Arena::ballHalfSize());
        bool free = true;
        for (const Rect &obstacle : m_arena.obstacles()) {
            free = free && !room.overlaps(obstacle);
        }
        for (const PickupState &other : m_state.pickups) {
            free = free &&
                   !room.overlaps(Rect::centered(other.position, kPickupHalfSize, kPickupHalfSize));
        }
        if (!free) {
            continue;
        }
        const PickupState pickup{m_state.nextObjectId++, kind, position,
                                 m_state.step + m_powerUpLifetimeSteps};
        m_state.pickups.push_back(pickup);
        syncPickupsToWorld();
        record(MatchEvent::Type::PowerUpSpawned, -1, position);
        m_events.back().pickupId = pickup.id;
        m_events.back().kind = kind;
        return;
    }
}

void Match::collectPickup(int pickupIndex, std::size_t ballIndex)
{
    const PickupState pickup = m_state.pickups[std::size_t(pickupIndex)];
    const BallState ball = m_state.balls[ballIndex];
    const int collector = ball.lastHitter;
    m_state.pickups.erase(m_state.pickups.begin() + pickupIndex);
    syncPickupsToWorld();
    record(MatchEvent::Type::PowerUpTaken, collector, pickup.position, ball.id);
    m_events.back().pickupId = pickup.id;
    m_events.back().kind = pickup.kind;

    const std::int64_t until = m_state.step + m_powerUpDurationSteps;
    switch (pickup.kind) {
    case PowerUpKind::BiggerPaddle:
        m_state.players[std::size_t(collector)].biggerPaddleUntil = until;
        updatePaddleLength(collector);
        break;
    case PowerUpKind::SmallerOpponentPaddle:
        for (std::size_t i = 0; i < m_state.players.size(); ++i) {
            if (int(i) != collector && !m_state.players[i].eliminated) {
                m_state.players[i].smallerPaddleUntil = until;
                updatePaddleLength(int(i));
            }
        }
        break;
    case PowerUpKind::FasterBall:
        m_state.fasterBallUntil = until;
        break;
    case PowerUpKind::MultiBall:
        addExtraBall(ball, collector);
        break;
    }
}

// The extra ball leaves from the same point, mirrored across the ball's main direction of
// travel, so the two split visibly and both keep heading for a goal.
void Match::addExtraBall(const BallState &source, int collector)
{
    if (m_state.balls.size() >= std::size_t(kMaxBalls)) {
        return;
    }
    const Vec2 d = source.direction;
    const int minor = std::abs(d.x) < std::abs(d.y) ? 0 : 1;
    Vec2 direction = d;
    direction[minor] = -d[minor];
    if (std::abs(d[minor]) < 0.2) {
        direction[minor] = d[minor] >= 0.0 ? -0.5 : 0.5;
    }
    BallState extra = source;
    extra.id = m_state.nextObjectId++;
    extra.direction = normalized(direction);
    extra.lastHitter = collector;
    extra.expiresAtStep = m_state.step + m_powerUpDurationSteps;
    m_state.balls.push_back(extra);
}

void Match::updatePaddleLength(int player)
{
    PlayerState &state = m_state.players[std::size_t(player)];
    const double length = paddleLengthWithEffects(
        m_config.paddleLength, state.biggerPaddleUntil > 0, state.smallerPaddleUntil > 0);
    const Side side = m_arena.sideOf(player);
    state.paddleLength = length;
    state.paddlePosition = m_arena.clampPaddle(side, state.paddlePosition, length);
    if (!state.eliminated) {
        m_world.setPaddle(side, state.paddlePosition, length);
    }
}

void Match::syncPickupsToWorld()
{
    m_world.setPickups(m_state.pickups);
}

} // namespace transcendence::engine
