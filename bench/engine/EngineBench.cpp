// Steps per second of the Pong engine and the cost of the AI's decisions. See bench/README.md.
#include "engine/AiPlayer.h"
#include "engine/BallTrackingBot.h"
#include "engine/Match.h"

#include <benchmark/benchmark.h>
#include <cstdint>

namespace {

using namespace transcendence::engine;

MatchConfig fourPlayersWithPowerUps()
{
    MatchConfig config;
    config.mode = GameMode::FourPlayers;
    config.map = MapId::Crossroads;
    config.powerUps = {kAllPowerUpKinds.begin(), kAllPowerUpKinds.end()};
    config.powerUpSpawnInterval = 3.0;
    return config;
}

// Whole steps of the loop a server room runs: every player's input, then Match::step(). The
// players are ball-tracking bots (long rallies, balls nearly always in play) and are timed too:
// pausing the timer around them would cost far more than a step. A finished match is replaced
// by a new one.
void stepMatchesWithBots(benchmark::State &state, const MatchConfig &config)
{
    std::uint64_t seed = 1;
    Match match(config, seed);
    std::vector<BallTrackingBot> bots;
    for (int player = 0; player < config.playerCount(); ++player) {
        bots.emplace_back(config, player);
    }
    for (auto _ : state) {
        if (match.isOver()) {
            match = Match(config, ++seed);
        }
        for (std::size_t i = 0; i < bots.size(); ++i) {
            match.setInput(int(i), bots[i].decide(match.snapshot()));
        }
        match.step();
        benchmark::DoNotOptimize(match.events().data());
    }
    state.SetItemsProcessed(state.iterations());
    // Matches one core can run at 120 steps/s, from the measured time per step.
    state.counters["matches_at_120Hz"] = benchmark::Counter(
        double(state.iterations()) / kStepsPerSecond, benchmark::Counter::kIsRate);
}

void BM_Classic1v1(benchmark::State &state)
{
    stepMatchesWithBots(state, MatchConfig{});
}

void BM_FourPlayersPowerUps(benchmark::State &state)
{
    stepMatchesWithBots(state, fourPlayersWithPowerUps());
}

// The AI plans once per accepted snapshot (once per second): this is that planning cost, for a
// snapshot where a ball is heading for the AI's side (prediction, aim and anticipation all run).
void BM_AiPlanning(benchmark::State &state)
{
    const MatchConfig config = state.range(0) == 4 ? fourPlayersWithPowerUps() : MatchConfig{};
    Match match(config, 7);
    std::vector<BallTrackingBot> bots;
    for (int player = 0; player < config.playerCount(); ++player) {
        bots.emplace_back(config, player);
    }
    auto comingToPlayerZero = [&] {
        const auto &balls = match.snapshot().balls;
        return match.currentStep() > 600 && !balls.empty() && balls[0].direction.x < 0 &&
               balls[0].position.x > 60;
    };
    while (!comingToPlayerZero()) {
        for (std::size_t i = 0; i < bots.size(); ++i) {
            match.setInput(int(i), bots[i].decide(match.snapshot()));
        }
        match.step();
    }
    const Snapshot seen = match.snapshot();
    AiPlayer ai(config, 0, AiDifficulty::Hard, 1);
    // Each offer is one second newer than the last, so every one is accepted and planned.
    Snapshot offered = seen;
    for (auto _ : state) {
        offered.step += AiPlayer::kRefreshSteps;
        benchmark::DoNotOptimize(ai.offerSnapshot(offered));
    }
    state.SetItemsProcessed(state.iterations());
}

// A whole 1v1 room step with the AI as one player and the tracking bot as the other: offer the
// snapshot (accepted and planned once per second), the AI's key, the bot's key, Match::step().
void BM_RoomStepWithAi(benchmark::State &state)
{
    const MatchConfig config;
    std::uint64_t seed = 7;
    Match match(config, seed);
    AiPlayer ai(config, 0, AiDifficulty::Hard, 1);
    BallTrackingBot bot(config, 1);
    for (auto _ : state) {
        if (match.isOver()) {
            match = Match(config, ++seed);
            ai = AiPlayer(config, 0, AiDifficulty::Hard, seed);
        }
        ai.offerSnapshot(match.snapshot());
        match.setInput(0, ai.nextInput());
        match.setInput(1, bot.decide(match.snapshot()));
        match.step();
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["matches_at_120Hz"] = benchmark::Counter(
        double(state.iterations()) / kStepsPerSecond, benchmark::Counter::kIsRate);
}

} // namespace

BENCHMARK(BM_Classic1v1);
BENCHMARK(BM_FourPlayersPowerUps);
BENCHMARK(BM_AiPlanning)->Arg(2)->Arg(4);
BENCHMARK(BM_RoomStepWithAi);

BENCHMARK_MAIN();
