// What rewards playing, through the real server on its own database: the rating leaderboard
// (GET /api/leaderboard: ranks with ties, paging, the caller's own place, the friends filter),
// and achievements with experience and levels (GET /api/users/{id}/achievements), earned when a
// match is recorded and backfilled for matches recorded before.
// Matches are written with match_store::recordMatch on the test's own connection, as the play
// feature does on a worker; friendships are written directly.
#include "ApiTestClient.h"
#include "PostgresCluster.h"
#include "ServerProcess.h"
#include "TestEnvironment.h"
#include "db/DatabaseConnection.h"
#include "db/DatabaseUrl.h"
#include "http/ApiError.h"
#include "matches/Achievements.h"
#include "matches/MatchStore.h"
#include "replay/InputLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace transcendence;
using namespace transcendence::server;
using namespace transcendence::testing;

namespace {

const QString kConnection = QStringLiteral("rewards-test");

MatchSeat userSeat(int seat, const ApiTestClient::Account &account, int score, int placement)
{
    return {seat, SeatKind::User, account.id, account.username, score, 0, placement, false};
}

// A completed 11-point 1v1 match of this kind: winner against loser.
MatchRecord won(MatchKind kind, const QDateTime &endedAt, const ApiTestClient::Account &winner,
                const ApiTestClient::Account &loser, int loserScore = 5)
{
    MatchRecord record;
    record.kind = kind;
    record.config.scoreLimit = 11;
    record.seed = 42;
    record.inputLog = replay::InputLog(2);
    record.inputLog.finish(600);
    record.startedAt = endedAt.addSecs(-150);
    record.endedAt = endedAt;
    record.endReason = MatchEndReason::Completed;
    record.winnerSeat = 0;
    record.seats = {userSeat(0, winner, 11, 1), userSeat(1, loser, loserScore, 2)};
    return record;
}

} // namespace

class RewardsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void leaderboardRanksByRatingWithTies();
    void leaderboardPagesAndKeepsYourPlace();
    void leaderboardOfFriends();
    void leaderboardRefusesBadParameters_data();
    void leaderboardRefusesBadParameters();
    void leaderboardNeedsSignIn();
    void achievementRulesOnAHistory();
    void levelsFromExperience();
    void achievementsAreEarnedWhenAMatchIsRecorded();
    void achievementsAreBackfilledForPastMatches();
    void achievementsOfAnUnknownUser();

private:
    void recordOrFail(const MatchRecord &match);
    QJsonObject leaderboard(const ApiTestClient::Account &caller, const QString &query = {});
    static QList<qint64> idsOf(const QJsonObject &page);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiTestClient> m_api;
    QSqlDatabase m_db;
    QList<ApiTestClient::Account> m_players; // p0 .. p5
};

void RewardsTest::initTestCase()
{
    TRANSCENDENCE_REQUIRE_TEST_ENV("TRANSCENDENCE_TEST_ADMIN_DATABASE_URL");
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    m_server = std::make_unique<ServerProcess>(m_database->url(),
                                               QStringLiteral("https://localhost:9443"));
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    m_api = std::make_unique<ApiTestClient>(m_server->baseUrl());
    const auto settings = parseDatabaseUrl(m_database->url());
    QVERIFY(std::holds_alternative<DatabaseSettings>(settings));
    QString error;
    m_db = DatabaseConnection::open(std::get<DatabaseSettings>(settings), kConnection, &error);
    QVERIFY2(m_db.isOpen(), qPrintable(error));
    for (int i = 0; i < 6; ++i) {
        m_players << m_api->registerAccount(QStringLiteral("rank%1_").arg(i));
        QVERIFY(m_players.last().id > 0);
    }
}

void RewardsTest::cleanupTestCase()
{
    m_db = QSqlDatabase();
    DatabaseConnection::remove(kConnection);
}

void RewardsTest::recordOrFail(const MatchRecord &match)
{
    const auto result = match_store::recordMatch(m_db, match);
    if (const auto *error = std::get_if<DomainError>(&result)) {
        QFAIL(QJsonDocument(ApiError::from(*error).toJson()).toJson().constData());
    }
}

QJsonObject RewardsTest::leaderboard(const ApiTestClient::Account &caller, const QString &query)
{
    const HttpAnswer answer = m_api->authorized(
        "GET", QStringLiteral("/api/leaderboard") + (query.isEmpty() ? QString() : u'?' + query),
        caller.accessToken);
    if (answer.status != 200) {
        qWarning() << answer.status << answer.body;
    }
    return answer.json();
}

