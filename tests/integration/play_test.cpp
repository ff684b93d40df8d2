// Real-time play through real WebSockets against the real server and PostgreSQL: the test
// drives its paddles with BallTrackingBots built from the snapshots it receives, like a client
// would, and checks that the finished match is in the history and replays to the same end.
#include "ApiTestClient.h"
#include "PostgresCluster.h"
#include "ServerProcess.h"
#include "TestEnvironment.h"
#include "WebSocketTestClient.h"
#include "engine/BallTrackingBot.h"
#include "engine/SnapshotCodec.h"
#include "replay/InputLog.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <map>
#include <memory>

using namespace transcendence;
using namespace transcendence::testing;

namespace {

const QString kPublicUrl = QStringLiteral("https://localhost:9443");
constexpr int kMatchTimeoutMs = 30'000;
constexpr int kGraceSeconds = 2;
constexpr int kGuestIdleSeconds = 8;

QJsonObject message(const QString &type, QJsonObject fields = {})
{
    fields.insert(QStringLiteral("type"), type);
    return fields;
}

// Fast and unforgiving, so a match to 2 ends in seconds of real time.
engine::MatchConfig quickConfig()
{
    engine::MatchConfig config;
    config.scoreLimit = 2;
    config.ballSpeed = 200;
    config.ballMaxSpeed = 320;
    config.ballSpeedIncrement = 40;
    config.paddleSpeed = 40;
    config.paddleLength = 8;
    config.serveDelay = 0.2;
    return config;
}

QString hex64(std::uint64_t value)
{
    return QStringLiteral("%1").arg(value, 16, 16, QLatin1Char('0'));
}

// What the client saw of one match.
struct PlayedMatch {
    QJsonObject started;
    QJsonObject over;
    int snapshots = 0;
    bool ticksIncreased = true;
    bool seqNeverAhead = true; // lastInputSeq never named an input not sent yet
    bool seqCaughtUp = false;  // some snapshot included the newest input sent
    qint64 inputsSent = 0;
    QString problem;
};

} // namespace

class PlayTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void aiMatchIsPlayedStoredAndReplays();
    void localMatchDrivesBothSeats();
    void leavingEndsTheMatchAsLeft();
    void aClosedSocketForfeitsAfterTheGraceTime();
    void guestsPlayAtTheirKeyboardOnly();
    void anIdleGuestMatchEnds();
    void badMessagesGetErrors();
    void noRoomOutlivesItsMatch();
    void stoppingTheServerDuringAMatchIsClean();

private:
    bool openAuthenticated(WebSocketTestClient &socket, const ApiTestClient::Account &account);
    // The next message of this type, skipping snapshots; empty if none came in time.
    QJsonObject nextOfType(WebSocketTestClient &socket, const QString &type, int timeoutMs = 5'000);
    // Plays the seats with bots until matchOver (or the timeout).
    PlayedMatch drive(WebSocketTestClient &socket, const QList<int> &seats);
    QJsonObject historyEntry(const ApiTestClient::Account &account, qint64 matchId);
    int openRooms();

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiTestClient> m_api;
};

void PlayTest::initTestCase()
{
    TRANSCENDENCE_REQUIRE_TEST_ENV("TRANSCENDENCE_TEST_ADMIN_DATABASE_URL");
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    m_server = std::make_unique<ServerProcess>(m_database->url(), kPublicUrl);
    m_server->environment().insert(QStringLiteral("TRANSCENDENCE_RECONNECT_GRACE_SECONDS"),
                                   QString::number(kGraceSeconds));
    m_server->environment().insert(QStringLiteral("TRANSCENDENCE_GUEST_IDLE_SECONDS"),
                                   QString::number(kGuestIdleSeconds));
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    m_api = std::make_unique<ApiTestClient>(m_server->baseUrl());
}

