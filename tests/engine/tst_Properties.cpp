// Properties over thousands of random seeds and configurations: the ball never tunnels through
// a paddle, a wall or an obstacle, stays in the arena, every match ends, and the same inputs
// always give the same state hash.
#include "EngineTestSupport.h"
#include "engine/BallTrackingBot.h"
#include "engine/DeterministicRandom.h"

#include <QTest>

#include <set>

using namespace transcendence::engine;
using namespace transcendence::engine::testing;

namespace {

constexpr double kTolerance = 1e-7;

// Any valid configuration, with small score limits and lives so thousands of matches stay fast.
MatchConfig randomConfig(DeterministicRandom &random)
{
    MatchConfig c;
    c.mode = random.below(2) == 0 ? GameMode::OneVsOne : GameMode::FourPlayers;
    c.map = MapId(random.below(3));
    c.ballSpeed = random.between(20, 240);
    c.ballMaxSpeed = random.between(c.ballSpeed, 320);
    c.ballSpeedIncrement = random.between(0, 40);
    c.paddleLength = random.between(4, 48);
    c.paddleSpeed = random.between(20, 300);
    c.scoreLimit = 1 + random.below(4);
    c.winByTwo = random.below(2) == 0;
    c.lives = 1 + random.below(3);
    c.serveDelay = random.between(0, 1);
    c.powerUps.clear();
    for (PowerUpKind kind : kAllPowerUpKinds) {
        if (random.below(2) == 0) {
            c.powerUps.push_back(kind);
        }
    }
    c.powerUpSpawnInterval = random.between(1, 10);
    c.powerUpLifetime = random.between(1, 10);
    c.powerUpDuration = random.between(1, 10);
    return c;
}

// Players that alternate, in stretches, between tracking the ball and pressing random keys: long
// fast rallies (where tunnelling would show) and misses (so matches end).
class MixedPlayers {
public:
    MixedPlayers(const MatchConfig &config, std::uint64_t seed)
        : m_random(seed)
    {
        for (int p = 0; p < config.playerCount(); ++p) {
            m_bots.emplace_back(config, p);
            m_keys.push_back(Input::None);
        }
    }

    std::vector<Input> inputs(const Snapshot &live)
    {
        if (m_random.below(60) == 0) {
            m_tracking = m_random.below(10) < 7;
        }
        std::vector<Input> result;
        for (std::size_t p = 0; p < m_bots.size(); ++p) {
            if (m_random.below(20) == 0) {
                m_keys[p] = Input(m_random.below(3));
            }
            result.push_back(m_tracking ? m_bots[p].decide(live) : m_keys[p]);
        }
        return result;
    }

private:
    DeterministicRandom m_random;
    std::vector<BallTrackingBot> m_bots;
    std::vector<Input> m_keys;
    bool m_tracking = true;
};

bool eventConcernsBall(const std::vector<MatchEvent> &events, int ballId)
{
    return std::any_of(events.begin(), events.end(),
                       [ballId](const MatchEvent &e) { return e.ballId == ballId; });
}

} // namespace

class PropertiesTest : public QObject {
    Q_OBJECT

    // Checks one step of one ball against the geometry, without using the engine's collision
    // code: where the ball is, and (when no event says it bounced) the straight segment it
    // travelled.
    static void checkBall(const Match &match, const BallState &ball, const BallState *before)
    {
        const Arena &arena = match.arena();
        const double r = Arena::ballHalfSize();
        const Snapshot &s = match.snapshot();
        QVERIFY(std::isfinite(ball.position.x) && std::isfinite(ball.position.y));
        QVERIFY(ball.position.x >= -kTolerance && ball.position.x <= arena.width() + kTolerance);
        QVERIFY(ball.position.y >= -kTolerance && ball.position.y <= arena.height() + kTolerance);
        QVERIFY(nearlyEqual(
            ball.direction.x * ball.direction.x + ball.direction.y * ball.direction.y, 1.0, 1e-9));
        QVERIFY(ball.speed <= std::max(match.config().ballMaxSpeed, match.config().ballSpeed));
        for (Side side : kAllSides) {
            const int owner = arena.ownerOf(side);
            if (owner < 0 || s.players[std::size_t(owner)].eliminated) { // a wall
                const double inside =
                    (ball.position[normalAxis(side)] - arena.edge(side)) * inwardSign(side);
                QVERIFY2(inside >= r - kTolerance, "ball beyond a wall");
            }
        }
        for (const Rect &obstacle : arena.obstacles()) {
            QVERIFY2(!obstacle.expanded(r - kTolerance).containsStrictly(ball.position),
                     "ball inside an obstacle");
        }
        if (!before || eventConcernsBall(match.events(), ball.id)) {
            return;
        }
        for (int k = 1; k < 32; ++k) {
            const Vec2 point = before->position + (ball.position - before->position) * (k / 32.0);
            for (const Rect &obstacle : arena.obstacles()) {
                QVERIFY2(!obstacle.expanded(r - kTolerance).containsStrictly(point),
                         "ball passed through an obstacle");
            }
        }
        for (std::size_t p = 0; p < s.players.size(); ++p) {
            const PlayerState &player = s.players[p];
            const Side side = arena.sideOf(int(p));
            const int n = normalAxis(side);
            const double plane = arena.paddleFace(side) + inwardSign(side) * r;
            const double wasInFront = (before->position[n] - plane) * inwardSign(side);
            const double isInFront = (ball.position[n] - plane) * inwardSign(side);
            if (player.eliminated || wasInFront < 0 || isInFront >= -kTolerance) {
                continue;
            }
            const double t = wasInFront / (wasInFront - isInFront);
            const double along =
                before->position[1 - n] + (ball.position[1 - n] - before->position[1 - n]) * t;
            const double reach = player.paddleLength / 2 + r;
            QVERIFY2(std::abs(along - player.paddlePosition) > reach - kTolerance,
                     "ball passed through a paddle");
        }
    }

