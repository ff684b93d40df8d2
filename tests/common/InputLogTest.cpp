// The replay input log every client decodes: recording keeps only real changes, both encodings
// round-trip and have one canonical form, anything malformed is refused with a message (never a
// crash), and a log fed back to the engine reproduces the match bit for bit.
#include "replay/InputLog.h"

#include "engine/BallTrackingBot.h"
#include "engine/Match.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace transcendence;
using engine::Input;
using replay::InputChange;
using replay::InputLog;

namespace {

QString errorOf(const std::variant<InputLog, QString> &result)
{
    const auto *error = std::get_if<QString>(&result);
    return error ? *error : QString();
}

InputLog sampleLog()
{
    InputLog log(2);
    log.record(0, 0, Input::Up);
    log.record(0, 1, Input::Down);
    log.record(10, 0, Input::None);
    log.finish(300);
    return log;
}

// Player 0 is a BallTrackingBot; player 1 changes its key every 40 steps in a fixed pattern, so
// points are won and lost. Every step's keys go through InputLog::record, as a server would.
struct PlayedMatch {
    engine::MatchConfig config;
    std::uint64_t seed = 0;
    InputLog log;
    std::uint64_t hash = 0;
    engine::Snapshot snapshot;
};

PlayedMatch playMatch(std::uint64_t seed, std::int64_t stopAtStep)
{
    PlayedMatch played;
    played.config.scoreLimit = 3;
    played.config.ballSpeed = 90;
    played.seed = seed;
    engine::Match match(played.config, seed);
    const engine::BallTrackingBot bot(played.config, 0);
    const Input pattern[] = {Input::Up, Input::None, Input::Down, Input::Down, Input::Up};
    played.log = InputLog(2);
    while (!match.isOver() && match.currentStep() < stopAtStep) {
        const Input keys[2] = {bot.decide(match.snapshot()),
                               pattern[(match.currentStep() / 40 + seed) % 5]};
        for (int player = 0; player < 2; ++player) {
            match.setInput(player, keys[player]);
            played.log.record(match.currentStep(), player, keys[player]);
        }
        match.step();
    }
    played.log.finish(match.currentStep());
    played.hash = match.stateHash();
    played.snapshot = match.snapshot();
    return played;
}

} // namespace

class InputLogTest : public QObject {
    Q_OBJECT

private slots:
    void recordKeepsOnlyChanges();
    void recordRefusesBadCalls();
    void finishDropsChangesAfterTheEnd();
    void binaryFormatIsStable();
    void roundTrips_data();
    void roundTrips();
    void decodeRefusesMalformedBytes_data();
    void decodeRefusesMalformedBytes();
    void decodeNeverCrashesOnDamagedLogs();
    void fromJsonRefusesMalformedObjects_data();
    void fromJsonRefusesMalformedObjects();
    void replayReproducesTheMatch_data();
    void replayReproducesTheMatch();
    void replayRefusesAMismatchedLog();
};

void InputLogTest::recordKeepsOnlyChanges()
{
    InputLog log(2);
    QVERIFY(log.record(0, 0, Input::None)); // already held: nothing to record
    QVERIFY(log.changes().empty());
    QVERIFY(log.record(5, 0, Input::Up));
    QVERIFY(log.record(6, 0, Input::Up));
    QVERIFY(log.record(7, 1, Input::Down));
    QVERIFY(log.record(7, 0, Input::Down));
    QVERIFY(log.record(7, 0, Input::Up)); // same step again: back to what it held, no change
    QVERIFY(log.record(9, 1, Input::Up));
    QVERIFY(log.record(9, 1, Input::None)); // replaces the change of the same step
    log.finish(20);
    const std::vector<InputChange> expected{
        {5, 0, Input::Up}, {7, 1, Input::Down}, {9, 1, Input::None}};
    QCOMPARE(log.changes(), expected);
}

void InputLogTest::recordRefusesBadCalls()
{
    InputLog log(2);
    QVERIFY(log.record(10, 1, Input::Up));
    QVERIFY(!log.record(9, 0, Input::Up));  // backwards in time
    QVERIFY(!log.record(11, 2, Input::Up)); // no such player
    QVERIFY(!log.record(-1, 0, Input::Up));
    QVERIFY(!log.record(-1, 0, Input::Up));
    QCOMPARE(log.changes().size(), std::size_t(1));
    QVERIFY(!log.finish(-1));
    QVERIFY(!log.finish(InputLog::kMaxSteps + 1));
}

