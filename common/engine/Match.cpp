#include "engine/Match.h"

#include "engine/PhysicsRules.h"
#include "engine/SnapshotCodec.h"
#include "engine/StateHash.h"

#include <algorithm>

namespace transcendence::engine {

Match::Match(const MatchConfig &config, std::uint64_t seed)
    : m_config(config)
    , m_arena(config)
    , m_world(m_arena)
    , m_random(seed)
{
    Q_ASSERT(config.validate().isEmpty());
    m_serveDelaySteps = secondsToSteps(config.serveDelay);
    m_powerUpSpawnSteps = secondsToSteps(config.powerUpSpawnInterval);
    m_powerUpLifetimeSteps = secondsToSteps(config.powerUpLifetime);
    m_powerUpDurationSteps = secondsToSteps(config.powerUpDuration);
    m_state.balls.reserve(kMaxBalls);
    for (int player = 0; player < config.playerCount(); ++player) {
        const Side side = m_arena.sideOf(player);
        PlayerState state;
        state.paddleLength = config.paddleLength;
        state.paddlePosition = (m_arena.paddleTrackMin(side) + m_arena.paddleTrackMax(side)) / 2.0;
        state.lives = config.mode == GameMode::FourPlayers ? config.lives : 0;
        m_state.players.push_back(state);
    }
    m_state.receiver = m_random.below(config.playerCount());
    m_state.serveAtStep = m_serveDelaySteps;
    m_state.nextPowerUpStep = config.powerUps.empty() ? 0 : m_powerUpSpawnSteps;
    m_state.randomState = m_random.state();
}

Match::Match(const MatchConfig &config, const Snapshot &state)
    : m_config(config)
    , m_arena(config)
    , m_world(m_arena)
    , m_state(state)
    , m_random(DeterministicRandom::fromState(state.randomState))
{
    m_serveDelaySteps = secondsToSteps(config.serveDelay);
    m_powerUpSpawnSteps = secondsToSteps(config.powerUpSpawnInterval);
    m_powerUpLifetimeSteps = secondsToSteps(config.powerUpLifetime);
    m_powerUpDurationSteps = secondsToSteps(config.powerUpDuration);
    m_state.balls.reserve(kMaxBalls);
    for (std::size_t player = 0; player < m_state.players.size(); ++player) {
        if (m_state.players[player].eliminated) {
            m_world.makeWall(m_arena.sideOf(int(player)));
        }
    }
    syncPickupsToWorld();
}

std::uint64_t Match::stateHash() const
{
    return fnv1a64(snapshotToBinary(m_state));
}

void Match::setInput(int player, Input input)
{
    if (player >= 0 && std::size_t(player) < m_state.players.size() &&
        !m_state.players[std::size_t(player)].eliminated) {
        m_state.players[std::size_t(player)].input = input;
    }
}

void Match::step()
{
    m_events.clear();
    if (m_state.phase == MatchPhase::Over) {
        return;
    }
    ++m_state.step;
    expireEffects();
    movePaddles();
    if (m_state.phase == MatchPhase::Serving && m_state.step >= m_state.serveAtStep) {
        launchServe();
    }
    moveBalls();
    if (m_state.phase != MatchPhase::Over) {
        spawnPickups();
    }
    m_state.randomState = m_random.state();
}

void Match::movePaddles()
{
    const double stepDistance = m_config.paddleSpeed / kStepsPerSecond;
    for (std::size_t player = 0; player < m_state.players.size(); ++player) {
        PlayerState &state = m_state.players[player];
        if (state.eliminated) {
            continue;
        }
        const Side side = m_arena.sideOf(int(player));
        state.paddlePosition = m_arena.clampPaddle(
            side, state.paddlePosition + inputDirection(state.input) * stepDistance,
            state.paddleLength);
        m_world.setPaddle(side, state.paddlePosition, state.paddleLength);
    }
}

void Match::launchServe()
{
    const Side side = m_arena.sideOf(m_state.receiver);
    Vec2 direction;
    direction[normalAxis(side)] = -inwardSign(side);
    direction[tangentAxis(side)] = m_random.between(-kMaxServeSlope, kMaxServeSlope);
    BallState ball;
    ball.id = m_state.nextObjectId++;
    ball.position = m_arena.center();
    ball.direction = normalized(direction);
    ball.speed = m_config.ballSpeed;
    m_state.balls.push_back(ball);
    m_state.phase = MatchPhase::Playing;
    record(MatchEvent::Type::Serve, m_state.receiver, ball.position, ball.id);
}

void Match::moveBalls()
{
    // Balls added by a multi-ball during this loop start moving at the next step.
    const std::size_t count = m_state.balls.size();
    for (std::size_t i = 0; i < count; ++i) {
        if (advanceBall(i) == BallOutcome::PointEnded) {
            return;
        }
    }
}

double Match::ballStepDistance(const BallState &ball) const
{
    const double factor = m_state.fasterBallUntil > 0 ? kFasterBallFactor : 1.0;
    return ball.speed * factor / kStepsPerSecond;
}

Match::BallOutcome Match::advanceBall(std::size_t index)
{
    double remaining = 1.0;
    for (int contacts = 0; contacts < kMaxContactsPerStep && remaining > 0.0; ++contacts) {
        BallState &ball = m_state.balls[index];
        const Vec2 delta = ball.direction * (ballStepDistance(ball) * remaining);
        const Contact contact = m_world.firstContact(ball.position, delta, ball.lastHitter >= 0);
        if (!contact.found()) {
            ball.position = ball.position + delta;
            return BallOutcome::StillInPlay;
        }
        ball.position = ball.position + delta * contact.time;
        remaining *= 1.0 - contact.time;
        switch (contact.kind) {
        case ContactKind::Wall:
        case ContactKind::Obstacle:
            // Land exactly on the surface: rounding must never leave the ball inside it.
            ball.position[contact.axis] = contact.plane;
            ball.direction[contact.axis] = -ball.direction[contact.axis];
            record(contact.kind == ContactKind::Wall ? MatchEvent::Type::WallBounce
                                                     : MatchEvent::Type::ObstacleBounce,
                   -1, ball.position, ball.id);
            break;
        case ContactKind::Paddle:
            ball.position[contact.axis] = contact.plane;
            bounceOffPaddle(ball, static_cast<Side>(contact.index));
            break;
        case ContactKind::Goal:
            ballReachedGoal(static_cast<Side>(contact.index), ball);
            return BallOutcome::PointEnded;
        case ContactKind::Pickup:
            collectPickup(contact.index, index);
            break;
        }
    }
    return BallOutcome::StillInPlay;
}

void Match::bounceOffPaddle(BallState &ball, Side side)
{
    const int player = m_arena.ownerOf(side);
    const PlayerState &paddle = m_state.players[std::size_t(player)];
    const double reach = paddle.paddleLength / 2.0 + Arena::ballHalfSize();
    const double offset =
        std::clamp((ball.position[tangentAxis(side)] - paddle.paddlePosition) / reach, -1.0, 1.0);
    ball.direction = paddleBounceDirection(normalAxis(side), inwardSign(side), offset);
    ball.speed = std::min(ball.speed + m_config.ballSpeedIncrement, m_config.ballMaxSpeed);
    ball.lastHitter = player;
    record(MatchEvent::Type::PaddleHit, player, ball.position, ball.id);
}

void Match::ballReachedGoal(Side side, const BallState &ball)
{
    const int loser = m_arena.ownerOf(side);
    const Vec2 where = ball.position;
    const bool over = updateScoreOrLives(loser);
    m_state.balls.clear();
    if (over) {
        m_state.phase = MatchPhase::Over;
        record(MatchEvent::Type::MatchOver, m_state.winner, where);
        return;
    }
    endPoint();
}

// Returns whether the match is over (and sets the winner).
bool Match::updateScoreOrLives(int loser)
{
    PlayerState &lost = m_state.players[std::size_t(loser)];
    if (m_config.mode == GameMode::OneVsOne) {
        const int scorer = 1 - loser;
        PlayerState &won = m_state.players[std::size_t(scorer)];
        ++won.score;
        record(MatchEvent::Type::PointScored, scorer, {});
        const bool leadOk = !m_config.winByTwo || won.score - lost.score >= 2;
        if (won.score >= m_config.scoreLimit && leadOk) {
            m_state.winner = scorer;
            return true;
        }
        return false;
    }
    --lost.lives;
    record(MatchEvent::Type::LifeLost, loser, {});
    if (lost.lives > 0) {
        return false;
    }
    lost.eliminated = true;
    lost.input = Input::None;
    lost.biggerPaddleUntil = 0;
    lost.smallerPaddleUntil = 0;
    m_world.makeWall(m_arena.sideOf(loser));
    record(MatchEvent::Type::PlayerEliminated, loser, {});
    if (alivePlayerCount() > 1) {
        return false;
    }
    for (std::size_t player = 0; player < m_state.players.size(); ++player) {
        if (!m_state.players[player].eliminated) {
            m_state.winner = int(player);
        }
    }
    return true;
}

void Match::endPoint()
{
    m_state.receiver = nextReceiver();
    m_state.serveAtStep = m_state.step + m_serveDelaySteps;
    m_state.phase = MatchPhase::Serving;
}

// Serves go round the players still in the match: alternate in 1v1.
int Match::nextReceiver() const
{
    const int count = int(m_state.players.size());
    for (int k = 1; k <= count; ++k) {
        const int candidate = (m_state.receiver + k) % count;
        if (!m_state.players[std::size_t(candidate)].eliminated) {
            return candidate;
        }
    }
    return m_state.receiver;
}

int Match::alivePlayerCount() const
{
    return int(std::count_if(m_state.players.begin(), m_state.players.end(),
                             [](const PlayerState &p) { return !p.eliminated; }));
}

void Match::record(MatchEvent::Type type, int player, Vec2 position, int ballId)
{
    MatchEvent event;
    event.type = type;
    event.player = player;
    event.ballId = ballId;
    event.position = position;
    m_events.push_back(event);
}

} // namespace transcendence::engine
