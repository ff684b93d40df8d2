// Match storage, stats, history and replays: matches are written through match_store::recordMatch
// on the test's own connection (as the play feature will, on a worker), then read back through
// the real server's endpoints. A real match is played with the engine here and must replay from
// what GET /api/matches/{id}/replay returns to the same final state.
#include "ApiTestClient.h"
#include "PostgresCluster.h"
#include "ServerProcess.h"
#include "TestEnvironment.h"
#include "db/DatabaseConnection.h"
#include "db/DatabaseUrl.h"
#include "engine/BallTrackingBot.h"
#include "engine/Match.h"
#include "http/ApiError.h"
#include "matches/EloRating.h"
#include "matches/MatchStore.h"
#include "replay/InputLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <functional>
#include <memory>

using namespace transcendence;
using namespace transcendence::server;
using namespace transcendence::testing;

// A change that makes a valid record invalid, for recordRefusesInconsistentMatches.
using RecordDamage = std::function<void(MatchRecord &)>;
Q_DECLARE_METATYPE(RecordDamage)

namespace {

const QString kConnection = QStringLiteral("matches-test");

QString errorCode(const HttpAnswer &answer)
{
    return answer.json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

QJsonObject errorFields(const HttpAnswer &answer)
{
    return answer.json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("fields"))
        .toObject();
}

MatchSeat userSeat(int seat, const ApiTestClient::Account &account, int score, int placement)
{
    return {seat, SeatKind::User, account.id, account.username, score, 0, placement, false};
}

// A 1v1 match with a finished (empty) input log; the tests that need a real log build one.
MatchRecord oneVsOne(MatchKind kind, const QDateTime &endedAt, MatchSeat left, MatchSeat right,
                     int winnerSeat, MatchEndReason reason = MatchEndReason::Completed)
{
    MatchRecord record;
    record.kind = kind;
    record.config.scoreLimit = 11;
    record.seed = 0x8000000000000001ULL; // beyond bigint's positive range: stored bit for bit
    record.inputLog = replay::InputLog(2);
    record.inputLog.record(0, 0, engine::Input::Up);
    record.inputLog.finish(600);
    record.finalStateHash = 0xfedcba9876543210ULL;
    record.startedAt = endedAt.addSecs(-150);
    record.endedAt = endedAt;
    record.endReason = reason;
    record.winnerSeat = winnerSeat;
    record.seats = {std::move(left), std::move(right)};
    return record;
}

MatchSeat guestSeat(int seat, const QString &label, int score, int placement,
                    SeatKind kind = SeatKind::Guest)
{
    return {seat, kind, 0, label, score, 0, placement, false};
}

QString hex64(std::uint64_t value)
{
    return QStringLiteral("%1").arg(value, 16, 16, QLatin1Char('0'));
}

} // namespace

class MatchesTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void eloFollowsTheDocumentedRules();
    void recordRefusesInconsistentMatches_data();
    void recordRefusesInconsistentMatches();
    void statsAfterAKnownSequence();
    void historyIsPagedNewestFirst();
    void detailsShowEverythingButTheLog();
    void deletedOpponentBecomesAnonymous();
    void accountErasedDuringTheMatchIsNotRated();
    void aRoomIsStoredOnce();
    void anonymizedDuringTheMatchIsRecordedWithoutTheName();
    void replayReproducesARealMatch();
    void fourPlayerMatchesCountPlacements();
    void unknownIdsAreNotFound_data();
    void unknownIdsAreNotFound();
    void everyEndpointNeedsSignIn_data();
    void everyEndpointNeedsSignIn();
    void badPagingIsRefusedPerField_data();
    void badPagingIsRefusedPerField();

private:
    std::variant<match_store::RecordedMatch, DomainError> record(const MatchRecord &match);
    qint64 recordOrFail(const MatchRecord &match);
    QString token(); // a signed-in caller for reads
    HttpAnswer get(const QString &path) { return m_api->authorized("GET", path, token()); }
    qint64 matchCount();

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiTestClient> m_api;
    QSqlDatabase m_db;
    QString m_token;
    // The known sequence of statsAfterAKnownSequence, reused by the history and details tests.
    ApiTestClient::Account m_alice;
    ApiTestClient::Account m_bob;
    ApiTestClient::Account m_carol;
    QList<qint64> m_aliceMatches;  // oldest first
    ApiTestClient::Account m_left; // the players of the records recordRefuses... damages
    ApiTestClient::Account m_right;
};

void MatchesTest::initTestCase()
{
    TRANSCENDENCE_REQUIRE_TEST_ENV("TRANSCENDENCE_TEST_ADMIN_DATABASE_URL");
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    m_server = std::make_unique<ServerProcess>(m_database->url(),
                                               QStringLiteral("https://localhost:9443"));
    QVERIFY2(m_server->start(), qPrintable(m_server->log())); // applies the migrations
    m_api = std::make_unique<ApiTestClient>(m_server->baseUrl());
    const auto settings = parseDatabaseUrl(m_database->url());
    QVERIFY(std::holds_alternative<DatabaseSettings>(settings));
    QString error;
    m_db = DatabaseConnection::open(std::get<DatabaseSettings>(settings), kConnection, &error);
    QVERIFY2(m_db.isOpen(), qPrintable(error));
    m_left = m_api->registerAccount(QStringLiteral("left_"));
    m_right = m_api->registerAccount(QStringLiteral("right_"));
    QVERIFY(m_left.id > 0 && m_right.id > 0);
}

void MatchesTest::cleanupTestCase()
{
    m_db = QSqlDatabase();
    DatabaseConnection::remove(kConnection);
}

std::variant<match_store::RecordedMatch, DomainError> MatchesTest::record(const MatchRecord &match)
{
    return match_store::recordMatch(m_db, match);
}

qint64 MatchesTest::recordOrFail(const MatchRecord &match)
{
    const auto result = record(match);
    if (const auto *error = std::get_if<DomainError>(&result)) {
        qWarning() << "recordMatch failed:" << ApiError::from(*error).toJson();
        return 0;
    }
    return std::get<match_store::RecordedMatch>(result).matchId;
}

