// The tournament messages (docs/protocol.md, "Tournaments"): each survives a round trip, and bad
// fields are refused with invalid_field naming them.
#include "protocol/TournamentMessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

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

TournamentMatchState finishedMatch()
{
    TournamentMatchState match;
    match.round = 2;
    match.slot = 1;
    match.status = QStringLiteral("finished");
    match.result = QStringLiteral("walkover");
    match.sides[0] = TournamentPlayer{7, QStringLiteral("ada")};
    match.sides[1] = TournamentPlayer{9, QString()}; // an erased account
    match.winnerEntryId = 7;
    match.matchId = 42;
    return match;
}

} // namespace

class TournamentMessagesTest : public QObject {
    Q_OBJECT

private slots:
    void playTournamentMatchRoundTrip();
    void playTournamentMatchRefusesBadIds_data();
    void playTournamentMatchRefusesBadIds();
    void matchReadyRoundTrip();
    void matchReadyRefusesBadFields_data();
    void matchReadyRefusesBadFields();
    void updateRoundTrip();
    void updateRefusesBadMatches();
    void overRoundTrip();
    void announcementNamesBothPlayers();
};

void TournamentMessagesTest::playTournamentMatchRoundTrip()
{
    const QJsonObject json = PlayTournamentMatch{12}.toJson();
    QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("playTournamentMatch"));
    const auto parsed = PlayTournamentMatch::fromJson(json);
    QVERIFY2(std::holds_alternative<PlayTournamentMatch>(parsed), qPrintable(errorOf(parsed)));
    QCOMPARE(std::get<PlayTournamentMatch>(parsed).tournamentId, 12);
}

void TournamentMessagesTest::playTournamentMatchRefusesBadIds_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("missing") << QByteArray(R"({"type":"playTournamentMatch"})");
    QTest::newRow("zero") << QByteArray(R"({"type":"playTournamentMatch","tournamentId":0})");
    QTest::newRow("fraction") << QByteArray(R"({"type":"playTournamentMatch","tournamentId":1.5})");
    QTest::newRow("string") << QByteArray(R"({"type":"playTournamentMatch","tournamentId":"1"})");
    QTest::newRow("huge") << QByteArray(R"({"type":"playTournamentMatch","tournamentId":1e300})");
}

void TournamentMessagesTest::playTournamentMatchRefusesBadIds()
{
    QFETCH(QByteArray, json);
    const auto parsed = PlayTournamentMatch::fromJson(objectFrom(json.constData()));
    const QString error = errorOf(parsed);
    QVERIFY2(error.startsWith(QStringLiteral("invalid_field: playTournamentMatch.tournamentId")),
             qPrintable(error));
}

void TournamentMessagesTest::matchReadyRoundTrip()
{
    TournamentMatchReady ready;
    ready.tournamentId = 3;
    ready.roomId = QStringLiteral("9c1f");
    ready.round = 1;
    ready.slot = 3;
    ready.you = {11, QStringLiteral("ada")};
    ready.opponent = {12, QStringLiteral("Bob")};
    ready.deadline = QDateTime(QDate(2026, 5, 1), QTime(12, 0, 30, 250), Qt::UTC);
    const QJsonObject json = ready.toJson();
    QCOMPARE(json.value(QStringLiteral("deadline")).toString(),
             QStringLiteral("2026-05-01T12:00:30.250Z"));
    QCOMPARE(json.value(QStringLiteral("opponent")).toObject().value(QStringLiteral("label")),
             QJsonValue(QStringLiteral("Bob")));
    const auto parsed = TournamentMatchReady::fromJson(json);
    QVERIFY2(std::holds_alternative<TournamentMatchReady>(parsed), qPrintable(errorOf(parsed)));
    const auto &back = std::get<TournamentMatchReady>(parsed);
    QCOMPARE(back.roomId, ready.roomId);
    QCOMPARE(back.slot, 3);
    QCOMPARE(back.you, ready.you);
    QCOMPARE(back.opponent, ready.opponent);
    QCOMPARE(back.deadline, ready.deadline);
}

