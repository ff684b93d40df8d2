// game_feel: how long classic Pong matches last and how long their rallies are, between strong
// players, for tuning the classic speeds (docs/game.md records the results).
//
//   game_feel [--matches N] [--ball-speed S] [--increment I] [--max-speed M] [--paddle-speed P]
//             [--score-limit L]
//
// Plays N first-to-L matches, in match time (the engine alone, no clock), for two pairings:
// the hard AI against itself, and the hard AI against the ball-tracking bot (the baseline the AI
// was tuned to beat). Reports per pairing: match duration (median, p10, p90, in minutes of play),
// rally length in paddle hits per point (mean, median, p90), the ball's speed when a point is
// scored, and how often the first player won. Each match uses its own seeds: runs are repeatable.

#include "engine/AiPlayer.h"
#include "engine/BallTrackingBot.h"
#include "engine/Match.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

using namespace transcendence::engine;

namespace {

struct Totals {
    std::vector<double> minutes;
    std::vector<int> rallyHits;
    std::vector<double> speedAtPoint;
    int firstPlayerWins = 0;
    int unfinished = 0;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0.0;
    }
    std::sort(values.begin(), values.end());
    const auto index = std::size_t(std::lround(p * double(values.size() - 1)));
    return values[index];
}

double mean(const std::vector<double> &values)
{
    double sum = 0.0;
    for (const double value : values) {
        sum += value;
    }
    return values.empty() ? 0.0 : sum / double(values.size());
}

double ballSpeed(const Snapshot &snapshot)
{
    if (snapshot.balls.empty()) {
        return 0.0;
    }
    return snapshot.balls.front().speed;
}

using Opponent = std::function<Input(const Snapshot &)>;

// Player 0 is always the hard AI; makeOpponent builds player 1 for a match seed.
Totals play(const MatchConfig &config, int matches,
            const std::function<Opponent(std::uint64_t seed)> &makeOpponent)
{
    Totals totals;
    constexpr std::int64_t kLimitSteps = std::int64_t(3600) * kStepsPerSecond; // an hour
    for (int index = 1; index <= matches; ++index) {
        const auto seed = std::uint64_t(index);
        Match match(config, seed);
        AiPlayer ai(config, 0, AiDifficulty::Hard, seed * 1000 + 7);
        const Opponent opponent = makeOpponent(seed);
        int hits = 0;
        double lastSpeed = 0.0;
        while (!match.isOver() && match.currentStep() < kLimitSteps) {
            const Snapshot snapshot = match.snapshot();
            ai.offerSnapshot(snapshot);
            match.setInput(0, ai.nextInput());
            match.setInput(1, opponent(snapshot));
            lastSpeed = ballSpeed(snapshot);
            match.step();
            for (const MatchEvent &event : match.events()) {
                if (event.type == MatchEvent::Type::PaddleHit) {
                    ++hits;
                } else if (event.type == MatchEvent::Type::PointScored) {
                    totals.rallyHits.push_back(hits);
                    totals.speedAtPoint.push_back(lastSpeed);
                    hits = 0;
                }
            }
        }
        if (!match.isOver()) {
            ++totals.unfinished;
            continue;
        }
        totals.minutes.push_back(double(match.currentStep()) / kStepsPerSecond / 60.0);
        totals.firstPlayerWins += match.winner() == 0 ? 1 : 0;
    }
    return totals;
}

void report(const char *pairing, const Totals &totals, int matches)
{
    std::vector<double> hits(totals.rallyHits.begin(), totals.rallyHits.end());
    std::printf("%-28s  minutes p10 %5.2f  median %5.2f  p90 %5.2f   hits/point mean %5.1f  "
                "median %4.0f  p90 %4.0f   speed at point %5.1f   hard AI won %d/%d",
                pairing, percentile(totals.minutes, 0.1), percentile(totals.minutes, 0.5),
                percentile(totals.minutes, 0.9), mean(hits), percentile(hits, 0.5),
                percentile(hits, 0.9), mean(totals.speedAtPoint), totals.firstPlayerWins,
                matches - totals.unfinished);
    if (totals.unfinished > 0) {
        std::printf("   (%d unfinished after an hour)", totals.unfinished);
    }
    std::printf("\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Match duration and rally length of classic Pong between strong players."));
    parser.addHelpOption();
    const MatchConfig classic;
    const auto option = [&parser](const char *name, const char *help, double value) {
        QCommandLineOption added(QString::fromLatin1(name), QString::fromLatin1(help),
                                 QStringLiteral("value"), QString::number(value));
        parser.addOption(added);
        return added;
    };
    const auto matchesOption = option("matches", "Matches per pairing.", 40);
    const auto ballSpeedOption =
        option("ball-speed", "Ball speed at each serve.", classic.ballSpeed);
    const auto incrementOption =
        option("increment", "Speed added by each paddle hit.", classic.ballSpeedIncrement);
    const auto maxSpeedOption = option("max-speed", "Speed-up cap.", classic.ballMaxSpeed);
    const auto paddleSpeedOption = option("paddle-speed", "Paddle speed.", classic.paddleSpeed);
    const auto scoreLimitOption = option("score-limit", "Points to win.", classic.scoreLimit);
    parser.process(app);

    MatchConfig config;
    config.ballSpeed = parser.value(ballSpeedOption).toDouble();
    config.ballSpeedIncrement = parser.value(incrementOption).toDouble();
    config.ballMaxSpeed = parser.value(maxSpeedOption).toDouble();
    config.paddleSpeed = parser.value(paddleSpeedOption).toDouble();
    config.scoreLimit = parser.value(scoreLimitOption).toInt();
    const int matches = std::max(1, parser.value(matchesOption).toInt());
    if (const FieldErrors errors = config.validate(); !errors.isEmpty()) {
        for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
            std::fprintf(stderr, "game_feel: %s: %s\n", qPrintable(it.key()),
                         qPrintable(it.value()));
        }
        return EXIT_FAILURE;
    }

    std::printf("first to %d; ball %.0f, +%.1f per hit, cap %.0f; paddle %.0f; %d matches each\n",
                config.scoreLimit, config.ballSpeed, config.ballSpeedIncrement, config.ballMaxSpeed,
                config.paddleSpeed, matches);
    report("hard AI vs hard AI",
           play(config, matches,
                [&config](std::uint64_t seed) -> Opponent {
                    auto other =
                        std::make_shared<AiPlayer>(config, 1, AiDifficulty::Hard, seed * 1000 + 13);
                    return [other](const Snapshot &snapshot) {
                        other->offerSnapshot(snapshot);
                        return other->nextInput();
                    };
                }),
           matches);
    report("hard AI vs ball-tracking bot",
           play(config, matches,
                [&config](std::uint64_t) -> Opponent {
                    auto bot = std::make_shared<BallTrackingBot>(config, 1);
                    return [bot](const Snapshot &snapshot) {
                        return bot->decide(snapshot);
                    };
                }),
           matches);
    return EXIT_SUCCESS;
}