QString MatchesTest::token()
{
    if (m_token.isEmpty()) {
        m_token = m_api->registerAccount(QStringLiteral("viewer_")).accessToken;
    }
    return m_token;
}

qint64 MatchesTest::matchCount()
{
    QSqlQuery count(m_db);
    return count.exec(QStringLiteral("SELECT count(*) FROM matches")) && count.next()
               ? count.value(0).toLongLong()
               : -1;
}

void MatchesTest::eloFollowsTheDocumentedRules()
{
    QCOMPARE(elo::ratingAfter(1500, 1500, true, 0), 1520); // provisional K = 40
    QCOMPARE(elo::ratingAfter(1500, 1500, false, 29), 1480);
    QCOMPARE(elo::ratingAfter(1500, 1500, true, 30), 1510);      // established K = 20
    QCOMPARE(elo::ratingAfter(1520, 1480, true, 1), 1538);       // 40 * (1 - 0.5573) = 17.7
    QCOMPARE(elo::ratingAfter(1400, 1800, true, 50), 1418);      // 20 * (1 - 0.0909) = 18.2
    QCOMPARE(elo::ratingAfter(1800, 1400, true, 50), 1802);      // 20 * (1 - 0.9091) = 1.8
    QCOMPARE(elo::ratingAfter(110, 110, false, 0), elo::kFloor); // 110 - 20, floored
}

void MatchesTest::recordRefusesInconsistentMatches_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<RecordDamage>("damage");
    const auto row = [](const char *name, const char *field, RecordDamage damage) {
        QTest::newRow(name) << QString::fromLatin1(field) << damage;
    };
    row("no players", "seats", [](MatchRecord &m) { m.seats.clear(); });
    row("one player", "seats", [](MatchRecord &m) { m.seats.pop_back(); });
    row("seat twice", "seats", [](MatchRecord &m) { m.seats[1].seat = 0; });
    row("seat out of range", "seats", [](MatchRecord &m) { m.seats[1].seat = 2; });
    row("winner out of range", "winnerSeat", [](MatchRecord &m) { m.winnerSeat = 2; });
    row("no winner", "winnerSeat", [](MatchRecord &m) { m.winnerSeat = -1; });
    row("the loser won", "winnerSeat", [](MatchRecord &m) {
        m.winnerSeat = 1;
        m.seats[0].placement = 2;
        m.seats[1].placement = 1;
    });
    row("winner short of the limit", "winnerSeat", [](MatchRecord &m) { m.seats[0].score = 10; });
    row("winner placed second", "seats[0].placement",
        [](MatchRecord &m) { m.seats[0].placement = 2; });
    row("abandoned with a winner", "winnerSeat",
        [](MatchRecord &m) { m.endReason = MatchEndReason::Abandoned; });
    row("forfeit without a forfeiter", "endReason",
        [](MatchRecord &m) { m.endReason = MatchEndReason::Forfeit; });
    row("the winner forfeited", "seats[0].forfeited", [](MatchRecord &m) {
        m.endReason = MatchEndReason::Forfeit;
        m.seats[0].forfeited = true;
    });
    row("forfeit in a completed match", "seats[1].forfeited",
        [](MatchRecord &m) { m.seats[1].forfeited = true; });
    row("same account twice", "seats[1].userId",
        [](MatchRecord &m) { m.seats[1].userId = m.seats[0].userId; });
    row("account seat without id", "seats[1].userId",
        [](MatchRecord &m) { m.seats[1].userId = 0; });
    row("guest with an id", "seats[1].userId", [](MatchRecord &m) {
        m.kind = MatchKind::Local;
        m.seats[1].kind = SeatKind::Guest;
    });
    row("guest in a ranked match", "kind",
        [](MatchRecord &m) { m.seats[1] = guestSeat(1, QStringLiteral("Guest"), 3, 2); });
    row("ai match without AI", "kind", [](MatchRecord &m) { m.kind = MatchKind::Ai; });
    row("no account at all", "seats", [](MatchRecord &m) {
        m.kind = MatchKind::Local;
        m.seats[0] = guestSeat(0, QStringLiteral("Left"), 11, 1);
        m.seats[1] = guestSeat(1, QStringLiteral("Right"), 3, 2);
    });
    row("empty label", "seats[0].label",
        [](MatchRecord &m) { m.seats[0].label = QStringLiteral(" "); });
    row("long label", "seats[0].label",
        [](MatchRecord &m) { m.seats[0].label = QString(101, QLatin1Char('x')); });
    row("room id not a UUID", "roomId",
        [](MatchRecord &m) { m.roomId = QStringLiteral("room-1"); });
    row("negative score", "seats[1].score", [](MatchRecord &m) { m.seats[1].score = -1; });
    row("invalid config", "config.scoreLimit", [](MatchRecord &m) { m.config.scoreLimit = 0; });
    row("four-player kind in 1v1", "kind", [](MatchRecord &m) { m.kind = MatchKind::FourPlayers; });
    row("log of another mode", "inputLog",
        [](MatchRecord &m) { m.inputLog = replay::InputLog(4); });
    row("ends before it starts", "endedAt",
        [](MatchRecord &m) { m.endedAt = m.startedAt.addSecs(-1); });
    row("no times", "startedAt", [](MatchRecord &m) { m.startedAt = QDateTime(); });
}

void MatchesTest::recordRefusesInconsistentMatches()
{
    QFETCH(QString, field);
    QFETCH(RecordDamage, damage);
    MatchRecord match = oneVsOne(MatchKind::Remote, QDateTime::currentDateTimeUtc(),
                                 userSeat(0, m_left, 11, 1), userSeat(1, m_right, 3, 2), 0);
    QCOMPARE(matchRecordProblems(match).isEmpty(), true); // the undamaged record is fine
    damage(match);
    const qint64 before = matchCount();
    const auto result = record(match);
    QVERIFY(std::holds_alternative<DomainError>(result));
    const DomainError &error = std::get<DomainError>(result);
    QCOMPARE(error.code, QStringLiteral("validation_failed"));
    QVERIFY2(error.fields.contains(field),
             qPrintable(QJsonDocument(error.fields).toJson(QJsonDocument::Compact)));
    QCOMPARE(matchCount(), before);
}