void InputLogTest::finishDropsChangesAfterTheEnd()
{
    InputLog log(2);
    log.record(3, 0, Input::Up);
    log.record(8, 0, Input::Down);
    log.record(8, 1, Input::Up);
    QVERIFY(log.finish(8)); // the changes of step 8 never reached the engine
    const std::vector<InputChange> expected{{3, 0, Input::Up}};
    QCOMPARE(log.changes(), expected);
    QCOMPARE(log.endStep(), 8);
    // The held keys follow the kept changes: Up again is no change.
    log.record(8, 0, Input::Up);
    QCOMPARE(log.changes().size(), std::size_t(1));
}

void InputLogTest::binaryFormatIsStable()
{
    // Stored in the database and decoded by every client: a change of bytes is a new version.
    QCOMPARE(sampleLog().encode(), QByteArray("TIL\x01\x02\xac\x02\x03\x01\x06\xa0\x01", 12));
    const QJsonObject json = sampleLog().toJson();
    QCOMPARE(QJsonDocument(json).toJson(QJsonDocument::Compact),
             QByteArray(R"({"changes":[[0,0,"up"],[0,1,"down"],[10,0,"none"]],"endStep":300,)"
                        R"("players":2,"version":1})"));
}

void InputLogTest::roundTrips_data()
{
    QTest::addColumn<int>("playerCount");
    QTest::addColumn<QList<int>>("steps"); // step, player, input, step, player, input, ...
    QTest::addColumn<qint64>("endStep");
    QTest::newRow("empty") << 2 << QList<int>{} << qint64(0);
    QTest::newRow("no change") << 2 << QList<int>{} << qint64(5000);
    QTest::newRow("sample") << 2 << QList<int>{0, 0, 1, 0, 1, 2, 10, 0, 0} << qint64(300);
    QTest::newRow("four players") << 4 << QList<int>{1, 3, 2, 1, 2, 1, 99999, 0, 1, 99999, 3, 0}
                                  << qint64(100000);
    QTest::newRow("longest") << 1 << QList<int>{int(InputLog::kMaxSteps - 1), 0, 2}
                             << qint64(InputLog::kMaxSteps);
}

void InputLogTest::roundTrips()
{
    QFETCH(int, playerCount);
    QFETCH(QList<int>, steps);
    QFETCH(qint64, endStep);
    InputLog log(playerCount);
    for (qsizetype index = 0; index + 2 < steps.size(); index += 3) {
        QVERIFY(log.record(steps[index], steps[index + 1], static_cast<Input>(steps[index + 2])));
    }
    QVERIFY(log.finish(endStep));
    QCOMPARE(qsizetype(log.changes().size()), steps.size() / 3);

    const auto decoded = InputLog::decode(log.encode());
    QVERIFY2(errorOf(decoded).isEmpty(), qPrintable(errorOf(decoded)));
    QVERIFY(std::get<InputLog>(decoded) == log);
    // Through JSON text too, as the SPA gets it.
    const QJsonObject json = QJsonDocument::fromJson(QJsonDocument(log.toJson()).toJson()).object();
    const auto fromJson = InputLog::fromJson(json);
    QVERIFY2(errorOf(fromJson).isEmpty(), qPrintable(errorOf(fromJson)));
    QVERIFY(std::get<InputLog>(fromJson) == log);
}

