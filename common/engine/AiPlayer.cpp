#include "engine/AiPlayer.h"

#include "engine/PhysicsRules.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace transcendence::engine {
namespace {

// How far ahead the AI bothers to think, like a player who only follows the current rally.
constexpr double kHorizonSteps = 6.0 * kStepsPerSecond;
constexpr int kAimCandidates = 11;
constexpr double kMaxAim = 0.85;
constexpr double kPickupBonus = 0.5;
constexpr double kReturnHedge = 0.3;

double moveToward(double from, double to, double maxDistance)
{
    return from + std::clamp(to - from, -maxDistance, maxDistance);
}

} // namespace

AiPlayer::AiPlayer(const MatchConfig &config, int player, AiDifficulty difficulty,
                   std::uint64_t seed)
    : m_config(config)
    , m_arena(config)
    , m_player(player)
    , m_side(m_arena.sideOf(player))
    , m_skill(skillFor(difficulty))
    , m_random(seed)
    , m_paddleStep(config.paddleSpeed / kStepsPerSecond)
{
    m_paddleEstimate = trackCentre();
    m_target = trackCentre();
    m_paddleLength = config.paddleLength;
}

bool AiPlayer::offerSnapshot(const Snapshot &snapshot)
{
    if (m_lastSnapshotStep &&
        (snapshot.step < *m_lastSnapshotStep + kRefreshSteps || snapshot.step < m_now)) {
        return false;
    }
    if (int(snapshot.players.size()) != m_config.playerCount()) {
        return false; // not a snapshot of this kind of match
    }
    m_lastSnapshotStep = snapshot.step;
    m_now = snapshot.step;
    const PlayerState &me = snapshot.players[std::size_t(m_player)];
    m_paddleEstimate = me.paddlePosition;
    m_paddleLength = me.paddleLength;
    plan(snapshot);
    return true;
}

Input AiPlayer::nextInput()
{
    if (!m_lastSnapshotStep) {
        return Input::None;
    }
    ++m_now;
    while (!m_waypoints.empty() && m_waypoints.front().fromStep <= m_now) {
        m_target = m_waypoints.front().target;
        m_waypoints.pop_front();
    }
    // Within half a step of the target, pressing would only overshoot: let go, like a person.
    const double difference = m_target - m_paddleEstimate;
    Input input = Input::None;
    if (difference > m_paddleStep / 2.0) {
        input = Input::Down;
    } else if (difference < -m_paddleStep / 2.0) {
        input = Input::Up;
    }
    m_paddleEstimate = m_arena.clampPaddle(
        m_side, m_paddleEstimate + inputDirection(input) * m_paddleStep, m_paddleLength);
    return input;
}

void AiPlayer::plan(const Snapshot &seen)
{
    // What was planned for before the reaction time has passed still happens: the AI cannot
    // change its mind faster than that.
    const std::int64_t actFrom = seen.step + m_skill.reactionSteps;
    while (!m_waypoints.empty() && m_waypoints.back().fromStep >= actFrom) {
        m_waypoints.pop_back();
    }
    const BallPathPredictor predictor(m_arena, seen);
    const std::optional<Intercept> intercept =
        seen.phase == MatchPhase::Playing ? firstInterceptOnMySide(seen, predictor) : std::nullopt;
    if (!intercept) {
        m_waypoints.push_back({actFrom, trackCentre()});
        return;
    }
    const double lookAhead = std::clamp(intercept->steps / kStepsPerSecond, 0.25, 2.0);
    const double spread = m_skill.predictionError * lookAhead;
    const double reach = m_paddleLength / 2.0 + Arena::ballHalfSize();
    // Aim only as close to the paddle's end as the expected error leaves room for.
    const double maxAim = std::clamp(1.0 - (2.0 * spread + m_paddleStep) / reach, 0.0, kMaxAim);
    const double aim = chooseAimOffset(seen, predictor, *intercept, maxAim);
    const double meet = intercept->along + gaussian() * spread;
    const double target = m_arena.clampPaddle(m_side, meet - aim * reach, m_paddleLength);
    m_waypoints.push_back({actFrom, target});

    // Right after its own hit a player already moves to where the return will probably come,
    // judging by where the ball will really meet the paddle (it may not get there in time).
    const double movingSteps = std::max(0.0, intercept->steps - m_skill.reactionSteps);
    const double paddleAtHit = moveToward(m_paddleEstimate, target, m_paddleStep * movingSteps);
    const double contactOffset = (intercept->along - paddleAtHit) / reach;
    const auto afterHit = seen.step + std::int64_t(std::ceil(intercept->steps)) + 1;
    const std::optional<Intercept> back =
        std::abs(contactOffset) <= 1.0 ? predictReturn(seen, predictor, *intercept, contactOffset)
                                       : std::nullopt;
    double anticipated = trackCentre();
    if (back) {
        const double backLookAhead = std::clamp(back->steps / kStepsPerSecond, 0.25, 2.0);
        anticipated = back->along + gaussian() * m_skill.predictionError * backLookAhead;
    }
    m_waypoints.push_back(
        {std::max(afterHit, actFrom), m_arena.clampPaddle(m_side, anticipated, m_paddleLength)});
}

