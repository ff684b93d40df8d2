#include "EngineTestSupport.h"

#include <QTest>

using namespace transcendence::engine;
using namespace transcendence::engine::testing;

// 1v1 geometry (docs/game.md): 160 x 120, ball half size 1, paddle faces at x = 6 and x = 154,
// paddles centred at y = 60, length 16, so a ball centre within 9 of the paddle centre is hit.
class PhysicsTest : public QObject {
    Q_OBJECT

private slots:
    void bounceAngleDependsOnWhereThePaddleIsMet_data()
    {
        QTest::addColumn<double>("offset");
        QTest::newRow("centre: straight back") << 0.0;
        QTest::newRow("half way down") << 0.5;
        QTest::newRow("half way up") << -0.5;
        QTest::newRow("bottom end") << 1.0;
        QTest::newRow("top end") << -1.0;
    }

    void bounceAngleDependsOnWhereThePaddleIsMet()
    {
        QFETCH(double, offset);
        const MatchConfig config;
        const double reach = config.paddleLength / 2 + Arena::ballHalfSize();
        Match match = matchWithBall(config, {30, 60 + offset * reach}, {-1, 0}, 60);
        const auto hit = stepUntil(match, MatchEvent::Type::PaddleHit, 200);
        QVERIFY(hit);
        QCOMPARE(hit->player, 0);
        const Vec2 direction = match.snapshot().balls.at(0).direction;
        const double expectedSlope = offset * kMaxBounceSlope;
        QVERIFY(direction.x > 0);
        QVERIFY(nearlyEqual(direction.y / direction.x, expectedSlope, 1e-12));
    }

    void ballJustPastThePaddleEndIsLost()
    {
        const MatchConfig config;
        Match match = matchWithBall(config, {30, 60 + 9.01}, {-1, 0}, 60);
        QVERIFY(!stepUntil(match, MatchEvent::Type::PaddleHit, 200));
        QCOMPARE(match.snapshot().players[1].score, 1);
    }

    void eachHitSpeedsTheBallUpToTheCap()
    {
        MatchConfig config;
        Match match = matchWithBall(config, {30, 60}, {-1, 0}, 100);
        QVERIFY(stepUntil(match, MatchEvent::Type::PaddleHit, 200));
        QCOMPARE(match.snapshot().balls[0].speed, 100 + config.ballSpeedIncrement);

        Match nearCap = matchWithBall(config, {30, 60}, {-1, 0}, config.ballMaxSpeed - 1);
        QVERIFY(stepUntil(nearCap, MatchEvent::Type::PaddleHit, 200));
        QCOMPARE(nearCap.snapshot().balls[0].speed, config.ballMaxSpeed);
        // Back and forth between two still paddles: never above the cap.
        for (int hit = 0; hit < 3; ++hit) {
            QVERIFY(stepUntil(nearCap, MatchEvent::Type::PaddleHit, 400));
            QCOMPARE(nearCap.snapshot().balls[0].speed, config.ballMaxSpeed);
        }
    }

    void ballMovesItsSpeedPerSecond()
    {
        const MatchConfig config;
        Match match = matchWithBall(config, {40, 60}, {1, 0}, 90);
        for (int i = 0; i < kStepsPerSecond / 2; ++i) {
            match.step();
        }
        QVERIFY(nearlyEqual(match.snapshot().balls[0].position.x, 40 + 45));
    }

    void wallsReflect()
    {
        const MatchConfig config;
        Match match = matchWithBall(config, {80, 10}, {0.6, -0.8}, 120);
        const auto bounce = stepUntil(match, MatchEvent::Type::WallBounce, 100);
        QVERIFY(bounce);
        QVERIFY(nearlyEqual(bounce->position.y, Arena::ballHalfSize()));
        const BallState ball = match.snapshot().balls[0];
        QVERIFY(nearlyEqual(ball.direction.x, 0.6, 1e-12));
        QVERIFY(nearlyEqual(ball.direction.y, 0.8, 1e-12));
        QVERIFY(ball.position.y > Arena::ballHalfSize());
    }