bool PlayTest::openAuthenticated(WebSocketTestClient &socket, const ApiTestClient::Account &account)
{
    const QString ticket = m_api->wsTicket(account.accessToken);
    if (ticket.isEmpty() ||
        !socket.open(QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_server->port()))) {
        return false;
    }
    socket.sendJson(
        message(QStringLiteral("hello"), {{QStringLiteral("version"), 1},
                                          {QStringLiteral("client"), QStringLiteral("play-test")},
                                          {QStringLiteral("ticket"), ticket}}));
    return socket.next().value(QStringLiteral("type")).toString() == QLatin1String("welcome");
}

QJsonObject PlayTest::nextOfType(WebSocketTestClient &socket, const QString &type, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QJsonObject received = socket.next(int(deadline.remainingTime()));
        if (received.value(QStringLiteral("type")).toString() == type) {
            return received;
        }
    }
    return {};
}

PlayedMatch PlayTest::drive(WebSocketTestClient &socket, const QList<int> &seats)
{
    PlayedMatch played;
    played.started = nextOfType(socket, QStringLiteral("matchStarted"));
    const auto config =
        engine::MatchConfig::fromJson(played.started.value(QStringLiteral("config")).toObject());
    if (!std::holds_alternative<engine::MatchConfig>(config)) {
        played.problem = QStringLiteral("no matchStarted with a valid config");
        return played;
    }
    std::map<int, engine::BallTrackingBot> bots;
    std::map<int, engine::Input> held;
    for (int seat : seats) {
        bots.emplace(seat, engine::BallTrackingBot(std::get<engine::MatchConfig>(config), seat));
        held[seat] = engine::Input::None;
    }
    qint64 lastTick = -1;
    qint64 seq = 0;
    const QDeadlineTimer deadline(kMatchTimeoutMs);
    while (!deadline.hasExpired()) {
        const QJsonObject received = socket.next(int(deadline.remainingTime()));
        const QString type = received.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("matchOver")) {
            played.over = received;
            played.inputsSent = seq;
            return played;
        }
        if (type == QLatin1String("latency")) {
            continue; // every couple of seconds: each seat's ping
        }
        if (type != QLatin1String("snapshot")) {
            played.problem = QStringLiteral("unexpected message: ") +
                             QString::fromUtf8(QJsonDocument(received).toJson());
            continue;
        }
        ++played.snapshots;
        const qint64 tick = received.value(QStringLiteral("tick")).toInteger();
        played.ticksIncreased = played.ticksIncreased && tick > lastTick;
        lastTick = tick;
        const QJsonValue acknowledged = received.value(QStringLiteral("lastInputSeq"));
        if (!acknowledged.isNull()) {
            played.seqNeverAhead = played.seqNeverAhead && acknowledged.toInteger() <= seq;
            played.seqCaughtUp = played.seqCaughtUp || acknowledged.toInteger() == seq;
        }
        const auto state =
            engine::snapshotFromJson(received.value(QStringLiteral("state")).toObject());
        if (!std::holds_alternative<engine::Snapshot>(state)) {
            played.problem = QStringLiteral("undecodable state");
            continue;
        }
        for (auto &[seat, bot] : bots) {
            const engine::Input key = bot.decide(std::get<engine::Snapshot>(state));
            if (key != held[seat]) {
                held[seat] = key;
                socket.sendJson(message(QStringLiteral("input"),
                                        {{QStringLiteral("seq"), ++seq},
                                         {QStringLiteral("seat"), seat},
                                         {QStringLiteral("key"), engine::inputName(key)}}));
            }
        }
    }
    played.problem = QStringLiteral("no matchOver within %1 ms").arg(kMatchTimeoutMs);
    return played;
}

QJsonObject PlayTest::historyEntry(const ApiTestClient::Account &account, qint64 matchId)
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

int PlayTest::openRooms()
{
    const QList<QJsonObject> closed = m_server->events(QStringLiteral("room_closed"));
    const QList<QJsonObject> opened = m_server->events(QStringLiteral("room_opened"));
    return int(opened.size() - closed.size());
}

