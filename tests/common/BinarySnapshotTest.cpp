// Binary snapshots (docs/protocol.md, "Binary snapshots"): what a room encodes decodes to the
// same drawable state, a classic 1v1 snapshot fits 64 bytes on the wire through a whole match,
// and malformed frames are refused with a message, never a crash or a half-read snapshot.
#include "protocol/BinarySnapshot.h"

#include "engine/Match.h"
#include "protocol/ConnectionMessages.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace transcendence;
using namespace transcendence::protocol;

namespace {

constexpr double kQuantum = 1.0 / 256.0;
// A server frame of < 126 bytes has a 2-byte header (RFC 6455: no mask server -> client).
constexpr qsizetype kWebSocketHeaderBytes = 2;

MatchSnapshot messageOf(const engine::Match &match, const QString &roomId)
{
    MatchSnapshot snapshot;
    snapshot.roomId = roomId;
    snapshot.tick = match.currentStep();
    snapshot.state = match.snapshot();
    snapshot.phase = RoomPhase::Running;
    return snapshot;
}

// Two simple bots: each follows the ball, the second one a little lazily, so points are won.
void steer(engine::Match &match)
{
    const engine::Snapshot &state = match.snapshot();
    for (int seat = 0; seat < int(state.players.size()); ++seat) {
        if (state.balls.empty()) {
            match.setInput(seat, engine::Input::None);
            continue;
        }
        const double target = seat == 0 ? state.balls.front().position.y
                                        : state.balls.front().position.y * 0.7 + 15.0;
        const double paddle = state.players[std::size_t(seat)].paddlePosition;
        match.setInput(seat, target > paddle + 1   ? engine::Input::Down
                             : target < paddle - 1 ? engine::Input::Up
                                                   : engine::Input::None);
    }
}

BinarySnapshot decoded(const QByteArray &frame)
{
    auto result = decodeBinarySnapshot(frame);
    if (const auto *error = std::get_if<QString>(&result)) {
        qFatal("decode failed: %s", qPrintable(*error));
    }
    return std::get<BinarySnapshot>(std::move(result));
}

void compareDrawable(const MatchSnapshot &sent, const std::vector<engine::MatchEvent> &events,
                     const MatchSnapshot &got)
{
    QCOMPARE(got.tick, sent.tick);
    QCOMPARE(got.phase, sent.phase);
    QCOMPARE(got.phaseEndsInMs, sent.phaseEndsInMs);
    QCOMPARE(got.missingSeats, sent.missingSeats);
    QCOMPARE(got.state.step, sent.state.step);
    QCOMPARE(got.state.phase, sent.state.phase);
    QCOMPARE(got.state.winner, sent.state.winner);
    QCOMPARE(got.state.receiver, sent.state.receiver);
    QCOMPARE(got.state.players.size(), sent.state.players.size());
    for (std::size_t i = 0; i < sent.state.players.size(); ++i) {
        const engine::PlayerState &a = sent.state.players[i];
        const engine::PlayerState &b = got.state.players[i];
        QCOMPARE(b.input, a.input);
        QVERIFY(std::abs(b.paddlePosition - a.paddlePosition) <= kQuantum / 2);
        QVERIFY(std::abs(b.paddleLength - a.paddleLength) <= kQuantum / 2);
        QCOMPARE(b.score, a.score);
        QCOMPARE(b.lives, a.lives);
        QCOMPARE(b.eliminated, a.eliminated);
        QCOMPARE(b.biggerPaddleUntil > 0, a.biggerPaddleUntil > 0);
        QCOMPARE(b.smallerPaddleUntil > 0, a.smallerPaddleUntil > 0);
    }
    QCOMPARE(got.state.balls.size(), sent.state.balls.size());
    for (std::size_t i = 0; i < sent.state.balls.size(); ++i) {
        QCOMPARE(got.state.balls[i].id, sent.state.balls[i].id);
        QVERIFY(std::abs(got.state.balls[i].position.x - sent.state.balls[i].position.x) <=
                kQuantum / 2);
        QVERIFY(std::abs(got.state.balls[i].position.y - sent.state.balls[i].position.y) <=
                kQuantum / 2);
        QVERIFY(std::abs(got.state.balls[i].direction.x - sent.state.balls[i].direction.x) <=
                1.0 / 32767);
        QVERIFY(std::abs(got.state.balls[i].direction.y - sent.state.balls[i].direction.y) <=
                1.0 / 32767);
    }
    QCOMPARE(got.state.pickups.size(), sent.state.pickups.size());
    for (std::size_t i = 0; i < sent.state.pickups.size(); ++i) {
        QCOMPARE(got.state.pickups[i].id, sent.state.pickups[i].id);
        QCOMPARE(got.state.pickups[i].kind, sent.state.pickups[i].kind);
        QVERIFY(std::abs(got.state.pickups[i].position.x - sent.state.pickups[i].position.x) <=
                kQuantum / 2);
    }
    QCOMPARE(got.events.size(), qsizetype(events.size()));
    for (std::size_t i = 0; i < events.size(); ++i) {
        const QJsonObject want = events[i].toJson();
        const QJsonObject have = got.events[qsizetype(i)].toObject();
        QCOMPARE(have.keys(), want.keys());
        for (const QString &key : want.keys()) {
            if (key == QLatin1String("x") || key == QLatin1String("y")) {
                QVERIFY(std::abs(have[key].toDouble() - want[key].toDouble()) <= kQuantum / 2);
            } else {
                QCOMPARE(have[key], want[key]);
            }
        }
    }
}

} // namespace