void InputLogTest::decodeRefusesMalformedBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // part of the message
    const auto bytes = [](std::initializer_list<int> values) {
        QByteArray out("TIL");
        for (int value : values) {
            out.append(static_cast<char>(value));
        }
        return out;
    };
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not an input log");
    QTest::newRow("other magic") << QByteArray("TSL\x01\x02\x00\x00", 7)
                                 << QStringLiteral("not an input log");
    QTest::newRow("header only") << QByteArray("TIL\x01", 4) << QStringLiteral("not an input log");
    QTest::newRow("version 2") << bytes({2, 2, 0, 0}) << QStringLiteral("format 2");
    QTest::newRow("no players") << bytes({1, 0, 0, 0}) << QStringLiteral("player count");
    QTest::newRow("five players") << bytes({1, 5, 0, 0}) << QStringLiteral("player count");
    QTest::newRow("no end step") << bytes({1, 2}) << QStringLiteral("ends in the middle");
    QTest::newRow("truncated end step") << bytes({1, 2, 0x80}) << QStringLiteral("ends in the");
    QTest::newRow("no count") << bytes({1, 2, 10}) << QStringLiteral("ends in the middle");
    QTest::newRow("overlong number")
        << bytes({1, 2, 0x8a, 0x00, 0}) << QStringLiteral("shortest form");
    QTest::newRow("number past 64 bits")
        << bytes({1, 2, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, 0})
        << QStringLiteral("64 bits");
    QTest::newRow("endless number")
        << bytes({1, 2, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0})
        << QStringLiteral("64 bits");
    QTest::newRow("too long a match")
        << bytes({1, 2, 0x81, 0x80, 0x80, 0x80, 0x04, 0}) << QStringLiteral("longer than");
    QTest::newRow("count larger than the bytes")
        << bytes({1, 2, 100, 0xff, 0xff, 0xff, 0xff, 0x0f, 1}) << QStringLiteral("more changes");
    QTest::newRow("missing change")
        << bytes({1, 2, 100, 2, 0x01}) << QStringLiteral("more changes");
    QTest::newRow("truncated change")
        << bytes({1, 2, 100, 1, 0x81}) << QStringLiteral("ends in the middle");
    QTest::newRow("unknown key") << bytes({1, 2, 100, 1, 0x03}) << QStringLiteral("unknown key");
    QTest::newRow("player 2 of 2") << bytes({1, 2, 100, 1, 0x09}) << QStringLiteral("player 2");
    QTest::newRow("change at the end step")
        << bytes({1, 2, 4, 1, 0x41}) << QStringLiteral("outside the match");
    QTest::newRow("change of an empty match")
        << bytes({1, 2, 0, 1, 0x01}) << QStringLiteral("outside the match");
    QTest::newRow("same player twice in a step")
        << bytes({1, 2, 100, 2, 0x01, 0x02}) << QStringLiteral("step order");
    QTest::newRow("players out of order")
        << bytes({1, 2, 100, 2, 0x05, 0x01}) << QStringLiteral("step order");
    QTest::newRow("repeats the held key")
        << bytes({1, 2, 100, 1, 0x00}) << QStringLiteral("already holds");
    QTest::newRow("huge step delta")
        << bytes({1, 2, 100, 1, 0x81, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01})
        << QStringLiteral("beyond the end");
    QTest::newRow("stray bytes") << bytes({1, 2, 100, 1, 0x01, 0x00}) << QStringLiteral("stray");
}

void InputLogTest::decodeRefusesMalformedBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString error = errorOf(InputLog::decode(bytes));
    QVERIFY2(error.contains(expected), qPrintable(QStringLiteral("got: \"%1\"").arg(error)));
}

void InputLogTest::decodeNeverCrashesOnDamagedLogs()
{
    const QByteArray valid = playMatch(7, 1200).log.encode();
    QVERIFY(valid.size() > 20);
    int refused = 0;
    const auto check = [&](const QByteArray &bytes) {
        const auto result = InputLog::decode(bytes);
        if (const auto *log = std::get_if<InputLog>(&result)) {
            QCOMPARE(log->encode(), bytes); // whatever is accepted is canonical
        } else {
            QVERIFY(!std::get<QString>(result).isEmpty());
            ++refused;
        }
    };
    for (qsizetype length = 0; length < valid.size(); ++length) {
        check(valid.left(length));
    }
    for (qsizetype index = 0; index < valid.size(); ++index) {
        for (const int mask : {0x01, 0x04, 0x10, 0x80, 0xff}) {
            QByteArray damaged = valid;
            damaged[index] = static_cast<char>(damaged[index] ^ mask);
            check(damaged);
        }
    }
    QVERIFY(refused > valid.size());
}