void PlayTest::aiMatchIsPlayedStoredAndReplays()
{
    const auto account = m_api->registerAccount(QStringLiteral("ada_"));
    WebSocketTestClient socket;
    QVERIFY(openAuthenticated(socket, account));
    QElapsedTimer clock;
    clock.start();
    socket.sendJson(
        message(QStringLiteral("play"), {{QStringLiteral("kind"), QStringLiteral("ai")},
                                         {QStringLiteral("difficulty"), QStringLiteral("hard")},
                                         {QStringLiteral("config"), quickConfig().toJson()}}));
    const PlayedMatch played = drive(socket, {0});
    qInfo("ai match: %lld ms, %d snapshots, %lld inputs", clock.elapsed(), played.snapshots,
          played.inputsSent);
    QVERIFY2(played.problem.isEmpty(), qPrintable(played.problem));

    const QJsonObject &started = played.started;
    QCOMPARE(started.value(QStringLiteral("kind")).toString(), QStringLiteral("ai"));
    QCOMPARE(started.value(QStringLiteral("stepsPerSecond")).toInt(), 120);
    QCOMPARE(started.value(QStringLiteral("snapshotsPerSecond")).toInt(), 60);
    const QJsonArray seats = started.value(QStringLiteral("seats")).toArray();
    QCOMPARE(seats.size(), 2);
    QVERIFY(seats.at(0).toObject().value(QStringLiteral("controlledByYou")).toBool());
    QVERIFY(!seats.at(1).toObject().value(QStringLiteral("controlledByYou")).toBool());
    QCOMPARE(seats.at(1).toObject().value(QStringLiteral("label")).toString(),
             QStringLiteral("AI (hard)"));
    QVERIFY(played.snapshots > 30);
    QVERIFY(played.ticksIncreased);
    QVERIFY(played.inputsSent > 0);
    QVERIFY(played.seqNeverAhead);
    QVERIFY(played.seqCaughtUp);

    const QJsonObject &over = played.over;
    QCOMPARE(over.value(QStringLiteral("roomId")), started.value(QStringLiteral("roomId")));
    QCOMPARE(over.value(QStringLiteral("reason")).toString(), QStringLiteral("completed"));
    const int winner = over.value(QStringLiteral("winnerSeat")).toInt(-1);
    QVERIFY(winner == 0 || winner == 1);
    const qint64 matchId = over.value(QStringLiteral("matchId")).toInteger();
    QVERIFY2(matchId > 0, qPrintable(m_server->log().right(2000)));
    const QJsonArray results = over.value(QStringLiteral("seats")).toArray();
    QCOMPARE(results.at(winner).toObject().value(QStringLiteral("score")).toInt(), 2);

    const QJsonObject entry = historyEntry(account, matchId);
    QCOMPARE(entry.value(QStringLiteral("kind")).toString(), QStringLiteral("ai"));
    QCOMPARE(entry.value(QStringLiteral("endReason")).toString(), QStringLiteral("completed"));
    QCOMPARE(entry.value(QStringLiteral("result")).toString(),
             winner == 0 ? QStringLiteral("win") : QStringLiteral("loss"));

    // What a replay viewer does with the stored match.
    const HttpAnswer answer = m_api->authorized(
        "GET", QStringLiteral("/api/matches/%1/replay").arg(matchId), account.accessToken);
    QCOMPARE(answer.status, 200);
    const QJsonObject stored = answer.json();
    const auto config =
        engine::MatchConfig::fromJson(stored.value(QStringLiteral("config")).toObject());
    QVERIFY(std::holds_alternative<engine::MatchConfig>(config));
    QVERIFY(std::get<engine::MatchConfig>(config) == quickConfig());
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
    QCOMPARE(again.winner(), winner);
    QCOMPARE(hex64(again.stateHash()), stored.value(QStringLiteral("finalStateHash")).toString());
    for (int seat = 0; seat < 2; ++seat) {
        QCOMPARE(again.snapshot().players[std::size_t(seat)].score,
                 results.at(seat).toObject().value(QStringLiteral("score")).toInt());
    }
}