class BinarySnapshotTest : public QObject {
    Q_OBJECT

private slots:
    void roomTagIsFnv1a()
    {
        QCOMPARE(binaryRoomTag(QString()), 2166136261u);
        QCOMPARE(binaryRoomTag(QStringLiteral("a")), 0xe40c292cu);
        QCOMPARE(binaryRoomTag(QStringLiteral("foobar")), 0xbf9cf968u);
    }

    // A whole classic match, bots on both sides: every snapshot (60 a second, with the events
    // since the previous one) decodes to what was sent and fits 64 bytes on the wire.
    void classicMatchRoundTripsWithin64Bytes()
    {
        engine::Match match(engine::MatchConfig{}, 42);
        std::vector<engine::MatchEvent> pending;
        qsizetype largest = 0;
        qint64 totalBytes = 0;
        int snapshots = 0;
        int withEvents = 0;
        qint64 seq = 9'000; // a client that has sent thousands of inputs
        while (!match.isOver() && match.currentStep() < 120 * 60 * 20) {
            steer(match);
            match.step();
            pending.insert(pending.end(), match.events().begin(), match.events().end());
            if (match.currentStep() % 2 != 0 && !match.isOver()) {
                continue;
            }
            const MatchSnapshot sent = messageOf(match, QStringLiteral("room-1"));
            const QByteArray frame =
                binarySnapshotFrame(encodeBinarySnapshotBody(sent, pending), ++seq);
            largest = std::max(largest, frame.size());
            totalBytes += frame.size();
            ++snapshots;
            withEvents += pending.empty() ? 0 : 1;
            const BinarySnapshot got = decoded(frame);
            QCOMPARE(got.roomTag, binaryRoomTag(QStringLiteral("room-1")));
            QCOMPARE(got.snapshot.lastInputSeq, std::optional<qint64>(seq));
            compareDrawable(sent, pending, got.snapshot);
            pending.clear();
        }
        QVERIFY2(match.isOver(), "the bots finish a match");
        QVERIFY(withEvents > 10);
        qInfo("classic 1v1: %d snapshots, %d with events, mean %.1f bytes, largest %lld bytes "
              "(+%lld WebSocket header)",
              snapshots, withEvents, double(totalBytes) / snapshots, qlonglong(largest),
              qlonglong(kWebSocketHeaderBytes));
        QVERIFY2(largest + kWebSocketHeaderBytes <= 64,
                 qPrintable(QStringLiteral("largest frame %1 bytes").arg(largest)));
    }

    void fourPlayersWithPowerUpsRoundTrip()
    {
        engine::MatchConfig config;
        config.mode = engine::GameMode::FourPlayers;
        config.map = engine::MapId::Crossroads;
        config.powerUps = {engine::PowerUpKind::BiggerPaddle,
                           engine::PowerUpKind::SmallerOpponentPaddle,
                           engine::PowerUpKind::FasterBall, engine::PowerUpKind::MultiBall};
        config.powerUpSpawnInterval = 1.0;
        engine::Match match(config, 7);
        std::vector<engine::MatchEvent> pending;
        bool sawPickup = false;
        bool sawEffect = false;
        for (int i = 0; i < 120 * 90 && !match.isOver(); ++i) {
            steer(match);
            match.step();
            pending.insert(pending.end(), match.events().begin(), match.events().end());
            if (i % 2 == 0) {
                continue;
            }
            MatchSnapshot sent = messageOf(match, QStringLiteral("room-4"));
            sent.phase = RoomPhase::Paused;
            sent.phaseEndsInMs = 29'500;
            sent.missingSeats = {1, 3};
            const BinarySnapshot got =
                decoded(binarySnapshotFrame(encodeBinarySnapshotBody(sent, pending), {}));
            QCOMPARE(got.snapshot.lastInputSeq, std::nullopt);
            compareDrawable(sent, pending, got.snapshot);
            sawPickup = sawPickup || !sent.state.pickups.empty();
            for (const engine::PlayerState &player : sent.state.players) {
                sawEffect = sawEffect || player.biggerPaddleUntil > 0;
            }
            pending.clear();
        }
        QVERIFY(sawPickup);
        QVERIFY(sawEffect);
    }

