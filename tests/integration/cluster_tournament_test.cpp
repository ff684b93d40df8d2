// Tournament matches across instances (docs/architecture.md, "Tournament rooms"): two instances
// share PostgreSQL and Redis behind nginx. An instance that starts while another runs a
// tournament leaves the ready match whose room lives on the other instance alone (no second
// room); then the instance hosting the match is killed with kill -9 in the middle of it: its
// players reconnect through nginx, the other instance takes the room over from its checkpoint
// with the score it had, the match is played to the end there and decides the bracket match
// once (one stored match, the final opened once).
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

#include <algorithm>
#include <memory>

using namespace transcendence::testing;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kSecret =
    QByteArrayLiteral("tournament-cluster-secret-key-with-more-than-32-bytes");

QJsonObject matchAt(const QJsonObject &tournament, int round, int slot)
{
    for (const QJsonValue &value : tournament.value(u"matches"_s).toArray()) {
        const QJsonObject match = value.toObject();
        if (match.value(u"round"_s).toInt() == round && match.value(u"slot"_s).toInt() == slot) {
            return match;
        }
    }
    return {};
}

} // namespace

class ClusterTournamentTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    // In this order: the second starts the instance the first one's host dies for.
    void aSecondInstanceOpensNoSecondRoom();
    void aTournamentMatchSurvivesItsHostBeingKilled();
    void cleanupTestCase();

private:
    using Account = ApiTestClient::Account;
    std::unique_ptr<ServerProcess> newInstance();
    bool connect(WebSocketTestClient &socket, const QString &url, ApiTestClient &api,
                 const Account &account);
    QString roomInBracket(int round, int slot) const;

    ClusterBackends m_backends{kSecret};
    std::unique_ptr<NginxProcess> m_nginx;
    std::unique_ptr<ServerProcess> m_servers[2];
    std::unique_ptr<ApiTestClient> m_api[2];
    // The tournament of both tests: Ann has a bye, Ben and Cat play round 1.
    Account m_ann, m_ben, m_cat;
    qint64 m_tournamentId = 0;
    QString m_roomId; // of Ben v Cat, hosted by instance 1 (index 0)
    int m_round = 0;
    int m_slot = 0;
};

std::unique_ptr<ServerProcess> ClusterTournamentTest::newInstance()
{
    auto server = m_backends.newInstance(m_nginx->httpsUrl());
    // The players take their time to enter on a loaded machine: no walkover meanwhile.
    server->environment().insert(u"TRANSCENDENCE_SHOW_UP_SECONDS"_s, u"120"_s);
    return server;
}

void ClusterTournamentTest::initTestCase()
{
    TRANSCENDENCE_REQUIRE_TEST_ENV("TRANSCENDENCE_TEST_ADMIN_DATABASE_URL",
                                   "TRANSCENDENCE_TEST_TLS_DIR", "TRANSCENDENCE_TEST_CA_FILE");
    QVERIFY2(m_backends.start(), qPrintable(m_backends.error()));
    m_nginx = std::make_unique<NginxProcess>(); // started once both instances run
    m_servers[0] = newInstance();
    QVERIFY(m_servers[0]->launch());
    QVERIFY2(m_servers[0]->waitUntilListening(), qPrintable(m_servers[0]->log()));
    m_api[0] = std::make_unique<ApiTestClient>(m_servers[0]->baseUrl());
}

void ClusterTournamentTest::cleanupTestCase()
{
    if (m_nginx) {
        m_nginx->stop();
    }
}

bool ClusterTournamentTest::connect(WebSocketTestClient &socket, const QString &url,
                                    ApiTestClient &api, const Account &account)
{
    return openSignedInAt(socket, api, url, account, u"tournament-cluster-test"_s);
}

