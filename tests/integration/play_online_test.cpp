// Online play through real WebSockets against the real server and PostgreSQL: the matchmaking
// queue, rated remote matches, reconnects and forfeits, spectators, invitations, pauses, four
// players from the queue, and the REST play API. Bots (tests/support/PlayBots.h) play like
// clients: from snapshots, sending inputs. Connections alternate between JSON and binary
// snapshots (hello "encoding"), so every match here has clients of both kinds.
#include "ApiTestClient.h"
#include "PlayBots.h"
#include "PostgresCluster.h"
#include "ServerProcess.h"
#include "TestEnvironment.h"
#include "WebSocketTestClient.h"
#include "engine/BallTrackingBot.h"
#include "engine/SnapshotCodec.h"
#include "protocol/BinarySnapshot.h"
#include "replay/InputLog.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace transcendence;
using namespace transcendence::testing;

namespace {

const QString kPublicUrl = QStringLiteral("https://localhost:9443");
constexpr int kMatchTimeoutMs = 40'000;
constexpr int kGraceSeconds = 2;
constexpr int kInviteSeconds = 2;

QJsonObject queueRequest(const engine::MatchConfig &config)
{
    return playMessage(QStringLiteral("queue"),
                       {{QStringLiteral("mode"), config.mode == engine::GameMode::FourPlayers
                                                     ? QStringLiteral("four_players")
                                                     : QStringLiteral("one_vs_one")},
                        {QStringLiteral("config"), config.toJson()}});
}

QString errorCode(const QJsonObject &error)
{
    return error.value(QStringLiteral("code")).toString();
}

} // namespace

class PlayOnlineTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void queuePairsTwoPlayersForARatedMatch();
    void queueNeverHoldsOnePlayerTwice();
    void aPlayerWhoDropsComesBackAndTheMatchGoesOn();
    void aPlayerWhoStaysAwayForfeits();
    void spectatorsWatchButCannotPlay();
    void invitationsAreAcceptedDeclinedAndExpire();
    void aLocalMatchPausesAndResumes();
    void pingIsMeasuredAndShown();
    void aStoredMatchPlaysBack();
    void fourPlayersFromTheQueue();
    void aFourPlayerMatchGoesOnWithoutTheDeparted();
    void theRestApiPlaysAMatch();
    void noRoomOutlivesItsMatch();
    void aJsonAndABinaryClientSeeTheSameMatch();
    void binaryFramesFromClientsAreRefused();

private:
    using Account = ApiTestClient::Account;
    Account newAccount(const QString &prefix) { return m_api->registerAccount(prefix); }
    // Every other connection takes binary snapshots.
    bool connect(WebSocketTestClient &socket, const Account &account)
    {
        socket.setSnapshotEncoding(++m_connections % 2 == 0 ? protocol::SnapshotEncoding::Binary
                                                            : protocol::SnapshotEncoding::Json);
        return openSignedIn(socket, *m_api, m_server->port(), account);
    }
    // Both queue with these settings and get their matchStarted.
    bool startRemoteMatch(SeatPlayer &first, SeatPlayer &second, const engine::MatchConfig &config);
    void makeFriends(const Account &a, const Account &b);
    QJsonObject stats(const Account &account);
    QJsonObject historyEntry(const Account &account, qint64 matchId);
    // The stored replay, run through the engine, ends as matchOver said.
    void checkReplay(const Account &account, const QJsonObject &over);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiTestClient> m_api;
    int m_connections = 0;
};

void PlayOnlineTest::initTestCase()
{
    TRANSCENDENCE_REQUIRE_TEST_ENV("TRANSCENDENCE_TEST_ADMIN_DATABASE_URL");
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    m_server = std::make_unique<ServerProcess>(m_database->url(), kPublicUrl);
    m_server->environment().insert(QStringLiteral("TRANSCENDENCE_RECONNECT_GRACE_SECONDS"),
                                   QString::number(kGraceSeconds));
    m_server->environment().insert(QStringLiteral("TRANSCENDENCE_INVITE_TTL_SECONDS"),
                                   QString::number(kInviteSeconds));
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    m_api = std::make_unique<ApiTestClient>(m_server->baseUrl());
}