QList<qint64> RewardsTest::idsOf(const QJsonObject &page)
{
    QList<qint64> ids;
    for (const QJsonValue &entry : page.value(QStringLiteral("entries")).toArray()) {
        ids << entry[QStringLiteral("user")][QStringLiteral("id")].toInteger();
    }
    return ids;
}

void RewardsTest::leaderboardRanksByRatingWithTies()
{
    // p0 beats p1 twice (ranked): p0 above 1500, p1 below; the others stay at 1500 and share a
    // rank. An ai match (practice) changes nothing.
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
    recordOrFail(won(MatchKind::Remote, start, m_players[0], m_players[1]));
    recordOrFail(won(MatchKind::Remote, start.addSecs(300), m_players[0], m_players[1]));
    recordOrFail(won(MatchKind::Private, start.addSecs(600), m_players[2], m_players[3]));

    const QJsonObject page = leaderboard(m_players[2], QStringLiteral("limit=100"));
    QCOMPARE(page.value(QStringLiteral("total")).toInteger(), 6);
    const QJsonArray entries = page.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 6);
    QCOMPARE(entries[0][QStringLiteral("user")][QStringLiteral("id")].toInteger(), m_players[0].id);
    QCOMPARE(entries[0][QStringLiteral("rank")].toInt(), 1);
    QVERIFY(entries[0][QStringLiteral("rating")].toInt() > 1500);
    QCOMPARE(entries[0][QStringLiteral("ratedMatches")].toInt(), 2);
    QCOMPARE(entries[0][QStringLiteral("user")][QStringLiteral("username")].toString(),
             m_players[0].username);
    QVERIFY(entries[0][QStringLiteral("user")][QStringLiteral("avatarUrl")].toString().startsWith(
        QStringLiteral("/api/users/")));
    // p2..p5 at 1500: one shared rank 2, listed by id.
    for (int i = 1; i <= 4; ++i) {
        QCOMPARE(entries[i][QStringLiteral("rank")].toInt(), 2);
        QCOMPARE(entries[i][QStringLiteral("rating")].toInt(), 1500);
        QCOMPARE(entries[i][QStringLiteral("user")][QStringLiteral("id")].toInteger(),
                 m_players[i + 1].id);
        QCOMPARE(entries[i][QStringLiteral("ratedMatches")].toInt(), 0); // private: not rated
    }
    QCOMPARE(entries[5][QStringLiteral("user")][QStringLiteral("id")].toInteger(), m_players[1].id);
    QCOMPARE(entries[5][QStringLiteral("rank")].toInt(), 6);
    const QJsonObject you = page.value(QStringLiteral("you")).toObject();
    QCOMPARE(you[QStringLiteral("user")][QStringLiteral("id")].toInteger(), m_players[2].id);
    QCOMPARE(you[QStringLiteral("rank")].toInt(), 2);
}

void RewardsTest::leaderboardPagesAndKeepsYourPlace()
{
    const QJsonObject first = leaderboard(m_players[1], QStringLiteral("limit=2"));
    QCOMPARE(idsOf(first), (QList<qint64>{m_players[0].id, m_players[2].id}));
    QCOMPARE(first.value(QStringLiteral("limit")).toInt(), 2);
    // The caller (last) is not on this page, but "you" says where they are.
    const QJsonObject you = first.value(QStringLiteral("you")).toObject();
    QCOMPARE(you[QStringLiteral("user")][QStringLiteral("id")].toInteger(), m_players[1].id);
    QCOMPARE(you[QStringLiteral("rank")].toInt(), 6);
    const QJsonObject second = leaderboard(m_players[1], QStringLiteral("limit=2&offset=2"));
    QCOMPARE(idsOf(second), (QList<qint64>{m_players[3].id, m_players[4].id}));
    const QJsonObject last = leaderboard(m_players[1], QStringLiteral("limit=2&offset=4"));
    QCOMPARE(idsOf(last), (QList<qint64>{m_players[5].id, m_players[1].id}));
    const QJsonObject beyond = leaderboard(m_players[1], QStringLiteral("limit=2&offset=10"));
    QVERIFY(idsOf(beyond).isEmpty());
    QCOMPARE(beyond.value(QStringLiteral("total")).toInteger(), 6);
    QCOMPARE(beyond[QStringLiteral("you")][QStringLiteral("rank")].toInt(), 6);
}

