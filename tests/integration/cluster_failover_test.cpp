// A match survives the crash of the instance hosting it: two instances share PostgreSQL and
// Redis behind nginx; the players of a remote match are connected to different instances; the
// host is killed with kill -9 in the middle of the match. Its player reconnects through nginx,
// the other instance takes the room over from its last checkpoint, both players come back to it
// with the score they had, the match is played to the end and stored exactly once, and nobody
// connected only to the dead instance stays online.
#include "ApiTestClient.h"
#include "ClusterBackends.h"
#include "NginxProcess.h"
#include "PlayBots.h"
#include "ServerProcess.h"
#include "TestEnvironment.h"
#include "WebSocketTestClient.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace transcendence::testing;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kSecret = QByteArrayLiteral("failover-test-secret-key-with-more-than-32-bytes");

QString phaseOf(const QJsonObject &snapshot)
{
    return snapshot.value(u"phase"_s).toString();
}

} // namespace

class ClusterFailoverTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    // First: it needs both instances alive, the next one kills one.
    void aStalledHostStopsPlayingTheRoomTakenFromIt();
    void matchSurvivesItsHostBeingKilled();
    void cleanupTestCase();

private:
    using Account = ApiTestClient::Account;
    QString viaNginx() const
    {
        return m_nginx->httpsUrl().replace(u"https:"_s, u"wss:"_s) + u"/ws"_s;
    }
    QString direct(int instance) const
    {
        return u"ws://127.0.0.1:%1/ws"_s.arg(m_servers[instance]->port());
    }
    bool connect(WebSocketTestClient &socket, const QString &url, const Account &account);
    // Reads until the socket is back in its match (activeMatch, join, matchStarted).
    bool rejoin(SeatPlayer &player, int timeoutMs);

    ClusterBackends m_backends{kSecret};
    std::unique_ptr<NginxProcess> m_nginx;
    std::unique_ptr<ServerProcess> m_servers[2];
    std::unique_ptr<ApiTestClient> m_api; // instance 1's address: it is never killed
};

void ClusterFailoverTest::initTestCase()
{
    TRANSCENDENCE_REQUIRE_TEST_ENV("TRANSCENDENCE_TEST_ADMIN_DATABASE_URL",
                                   "TRANSCENDENCE_TEST_TLS_DIR", "TRANSCENDENCE_TEST_CA_FILE");
    QVERIFY2(m_backends.start(), qPrintable(m_backends.error()));
    m_nginx = std::make_unique<NginxProcess>();
    for (auto &server : m_servers) {
        server = m_backends.newInstance(m_nginx->httpsUrl());
        server->environment().insert(u"TRANSCENDENCE_PRESENCE_HEARTBEAT_SECONDS"_s, u"1"_s);
        server->environment().insert(u"TRANSCENDENCE_PRESENCE_STALE_SECONDS"_s, u"3"_s);
    }
    QString error;
    QVERIFY2(launchTogether({m_servers[0].get(), m_servers[1].get()}, &error), qPrintable(error));
    QVERIFY2(m_nginx->start({m_servers[0]->port(), m_servers[1]->port()},
                            TestEnvironment::webRoot(), &error),
             qPrintable(error));
    m_api = std::make_unique<ApiTestClient>(m_servers[0]->baseUrl());
}

void ClusterFailoverTest::cleanupTestCase()
{
    if (m_nginx) {
        m_nginx->stop();
    }
}

bool ClusterFailoverTest::connect(WebSocketTestClient &socket, const QString &url,
                                  const Account &account)
{
    return openSignedInAt(socket, *m_api, url, account, u"failover-test"_s);
}

bool ClusterFailoverTest::rejoin(SeatPlayer &player, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    const QJsonObject active = nextOfType(player.socket(), u"activeMatch"_s, timeoutMs);
    if (active.isEmpty()) {
        return false;
    }
    player.socket().sendJson(
        playMessage(u"join"_s, {{u"roomId"_s, active.value(u"roomId"_s).toString()}}));
    while (!deadline.hasExpired() && player.started.isEmpty()) {
        player.poll(5);
    }
    return !player.started.isEmpty();
}

