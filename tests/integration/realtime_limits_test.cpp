// What one client may hold of the real-time side (issue 15, item 8), with small limits:
// - WebSockets per client address (4) and per account (2): the next one is refused with
//   too_many_connections / close 4008, and a place frees when one closes;
// - a guest that only sends heartbeats is closed after the guest idle limit (2 s, close 4009);
//   a guest that does something, and a signed-in player, stay;
// - server-side replays (they run on the game threads, signed-in players only): one at a time
//   per player, two on the whole server.
#include "ApiTestClient.h"
#include "PlayBots.h"
#include "PostgresCluster.h"
#include "ServerProcess.h"
#include "TestEnvironment.h"
#include "WebSocketTestClient.h"

#include <QDeadlineTimer>
#include <QTest>

#include <memory>

using namespace transcendence::testing;
using namespace Qt::StringLiterals;

namespace {

const QString kPublicUrl = u"https://localhost:9443"_s;
const QByteArray kSecret = QByteArrayLiteral("realtime-limits-secret-key-with-more-than-32-b");

QJsonObject hello()
{
    return playMessage(u"hello"_s, {{u"version"_s, 1}, {u"client"_s, u"test"_s}});
}

QString errorCode(const QJsonObject &message)
{
    return message.value(u"code"_s).toString();
}

} // namespace

class RealtimeLimitsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void connectionsPerAddressAreCapped();
    void connectionsPerAccountAreCapped();
    void idleGuestsAreClosed();
    void replaysAreCappedPerPlayerAndServer();

private:
    bool openGuest(WebSocketTestClient &socket);
    bool openPlayer(WebSocketTestClient &socket, const ApiTestClient::Account &account);
    // The same, retried for a few seconds while earlier sockets are still closing on the server
    // (a client is not reopened after a refusal: a fresh one each time).
    std::unique_ptr<WebSocketTestClient> retryOpen(const ApiTestClient::Account *account);
    QString wsUrl() const { return u"ws://127.0.0.1:%1/ws"_s.arg(m_server->port()); }

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiTestClient> m_api;
};

void RealtimeLimitsTest::initTestCase()
{
    TRANSCENDENCE_REQUIRE_TEST_ENV("TRANSCENDENCE_TEST_ADMIN_DATABASE_URL");
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    m_server = std::make_unique<ServerProcess>(m_database->url(), kPublicUrl);
    QProcessEnvironment &env = m_server->environment();
    env.insert(u"TRANSCENDENCE_SECRET_KEY"_s, QString::fromLatin1(kSecret));
    env.insert(u"TRANSCENDENCE_REGISTRATIONS_PER_HOUR"_s, u"1000"_s);
    env.insert(u"TRANSCENDENCE_WS_PER_ADDRESS"_s, u"4"_s);
    env.insert(u"TRANSCENDENCE_WS_PER_ACCOUNT"_s, u"2"_s);
    env.insert(u"TRANSCENDENCE_WS_GUEST_IDLE_SECONDS"_s, u"2"_s);
    env.insert(u"TRANSCENDENCE_REPLAYS_PER_USER"_s, u"1"_s);
    env.insert(u"TRANSCENDENCE_REPLAYS_PER_SERVER"_s, u"2"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    m_api = std::make_unique<ApiTestClient>(m_server->baseUrl());
}

void RealtimeLimitsTest::cleanupTestCase()
{
    m_server.reset();
    m_database.reset();
}

bool RealtimeLimitsTest::openGuest(WebSocketTestClient &socket)
{
    if (!socket.open(wsUrl())) {
        return false;
    }
    socket.sendJson(hello());
    return socket.next().value(u"type"_s).toString() == QLatin1String("welcome");
}

bool RealtimeLimitsTest::openPlayer(WebSocketTestClient &socket,
                                    const ApiTestClient::Account &account)
{
    return openSignedIn(socket, *m_api, m_server->port(), account);
}

std::unique_ptr<WebSocketTestClient>
RealtimeLimitsTest::retryOpen(const ApiTestClient::Account *account)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        auto socket = std::make_unique<WebSocketTestClient>();
        if (account ? openPlayer(*socket, *account) : openGuest(*socket)) {
            return socket;
        }
        QTest::qWait(100);
    }
    return nullptr;
}

void RealtimeLimitsTest::connectionsPerAddressAreCapped()
{
    // Every socket of this test comes from 127.0.0.1.
    WebSocketTestClient sockets[4];
    for (WebSocketTestClient &socket : sockets) {
        QVERIFY(openGuest(socket));
    }
    WebSocketTestClient fifth;
    fifth.open(wsUrl());
    QCOMPARE(fifth.waitForClose(), 4008);
    // One leaves: there is room again.
    sockets[0].close();
    QVERIFY(sockets[0].waitForClose() != -1);
    const auto again = retryOpen(nullptr);
    QVERIFY(again);
    for (WebSocketTestClient &socket : sockets) {
        socket.close();
    }
    again->close();
}

