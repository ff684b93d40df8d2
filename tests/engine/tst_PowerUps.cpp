#include "EngineTestSupport.h"

#include <QTest>

using namespace transcendence::engine;
using namespace transcendence::engine::testing;

class PowerUpsTest : public QObject {
    Q_OBJECT

    static MatchConfig withPowerUps()
    {
        MatchConfig config;
        config.powerUps = {kAllPowerUpKinds.begin(), kAllPowerUpKinds.end()};
        config.powerUpSpawnInterval = 60; // no random spawn during these tests
        config.powerUpDuration = 1;
        return config;
    }

    // Player 0 has just hit the ball, which heads right through a pickup of this kind.
    static Match aboutToCollect(PowerUpKind kind, int lastHitter = 0)
    {
        return withSnapshot(matchWithBall(withPowerUps(), {40, 60}, {1, 0}, 60, lastHitter),
                            [kind](Snapshot &s) {
                                s.pickups = {PickupState{s.nextObjectId++, kind, {60, 60}, 5000}};
                            });
    }

    static std::int64_t durationSteps() { return secondsToSteps(withPowerUps().powerUpDuration); }

private slots:
    void biggerPaddleGrowsTheCollectorsPaddleUntilItExpires()
    {
        Match match = aboutToCollect(PowerUpKind::BiggerPaddle);
        const auto taken = stepUntil(match, MatchEvent::Type::PowerUpTaken, 100);
        QVERIFY(taken);
        QCOMPARE(taken->player, 0);
        QCOMPARE(taken->kind, PowerUpKind::BiggerPaddle);
        QVERIFY(match.snapshot().pickups.empty());
        const std::int64_t takenAt = match.currentStep();
        QCOMPARE(match.snapshot().players[0].paddleLength, 16 * kBiggerPaddleFactor);
        QCOMPARE(match.snapshot().players[1].paddleLength, 16.0);

        const auto expired = stepUntil(match, MatchEvent::Type::PowerUpExpired, 1000);
        QVERIFY(expired);
        QCOMPARE(expired->kind, PowerUpKind::BiggerPaddle);
        QCOMPARE(match.currentStep() - takenAt, durationSteps());
        QCOMPARE(match.snapshot().players[0].paddleLength, 16.0);
    }

    void smallerOpponentPaddleShrinksTheOthers()
    {
        Match match = aboutToCollect(PowerUpKind::SmallerOpponentPaddle);
        QVERIFY(stepUntil(match, MatchEvent::Type::PowerUpTaken, 100));
        QCOMPARE(match.snapshot().players[0].paddleLength, 16.0);
        QCOMPARE(match.snapshot().players[1].paddleLength, 16 * kSmallerPaddleFactor);
        const auto expired = stepUntil(match, MatchEvent::Type::PowerUpExpired, 1000);
        QVERIFY(expired);
        QCOMPARE(expired->player, 1);
        QCOMPARE(match.snapshot().players[1].paddleLength, 16.0);
    }

    void fasterBallSpeedsUpEveryBallUntilItExpires()
    {
        Match match = aboutToCollect(PowerUpKind::FasterBall);
        QVERIFY(stepUntil(match, MatchEvent::Type::PowerUpTaken, 100));
        const double perStep = 60.0 / kStepsPerSecond;
        double before = match.snapshot().balls[0].position.x;
        match.step();
        QVERIFY(nearlyEqual(match.snapshot().balls[0].position.x - before,
                            perStep * kFasterBallFactor));
        QVERIFY(stepUntil(match, MatchEvent::Type::PowerUpExpired, 1000));
        QVERIFY(!match.snapshot().balls.empty());
        before = match.snapshot().balls[0].position.x;
        match.step();
        QVERIFY(nearlyEqual(match.snapshot().balls[0].position.x - before, perStep));
    }

    void multiBallAddsABallThatExpires()
    {
        Match match = aboutToCollect(PowerUpKind::MultiBall);
        QVERIFY(stepUntil(match, MatchEvent::Type::PowerUpTaken, 100));
        QCOMPARE(match.snapshot().balls.size(), std::size_t(2));
        const BallState original = match.snapshot().balls[0];
        const BallState extra = match.snapshot().balls[1];
        QVERIFY(extra.id != original.id);
        QVERIFY(extra.direction.x > 0);
        QVERIFY(std::abs(extra.direction.y) > 0.1); // it splits away from the original
        QCOMPARE(extra.lastHitter, 0);
        for (int i = 0; i < 60; ++i) {
            match.step();
        }
        QCOMPARE(match.snapshot().balls.size(), std::size_t(2)); // both move
        const auto expired = stepUntil(match, MatchEvent::Type::PowerUpExpired, 1000);
        QVERIFY(expired);
        QCOMPARE(expired->kind, PowerUpKind::MultiBall);
        QCOMPARE(expired->ballId, extra.id);
        QCOMPARE(match.snapshot().balls.size(), std::size_t(1));
        QCOMPARE(match.snapshot().balls[0].id, original.id);
    }

    void aServedBallNobodyHasHitCollectsNothing()
    {
        Match match = aboutToCollect(PowerUpKind::BiggerPaddle, -1);
        QVERIFY(!stepUntil(match, MatchEvent::Type::PowerUpTaken, 100));
        QCOMPARE(match.snapshot().pickups.size(), std::size_t(1));
    }

    void pickupsSpawnInFreeSpotsAndVanishWhenNotTaken()
    {
        MatchConfig config;
        config.map = MapId::Crossroads;
        config.powerUps = {PowerUpKind::FasterBall, PowerUpKind::MultiBall};
        config.powerUpSpawnInterval = 1;
        config.powerUpLifetime = 2;
        Match match(config, 3);
        QMap<int, std::int64_t> spawnedAt;
        int vanished = 0;
        while (match.currentStep() < 120 * kStepsPerSecond && !match.isOver()) {
            match.step();
            QVERIFY(match.snapshot().pickups.size() <= std::size_t(kMaxPickupsOnField));
            for (const MatchEvent &event : match.events()) {
                if (event.type == MatchEvent::Type::PowerUpSpawned) {
                    QVERIFY(config.hasPowerUp(event.kind));
                    const Rect box =
                        Rect::centered(event.position, kPickupHalfSize, kPickupHalfSize);
                    for (const Rect &obstacle : match.arena().obstacles()) {
                        QVERIFY(!box.overlaps(obstacle));
                    }
                    spawnedAt.insert(event.pickupId, match.currentStep());
                } else if (event.type == MatchEvent::Type::PowerUpVanished) {
                    QCOMPARE(match.currentStep() - spawnedAt.value(event.pickupId),
                             secondsToSteps(config.powerUpLifetime));
                    ++vanished;
                }
            }
        }
        QVERIFY(spawnedAt.size() >= 20);
        QVERIFY(vanished >= 10);
    }
};

QTEST_GUILESS_MAIN(PowerUpsTest)
#include "tst_PowerUps.moc"
