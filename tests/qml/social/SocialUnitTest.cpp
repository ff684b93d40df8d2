// The counting and deciding behind the social and dashboard pages, without a server: the
// numbers the charts draw, where you stand with a player, the social requests and their
// refusals, and which files may be sent as an avatar.
#include "dashboard/ResultSeries.h"
#include "social/ProfileEditor.h"
#include "social/SocialActions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace transcendence::client;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonArray array(const char *json)
{
    return QJsonDocument::fromJson(json).array();
}

ApiAnswer conflict(const char *reason)
{
    ApiAnswer answer;
    answer.status = 409;
    answer.errorCode = QStringLiteral("conflict");
    answer.errorMessage = QStringLiteral("the server's own words");
    answer.body = QJsonDocument(QJsonObject{
        {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("conflict")},
                                              {QStringLiteral("reason"), QLatin1String(reason)},
                                              {QStringLiteral("message"), answer.errorMessage}}}});
    return answer;
}

} // namespace

class SocialUnitTest : public QObject {
    Q_OBJECT

private slots:
    void resultsAreCountedPerUtcDayOldestFirst()
    {
        const QVariantList days = results::byDay(array(R"([
            {"result": "win", "endedAt": "2024-05-02T23:59:00.000Z"},
            {"result": "loss", "endedAt": "2024-05-02T08:00:00.000Z"},
            {"result": "none", "endedAt": "2024-05-02T09:00:00.000Z"},
            {"result": "win", "endedAt": "2024-05-01T00:00:01.000Z"},
            {"result": "win", "endedAt": "2024-05-02T10:00:00.000Z"}
        ])"));
        QCOMPARE(days.size(), 2);
        QCOMPARE(days[0].toMap().value("day").toString(), QStringLiteral("2024-05-01"));
        QCOMPARE(days[0].toMap().value("wins").toInt(), 1);
        QCOMPARE(days[0].toMap().value("losses").toInt(), 0);
        QCOMPARE(days[1].toMap().value("day").toString(), QStringLiteral("2024-05-02"));
        QCOMPARE(days[1].toMap().value("wins").toInt(), 2);
        QCOMPARE(days[1].toMap().value("losses").toInt(), 1); // the abandoned one is left out
    }