void MatchesTest::statsAfterAKnownSequence()
{
    m_alice = m_api->registerAccount(QStringLiteral("alice_"));
    m_bob = m_api->registerAccount(QStringLiteral("bob_"));
    m_carol = m_api->registerAccount(QStringLiteral("carol_"));
    QVERIFY(m_alice.id && m_bob.id && m_carol.id);
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1);
    const auto at = [&](int minutes) {
        return start.addSecs(60 * minutes);
    };
    const auto alice = [&](int seat, int score, int placement) {
        return userSeat(seat, m_alice, score, placement);
    };
    const auto bob = [&](int seat, int score, int placement) {
        return userSeat(seat, m_bob, score, placement);
    };

    // Elo by hand (K = 40 while provisional, both start at 1500):
    //   1 A beats B: E = 0.5            -> +-20: A 1520, B 1480
    //   2 A beats B: E(A) = 0.5573      -> +-18: A 1538, B 1462
    //   3 B beats A: E(A) = 0.6077      -> +-24: A 1514, B 1486
    //   8 A beats B by forfeit: 0.5402  -> +-18: A 1532, B 1468
    QList<MatchRecord> sequence;
    sequence << oneVsOne(MatchKind::Remote, at(10), alice(0, 11, 1), bob(1, 5, 2), 0)
             << oneVsOne(MatchKind::Remote, at(20), bob(0, 9, 2), alice(1, 11, 1), 1)
             << oneVsOne(MatchKind::Remote, at(30), alice(0, 7, 2), bob(1, 11, 1), 1)
             << oneVsOne(MatchKind::Private, at(40), alice(0, 11, 1), userSeat(1, m_carol, 3, 2), 0)
             << oneVsOne(MatchKind::Ai, at(50), alice(0, 2, 2),
                         guestSeat(1, QStringLiteral("AI (hard)"), 11, 1, SeatKind::Ai), 1)
             << oneVsOne(MatchKind::Local, at(60), alice(0, 11, 1),
                         guestSeat(1, QStringLiteral("Guest"), 4, 2), 0)
             << oneVsOne(MatchKind::Remote, at(70), alice(0, 1, 0), bob(1, 2, 0), -1,
                         MatchEndReason::Abandoned);
    MatchRecord forfeit = oneVsOne(MatchKind::Remote, at(80), alice(0, 3, 1), bob(1, 5, 2), 0,
                                   MatchEndReason::Forfeit);
    forfeit.seats[1].forfeited = true;
    sequence << forfeit;
    // Recorded out of order: history and streaks follow the end time, not the insertion.
    std::swap(sequence[3], sequence[5]);
    QMap<QDateTime, qint64> ids;
    for (const MatchRecord &match : sequence) {
        const auto result = record(match);
        if (const auto *error = std::get_if<DomainError>(&result)) {
            QFAIL(QJsonDocument(ApiError::from(*error).toJson()).toJson().constData());
        }
        const auto &recorded = std::get<match_store::RecordedMatch>(result);
        QCOMPARE(recorded.rated,
                 match.kind == MatchKind::Remote && match.endReason != MatchEndReason::Abandoned);
        ids.insert(match.endedAt, recorded.matchId);
    }
    m_aliceMatches = ids.values();

    const HttpAnswer answer = get(QStringLiteral("/api/users/%1/stats").arg(m_alice.id));
    QCOMPARE(answer.status, 200);
    const QJsonObject stats = answer.json();
    QCOMPARE(stats.value(QStringLiteral("userId")).toInteger(), m_alice.id);
    QCOMPARE(stats.value(QStringLiteral("wins")).toInt(), 4); // remote x3 (one by forfeit), private
    QCOMPARE(stats.value(QStringLiteral("losses")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("winRate")).toDouble(), 0.8);
    QCOMPARE(stats.value(QStringLiteral("currentStreak")).toInt(), 2);
    QCOMPARE(stats.value(QStringLiteral("bestWinStreak")).toInt(), 2);
    QCOMPARE(stats.value(QStringLiteral("pointsFor")).toInt(), 11 + 11 + 7 + 11 + 3);
    QCOMPARE(stats.value(QStringLiteral("pointsAgainst")).toInt(), 5 + 9 + 11 + 3 + 5);
    QCOMPARE(stats.value(QStringLiteral("rating")).toInt(), 1532);
    QCOMPARE(stats.value(QStringLiteral("ratedMatches")).toInt(), 4);
    const QJsonArray history = stats.value(QStringLiteral("ratingHistory")).toArray();
    QCOMPARE(history.size(), 4);
    const int expectedRatings[] = {1520, 1538, 1514, 1532};
    for (int index = 0; index < 4; ++index) {
        QCOMPARE(history.at(index).toObject().value(QStringLiteral("rating")).toInt(),
                 expectedRatings[index]);
    }
    QCOMPARE(history.at(0).toObject().value(QStringLiteral("matchId")).toInteger(),
             m_aliceMatches.first());
    QCOMPARE(history.at(3).toObject().value(QStringLiteral("at")).toString(),
             at(80).toString(Qt::ISODateWithMs));
    const QJsonObject byKind = stats.value(QStringLiteral("byKind")).toObject();
    const auto tally = [&](const char *kind) {
        const QJsonObject entry = byKind.value(QLatin1String(kind)).toObject();
        return QList<int>{entry.value(QStringLiteral("played")).toInt(),
                          entry.value(QStringLiteral("wins")).toInt(),
                          entry.value(QStringLiteral("losses")).toInt()};
    };
    QCOMPARE(tally("remote"), (QList<int>{5, 3, 1})); // the abandoned one is played, no result
    QCOMPARE(tally("private"), (QList<int>{1, 1, 0}));
    QCOMPARE(tally("ai"), (QList<int>{1, 0, 1})); // practice: not in wins and losses
    QCOMPARE(tally("local"), (QList<int>{1, 1, 0}));
    QCOMPARE(tally("tournament"), (QList<int>{0, 0, 0}));
    QCOMPARE(tally("four_players"), (QList<int>{0, 0, 0}));
    const QJsonObject modes = stats.value(QStringLiteral("playedByMode")).toObject();
    QCOMPARE(modes.value(QStringLiteral("one_vs_one")).toInt(), 8);
    QCOMPARE(modes.value(QStringLiteral("four_players")).toInt(), 0);

    const QJsonObject bobStats = get(QStringLiteral("/api/users/%1/stats").arg(m_bob.id)).json();
    QCOMPARE(bobStats.value(QStringLiteral("wins")).toInt(), 1);
    QCOMPARE(bobStats.value(QStringLiteral("losses")).toInt(), 3);
    QCOMPARE(bobStats.value(QStringLiteral("currentStreak")).toInt(), -1);
    QCOMPARE(bobStats.value(QStringLiteral("bestWinStreak")).toInt(), 1);
    QCOMPARE(bobStats.value(QStringLiteral("rating")).toInt(), 1468);

    // Carol played one unrated match; a newcomer has nothing yet.
    const QJsonObject carolStats =
        get(QStringLiteral("/api/users/%1/stats").arg(m_carol.id)).json();
    QCOMPARE(carolStats.value(QStringLiteral("rating")).toInt(), elo::kInitialRating);
    QCOMPARE(carolStats.value(QStringLiteral("losses")).toInt(), 1);
    QCOMPARE(carolStats.value(QStringLiteral("ratingHistory")).toArray().size(), 0);
    const ApiTestClient::Account newcomer = m_api->registerAccount(QStringLiteral("new_"));
    const QJsonObject empty = get(QStringLiteral("/api/users/%1/stats").arg(newcomer.id)).json();
    QCOMPARE(empty.value(QStringLiteral("wins")).toInt(), 0);
    QVERIFY(empty.value(QStringLiteral("winRate")).isNull());
    QCOMPARE(empty.value(QStringLiteral("currentStreak")).toInt(), 0);
}