std::optional<AiPlayer::Intercept>
AiPlayer::firstInterceptOnMySide(const Snapshot &seen, const BallPathPredictor &predictor) const
{
    const double factor = seen.fasterBallUntil > 0 ? kFasterBallFactor : 1.0;
    std::optional<Intercept> best;
    for (const BallState &ball : seen.balls) {
        double stepDistance = ball.speed * factor / kStepsPerSecond;
        Vec2 position = ball.position;
        Vec2 direction = ball.direction;
        double elapsed = 0.0;
        // Follow the ball through at most two opponents' returns.
        for (int leg = 0; leg < 3; ++leg) {
            const BallPathPredictor::Arrival arrival =
                predictor.nextArrival(position, direction, stepDistance, kHorizonSteps - elapsed);
            if (!arrival.reached) {
                break;
            }
            if (arrival.side == m_side) {
                elapsed += arrival.steps;
                if (!best || elapsed < best->steps) {
                    best = Intercept{elapsed, arrival.position[tangentAxis(m_side)], stepDistance};
                }
                break;
            }
            const int opponent = m_arena.ownerOf(arrival.side);
            const PlayerState &seenOpponent = seen.players[std::size_t(opponent)];
            const std::optional<double> returned =
                opponentReturnOffset(arrival, seenOpponent.paddlePosition,
                                     seenOpponent.paddleLength, elapsed + arrival.steps);
            if (!returned) {
                break; // they will miss it
            }
            elapsed += arrival.steps;
            position = arrival.position;
            direction = paddleBounceDirection(normalAxis(arrival.side), inwardSign(arrival.side),
                                              *returned);
            stepDistance += m_config.ballSpeedIncrement * factor / kStepsPerSecond;
        }
    }
    return best;
}

// How a person returns a ball: they run from where they were towards where it arrives, and the
// ball leaves at the angle set by where it meets their paddle. Gives that contact offset, or
// nothing if they cannot reach the ball.
std::optional<double> AiPlayer::opponentReturnOffset(const BallPathPredictor::Arrival &arrival,
                                                     double paddleFrom, double paddleLength,
                                                     double steps) const
{
    const double along = arrival.position[tangentAxis(arrival.side)];
    const double paddle = m_arena.clampPaddle(
        arrival.side, moveToward(paddleFrom, along, m_paddleStep * steps), paddleLength);
    const double offset = (along - paddle) / (paddleLength / 2.0 + Arena::ballHalfSize());
    if (std::abs(offset) > 1.0) {
        return std::nullopt;
    }
    return offset;
}

Vec2 AiPlayer::contactPoint(const Intercept &intercept) const
{
    Vec2 point;
    point[normalAxis(m_side)] =
        m_arena.paddleFace(m_side) + inwardSign(m_side) * Arena::ballHalfSize();
    point[tangentAxis(m_side)] = intercept.along;
    return point;
}

double AiPlayer::returnStepDistance(const Intercept &intercept) const
{
    return intercept.stepDistance + m_config.ballSpeedIncrement / kStepsPerSecond;
}

