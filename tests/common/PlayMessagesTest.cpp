// The play messages (docs/protocol.md, "Play"): each survives a round trip, and bad fields are
// refused with invalid_field naming them, never accepted half-read.
#include "protocol/PlayMessages.h"

#include "engine/Match.h"

#include <QJsonDocument>
#include <QTest>

using namespace transcendence;
using namespace transcendence::protocol;

namespace {

QJsonObject objectFrom(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

template <typename Message>
QString errorOf(const std::variant<Message, ProtocolError> &result)
{
    if (const auto *error = std::get_if<ProtocolError>(&result)) {
        return error->code + QStringLiteral(": ") + error->message;
    }
    return QStringLiteral("(accepted)");
}

} // namespace

class PlayMessagesTest : public QObject {
    Q_OBJECT

private slots:
    void playDefaultsToTheClassicGame();
    void playRoundTrip();
    void playRefusesBadFields_data();
    void playRefusesBadFields();
    void inputRoundTrip();
    void inputRefusesBadFields_data();
    void inputRefusesBadFields();
    void matchStartedRoundTrip();
    void snapshotRoundTripKeepsTheEngineState();
    void snapshotRefusesABrokenState();
    void matchOverRoundTrip();
    void matchOverWithoutWinnerOrStoredMatch();
};

void PlayMessagesTest::playDefaultsToTheClassicGame()
{
    const auto parsed = PlayRequest::fromJson(objectFrom(R"({"type":"play","kind":"local"})"));
    QVERIFY2(std::holds_alternative<PlayRequest>(parsed), qPrintable(errorOf(parsed)));
    QCOMPARE(std::get<PlayRequest>(parsed).kind, PlayKind::Local);
    QVERIFY(std::get<PlayRequest>(parsed).config == engine::MatchConfig{});
}

void PlayMessagesTest::playRoundTrip()
{
    PlayRequest request;
    request.kind = PlayKind::Ai;
    request.difficulty = engine::AiDifficulty::Hard;
    request.config.scoreLimit = 2;
    request.config.map = engine::MapId::Pillars;
    const QJsonObject json = request.toJson();
    QCOMPARE(json.value(QStringLiteral("type")).toString(), message_type::Play);
    QCOMPARE(json.value(QStringLiteral("difficulty")).toString(), QStringLiteral("hard"));
    const auto parsed = PlayRequest::fromJson(json);
    QVERIFY2(std::holds_alternative<PlayRequest>(parsed), qPrintable(errorOf(parsed)));
    const PlayRequest &back = std::get<PlayRequest>(parsed);
    QCOMPARE(back.kind, PlayKind::Ai);
    QCOMPARE(back.difficulty, engine::AiDifficulty::Hard);
    QVERIFY(back.config == request.config);
}

void PlayMessagesTest::playRefusesBadFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("no kind") << QByteArray(R"({"type":"play"})") << QStringList{"kind"};
    QTest::newRow("unknown kind") << QByteArray(R"({"type":"play","kind":"remote"})")
                                  << QStringList{"kind"};
    QTest::newRow("config not an object")
        << QByteArray(R"({"type":"play","kind":"local","config":3})") << QStringList{"config"};
    QTest::newRow("two bad config fields")
        << QByteArray(
               R"({"type":"play","kind":"local","config":{"scoreLimit":0,"ballSpeed":"fast"}})")
        << QStringList{"scoreLimit", "ballSpeed"};
    QTest::newRow("unknown config field")
        << QByteArray(R"({"type":"play","kind":"ai","config":{"gravity":1}})")
        << QStringList{"gravity"};
    QTest::newRow("unknown difficulty")
        << QByteArray(R"({"type":"play","kind":"ai","difficulty":"brutal"})")
        << QStringList{"difficulty"};
    QTest::newRow("difficulty for a local match")
        << QByteArray(R"({"type":"play","kind":"local","difficulty":"easy"})")
        << QStringList{"difficulty"};
}