void PlayTest::localMatchDrivesBothSeats()
{
    const auto account = m_api->registerAccount(QStringLiteral("lou_"));
    WebSocketTestClient socket;
    QVERIFY(openAuthenticated(socket, account));
    socket.sendJson(
        message(QStringLiteral("play"), {{QStringLiteral("kind"), QStringLiteral("local")},
                                         {QStringLiteral("config"), quickConfig().toJson()}}));
    const PlayedMatch played = drive(socket, {0, 1});
    QVERIFY2(played.problem.isEmpty(), qPrintable(played.problem));
    const QJsonArray seats = played.started.value(QStringLiteral("seats")).toArray();
    QVERIFY(seats.at(0).toObject().value(QStringLiteral("controlledByYou")).toBool());
    QVERIFY(seats.at(1).toObject().value(QStringLiteral("controlledByYou")).toBool());
    QCOMPARE(seats.at(1).toObject().value(QStringLiteral("label")).toString(),
             QStringLiteral("Player 2"));
    QCOMPARE(played.over.value(QStringLiteral("reason")).toString(), QStringLiteral("completed"));
    const qint64 matchId = played.over.value(QStringLiteral("matchId")).toInteger();
    QVERIFY(matchId > 0);

    // The snapshot send path's metrics (docs/operations.md) counted what this socket got: every
    // snapshot was handed from the game thread to the server thread, and the socket's queue
    // was written out (several messages of one event-loop pass in one write).
    HttpsTestClient http;
    const HttpAnswer metrics = http.get(m_server->baseUrl() + QStringLiteral("/metrics"));
    QCOMPARE(metrics.status, 200);
    const auto sample = [&metrics](const QByteArray &name) {
        const qsizetype at = metrics.body.indexOf('\n' + name + ' ');
        return at < 0 ? -1.0
                      : metrics.body.mid(at + name.size() + 2).split('\n').value(0).toDouble();
    };
    QVERIFY2(sample("transcendence_snapshot_handoff_seconds_count") >= played.snapshots,
             metrics.body.constData());
    QVERIFY2(sample("transcendence_websocket_send_wait_seconds_count") > 0,
             metrics.body.constData());
    QVERIFY2(sample("transcendence_websocket_writes_blocked_total") >= 0, metrics.body.constData());

    const QJsonObject entry = historyEntry(account, matchId);
    QCOMPARE(entry.value(QStringLiteral("kind")).toString(), QStringLiteral("local"));
    QCOMPARE(entry.value(QStringLiteral("result")).toString(),
             played.over.value(QStringLiteral("winnerSeat")).toInt() == 0 ? QStringLiteral("win")
                                                                          : QStringLiteral("loss"));
}

void PlayTest::leavingEndsTheMatchAsLeft()
{
    const auto account = m_api->registerAccount(QStringLiteral("leo_"));
    WebSocketTestClient socket;
    QVERIFY(openAuthenticated(socket, account));

    // Against the AI: a forfeit, the AI wins.
    socket.sendJson(
        message(QStringLiteral("play"), {{QStringLiteral("kind"), QStringLiteral("ai")},
                                         {QStringLiteral("difficulty"), QStringLiteral("easy")}}));
    QVERIFY(!nextOfType(socket, QStringLiteral("matchStarted")).isEmpty());
    QVERIFY(!nextOfType(socket, QStringLiteral("snapshot")).isEmpty());
    socket.sendJson(message(QStringLiteral("leave")));
    const QJsonObject forfeited = nextOfType(socket, QStringLiteral("matchOver"));
    QCOMPARE(forfeited.value(QStringLiteral("reason")).toString(), QStringLiteral("left"));
    QCOMPARE(forfeited.value(QStringLiteral("winnerSeat")).toInt(-1), 1);
    const qint64 aiMatch = forfeited.value(QStringLiteral("matchId")).toInteger();
    QVERIFY(aiMatch > 0);
    QCOMPARE(historyEntry(account, aiMatch).value(QStringLiteral("endReason")).toString(),
             QStringLiteral("forfeit"));
    QCOMPARE(historyEntry(account, aiMatch).value(QStringLiteral("result")).toString(),
             QStringLiteral("loss"));

    // On one keyboard: nobody won, the match is abandoned. A new match may start at once.
    socket.sendJson(
        message(QStringLiteral("play"), {{QStringLiteral("kind"), QStringLiteral("local")}}));
    QVERIFY(!nextOfType(socket, QStringLiteral("matchStarted")).isEmpty());
    socket.sendJson(message(QStringLiteral("leave")));
    const QJsonObject abandoned = nextOfType(socket, QStringLiteral("matchOver"));
    QCOMPARE(abandoned.value(QStringLiteral("reason")).toString(), QStringLiteral("left"));
    QVERIFY(abandoned.value(QStringLiteral("winnerSeat")).isNull());
    const qint64 localMatch = abandoned.value(QStringLiteral("matchId")).toInteger();
    QVERIFY(localMatch > 0);
    QCOMPARE(historyEntry(account, localMatch).value(QStringLiteral("endReason")).toString(),
             QStringLiteral("abandoned"));

    socket.sendJson(message(QStringLiteral("leave")));
    QCOMPARE(nextOfType(socket, QStringLiteral("error")).value(QStringLiteral("code")).toString(),
             QStringLiteral("not_playing"));
}