void MatchesTest::historyIsPagedNewestFirst()
{
    QCOMPARE(m_aliceMatches.size(), 8);
    const HttpAnswer first = get(QStringLiteral("/api/users/%1/matches?limit=3").arg(m_alice.id));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json().value(QStringLiteral("total")).toInt(), 8);
    QCOMPARE(first.json().value(QStringLiteral("hasMore")).toBool(), true);
    QCOMPARE(first.json().value(QStringLiteral("limit")).toInt(), 3);
    const QJsonArray page = first.json().value(QStringLiteral("matches")).toArray();
    QCOMPARE(page.size(), 3);
    QCOMPARE(page.at(0).toObject().value(QStringLiteral("id")).toInteger(), m_aliceMatches[7]);
    QCOMPARE(page.at(1).toObject().value(QStringLiteral("id")).toInteger(), m_aliceMatches[6]);
    QCOMPARE(page.at(2).toObject().value(QStringLiteral("id")).toInteger(), m_aliceMatches[5]);

    // The forfeit win, newest.
    const QJsonObject forfeit = page.at(0).toObject();
    QCOMPARE(forfeit.value(QStringLiteral("kind")).toString(), QStringLiteral("remote"));
    QCOMPARE(forfeit.value(QStringLiteral("mode")).toString(), QStringLiteral("one_vs_one"));
    QCOMPARE(forfeit.value(QStringLiteral("result")).toString(), QStringLiteral("win"));
    QCOMPARE(forfeit.value(QStringLiteral("endReason")).toString(), QStringLiteral("forfeit"));
    QCOMPARE(forfeit.value(QStringLiteral("durationSeconds")).toInt(), 150);
    QCOMPARE(forfeit.value(QStringLiteral("rated")).toBool(), true);
    const QJsonObject player = forfeit.value(QStringLiteral("player")).toObject();
    QCOMPARE(player.value(QStringLiteral("userId")).toInteger(), m_alice.id);
    QCOMPARE(player.value(QStringLiteral("score")).toInt(), 3);
    QCOMPARE(player.value(QStringLiteral("ratingBefore")).toInt(), 1514);
    QCOMPARE(player.value(QStringLiteral("ratingAfter")).toInt(), 1532);
    const QJsonArray opponents = forfeit.value(QStringLiteral("opponents")).toArray();
    QCOMPARE(opponents.size(), 1);
    const QJsonObject bob = opponents.at(0).toObject();
    QCOMPARE(bob.value(QStringLiteral("userId")).toInteger(), m_bob.id);
    QCOMPARE(bob.value(QStringLiteral("name")).toString(), m_bob.username);
    QCOMPARE(bob.value(QStringLiteral("anonymous")).toBool(), false);
    QCOMPARE(bob.value(QStringLiteral("score")).toInt(), 5);
    QCOMPARE(bob.value(QStringLiteral("forfeited")).toBool(), true);
    QCOMPARE(bob.value(QStringLiteral("ratingAfter")).toInt(), 1468);

    const QJsonObject abandoned = page.at(1).toObject();
    QCOMPARE(abandoned.value(QStringLiteral("result")).toString(), QStringLiteral("none"));
    QCOMPARE(abandoned.value(QStringLiteral("rated")).toBool(), false);
    QVERIFY(abandoned.value(QStringLiteral("player"))
                .toObject()
                .value(QStringLiteral("ratingAfter"))
                .isNull());
    const QJsonObject local = page.at(2).toObject();
    QCOMPARE(local.value(QStringLiteral("kind")).toString(), QStringLiteral("local"));
    QCOMPARE(local.value(QStringLiteral("countsInStats")).toBool(), false);
    const QJsonObject guest = local.value(QStringLiteral("opponents")).toArray().at(0).toObject();
    QCOMPARE(guest.value(QStringLiteral("kind")).toString(), QStringLiteral("guest"));
    QCOMPARE(guest.value(QStringLiteral("name")).toString(), QStringLiteral("Guest"));
    QVERIFY(guest.value(QStringLiteral("userId")).isNull());
    QCOMPARE(guest.value(QStringLiteral("anonymous")).toBool(), false);

    const HttpAnswer last =
        get(QStringLiteral("/api/users/%1/matches?limit=3&offset=6").arg(m_alice.id));
    QCOMPARE(last.status, 200);
    const QJsonArray rest = last.json().value(QStringLiteral("matches")).toArray();
    QCOMPARE(rest.size(), 2);
    QCOMPARE(last.json().value(QStringLiteral("hasMore")).toBool(), false);
    QCOMPARE(rest.at(1).toObject().value(QStringLiteral("id")).toInteger(), m_aliceMatches[0]);
    QCOMPARE(rest.at(1).toObject().value(QStringLiteral("endedAt")).toString().right(1),
             QStringLiteral("Z"));
    const HttpAnswer beyond =
        get(QStringLiteral("/api/users/%1/matches?offset=100").arg(m_alice.id));
    QCOMPARE(beyond.status, 200);
    QCOMPARE(beyond.json().value(QStringLiteral("matches")).toArray().size(), 0);
    QCOMPARE(beyond.json().value(QStringLiteral("limit")).toInt(), 20); // the default

    // Bob's view of the same matches: his seat is the player, Alice the opponent.
    const QJsonObject bobFirst = get(QStringLiteral("/api/users/%1/matches?limit=1").arg(m_bob.id))
                                     .json()
                                     .value(QStringLiteral("matches"))
                                     .toArray()
                                     .at(0)
                                     .toObject();
    QCOMPARE(bobFirst.value(QStringLiteral("result")).toString(), QStringLiteral("loss"));
    QCOMPARE(bobFirst.value(QStringLiteral("opponents"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("userId"))
                 .toInteger(),
             m_alice.id);
}