void RewardsTest::leaderboardOfFriends()
{
    // p1's friends: p0 (accepted) and p4 (accepted); p5 only asked (pending): not a friend.
    QSqlQuery insert(m_db);
    insert.prepare(
        QStringLiteral("INSERT INTO friendships (requester_id, addressee_id, status, responded_at) "
                       "VALUES (?, ?, ?, CASE WHEN ? = 'accepted' THEN now() END)"));
    const auto befriend = [&](qint64 a, qint64 b, const QString &status) {
        insert.addBindValue(a);
        insert.addBindValue(b);
        insert.addBindValue(status);
        insert.addBindValue(status);
        return insert.exec();
    };
    QVERIFY(befriend(m_players[1].id, m_players[0].id, QStringLiteral("accepted")));
    QVERIFY(befriend(m_players[4].id, m_players[1].id, QStringLiteral("accepted")));
    QVERIFY(befriend(m_players[5].id, m_players[1].id, QStringLiteral("pending")));

    const QJsonObject page = leaderboard(m_players[1], QStringLiteral("friends=true"));
    QCOMPARE(page.value(QStringLiteral("friends")).toBool(), true);
    QCOMPARE(page.value(QStringLiteral("total")).toInteger(), 3);
    QCOMPARE(idsOf(page), (QList<qint64>{m_players[0].id, m_players[4].id, m_players[1].id}));
    QCOMPARE(page[QStringLiteral("you")][QStringLiteral("rank")].toInt(), 3);
    // Someone without friends ranks alone.
    const QJsonObject alone = leaderboard(m_players[3], QStringLiteral("friends=true"));
    QCOMPARE(idsOf(alone), (QList<qint64>{m_players[3].id}));
    QCOMPARE(alone[QStringLiteral("you")][QStringLiteral("rank")].toInt(), 1);
}

void RewardsTest::leaderboardRefusesBadParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::newRow("limit zero") << "limit=0"
                                << "limit"
                                << "out_of_range";
    QTest::newRow("limit over 100") << "limit=101"
                                    << "limit"
                                    << "out_of_range";
    QTest::newRow("offset negative") << "offset=-1"
                                     << "offset"
                                     << "out_of_range";
    QTest::newRow("friends maybe") << "friends=maybe"
                                   << "friends"
                                   << "one_of";
}

void RewardsTest::leaderboardRefusesBadParameters()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    QFETCH(QString, code);
    const HttpAnswer answer = m_api->authorized("GET", QStringLiteral("/api/leaderboard?") + query,
                                                m_players[0].accessToken);
    QCOMPARE(answer.status, 422);
    const QJsonObject problem =
        answer.json()[QStringLiteral("error")][QStringLiteral("fields")][field].toObject();
    QCOMPARE(problem.value(QStringLiteral("code")).toString(), code);
    QVERIFY(!problem.value(QStringLiteral("message")).toString().isEmpty());
}

void RewardsTest::leaderboardNeedsSignIn()
{
    QCOMPARE(m_api->http().get(m_api->baseUrl() + QStringLiteral("/api/leaderboard")).status, 401);
    const HttpAnswer post =
        m_api->authorized("POST", QStringLiteral("/api/leaderboard"), m_players[0].accessToken);
    QCOMPARE(post.status, 405);
}