// Tries a handful of contact offsets and keeps the one whose return is hardest to reach for
// the player it goes to (a fixed list of candidates, no search).
double AiPlayer::chooseAimOffset(const Snapshot &seen, const BallPathPredictor &predictor,
                                 const Intercept &intercept, double maxAim)
{
    const Vec2 from = contactPoint(intercept);
    double bestScore = -std::numeric_limits<double>::infinity();
    double bestOffset = 0.0;
    for (int k = 0; k < kAimCandidates; ++k) {
        const double offset = -maxAim + 2.0 * maxAim * k / (kAimCandidates - 1);
        const Vec2 direction =
            paddleBounceDirection(normalAxis(m_side), inwardSign(m_side), offset);
        const BallPathPredictor::Arrival arrival =
            predictor.nextArrival(from, direction, returnStepDistance(intercept), kHorizonSteps);
        double score = -1.0;
        const int opponent = arrival.reached ? m_arena.ownerOf(arrival.side) : -1;
        if (opponent >= 0 && opponent != m_player) {
            const PlayerState &seenOpponent = seen.players[std::size_t(opponent)];
            const int along = tangentAxis(arrival.side);
            const double expected =
                expectedOpponentPaddle(seenOpponent, arrival.side, from, intercept);
            const double gap =
                std::abs(arrival.position[along] - expected) - seenOpponent.paddleLength / 2.0;
            score = gap / (m_paddleStep * std::max(arrival.steps, 1.0));
            if (arrival.crossesPickup) {
                score += kPickupBonus;
            }
        }
        if (score > bestScore) {
            bestScore = score;
            bestOffset = offset;
        }
    }
    return std::clamp(bestOffset + gaussian() * m_skill.aimError, -0.95, 0.95);
}

std::optional<AiPlayer::Intercept> AiPlayer::predictReturn(const Snapshot &seen,
                                                           const BallPathPredictor &predictor,
                                                           const Intercept &intercept,
                                                           double aimOffset) const
{
    const double stepDistance = returnStepDistance(intercept);
    const Vec2 from = contactPoint(intercept);
    const Vec2 direction = paddleBounceDirection(normalAxis(m_side), inwardSign(m_side), aimOffset);
    const BallPathPredictor::Arrival out =
        predictor.nextArrival(from, direction, stepDistance, kHorizonSteps);
    if (!out.reached || out.side == m_side) {
        return std::nullopt;
    }
    const PlayerState &seenOpponent = seen.players[std::size_t(m_arena.ownerOf(out.side))];
    const std::optional<double> returned =
        opponentReturnOffset(out, expectedOpponentPaddle(seenOpponent, out.side, from, intercept),
                             seenOpponent.paddleLength, out.steps);
    if (!returned) {
        return std::nullopt;
    }
    // The opponent's contact point is only a guess: hedge between it and its neighbours, as a
    // player drifts towards the middle of where the return may come.
    double alongSum = 0.0;
    double weightSum = 0.0;
    double steps = 0.0;
    for (auto [shift, weight] :
         {std::pair{0.0, 2.0}, std::pair{-kReturnHedge, 1.0}, std::pair{kReturnHedge, 1.0}}) {
        const double offset = std::clamp(*returned + shift, -1.0, 1.0);
        const Vec2 back = paddleBounceDirection(normalAxis(out.side), inwardSign(out.side), offset);
        const BallPathPredictor::Arrival arrival =
            predictor.nextArrival(out.position, back, stepDistance, kHorizonSteps);
        if (arrival.reached && arrival.side == m_side) {
            alongSum += weight * arrival.position[tangentAxis(m_side)];
            weightSum += weight;
            steps = std::max(steps, arrival.steps);
        }
    }
    if (weightSum == 0.0) {
        return std::nullopt;
    }
    return Intercept{out.steps + steps, alongSum / weightSum, stepDistance};
}

// Opponents are assumed to follow the ball until it is hit.
double AiPlayer::expectedOpponentPaddle(const PlayerState &seenOpponent, Side side, Vec2 hitPoint,
                                        const Intercept &intercept) const
{
    return moveToward(seenOpponent.paddlePosition, hitPoint[tangentAxis(side)],
                      m_paddleStep * intercept.steps);
}

// An approximately normal variate from the AI's own generator (mean 0, deviation 1).
double AiPlayer::gaussian()
{
    double sum = 0.0;
    for (int i = 0; i < 4; ++i) {
        sum += m_random.unit();
    }
    return (sum - 2.0) * 1.7320508075688772;
}

double AiPlayer::trackCentre() const
{
    return (m_arena.paddleTrackMin(m_side) + m_arena.paddleTrackMax(m_side)) / 2.0;
}

} // namespace transcendence::engine
