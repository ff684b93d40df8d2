#include "EngineTestSupport.h"
#include "engine/AiPlayer.h"
#include "engine/BallTrackingBot.h"

#include <QTest>

using namespace transcendence::engine;
using namespace transcendence::engine::testing;

namespace {

struct Result {
    int aiWins = 0;
    int aiPowerUps = 0;
    int botPowerUps = 0;
};

// The AI is offered a fresh snapshot every step, as a careless server would do; it must take
// only one per second. The bot sees the live match.
Result aiAgainstTrackingBot(AiDifficulty difficulty, int matches, const MatchConfig &config)
{
    Result result;
    for (int seed = 1; seed <= matches; ++seed) {
        Match match(config, std::uint64_t(seed));
        AiPlayer ai(config, 0, difficulty, std::uint64_t(seed) * 1000 + 7);
        BallTrackingBot bot(config, 1);
        while (!match.isOver() && match.currentStep() < 3600 * kStepsPerSecond) {
            ai.offerSnapshot(match.snapshot());
            match.setInput(0, ai.nextInput());
            match.setInput(1, bot.decide(match.snapshot()));
            match.step();
            for (const MatchEvent &event : match.events()) {
                if (event.type == MatchEvent::Type::PowerUpTaken) {
                    (event.player == 0 ? result.aiPowerUps : result.botPowerUps) += 1;
                }
            }
        }
        result.aiWins += match.winner() == 0;
    }
    return result;
}

} // namespace

class AiPlayerTest : public QObject {
    Q_OBJECT

private slots:
    void takesAtMostOneSnapshotPerSecond()
    {
        const MatchConfig config;
        Match match(config, 3);
        AiPlayer ai(config, 0, AiDifficulty::Hard, 1);
        std::vector<std::int64_t> accepted;
        for (int i = 0; i < 10 * kStepsPerSecond; ++i) {
            if (ai.offerSnapshot(match.snapshot())) {
                accepted.push_back(match.currentStep());
            }
            QCOMPARE(ai.lastSnapshotStep().value(), accepted.back());
            match.setInput(0, ai.nextInput());
            match.step();
        }
        QCOMPARE(accepted.size(), std::size_t(10));
        for (std::size_t i = 1; i < accepted.size(); ++i) {
            QCOMPARE(accepted[i] - accepted[i - 1], std::int64_t(AiPlayer::kRefreshSteps));
        }
    }

    void refusesSnapshotsOlderThanItsOwnClock()
    {
        const MatchConfig config;
        Match match(config, 3);
        AiPlayer ai(config, 0, AiDifficulty::Hard, 1);
        QVERIFY(ai.offerSnapshot(match.snapshot()));
        const Snapshot old = match.snapshot();
        for (int i = 0; i < 3 * kStepsPerSecond; ++i) {
            ai.nextInput();
            match.step();
        }
        Snapshot replayed = old;
        replayed.step = 2 * kStepsPerSecond; // newer than the last view, older than "now"
        QVERIFY(!ai.offerSnapshot(replayed));
        QVERIFY(ai.offerSnapshot(match.snapshot()));
    }

    // The strongest form of "it never reads fresher state": an AI that is offered every live
    // snapshot, and a twin offered only the ones the first accepted with everything in between
    // falsified, press exactly the same keys for a whole match.
    void decisionsDependOnlyOnTheAcceptedSnapshots()
    {
        const MatchConfig config;
        Match match(config, 8);
        AiPlayer offeredEverything(config, 0, AiDifficulty::Normal, 5);
        AiPlayer offeredOncePerSecond(config, 0, AiDifficulty::Normal, 5);
        BallTrackingBot bot(config, 1);
        int stepsCompared = 0;
        while (!match.isOver() && stepsCompared < 120 * kStepsPerSecond) {
            const Snapshot &live = match.snapshot();
            const bool accepted = offeredEverything.offerSnapshot(live);
            if (accepted) {
                QVERIFY(offeredOncePerSecond.offerSnapshot(live));
            } else {
                Snapshot falsified = live;
                for (BallState &ball : falsified.balls) {
                    ball.position = {80, 5};
                    ball.direction = {-0.6, 0.8};
                }
                falsified.players[0].paddlePosition = 100;
                QVERIFY(!offeredOncePerSecond.offerSnapshot(falsified));
            }
            const Input input = offeredEverything.nextInput();
            QCOMPARE(offeredOncePerSecond.nextInput(), input);
            match.setInput(0, input);
            match.setInput(1, bot.decide(live));
            match.step();
            ++stepsCompared;
        }
        QVERIFY(stepsCompared > 60 * kStepsPerSecond);
    }