void MatchesTest::detailsShowEverythingButTheLog()
{
    const qint64 firstId = m_aliceMatches.value(0);
    QVERIFY(firstId > 0);
    const HttpAnswer answer = get(QStringLiteral("/api/matches/%1").arg(firstId));
    QCOMPARE(answer.status, 200);
    const QJsonObject match = answer.json();
    QCOMPARE(match.value(QStringLiteral("id")).toInteger(), firstId);
    QCOMPARE(match.value(QStringLiteral("kind")).toString(), QStringLiteral("remote"));
    QCOMPARE(match.value(QStringLiteral("endReason")).toString(), QStringLiteral("completed"));
    QCOMPARE(match.value(QStringLiteral("winnerSeat")).toInt(), 0);
    QCOMPARE(match.value(QStringLiteral("seed")).toString(), QStringLiteral("8000000000000001"));
    QCOMPARE(match.value(QStringLiteral("finalStateHash")).toString(),
             QStringLiteral("fedcba9876543210"));
    QCOMPARE(match.value(QStringLiteral("config")).toObject(), engine::MatchConfig{}.toJson());
    QVERIFY(!match.contains(QStringLiteral("inputLog")));
    const QJsonArray players = match.value(QStringLiteral("players")).toArray();
    QCOMPARE(players.size(), 2);
    QCOMPARE(players.at(0).toObject().value(QStringLiteral("seat")).toInt(), 0);
    QCOMPARE(players.at(0).toObject().value(QStringLiteral("userId")).toInteger(), m_alice.id);
    QCOMPARE(players.at(0).toObject().value(QStringLiteral("placement")).toInt(), 1);
    QCOMPARE(players.at(1).toObject().value(QStringLiteral("userId")).toInteger(), m_bob.id);
    QCOMPARE(players.at(1).toObject().value(QStringLiteral("ratingBefore")).toInt(), 1500);
    QCOMPARE(players.at(1).toObject().value(QStringLiteral("ratingAfter")).toInt(), 1480);
    QCOMPARE(
        m_api->authorized("POST", QStringLiteral("/api/matches/%1").arg(firstId), token()).status,
        405);
}