    void serveStartsAtTheCentreTowardsTheReceiverAndAlternates()
    {
        MatchConfig config;
        config.scoreLimit = 6;
        Match match(config, 42);
        std::vector<int> receivers;
        std::int64_t lastPointStep = 0;
        while (!match.isOver()) {
            match.step();
            for (const MatchEvent &event : match.events()) {
                if (event.type == MatchEvent::Type::PointScored) {
                    lastPointStep = match.currentStep();
                }
                if (event.type != MatchEvent::Type::Serve) {
                    continue;
                }
                receivers.push_back(event.player);
                QCOMPARE(match.currentStep() - lastPointStep, secondsToSteps(config.serveDelay));
                const BallState ball = match.snapshot().balls.at(0);
                QCOMPARE(ball.speed, config.ballSpeed);
                QCOMPARE(event.position, match.arena().center());
                QVERIFY((event.player == 0) == (ball.direction.x < 0));
                QVERIFY(std::abs(ball.direction.y / ball.direction.x) <= kMaxServeSlope);
            }
        }
        QVERIFY(receivers.size() >= 6);
        for (std::size_t i = 1; i < receivers.size(); ++i) {
            QCOMPARE(receivers[i], 1 - receivers[i - 1]);
        }
    }

    void firstToTheScoreLimitWins()
    {
        MatchConfig config;
        config.scoreLimit = 3;
        Match match(config, 5);
        int matchOverEvents = 0;
        while (!match.isOver() && match.currentStep() < 100'000) {
            match.step();
            for (const MatchEvent &event : match.events()) {
                matchOverEvents += event.type == MatchEvent::Type::MatchOver;
            }
        }
        QVERIFY(match.isOver());
        QCOMPARE(matchOverEvents, 1);
        const int winner = match.winner();
        QCOMPARE(match.snapshot().players[std::size_t(winner)].score, 3);
        QVERIFY(match.snapshot().players[std::size_t(1 - winner)].score < 3);
        const std::uint64_t finalHash = match.stateHash();
        match.step();
        QCOMPARE(match.stateHash(), finalHash);
        QVERIFY(match.events().empty());
    }

    void winByTwoNeedsATwoPointLead()
    {
        MatchConfig config;
        config.winByTwo = true;
        Match match = withSnapshot(matchWithBall(config, {100, 60}, {1, 0}, 100), [](Snapshot &s) {
            s.players[0].score = 10;
            s.players[1].score = 10;
            s.players[1].paddlePosition = 100; // out of the way
        });
        QVERIFY(stepUntil(match, MatchEvent::Type::PointScored, 200));
        QCOMPARE(match.snapshot().players[0].score, 11);
        QVERIFY(!match.isOver());
        match = withSnapshot(match, [](Snapshot &s) {
            s.phase = MatchPhase::Playing;
            BallState ball;
            ball.position = {100, 60};
            ball.direction = {1, 0};
            ball.speed = 100;
            s.balls = {ball};
        });
        QVERIFY(stepUntil(match, MatchEvent::Type::MatchOver, 200));
        QCOMPARE(match.winner(), 0);
        QCOMPARE(match.snapshot().players[0].score, 12);
    }

    void paddlesMoveAtTheConfiguredSpeedAndStayOnTheirTrack()
    {
        const MatchConfig config;
        Match match(config, 1);
        match.setInput(0, Input::Down);
        match.setInput(1, Input::Up);
        for (int i = 0; i < kStepsPerSecond / 4; ++i) {
            match.step();
        }
        QVERIFY(
            nearlyEqual(match.snapshot().players[0].paddlePosition, 60 + config.paddleSpeed / 4));
        QVERIFY(
            nearlyEqual(match.snapshot().players[1].paddlePosition, 60 - config.paddleSpeed / 4));
        for (int i = 0; i < 5 * kStepsPerSecond; ++i) {
            match.step();
        }
        QCOMPARE(match.snapshot().players[0].paddlePosition, 120 - config.paddleLength / 2);
        QCOMPARE(match.snapshot().players[1].paddlePosition, config.paddleLength / 2);
    }

    void theFastestBallAllowedStillHitsThePaddle()
    {
        MatchConfig config;
        config.ballSpeed = 240;
        config.ballMaxSpeed = 320;
        config.paddleLength = 4;
        // Faster-ball effect on top of the maximum: 4 units per step, twice the paddle's width.
        Match match = withSnapshot(matchWithBall(config, {50, 60.5}, {-1, 0.0001}, 320),
                                   [](Snapshot &s) { s.fasterBallUntil = 10'000; });
        const auto hit = stepUntil(match, MatchEvent::Type::PaddleHit, 100);
        QVERIFY(hit);
        QCOMPARE(hit->position.x, 7.0);
        QCOMPARE(match.snapshot().players[1].score, 0);
    }
};

QTEST_GUILESS_MAIN(PhysicsTest)
#include "tst_Physics.moc"