    void kindsKeepTheirOrderAndOnlyThosePlayed()
    {
        const QVariantList kinds = results::byKind(object(R"({"byKind": {
            "local": {"played": 3, "wins": 0, "losses": 0},
            "remote": {"played": 2, "wins": 1, "losses": 1},
            "private": {"played": 0, "wins": 0, "losses": 0}
        }})"));
        QCOMPARE(kinds.size(), 2);
        QCOMPARE(kinds[0].toMap().value("kind").toString(), QStringLiteral("remote"));
        QCOMPARE(kinds[0].toMap().value("wins").toInt(), 1);
        QCOMPARE(kinds[1].toMap().value("kind").toString(), QStringLiteral("local"));
        QCOMPARE(kinds[1].toMap().value("played").toInt(), 3);
    }

    void standingsStartAtZeroForScores()
    {
        const QVariantMap standings = results::standingsOverTime(
            object(R"({"mode": "one_vs_one", "players": [{"seat": 1}, {"seat": 0}]})"),
            object(R"({"points": [
                {"atSeconds": 4.5, "seat": 1, "kind": "point", "scores": [0, 1]},
                {"atSeconds": 9.25, "seat": 0, "kind": "point", "scores": [1, 1]}
            ]})"));
        QCOMPARE(standings.value("seconds").toList(), (QVariantList{0.0, 4.5, 9.25}));
        const QVariantList seats = standings.value("seats").toList();
        QCOMPARE(seats.size(), 2);
        QCOMPARE(seats[0].toList(), (QVariantList{0, 0, 1}));
        QCOMPARE(seats[1].toList(), (QVariantList{0, 1, 1}));
    }

    void standingsStartAtTheConfiguredLivesForFourPlayers()
    {
        const QVariantMap standings = results::standingsOverTime(
            object(R"({"mode": "four_players", "config": {"mode": "four_players", "lives": 3},
                       "players": [{"seat": 0}, {"seat": 1}, {"seat": 2}, {"seat": 3}]})"),
            object(R"({"points": [
                {"atSeconds": 2, "seat": 2, "kind": "life_lost", "lives": [3, 3, 2, 3]}
            ]})"));
        const QVariantList seats = standings.value("seats").toList();
        QCOMPARE(seats.size(), 4);
        QCOMPARE(seats[2].toList(), (QVariantList{3, 2}));
        QCOMPARE(seats[0].toList(), (QVariantList{3, 3}));
    }

    void relationshipsComeFromTheLists()
    {
        SocialLists lists;
        lists.friends = array(R"([{"id": 7, "presence": "in_game"}])");
        lists.incoming = array(R"([{"id": 70, "user": {"id": 8}}])");
        lists.outgoing = array(R"([{"id": 90, "user": {"id": 9}}])");
        // A block wins over anything else listed.
        lists.blocks = array(R"([{"id": 10}, {"id": 9}])");

        QCOMPARE(lists.relationshipWith(7).state, Relationship::State::Friend);
        QCOMPARE(lists.relationshipWith(7).presence, QStringLiteral("in_game"));
        QCOMPARE(lists.relationshipWith(8).state, Relationship::State::Incoming);
        QCOMPARE(lists.relationshipWith(8).requestId, qint64(70));
        QCOMPARE(lists.relationshipWith(9).state, Relationship::State::Blocked);
        QCOMPARE(lists.relationshipWith(10).state, Relationship::State::Blocked);
        QCOMPARE(lists.relationshipWith(11).state, Relationship::State::None);
    }

    void actionsUseTheDocumentedRequests()
    {
        using Action = SocialActions::Action;
        auto add = SocialActions::requestFor(Action::AddFriend, 5);
        QCOMPARE(add.method, QByteArray("POST"));
        QCOMPARE(add.path, QStringLiteral("/api/friends/requests"));
        QCOMPARE(add.body.value("userId").toInteger(), 5);
        QCOMPARE(SocialActions::requestFor(Action::Accept, 12).path,
                 QStringLiteral("/api/friends/requests/12/accept"));
        QCOMPARE(SocialActions::requestFor(Action::Decline, 12).path,
                 QStringLiteral("/api/friends/requests/12/decline"));
        QCOMPARE(SocialActions::requestFor(Action::CancelRequest, 12).method, QByteArray("DELETE"));
        QCOMPARE(SocialActions::requestFor(Action::RemoveFriend, 5).path,
                 QStringLiteral("/api/friends/5"));
        QCOMPARE(SocialActions::requestFor(Action::Block, 5).body.value("userId").toInteger(), 5);
        auto unblock = SocialActions::requestFor(Action::Unblock, 5);
        QCOMPARE(unblock.method, QByteArray("DELETE"));
        QCOMPARE(unblock.path, QStringLiteral("/api/blocks/5"));
    }

    void refusalsAreExplained()
    {
        QCOMPARE(SocialActions::describeFailure(conflict("blocked")),
                 QStringLiteral("A block between you stops friend requests."));
        QCOMPARE(SocialActions::describeFailure(conflict("not_accepting_requests")),
                 QStringLiteral("This player is not accepting friend requests from you."));
        QCOMPARE(SocialActions::describeFailure(conflict("request_pending")),
                 QStringLiteral("A friend request is already waiting."));
        // A reason the app does not know yet: the server's sentence, not a wrong guess.
        QCOMPARE(SocialActions::describeFailure(conflict("something_new")),
                 QStringLiteral("the server's own words"));
        ApiAnswer accepted;
        accepted.status = 200;
        accepted.body = QJsonDocument(QJsonObject{{"status", "accepted"}});
        QCOMPARE(SocialActions::describeSuccess(SocialActions::Action::AddFriend,
                                                QStringLiteral("Ann"), accepted),
                 QStringLiteral("You and Ann are now friends."));
    }

    void onlyPngJpegAndWebpMayBeSentAsAnAvatar_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("type");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n....", 12) << QByteArray("image/png");
        QTest::newRow("jpeg") << QByteArray("\xff\xd8\xff\xe0....", 8) << QByteArray("image/jpeg");
        QTest::newRow("webp") << QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16)
                              << QByteArray("image/webp");
        QTest::newRow("gif") << QByteArray("GIF89a......") << QByteArray();
        QTest::newRow("text") << QByteArray("import QtQuick") << QByteArray();
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("too large png") << (QByteArray("\x89PNG\r\n\x1a\n", 8) +
                                           QByteArray(ProfileEditor::kMaxAvatarBytes, 'x'))
                                       << QByteArray();
    }

    void onlyPngJpegAndWebpMayBeSentAsAnAvatar()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, type);
        QByteArray found;
        const QString problem = ProfileEditor::avatarFileProblem(bytes, &found);
        QCOMPARE(problem.isEmpty(), !type.isEmpty());
        QCOMPARE(found, type);
    }
};

QTEST_GUILESS_MAIN(SocialUnitTest)
#include "SocialUnitTest.moc"