void MatchesTest::deletedOpponentBecomesAnonymous()
{
    const ApiTestClient::Account dana = m_api->registerAccount(QStringLiteral("dana_"));
    const ApiTestClient::Account erin = m_api->registerAccount(QStringLiteral("erin_"));
    const qint64 matchId =
        recordOrFail(oneVsOne(MatchKind::Remote, QDateTime::currentDateTimeUtc(),
                              userSeat(0, dana, 11, 1), userSeat(1, erin, 6, 2), 0));
    QVERIFY(matchId > 0);

    QSqlQuery erase(m_db);
    erase.prepare(QStringLiteral("DELETE FROM users WHERE id = ?"));
    erase.addBindValue(erin.id);
    QVERIFY(erase.exec());
    QCOMPARE(erase.numRowsAffected(), 1);

    const QJsonObject entry = get(QStringLiteral("/api/users/%1/matches").arg(dana.id))
                                  .json()
                                  .value(QStringLiteral("matches"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
    QCOMPARE(entry.value(QStringLiteral("id")).toInteger(), matchId);
    const QJsonObject opponent =
        entry.value(QStringLiteral("opponents")).toArray().at(0).toObject();
    QCOMPARE(opponent.value(QStringLiteral("anonymous")).toBool(), true);
    QVERIFY(opponent.value(QStringLiteral("userId")).isNull());
    QVERIFY(opponent.value(QStringLiteral("name")).isNull());
    QCOMPARE(opponent.value(QStringLiteral("kind")).toString(), QStringLiteral("user"));
    QCOMPARE(opponent.value(QStringLiteral("score")).toInt(), 6);
    // Nothing of the name is left in the database either.
    QCOMPARE(
        m_database->scalar(QStringLiteral("SELECT count(*) FROM match_players WHERE label = '%1'")
                               .arg(erin.username)),
        QStringLiteral("0"));
    // The winner keeps the match, its result and rating.
    const QJsonObject danaStats = get(QStringLiteral("/api/users/%1/stats").arg(dana.id)).json();
    QCOMPARE(danaStats.value(QStringLiteral("wins")).toInt(), 1);
    QCOMPARE(danaStats.value(QStringLiteral("rating")).toInt(), 1520);
    QCOMPARE(get(QStringLiteral("/api/matches/%1").arg(matchId)).status, 200);
    QCOMPARE(get(QStringLiteral("/api/users/%1/stats").arg(erin.id)).status, 404);
    QCOMPARE(get(QStringLiteral("/api/users/%1/matches").arg(erin.id)).status, 404);
}

void MatchesTest::accountErasedDuringTheMatchIsNotRated()
{
    const ApiTestClient::Account fay = m_api->registerAccount(QStringLiteral("fay_"));
    const ApiTestClient::Account ghost = m_api->registerAccount(QStringLiteral("ghost_"));
    QSqlQuery erase(m_db);
    erase.prepare(QStringLiteral("DELETE FROM users WHERE id = ?"));
    erase.addBindValue(ghost.id);
    QVERIFY(erase.exec());

    const auto result = record(oneVsOne(MatchKind::Remote, QDateTime::currentDateTimeUtc(),
                                        userSeat(0, fay, 11, 1), userSeat(1, ghost, 2, 2), 0));
    if (const auto *error = std::get_if<DomainError>(&result)) {
        QFAIL(QJsonDocument(ApiError::from(*error).toJson()).toJson().constData());
    }
    QCOMPARE(std::get<match_store::RecordedMatch>(result).rated, false);
    const QJsonObject match = get(QStringLiteral("/api/matches/%1")
                                      .arg(std::get<match_store::RecordedMatch>(result).matchId))
                                  .json();
    QCOMPARE(match.value(QStringLiteral("rated")).toBool(), false);
    const QJsonObject seat = match.value(QStringLiteral("players")).toArray().at(1).toObject();
    QCOMPARE(seat.value(QStringLiteral("anonymous")).toBool(), true);
    QVERIFY(seat.value(QStringLiteral("name")).isNull());
    QCOMPARE(get(QStringLiteral("/api/users/%1/stats").arg(fay.id))
                 .json()
                 .value(QStringLiteral("rating"))
                 .toInt(),
             elo::kInitialRating);
}

// Two instances that both ran a room (one took it over while the other stalled) both try to
// store it: the database keeps the first and refuses the second whole (no seats, no ratings,
// no achievements of it), whatever the two records say.
void MatchesTest::aRoomIsStoredOnce()
{
    const ApiTestClient::Account jo = m_api->registerAccount(QStringLiteral("jo_"));
    const ApiTestClient::Account kim = m_api->registerAccount(QStringLiteral("kim_"));
    const QString roomId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    MatchRecord first = oneVsOne(MatchKind::Remote, QDateTime::currentDateTimeUtc(),
                                 userSeat(0, jo, 11, 1), userSeat(1, kim, 5, 2), 0);
    first.roomId = roomId;
    const qint64 matchId = recordOrFail(first);
    QVERIFY(matchId > 0);
    const auto state = [&] {
        return m_database->scalar(
            QStringLiteral("SELECT (SELECT count(*) FROM matches WHERE room_id = '%1') || ' ' || "
                           "(SELECT count(*) FROM match_players WHERE user_id IN (%2, %3)) || ' ' "
                           "|| (SELECT string_agg(rating::text, ',' ORDER BY id) FROM users "
                           "WHERE id IN (%2, %3)) || ' ' || "
                           "(SELECT count(*) FROM user_achievements WHERE user_id IN (%2, %3))")
                .arg(roomId)
                .arg(jo.id)
                .arg(kim.id));
    };
    const QString afterFirst = state();
    QVERIFY2(afterFirst.startsWith(QStringLiteral("1 2 ")), qPrintable(afterFirst));

    // The other instance's record of the same room: another ending, Kim the winner.
    MatchRecord second = oneVsOne(MatchKind::Remote, QDateTime::currentDateTimeUtc().addSecs(2),
                                  userSeat(0, jo, 7, 2), userSeat(1, kim, 11, 1), 1);
    second.roomId = roomId;
    second.seed = 42;
    const auto refused = record(second);
    QVERIFY(std::holds_alternative<DomainError>(refused));
    QCOMPARE(std::get<DomainError>(refused).code, QStringLiteral("already_recorded"));
    QCOMPARE(state(), afterFirst);
    const QJsonObject stored = get(QStringLiteral("/api/matches/%1").arg(matchId)).json();
    QCOMPARE(stored.value(QStringLiteral("winnerSeat")).toInt(), 0);

    // Matches of no room never collide.
    first.roomId.clear();
    QVERIFY(recordOrFail(first) > 0);
    QVERIFY(recordOrFail(first) > 0);
}

void MatchesTest::anonymizedDuringTheMatchIsRecordedWithoutTheName()
{
    // Hal anonymizes his account while a match he plays goes on; the match ends afterwards and
    // is recorded with the name he had when it started (issue 15, item 12).
    const ApiTestClient::Account ida = m_api->registerAccount(QStringLiteral("ida_"));
    const ApiTestClient::Account hal = m_api->registerAccount(QStringLiteral("hal_"));
    const HttpAnswer anonymized =
        m_api->authorized("POST", QStringLiteral("/api/users/me/anonymize"), hal.accessToken,
                          {{QStringLiteral("password"), ApiTestClient::defaultPassword()}});
    QCOMPARE(anonymized.status, 204);
    const qint64 matchId =
        recordOrFail(oneVsOne(MatchKind::Remote, QDateTime::currentDateTimeUtc(),
                              userSeat(0, ida, 11, 1), userSeat(1, hal, 4, 2), 0));
    QVERIFY(matchId > 0);
    QCOMPARE(
        m_database->scalar(QStringLiteral("SELECT count(*) FROM match_players WHERE label = '%1'")
                               .arg(hal.username)),
        QStringLiteral("0"));
    // The other player keeps hers.
    QCOMPARE(m_database->scalar(
                 QStringLiteral("SELECT label FROM match_players WHERE match_id = %1 AND seat = 0")
                     .arg(matchId)),
             ida.username);
}

void MatchesTest::replayReproducesARealMatch()
{
    // A real match: a BallTrackingBot against a player who changes keys every 40 steps, to 3.
    const ApiTestClient::Account hana = m_api->registerAccount(QStringLiteral("hana_"));
    const ApiTestClient::Account ivan = m_api->registerAccount(QStringLiteral("ivan_"));
    engine::MatchConfig config;
    config.scoreLimit = 3;
    config.ballSpeed = 90;
    config.powerUps = {engine::PowerUpKind::MultiBall, engine::PowerUpKind::FasterBall};
    config.powerUpSpawnInterval = 2;
    const std::uint64_t seed = 0xc0ffee0123456789ULL;
    engine::Match match(config, seed);
    const engine::BallTrackingBot bot(config, 0);
    const engine::Input pattern[] = {engine::Input::Up, engine::Input::None, engine::Input::Down,
                                     engine::Input::Down, engine::Input::Up};
    replay::InputLog log(2);
    while (!match.isOver() && match.currentStep() < 600 * engine::kStepsPerSecond) {
        const engine::Input keys[2] = {bot.decide(match.snapshot()),
                                       pattern[(match.currentStep() / 40) % 5]};
        for (int player = 0; player < 2; ++player) {
            match.setInput(player, keys[player]);
            log.record(match.currentStep(), player, keys[player]);
        }
        match.step();
    }
    QVERIFY(match.isOver());
    log.finish(match.currentStep());
    const auto &players = match.snapshot().players;
    const int winner = match.winner();

    MatchRecord record;
    record.kind = MatchKind::Private;
    record.config = config;
    record.seed = seed;
    record.inputLog = log;
    record.finalStateHash = match.stateHash();
    record.endedAt = QDateTime::currentDateTimeUtc();
    record.startedAt =
        record.endedAt.addMSecs(-1000 * match.currentStep() / engine::kStepsPerSecond);
    record.winnerSeat = winner;
    record.seats = {userSeat(0, hana, players[0].score, winner == 0 ? 1 : 2),
                    userSeat(1, ivan, players[1].score, winner == 1 ? 1 : 2)};
    const qint64 matchId = recordOrFail(record);
    QVERIFY(matchId > 0);

    const HttpAnswer answer = get(QStringLiteral("/api/matches/%1/replay").arg(matchId));
    QCOMPARE(answer.status, 200);
    const QJsonObject replayed = answer.json();
    QCOMPARE(replayed.value(QStringLiteral("matchId")).toInteger(), matchId);
    QCOMPARE(replayed.value(QStringLiteral("stepsPerSecond")).toInt(), engine::kStepsPerSecond);
    QCOMPARE(replayed.value(QStringLiteral("finalStateHash")).toString(), hex64(match.stateHash()));

    // What a client does: configuration, seed and log from the answer, then the engine.
    const auto storedConfig =
        engine::MatchConfig::fromJson(replayed.value(QStringLiteral("config")).toObject());
    QVERIFY(std::holds_alternative<engine::MatchConfig>(storedConfig));
    QCOMPARE(std::get<engine::MatchConfig>(storedConfig), config);
    bool ok = false;
    const std::uint64_t storedSeed =
        replayed.value(QStringLiteral("seed")).toString().toULongLong(&ok, 16);
    QVERIFY(ok);
    QCOMPARE(storedSeed, seed);
    const auto binary = replay::InputLog::decode(
        QByteArray::fromBase64(replayed.value(QStringLiteral("inputLog")).toString().toLatin1()));
    QVERIFY(std::holds_alternative<replay::InputLog>(binary));
    const auto fromJson =
        replay::InputLog::fromJson(replayed.value(QStringLiteral("inputs")).toObject());
    QVERIFY(std::holds_alternative<replay::InputLog>(fromJson));
    QVERIFY(std::get<replay::InputLog>(fromJson) == std::get<replay::InputLog>(binary));
    QVERIFY(std::get<replay::InputLog>(binary) == log);

    const auto rerun = replay::replayMatch(std::get<engine::MatchConfig>(storedConfig), storedSeed,
                                           std::get<replay::InputLog>(binary));
    QVERIFY(std::holds_alternative<engine::Match>(rerun));
    const engine::Match &again = std::get<engine::Match>(rerun);
    QVERIFY(again.isOver());
    QCOMPARE(hex64(again.stateHash()), replayed.value(QStringLiteral("finalStateHash")).toString());
    const QJsonArray seats = replayed.value(QStringLiteral("players")).toArray();
    for (int seat = 0; seat < 2; ++seat) {
        QCOMPARE(again.snapshot().players[std::size_t(seat)].score,
                 seats.at(seat).toObject().value(QStringLiteral("score")).toInt());
    }
    QCOMPARE(again.winner(), replayed.value(QStringLiteral("winnerSeat")).toInt());
}

void MatchesTest::fourPlayerMatchesCountPlacements()
{
    QList<ApiTestClient::Account> players;
    for (const char *prefix : {"north_", "south_", "west_"}) {
        players << m_api->registerAccount(QString::fromLatin1(prefix));
    }
    MatchRecord match;
    match.kind = MatchKind::FourPlayers;
    match.config.mode = engine::GameMode::FourPlayers;
    match.config.lives = 3;
    match.seed = 42;
    match.inputLog = replay::InputLog(4);
    match.inputLog.finish(9000);
    match.endedAt = QDateTime::currentDateTimeUtc();
    match.startedAt = match.endedAt.addSecs(-75);
    match.winnerSeat = 2;
    match.seats = {{0, SeatKind::User, players[0].id, players[0].username, 0, 0, 3, false},
                   {1, SeatKind::Ai, 0, QStringLiteral("AI (normal)"), 0, 0, 2, false},
                   {2, SeatKind::User, players[1].id, players[1].username, 0, 2, 1, false},
                   {3, SeatKind::User, players[2].id, players[2].username, 0, 0, 4, false}};

    MatchRecord stillAlive = match;
    stillAlive.seats[3].livesLeft = 1; // "last one standing" with two standing
    QVERIFY(matchRecordProblems(stillAlive).has(QStringLiteral("winnerSeat")));
    MatchRecord tooManyLives = match;
    tooManyLives.seats[2].livesLeft = 4;
    QVERIFY(matchRecordProblems(tooManyLives).has(QStringLiteral("seats[2].livesLeft")));

    const qint64 matchId = recordOrFail(match);
    QVERIFY(matchId > 0);
    const QJsonObject winner = get(QStringLiteral("/api/users/%1/stats").arg(players[1].id)).json();
    QCOMPARE(winner.value(QStringLiteral("wins")).toInt(), 1);
    QCOMPARE(winner.value(QStringLiteral("pointsFor")).toInt(), 0); // lives, not points
    QCOMPARE(winner.value(QStringLiteral("rating")).toInt(), elo::kInitialRating);
    QCOMPARE(winner.value(QStringLiteral("playedByMode"))
                 .toObject()
                 .value(QStringLiteral("four_players"))
                 .toInt(),
             1);
    QCOMPARE(get(QStringLiteral("/api/users/%1/stats").arg(players[2].id))
                 .json()
                 .value(QStringLiteral("currentStreak"))
                 .toInt(),
             -1);
    const QJsonObject entry = get(QStringLiteral("/api/users/%1/matches").arg(players[0].id))
                                  .json()
                                  .value(QStringLiteral("matches"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
    QCOMPARE(entry.value(QStringLiteral("mode")).toString(), QStringLiteral("four_players"));
    QCOMPARE(entry.value(QStringLiteral("result")).toString(), QStringLiteral("loss"));
    QCOMPARE(
        entry.value(QStringLiteral("player")).toObject().value(QStringLiteral("placement")).toInt(),
        3);
    const QJsonArray opponents = entry.value(QStringLiteral("opponents")).toArray();
    QCOMPARE(opponents.size(), 3);
    QCOMPARE(opponents.at(0).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("ai"));
    QCOMPARE(opponents.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("AI (normal)"));
    QCOMPARE(opponents.at(1).toObject().value(QStringLiteral("livesLeft")).toInt(), 2);
    QCOMPARE(get(QStringLiteral("/api/matches/%1/replay").arg(matchId))
                 .json()
                 .value(QStringLiteral("inputs"))
                 .toObject()
                 .value(QStringLiteral("players"))
                 .toInt(),
             4);
}

void MatchesTest::unknownIdsAreNotFound_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("match") << QStringLiteral("/api/matches/999999999");
    QTest::newRow("match, not a number") << QStringLiteral("/api/matches/abc");
    QTest::newRow("match, signed") << QStringLiteral("/api/matches/+1");
    QTest::newRow("replay") << QStringLiteral("/api/matches/999999999/replay");
    QTest::newRow("replay, zero") << QStringLiteral("/api/matches/0/replay");
    QTest::newRow("stats") << QStringLiteral("/api/users/999999999/stats");
    QTest::newRow("stats, not a number") << QStringLiteral("/api/users/abc/stats");
    QTest::newRow("history") << QStringLiteral("/api/users/999999999/matches");
    QTest::newRow("history, negative") << QStringLiteral("/api/users/-4/matches");
}

void MatchesTest::unknownIdsAreNotFound()
{
    QFETCH(QString, path);
    const HttpAnswer answer = get(path);
    QCOMPARE(answer.status, 404);
    QCOMPARE(errorCode(answer), QStringLiteral("not_found"));
}

void MatchesTest::everyEndpointNeedsSignIn_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("stats") << QStringLiteral("/api/users/1/stats");
    QTest::newRow("history") << QStringLiteral("/api/users/1/matches");
    QTest::newRow("history, bad paging") << QStringLiteral("/api/users/1/matches?limit=abc");
    QTest::newRow("match") << QStringLiteral("/api/matches/1");
    QTest::newRow("replay") << QStringLiteral("/api/matches/1/replay");
    QTest::newRow("unknown match") << QStringLiteral("/api/matches/abc/replay");
}

void MatchesTest::everyEndpointNeedsSignIn()
{
    QFETCH(QString, path);
    const HttpAnswer anonymous = m_api->http().get(m_api->baseUrl() + path);
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(m_api->authorized("GET", path, QStringLiteral("not-a-token")).status, 401);
}

void MatchesTest::badPagingIsRefusedPerField_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("fields");
    const QStringList limit{QStringLiteral("limit")};
    const QStringList offset{QStringLiteral("offset")};
    QTest::newRow("limit not a number") << QStringLiteral("limit=abc") << limit;
    QTest::newRow("limit empty") << QStringLiteral("limit=") << limit;
    QTest::newRow("limit zero") << QStringLiteral("limit=0") << limit;
    QTest::newRow("limit over 50") << QStringLiteral("limit=51") << limit;
    QTest::newRow("limit fraction") << QStringLiteral("limit=1.5") << limit;
    QTest::newRow("offset negative") << QStringLiteral("offset=-1") << offset;
    QTest::newRow("offset huge") << QStringLiteral("offset=99999999999") << offset;
    QTest::newRow("both") << QStringLiteral("limit=x&offset=y")
                          << QStringList{QStringLiteral("limit"), QStringLiteral("offset")};
}

void MatchesTest::badPagingIsRefusedPerField()
{
    QFETCH(QString, query);
    QFETCH(QStringList, fields);
    const HttpAnswer answer =
        get(QStringLiteral("/api/users/%1/matches?").arg(m_alice.id ? m_alice.id : 1) + query);
    QCOMPARE(answer.status, 422);
    QCOMPARE(errorCode(answer), QStringLiteral("validation_failed"));
    QStringList named = errorFields(answer).keys();
    named.sort();
    QCOMPARE(named, fields);
    QCOMPARE(get(QStringLiteral("/api/users/%1/matches?limit=50&offset=0").arg(m_alice.id)).status,
             200);
}

QTEST_GUILESS_MAIN(MatchesTest)
#include "matches_test.moc"