void RewardsTest::achievementRulesOnAHistory()
{
    using achievements::PlayedMatch;
    const QDateTime start(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
    std::vector<PlayedMatch> history;
    const auto add = [&](MatchKind kind, bool won, int score, int opponent) -> PlayedMatch & {
        PlayedMatch match;
        match.matchId = qint64(history.size()) + 1;
        match.kind = kind;
        match.endedAt = start.addSecs(60 * qint64(history.size()));
        match.won = won;
        match.score = score;
        match.opponentScore = opponent;
        match.completed = true;
        history.push_back(match);
        return history.back();
    };
    add(MatchKind::Local, false, 3, 11);                        // 1: first match
    add(MatchKind::Ai, true, 11, 4).againstHardAi = false;      // 2: first win (easy AI)
    add(MatchKind::Ai, true, 11, 0).againstHardAi = true;       // 3: hard AI, 11-0
    add(MatchKind::Remote, true, 11, 9).trailedZeroFive = true; // 4: ranked, comeback
    add(MatchKind::Private, true, 11, 2);                       // 5
    add(MatchKind::Remote, true, 11, 8).ratingAfter = 1610;     // 6: five in a row, 1600
    add(MatchKind::Local, false, 0, 11);
    add(MatchKind::Local, false, 0, 11);
    add(MatchKind::Local, false, 0, 11);
    add(MatchKind::Local, false, 0, 11); // 10: ten matches
    QMap<QString, qint64> earnedBy;
    for (const auto &earned : achievements::evaluate(history)) {
        QVERIFY2(!earnedBy.contains(earned.code), qPrintable(earned.code)); // once each
        earnedBy.insert(earned.code, earned.matchId);
        QCOMPARE(earned.at, history[std::size_t(earned.matchId - 1)].endedAt);
    }
    const QMap<QString, qint64> expected{
        {QStringLiteral("first_match"), 1},      {QStringLiteral("first_win"), 2},
        {QStringLiteral("beat_hard_ai"), 3},     {QStringLiteral("shutout"), 3},
        {QStringLiteral("first_ranked_win"), 4}, {QStringLiteral("comeback"), 4},
        {QStringLiteral("five_in_a_row"), 6},    {QStringLiteral("rating_1600"), 6},
        {QStringLiteral("ten_matches"), 10}};
    QCOMPARE(earnedBy, expected);
    // A forfeit win is not a shutout; a four-player win is its own achievement.
    history.clear();
    add(MatchKind::Remote, true, 2, 0).completed = false;
    add(MatchKind::FourPlayers, true, 0, 0).fourPlayers = true;
    QStringList codes;
    for (const auto &earned : achievements::evaluate(history)) {
        codes << earned.code;
    }
    QVERIFY(!codes.contains(QStringLiteral("shutout")));
    QVERIFY(codes.contains(QStringLiteral("four_player_win")));
}

void RewardsTest::levelsFromExperience()
{
    QCOMPARE(achievements::levelFor(0).level, 1);
    QCOMPARE(achievements::levelFor(99).level, 1);
    QCOMPARE(achievements::levelFor(100).level, 2);
    QCOMPARE(achievements::levelFor(100).nextLevel, 300);
    QCOMPARE(achievements::levelFor(299).level, 2);
    QCOMPARE(achievements::levelFor(300).level, 3);
    QCOMPARE(achievements::levelFor(300).levelStart, 300);
    QCOMPARE(achievements::levelFor(4499).level, 9);
    QCOMPARE(achievements::levelFor(4500).level, 10);
    QCOMPARE(achievements::levelFor(5499).level, 10);
    QCOMPARE(achievements::levelFor(5500).level, 11);
}

namespace {

QJsonObject achievementNamed(const QJsonObject &answer, const QString &code)
{
    for (const QJsonValue &entry : answer.value(QStringLiteral("achievements")).toArray()) {
        if (entry[QStringLiteral("code")].toString() == code) {
            return entry.toObject();
        }
    }
    return {};
}

MatchRecord againstHardAi(const QDateTime &endedAt, const ApiTestClient::Account &player)
{
    MatchRecord record;
    record.kind = MatchKind::Ai;
    record.config.scoreLimit = 11;
    record.seed = 7;
    record.inputLog = replay::InputLog(2);
    record.inputLog.finish(600);
    record.startedAt = endedAt.addSecs(-150);
    record.endedAt = endedAt;
    record.endReason = MatchEndReason::Completed;
    record.winnerSeat = 0;
    record.seats = {userSeat(0, player, 11, 1),
                    {1, SeatKind::Ai, 0, QStringLiteral("AI (hard)"), 0, 0, 2, false}};
    return record;
}

} // namespace

void RewardsTest::achievementsAreEarnedWhenAMatchIsRecorded()
{
    const ApiTestClient::Account player = m_api->registerAccount(QStringLiteral("champ_"));
    const auto path = QStringLiteral("/api/users/%1/achievements").arg(player.id);
    HttpAnswer before = m_api->authorized("GET", path, m_players[0].accessToken);
    QCOMPARE(before.status, 200);
    QCOMPARE(before.json().value(QStringLiteral("earnedCount")).toInt(), 0);
    QCOMPARE(before.json().value(QStringLiteral("level")).toInt(), 1);
    QCOMPARE(before.json().value(QStringLiteral("achievements")).toArray().size(),
             qsizetype(std::size(achievements::kCodes)));
    QVERIFY(!achievementNamed(before.json(), QStringLiteral("first_win"))
                 .value(QStringLiteral("earned"))
                 .toBool());

    const QDateTime endedAt =
        QDateTime::currentDateTimeUtc().addSecs(-60).addMSecs(-QTime::currentTime().msec());
    const auto recorded = match_store::recordMatch(m_db, againstHardAi(endedAt, player));
    QVERIFY(std::holds_alternative<match_store::RecordedMatch>(recorded));
    const qint64 matchId = std::get<match_store::RecordedMatch>(recorded).matchId;

    const HttpAnswer after = m_api->authorized("GET", path, m_players[0].accessToken);
    QCOMPARE(after.status, 200);
    for (const QString &code : {QStringLiteral("first_match"), QStringLiteral("first_win"),
                                QStringLiteral("beat_hard_ai"), QStringLiteral("shutout")}) {
        const QJsonObject entry = achievementNamed(after.json(), code);
        QVERIFY2(entry.value(QStringLiteral("earned")).toBool(), qPrintable(code));
        QCOMPARE(entry.value(QStringLiteral("matchId")).toInteger(), matchId);
        QCOMPARE(QDateTime::fromString(entry.value(QStringLiteral("earnedAt")).toString(),
                                       Qt::ISODateWithMs),
                 endedAt);
    }
    QVERIFY(!achievementNamed(after.json(), QStringLiteral("first_ranked_win"))
                 .value(QStringLiteral("earned"))
                 .toBool());
    // 10 (played) + 10 (won) + 4 x 50 (achievements) = 220: level 2, from 100 to 300.
    QCOMPARE(after.json().value(QStringLiteral("experience")).toInt(), 220);
    QCOMPARE(after.json().value(QStringLiteral("level")).toInt(), 2);
    QCOMPARE(after.json().value(QStringLiteral("levelExperience")).toInt(), 100);
    QCOMPARE(after.json().value(QStringLiteral("nextLevelExperience")).toInt(), 300);

    // Earned once: another win changes no date.
    QVERIFY(std::holds_alternative<match_store::RecordedMatch>(
        match_store::recordMatch(m_db, againstHardAi(endedAt.addSecs(30), player))));
    const HttpAnswer again = m_api->authorized("GET", path, m_players[0].accessToken);
    QCOMPARE(achievementNamed(again.json(), QStringLiteral("first_win"))
                 .value(QStringLiteral("matchId"))
                 .toInteger(),
             matchId);
}

void RewardsTest::achievementsAreBackfilledForPastMatches()
{
    // As if the matches had been recorded before achievements existed.
    QSqlQuery forget(m_db);
    QVERIFY(forget.exec(QStringLiteral("DELETE FROM user_achievements")));
    QVERIFY(forget.exec(QStringLiteral("DELETE FROM achievement_backfills")));
    const auto path = QStringLiteral("/api/users/%1/achievements").arg(m_players[0].id);
    QCOMPARE(m_api->authorized("GET", path, m_players[0].accessToken)
                 .json()
                 .value(QStringLiteral("earnedCount"))
                 .toInt(),
             0);
    const int added = achievements::backfill(m_db);
    QVERIFY2(added > 0, qPrintable(QString::number(added)));
    // p0 won two ranked matches against p1 (leaderboardRanksByRatingWithTies).
    const QJsonObject answer = m_api->authorized("GET", path, m_players[0].accessToken).json();
    for (const QString &code : {QStringLiteral("first_match"), QStringLiteral("first_win"),
                                QStringLiteral("first_ranked_win")}) {
        QVERIFY2(achievementNamed(answer, code).value(QStringLiteral("earned")).toBool(),
                 qPrintable(code));
    }
    // Once per rules version.
    QCOMPARE(achievements::backfill(m_db), 0);
}

void RewardsTest::achievementsOfAnUnknownUser()
{
    QCOMPARE(m_api
                 ->authorized("GET", QStringLiteral("/api/users/999999999/achievements"),
                              m_players[0].accessToken)
                 .status,
             404);
    QCOMPARE(m_api->http()
                 .get(m_api->baseUrl() +
                      QStringLiteral("/api/users/%1/achievements").arg(m_players[0].id))
                 .status,
             401);
}

QTEST_GUILESS_MAIN(RewardsTest)
#include "rewards_test.moc"