// An instance that stalls longer than its lease (SIGSTOP: every thread stops, no socket
// closes) has its room taken over by the other one. When it runs again it learns so at its next
// heartbeat: it stops the room without recording it, and its player, whose socket never closed,
// is moved to the new host through the relay. The match is played to the end there and stored
// once.
void ClusterFailoverTest::aStalledHostStopsPlayingTheRoomTakenFromIt()
{
    const Account dee = m_api->registerAccount(u"s_dee_"_s);
    const Account eve = m_api->registerAccount(u"s_eve_"_s);
    QVERIFY(dee.id > 0 && eve.id > 0);
    WebSocketTestClient deeSocket;
    WebSocketTestClient eveSocket;
    QVERIFY(connect(deeSocket, direct(0), dee));
    QVERIFY(connect(eveSocket, direct(1), eve));
    transcendence::engine::MatchConfig config = quickMatchConfig();
    config.scoreLimit = 4;
    const QJsonObject queue =
        playMessage(u"queue"_s, {{u"mode"_s, u"one_vs_one"_s}, {u"config"_s, config.toJson()}});
    deeSocket.sendJson(queue);
    QVERIFY(!nextOfType(deeSocket, u"queued"_s).isEmpty());
    eveSocket.sendJson(queue);
    SeatPlayer deePlayer(deeSocket);
    SeatPlayer evePlayer(eveSocket);
    deePlayer.setIdle(true); // Eve scores at will, whatever the machine's pace
    const QDeadlineTimer started(10'000);
    while (!started.hasExpired() && (deePlayer.started.isEmpty() || evePlayer.started.isEmpty())) {
        deePlayer.poll(5);
        evePlayer.poll(5);
    }
    QVERIFY(!deePlayer.started.isEmpty() && !evePlayer.started.isEmpty());
    const QString roomId = deePlayer.started.value(u"roomId"_s).toString();
    // (Log lines are written by each server's log thread: one may come after the message its
    // client already has, so every "logged" is awaited.)
    QTRY_VERIFY_WITH_TIMEOUT(m_servers[0]->roomEvents(u"room_opened"_s, roomId) > 0 ||
                                 m_servers[1]->roomEvents(u"room_opened"_s, roomId) > 0,
                             10'000);
    const int host = m_servers[0]->roomEvents(u"room_opened"_s, roomId) > 0 ? 0 : 1;
    const int other = 1 - host;
    const QDeadlineTimer scoring(20'000);
    while (!scoring.hasExpired() && snapshotScore(deePlayer.lastSnapshot) < 1) {
        deePlayer.poll(5);
        evePlayer.poll(5);
    }
    QVERIFY2(snapshotScore(deePlayer.lastSnapshot) >= 1, "no point was scored");
    QVERIFY(snapshotScore(deePlayer.lastSnapshot) < config.scoreLimit);

    // The host stalls until the other instance has taken its room over.
    m_servers[host]->setStopped(true);
    const QDeadlineTimer takeover(20'000);
    while (!takeover.hasExpired() &&
           m_servers[other]->roomEvents(u"room_restored"_s, roomId) == 0) {
        QTest::qWait(50);
    }
    const bool restored = m_servers[other]->roomEvents(u"room_restored"_s, roomId) > 0;
    m_servers[host]->setStopped(false);
    QVERIFY2(restored, qPrintable(m_servers[other]->eventLog()));

    // Both players are seated again in the room, now on the other instance: the one whose
    // socket is there at once, the stalled host's one once its host ran again and let go.
    SeatPlayer back(host == 0 ? deeSocket : eveSocket);
    SeatPlayer there(host == 0 ? eveSocket : deeSocket);
    back.setIdle(host == 0);
    there.setIdle(host != 0);
    const QDeadlineTimer seated(20'000);
    while (!seated.hasExpired() && (back.started.isEmpty() || there.started.isEmpty())) {
        back.poll(5);
        there.poll(5);
    }
    QVERIFY2(!back.started.isEmpty(), qPrintable(m_servers[host]->eventLog()));
    QVERIFY2(!there.started.isEmpty(), qPrintable(m_servers[other]->eventLog()));
    QCOMPARE(back.started.value(u"roomId"_s).toString(), roomId);
    QCOMPARE(there.started.value(u"roomId"_s).toString(), roomId);
    QTRY_VERIFY_WITH_TIMEOUT(m_servers[host]->roomEvents(u"room_taken_over"_s, roomId) > 0, 10'000);

    QVERIFY(playUntilOver({&back, &there}, 40'000));
    QVERIFY2(there.problem.isEmpty(), qPrintable(there.problem));
    const qint64 matchId = there.over.value(u"matchId"_s).toInteger();
    QVERIFY(matchId > 0);
    QCOMPARE(back.over.value(u"matchId"_s).toInteger(), matchId);
    QTRY_VERIFY_WITH_TIMEOUT(m_servers[other]->roomEvents(u"match_recorded"_s, roomId) > 0, 10'000);
    QVERIFY(m_servers[host]->roomEvents(u"match_recorded"_s, roomId) == 0);
    const QJsonArray matches =
        m_api->authorized("GET", u"/api/users/%1/matches"_s.arg(dee.id), dee.accessToken)
            .json()
            .value(u"matches"_s)
            .toArray();
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.first().toObject().value(u"id"_s).toInteger(), matchId);
}

void ClusterFailoverTest::matchSurvivesItsHostBeingKilled()
{
    const Account ada = m_api->registerAccount(u"f_ada_"_s);
    const Account bo = m_api->registerAccount(u"f_bo_"_s);
    const Account cy = m_api->registerAccount(u"f_cy_"_s); // a friend watching presence
    QVERIFY(ada.id > 0 && bo.id > 0 && cy.id > 0);
    for (const Account *player : {&ada, &bo}) {
        const HttpAnswer asked = m_api->authorized("POST", u"/api/friends/requests"_s,
                                                   cy.accessToken, {{u"userId"_s, player->id}});
        QCOMPARE(asked.status, 201);
        QCOMPARE(m_api
                     ->authorized("POST",
                                  u"/api/friends/requests/%1/accept"_s.arg(
                                      asked.json().value(u"id"_s).toInteger()),
                                  player->accessToken)
                     .status,
                 200);
    }

    // Ada on instance 1, Bo on instance 2: one of them plays through the relay.
    WebSocketTestClient adaSocket;
    WebSocketTestClient boSocket;
    QVERIFY(connect(adaSocket, direct(0), ada));
    QVERIFY(connect(boSocket, direct(1), bo));
    transcendence::engine::MatchConfig config = quickMatchConfig();
    config.scoreLimit = 4;
    const QJsonObject queue =
        playMessage(u"queue"_s, {{u"mode"_s, u"one_vs_one"_s}, {u"config"_s, config.toJson()}});
    adaSocket.sendJson(queue);
    QVERIFY(!nextOfType(adaSocket, u"queued"_s).isEmpty());
    boSocket.sendJson(queue);
    SeatPlayer adaPlayer(adaSocket);
    SeatPlayer boPlayer(boSocket);
    adaPlayer.setIdle(true); // Bo scores at will
    const QDeadlineTimer started(10'000);
    while (!started.hasExpired() && (adaPlayer.started.isEmpty() || boPlayer.started.isEmpty())) {
        adaPlayer.poll(5);
        boPlayer.poll(5);
    }
    QVERIFY(!adaPlayer.started.isEmpty() && !boPlayer.started.isEmpty());
    const QString roomId = adaPlayer.started.value(u"roomId"_s).toString();

    // Which instance hosts it: the one that logged room_opened (awaited: see above).
    QTRY_VERIFY_WITH_TIMEOUT(m_servers[0]->roomEvents(u"room_opened"_s, roomId) > 0 ||
                                 m_servers[1]->roomEvents(u"room_opened"_s, roomId) > 0,
                             10'000);
    const int host = m_servers[0]->roomEvents(u"room_opened"_s, roomId) > 0 ? 0 : 1;
    const int survivor = 1 - host;

    // Play until Bo has a point, and a little more (the point's checkpoint is written at once).
    const QDeadlineTimer scoring(20'000);
    while (!scoring.hasExpired() && snapshotScore(adaPlayer.lastSnapshot) < 1) {
        adaPlayer.poll(5);
        boPlayer.poll(5);
    }
    QVERIFY2(snapshotScore(adaPlayer.lastSnapshot) >= 1, "no point was scored");
    const QDeadlineTimer settle(300);
    while (!settle.hasExpired()) {
        adaPlayer.poll(5);
        boPlayer.poll(5);
    }
    const int scoreBefore = snapshotScore(adaPlayer.lastSnapshot);
    QVERIFY(scoreBefore < config.scoreLimit);

    // Cy is connected to the host only: after the crash nobody may see him online.
    WebSocketTestClient cySocket;
    QVERIFY(connect(cySocket, direct(host), cy));

    QElapsedTimer sinceKill;
    m_servers[host]->killHard();
    sinceKill.start();

    // The host's player finds its socket closed and reconnects through nginx (the dead instance
    // refuses, nginx takes the other); the other player's socket stays where it was.
    WebSocketTestClient &hostSocket = host == 0 ? adaSocket : boSocket;
    QVERIFY(hostSocket.waitForClose(5'000) != -1 || !hostSocket.isOpen());
    const Account &hostPlayer = host == 0 ? ada : bo;
    WebSocketTestClient again;
    QVERIFY(connect(again, viaNginx(), hostPlayer));
    SeatPlayer back(again);
    back.setIdle(host == 0);
    SeatPlayer stayed(host == 0 ? boSocket : adaSocket);
    stayed.setIdle(host != 0);
    QVERIFY2(rejoin(back, 10'000), qPrintable(m_servers[survivor]->eventLog()));
    // The other player's socket never closed: it is taken back to its seat by itself.
    const QDeadlineTimer seated(10'000);
    while (!seated.hasExpired() && stayed.started.isEmpty()) {
        stayed.poll(5);
        back.poll(5);
    }
    QVERIFY2(!stayed.started.isEmpty(), qPrintable(m_servers[survivor]->eventLog()));
    const qint64 restoredMs = sinceKill.elapsed();
    QCOMPARE(back.started.value(u"roomId"_s).toString(), roomId);
    QCOMPARE(stayed.started.value(u"roomId"_s).toString(), roomId);

    // The same score, and play goes on.
    const QDeadlineTimer resumed(10'000);
    while (!resumed.hasExpired() &&
           (back.lastSnapshot.isEmpty() || phaseOf(back.lastSnapshot) != u"running"_s)) {
        back.poll(5);
        stayed.poll(5);
    }
    const qint64 runningMs = sinceKill.elapsed();
    QCOMPARE(phaseOf(back.lastSnapshot), u"running"_s);
    QCOMPARE(snapshotScore(back.firstSnapshot), scoreBefore);
    qInfo("kill -9 to players back in the room: %lld ms, to running again: %lld ms", restoredMs,
          runningMs);

    QVERIFY(playUntilOver({&back, &stayed}, 40'000));
    QVERIFY2(back.problem.isEmpty(), qPrintable(back.problem));
    QVERIFY2(stayed.problem.isEmpty(), qPrintable(stayed.problem));
    const qint64 matchId = back.over.value(u"matchId"_s).toInteger();
    QVERIFY(matchId > 0);
    QCOMPARE(stayed.over.value(u"matchId"_s).toInteger(), matchId);

    // Stored once, with the whole match: the winner reached the score limit.
    const QJsonArray matches =
        m_api->authorized("GET", u"/api/users/%1/matches"_s.arg(ada.id), ada.accessToken)
            .json()
            .value(u"matches"_s)
            .toArray();
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.first().toObject().value(u"id"_s).toInteger(), matchId);

    // Nobody connected only to the dead instance stays online (its presence rows expire).
    const QDeadlineTimer offline(15'000);
    QString cyPresence;
    while (!offline.hasExpired()) {
        const QJsonArray friends = m_api->authorized("GET", u"/api/friends"_s, ada.accessToken)
                                       .json()
                                       .value(u"friends"_s)
                                       .toArray();
        for (const QJsonValue &entry : friends) {
            const QJsonObject person = entry.toObject();
            if (person.value(u"user"_s).toObject().value(u"id"_s).toInteger() == cy.id ||
                person.value(u"id"_s).toInteger() == cy.id) {
                cyPresence = person.value(u"presence"_s).toString();
            }
        }
        if (cyPresence == u"offline"_s) {
            break;
        }
        QTest::qWait(250);
    }
    QCOMPARE(cyPresence, u"offline"_s);
}

QTEST_GUILESS_MAIN(ClusterFailoverTest)
#include "cluster_failover_test.moc"