void PlayTest::aClosedSocketForfeitsAfterTheGraceTime()
{
    const auto account = m_api->registerAccount(QStringLiteral("cleo_"));
    const qsizetype recordedBefore = m_server->events(QStringLiteral("match_recorded")).size();
    {
        WebSocketTestClient socket;
        QVERIFY(openAuthenticated(socket, account));
        socket.sendJson(
            message(QStringLiteral("play"), {{QStringLiteral("kind"), QStringLiteral("ai")}}));
        QVERIFY(!nextOfType(socket, QStringLiteral("snapshot")).isEmpty());
    } // the socket closes without a word
    // The match waits for the player to come back, then the AI wins by forfeit.
    QTest::qWait(kGraceSeconds * 1000 / 2);
    QCOMPARE(m_server->events(QStringLiteral("match_recorded")).size(), recordedBefore);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->events(QStringLiteral("match_recorded")).size() >
                                 recordedBefore,
                             kGraceSeconds * 1000 + 5'000);
    const HttpAnswer answer = m_api->authorized(
        "GET", QStringLiteral("/api/users/%1/matches").arg(account.id), account.accessToken);
    const QJsonArray matches = answer.json().value(QStringLiteral("matches")).toArray();
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.at(0).toObject().value(QStringLiteral("endReason")).toString(),
             QStringLiteral("forfeit"));
}

