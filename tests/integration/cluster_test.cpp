// Two server instances sharing one PostgreSQL database and one Redis (TRANSCENDENCE_REDIS_URL),
// with users connected to different instances (each instance's own address): chat, typing and
// read markers, notifications, presence and invitations cross; the login limit is one for the
// whole cluster; Redis stopped and started again, or frozen and thawed, both instances notice
// (/readyz) and recover by themselves.
#include "ApiTestClient.h"
#include "ClusterBackends.h"
#include "PlayBots.h"
#include "ServerProcess.h"
#include "TestEnvironment.h"
#include "WebSocketTestClient.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace transcendence::testing;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kSecret = QByteArrayLiteral("cluster-test-secret-key-with-more-than-32-bytes!");
const QString kPublicUrl = u"https://localhost:9443"_s;

QString newClientId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject queueRequest(const transcendence::engine::MatchConfig &config)
{
    return playMessage(u"queue"_s, {{u"mode"_s, u"one_vs_one"_s}, {u"config"_s, config.toJson()}});
}

// Polls both until each has its matchStarted.
bool bothStarted(SeatPlayer &a, SeatPlayer &b, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && (a.started.isEmpty() || b.started.isEmpty())) {
        a.poll(5);
        b.poll(5);
    }
    return !a.started.isEmpty() && !b.started.isEmpty();
}

} // namespace

class ClusterTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void chatTypingAndReadMarkersCross();
    void friendNoticesAndPresenceCross();
    void invitationsCross();
    void queuedOnDifferentInstancesPlayOneMatch();
    void invitationAcceptedOnAnotherInstanceIsPlayed();
    void aMatchStartedElsewhereTakesThePlayerOutOfTheQueue();
    void loginLimitIsSharedByTheInstances();
    void redisRestartedInstancesRecover();
    void frozenRedisIsNoticedAndOutlived();

private:
    using Account = ApiTestClient::Account;
    struct Instance {
        std::unique_ptr<ServerProcess> server;
        std::unique_ptr<ApiTestClient> api;
    };
    Instance &one() { return m_instances[0]; }
    Instance &two() { return m_instances[1]; }
    Account newAccount(Instance &instance, const QString &prefix)
    {
        Account account = instance.api->registerAccount(prefix);
        if (account.id == 0) {
            qFatal("could not register an account");
        }
        return account;
    }
    HttpAnswer call(Instance &instance, const QByteArray &method, const QString &path,
                    const Account &account, const QJsonObject &body = {})
    {
        return instance.api->authorized(method, path, account.accessToken, body);
    }
    bool connect(Instance &instance, WebSocketTestClient &socket, const Account &account);
    // The account's stored matches with this id (one, when it was recorded exactly once).
    int storedMatches(const Account &account, qint64 matchId);
    bool makeFriends(const Account &a, const Account &b);
    int readyStatus(Instance &instance);
    bool waitForReady(Instance &instance, int status, int timeoutMs);

    ClusterBackends m_backends{kSecret};
    Instance m_instances[2];
};

