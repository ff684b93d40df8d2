#include "EngineTestSupport.h"

#include <QTest>

using namespace transcendence::engine;
using namespace transcendence::engine::testing;

class ObstaclesTest : public QObject {
    Q_OBJECT

private slots:
    void mapsPlaceObstaclesClearOfPaddlesAndServes_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("map");
        for (GameMode mode : {GameMode::OneVsOne, GameMode::FourPlayers}) {
            for (MapId map : {MapId::Pillars, MapId::Crossroads}) {
                QTest::addRow("%s/%s", qPrintable(gameModeName(mode)), qPrintable(mapName(map)))
                    << int(mode) << int(map);
            }
        }
    }

    void mapsPlaceObstaclesClearOfPaddlesAndServes()
    {
        QFETCH(int, mode);
        QFETCH(int, map);
        MatchConfig config;
        config.mode = GameMode(mode);
        config.map = MapId(map);
        const Arena arena(config);
        const MatchConfig classicOfMode = [&] {
            MatchConfig c = config;
            c.map = MapId::Classic;
            return c;
        }();
        QVERIFY(arena.obstacles().size() > Arena(classicOfMode).obstacles().size());
        for (const Rect &obstacle : arena.obstacles()) {
            QVERIFY(obstacle.minX >= 0 && obstacle.maxX <= arena.width());
            QVERIFY(obstacle.minY >= 0 && obstacle.maxY <= arena.height());
            QVERIFY(!obstacle.expanded(Arena::ballHalfSize()).containsStrictly(arena.center()));
            for (int player = 0; player < config.playerCount(); ++player) {
                const Side side = arena.sideOf(player);
                const double length = 48 * kBiggerPaddleFactor;
                for (double at : {arena.paddleTrackMin(side) + length / 2,
                                  arena.paddleTrackMax(side) - length / 2}) {
                    QVERIFY(!obstacle.overlaps(arena.paddleRect(side, at, length)));
                }
            }
        }
    }

    void ballBouncesOffAnObstacleSide()
    {
        MatchConfig config;
        config.map = MapId::Pillars; // a 6 x 14 pillar centred on (80, 24)
        Match match = matchWithBall(config, {50, 24}, {1, 0}, 100);
        const auto bounce = stepUntil(match, MatchEvent::Type::ObstacleBounce, 200);
        QVERIFY(bounce);
        QCOMPARE(bounce->position.x, 77.0 - Arena::ballHalfSize());
        QCOMPARE(match.snapshot().balls[0].direction, (Vec2{-1, 0}));
    }

    void ballBouncesOffAnObstacleTop()
    {
        MatchConfig config;
        config.map = MapId::Pillars;
        Match match = matchWithBall(config, {79, 60}, {0.01, -1}, 100);
        const auto bounce = stepUntil(match, MatchEvent::Type::ObstacleBounce, 200);
        QVERIFY(bounce);
        QVERIFY(nearlyEqual(bounce->position.y, 31.0 + Arena::ballHalfSize()));
        QVERIFY(match.snapshot().balls[0].direction.y > 0);
        QVERIFY(match.snapshot().balls[0].direction.x > 0);
    }

    void ballNeverEntersAnObstacleAtAnyAngle()
    {
        MatchConfig config;
        config.map = MapId::Crossroads;
        config.ballSpeed = 240;
        config.ballMaxSpeed = 320;
        const Arena arena(config);
        for (int k = 0; k < 360; ++k) {
            // Directions all round, from the centre, including exact corner hits.
            const double x = double((k * 37) % 200 - 100);
            const double y = double((k * 53) % 200 - 100);
            if (x == 0 && y == 0) {
                continue;
            }
            Match match = matchWithBall(config, arena.center(), {x, y}, 320);
            for (int i = 0; i < 240 && !match.snapshot().balls.empty(); ++i) {
                match.step();
                for (const BallState &ball : match.snapshot().balls) {
                    for (const Rect &obstacle : arena.obstacles()) {
                        QVERIFY(!obstacle.expanded(Arena::ballHalfSize() - 1e-9)
                                     .containsStrictly(ball.position));
                    }
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(ObstaclesTest)
#include "tst_Obstacles.moc"