// A connection without an account plays local and ai matches (docs/protocol.md, "Guests"):
// never stored, ended when its socket closes, at most two at a time from one address; nothing
// else of the play protocol.
void PlayTest::guestsPlayAtTheirKeyboardOnly()
{
    const auto openGuest = [this](WebSocketTestClient &socket) {
        if (!socket.open(QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_server->port()))) {
            return false;
        }
        socket.sendJson(message(QStringLiteral("hello"), {{QStringLiteral("version"), 1}}));
        return socket.next().value(QStringLiteral("type")).toString() == QLatin1String("welcome");
    };
    WebSocketTestClient guest;
    QVERIFY(openGuest(guest));
    for (const char *type : {"queue", "join", "watch", "invite", "replay"}) {
        guest.sendJson(
            message(QString::fromLatin1(type), {{QStringLiteral("roomId"), QStringLiteral("x")},
                                                {QStringLiteral("userId"), 1},
                                                {QStringLiteral("matchId"), 1}}));
        const QJsonObject error = nextOfType(guest, QStringLiteral("error"));
        QCOMPARE(error.value(QStringLiteral("code")).toString(),
                 QStringLiteral("not_authenticated"));
        QCOMPARE(error.value(QStringLiteral("ref")).toString(), QString::fromLatin1(type));
    }

    // Against the computer, played to the end by a bot at the guest's seat: shown, not stored.
    const qsizetype recordedBefore = m_server->events(QStringLiteral("match_recorded")).size();
    guest.sendJson(
        message(QStringLiteral("play"), {{QStringLiteral("kind"), QStringLiteral("ai")},
                                         {QStringLiteral("config"), quickConfig().toJson()}}));
    const PlayedMatch played = drive(guest, {0});
    QVERIFY2(played.problem.isEmpty(), qPrintable(played.problem));
    const QJsonArray seats = played.started.value(QStringLiteral("seats")).toArray();
    QCOMPARE(seats.at(0).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("guest"));
    QCOMPARE(seats.at(0).toObject().value(QStringLiteral("label")).toString(),
             QStringLiteral("Guest"));
    QVERIFY(!seats.at(0).toObject().value(QStringLiteral("userId")).isDouble());
    QCOMPARE(seats.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("ai"));
    QCOMPARE(played.over.value(QStringLiteral("reason")).toString(), QStringLiteral("completed"));
    QVERIFY(!played.over.value(QStringLiteral("matchId")).isDouble());
    QCOMPARE(m_server->events(QStringLiteral("match_recorded")).size(), recordedBefore);

    // Two at a time from one address; a third waits for one to end. Closing a guest's socket
    // ends its match at once (nobody can come back to it).
    WebSocketTestClient second;
    WebSocketTestClient third;
    QVERIFY(openGuest(second));
    QVERIFY(openGuest(third));
    const QJsonObject local{{QStringLiteral("kind"), QStringLiteral("local")}};
    const auto roomOf = [](const QJsonObject &started) {
        return started.value(QStringLiteral("roomId")).toString();
    };
    guest.sendJson(message(QStringLiteral("play"), local));
    const QString guestRoom = roomOf(nextOfType(guest, QStringLiteral("matchStarted")));
    QVERIFY(!guestRoom.isEmpty());
    second.sendJson(message(QStringLiteral("play"), local));
    const QString secondRoom = roomOf(nextOfType(second, QStringLiteral("matchStarted")));
    QVERIFY(!secondRoom.isEmpty());
    third.sendJson(message(QStringLiteral("play"), local));
    const QJsonObject refused = nextOfType(third, QStringLiteral("error"));
    QCOMPARE(refused.value(QStringLiteral("code")).toString(), QStringLiteral("guest_limit"));
    QCOMPARE(refused.value(QStringLiteral("ref")).toString(), QStringLiteral("play"));

    // Rooms are followed by id in the server's log (written by its own thread, so a line can
    // come after the message the client already has).
    const auto closed = [this](const QString &roomId) {
        for (const QJsonObject &event : m_server->events(QStringLiteral("room_closed"))) {
            if (event.value(QStringLiteral("roomId")).toString() == roomId) {
                return true;
            }
        }
        return false;
    };
    second.close();
    QTRY_VERIFY_WITH_TIMEOUT(closed(secondRoom), 5'000);
    QVERIFY(!closed(guestRoom));
    third.sendJson(message(QStringLiteral("play"), local));
    const QString thirdRoom = roomOf(nextOfType(third, QStringLiteral("matchStarted")));
    QVERIFY(!thirdRoom.isEmpty());
    guest.close();
    third.close();
    QTRY_VERIFY_WITH_TIMEOUT(closed(guestRoom) && closed(thirdRoom), 5'000);
    QCOMPARE(m_server->events(QStringLiteral("match_recorded")).size(), recordedBefore);
}

// A guest's match nobody plays ends after TRANSCENDENCE_GUEST_IDLE_SECONDS: the guest is told
// why (guest_idle), then matchOver (the guest left); no match is stored.
void PlayTest::anIdleGuestMatchEnds()
{
    WebSocketTestClient guest;
    QVERIFY(guest.open(QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_server->port())));
    guest.sendJson(message(QStringLiteral("hello"), {{QStringLiteral("version"), 1}}));
    QCOMPARE(guest.next().value(QStringLiteral("type")).toString(), QStringLiteral("welcome"));
    const qsizetype recordedBefore = m_server->events(QStringLiteral("match_recorded")).size();
    QElapsedTimer clock;
    clock.start();
    guest.sendJson(
        message(QStringLiteral("play"), {{QStringLiteral("kind"), QStringLiteral("local")}}));
    QVERIFY(!nextOfType(guest, QStringLiteral("matchStarted")).isEmpty());
    const QJsonObject idle =
        nextOfType(guest, QStringLiteral("error"), (kGuestIdleSeconds + 5) * 1000);
    QCOMPARE(idle.value(QStringLiteral("code")).toString(), QStringLiteral("guest_idle"));
    QCOMPARE(idle.value(QStringLiteral("ref")).toString(), QStringLiteral("input"));
    QVERIFY2(clock.elapsed() >= kGuestIdleSeconds * 1000 - 100,
             qPrintable(QString::number(clock.elapsed())));
    const QJsonObject over = nextOfType(guest, QStringLiteral("matchOver"));
    QCOMPARE(over.value(QStringLiteral("reason")).toString(), QStringLiteral("left"));
    QVERIFY(!over.value(QStringLiteral("matchId")).isDouble());
    QCOMPARE(m_server->events(QStringLiteral("match_recorded")).size(), recordedBefore);
}