void InputLogTest::fromJsonRefusesMalformedObjects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray("{}") << QStringLiteral("\"version\"");
    QTest::newRow("version 2") << QByteArray(
                                      R"({"version":2,"players":2,"endStep":1,"changes":[]})")
                               << QStringLiteral("\"version\"");
    QTest::newRow("unknown field")
        << QByteArray(R"({"version":1,"players":2,"endStep":1,"changes":[],"x":1})")
        << QStringLiteral("unknown field \"x\"");
    QTest::newRow("five players") << QByteArray(
                                         R"({"version":1,"players":5,"endStep":1,"changes":[]})")
                                  << QStringLiteral("\"players\"");
    QTest::newRow("fractional end")
        << QByteArray(R"({"version":1,"players":2,"endStep":1.5,"changes":[]})")
        << QStringLiteral("\"endStep\"");
    QTest::newRow("negative end") << QByteArray(
                                         R"({"version":1,"players":2,"endStep":-1,"changes":[]})")
                                  << QStringLiteral("\"endStep\"");
    QTest::newRow("end as text") << QByteArray(
                                        R"({"version":1,"players":2,"endStep":"9","changes":[]})")
                                 << QStringLiteral("\"endStep\"");
    QTest::newRow("changes not an array")
        << QByteArray(R"({"version":1,"players":2,"endStep":9,"changes":{}})")
        << QStringLiteral("\"changes\"");
    QTest::newRow("change not an array")
        << QByteArray(R"({"version":1,"players":2,"endStep":9,"changes":[{"step":1}]})")
        << QStringLiteral("change 0");
    QTest::newRow("short change")
        << QByteArray(R"({"version":1,"players":2,"endStep":9,"changes":[[1,0]]})")
        << QStringLiteral("change 0");
    QTest::newRow("long change")
        << QByteArray(R"({"version":1,"players":2,"endStep":9,"changes":[[1,0,"up",1]]})")
        << QStringLiteral("change 0");
    QTest::newRow("unknown key")
        << QByteArray(R"({"version":1,"players":2,"endStep":9,"changes":[[1,0,"left"]]})")
        << QStringLiteral("change 0");
    QTest::newRow("huge step")
        << QByteArray(R"({"version":1,"players":2,"endStep":9,"changes":[[1e300,0,"up"]]})")
        << QStringLiteral("change 0");
    QTest::newRow("player of another match")
        << QByteArray(R"({"version":1,"players":2,"endStep":9,"changes":[[1,3,"up"]]})")
        << QStringLiteral("player 3");
    QTest::newRow("after the end")
        << QByteArray(R"({"version":1,"players":2,"endStep":9,"changes":[[9,0,"up"]]})")
        << QStringLiteral("outside the match");
    QTest::newRow("out of order")
        << QByteArray(R"({"version":1,"players":2,"endStep":9,"changes":[[5,0,"up"],[4,1,"up"]]})")
        << QStringLiteral("step order");
    QTest::newRow("no change")
        << QByteArray(R"({"version":1,"players":2,"endStep":9,"changes":[[5,0,"none"]]})")
        << QStringLiteral("already holds");
}

void InputLogTest::fromJsonRefusesMalformedObjects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const QString error = errorOf(InputLog::fromJson(QJsonDocument::fromJson(json).object()));
    QVERIFY2(error.contains(expected), qPrintable(QStringLiteral("got: \"%1\"").arg(error)));
}

void InputLogTest::replayReproducesTheMatch_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<qint64>("stopAtStep"); // 0: play until the match is over
    QTest::newRow("to the end, seed 1") << quint64(1) << qint64(0);
    QTest::newRow("to the end, large seed") << quint64(0xfeedface12345678ULL) << qint64(0);
    QTest::newRow("stopped early (a forfeit)") << quint64(3) << qint64(1500);
}

void InputLogTest::replayReproducesTheMatch()
{
    QFETCH(quint64, seed);
    QFETCH(qint64, stopAtStep);
    const bool toTheEnd = stopAtStep == 0;
    const PlayedMatch played =
        playMatch(seed, toTheEnd ? 3600 * engine::kStepsPerSecond : stopAtStep);
    QVERIFY(played.log.changes().size() > 10);
    QVERIFY(played.log.endStep() >= std::min<qint64>(stopAtStep, 3 * engine::kStepsPerSecond));
    const QByteArray encoded = played.log.encode();
    const auto decoded = InputLog::decode(encoded);
    QVERIFY2(errorOf(decoded).isEmpty(), qPrintable(errorOf(decoded)));
    const auto replayed = replay::replayMatch(played.config, seed, std::get<InputLog>(decoded));
    QVERIFY(std::holds_alternative<engine::Match>(replayed));
    const engine::Match &match = std::get<engine::Match>(replayed);
    QCOMPARE(match.currentStep(), played.log.endStep());
    QCOMPARE(match.stateHash(), played.hash);
    QVERIFY(match.snapshot() == played.snapshot);
    QCOMPARE(match.isOver(), toTheEnd);
    if (toTheEnd) {
        QCOMPARE(match.snapshot().players[std::size_t(match.winner())].score,
                 played.config.scoreLimit);
    }
}

void InputLogTest::replayRefusesAMismatchedLog()
{
    engine::MatchConfig fourPlayers;
    fourPlayers.mode = engine::GameMode::FourPlayers;
    const auto result = replay::replayMatch(fourPlayers, 1, sampleLog());
    QVERIFY(std::holds_alternative<QString>(result));
    engine::MatchConfig invalid;
    invalid.scoreLimit = 0;
    QVERIFY(std::holds_alternative<QString>(replay::replayMatch(invalid, 1, sampleLog())));
}

QTEST_GUILESS_MAIN(InputLogTest)
#include "InputLogTest.moc"