void PlayMessagesTest::playRefusesBadFields()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mentions);
    const auto parsed = PlayRequest::fromJson(objectFrom(json.constData()));
    QVERIFY(std::holds_alternative<ProtocolError>(parsed));
    const ProtocolError &error = std::get<ProtocolError>(parsed);
    QCOMPARE(error.code, error_code::InvalidField);
    for (const QString &field : mentions) {
        QVERIFY2(error.message.contains(field), qPrintable(error.message));
    }
}

void PlayMessagesTest::inputRoundTrip()
{
    const PlayInput input{41, 1, engine::Input::Down};
    const auto parsed = PlayInput::fromJson(input.toJson());
    QVERIFY2(std::holds_alternative<PlayInput>(parsed), qPrintable(errorOf(parsed)));
    QCOMPARE(std::get<PlayInput>(parsed).seq, 41);
    QCOMPARE(std::get<PlayInput>(parsed).seat, 1);
    QCOMPARE(std::get<PlayInput>(parsed).key, engine::Input::Down);
}

void PlayMessagesTest::inputRefusesBadFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("negative seq") << QByteArray(R"({"seq":-1,"seat":0,"key":"up"})") << "seq";
    QTest::newRow("fractional seq") << QByteArray(R"({"seq":1.5,"seat":0,"key":"up"})") << "seq";
    QTest::newRow("seq as text") << QByteArray(R"({"seq":"1","seat":0,"key":"up"})") << "seq";
    QTest::newRow("no seq") << QByteArray(R"({"seat":0,"key":"up"})") << "seq";
    QTest::newRow("seat 4") << QByteArray(R"({"seq":1,"seat":4,"key":"up"})") << "seat";
    QTest::newRow("no seat") << QByteArray(R"({"seq":1,"key":"up"})") << "seat";
    QTest::newRow("sideways") << QByteArray(R"({"seq":1,"seat":0,"key":"sideways"})") << "key";
    QTest::newRow("key as number") << QByteArray(R"({"seq":1,"seat":0,"key":1})") << "key";
}

void PlayMessagesTest::inputRefusesBadFields()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const auto parsed = PlayInput::fromJson(objectFrom(json.constData()));
    QVERIFY(std::holds_alternative<ProtocolError>(parsed));
    QCOMPARE(std::get<ProtocolError>(parsed).code, error_code::InvalidField);
    QVERIFY2(std::get<ProtocolError>(parsed).message.startsWith(QStringLiteral("input.") + field),
             qPrintable(std::get<ProtocolError>(parsed).message));
}

void PlayMessagesTest::matchStartedRoundTrip()
{
    MatchStarted started;
    started.roomId = QStringLiteral("room-1");
    started.kind = RoomKind::Ai;
    started.config.scoreLimit = 3;
    started.seats = {{0, QStringLiteral("alice"), true, 42, QStringLiteral("user")},
                     {1, QStringLiteral("AI (hard)"), false, std::nullopt, QStringLiteral("ai")}};
    started.snapshotsPerSecond = 60;
    const auto parsed = MatchStarted::fromJson(started.toJson());
    QVERIFY2(std::holds_alternative<MatchStarted>(parsed), qPrintable(errorOf(parsed)));
    const MatchStarted &back = std::get<MatchStarted>(parsed);
    QCOMPARE(back.roomId, started.roomId);
    QCOMPARE(back.kind, RoomKind::Ai);
    QVERIFY(!back.spectating);
    QVERIFY(back.config == started.config);
    QVERIFY(back.seats == started.seats);
    QCOMPARE(back.stepsPerSecond, engine::kStepsPerSecond);
    QCOMPARE(back.snapshotsPerSecond, 60);
}