void PlayTest::badMessagesGetErrors()
{
    const auto account = m_api->registerAccount(QStringLiteral("eve_"));
    WebSocketTestClient socket;
    QVERIFY(openAuthenticated(socket, account));
    const auto expectError = [&](const QJsonObject &sent, const QString &code) {
        socket.sendJson(sent);
        const QJsonObject error = nextOfType(socket, QStringLiteral("error"));
        if (error.value(QStringLiteral("code")).toString() != code) {
            qWarning("sent %s, got %s", qPrintable(QJsonDocument(sent).toJson()),
                     qPrintable(QJsonDocument(error).toJson()));
            return QJsonObject();
        }
        return error;
    };
    const QJsonObject up{{QStringLiteral("seq"), 1},
                         {QStringLiteral("seat"), 0},
                         {QStringLiteral("key"), QStringLiteral("up")}};

    QVERIFY(!expectError(message(QStringLiteral("input"), up), QStringLiteral("not_playing"))
                 .isEmpty());
    const QJsonObject badConfig = expectError(
        message(QStringLiteral("play"),
                {{QStringLiteral("kind"), QStringLiteral("ai")},
                 {QStringLiteral("config"), QJsonObject{{QStringLiteral("scoreLimit"), 0},
                                                        {QStringLiteral("ballSpeed"), 9000}}}}),
        QStringLiteral("invalid_field"));
    QVERIFY(badConfig.value(QStringLiteral("message")).toString().contains(u"scoreLimit"));
    QVERIFY(badConfig.value(QStringLiteral("message")).toString().contains(u"ballSpeed"));
    QVERIFY(!expectError(message(QStringLiteral("play"),
                                 {{QStringLiteral("kind"), QStringLiteral("solo")}}),
                         QStringLiteral("invalid_field"))
                 .isEmpty());

    socket.sendJson(message(QStringLiteral("play"),
                            {{QStringLiteral("kind"), QStringLiteral("ai")},
                             {QStringLiteral("difficulty"), QStringLiteral("normal")}}));
    QVERIFY(!nextOfType(socket, QStringLiteral("matchStarted")).isEmpty());
    QVERIFY(!expectError(message(QStringLiteral("play"),
                                 {{QStringLiteral("kind"), QStringLiteral("local")}}),
                         QStringLiteral("already_playing"))
                 .isEmpty());
    QJsonObject aiSeat = up;
    aiSeat.insert(QStringLiteral("seat"), 1);
    QVERIFY(!expectError(message(QStringLiteral("input"), aiSeat),
                         QStringLiteral("seat_not_controlled"))
                 .isEmpty());
    QJsonObject negative = up;
    negative.insert(QStringLiteral("seq"), -1);
    QVERIFY(
        !expectError(message(QStringLiteral("input"), negative), QStringLiteral("invalid_field"))
             .isEmpty());
    QJsonObject sideways = up;
    sideways.insert(QStringLiteral("key"), QStringLiteral("sideways"));
    QVERIFY(
        !expectError(message(QStringLiteral("input"), sideways), QStringLiteral("invalid_field"))
             .isEmpty());
    // A valid input, then the same seq again: seq must increase.
    socket.sendJson(message(QStringLiteral("input"), up));
    QVERIFY(!expectError(message(QStringLiteral("input"), up), QStringLiteral("invalid_field"))
                 .isEmpty());
    QVERIFY(
        !expectError(message(QStringLiteral("launch")), QStringLiteral("unknown_type")).isEmpty());
    // The input was applied: a snapshot acknowledges seq 1.
    const QDeadlineTimer deadline(5'000);
    bool acknowledged = false;
    while (!acknowledged && !deadline.hasExpired()) {
        acknowledged = nextOfType(socket, QStringLiteral("snapshot"), 1'000)
                           .value(QStringLiteral("lastInputSeq"))
                           .toInteger() == 1;
    }
    QVERIFY(acknowledged);

    socket.sendJson(message(QStringLiteral("leave")));
    QVERIFY(!nextOfType(socket, QStringLiteral("matchOver")).isEmpty());
    socket.sendJson(message(QStringLiteral("ping"), {{QStringLiteral("seq"), 7}}));
    QCOMPARE(nextOfType(socket, QStringLiteral("pong")).value(QStringLiteral("seq")).toInt(), 7);
}

void PlayTest::noRoomOutlivesItsMatch()
{
    QVERIFY(m_server->isRunning());
    QVERIFY(m_server->events(QStringLiteral("room_opened")).size() >= 6);
    QTRY_COMPARE_WITH_TIMEOUT(openRooms(), 0, kGraceSeconds * 1000 + 5'000);
    const QJsonObject last = m_server->events(QStringLiteral("room_closed")).last();
    QCOMPARE(last.value(QStringLiteral("rooms")).toInt(-1), 0);
    QVERIFY2(m_server->events(QStringLiteral("match_not_recorded")).isEmpty(),
             qPrintable(m_server->log().right(3000)));
}

void PlayTest::stoppingTheServerDuringAMatchIsClean()
{
    // A second server on the same database, stopped (SIGTERM) while a match runs on it.
    ServerProcess doomed(m_database->url(), kPublicUrl);
    QVERIFY2(doomed.start(), qPrintable(doomed.log()));
    const auto account = m_api->registerAccount(QStringLiteral("stop_"));
    const QString ticket = m_api->wsTicket(account.accessToken);
    WebSocketTestClient socket;
    QVERIFY(socket.open(QStringLiteral("ws://127.0.0.1:%1/ws").arg(doomed.port())));
    socket.sendJson(message(QStringLiteral("hello"),
                            {{QStringLiteral("version"), 1}, {QStringLiteral("ticket"), ticket}}));
    QCOMPARE(socket.next().value(QStringLiteral("type")).toString(), QStringLiteral("welcome"));
    socket.sendJson(
        message(QStringLiteral("play"), {{QStringLiteral("kind"), QStringLiteral("ai")}}));
    QVERIFY(!nextOfType(socket, QStringLiteral("snapshot")).isEmpty());
    doomed.requestStop();
    QCOMPARE(socket.waitForClose(10'000), 1001);
    QCOMPARE(doomed.waitForExit(10'000), 0);
    QVERIFY2(doomed.events(QStringLiteral("match_not_recorded")).isEmpty(),
             qPrintable(doomed.log()));
    // The match it cut short is stored, with no result: nobody won.
    const HttpAnswer answer = m_api->authorized(
        "GET", QStringLiteral("/api/users/%1/matches").arg(account.id), account.accessToken);
    const QJsonArray matches = answer.json().value(QStringLiteral("matches")).toArray();
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.at(0).toObject().value(QStringLiteral("endReason")).toString(),
             QStringLiteral("abandoned"));
}

QTEST_GUILESS_MAIN(PlayTest)
#include "play_test.moc"