    void lastInputSeqCoversTheProtocolRange_data()
    {
        QTest::addColumn<qint64>("seq");
        QTest::newRow("0") << qint64(0);
        QTest::newRow("127") << qint64(127);
        QTest::newRow("128") << qint64(128);
        QTest::newRow("2^32") << (qint64(1) << 32);
        QTest::newRow("2^53 - 1") << (qint64(1) << 53) - 1;
    }
    void lastInputSeqCoversTheProtocolRange()
    {
        QFETCH(qint64, seq);
        engine::Match match(engine::MatchConfig{}, 1);
        const QByteArray body = encodeBinarySnapshotBody(messageOf(match, QStringLiteral("r")), {});
        QCOMPARE(decoded(binarySnapshotFrame(body, seq)).snapshot.lastInputSeq,
                 std::optional<qint64>(seq));
    }

    // Every prefix of a valid frame is refused, and so are trailing bytes.
    void truncatedOrLongerFramesAreRefused()
    {
        engine::Match match(engine::MatchConfig{}, 3);
        for (int i = 0; i < 200; ++i) {
            match.step();
        }
        MatchSnapshot sent = messageOf(match, QStringLiteral("r"));
        sent.phaseEndsInMs = 1000;
        engine::MatchEvent hit;
        hit.type = engine::MatchEvent::Type::PaddleHit;
        hit.player = 1;
        hit.ballId = 3;
        hit.position = {150.0, 60.0};
        const QByteArray frame = binarySnapshotFrame(encodeBinarySnapshotBody(sent, {hit}), 77);
        QVERIFY(std::holds_alternative<BinarySnapshot>(decodeBinarySnapshot(frame)));
        for (qsizetype size = 0; size < frame.size(); ++size) {
            QVERIFY2(std::holds_alternative<QString>(decodeBinarySnapshot(frame.left(size))),
                     qPrintable(QStringLiteral("prefix of %1 bytes accepted").arg(size)));
        }
        QVERIFY(std::holds_alternative<QString>(decodeBinarySnapshot(frame + '\0')));
    }