void PlayMessagesTest::snapshotRoundTripKeepsTheEngineState()
{
    engine::Match match(engine::MatchConfig{}, 7);
    match.setInput(0, engine::Input::Up);
    QJsonArray events;
    for (int step = 0; step < 200; ++step) {
        match.step();
        for (const engine::MatchEvent &event : match.events()) {
            events.append(event.toJson());
        }
    }
    QVERIFY(!events.isEmpty()); // the serve
    MatchSnapshot snapshot{QStringLiteral("room-1"),
                           match.currentStep(),
                           12,
                           match.snapshot(),
                           events,
                           RoomPhase::Paused,
                           2500,
                           {1}};
    const auto parsed = MatchSnapshot::fromJson(snapshot.toJson());
    QVERIFY2(std::holds_alternative<MatchSnapshot>(parsed), qPrintable(errorOf(parsed)));
    const MatchSnapshot &back = std::get<MatchSnapshot>(parsed);
    QCOMPARE(back.tick, 200);
    QCOMPARE(back.lastInputSeq, std::optional<qint64>(12));
    QVERIFY(back.state == match.snapshot());
    QCOMPARE(back.events, events);
    QCOMPARE(back.phase, RoomPhase::Paused);
    QCOMPARE(back.phaseEndsInMs, std::optional<qint64>(2500));
    QCOMPARE(back.missingSeats, std::vector<int>{1});

    snapshot.lastInputSeq.reset();
    const QJsonObject noInputYet = snapshot.toJson();
    QVERIFY(noInputYet.value(QStringLiteral("lastInputSeq")).isNull());
    const auto again = MatchSnapshot::fromJson(noInputYet);
    QVERIFY(std::holds_alternative<MatchSnapshot>(again));
    QVERIFY(!std::get<MatchSnapshot>(again).lastInputSeq.has_value());
}

void PlayMessagesTest::snapshotRefusesABrokenState()
{
    MatchSnapshot snapshot{QStringLiteral("room-1"),
                           0,
                           std::nullopt,
                           engine::Snapshot{},
                           {},
                           RoomPhase::Running,
                           std::nullopt,
                           {}};
    QJsonObject json = snapshot.toJson();
    json.insert(QStringLiteral("state"), QJsonObject{{QStringLiteral("step"), -5}});
    const auto parsed = MatchSnapshot::fromJson(json);
    QVERIFY(std::holds_alternative<ProtocolError>(parsed));
    QVERIFY(std::get<ProtocolError>(parsed).message.contains(QStringLiteral("state")));
}

void PlayMessagesTest::matchOverRoundTrip()
{
    MatchOver over;
    over.roomId = QStringLiteral("room-1");
    over.winnerSeat = 1;
    over.reason = MatchOverReason::Completed;
    over.seats = {{0, 1, 0, true}, {1, 2, 0, false}};
    over.matchId = 99;
    const QJsonObject json = over.toJson();
    QCOMPARE(json.value(QStringLiteral("reason")).toString(), QStringLiteral("completed"));
    const auto parsed = MatchOver::fromJson(json);
    QVERIFY2(std::holds_alternative<MatchOver>(parsed), qPrintable(errorOf(parsed)));
    const MatchOver &back = std::get<MatchOver>(parsed);
    QCOMPARE(back.winnerSeat, std::optional<int>(1));
    QCOMPARE(back.matchId, std::optional<qint64>(99));
    QVERIFY(back.seats == over.seats);
}

void PlayMessagesTest::matchOverWithoutWinnerOrStoredMatch()
{
    const auto parsed = MatchOver::fromJson(objectFrom(
        R"({"type":"matchOver","roomId":"r","winnerSeat":null,"reason":"left","seats":[],"matchId":null})"));
    QVERIFY2(std::holds_alternative<MatchOver>(parsed), qPrintable(errorOf(parsed)));
    QVERIFY(!std::get<MatchOver>(parsed).winnerSeat);
    QVERIFY(!std::get<MatchOver>(parsed).matchId);
    QCOMPARE(std::get<MatchOver>(parsed).reason, MatchOverReason::Left);
    for (const char *reason : {"disconnected", "no_show", "abandoned"}) {
        QJsonObject json = objectFrom(R"({"type":"matchOver","roomId":"r","seats":[]})");
        json.insert(QStringLiteral("reason"), QLatin1String(reason));
        QVERIFY2(std::holds_alternative<MatchOver>(MatchOver::fromJson(json)), reason);
    }
    const auto bad = MatchOver::fromJson(
        objectFrom(R"({"type":"matchOver","roomId":"r","reason":"crashed","seats":[]})"));
    QVERIFY(std::holds_alternative<ProtocolError>(bad));
}

QTEST_GUILESS_MAIN(PlayMessagesTest)
#include "PlayMessagesTest.moc"