void TournamentMessagesTest::matchReadyRefusesBadFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    const char *good = R"({"tournamentId":1,"roomId":"r","round":1,"slot":0,)"
                       R"("you":{"entryId":1,"label":"a"},"opponent":{"entryId":2,"label":"b"},)"
                       R"("deadline":"2026-05-01T12:00:00.000Z"})";
    const auto with = [good](const char *field, const QJsonValue &value) {
        QJsonObject object = QJsonDocument::fromJson(good).object();
        object.insert(QLatin1String(field), value);
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    };
    QTest::newRow("no room") << with("roomId", QString()) << "roomId";
    QTest::newRow("round 0") << with("round", 0) << "round";
    QTest::newRow("round 5") << with("round", 5) << "round";
    QTest::newRow("slot -1") << with("slot", -1) << "slot";
    QTest::newRow("opponent") << with("opponent", QStringLiteral("bob")) << "opponent";
    QTest::newRow("you") << with("you", QJsonObject{{QStringLiteral("label"), 1}}) << "you";
    QTest::newRow("deadline") << with("deadline", QStringLiteral("soon")) << "deadline";
}

void TournamentMessagesTest::matchReadyRefusesBadFields()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const QString error = errorOf(TournamentMatchReady::fromJson(objectFrom(json.constData())));
    QVERIFY2(error.startsWith(QStringLiteral("invalid_field: tournamentMatchReady.") + field),
             qPrintable(error));
}

void TournamentMessagesTest::updateRoundTrip()
{
    TournamentUpdate update;
    update.tournamentId = 5;
    update.status = QStringLiteral("running");
    update.matches.push_back(finishedMatch());
    TournamentMatchState next;
    next.round = 3;
    next.status = QStringLiteral("ready");
    next.sides[0] = TournamentPlayer{7, QStringLiteral("ada")};
    next.sides[1] = TournamentPlayer{8, QStringLiteral("cy")};
    update.nextMatch = next;
    update.announcement = matchAnnouncement(*next.sides[0], *next.sides[1]);
    const QJsonObject json = update.toJson();
    const QJsonArray players = json.value(QStringLiteral("matches"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("players"))
                                   .toArray();
    QVERIFY(players[1].toObject().value(QStringLiteral("label")).isNull());
    const auto parsed = TournamentUpdate::fromJson(json);
    QVERIFY2(std::holds_alternative<TournamentUpdate>(parsed), qPrintable(errorOf(parsed)));
    const auto &back = std::get<TournamentUpdate>(parsed);
    QCOMPARE(back.status, update.status);
    QCOMPARE(int(back.matches.size()), 1);
    QVERIFY(back.matches.front() == update.matches.front());
    QVERIFY(back.nextMatch && *back.nextMatch == next);
    QCOMPARE(back.announcement, QStringLiteral("ada vs cy"));
}

void TournamentMessagesTest::updateRefusesBadMatches()
{
    QJsonObject json =
        TournamentUpdate{5, QStringLiteral("running"), {finishedMatch()}, {}, {}}.toJson();
    QJsonObject match = json.value(QStringLiteral("matches")).toArray().first().toObject();
    match.insert(QStringLiteral("result"), QJsonValue()); // finished without a result
    json.insert(QStringLiteral("matches"), QJsonArray{match});
    QVERIFY(errorOf(TournamentUpdate::fromJson(json)).contains(QStringLiteral("result")));
    json.insert(QStringLiteral("matches"), QJsonArray{});
    json.insert(QStringLiteral("status"), QStringLiteral("paused"));
    QVERIFY(errorOf(TournamentUpdate::fromJson(json)).contains(QStringLiteral("status")));
}

void TournamentMessagesTest::overRoundTrip()
{
    const TournamentOver over{5, TournamentPlayer{7, QStringLiteral("ada")}};
    const auto parsed = TournamentOver::fromJson(over.toJson());
    QVERIFY2(std::holds_alternative<TournamentOver>(parsed), qPrintable(errorOf(parsed)));
    QCOMPARE(std::get<TournamentOver>(parsed).winner, over.winner);
    const auto nobody = TournamentOver::fromJson(TournamentOver{5, std::nullopt}.toJson());
    QVERIFY(std::holds_alternative<TournamentOver>(nobody));
    QCOMPARE(std::get<TournamentOver>(nobody).winner, std::nullopt);
}

void TournamentMessagesTest::announcementNamesBothPlayers()
{
    QCOMPARE(matchAnnouncement({1, QStringLiteral("X")}, {2, QStringLiteral("Y")}),
             QStringLiteral("X vs Y"));
    QCOMPARE(matchAnnouncement({1, QStringLiteral("X")}, {2, QString()}),
             QStringLiteral("X vs Anonymous"));
}

QTEST_APPLESS_MAIN(TournamentMessagesTest)
#include "TournamentMessagesTest.moc"