bool PlayOnlineTest::startRemoteMatch(SeatPlayer &first, SeatPlayer &second,
                                      const engine::MatchConfig &config)
{
    first.socket().sendJson(queueRequest(config));
    const QJsonObject queued = nextOfType(first.socket(), QStringLiteral("queued"));
    if (queued.value(QStringLiteral("waiting")).toInt() != 1) {
        qWarning("queued: %s", QJsonDocument(queued).toJson().constData());
        return false;
    }
    second.socket().sendJson(queueRequest(config));
    const QDeadlineTimer deadline(5'000);
    while (!deadline.hasExpired() && (first.started.isEmpty() || second.started.isEmpty())) {
        first.poll(5);
        second.poll(5);
    }
    return !first.started.isEmpty() && !second.started.isEmpty();
}

void PlayOnlineTest::makeFriends(const Account &a, const Account &b)
{
    const HttpAnswer sent = m_api->authorized("POST", QStringLiteral("/api/friends/requests"),
                                              a.accessToken, {{QStringLiteral("userId"), b.id}});
    QCOMPARE(sent.status, 201);
    const qint64 id = sent.json().value(QStringLiteral("id")).toInteger();
    QCOMPARE(m_api
                 ->authorized("POST", QStringLiteral("/api/friends/requests/%1/accept").arg(id),
                              b.accessToken)
                 .status,
             200);
}

QJsonObject PlayOnlineTest::stats(const Account &account)
{
    return m_api
        ->authorized("GET", QStringLiteral("/api/users/%1/stats").arg(account.id),
                     account.accessToken)
        .json();
}

QJsonObject PlayOnlineTest::historyEntry(const Account &account, qint64 matchId)
{
    const HttpAnswer answer = m_api->authorized(
        "GET", QStringLiteral("/api/users/%1/matches").arg(account.id), account.accessToken);
    for (const QJsonValue &entry : answer.json().value(QStringLiteral("matches")).toArray()) {
        if (entry.toObject().value(QStringLiteral("id")).toInteger() == matchId) {
            return entry.toObject();
        }
    }
    return {};
}

void PlayOnlineTest::checkReplay(const Account &account, const QJsonObject &over)
{
    const HttpAnswer answer =
        m_api->authorized("GET",
                          QStringLiteral("/api/matches/%1/replay")
                              .arg(over.value(QStringLiteral("matchId")).toInteger()),
                          account.accessToken);
    QCOMPARE(answer.status, 200);
    const QJsonObject stored = answer.json();
    const auto config =
        engine::MatchConfig::fromJson(stored.value(QStringLiteral("config")).toObject());
    QVERIFY(std::holds_alternative<engine::MatchConfig>(config));
    bool ok = false;
    const std::uint64_t seed = stored.value(QStringLiteral("seed")).toString().toULongLong(&ok, 16);
    QVERIFY(ok);
    const auto log = replay::InputLog::fromJson(stored.value(QStringLiteral("inputs")).toObject());
    QVERIFY(std::holds_alternative<replay::InputLog>(log));
    const auto rerun = replay::replayMatch(std::get<engine::MatchConfig>(config), seed,
                                           std::get<replay::InputLog>(log));
    QVERIFY(std::holds_alternative<engine::Match>(rerun));
    const engine::Match &again = std::get<engine::Match>(rerun);
    QVERIFY(again.isOver());
    QCOMPARE(again.winner(), over.value(QStringLiteral("winnerSeat")).toInt());
    QCOMPARE(QStringLiteral("%1").arg(again.stateHash(), 16, 16, QLatin1Char('0')),
             stored.value(QStringLiteral("finalStateHash")).toString());
    const QJsonArray seats = over.value(QStringLiteral("seats")).toArray();
    for (const QJsonValue &seat : seats) {
        const int index = seat.toObject().value(QStringLiteral("seat")).toInt();
        QCOMPARE(again.snapshot().players[std::size_t(index)].score,
                 seat.toObject().value(QStringLiteral("score")).toInt());
    }
}

void PlayOnlineTest::queuePairsTwoPlayersForARatedMatch()
{
    const Account ann = newAccount(QStringLiteral("ann_"));
    const Account bob = newAccount(QStringLiteral("bob_"));
    WebSocketTestClient annSocket;
    WebSocketTestClient bobSocket;
    QVERIFY(connect(annSocket, ann));
    QVERIFY(connect(bobSocket, bob));
    SeatPlayer annPlayer(annSocket);
    SeatPlayer bobPlayer(bobSocket);
    bobPlayer.setIdle(true); // so the match is short

    QVERIFY(startRemoteMatch(annPlayer, bobPlayer, quickMatchConfig()));
    const QJsonObject started = annPlayer.started;
    QCOMPARE(started.value(QStringLiteral("kind")).toString(), QStringLiteral("remote"));
    QCOMPARE(started.value(QStringLiteral("roomId")),
             bobPlayer.started.value(QStringLiteral("roomId")));
    const QJsonArray seats = started.value(QStringLiteral("seats")).toArray();
    QCOMPARE(seats.size(), 2);
    QCOMPARE(seats.at(0).toObject().value(QStringLiteral("userId")).toInteger(), ann.id);
    QCOMPARE(seats.at(1).toObject().value(QStringLiteral("userId")).toInteger(), bob.id);
    QVERIFY(seats.at(0).toObject().value(QStringLiteral("controlledByYou")).toBool());
    QVERIFY(!seats.at(1).toObject().value(QStringLiteral("controlledByYou")).toBool());
    QCOMPARE(annPlayer.seats(), std::vector<int>{0});
    QCOMPARE(bobPlayer.seats(), std::vector<int>{1});
    // Both were told they left the queue for this match.
    const auto matched = [](const SeatPlayer &player) {
        for (const QJsonObject &notice : player.notices) {
            if (notice.value(QStringLiteral("type")).toString() == QLatin1String("queueLeft")) {
                return notice.value(QStringLiteral("reason")).toString() ==
                       QLatin1String("matched");
            }
        }
        return false;
    };
    QVERIFY(matched(annPlayer));
    QVERIFY(matched(bobPlayer));

    // Bob cannot queue, play or be invited elsewhere while the match runs.
    bobSocket.sendJson(queueRequest(quickMatchConfig()));
    bobSocket.sendJson(
        playMessage(QStringLiteral("play"), {{QStringLiteral("kind"), QStringLiteral("ai")}}));
    QVERIFY(playUntilOver({&annPlayer, &bobPlayer}, kMatchTimeoutMs));
    QStringList bobErrors;
    for (const QJsonObject &notice : bobPlayer.notices) {
        if (notice.value(QStringLiteral("type")).toString() == QLatin1String("error")) {
            bobErrors << errorCode(notice);
        }
    }
    QCOMPARE(bobErrors,
             (QStringList{QStringLiteral("already_playing"), QStringLiteral("already_playing")}));

    // The countdown came first: no step before everyone was ready.
    QCOMPARE(annPlayer.firstSnapshot.value(QStringLiteral("phase")).toString(),
             QStringLiteral("countdown"));
    QCOMPARE(annPlayer.firstSnapshot.value(QStringLiteral("tick")).toInt(), 0);
    QCOMPARE(annPlayer.over.value(QStringLiteral("reason")).toString(),
             QStringLiteral("completed"));
    QCOMPARE(annPlayer.over, bobPlayer.over);
    QVERIFY(annPlayer.ticksIncreased);
    const qint64 matchId = annPlayer.over.value(QStringLiteral("matchId")).toInteger();
    QVERIFY(matchId > 0);
    // Bob stood still, but a ball can still bounce off a still paddle: whoever won, the result,
    // history and ratings agree with it.
    const bool annWon = annPlayer.over.value(QStringLiteral("winnerSeat")).toInt() == 0;
    const Account &winner = annWon ? ann : bob;
    const Account &loser = annWon ? bob : ann;
    const QJsonObject winnerEntry = historyEntry(winner, matchId);
    QCOMPARE(winnerEntry.value(QStringLiteral("kind")).toString(), QStringLiteral("remote"));
    QCOMPARE(winnerEntry.value(QStringLiteral("result")).toString(), QStringLiteral("win"));
    QCOMPARE(historyEntry(loser, matchId).value(QStringLiteral("result")).toString(),
             QStringLiteral("loss"));
    // Elo with K = 40 between equals: +20 / -20, in the same transaction as the result.
    const QJsonObject winnerStats = stats(winner);
    const QJsonObject loserStats = stats(loser);
    QCOMPARE(winnerStats.value(QStringLiteral("wins")).toInt(), 1);
    QCOMPARE(winnerStats.value(QStringLiteral("rating")).toInt(), 1520);
    QCOMPARE(loserStats.value(QStringLiteral("losses")).toInt(), 1);
    QCOMPARE(loserStats.value(QStringLiteral("rating")).toInt(), 1480);

    checkReplay(ann, annPlayer.over);

    // The timeline the match page draws: every point in order, the last one the final score.
    const HttpAnswer timeline = m_api->authorized(
        "GET", QStringLiteral("/api/matches/%1/timeline").arg(matchId), bob.accessToken);
    QCOMPARE(timeline.status, 200);
    const QJsonArray points = timeline.json().value(QStringLiteral("points")).toArray();
    QCOMPARE(points.size(), snapshotScore(annPlayer.lastSnapshot));
    QCOMPARE(points.last()
                 .toObject()
                 .value(QStringLiteral("scores"))
                 .toArray()
                 .at(annWon ? 0 : 1)
                 .toInt(),
             quickMatchConfig().scoreLimit);
    QCOMPARE(
        m_api->authorized("GET", QStringLiteral("/api/matches/999999/timeline"), bob.accessToken)
            .status,
        404);
}

void PlayOnlineTest::queueNeverHoldsOnePlayerTwice()
{
    const Account cid = newAccount(QStringLiteral("cid_"));
    const Account dee = newAccount(QStringLiteral("dee_"));
    WebSocketTestClient tab1;
    WebSocketTestClient tab2;
    WebSocketTestClient deeSocket;
    QVERIFY(connect(tab1, cid));
    QVERIFY(connect(tab2, cid));
    QVERIFY(connect(deeSocket, dee));

    engine::MatchConfig quick = quickMatchConfig();
    tab1.sendJson(queueRequest(quick));
    QCOMPARE(nextOfType(tab1, QStringLiteral("queued")).value(QStringLiteral("rating")).toInt(),
             1500);
    // The same account from another tab: refused, the queue is the account's.
    tab2.sendJson(queueRequest(quick));
    QCOMPARE(errorCode(nextOfType(tab2, QStringLiteral("error"))),
             QStringLiteral("already_queued"));
    tab2.sendJson(
        playMessage(QStringLiteral("play"), {{QStringLiteral("kind"), QStringLiteral("local")}}));
    QCOMPARE(errorCode(nextOfType(tab2, QStringLiteral("error"))),
             QStringLiteral("already_queued"));

    // Other settings: another queue, so they do not meet.
    engine::MatchConfig other = quick;
    other.scoreLimit = 3;
    deeSocket.sendJson(queueRequest(other));
    QVERIFY(!nextOfType(deeSocket, QStringLiteral("queued")).isEmpty());
    QVERIFY(nextOfType(deeSocket, QStringLiteral("matchStarted"), 2'500).isEmpty());

    // Leaving works, and tells every tab of the account.
    tab2.sendJson(playMessage(QStringLiteral("leaveQueue")));
    QCOMPARE(
        nextOfType(tab1, QStringLiteral("queueLeft")).value(QStringLiteral("reason")).toString(),
        QStringLiteral("left"));
    QCOMPARE(
        nextOfType(tab2, QStringLiteral("queueLeft")).value(QStringLiteral("reason")).toString(),
        QStringLiteral("left"));
    tab1.sendJson(playMessage(QStringLiteral("leaveQueue")));
    QCOMPARE(errorCode(nextOfType(tab1, QStringLiteral("error"))), QStringLiteral("not_queued"));
    // A connection that closes takes its place in the queue with it.
    deeSocket.close();
    QTRY_VERIFY_WITH_TIMEOUT(!deeSocket.isOpen(), 5'000);
    WebSocketTestClient deeAgain;
    QVERIFY(connect(deeAgain, dee));
    deeAgain.sendJson(queueRequest(other));
    QCOMPARE(
        nextOfType(deeAgain, QStringLiteral("queued")).value(QStringLiteral("waiting")).toInt(), 1);
    deeAgain.sendJson(playMessage(QStringLiteral("leaveQueue")));
    QVERIFY(!nextOfType(deeAgain, QStringLiteral("queueLeft")).isEmpty());

    // A malformed queue request gets an error, not a place.
    tab1.sendJson(
        playMessage(QStringLiteral("queue"), {{QStringLiteral("mode"), QStringLiteral("solo")}}));
    QCOMPARE(errorCode(nextOfType(tab1, QStringLiteral("error"))), QStringLiteral("invalid_field"));
    engine::MatchConfig four;
    four.mode = engine::GameMode::FourPlayers;
    QJsonObject mismatched = queueRequest(quick);
    mismatched.insert(QStringLiteral("config"), four.toJson());
    tab1.sendJson(mismatched);
    QCOMPARE(errorCode(nextOfType(tab1, QStringLiteral("error"))), QStringLiteral("invalid_field"));
}

void PlayOnlineTest::aPlayerWhoDropsComesBackAndTheMatchGoesOn()
{
    const Account eve = newAccount(QStringLiteral("eve_"));
    const Account fay = newAccount(QStringLiteral("fay_"));
    auto eveSocket = std::make_unique<WebSocketTestClient>();
    WebSocketTestClient faySocket;
    QVERIFY(connect(*eveSocket, eve));
    QVERIFY(connect(faySocket, fay));
    auto evePlayer = std::make_unique<SeatPlayer>(*eveSocket);
    SeatPlayer fayPlayer(faySocket);
    fayPlayer.setIdle(true);
    engine::MatchConfig config = quickMatchConfig();
    config.scoreLimit = 3;
    QVERIFY(startRemoteMatch(*evePlayer, fayPlayer, config));
    const QString roomId = evePlayer->started.value(QStringLiteral("roomId")).toString();

    // Play until Eve has scored, then her connection drops.
    const QDeadlineTimer scored(kMatchTimeoutMs);
    while (!scored.hasExpired() && snapshotScore(fayPlayer.lastSnapshot) < 1) {
        evePlayer->poll(5);
        fayPlayer.poll(5);
    }
    QCOMPARE(snapshotScore(fayPlayer.lastSnapshot), 1);
    evePlayer.reset();
    eveSocket.reset();

    // Fay sees who is missing and until when.
    const QJsonObject paused = nextOfType(faySocket, QStringLiteral("matchPaused"));
    QCOMPARE(paused.value(QStringLiteral("reason")).toString(), QStringLiteral("disconnected"));
    const QJsonArray missing = paused.value(QStringLiteral("missing")).toArray();
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.at(0).toObject().value(QStringLiteral("seat")).toInt(), 0);
    QVERIFY(missing.at(0).toObject().value(QStringLiteral("forfeitInMs")).toInt() <=
            kGraceSeconds * 1000);
    const QJsonObject pausedSnapshot = nextOfType(faySocket, QStringLiteral("snapshot"));
    QCOMPARE(pausedSnapshot.value(QStringLiteral("phase")).toString(), QStringLiteral("paused"));
    QCOMPARE(pausedSnapshot.value(QStringLiteral("missingSeats")).toArray(), QJsonArray{0});
    const qint64 pausedTick = pausedSnapshot.value(QStringLiteral("tick")).toInteger();

    // Back from another client within the grace time: told about the match, Eve takes her seat.
    WebSocketTestClient eveAgain;
    QVERIFY(connect(eveAgain, eve));
    const QJsonObject active = nextOfType(eveAgain, QStringLiteral("activeMatch"));
    QCOMPARE(active.value(QStringLiteral("roomId")).toString(), roomId);
    // Someone without a seat cannot take it.
    const Account gus = newAccount(QStringLiteral("gus_"));
    WebSocketTestClient gusSocket;
    QVERIFY(connect(gusSocket, gus));
    gusSocket.sendJson(playMessage(QStringLiteral("join"), {{QStringLiteral("roomId"), roomId}}));
    QCOMPARE(errorCode(nextOfType(gusSocket, QStringLiteral("error"))),
             QStringLiteral("not_a_player"));

    SeatPlayer eveBack(eveAgain);
    eveAgain.sendJson(playMessage(QStringLiteral("join"), {{QStringLiteral("roomId"), roomId}}));
    QTRY_VERIFY_WITH_TIMEOUT((eveBack.poll(5), !eveBack.started.isEmpty()), 5'000);
    QCOMPARE(eveBack.seats(), std::vector<int>{0});
    const QJsonObject resumed = nextOfType(faySocket, QStringLiteral("matchResumed"));
    QVERIFY(resumed.value(QStringLiteral("startsInMs")).toInt() > 0);
    // Same score, same tick: the match continues where it stopped.
    QTRY_VERIFY_WITH_TIMEOUT((eveBack.poll(5), !eveBack.lastSnapshot.isEmpty()), 5'000);
    QCOMPARE(snapshotScore(eveBack.lastSnapshot), 1);
    QVERIFY(eveBack.lastSnapshot.value(QStringLiteral("tick")).toInteger() >= pausedTick);
    QVERIFY(eveBack.lastSnapshot.value(QStringLiteral("tick")).toInteger() < pausedTick + 60);

    QVERIFY(playUntilOver({&eveBack, &fayPlayer}, kMatchTimeoutMs));
    QCOMPARE(eveBack.over.value(QStringLiteral("reason")).toString(), QStringLiteral("completed"));
    // Whoever won (a still paddle deflects balls too) reached the limit of 3.
    const int winnerSeat = eveBack.over.value(QStringLiteral("winnerSeat")).toInt(-1);
    QVERIFY(winnerSeat == 0 || winnerSeat == 1);
    const QJsonArray final = eveBack.over.value(QStringLiteral("seats")).toArray();
    QCOMPARE(final.at(winnerSeat).toObject().value(QStringLiteral("score")).toInt(), 3);
    // The pause left no trace in the replay: the engine reaches the same end.
    checkReplay(eve, eveBack.over);
}

void PlayOnlineTest::aPlayerWhoStaysAwayForfeits()
{
    const Account hal = newAccount(QStringLiteral("hal_"));
    const Account ida = newAccount(QStringLiteral("ida_"));
    auto halSocket = std::make_unique<WebSocketTestClient>();
    WebSocketTestClient idaSocket;
    QVERIFY(connect(*halSocket, hal));
    QVERIFY(connect(idaSocket, ida));
    auto halPlayer = std::make_unique<SeatPlayer>(*halSocket);
    SeatPlayer idaPlayer(idaSocket);
    QVERIFY(startRemoteMatch(*halPlayer, idaPlayer, quickMatchConfig()));
    halPlayer.reset();
    halSocket.reset(); // gone for good

    QElapsedTimer waited;
    waited.start();
    QVERIFY(playUntilOver({&idaPlayer}, kGraceSeconds * 1000 + 10'000));
    QVERIFY(waited.elapsed() >= kGraceSeconds * 1000 - 200);
    QCOMPARE(idaPlayer.over.value(QStringLiteral("reason")).toString(),
             QStringLiteral("disconnected"));
    QCOMPARE(idaPlayer.over.value(QStringLiteral("winnerSeat")).toInt(), 1);
    const QJsonArray seats = idaPlayer.over.value(QStringLiteral("seats")).toArray();
    QVERIFY(seats.at(0).toObject().value(QStringLiteral("forfeited")).toBool());
    const qint64 matchId = idaPlayer.over.value(QStringLiteral("matchId")).toInteger();
    QVERIFY(matchId > 0);
    const QJsonObject entry = historyEntry(hal, matchId);
    QCOMPARE(entry.value(QStringLiteral("endReason")).toString(), QStringLiteral("forfeit"));
    QCOMPARE(entry.value(QStringLiteral("result")).toString(), QStringLiteral("loss"));
    // A forfeit is rated.
    QCOMPARE(stats(hal).value(QStringLiteral("rating")).toInt(), 1480);
    QCOMPARE(stats(ida).value(QStringLiteral("rating")).toInt(), 1520);
    // Hal is free again: no ghost seat.
    WebSocketTestClient halAgain;
    QVERIFY(connect(halAgain, hal));
    QVERIFY(nextOfType(halAgain, QStringLiteral("activeMatch"), 500).isEmpty());
    halAgain.sendJson(
        playMessage(QStringLiteral("play"), {{QStringLiteral("kind"), QStringLiteral("local")}}));
    QVERIFY(!nextOfType(halAgain, QStringLiteral("matchStarted")).isEmpty());
    halAgain.sendJson(playMessage(QStringLiteral("leave")));
    QVERIFY(!nextOfType(halAgain, QStringLiteral("matchOver")).isEmpty());
}

void PlayOnlineTest::spectatorsWatchButCannotPlay()
{
    const Account jon = newAccount(QStringLiteral("jon_"));
    const Account kim = newAccount(QStringLiteral("kim_"));
    const Account lou = newAccount(QStringLiteral("lou_"));
    WebSocketTestClient jonSocket;
    WebSocketTestClient kimSocket;
    WebSocketTestClient louSocket;
    QVERIFY(connect(jonSocket, jon));
    QVERIFY(connect(kimSocket, kim));
    QVERIFY(connect(louSocket, lou));
    SeatPlayer jonPlayer(jonSocket);
    SeatPlayer kimPlayer(kimSocket);
    engine::MatchConfig config = quickMatchConfig();
    config.scoreLimit = 3;
    QVERIFY(startRemoteMatch(jonPlayer, kimPlayer, config));
    const QString roomId = jonPlayer.started.value(QStringLiteral("roomId")).toString();

    // Listed among the live matches, with who plays.
    const HttpAnswer live =
        m_api->authorized("GET", QStringLiteral("/api/play/live"), lou.accessToken);
    QCOMPARE(live.status, 200);
    QJsonObject listed;
    for (const QJsonValue &entry : live.json().value(QStringLiteral("matches")).toArray()) {
        if (entry.toObject().value(QStringLiteral("roomId")).toString() == roomId) {
            listed = entry.toObject();
        }
    }
    QCOMPARE(listed.value(QStringLiteral("kind")).toString(), QStringLiteral("remote"));
    const QJsonArray listedSeats = listed.value(QStringLiteral("seats")).toArray();
    QCOMPARE(listedSeats.at(0).toObject().value(QStringLiteral("userId")).toInteger(), jon.id);
    QCOMPARE(listedSeats.at(1).toObject().value(QStringLiteral("userId")).toInteger(), kim.id);
    QCOMPARE(m_api->http().get(m_api->baseUrl() + QStringLiteral("/api/play/live")).status, 401);

    louSocket.sendJson(playMessage(QStringLiteral("watch"),
                                   {{QStringLiteral("roomId"), QStringLiteral("no-such-room")}}));
    QCOMPARE(errorCode(nextOfType(louSocket, QStringLiteral("error"))),
             QStringLiteral("room_not_found"));
    louSocket.sendJson(playMessage(QStringLiteral("watch"), {{QStringLiteral("roomId"), roomId}}));
    const QJsonObject watching = nextOfType(louSocket, QStringLiteral("matchStarted"));
    QVERIFY(watching.value(QStringLiteral("spectating")).toBool());
    for (const QJsonValue &seat : watching.value(QStringLiteral("seats")).toArray()) {
        QVERIFY(!seat.toObject().value(QStringLiteral("controlledByYou")).toBool());
    }
    QVERIFY(!nextOfType(louSocket, QStringLiteral("snapshot")).isEmpty());
    // Read-only: inputs for any seat are refused, and nothing a spectator sends pauses the match.
    for (int seat : {0, 1}) {
        louSocket.sendJson(
            playMessage(QStringLiteral("input"), {{QStringLiteral("seq"), seat + 1},
                                                  {QStringLiteral("seat"), seat},
                                                  {QStringLiteral("key"), QStringLiteral("up")}}));
        QCOMPARE(errorCode(nextOfType(louSocket, QStringLiteral("error"))),
                 QStringLiteral("seat_not_controlled"));
    }
    louSocket.sendJson(playMessage(QStringLiteral("pause")));
    QCOMPARE(errorCode(nextOfType(louSocket, QStringLiteral("error"))),
             QStringLiteral("not_playing"));
    // The players may not pause a match against someone else either.
    jonSocket.sendJson(playMessage(QStringLiteral("pause")));

    SeatPlayer spectator(louSocket);
    QVERIFY(playUntilOver({&jonPlayer, &kimPlayer, &spectator}, kMatchTimeoutMs));
    QVERIFY(spectator.snapshots > 10);
    QCOMPARE(spectator.over, jonPlayer.over);
    bool refused = false;
    for (const QJsonObject &notice : jonPlayer.notices) {
        refused = refused || errorCode(notice) == QLatin1String("pause_not_allowed");
    }
    QVERIFY(refused);
    // Spectating is not playing: the match is in neither history of the spectator.
    QVERIFY(
        historyEntry(lou, jonPlayer.over.value(QStringLiteral("matchId")).toInteger()).isEmpty());
}

void PlayOnlineTest::invitationsAreAcceptedDeclinedAndExpire()
{
    const Account max = newAccount(QStringLiteral("max_"));
    const Account ned = newAccount(QStringLiteral("ned_"));
    const Account ola = newAccount(QStringLiteral("ola_"));
    makeFriends(max, ned);
    WebSocketTestClient maxSocket;
    WebSocketTestClient nedSocket;
    QVERIFY(connect(maxSocket, max));
    QVERIFY(connect(nedSocket, ned));
    engine::MatchConfig config = quickMatchConfig();
    const auto invite = [&](qint64 userId) {
        maxSocket.sendJson(
            playMessage(QStringLiteral("invite"), {{QStringLiteral("userId"), userId},
                                                   {QStringLiteral("config"), config.toJson()}}));
    };

    // Not a friend, not online, oneself: refused.
    invite(ola.id);
    QCOMPARE(errorCode(nextOfType(maxSocket, QStringLiteral("error"))),
             QStringLiteral("not_friends"));
    invite(max.id);
    QCOMPARE(errorCode(nextOfType(maxSocket, QStringLiteral("error"))),
             QStringLiteral("invalid_field"));

    // Declined.
    invite(ned.id);
    const QJsonObject sent = nextOfType(maxSocket, QStringLiteral("inviteSent"));
    const QJsonObject received = nextOfType(nedSocket, QStringLiteral("invitation"));
    QCOMPARE(received.value(QStringLiteral("inviteId")), sent.value(QStringLiteral("inviteId")));
    QCOMPARE(received.value(QStringLiteral("from"))
                 .toObject()
                 .value(QStringLiteral("userId"))
                 .toInteger(),
             max.id);
    // The settings are shown before anyone accepts.
    QCOMPARE(received.value(QStringLiteral("config")).toObject(), config.toJson());
    QVERIFY(received.value(QStringLiteral("expiresInMs")).toInt() > 0);
    const QString firstId = received.value(QStringLiteral("inviteId")).toString();
    // Nobody else can answer it.
    WebSocketTestClient olaSocket;
    QVERIFY(connect(olaSocket, ola));
    olaSocket.sendJson(
        playMessage(QStringLiteral("inviteAnswer"),
                    {{QStringLiteral("inviteId"), firstId}, {QStringLiteral("accept"), true}}));
    QCOMPARE(errorCode(nextOfType(olaSocket, QStringLiteral("error"))),
             QStringLiteral("invite_not_found"));
    nedSocket.sendJson(
        playMessage(QStringLiteral("inviteAnswer"),
                    {{QStringLiteral("inviteId"), firstId}, {QStringLiteral("accept"), false}}));
    QCOMPARE(nextOfType(maxSocket, QStringLiteral("inviteClosed"))
                 .value(QStringLiteral("reason"))
                 .toString(),
             QStringLiteral("declined"));

    // Expired.
    invite(ned.id);
    QVERIFY(!nextOfType(nedSocket, QStringLiteral("invitation")).isEmpty());
    const QJsonObject expired =
        nextOfType(nedSocket, QStringLiteral("inviteClosed"), kInviteSeconds * 1000 + 3'000);
    QCOMPARE(expired.value(QStringLiteral("reason")).toString(), QStringLiteral("expired"));
    QCOMPARE(nextOfType(maxSocket, QStringLiteral("inviteClosed"))
                 .value(QStringLiteral("reason"))
                 .toString(),
             QStringLiteral("expired"));
    nedSocket.sendJson(
        playMessage(QStringLiteral("inviteAnswer"),
                    {{QStringLiteral("inviteId"), expired.value(QStringLiteral("inviteId"))},
                     {QStringLiteral("accept"), true}}));
    QCOMPARE(errorCode(nextOfType(nedSocket, QStringLiteral("error"))),
             QStringLiteral("invite_not_found"));

    // Accepted: a private match for the two, with the settings shown.
    invite(ned.id);
    const QString acceptedId = nextOfType(nedSocket, QStringLiteral("invitation"))
                                   .value(QStringLiteral("inviteId"))
                                   .toString();
    nedSocket.sendJson(
        playMessage(QStringLiteral("inviteAnswer"),
                    {{QStringLiteral("inviteId"), acceptedId}, {QStringLiteral("accept"), true}}));
    SeatPlayer maxPlayer(maxSocket);
    SeatPlayer nedPlayer(nedSocket);
    QTRY_VERIFY_WITH_TIMEOUT((maxPlayer.poll(5), nedPlayer.poll(5),
                              !maxPlayer.started.isEmpty() && !nedPlayer.started.isEmpty()),
                             5'000);
    QCOMPARE(maxPlayer.started.value(QStringLiteral("kind")).toString(), QStringLiteral("private"));
    QCOMPARE(maxPlayer.started.value(QStringLiteral("config")).toObject(), config.toJson());
    // Max gives up: Ned wins by forfeit.
    maxSocket.sendJson(playMessage(QStringLiteral("leave")));
    QVERIFY(playUntilOver({&maxPlayer, &nedPlayer}, 10'000));
    QCOMPARE(nedPlayer.over.value(QStringLiteral("reason")).toString(), QStringLiteral("left"));
    QCOMPARE(nedPlayer.over.value(QStringLiteral("winnerSeat")).toInt(), 1);
    QCOMPARE(historyEntry(ned, nedPlayer.over.value(QStringLiteral("matchId")).toInteger())
                 .value(QStringLiteral("kind"))
                 .toString(),
             QStringLiteral("private"));

    // Offline friends cannot be invited.
    nedSocket.close();
    // Once the server has seen the close, Ned is offline to his friends.
    const auto nedAsMaxSeesHim = [&] {
        const QJsonArray friends =
            m_api->authorized("GET", QStringLiteral("/api/friends"), max.accessToken)
                .json()
                .value(QStringLiteral("friends"))
                .toArray();
        for (const QJsonValue &entry : friends) {
            if (entry.toObject().value(QStringLiteral("id")).toInteger() == ned.id) {
                return entry.toObject().value(QStringLiteral("presence")).toString();
            }
        }
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(nedAsMaxSeesHim(), QStringLiteral("offline"), 10'000);
    invite(ned.id);
    QCOMPARE(errorCode(nextOfType(maxSocket, QStringLiteral("error"))),
             QStringLiteral("user_offline"));
}

void PlayOnlineTest::aLocalMatchPausesAndResumes()
{
    const Account pam = newAccount(QStringLiteral("pam_"));
    WebSocketTestClient socket;
    QVERIFY(connect(socket, pam));
    socket.sendJson(
        playMessage(QStringLiteral("play"), {{QStringLiteral("kind"), QStringLiteral("local")}}));
    QVERIFY(!nextOfType(socket, QStringLiteral("matchStarted")).isEmpty());
    QTest::qWait(300);
    socket.sendJson(playMessage(QStringLiteral("pause")));
    const QJsonObject paused = nextOfType(socket, QStringLiteral("matchPaused"));
    QCOMPARE(paused.value(QStringLiteral("reason")).toString(), QStringLiteral("requested"));
    QVERIFY(paused.value(QStringLiteral("missing")).toArray().isEmpty());
    // The clock stands still while paused.
    const QJsonObject first = nextOfType(socket, QStringLiteral("snapshot"));
    QCOMPARE(first.value(QStringLiteral("phase")).toString(), QStringLiteral("paused"));
    QTest::qWait(500);
    QJsonObject later;
    for (QJsonObject next = socket.next(300); !next.isEmpty(); next = socket.next(300)) {
        if (next.value(QStringLiteral("type")).toString() == QLatin1String("snapshot")) {
            later = next;
            break;
        }
    }
    QCOMPARE(later.value(QStringLiteral("tick")), first.value(QStringLiteral("tick")));
    socket.sendJson(playMessage(QStringLiteral("resume")));
    QCOMPARE(nextOfType(socket, QStringLiteral("matchResumed"))
                 .value(QStringLiteral("startsInMs"))
                 .toInt(),
             3000);
    const QDeadlineTimer deadline(6'000);
    QString phase;
    while (!deadline.hasExpired() && phase != QLatin1String("running")) {
        phase = nextOfType(socket, QStringLiteral("snapshot"))
                    .value(QStringLiteral("phase"))
                    .toString();
    }
    QCOMPARE(phase, QStringLiteral("running"));
    socket.sendJson(playMessage(QStringLiteral("leave")));
    QVERIFY(!nextOfType(socket, QStringLiteral("matchOver")).isEmpty());
}

void PlayOnlineTest::pingIsMeasuredAndShown()
{
    const Account rex = newAccount(QStringLiteral("rex_"));
    WebSocketTestClient socket;
    QVERIFY(connect(socket, rex));
    socket.sendJson(
        playMessage(QStringLiteral("play"), {{QStringLiteral("kind"), QStringLiteral("ai")}}));
    QVERIFY(!nextOfType(socket, QStringLiteral("matchStarted")).isEmpty());
    // Every 2 s; the first report may come before the first answered ping frame.
    QJsonObject measured;
    const QDeadlineTimer deadline(7'000);
    while (measured.isEmpty() && !deadline.hasExpired()) {
        const QJsonObject report = nextOfType(socket, QStringLiteral("latency"), 3'000);
        const QJsonArray seats = report.value(QStringLiteral("seats")).toArray();
        QCOMPARE(seats.size(), report.isEmpty() ? 0 : 1); // the AI's seat has no ping
        if (!seats.isEmpty() && seats.at(0).toObject().value(QStringLiteral("pingMs")).isDouble()) {
            measured = seats.at(0).toObject();
        }
    }
    QVERIFY(!measured.isEmpty());
    QCOMPARE(measured.value(QStringLiteral("seat")).toInt(), 0);
    QVERIFY(measured.value(QStringLiteral("pingMs")).toInt() >= 0);
    QVERIFY(measured.value(QStringLiteral("pingMs")).toInt() < 1000); // loopback
    socket.sendJson(playMessage(QStringLiteral("leave")));
    QVERIFY(!nextOfType(socket, QStringLiteral("matchOver")).isEmpty());
}

void PlayOnlineTest::aStoredMatchPlaysBack()
{
    const Account sam = newAccount(QStringLiteral("sam_"));
    WebSocketTestClient socket;
    QVERIFY(connect(socket, sam));
    engine::MatchConfig config = quickMatchConfig();
    socket.sendJson(
        playMessage(QStringLiteral("play"), {{QStringLiteral("kind"), QStringLiteral("ai")},
                                             {QStringLiteral("difficulty"), QStringLiteral("easy")},
                                             {QStringLiteral("config"), config.toJson()}}));
    SeatPlayer played(socket);
    QVERIFY(playUntilOver({&played}, kMatchTimeoutMs));
    const qint64 matchId = played.over.value(QStringLiteral("matchId")).toInteger();
    QVERIFY(matchId > 0);

    // Errors first: a bad id, a match that does not exist.
    socket.sendJson(playMessage(QStringLiteral("replay"), {{QStringLiteral("matchId"), -3}}));
    QCOMPARE(errorCode(nextOfType(socket, QStringLiteral("error"))),
             QStringLiteral("invalid_field"));
    socket.sendJson(playMessage(QStringLiteral("replay"), {{QStringLiteral("matchId"), 999999}}));
    QCOMPARE(errorCode(nextOfType(socket, QStringLiteral("error"))),
             QStringLiteral("match_not_found"));

    // Played back four times as fast: the same match, step by step, to the stored end.
    socket.sendJson(playMessage(QStringLiteral("replay"), {{QStringLiteral("matchId"), matchId},
                                                           {QStringLiteral("speed"), 4}}));
    SeatPlayer viewer(socket);
    QVERIFY(playUntilOver({&viewer}, kMatchTimeoutMs));
    QVERIFY(viewer.started.value(QStringLiteral("replay")).toBool());
    QVERIFY(viewer.started.value(QStringLiteral("spectating")).toBool());
    QCOMPARE(viewer.started.value(QStringLiteral("kind")).toString(), QStringLiteral("ai"));
    QCOMPARE(viewer.started.value(QStringLiteral("config")).toObject(), config.toJson());
    QVERIFY(viewer.seats().empty());
    QVERIFY(viewer.ticksIncreased);
    QCOMPARE(viewer.over.value(QStringLiteral("matchId")).toInteger(), matchId);
    QCOMPARE(viewer.over.value(QStringLiteral("winnerSeat")),
             played.over.value(QStringLiteral("winnerSeat")));
    QCOMPARE(viewer.over.value(QStringLiteral("reason")).toString(), QStringLiteral("completed"));
    // The last state shown is the stored final score, at the step the match ended.
    QCOMPARE(viewer.lastSnapshot.value(QStringLiteral("tick")),
             played.lastSnapshot.value(QStringLiteral("tick")));
    QCOMPARE(snapshotScore(viewer.lastSnapshot), snapshotScore(played.lastSnapshot));
    QCOMPARE(viewer.lastSnapshot.value(QStringLiteral("state")),
             played.lastSnapshot.value(QStringLiteral("state")));

    // Leaving stops a playback at once, without a result.
    socket.sendJson(playMessage(QStringLiteral("replay"), {{QStringLiteral("matchId"), matchId},
                                                           {QStringLiteral("speed"), 0.25}}));
    QVERIFY(!nextOfType(socket, QStringLiteral("matchStarted")).isEmpty());
    QVERIFY(!nextOfType(socket, QStringLiteral("snapshot")).isEmpty());
    socket.sendJson(playMessage(QStringLiteral("leave")));
    QVERIFY(nextOfType(socket, QStringLiteral("matchOver"), 1'500).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->events(QStringLiteral("replay_started")).size(), 2, 1'000);
}

void PlayOnlineTest::fourPlayersFromTheQueue()
{
    engine::MatchConfig config;
    config.mode = engine::GameMode::FourPlayers;
    config.lives = 1;
    config.ballSpeed = 200;
    config.ballMaxSpeed = 320;
    config.serveDelay = 0.2;
    std::vector<Account> accounts;
    std::vector<std::unique_ptr<WebSocketTestClient>> sockets;
    std::vector<std::unique_ptr<SeatPlayer>> players;
    for (int i = 0; i < 4; ++i) {
        accounts.push_back(newAccount(QStringLiteral("four%1_").arg(i)));
        sockets.push_back(std::make_unique<WebSocketTestClient>());
        QVERIFY(connect(*sockets.back(), accounts.back()));
        players.push_back(std::make_unique<SeatPlayer>(*sockets.back()));
        players.back()->setIdle(i != 2); // the third to queue plays, the others stand still
    }
    for (int i = 0; i < 4; ++i) {
        sockets[std::size_t(i)]->sendJson(queueRequest(config));
        QVERIFY(!nextOfType(*sockets[std::size_t(i)], QStringLiteral("queued")).isEmpty());
    }
    std::vector<SeatPlayer *> all;
    for (auto &player : players) {
        all.push_back(player.get());
    }
    QVERIFY(playUntilOver(all, kMatchTimeoutMs));
    const QJsonObject over = players[2]->over;
    QCOMPARE(players[2]->started.value(QStringLiteral("kind")).toString(),
             QStringLiteral("four_players"));
    QCOMPARE(players[2]->started.value(QStringLiteral("seats")).toArray().size(), 4);
    QCOMPARE(over.value(QStringLiteral("reason")).toString(), QStringLiteral("completed"));
    // Still paddles deflect some balls too: whoever won, everyone's history agrees.
    const int winnerSeat = over.value(QStringLiteral("winnerSeat")).toInt(-1);
    QVERIFY(winnerSeat >= 0 && winnerSeat < 4);
    for (std::size_t i = 0; i < players.size(); ++i) {
        QCOMPARE(players[i]->over, over);
        const bool won = players[i]->seats() == std::vector<int>{winnerSeat};
        QCOMPARE(historyEntry(accounts[i], over.value(QStringLiteral("matchId")).toInteger())
                     .value(QStringLiteral("result"))
                     .toString(),
                 won ? QStringLiteral("win") : QStringLiteral("loss"));
    }
}

void PlayOnlineTest::aFourPlayerMatchGoesOnWithoutTheDeparted()
{
    engine::MatchConfig config;
    config.mode = engine::GameMode::FourPlayers;
    config.lives = 4;
    config.serveDelay = 0.2;
    std::vector<Account> accounts;
    std::vector<std::unique_ptr<WebSocketTestClient>> sockets;
    for (int i = 0; i < 4; ++i) {
        accounts.push_back(newAccount(QStringLiteral("dep%1_").arg(i)));
        sockets.push_back(std::make_unique<WebSocketTestClient>());
        QVERIFY(connect(*sockets.back(), accounts.back()));
        sockets.back()->sendJson(queueRequest(config));
        QVERIFY(!nextOfType(*sockets.back(), QStringLiteral("queued")).isEmpty());
    }
    std::vector<int> seatOf(4, -1);
    for (int i = 0; i < 4; ++i) {
        const QJsonObject started =
            nextOfType(*sockets[std::size_t(i)], QStringLiteral("matchStarted"));
        for (const QJsonValue &seat : started.value(QStringLiteral("seats")).toArray()) {
            if (seat.toObject().value(QStringLiteral("controlledByYou")).toBool()) {
                seatOf[std::size_t(i)] = seat.toObject().value(QStringLiteral("seat")).toInt();
            }
        }
        QVERIFY(seatOf[std::size_t(i)] >= 0);
    }
    // The first gives up: their own matchOver (no winner yet), and they are free at once.
    sockets[0]->sendJson(playMessage(QStringLiteral("leave")));
    const QJsonObject ownEnd = nextOfType(*sockets[0], QStringLiteral("matchOver"));
    QCOMPARE(ownEnd.value(QStringLiteral("reason")).toString(), QStringLiteral("left"));
    QVERIFY(ownEnd.value(QStringLiteral("winnerSeat")).isNull());
    sockets[0]->sendJson(
        playMessage(QStringLiteral("play"), {{QStringLiteral("kind"), QStringLiteral("local")}}));
    QVERIFY(!nextOfType(*sockets[0], QStringLiteral("matchStarted")).isEmpty());
    sockets[0]->sendJson(playMessage(QStringLiteral("leave")));
    QVERIFY(!nextOfType(*sockets[0], QStringLiteral("matchOver")).isEmpty());
    // The second drops and stays away: after the grace time the others play on, and the
    // account is free again.
    sockets[1].reset();
    const QJsonObject paused = nextOfType(*sockets[2], QStringLiteral("matchPaused"));
    QCOMPARE(paused.value(QStringLiteral("reason")).toString(), QStringLiteral("disconnected"));
    QVERIFY(!nextOfType(*sockets[2], QStringLiteral("matchResumed"), kGraceSeconds * 1000 + 3'000)
                 .isEmpty());
    WebSocketTestClient back;
    QVERIFY(connect(back, accounts[1]));
    QVERIFY(nextOfType(back, QStringLiteral("activeMatch"), 500).isEmpty());
    back.sendJson(
        playMessage(QStringLiteral("play"), {{QStringLiteral("kind"), QStringLiteral("local")}}));
    QVERIFY(!nextOfType(back, QStringLiteral("matchStarted")).isEmpty());
    back.sendJson(playMessage(QStringLiteral("leave")));
    QVERIFY(!nextOfType(back, QStringLiteral("matchOver")).isEmpty());

    // The two still in finish it (standing still: the ball decides).
    SeatPlayer third(*sockets[2]);
    SeatPlayer fourth(*sockets[3]);
    third.setIdle(true);
    fourth.setIdle(true);
    QVERIFY(playUntilOver({&third, &fourth}, 60'000));
    const QJsonObject over = third.over;
    QCOMPARE(over.value(QStringLiteral("reason")).toString(), QStringLiteral("completed"));
    const int winner = over.value(QStringLiteral("winnerSeat")).toInt(-1);
    QVERIFY(winner == seatOf[2] || winner == seatOf[3]);
    const QJsonArray seats = over.value(QStringLiteral("seats")).toArray();
    for (const QJsonValue &seat : seats) {
        const int index = seat.toObject().value(QStringLiteral("seat")).toInt();
        const bool departed = index == seatOf[0] || index == seatOf[1];
        QCOMPARE(seat.toObject().value(QStringLiteral("forfeited")).toBool(), departed);
    }
    const qint64 matchId = over.value(QStringLiteral("matchId")).toInteger();
    const QJsonObject gaveUp = historyEntry(accounts[0], matchId);
    QCOMPARE(gaveUp.value(QStringLiteral("endReason")).toString(), QStringLiteral("forfeit"));
    QCOMPARE(gaveUp.value(QStringLiteral("result")).toString(), QStringLiteral("loss"));
    QCOMPARE(historyEntry(accounts[1], matchId).value(QStringLiteral("result")).toString(),
             QStringLiteral("loss"));
}

void PlayOnlineTest::theRestApiPlaysAMatch()
{
    const Account bot = newAccount(QStringLiteral("bot_"));
    const Account other = newAccount(QStringLiteral("oth_"));
    const auto call = [&](const QByteArray &method, const QString &path,
                          const QJsonObject &body = {}, const Account *as = nullptr) {
        return m_api->authorized(method, path, (as ? *as : bot).accessToken, body);
    };
    engine::MatchConfig config = quickMatchConfig();
    const HttpAnswer created = call("POST", QStringLiteral("/api/play/matches"),
                                    {{QStringLiteral("kind"), QStringLiteral("ai")},
                                     {QStringLiteral("difficulty"), QStringLiteral("easy")},
                                     {QStringLiteral("config"), config.toJson()}});
    QCOMPARE(created.status, 201);
    const QString roomId = created.json().value(QStringLiteral("roomId")).toString();
    QVERIFY(!roomId.isEmpty());
    const QString base = QStringLiteral("/api/play/matches/") + roomId;

    // One match at a time; someone else's match does not exist for them; bad input is a 422.
    QCOMPARE(call("POST", QStringLiteral("/api/play/matches"),
                  {{QStringLiteral("kind"), QStringLiteral("local")}})
                 .status,
             409);
    QCOMPARE(call("GET", base, {}, &other).status, 404);
    const HttpAnswer badKey = call("POST", base + QStringLiteral("/inputs"),
                                   {{QStringLiteral("seq"), 1},
                                    {QStringLiteral("seat"), 0},
                                    {QStringLiteral("key"), QStringLiteral("left")}});
    QCOMPARE(badKey.status, 422);
    QCOMPARE(badKey.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("validation_failed"));
    QCOMPARE(call("POST", base + QStringLiteral("/inputs"),
                  {{QStringLiteral("seq"), 1},
                   {QStringLiteral("seat"), 1},
                   {QStringLiteral("key"), QStringLiteral("up")}})
                 .status,
             422); // the AI's seat
    QCOMPARE(call("PUT", base).status, 405);
    QCOMPARE(call("POST", QStringLiteral("/api/play/matches"),
                  {{QStringLiteral("kind"), QStringLiteral("solo")}})
                 .status,
             422);

    // Play it by polling the state and sending inputs, like a terminal client.
    engine::BallTrackingBot player(config, 0);
    engine::Input held = engine::Input::None;
    qint64 seq = 1;
    QJsonObject over;
    const QDeadlineTimer deadline(kMatchTimeoutMs);
    while (over.isEmpty() && !deadline.hasExpired()) {
        const HttpAnswer state = call("GET", base);
        QCOMPARE(state.status, 200);
        if (!state.json().value(QStringLiteral("over")).isNull()) {
            over = state.json().value(QStringLiteral("over")).toObject();
            break;
        }
        const QJsonObject snapshot = state.json().value(QStringLiteral("snapshot")).toObject();
        const auto decoded =
            engine::snapshotFromJson(snapshot.value(QStringLiteral("state")).toObject());
        if (std::holds_alternative<engine::Snapshot>(decoded)) {
            const engine::Input key = player.decide(std::get<engine::Snapshot>(decoded));
            if (key != held) {
                held = key;
                // 409 match_over when it ended since the GET: the next GET shows how.
                const int status = call("POST", base + QStringLiteral("/inputs"),
                                        {{QStringLiteral("seq"), ++seq},
                                         {QStringLiteral("seat"), 0},
                                         {QStringLiteral("key"), engine::inputName(key)}})
                                       .status;
                QVERIFY2(status == 202 || status == 409, qPrintable(QString::number(status)));
            }
        }
        QTest::qWait(15);
    }
    QVERIFY(!over.isEmpty());
    QCOMPARE(over.value(QStringLiteral("reason")).toString(), QStringLiteral("completed"));
    const qint64 matchId = over.value(QStringLiteral("matchId")).toInteger();
    QVERIFY(matchId > 0);
    QCOMPARE(historyEntry(bot, matchId).value(QStringLiteral("kind")).toString(),
             QStringLiteral("ai"));
    QCOMPARE(call("POST", base + QStringLiteral("/inputs"),
                  {{QStringLiteral("seq"), ++seq},
                   {QStringLiteral("seat"), 0},
                   {QStringLiteral("key"), QStringLiteral("up")}})
                 .status,
             409);

    // Leaving over REST ends it at once.
    const HttpAnswer second = call("POST", QStringLiteral("/api/play/matches"),
                                   {{QStringLiteral("kind"), QStringLiteral("local")}});
    QCOMPARE(second.status, 201);
    const QString secondBase = QStringLiteral("/api/play/matches/") +
                               second.json().value(QStringLiteral("roomId")).toString();
    QCOMPARE(call("DELETE", secondBase).status, 204);
    QTRY_VERIFY_WITH_TIMEOUT(!call("GET", secondBase).json().value(QStringLiteral("over")).isNull(),
                             5'000);
    QCOMPARE(call("GET", secondBase)
                 .json()
                 .value(QStringLiteral("over"))
                 .toObject()
                 .value(QStringLiteral("reason"))
                 .toString(),
             QStringLiteral("left"));
}

void PlayOnlineTest::noRoomOutlivesItsMatch()
{
    QVERIFY(m_server->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(m_server->events(QStringLiteral("room_opened")).size() ==
                                 m_server->events(QStringLiteral("room_closed")).size(),
                             kGraceSeconds * 1000 + 5'000);
    QVERIFY2(m_server->events(QStringLiteral("match_not_recorded")).isEmpty(),
             qPrintable(m_server->log().right(3000)));
}

void PlayOnlineTest::aJsonAndABinaryClientSeeTheSameMatch()
{
    const Account una = newAccount(QStringLiteral("una_"));
    const Account vic = newAccount(QStringLiteral("vic_"));
    const Account wes = newAccount(QStringLiteral("wes_"));
    WebSocketTestClient unaSocket; // JSON, as tools and older clients
    WebSocketTestClient vicSocket; // binary, as the SPA and the app
    WebSocketTestClient wesSocket; // a binary spectator
    unaSocket.setSnapshotEncoding(protocol::SnapshotEncoding::Json);
    vicSocket.setSnapshotEncoding(protocol::SnapshotEncoding::Binary);
    wesSocket.setSnapshotEncoding(protocol::SnapshotEncoding::Binary);
    QVERIFY(openSignedIn(unaSocket, *m_api, m_server->port(), una));
    QVERIFY(openSignedIn(vicSocket, *m_api, m_server->port(), vic));
    QVERIFY(openSignedIn(wesSocket, *m_api, m_server->port(), wes));
    SeatPlayer unaPlayer(unaSocket);
    SeatPlayer vicPlayer(vicSocket);
    // Una plays a few moves and then stands still, so the match ends: two bots that both follow
    // the ball can rally for ever (CI once saw no point in 40 s).
    unaPlayer.setIdleAfterInputs(6);
    const engine::MatchConfig config = quickMatchConfig();
    QVERIFY(startRemoteMatch(unaPlayer, vicPlayer, config));
    const QString roomId = unaPlayer.started.value(QStringLiteral("roomId")).toString();
    wesSocket.sendJson(playMessage(QStringLiteral("watch"), {{QStringLiteral("roomId"), roomId}}));
    SeatPlayer wesPlayer(wesSocket);
    QVERIFY(playUntilOver({&unaPlayer, &vicPlayer, &wesPlayer}, kMatchTimeoutMs));
    QVERIFY2(unaPlayer.problem.isEmpty(), qPrintable(unaPlayer.problem));
    QVERIFY2(vicPlayer.problem.isEmpty(), qPrintable(vicPlayer.problem));
    QVERIFY2(wesPlayer.problem.isEmpty(), qPrintable(wesPlayer.problem));

    // Both players played (each bot sent inputs from what it saw) and saw the same match end.
    QVERIFY(unaPlayer.inputsSent > 0);
    QVERIFY(vicPlayer.inputsSent > 0);
    QCOMPARE(vicPlayer.over, unaPlayer.over);
    QCOMPARE(wesPlayer.over, unaPlayer.over);
    for (SeatPlayer *player : {&unaPlayer, &vicPlayer, &wesPlayer}) {
        QVERIFY(player->snapshots > 30);
        QVERIFY(player->ticksIncreased);
        QCOMPARE(player->lastSnapshot.value(QStringLiteral("roomId")).toString(), roomId);
        // The final score is in every last snapshot.
        QCOMPARE(snapshotScore(player->lastSnapshot), snapshotScore(unaPlayer.lastSnapshot));
    }
    // JSON stayed JSON; the binary clients got binary frames, each within 64 bytes on the wire
    // (a 2-byte WebSocket header below 126 bytes), with their own lastInputSeq.
    QCOMPARE(unaSocket.binaryFrames(), 0);
    QVERIFY(!unaPlayer.lastSnapshot.contains(QStringLiteral("encoding")));
    QCOMPARE(vicPlayer.lastSnapshot.value(QStringLiteral("encoding")).toString(),
             QStringLiteral("binary"));
    QVERIFY(vicSocket.binaryFrames() >= vicPlayer.snapshots);
    QVERIFY(wesSocket.binaryFrames() >= wesPlayer.snapshots);
    QVERIFY2(vicSocket.largestBinaryFrame() + 2 <= 64,
             qPrintable(QString::number(vicSocket.largestBinaryFrame())));
    QVERIFY(vicPlayer.lastSnapshot.value(QStringLiteral("lastInputSeq")).toInteger() > 0);
    int winnerScore = 0;
    for (const QJsonValue &player : vicPlayer.lastSnapshot.value(QStringLiteral("state"))
                                        .toObject()
                                        .value(QStringLiteral("players"))
                                        .toArray()) {
        winnerScore =
            std::max(winnerScore, player.toObject().value(QStringLiteral("score")).toInt());
    }
    QCOMPARE(winnerScore, 2);
    QVERIFY(wesPlayer.lastSnapshot.value(QStringLiteral("lastInputSeq")).isNull());
    for (const QJsonObject &notice : vicPlayer.notices + wesPlayer.notices) {
        const QString type = notice.value(QStringLiteral("type")).toString();
        QVERIFY2(type != QLatin1String("malformed_binary") &&
                     type != QLatin1String("binary_of_unknown_room"),
                 qPrintable(QJsonDocument(notice).toJson()));
    }
}

void PlayOnlineTest::binaryFramesFromClientsAreRefused()
{
    const Account xia = newAccount(QStringLiteral("xia_"));
    WebSocketTestClient socket;
    socket.setSnapshotEncoding(protocol::SnapshotEncoding::Binary);
    QVERIFY(openSignedIn(socket, *m_api, m_server->port(), xia));
    engine::Match match(engine::MatchConfig{}, 1);
    protocol::MatchSnapshot snapshot;
    snapshot.roomId = QStringLiteral("r");
    snapshot.state = match.snapshot();
    // A well-formed binary snapshot echoed back, garbage, and an empty frame: each refused with
    // an error, and the connection goes on.
    const QList<QByteArray> frames = {
        protocol::binarySnapshotFrame(protocol::encodeBinarySnapshotBody(snapshot, {}), 1),
        QByteArray::fromHex("01ffffffffffffffffff"), QByteArray()};
    for (const QByteArray &frame : frames) {
        socket.sendBinary(frame);
        QCOMPARE(errorCode(nextOfType(socket, QStringLiteral("error"))),
                 QStringLiteral("binary_not_supported"));
    }
    socket.sendJson(playMessage(QStringLiteral("ping"), {{QStringLiteral("seq"), 5}}));
    QCOMPARE(nextOfType(socket, QStringLiteral("pong")).value(QStringLiteral("seq")).toInteger(),
             5);
    // An unknown encoding in hello is refused like any bad field.
    WebSocketTestClient other;
    QVERIFY(other.open(QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_server->port())));
    other.sendJson(playMessage(QStringLiteral("hello"),
                               {{QStringLiteral("version"), 1},
                                {QStringLiteral("encoding"), QStringLiteral("protobuf")}}));
    const QJsonObject refused = nextOfType(other, QStringLiteral("error"));
    QCOMPARE(errorCode(refused), QStringLiteral("invalid_field"));
    QVERIFY(refused.value(QStringLiteral("message")).toString().contains(u"encoding"));
}

QTEST_GUILESS_MAIN(PlayOnlineTest)
#include "play_online_test.moc"