    void malformedFramesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("frame");
        // version 1, no seq, room tag 0, tick 0, phase byte, seats byte, players...
        const QByteArray head = QByteArray::fromHex("0100"
                                                    "00000000"
                                                    "00");
        const QByteArray player = QByteArray::fromHex("00"
                                                      "0010"
                                                      "0010"
                                                      "00"
                                                      "00");
        const QByteArray players = QByteArray::fromHex("02") + player + player;
        const QByteArray valid = head +
                                 QByteArray::fromHex("08"
                                                     "00") +
                                 players +
                                 QByteArray::fromHex("00"
                                                     "00"
                                                     "00");
        QVERIFY(std::holds_alternative<BinarySnapshot>(decodeBinarySnapshot(valid)));
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("version 0") << QByteArray("\x00", 1) + valid.mid(1);
        QTest::newRow("version 2") << QByteArray("\x02", 1) + valid.mid(1);
        QTest::newRow("JSON text") << QByteArray(R"({"type":"input"})");
        QTest::newRow("engine phase 3") << head +
                                               QByteArray::fromHex("0c"
                                                                   "00") +
                                               players + QByteArray::fromHex("000000");
        QTest::newRow("winner 5") << head +
                                         QByteArray::fromHex("c8"
                                                             "00") +
                                         players + QByteArray::fromHex("000000");
        QTest::newRow("seats byte reserved bits") << head +
                                                         QByteArray::fromHex("08"
                                                                             "40") +
                                                         players + QByteArray::fromHex("000000");
        QTest::newRow("missing seat 3 of 2") << head +
                                                    QByteArray::fromHex("08"
                                                                        "08") +
                                                    players + QByteArray::fromHex("000000");
        QTest::newRow("three players") << head +
                                              QByteArray::fromHex("08"
                                                                  "00"
                                                                  "03") +
                                              player + player + player +
                                              QByteArray::fromHex("000000");
        QTest::newRow("input 3") << head +
                                        QByteArray::fromHex("08"
                                                            "00"
                                                            "02") +
                                        QByteArray::fromHex("03"
                                                            "0010"
                                                            "0010"
                                                            "00"
                                                            "00") +
                                        player + QByteArray::fromHex("000000");
        QTest::newRow("four balls") << head +
                                           QByteArray::fromHex("08"
                                                               "00") +
                                           players + QByteArray::fromHex("04");
        QTest::newRow("bad pickup kind") << head +
                                                QByteArray::fromHex("08"
                                                                    "00") +
                                                players +
                                                QByteArray::fromHex("00"
                                                                    "01"
                                                                    "01"
                                                                    "07"
                                                                    "0010"
                                                                    "0010"
                                                                    "00");
        QTest::newRow("bad event type") << head +
                                               QByteArray::fromHex("08"
                                                                   "00") +
                                               players +
                                               QByteArray::fromHex("00"
                                                                   "00"
                                                                   "01"
                                                                   "0c"
                                                                   "00");
        QTest::newRow("event player out of range") << head +
                                                          QByteArray::fromHex("08"
                                                                              "00") +
                                                          players +
                                                          QByteArray::fromHex("00"
                                                                              "00"
                                                                              "01"
                                                                              "04"
                                                                              "01"
                                                                              "02");
        QTest::newRow("kind on a paddle hit") << head +
                                                     QByteArray::fromHex("08"
                                                                         "00") +
                                                     players +
                                                     QByteArray::fromHex("00"
                                                                         "00"
                                                                         "01"
                                                                         "01"
                                                                         "08"
                                                                         "00");
        QTest::newRow("varint over 2^53")
            << QByteArray::fromHex("01ffffffffffffffff7f") + valid.mid(2);
        // 2^53 + 1: the 8th byte may hold 2^53 but not more.
        QTest::newRow("varint 2^53 + 1")
            << QByteArray::fromHex("018180808080808010") + valid.mid(2);
        QTest::newRow("endless varint") << QByteArray::fromHex("01") + QByteArray(40, char(0x80));
    }
    void malformedFramesAreRefused()
    {
        QFETCH(QByteArray, frame);
        const auto result = decodeBinarySnapshot(frame);
        QVERIFY(std::holds_alternative<QString>(result));
        QVERIFY(!std::get<QString>(result).isEmpty());
    }

    // Random bytes and random corruptions of a valid frame: refused or decoded, never a crash.
    void randomBytesNeverCrash()
    {
        engine::Match match(engine::MatchConfig{}, 5);
        for (int i = 0; i < 300; ++i) {
            match.step();
        }
        const QByteArray valid = binarySnapshotFrame(
            encodeBinarySnapshotBody(messageOf(match, QStringLiteral("x")), {}), 5);
        QRandomGenerator random(1234);
        int refused = 0;
        for (int round = 0; round < 20'000; ++round) {
            QByteArray bytes = valid;
            if (round % 2 == 0) {
                bytes.resize(1 + random.bounded(96));
                for (char &byte : bytes) {
                    byte = char(random.bounded(256));
                }
                bytes[0] = char(kBinarySnapshotVersion);
            } else {
                bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
            }
            refused += std::holds_alternative<QString>(decodeBinarySnapshot(bytes)) ? 1 : 0;
        }
        QVERIFY(refused > 0);
    }

    void helloNegotiatesTheEncoding()
    {
        Hello hello;
        hello.version = 1;
        QVERIFY(!hello.toJson().contains(QStringLiteral("encoding")));
        hello.encoding = SnapshotEncoding::Binary;
        const auto parsed = Hello::fromJson(hello.toJson());
        QCOMPARE(std::get<Hello>(parsed).encoding, SnapshotEncoding::Binary);
        QJsonObject plain{{QStringLiteral("type"), QStringLiteral("hello")},
                          {QStringLiteral("version"), 1}};
        QCOMPARE(std::get<Hello>(Hello::fromJson(plain)).encoding, SnapshotEncoding::Json);
        plain.insert(QStringLiteral("encoding"), QStringLiteral("msgpack"));
        const auto refused = Hello::fromJson(plain);
        QVERIFY(std::holds_alternative<ProtocolError>(refused));
        QCOMPARE(std::get<ProtocolError>(refused).code, error_code::InvalidField);
        plain.insert(QStringLiteral("encoding"), 1);
        QVERIFY(std::holds_alternative<ProtocolError>(Hello::fromJson(plain)));
    }

    void welcomeSaysWhichEncodingApplies()
    {
        Welcome welcome;
        welcome.version = 1;
        welcome.heartbeatIntervalMs = 15000;
        welcome.serverTime = QDateTime::currentDateTimeUtc();
        welcome.encoding = SnapshotEncoding::Binary;
        QJsonObject json = welcome.toJson();
        QCOMPARE(json.value(QStringLiteral("encoding")).toString(), QStringLiteral("binary"));
        QCOMPARE(std::get<Welcome>(Welcome::fromJson(json)).encoding, SnapshotEncoding::Binary);
        json.remove(QStringLiteral("encoding")); // an older server
        QCOMPARE(std::get<Welcome>(Welcome::fromJson(json)).encoding, SnapshotEncoding::Json);
    }
};

QTEST_GUILESS_MAIN(BinarySnapshotTest)
#include "BinarySnapshotTest.moc"
