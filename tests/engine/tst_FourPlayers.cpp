#include "EngineTestSupport.h"

#include <QTest>

using namespace transcendence::engine;
using namespace transcendence::engine::testing;

// Four-player geometry (docs/game.md): a 120 x 120 square with 10 x 10 blocks in the corners;
// players 0..3 guard left, right, top, bottom.
class FourPlayersTest : public QObject {
    Q_OBJECT

    static MatchConfig fourPlayers(int lives)
    {
        MatchConfig config;
        config.mode = GameMode::FourPlayers;
        config.lives = lives;
        return config;
    }

    // A ball about to leave through the top side, far from the top paddle.
    static Match ballToTheTop(const MatchConfig &config)
    {
        return withSnapshot(matchWithBall(config, {30, 40}, {0, -1}, 60),
                            [](Snapshot &s) { s.players[2].paddlePosition = 100; });
    }

private slots:
    void topAndBottomPaddlesMoveAlongTheirSide()
    {
        Match match(fourPlayers(3), 1);
        match.setInput(2, Input::Up);   // top player: "left"
        match.setInput(3, Input::Down); // bottom player: "right"
        for (int i = 0; i < kStepsPerSecond / 2; ++i) {
            match.step();
        }
        const double moved = match.config().paddleSpeed / 2;
        QVERIFY(nearlyEqual(match.snapshot().players[2].paddlePosition, 60 - moved));
        QVERIFY(nearlyEqual(match.snapshot().players[3].paddlePosition, 60 + moved));
        const Rect top = match.arena().paddleRect(Side::Top, 60 - moved, 16);
        QCOMPARE(top.minY, Arena::paddleInset());
        QCOMPARE(top.minX, 60 - moved - 8);
    }

    void topPaddleReturnsTheBallDownwards()
    {
        Match match = matchWithBall(fourPlayers(3), {64, 40}, {0, -1}, 60);
        const auto hit = stepUntil(match, MatchEvent::Type::PaddleHit, 200);
        QVERIFY(hit);
        QCOMPARE(hit->player, 2);
        const Vec2 direction = match.snapshot().balls[0].direction;
        QVERIFY(direction.y > 0);
        QVERIFY(nearlyEqual(direction.x / direction.y, 4.0 / 9.0 * kMaxBounceSlope, 1e-12));
    }

    void aMissedBallCostsALife()
    {
        Match match = ballToTheTop(fourPlayers(3));
        const auto lost = stepUntil(match, MatchEvent::Type::LifeLost, 200);
        QVERIFY(lost);
        QCOMPARE(lost->player, 2);
        QCOMPARE(match.snapshot().players[2].lives, 2);
        QCOMPARE(match.phase(), MatchPhase::Serving);
        QVERIFY(match.snapshot().balls.empty());
    }

    void noLivesLeftEliminatesAndTheSideBecomesAWall()
    {
        Match match = ballToTheTop(fourPlayers(1));
        const auto eliminated = stepUntil(match, MatchEvent::Type::PlayerEliminated, 200);
        QVERIFY(eliminated);
        QCOMPARE(eliminated->player, 2);
        QVERIFY(match.snapshot().players[2].eliminated);
        QVERIFY(!match.isOver());
        // Inputs of an eliminated player are ignored.
        match.setInput(2, Input::Down);
        QCOMPARE(match.snapshot().players[2].input, Input::None);
        // The next serve never goes to them, and a ball reaching their side bounces off.
        const auto serve = stepUntil(match, MatchEvent::Type::Serve, 400);
        QVERIFY(serve);
        QVERIFY(serve->player != 2);
        match = withSnapshot(match, [](Snapshot &s) {
            s.balls[0].position = {30, 40};
            s.balls[0].direction = {0, -1};
        });
        const auto bounce = stepUntil(match, MatchEvent::Type::WallBounce, 200);
        QVERIFY(bounce);
        QVERIFY(nearlyEqual(bounce->position.y, Arena::ballHalfSize()));
        QCOMPARE(match.snapshot().players[2].lives, 0);
    }

    void lastPlayerStandingWins()
    {
        Match match = withSnapshot(ballToTheTop(fourPlayers(2)), [](Snapshot &s) {
            s.players[0].eliminated = true;
            s.players[0].lives = 0;
            s.players[1].eliminated = true;
            s.players[1].lives = 0;
            s.players[2].lives = 1;
            s.receiver = 3;
        });
        const auto over = stepUntil(match, MatchEvent::Type::MatchOver, 200);
        QVERIFY(over);
        QCOMPARE(over->player, 3);
        QCOMPARE(match.winner(), 3);
        QVERIFY(match.isOver());
    }

    void cornersAreClosed()
    {
        // Straight at the top-left corner block: it bounces off its face, it cannot score there.
        Match match = matchWithBall(fourPlayers(3), {40, 40}, {-1, -1}, 100);
        const auto bounce = stepUntil(match, MatchEvent::Type::ObstacleBounce, 200);
        QVERIFY(bounce);
        const double blockFace = 10 + Arena::ballHalfSize();
        QVERIFY(nearlyEqual(bounce->position.x, blockFace) ||
                nearlyEqual(bounce->position.y, blockFace));
        const Vec2 direction = match.snapshot().balls.at(0).direction;
        QVERIFY((direction.x > 0) != (direction.y > 0));
    }

    void servesGoRoundThePlayersStillIn()
    {
        MatchConfig config = fourPlayers(2);
        Match match(config, 9);
        std::vector<int> receivers;
        while (!match.isOver() && match.currentStep() < 200'000) {
            match.step();
            for (const MatchEvent &event : match.events()) {
                if (event.type == MatchEvent::Type::Serve) {
                    QVERIFY(!match.snapshot().players[std::size_t(event.player)].eliminated);
                    receivers.push_back(event.player);
                }
            }
        }
        QVERIFY(match.isOver());
        QVERIFY(receivers.size() >= 5);
        // Consecutive serves go to different players while at least two remain.
        for (std::size_t i = 1; i < receivers.size(); ++i) {
            QVERIFY(receivers[i] != receivers[i - 1]);
        }
    }
};

QTEST_GUILESS_MAIN(FourPlayersTest)
#include "tst_FourPlayers.moc"