    void movesTowardsWhereTheBallWillArrive()
    {
        const MatchConfig config;
        // A ball heading for the AI's side that arrives near the bottom (y ~ 110), far from the
        // paddle's centre (60).
        Match match = matchWithBall(config, {100, 40}, {-0.8, 0.6}, 60);
        AiPlayer ai(config, 0, AiDifficulty::Hard, 1);
        QVERIFY(ai.offerSnapshot(match.snapshot()));
        const auto reactionSteps = skillFor(AiDifficulty::Hard).reactionSteps;
        for (int i = 0; i < reactionSteps - 1; ++i) {
            QCOMPARE(ai.nextInput(), Input::None); // it has not reacted yet
        }
        int downs = 0;
        for (int i = 0; i < kStepsPerSecond / 2; ++i) {
            downs += ai.nextInput() == Input::Down;
        }
        QVERIFY(downs > kStepsPerSecond / 3);
    }

    void hardAiBeatsTheTrackingBotMostOfTheTime()
    {
        const Result result = aiAgainstTrackingBot(AiDifficulty::Hard, 40, MatchConfig{});
        qInfo("hard AI won %d of 40", result.aiWins);
        QVERIFY(result.aiWins >= 28);
    }

    void easyAiLosesToTheTrackingBotMostOfTheTime()
    {
        const Result result = aiAgainstTrackingBot(AiDifficulty::Easy, 40, MatchConfig{});
        qInfo("easy AI won %d of 40", result.aiWins);
        QVERIFY(result.aiWins <= 12);
    }

    void difficultiesAreOrdered()
    {
        MatchConfig config;
        config.scoreLimit = 5;
        const int easy = aiAgainstTrackingBot(AiDifficulty::Easy, 20, config).aiWins;
        const int normal = aiAgainstTrackingBot(AiDifficulty::Normal, 20, config).aiWins;
        const int hard = aiAgainstTrackingBot(AiDifficulty::Hard, 20, config).aiWins;
        qInfo("wins of 20 (first to 5): easy %d, normal %d, hard %d", easy, normal, hard);
        QVERIFY(easy <= normal);
        QVERIFY(normal < hard);
    }

    void steersTheBallIntoPowerUps()
    {
        MatchConfig config;
        config.scoreLimit = 5;
        config.powerUps = {kAllPowerUpKinds.begin(), kAllPowerUpKinds.end()};
        const Result result = aiAgainstTrackingBot(AiDifficulty::Hard, 10, config);
        qInfo("power-ups taken: AI %d, tracking bot %d", result.aiPowerUps, result.botPowerUps);
        QVERIFY(result.aiPowerUps > result.botPowerUps);
    }

    void defendsItsOwnSideInFourPlayerMatches()
    {
        MatchConfig config;
        config.mode = GameMode::FourPlayers;
        config.lives = 3;
        int aiWins = 0;
        for (int seed = 1; seed <= 10; ++seed) {
            Match match(config, std::uint64_t(seed));
            AiPlayer ai(config, 2, AiDifficulty::Hard, std::uint64_t(seed));
            while (!match.isOver() && match.currentStep() < 3600 * kStepsPerSecond) {
                ai.offerSnapshot(match.snapshot());
                match.setInput(2, ai.nextInput());
                match.step(); // the other three players hold no key
            }
            aiWins += match.winner() == 2;
        }
        QVERIFY(aiWins >= 8);
    }
};

QTEST_GUILESS_MAIN(AiPlayerTest)
#include "tst_AiPlayer.moc"