void RealtimeLimitsTest::connectionsPerAccountAreCapped()
{
    const ApiTestClient::Account ann = m_api->registerAccount(u"ann_"_s);
    QVERIFY(ann.id > 0);
    const auto first = retryOpen(&ann); // the last test's sockets may still be closing
    QVERIFY(first);
    WebSocketTestClient second;
    QVERIFY(openPlayer(second, ann));
    // A third of the same account is refused before it is welcomed.
    WebSocketTestClient third;
    QVERIFY(third.open(wsUrl()));
    third.sendJson(playMessage(u"hello"_s, {{u"version"_s, 1},
                                            {u"client"_s, u"test"_s},
                                            {u"ticket"_s, m_api->wsTicket(ann.accessToken)}}));
    const QJsonObject refused = third.next();
    QCOMPARE(refused.value(u"type"_s).toString(), u"error"_s);
    QCOMPARE(errorCode(refused), u"too_many_connections"_s);
    QCOMPARE(third.waitForClose(), 4008);
    // Another account is not affected; and when one of ann's closes, she may open another.
    const ApiTestClient::Account bob = m_api->registerAccount(u"bob_"_s);
    WebSocketTestClient bobSocket;
    QVERIFY(openPlayer(bobSocket, bob));
    second.close();
    QVERIFY(second.waitForClose() != -1);
    const auto replacement = retryOpen(&ann);
    QVERIFY(replacement);
    first->close();
    replacement->close();
    bobSocket.close();
}

void RealtimeLimitsTest::idleGuestsAreClosed()
{
    const ApiTestClient::Account cid = m_api->registerAccount(u"cid_"_s);
    const auto idle = retryOpen(nullptr);
    QVERIFY(idle);
    const auto busy = retryOpen(nullptr);
    QVERIFY(busy);
    const auto signedIn = retryOpen(&cid);
    QVERIFY(signedIn);
    WebSocketTestClient &idleGuest = *idle;
    WebSocketTestClient &busyGuest = *busy;
    WebSocketTestClient &player = *signedIn;
    // For 4 s: heartbeats from all three, and the busy guest also asks for something (a replay
    // of a match that does not exist: a real request, answered with an error).
    for (int i = 0; i < 8; ++i) {
        for (WebSocketTestClient *socket : {&idleGuest, &busyGuest, &player}) {
            if (socket->isOpen()) {
                socket->sendJson(playMessage(u"ping"_s, {{u"seq"_s, i + 1}}));
            }
        }
        busyGuest.sendJson(playMessage(u"replay"_s, {{u"matchId"_s, 999999}}));
        QTest::qWait(500);
    }
    QCOMPARE(idleGuest.waitForClose(100), 4009);
    QVERIFY(busyGuest.isOpen());
    QVERIFY(player.isOpen());
    busyGuest.close();
    player.close();
}

void RealtimeLimitsTest::replaysAreCappedPerPlayerAndServer()
{
    // A short stored match: an AI wins 1-0 against a seat that does not move.
    const ApiTestClient::Account dan = m_api->registerAccount(u"dan_"_s);
    const ApiTestClient::Account eve = m_api->registerAccount(u"eve_"_s);
    const ApiTestClient::Account fay = m_api->registerAccount(u"fay_"_s);
    const auto danSocket = retryOpen(&dan);
    QVERIFY(danSocket);
    WebSocketTestClient &danFirst = *danSocket;
    auto config = quickMatchConfig();
    config.scoreLimit = 1;
    danFirst.sendJson(playMessage(
        u"play"_s,
        {{u"kind"_s, u"ai"_s}, {u"difficulty"_s, u"easy"_s}, {u"config"_s, config.toJson()}}));
    SeatPlayer played(danFirst);
    played.setIdle(true);
    QVERIFY(playUntilOver({&played}, 60'000));
    const qint64 matchId = played.over.value(u"matchId"_s).toInteger();
    QVERIFY(matchId > 0);
    const QJsonObject slowReplay =
        playMessage(u"replay"_s, {{u"matchId"_s, matchId}, {u"speed"_s, 0.25}});

    // Dan's first replay runs; his second, from another tab, is refused.
    danFirst.sendJson(slowReplay);
    QVERIFY(!nextOfType(danFirst, u"matchStarted"_s).isEmpty());
    WebSocketTestClient danSecond;
    QVERIFY(openPlayer(danSecond, dan));
    danSecond.sendJson(slowReplay);
    QCOMPARE(errorCode(nextOfType(danSecond, u"error"_s)), u"too_many_replays"_s);
    // The same tab may replace its own replay.
    danFirst.sendJson(slowReplay);
    QVERIFY(!nextOfType(danFirst, u"matchStarted"_s).isEmpty());

    // Fay takes the second (and last) place on the server; then eve is told to wait.
    WebSocketTestClient faySocket;
    QVERIFY(openPlayer(faySocket, fay));
    faySocket.sendJson(slowReplay);
    QVERIFY(!nextOfType(faySocket, u"matchStarted"_s).isEmpty());
    WebSocketTestClient eveSocket;
    QVERIFY(openPlayer(eveSocket, eve));
    eveSocket.sendJson(slowReplay);
    QCOMPARE(errorCode(nextOfType(eveSocket, u"error"_s)), u"unavailable"_s);

    // Leaving frees the place.
    // (Fay's leave and Eve's request travel on different sockets: Eve asks again until the server
    // has taken the leave, as she would with "Try again".)
    faySocket.sendJson(playMessage(u"leave"_s));
    const QDeadlineTimer deadline(10'000);
    bool started = false;
    while (!started && !deadline.hasExpired()) {
        eveSocket.sendJson(slowReplay);
        QJsonObject answer;
        QString type;
        while (type != u"matchStarted"_s && type != u"error"_s && !deadline.hasExpired()) {
            answer = eveSocket.next(int(deadline.remainingTime()));
            type = answer.value(u"type"_s).toString();
        }
        started = type == u"matchStarted"_s;
        if (!started) {
            QCOMPARE(errorCode(answer), u"unavailable"_s);
            QTest::qWait(100);
        }
    }
    QVERIFY(started);
}

QTEST_GUILESS_MAIN(RealtimeLimitsTest)
#include "realtime_limits_test.moc"
