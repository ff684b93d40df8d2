#include "EngineTestSupport.h"
#include "engine/BallTrackingBot.h"
#include "engine/SnapshotCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace transcendence::engine;
using namespace transcendence::engine::testing;

class SnapshotTest : public QObject {
    Q_OBJECT

    static MatchConfig busyConfig()
    {
        MatchConfig config;
        config.mode = GameMode::FourPlayers;
        config.map = MapId::Pillars;
        config.powerUps = {kAllPowerUpKinds.begin(), kAllPowerUpKinds.end()};
        config.powerUpSpawnInterval = 1;
        return config;
    }

    // Bots for every player so balls, pickups and effects are all in play.
    static void play(Match &match, int steps)
    {
        std::vector<BallTrackingBot> bots;
        for (int p = 0; p < match.config().playerCount(); ++p) {
            bots.emplace_back(match.config(), p);
        }
        for (int i = 0; i < steps && !match.isOver(); ++i) {
            for (std::size_t p = 0; p < bots.size(); ++p) {
                // Every seventh step a bot lets go, so points do get scored.
                match.setInput(int(p), (i / 7 + int(p)) % 5 == 0
                                           ? Input::None
                                           : bots[p].decide(match.snapshot()));
            }
            match.step();
        }
    }

    static Snapshot busySnapshot()
    {
        Match match(busyConfig(), 11);
        for (int i = 0; i < 100; ++i) {
            play(match, 30);
            const Snapshot &s = match.snapshot();
            if (!s.balls.empty() && !s.pickups.empty() &&
                s.fasterBallUntil + s.players[0].biggerPaddleUntil +
                        s.players[1].smallerPaddleUntil >
                    0) {
                break;
            }
        }
        return match.snapshot();
    }

private slots:
    void jsonRoundTripIsExact()
    {
        const Snapshot snapshot = busySnapshot();
        QVERIFY(!snapshot.balls.empty());
        QVERIFY(!snapshot.pickups.empty());
        const QByteArray wire = QJsonDocument(snapshotToJson(snapshot)).toJson();
        const auto decoded = snapshotFromJson(QJsonDocument::fromJson(wire).object());
        QVERIFY(std::holds_alternative<Snapshot>(decoded));
        QVERIFY(std::get<Snapshot>(decoded) == snapshot);
    }

    void binaryRoundTripIsExactAndCompact()
    {
        const Snapshot snapshot = busySnapshot();
        const QByteArray binary = snapshotToBinary(snapshot);
        const auto decoded = snapshotFromBinary(binary);
        QVERIFY(std::holds_alternative<Snapshot>(decoded));
        QVERIFY(std::get<Snapshot>(decoded) == snapshot);
        const QByteArray json =
            QJsonDocument(snapshotToJson(snapshot)).toJson(QJsonDocument::Compact);
        QVERIFY2(
            binary.size() * 3 < json.size(),
            qPrintable(
                QStringLiteral("binary %1 bytes, json %2").arg(binary.size()).arg(json.size())));
    }

    void binaryDecoderRejectsDamagedInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good = snapshotToBinary(Match(MatchConfig{}, 1).snapshot());
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << good.left(good.size() - 1);
        QTest::newRow("trailing byte") << good + '\0';
        QByteArray magic = good;
        magic[0] = 'X';
        QTest::newRow("bad magic") << magic;
        QByteArray version = good;
        version[2] = 9;
        QTest::newRow("unknown version") << version;
        QByteArray phase = good;
        phase[11] = 7; // after magic (2), version (1), step (8)
        QTest::newRow("bad phase") << phase;
        QByteArray random = good;
        for (int i = 0; i < 32; ++i) {
            random[42 + i] = 0; // the generator words follow the other header fields
        }
        QTest::newRow("zero random state") << random;
    }

    void binaryDecoderRejectsDamagedInput()
    {
        QFETCH(QByteArray, bytes);
        const auto decoded = snapshotFromBinary(bytes);
        QVERIFY(std::holds_alternative<QString>(decoded));
        QVERIFY(!std::get<QString>(decoded).isEmpty());
    }

    void jsonDecoderRejectsDamagedInput_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("step not a number") << "step" << QJsonValue(QStringLiteral("1"));
        QTest::newRow("negative step") << "step" << QJsonValue(-1);
        QTest::newRow("unknown phase") << "phase" << QJsonValue(QStringLiteral("paused"));
        QTest::newRow("three players") << "players" << QJsonValue(QJsonArray{1, 2, 3});
        QTest::newRow("winner out of range") << "winner" << QJsonValue(7);
        QTest::newRow("short random") << "random" << QJsonValue(QJsonArray{QStringLiteral("1")});
        QTest::newRow("missing balls") << "balls" << QJsonValue();
    }

    void jsonDecoderRejectsDamagedInput()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject json = snapshotToJson(busySnapshot());
        if (value.isNull()) {
            json.remove(key);
        } else {
            json.insert(key, value);
        }
        QVERIFY(std::holds_alternative<QString>(snapshotFromJson(json)));
    }

    void restoredMatchContinuesIdentically()
    {
        Match original(busyConfig(), 21);
        play(original, 1500);
        const auto decoded = snapshotFromBinary(snapshotToBinary(original.snapshot()));
        Match restored = restoredOrDie(busyConfig(), std::get<Snapshot>(decoded));
        QCOMPARE(restored.stateHash(), original.stateHash());
        for (int i = 0; i < 3000; ++i) {
            const Input input = Input((i / 13) % 3);
            for (int p = 0; p < 4; ++p) {
                original.setInput(p, input);
                restored.setInput(p, input);
            }
            original.step();
            restored.step();
            QVERIFY(restored.events() == original.events());
            QCOMPARE(restored.stateHash(), original.stateHash());
        }
    }

    void restoreRefusesASnapshotOfAnotherMode()
    {
        const Snapshot fourPlayers = Match(busyConfig(), 1).snapshot();
        const auto restored = Match::restore(MatchConfig{}, fourPlayers);
        QVERIFY(std::holds_alternative<QString>(restored));
    }

    void restoreRefusesABallOutsideTheArena()
    {
        Snapshot snapshot = matchWithBall(MatchConfig{}, {80, 60}, {1, 0}, 60).snapshot();
        snapshot.balls[0].position = {500, 60};
        QVERIFY(std::holds_alternative<QString>(Match::restore(MatchConfig{}, snapshot)));
    }

    void stateHashChangesWithTheState()
    {
        Match match(MatchConfig{}, 1);
        const std::uint64_t initial = match.stateHash();
        match.setInput(0, Input::Up);
        QVERIFY(match.stateHash() != initial);
        match.step();
        const std::uint64_t afterStep = match.stateHash();
        QCOMPARE(Match(MatchConfig{}, 1).stateHash(), initial);
        QVERIFY(Match(MatchConfig{}, 2).stateHash() != initial);
        QVERIFY(afterStep != initial);
    }

    void eventsSerializeForClients()
    {
        MatchEvent event;
        event.type = MatchEvent::Type::PowerUpTaken;
        event.player = 1;
        event.pickupId = 4;
        event.kind = PowerUpKind::MultiBall;
        event.position = {3, 4};
        const QJsonObject json = event.toJson();
        QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("power_up_taken"));
        QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("multi_ball"));
        QCOMPARE(json.value(QStringLiteral("player")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("pickupId")).toInt(), 4);
        QVERIFY(!json.contains(QStringLiteral("ballId")));
    }
};

QTEST_GUILESS_MAIN(SnapshotTest)
#include "tst_Snapshot.moc"