void ClusterTest::initTestCase()
{
    TRANSCENDENCE_REQUIRE_TEST_ENV("TRANSCENDENCE_TEST_ADMIN_DATABASE_URL");
    QVERIFY2(m_backends.start(), qPrintable(m_backends.error()));
    for (Instance &instance : m_instances) {
        instance.server = m_backends.newInstance(kPublicUrl);
        QVERIFY(instance.server->launch());
    }
    for (Instance &instance : m_instances) {
        QVERIFY2(instance.server->waitUntilListening(), qPrintable(instance.server->log()));
        instance.api = std::make_unique<ApiTestClient>(instance.server->baseUrl());
        QVERIFY2(waitForReady(instance, 200, 10'000), qPrintable(instance.server->log()));
    }
}

bool ClusterTest::connect(Instance &instance, WebSocketTestClient &socket, const Account &account)
{
    return openSignedIn(socket, *instance.api, instance.server->port(), account, u"cluster-test"_s);
}

bool ClusterTest::makeFriends(const Account &a, const Account &b)
{
    const HttpAnswer asked =
        call(one(), "POST", u"/api/friends/requests"_s, a, {{u"userId"_s, b.id}});
    if (asked.status != 201) {
        return false;
    }
    return call(two(), "POST",
                u"/api/friends/requests/%1/accept"_s.arg(asked.json().value(u"id"_s).toInteger()),
                b)
               .status == 200;
}

int ClusterTest::storedMatches(const Account &account, qint64 matchId)
{
    const HttpAnswer answer =
        call(one(), "GET", u"/api/users/%1/matches"_s.arg(account.id), account);
    int found = 0;
    for (const QJsonValue &entry : answer.json().value(u"matches"_s).toArray()) {
        found += entry.toObject().value(u"id"_s).toInteger() == matchId ? 1 : 0;
    }
    return found;
}

int ClusterTest::readyStatus(Instance &instance)
{
    return instance.api->http().get(instance.api->baseUrl() + u"/readyz"_s).status;
}

bool ClusterTest::waitForReady(Instance &instance, int status, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (readyStatus(instance) != status) {
        if (deadline.hasExpired()) {
            return false;
        }
        QTest::qWait(200);
    }
    return true;
}

void ClusterTest::chatTypingAndReadMarkersCross()
{
    const Account alice = newAccount(one(), u"x_alice_"_s);
    const Account bob = newAccount(two(), u"x_bob_"_s);
    WebSocketTestClient aliceSocket; // on instance 1
    WebSocketTestClient bobSocket;   // on instance 2
    QVERIFY(connect(one(), aliceSocket, alice));
    QVERIFY(connect(two(), bobSocket, bob));

    // The conversation is opened on instance 1; Bob's socket on instance 2 hears of it.
    const HttpAnswer created = call(one(), "POST", u"/api/chat/direct/%1"_s.arg(bob.id), alice);
    QCOMPARE(created.status, 201);
    const qint64 id = created.json().value(u"conversation"_s).toObject().value(u"id"_s).toInteger();
    QCOMPARE(nextOfType(bobSocket, u"chatConversation"_s)
                 .value(u"conversation"_s)
                 .toObject()
                 .value(u"id"_s)
                 .toInteger(),
             id);

    const QString clientId = newClientId();
    aliceSocket.sendJson({{u"type"_s, u"chatSend"_s},
                          {u"conversationId"_s, id},
                          {u"text"_s, u"across the cluster"_s},
                          {u"clientMessageId"_s, clientId}});
    const QJsonObject ack = nextOfType(aliceSocket, u"chatSent"_s);
    QCOMPARE(ack.value(u"clientMessageId"_s).toString(), clientId);
    const QJsonObject delivered = nextOfType(bobSocket, u"chatMessage"_s);
    QCOMPARE(delivered.value(u"message"_s).toObject(), ack.value(u"message"_s).toObject());

    // The other way, over REST on instance 2 to Alice's socket on instance 1.
    QCOMPARE(call(two(), "POST", u"/api/chat/conversations/%1/messages"_s.arg(id), bob,
                  {{u"text"_s, u"heard you"_s}, {u"clientMessageId"_s, newClientId()}})
                 .status,
             201);
    QCOMPARE(nextOfType(aliceSocket, u"chatMessage"_s)
                 .value(u"message"_s)
                 .toObject()
                 .value(u"text"_s)
                 .toString(),
             u"heard you"_s);

    bobSocket.sendJson({{u"type"_s, u"chatTyping"_s}, {u"conversationId"_s, id}});
    QCOMPARE(nextOfType(aliceSocket, u"chatTyping"_s)
                 .value(u"user"_s)
                 .toObject()
                 .value(u"id"_s)
                 .toInteger(),
             bob.id);

    aliceSocket.sendJson({{u"type"_s, u"chatRead"_s}, {u"conversationId"_s, id}, {u"seq"_s, 2}});
    QCOMPARE(nextOfType(aliceSocket, u"chatRead"_s).value(u"unread"_s).toInteger(-1), 0);
    const QJsonObject seen = nextOfType(bobSocket, u"chatRead"_s);
    QCOMPARE(seen.value(u"userId"_s).toInteger(), alice.id);
    QCOMPARE(seen.value(u"seq"_s).toInteger(), 2);

    // Alice's second device on instance 2 gets her own messages too (not the sending socket).
    WebSocketTestClient aliceTablet;
    QVERIFY(connect(two(), aliceTablet, alice));
    aliceSocket.sendJson({{u"type"_s, u"chatSend"_s},
                          {u"conversationId"_s, id},
                          {u"text"_s, u"on every device"_s},
                          {u"clientMessageId"_s, newClientId()}});
    QCOMPARE(nextOfType(aliceTablet, u"chatMessage"_s)
                 .value(u"message"_s)
                 .toObject()
                 .value(u"text"_s)
                 .toString(),
             u"on every device"_s);
    QVERIFY(nextOfType(aliceSocket, u"chatMessage"_s, 500).isEmpty());
}

void ClusterTest::friendNoticesAndPresenceCross()
{
    const Account rosa = newAccount(one(), u"x_rosa_"_s);
    const Account quinn = newAccount(two(), u"x_quinn_"_s);
    WebSocketTestClient rosaSocket;
    WebSocketTestClient quinnSocket;
    QVERIFY(connect(one(), rosaSocket, rosa));
    QVERIFY(connect(two(), quinnSocket, quinn));
    // Each connection is recorded (presence) on a database worker a moment after its welcome:
    // once both are, no "online" computed after the friendship below can reach Rosa before the
    // "offline" this test awaits (on a busy machine Quinn's came after the acceptance).
    const QString connectionsOf = u"SELECT count(*) FROM presence_connections WHERE user_id = %1"_s;
    QTRY_COMPARE_WITH_TIMEOUT(m_backends.database().scalar(connectionsOf.arg(rosa.id)), u"1"_s,
                              10'000);
    QTRY_COMPARE_WITH_TIMEOUT(m_backends.database().scalar(connectionsOf.arg(quinn.id)), u"1"_s,
                              10'000);

    // The request is made on instance 1; Quinn's inbox push arrives on instance 2.
    const HttpAnswer asked =
        call(one(), "POST", u"/api/friends/requests"_s, rosa, {{u"userId"_s, quinn.id}});
    QCOMPARE(asked.status, 201);
    const QJsonObject request = nextOfType(quinnSocket, u"notification"_s);
    QCOMPARE(request.value(u"notification"_s).toObject().value(u"kind"_s).toString(),
             u"friend_request"_s);
    QCOMPARE(call(two(), "POST",
                  u"/api/friends/requests/%1/accept"_s.arg(asked.json().value(u"id"_s).toInteger()),
                  quinn)
                 .status,
             200);
    QCOMPARE(nextOfType(rosaSocket, u"notification"_s)
                 .value(u"notification"_s)
                 .toObject()
                 .value(u"kind"_s)
                 .toString(),
             u"friend_accepted"_s);

    // Quinn leaves instance 2: Rosa, on instance 1, sees it, and sees Quinn come back.
    quinnSocket.close();
    QJsonObject presence = nextOfType(rosaSocket, u"presence"_s);
    QCOMPARE(presence.value(u"userId"_s).toInteger(), quinn.id);
    QCOMPARE(presence.value(u"status"_s).toString(), u"offline"_s);
    WebSocketTestClient quinnAgain;
    QVERIFY(connect(two(), quinnAgain, quinn));
    presence = nextOfType(rosaSocket, u"presence"_s);
    QCOMPARE(presence.value(u"userId"_s).toInteger(), quinn.id);
    QCOMPARE(presence.value(u"status"_s).toString(), u"online"_s);
    // Online while any instance holds a connection: a second one on instance 1, the one on
    // instance 2 closes, Quinn stays online.
    WebSocketTestClient quinnOnOne;
    QVERIFY(connect(one(), quinnOnOne, quinn));
    // (Connections are recorded on the instances' database workers: once both are, the close
    // of one cannot be taken before the other was counted.)
    const QString connectionsOfQuinn = connectionsOf.arg(quinn.id);
    QTRY_COMPARE_WITH_TIMEOUT(m_backends.database().scalar(connectionsOfQuinn), u"2"_s, 10'000);
    quinnAgain.close();
    QTRY_COMPARE_WITH_TIMEOUT(m_backends.database().scalar(connectionsOfQuinn), u"1"_s, 10'000);
    const QJsonArray friends =
        call(one(), "GET", u"/api/friends"_s, rosa).json().value(u"friends"_s).toArray();
    QCOMPARE(friends.size(), 1);
    QCOMPARE(friends.first().toObject().value(u"presence"_s).toString(), u"online"_s);
}

void ClusterTest::invitationsCross()
{
    const Account max = newAccount(one(), u"x_max_"_s);
    const Account ned = newAccount(two(), u"x_ned_"_s);
    QVERIFY(makeFriends(max, ned));
    WebSocketTestClient maxSocket;
    WebSocketTestClient nedSocket;
    QVERIFY(connect(one(), maxSocket, max));
    QVERIFY(connect(two(), nedSocket, ned));
    // Ned's connection is recorded (presence) a moment after his welcome; Max hears of it.
    const QJsonObject online = nextOfType(maxSocket, u"presence"_s);
    QCOMPARE(online.value(u"userId"_s).toInteger(), ned.id);
    QCOMPARE(online.value(u"status"_s).toString(), u"online"_s);

    // Ned is online on instance 2 only: the invitation is made on instance 1 and reaches him,
    // with its chat card and its notification.
    maxSocket.sendJson({{u"type"_s, u"invite"_s}, {u"userId"_s, ned.id}});
    QVERIFY2(!nextOfType(maxSocket, u"inviteSent"_s).isEmpty(), "no inviteSent");
    const QJsonObject invitation = nextOfType(nedSocket, u"invitation"_s);
    QVERIFY2(!invitation.isEmpty(), "no invitation on the other instance");
    const QString inviteId = invitation.value(u"inviteId"_s).toString();
    QCOMPARE(invitation.value(u"from"_s).toObject().value(u"userId"_s).toInteger(), max.id);
    const QJsonObject card = nextOfType(nedSocket, u"chatMessage"_s).value(u"message"_s).toObject();
    QCOMPARE(card.value(u"invitation"_s).toObject().value(u"inviteId"_s).toString(), inviteId);
    QCOMPARE(nextOfType(nedSocket, u"notification"_s)
                 .value(u"notification"_s)
                 .toObject()
                 .value(u"kind"_s)
                 .toString(),
             u"invitation"_s);

    // Ned declines on instance 2; the invitation, held by instance 1, closes for both.
    nedSocket.sendJson(
        {{u"type"_s, u"inviteAnswer"_s}, {u"inviteId"_s, inviteId}, {u"accept"_s, false}});
    for (WebSocketTestClient *socket : {&maxSocket, &nedSocket}) {
        const QJsonObject closed = nextOfType(*socket, u"inviteClosed"_s);
        QCOMPARE(closed.value(u"inviteId"_s).toString(), inviteId);
        QCOMPARE(closed.value(u"reason"_s).toString(), u"declined"_s);
    }

    // A second one, cancelled by Max: Ned's instance hears the cancellation.
    maxSocket.sendJson({{u"type"_s, u"invite"_s}, {u"userId"_s, ned.id}});
    const QString second = nextOfType(nedSocket, u"invitation"_s).value(u"inviteId"_s).toString();
    QVERIFY(!second.isEmpty());
    maxSocket.sendJson({{u"type"_s, u"inviteCancel"_s}, {u"inviteId"_s, second}});
    const QJsonObject cancelled = nextOfType(nedSocket, u"inviteClosed"_s);
    QCOMPARE(cancelled.value(u"inviteId"_s).toString(), second);
    QCOMPARE(cancelled.value(u"reason"_s).toString(), u"cancelled"_s);
}

void ClusterTest::queuedOnDifferentInstancesPlayOneMatch()
{
    const Account ada = newAccount(one(), u"x_ada_"_s);
    const Account bo = newAccount(two(), u"x_bo_"_s);
    WebSocketTestClient adaSocket; // on instance 1
    WebSocketTestClient boSocket;  // on instance 2
    // Both take binary snapshots: the one playing through the relay gets them in binary too.
    adaSocket.setSnapshotEncoding(transcendence::protocol::SnapshotEncoding::Binary);
    boSocket.setSnapshotEncoding(transcendence::protocol::SnapshotEncoding::Binary);
    QVERIFY(connect(one(), adaSocket, ada));
    QVERIFY(connect(two(), boSocket, bo));
    const auto config = quickMatchConfig();

    adaSocket.sendJson(queueRequest(config));
    QCOMPARE(nextOfType(adaSocket, u"queued"_s).value(u"waiting"_s).toInt(), 1);
    // Queued once in the whole cluster: her tablet on the other instance is refused.
    WebSocketTestClient adaTablet;
    QVERIFY(connect(two(), adaTablet, ada));
    adaTablet.sendJson(queueRequest(config));
    QCOMPARE(nextOfType(adaTablet, u"error"_s).value(u"code"_s).toString(), u"already_queued"_s);
    // Nor does she start a match of her own from the instance she queued at (as alone).
    adaSocket.sendJson(playMessage(u"play"_s, {{u"kind"_s, u"local"_s}}));
    QCOMPARE(nextOfType(adaSocket, u"error"_s).value(u"code"_s).toString(), u"already_queued"_s);

    // Bo, on instance 2, is paired with Ada, on instance 1: one of them plays through the relay.
    boSocket.sendJson(queueRequest(config));
    SeatPlayer adaPlayer(adaSocket);
    SeatPlayer boPlayer(boSocket);
    QVERIFY(bothStarted(adaPlayer, boPlayer, 10'000));
    const QString roomId = adaPlayer.started.value(u"roomId"_s).toString();
    QCOMPARE(boPlayer.started.value(u"roomId"_s).toString(), roomId);
    QCOMPARE(adaPlayer.started.value(u"kind"_s).toString(), u"remote"_s);
    // Both hear queueLeft "matched", wherever they are connected (the tablet too).
    QCOMPARE(nextOfType(adaTablet, u"queueLeft"_s).value(u"reason"_s).toString(), u"matched"_s);

    // Bo's connection drops; he comes back on instance 2, hears of his match (the room
    // directory says where it runs) and takes his seat again.
    // (past the countdown: snapshots come at the full rate, through the relay for one of them)
    const QDeadlineTimer warmUp(8'000);
    while (!warmUp.hasExpired() && boPlayer.snapshots < 60) {
        adaPlayer.poll(5);
        boPlayer.poll(5);
    }
    QVERIFY2(boPlayer.snapshots >= 60, qPrintable(QString::number(boPlayer.snapshots)));
    // Every snapshot either of them took came as a binary frame (the relayed one too).
    QVERIFY2(
        adaPlayer.snapshots > 0 && adaSocket.binaryFrames() >= adaPlayer.snapshots &&
            boSocket.binaryFrames() >= boPlayer.snapshots,
        qPrintable(u"binary frames: %1 of %2 snapshots and %3 of %4"_s.arg(adaSocket.binaryFrames())
                       .arg(adaPlayer.snapshots)
                       .arg(boSocket.binaryFrames())
                       .arg(boPlayer.snapshots)));
    boSocket.close();
    // While the match waits for Bo, Eli watches it from the instance that does not host it:
    // she hears matchStarted with no seat of hers and gets the snapshots through the relay; her
    // input is refused by the host; matchOver reaches her too. (Paused, nobody can win meanwhile.)
    // (The host's log line may trail the players' messages: awaited on both instances.)
    const auto openedOn = [&roomId](Instance &instance) {
        for (const QJsonObject &event : instance.server->events(u"room_opened"_s)) {
            if (event.value(u"roomId"_s).toString() == roomId) {
                return true;
            }
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(openedOn(one()) || openedOn(two()), 10'000);
    const bool hostedOnOne = openedOn(one());
    Instance &elsewhere = hostedOnOne ? two() : one();
    const Account eli = newAccount(elsewhere, u"x_eli_"_s);
    WebSocketTestClient eliSocket;
    eliSocket.setSnapshotEncoding(transcendence::protocol::SnapshotEncoding::Binary);
    QVERIFY(connect(elsewhere, eliSocket, eli));
    eliSocket.sendJson(playMessage(u"watch"_s, {{u"roomId"_s, roomId}}));
    SeatPlayer eliWatching(eliSocket);
    const QDeadlineTimer watching(10'000);
    while (!watching.hasExpired() && eliWatching.snapshots < 3) {
        eliWatching.poll(5);
        adaPlayer.poll(5);
    }
    QCOMPARE(eliWatching.started.value(u"roomId"_s).toString(), roomId);
    QVERIFY(eliWatching.seats().empty());
    QVERIFY2(eliWatching.snapshots >= 3, qPrintable(QString::number(eliWatching.snapshots)));
    QVERIFY2(eliSocket.binaryFrames() >= eliWatching.snapshots,
             qPrintable(QString::number(eliSocket.binaryFrames())));
    QVERIFY2(eliWatching.problem.isEmpty(), qPrintable(eliWatching.problem));
    eliSocket.sendJson(
        playMessage(u"input"_s, {{u"seq"_s, 1}, {u"seat"_s, 0}, {u"key"_s, u"up"_s}}));
    const QDeadlineTimer refused(10'000);
    while (!refused.hasExpired() && eliWatching.problem.isEmpty()) {
        eliWatching.poll(5);
        adaPlayer.poll(5);
    }
    QVERIFY2(eliWatching.problem.contains(u"seat_not_controlled"_s),
             qPrintable(eliWatching.problem));

    WebSocketTestClient boAgain;
    QVERIFY(connect(two(), boAgain, bo));
    const QJsonObject active = nextOfType(boAgain, u"activeMatch"_s);
    QCOMPARE(active.value(u"roomId"_s).toString(), roomId);
    boAgain.sendJson(playMessage(u"join"_s, {{u"roomId"_s, roomId}}));
    SeatPlayer boBack(boAgain);
    const QDeadlineTimer rejoin(5'000);
    while (!rejoin.hasExpired() && boBack.started.isEmpty()) {
        boBack.poll(5);
        adaPlayer.poll(5);
    }
    QCOMPARE(boBack.started.value(u"roomId"_s).toString(), roomId);

    adaPlayer.setIdle(true); // a quick, one-sided match
    QVERIFY(playUntilOver({&adaPlayer, &boBack, &eliWatching}, 40'000));
    QCOMPARE(eliWatching.over.value(u"roomId"_s).toString(), roomId);
    QVERIFY2(adaPlayer.problem.isEmpty(), qPrintable(adaPlayer.problem));
    QVERIFY2(boBack.problem.isEmpty(), qPrintable(boBack.problem));
    QVERIFY(boBack.snapshots > 20);
    QCOMPARE(boBack.over.value(u"reason"_s).toString(), u"completed"_s);
    const qint64 matchId = adaPlayer.over.value(u"matchId"_s).toInteger();
    QVERIFY(matchId > 0);
    QCOMPARE(boBack.over.value(u"matchId"_s).toInteger(), matchId);
    QCOMPARE(storedMatches(ada, matchId), 1);
    QCOMPARE(storedMatches(bo, matchId), 1);

    // Free again on both instances: Bo may queue, and leaves the queue again.
    boAgain.sendJson(queueRequest(config));
    QCOMPARE(nextOfType(boAgain, u"queued"_s).value(u"mode"_s).toString(), u"one_vs_one"_s);
    boAgain.sendJson(playMessage(u"leaveQueue"_s));
    QCOMPARE(nextOfType(boAgain, u"queueLeft"_s).value(u"reason"_s).toString(), u"left"_s);
}

void ClusterTest::invitationAcceptedOnAnotherInstanceIsPlayed()
{
    const Account cy = newAccount(one(), u"x_cy_"_s);
    const Account di = newAccount(two(), u"x_di_"_s);
    QVERIFY(makeFriends(cy, di));
    WebSocketTestClient cySocket;
    WebSocketTestClient diSocket;
    QVERIFY(connect(one(), cySocket, cy));
    QVERIFY(connect(two(), diSocket, di));
    QCOMPARE(nextOfType(cySocket, u"presence"_s).value(u"userId"_s).toInteger(), di.id);

    cySocket.sendJson({{u"type"_s, u"invite"_s},
                       {u"userId"_s, di.id},
                       {u"config"_s, quickMatchConfig().toJson()}});
    const QString inviteId = nextOfType(diSocket, u"invitation"_s).value(u"inviteId"_s).toString();
    QVERIFY(!inviteId.isEmpty());
    // Accepted on instance 2; the match runs on instance 1, which holds the invitation.
    diSocket.sendJson(
        {{u"type"_s, u"inviteAnswer"_s}, {u"inviteId"_s, inviteId}, {u"accept"_s, true}});
    QCOMPARE(nextOfType(cySocket, u"inviteClosed"_s).value(u"reason"_s).toString(), u"accepted"_s);
    SeatPlayer cyPlayer(cySocket);
    SeatPlayer diPlayer(diSocket);
    QVERIFY(bothStarted(cyPlayer, diPlayer, 10'000));
    QCOMPARE(diPlayer.started.value(u"kind"_s).toString(), u"private"_s);
    QCOMPARE(diPlayer.started.value(u"roomId"_s), cyPlayer.started.value(u"roomId"_s));
    cyPlayer.setIdle(true);
    QVERIFY(playUntilOver({&cyPlayer, &diPlayer}, 40'000));
    QVERIFY2(diPlayer.problem.isEmpty(), qPrintable(diPlayer.problem));
    QVERIFY(diPlayer.snapshots > 20);
    const qint64 matchId = diPlayer.over.value(u"matchId"_s).toInteger();
    QVERIFY(matchId > 0);
    QCOMPARE(cyPlayer.over.value(u"matchId"_s).toInteger(), matchId);
    QCOMPARE(storedMatches(di, matchId), 1);
}

// Queued at one instance, the player starts a match of their own from a client connected to the
// other (which does not know the queue's tickets): the queue gives way. When a group with them
// forms, their ticket goes (every client of theirs hears queueLeft) and nobody is paired with a
// player who is busy; the others wait on and meet the next comer.
void ClusterTest::aMatchStartedElsewhereTakesThePlayerOutOfTheQueue()
{
    const Account eva = newAccount(one(), u"x_eva_"_s);
    const Account fin = newAccount(two(), u"x_fin_"_s);
    const Account gus = newAccount(one(), u"x_gus_"_s);
    WebSocketTestClient evaSocket; // on instance 1
    WebSocketTestClient evaTablet; // on instance 2
    QVERIFY(connect(one(), evaSocket, eva));
    QVERIFY(connect(two(), evaTablet, eva));
    const auto config = quickMatchConfig();
    evaSocket.sendJson(queueRequest(config));
    QVERIFY(!nextOfType(evaSocket, u"queued"_s).isEmpty());
    evaTablet.sendJson(playMessage(u"play"_s, {{u"kind"_s, u"local"_s}}));
    const QJsonObject local = nextOfType(evaTablet, u"matchStarted"_s);
    QCOMPARE(local.value(u"kind"_s).toString(), u"local"_s);

    // Fin queues: the group of Eva and Fin forms, but Eva plays now.
    WebSocketTestClient finSocket;
    QVERIFY(connect(two(), finSocket, fin));
    finSocket.sendJson(queueRequest(config));
    QVERIFY(!nextOfType(finSocket, u"queued"_s).isEmpty());
    QCOMPARE(nextOfType(evaSocket, u"queueLeft"_s).value(u"reason"_s).toString(), u"left"_s);

    // Fin still waits, and meets Gus.
    WebSocketTestClient gusSocket;
    QVERIFY(connect(one(), gusSocket, gus));
    gusSocket.sendJson(queueRequest(config));
    SeatPlayer finPlayer(finSocket);
    SeatPlayer gusPlayer(gusSocket);
    QVERIFY(bothStarted(finPlayer, gusPlayer, 10'000));
    QCOMPARE(finPlayer.started.value(u"roomId"_s), gusPlayer.started.value(u"roomId"_s));
    QCOMPARE(finPlayer.started.value(u"kind"_s).toString(), u"remote"_s);
    finSocket.sendJson(
        playMessage(u"leave"_s, {{u"roomId"_s, finPlayer.started.value(u"roomId"_s)}}));
    evaTablet.sendJson(playMessage(u"leave"_s, {{u"roomId"_s, local.value(u"roomId"_s)}}));
    QVERIFY(!nextOfType(evaTablet, u"matchOver"_s).isEmpty());
}

void ClusterTest::loginLimitIsSharedByTheInstances()
{
    // 10 wrong passwords an account in 15 minutes, whichever instance they reach; each from its
    // own address, so only the account's budget counts.
    const Account kim = newAccount(one(), u"x_kim_"_s);
    const QJsonObject wrong{{u"login"_s, kim.username}, {u"password"_s, u"not the password"_s}};
    for (int attempt = 0; attempt < 10; ++attempt) {
        Instance &instance = attempt % 2 == 0 ? one() : two();
        const HttpAnswer answer =
            instance.api->post(u"/api/auth/login"_s, wrong, ApiTestClient::uniqueAddress());
        QVERIFY2(answer.status == 401, answer.body.constData());
    }
    for (Instance *instance : {&one(), &two()}) {
        const HttpAnswer refused =
            instance->api->post(u"/api/auth/login"_s, wrong, ApiTestClient::uniqueAddress());
        QCOMPARE(refused.status, 429);
        QVERIFY(refused.headers.value("retry-after").toInt() > 0);
        // The right password too: the budget is spent for the whole cluster.
        QCOMPARE(instance->api
                     ->post(u"/api/auth/login"_s,
                            {{u"login"_s, kim.username},
                             {u"password"_s, ApiTestClient::defaultPassword()}},
                            ApiTestClient::uniqueAddress())
                     .status,
                 429);
    }
}

void ClusterTest::redisRestartedInstancesRecover()
{
    const Account ana = newAccount(one(), u"x_ana_"_s);
    const Account ben = newAccount(two(), u"x_ben_"_s);
    const qint64 id = call(one(), "POST", u"/api/chat/direct/%1"_s.arg(ben.id), ana)
                          .json()
                          .value(u"conversation"_s)
                          .toObject()
                          .value(u"id"_s)
                          .toInteger();
    QVERIFY(id > 0);
    WebSocketTestClient anaSocket;
    WebSocketTestClient benSocket;
    QVERIFY(connect(one(), anaSocket, ana));
    QVERIFY(connect(two(), benSocket, ben));

    m_backends.redis().stop();
    // Not ready while Redis is gone, on both instances; REST and this instance's sockets go on.
    for (Instance &instance : m_instances) {
        QVERIFY2(waitForReady(instance, 503, 10'000), "still ready without Redis");
        const HttpAnswer ready = instance.api->http().get(instance.api->baseUrl() + u"/readyz"_s);
        QCOMPARE(ready.json().value(u"error"_s).toObject().value(u"code"_s).toString(),
                 u"redis_unavailable"_s);
    }
    // A message sent meanwhile is stored; Ben's instance is not told, Ben catches up (chatSync,
    // as clients do after any reconnection).
    QCOMPARE(call(one(), "POST", u"/api/chat/conversations/%1/messages"_s.arg(id), ana,
                  {{u"text"_s, u"stored without Redis"_s}, {u"clientMessageId"_s, newClientId()}})
                 .status,
             201);
    QCOMPARE(nextOfType(anaSocket, u"chatMessage"_s)
                 .value(u"message"_s)
                 .toObject()
                 .value(u"text"_s)
                 .toString(),
             u"stored without Redis"_s);
    benSocket.sendJson(
        {{u"type"_s, u"chatSync"_s},
         {u"conversations"_s, QJsonArray{QJsonObject{{u"id"_s, id}, {u"afterSeq"_s, 0}}}}});
    const QJsonArray caughtUp =
        nextOfType(benSocket, u"chatMessages"_s).value(u"messages"_s).toArray();
    QCOMPARE(caughtUp.size(), 1);
    QCOMPARE(caughtUp.first().toObject().value(u"text"_s).toString(), u"stored without Redis"_s);

    QVERIFY2(m_backends.redis().start(), qPrintable(m_backends.redis().error()));
    for (Instance &instance : m_instances) {
        QVERIFY2(waitForReady(instance, 200, 15'000), qPrintable(instance.server->log()));
    }
    // Re-subscribed by themselves: messages cross again, without a restart of either.
    anaSocket.sendJson({{u"type"_s, u"chatSend"_s},
                        {u"conversationId"_s, id},
                        {u"text"_s, u"back again"_s},
                        {u"clientMessageId"_s, newClientId()}});
    QCOMPARE(nextOfType(benSocket, u"chatMessage"_s)
                 .value(u"message"_s)
                 .toObject()
                 .value(u"text"_s)
                 .toString(),
             u"back again"_s);
    QVERIFY(one().server->isRunning());
    QVERIFY(two().server->isRunning());
}

void ClusterTest::frozenRedisIsNoticedAndOutlived()
{
    const Account eve = newAccount(one(), u"x_eve_"_s);
    const Account fay = newAccount(two(), u"x_fay_"_s);
    const qint64 id = call(one(), "POST", u"/api/chat/direct/%1"_s.arg(fay.id), eve)
                          .json()
                          .value(u"conversation"_s)
                          .toObject()
                          .value(u"id"_s)
                          .toInteger();
    QVERIFY(id > 0);
    WebSocketTestClient eveSocket;
    WebSocketTestClient faySocket;
    QVERIFY(connect(one(), eveSocket, eve));
    QVERIFY(connect(two(), faySocket, fay));

    // Its sockets stay open and nothing comes back: the instances' PINGs go unanswered.
    m_backends.redis().freeze();
    for (Instance &instance : m_instances) {
        QVERIFY2(waitForReady(instance, 503, 10'000), "still ready with a frozen Redis");
    }
    // Requests with a rate limit still get their answer (the shared store times out, then
    // steps aside).
    QCOMPARE(
        one()
            .api
            ->post(u"/api/auth/login"_s,
                   {{u"login"_s, eve.username}, {u"password"_s, ApiTestClient::defaultPassword()}},
                   ApiTestClient::uniqueAddress())
            .status,
        200);
    m_backends.redis().thaw();
    for (Instance &instance : m_instances) {
        QVERIFY2(waitForReady(instance, 200, 15'000), qPrintable(instance.server->log()));
    }
    eveSocket.sendJson({{u"type"_s, u"chatSend"_s},
                        {u"conversationId"_s, id},
                        {u"text"_s, u"after the thaw"_s},
                        {u"clientMessageId"_s, newClientId()}});
    QCOMPARE(nextOfType(faySocket, u"chatMessage"_s)
                 .value(u"message"_s)
                 .toObject()
                 .value(u"text"_s)
                 .toString(),
             u"after the thaw"_s);
}

QTEST_GUILESS_MAIN(ClusterTest)
#include "cluster_test.moc"