QString ClusterTournamentTest::roomInBracket(int round, int slot) const
{
    return m_backends.database().scalar(
        u"SELECT room_id FROM tournament_matches WHERE tournament_id = %1 "
        u"AND round = %2 AND slot = %3"_s.arg(m_tournamentId)
            .arg(round)
            .arg(slot));
}

void ClusterTournamentTest::aSecondInstanceOpensNoSecondRoom()
{
    ApiTestClient &api = *m_api[0];
    m_ann = api.registerAccount(u"t_ann_"_s);
    m_ben = api.registerAccount(u"t_ben_"_s);
    m_cat = api.registerAccount(u"t_cat_"_s);
    QVERIFY(m_ann.id > 0 && m_ben.id > 0 && m_cat.id > 0);
    transcendence::engine::MatchConfig config = quickMatchConfig();
    config.scoreLimit = 4;
    const HttpAnswer created = api.authorized(
        "POST", u"/api/tournaments"_s, m_ann.accessToken,
        {{u"kind"_s, u"online"_s}, {u"name"_s, u"Crash cup"_s}, {u"config"_s, config.toJson()}});
    QCOMPARE(created.status, 201);
    m_tournamentId = created.json().value(u"id"_s).toInteger();
    const QString base = u"/api/tournaments/%1"_s.arg(m_tournamentId);
    for (const Account *player : {&m_ann, &m_ben, &m_cat}) {
        QCOMPARE(api.authorized("POST", base + u"/join"_s, player->accessToken).status, 200);
    }
    QCOMPARE(api.authorized("POST", base + u"/start"_s, m_ann.accessToken).status, 200);

    // Three players: one match is ready at once (the top seed has a bye); instance 1 opens it.
    QTRY_VERIFY_WITH_TIMEOUT(!m_servers[0]->events(u"tournament_room_opened"_s).isEmpty(), 15'000);
    const QJsonObject opened = m_servers[0]->events(u"tournament_room_opened"_s).constFirst();
    m_roomId = opened.value(u"roomId"_s).toString();
    m_round = opened.value(u"round"_s).toInt();
    m_slot = opened.value(u"slot"_s).toInt();
    QCOMPARE(m_round, 1);
    QTRY_COMPARE_WITH_TIMEOUT(roomInBracket(m_round, m_slot), m_roomId, 10'000);

    // Instance 2 starts and opens the ready matches of every running tournament it finds, but
    // this one's room lives on instance 1 (the room directory in Redis says so).
    m_servers[1] = newInstance();
    QVERIFY(m_servers[1]->launch());
    QVERIFY2(m_servers[1]->waitUntilListening(), qPrintable(m_servers[1]->log()));
    m_api[1] = std::make_unique<ApiTestClient>(m_servers[1]->baseUrl());
    QVERIFY2(m_servers[1]->waitForEvent(u"tournaments_resumed"_s, 15'000),
             qPrintable(m_servers[1]->eventLog()));
    QTRY_VERIFY2_WITH_TIMEOUT(m_servers[1]->roomEvents(u"tournament_room_alive"_s, m_roomId) > 0,
                              qPrintable(m_servers[1]->eventLog()), 15'000);
    QVERIFY2(m_servers[1]->events(u"tournament_room_opened"_s).isEmpty(),
             qPrintable(m_servers[1]->eventLog()));
    QCOMPARE(m_servers[0]->events(u"tournament_room_opened"_s).size(), 1);
    QCOMPARE(roomInBracket(m_round, m_slot), m_roomId);

    QString error;
    QVERIFY2(m_nginx->start({m_servers[0]->port(), m_servers[1]->port()},
                            TestEnvironment::webRoot(), &error),
             qPrintable(error));
}

void ClusterTournamentTest::aTournamentMatchSurvivesItsHostBeingKilled()
{
    QVERIFY2(!m_roomId.isEmpty() && m_servers[1], "needs the tournament of the previous test");
    // Ben and Cat connect to the instance that hosts their match, hear of it and enter.
    WebSocketTestClient benSocket;
    WebSocketTestClient catSocket;
    const QString host = u"ws://127.0.0.1:%1/ws"_s.arg(m_servers[0]->port());
    QVERIFY(connect(benSocket, host, *m_api[0], m_ben));
    QVERIFY(connect(catSocket, host, *m_api[0], m_cat));
    for (WebSocketTestClient *socket : {&benSocket, &catSocket}) {
        const QJsonObject ready = nextOfType(*socket, u"tournamentMatchReady"_s, 10'000);
        QCOMPARE(ready.value(u"roomId"_s).toString(), m_roomId);
        socket->sendJson(playMessage(u"join"_s, {{u"roomId"_s, m_roomId}}));
    }
    SeatPlayer ben(benSocket);
    SeatPlayer cat(catSocket);
    ben.setIdle(true); // Cat scores at will, whatever the machine's pace
    const QDeadlineTimer started(15'000);
    while (!started.hasExpired() && (ben.started.isEmpty() || cat.started.isEmpty())) {
        ben.poll(5);
        cat.poll(5);
    }
    QVERIFY2(!ben.started.isEmpty() && !cat.started.isEmpty(), qPrintable(ben.problem));
    const QDeadlineTimer scoring(30'000);
    while (!scoring.hasExpired() && snapshotScore(ben.lastSnapshot) < 1) {
        ben.poll(5);
        cat.poll(5);
    }
    QVERIFY2(snapshotScore(ben.lastSnapshot) >= 1, "no point was scored");
    // A little more: the point's checkpoint is written at once.
    const QDeadlineTimer settle(300);
    while (!settle.hasExpired()) {
        ben.poll(5);
        cat.poll(5);
    }
    // Every point scored before this (a checkpoint follows each at once) survives the crash.
    const int scoreSettled = snapshotScore(ben.lastSnapshot);
    const qint64 settledTick = ben.lastSnapshot.value(u"tick"_s).toInteger();

    QElapsedTimer sinceKill;
    m_servers[0]->killHard();
    sinceKill.start();
    // What the host sent before it died: on a slow machine a point may come after the last
    // poll, in the very moment of the crash; its checkpoint may still have been on its way.
    QVERIFY(benSocket.waitForClose(10'000) != -1 || !benSocket.isOpen());
    QVERIFY(catSocket.waitForClose(10'000) != -1 || !catSocket.isOpen());
    ben.poll(0);
    cat.poll(0);
    const int scoreSeen =
        std::max(snapshotScore(ben.lastSnapshot), snapshotScore(cat.lastSnapshot));
    QVERIFY(scoreSeen < 4);

    // Both reconnect through nginx (only instance 2 is left): activeMatch, join, matchStarted.
    const QString viaNginx = m_nginx->httpsUrl().replace(u"https:"_s, u"wss:"_s) + u"/ws"_s;
    WebSocketTestClient benAgain;
    WebSocketTestClient catAgain;
    QVERIFY(connect(benAgain, viaNginx, *m_api[1], m_ben));
    QVERIFY(connect(catAgain, viaNginx, *m_api[1], m_cat));
    SeatPlayer benBack(benAgain);
    SeatPlayer catBack(catAgain);
    benBack.setIdle(true);
    for (SeatPlayer *player : {&benBack, &catBack}) {
        const QJsonObject active = nextOfType(player->socket(), u"activeMatch"_s, 20'000);
        QVERIFY2(!active.isEmpty(), qPrintable(m_servers[1]->eventLog()));
        QCOMPARE(active.value(u"roomId"_s).toString(), m_roomId);
        player->socket().sendJson(playMessage(u"join"_s, {{u"roomId"_s, m_roomId}}));
    }
    const QDeadlineTimer seated(15'000);
    while (!seated.hasExpired() && (benBack.started.isEmpty() || catBack.started.isEmpty())) {
        benBack.poll(5);
        catBack.poll(5);
    }
    QVERIFY2(!benBack.started.isEmpty() && !catBack.started.isEmpty(),
             qPrintable(m_servers[1]->eventLog()));
    QTRY_VERIFY_WITH_TIMEOUT(m_servers[1]->roomEvents(u"room_restored"_s, m_roomId) == 1, 10'000);
    const qint64 seatedMs = sinceKill.elapsed();
    QCOMPARE(benBack.started.value(u"kind"_s).toString(), u"tournament"_s);
    // The same score: the match goes on where it stood.
    const int scoreRestored = snapshotScore(benBack.firstSnapshot);
    QVERIFY2(
        scoreRestored >= scoreSettled && scoreRestored <= scoreSeen,
        qPrintable(u"restored at %1 (tick %2); %3 before the crash (tick %4), %5 seen (tick %6)"_s
                       .arg(scoreRestored)
                       .arg(benBack.firstSnapshot.value(u"tick"_s).toInteger())
                       .arg(scoreSettled)
                       .arg(settledTick)
                       .arg(scoreSeen)
                       .arg(std::max(ben.lastSnapshot.value(u"tick"_s).toInteger(),
                                     cat.lastSnapshot.value(u"tick"_s).toInteger()))));
    const QDeadlineTimer resumed(15'000);
    while (!resumed.hasExpired() && benBack.lastSnapshot.value(u"phase"_s) != u"running"_s &&
           !benBack.isOver()) {
        benBack.poll(5);
        catBack.poll(5);
    }
    QVERIFY(benBack.lastSnapshot.value(u"phase"_s) == u"running"_s || benBack.isOver());
    qInfo("kill -9 to players back in the room: %lld ms, to running again: %lld ms", seatedMs,
          sinceKill.elapsed());

    QVERIFY(playUntilOver({&benBack, &catBack}, 60'000));
    QVERIFY2(catBack.problem.isEmpty(), qPrintable(catBack.problem));
    const qint64 matchId = catBack.over.value(u"matchId"_s).toInteger();
    QVERIFY2(matchId > 0, qPrintable(m_servers[1]->eventLog()));
    // The bracket match is decided once, by the instance that finished the room.
    QTRY_VERIFY2_WITH_TIMEOUT(m_servers[1]->roomEvents(u"tournament_match_decided"_s, m_roomId) ==
                                  1,
                              qPrintable(m_servers[1]->eventLog()), 15'000);
    const QJsonObject bracket =
        m_api[1]
            ->authorized("GET", u"/api/tournaments/%1"_s.arg(m_tournamentId), m_ann.accessToken)
            .json();
    const QJsonObject decided = matchAt(bracket, m_round, m_slot);
    QCOMPARE(decided.value(u"status"_s).toString(), u"finished"_s);
    QCOMPARE(decided.value(u"result"_s).toString(), u"played"_s);
    QCOMPARE(decided.value(u"matchId"_s).toInteger(), matchId);
    QCOMPARE(m_backends.database().scalar(
                 u"SELECT count(*) FROM matches WHERE tournament_id = %1"_s.arg(m_tournamentId)),
             u"1"_s);
    // The final (Ann against the winner) is ready, with one room, opened by the surviving instance.
    const QJsonObject final = matchAt(bracket, 2, 0);
    QCOMPARE(final.value(u"status"_s).toString(), u"ready"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!roomInBracket(2, 0).isEmpty(), 10'000);
    const QString finalRoom = roomInBracket(2, 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_servers[1]->roomEvents(u"tournament_room_opened"_s, finalRoom) == 1,
                             10'000);
    QCOMPARE(m_servers[1]->events(u"tournament_room_opened"_s).size(), 1);
    QCOMPARE(m_servers[1]->events(u"tournament_match_decided"_s).size(), 1);
}

QTEST_GUILESS_MAIN(ClusterTournamentTest)
#include "cluster_tournament_test.moc"