    static void playAndCheck(std::uint64_t seed)
    {
        DeterministicRandom random(seed);
        const MatchConfig config = randomConfig(random);
        QVERIFY2(config.validate().isEmpty(), "the generator made an invalid config");
        Match match(config, seed);
        MixedPlayers players(config, seed ^ 0x5eed);
        // Far beyond any real match with these limits: reaching it means a match that never ends.
        const std::int64_t limit = 60 * 60 * kStepsPerSecond;
        while (!match.isOver() && match.currentStep() < limit) {
            const std::vector<Input> inputs = players.inputs(match.snapshot());
            for (std::size_t p = 0; p < inputs.size(); ++p) {
                match.setInput(int(p), inputs[p]);
            }
            const std::vector<BallState> before = match.snapshot().balls;
            match.step();
            const bool pointEnded =
                std::any_of(match.events().begin(), match.events().end(), [](const MatchEvent &e) {
                    return e.type == MatchEvent::Type::PointScored ||
                           e.type == MatchEvent::Type::LifeLost;
                });
            for (const BallState &ball : match.snapshot().balls) {
                const auto previous =
                    std::find_if(before.begin(), before.end(),
                                 [&](const BallState &b) { return b.id == ball.id; });
                checkBall(match, ball, previous == before.end() ? nullptr : &*previous);
                if (QTest::currentTestFailed()) {
                    qWarning("seed %llu, step %lld", static_cast<unsigned long long>(seed),
                             static_cast<long long>(match.currentStep()));
                    return;
                }
            }
            QVERIFY2(pointEnded || match.snapshot().balls.size() + 1 >= before.size(),
                     "balls vanished without a point");
        }
        QVERIFY2(match.isOver(), qPrintable(QStringLiteral("seed %1 never ended").arg(seed)));
    }

private slots:
    void noTunnellingBallInArenaEveryMatchEnds()
    {
        for (std::uint64_t seed = 1; seed <= 2000; ++seed) {
            playAndCheck(seed);
            if (QTest::currentTestFailed()) {
                return;
            }
        }
    }

    void sameConfigSeedAndInputsGiveTheSameMatch()
    {
        std::set<std::uint64_t> finalHashes;
        for (std::uint64_t seed = 1; seed <= 300; ++seed) {
            DeterministicRandom random(seed * 7919);
            const MatchConfig config = randomConfig(random);
            Match recorded(config, seed);
            MixedPlayers players(config, seed);
            std::vector<std::vector<Input>> inputLog;
            std::vector<std::uint64_t> hashes;
            for (int i = 0; i < 1200 && !recorded.isOver(); ++i) {
                inputLog.push_back(players.inputs(recorded.snapshot()));
                for (std::size_t p = 0; p < inputLog.back().size(); ++p) {
                    recorded.setInput(int(p), inputLog.back()[p]);
                }
                recorded.step();
                hashes.push_back(recorded.stateHash());
            }
            // The replay sees only the recorded inputs, not the players.
            Match replay(config, seed);
            for (std::size_t i = 0; i < inputLog.size(); ++i) {
                for (std::size_t p = 0; p < inputLog[i].size(); ++p) {
                    replay.setInput(int(p), inputLog[i][p]);
                }
                replay.step();
                QCOMPARE(replay.stateHash(), hashes[i]);
            }
            finalHashes.insert(hashes.back());
        }
        QVERIFY(finalHashes.size() > 290); // different seeds and configs: different matches
    }

    void randomConfigurationsAreValidAndVaried()
    {
        DeterministicRandom random(99);
        std::set<std::pair<int, int>> modesAndMaps;
        for (int i = 0; i < 1000; ++i) {
            const MatchConfig config = randomConfig(random);
            QVERIFY(config.validate().isEmpty());
            modesAndMaps.insert({int(config.mode), int(config.map)});
        }
        QCOMPARE(modesAndMaps.size(), std::size_t(6));
    }
};

QTEST_GUILESS_MAIN(PropertiesTest)
#include "tst_Properties.moc"
