// Two instances sharing PostgreSQL and Redis behind nginx: the live list is the cluster's (a
// match hosted on instance 1 is listed by instance 2 with its score, for visitors too, and can be
// watched from there), and a program plays over the REST play API whichever instance its
// requests reach (each instance's address directly in turn, and nginx). Last, a frozen Redis
// holds a shared rate-limit check while the instance goes on answering other requests.
#include "ApiTestClient.h"
#include "ClusterBackends.h"
#include "NginxProcess.h"
#include "PlayBots.h"
#include "ServerProcess.h"
#include "TestEnvironment.h"
#include "WebSocketTestClient.h"
#include "engine/BallTrackingBot.h"
#include "engine/SnapshotCodec.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace transcendence::testing;
using namespace Qt::StringLiterals;
namespace engine = transcendence::engine;

namespace {

const QByteArray kSecret = QByteArrayLiteral("cluster-rest-test-secret-key-with-32-bytes-plus");

// The entry of the live list (GET /api/play/live's matches, or the summary's live) for the room.
QJsonObject entryOf(const QJsonArray &matches, const QString &roomId)
{
    for (const QJsonValue &entry : matches) {
        if (entry.toObject().value(u"roomId"_s).toString() == roomId) {
            return entry.toObject();
        }
    }
    return {};
}

int scoreOf(const QJsonObject &entry)
{
    int sum = 0;
    for (const QJsonValue &seat : entry.value(u"seats"_s).toArray()) {
        sum += seat.toObject().value(u"score"_s).toInt();
    }
    return sum;
}

QString errorCode(const HttpAnswer &answer)
{
    return answer.json().value(u"error"_s).toObject().value(u"code"_s).toString();
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(p * double(values.size())))];
}

} // namespace

class ClusterRestTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void liveListShowsMatchesHostedElsewhere();
    void restProgramPlaysThroughEveryInstance();
    // Last: it freezes Redis.
    void frozenRedisDoesNotStallOtherRequests();
    void cleanupTestCase();

private:
    using Account = ApiTestClient::Account;
    // The instance (0 or 1) whose log says it opened the room, once one does; -1 until then.
    int hostOf(const QString &roomId);
    // A gauge of the instance's /metrics (-1 when it is not there).
    double metric(int instance, const QByteArray &name);

    ClusterBackends m_backends{kSecret};
    std::unique_ptr<NginxProcess> m_nginx;
    std::unique_ptr<ServerProcess> m_servers[2];
    std::unique_ptr<ApiTestClient> m_direct[2]; // each instance's own address
    std::unique_ptr<ApiTestClient> m_viaNginx;
};

void ClusterRestTest::initTestCase()
{
    TRANSCENDENCE_REQUIRE_TEST_ENV("TRANSCENDENCE_TEST_ADMIN_DATABASE_URL",
                                   "TRANSCENDENCE_TEST_TLS_DIR", "TRANSCENDENCE_TEST_CA_FILE");
    QVERIFY2(m_backends.start(), qPrintable(m_backends.error()));
    m_nginx = std::make_unique<NginxProcess>();
    for (auto &server : m_servers) {
        // A frozen Redis is waited for a minute (the last test): neither the connection's
        // watchdog nor a rate-limit check gives up on it meanwhile.
        server = m_backends.newInstance(m_nginx->httpsUrl(),
                                        u"?ping_timeout_ms=60000&rate_limit_timeout_ms=60000"_s);
    }
    QString error;
    QVERIFY2(launchTogether({m_servers[0].get(), m_servers[1].get()}, &error), qPrintable(error));
    QVERIFY2(m_nginx->start({m_servers[0]->port(), m_servers[1]->port()},
                            TestEnvironment::webRoot(), &error),
             qPrintable(error));
    for (int instance = 0; instance < 2; ++instance) {
        m_direct[instance] = std::make_unique<ApiTestClient>(m_servers[instance]->baseUrl());
        // Both in the cluster (Redis answered) before anything is asked of them.
        QTRY_COMPARE_WITH_TIMEOUT(
            m_direct[instance]->http().get(m_servers[instance]->baseUrl() + u"/readyz"_s).status,
            200, 15'000);
    }
    m_viaNginx = std::make_unique<ApiTestClient>(m_nginx->httpsUrl());
}

void ClusterRestTest::cleanupTestCase()
{
    if (m_nginx) {
        m_nginx->stop();
    }
}

int ClusterRestTest::hostOf(const QString &roomId)
{
    for (int instance = 0; instance < 2; ++instance) {
        for (const QJsonObject &line : m_servers[instance]->events(u"room_opened"_s)) {
            if (line.value(u"roomId"_s).toString() == roomId) {
                return instance;
            }
        }
    }
    return -1;
}

// A match hosted on instance 1 is in instance 2's live list with its players and its score
// (published by its host on every change), in the visitors' summary without account ids, and a
// person on instance 2 watches it from there; once it ends it leaves the list.
void ClusterRestTest::liveListShowsMatchesHostedElsewhere()
{
    const Account ada = m_direct[0]->registerAccount(u"l_ada_"_s);
    const Account lou = m_direct[1]->registerAccount(u"l_lou_"_s);
    QVERIFY(ada.id > 0 && lou.id > 0);
    engine::MatchConfig config = quickMatchConfig();
    config.scoreLimit = 20; // long enough to be seen scoring; ended by leaving
    // Ada's program holds still against the AI on instance 1: the AI scores.
    const HttpAnswer created = m_direct[0]->authorized(
        "POST", u"/api/play/matches"_s, ada.accessToken,
        {{u"kind"_s, u"ai"_s}, {u"difficulty"_s, u"hard"_s}, {u"config"_s, config.toJson()}});
    QCOMPARE(created.status, 201);
    const QString roomId = created.json().value(u"roomId"_s).toString();
    const QString base = u"/api/play/matches/"_s + roomId;

    // Instance 2 lists it, with who plays, and with the score once the AI has scored.
    QJsonObject listed;
    const QDeadlineTimer scored(60'000);
    while (!scored.hasExpired() && scoreOf(listed) < 1) {
        // (Ada's program keeps asking, as a program does, so its seat stays attached.)
        QCOMPARE(m_direct[0]->authorized("GET", base, ada.accessToken).status, 200);
        const HttpAnswer live =
            m_direct[1]->authorized("GET", u"/api/play/live"_s, lou.accessToken);
        QCOMPARE(live.status, 200);
        listed = entryOf(live.json().value(u"matches"_s).toArray(), roomId);
        QTest::qWait(100);
    }
    QVERIFY2(scoreOf(listed) >= 1, qPrintable(QJsonDocument(listed).toJson()));
    QCOMPARE(listed.value(u"kind"_s).toString(), u"ai"_s);
    QCOMPARE(listed.value(u"phase"_s).isString(), true);
    const QJsonArray seats = listed.value(u"seats"_s).toArray();
    QCOMPARE(seats.size(), 2);
    QCOMPARE(seats.at(0).toObject().value(u"userId"_s).toInteger(), ada.id);
    QCOMPARE(seats.at(1).toObject().value(u"kind"_s).toString(), u"ai"_s);
    QCOMPARE(hostOf(roomId), 0);

    // The visitors' summary of instance 2 counts and shows it, names only.
    const HttpAnswer summary =
        m_direct[1]->http().get(m_servers[1]->baseUrl() + u"/api/play/summary"_s);
    QCOMPARE(summary.status, 200);
    QVERIFY(summary.json().value(u"liveCount"_s).toInt() >= 1);
    const QJsonObject shown = entryOf(summary.json().value(u"live"_s).toArray(), roomId);
    QCOMPARE(shown.value(u"roomId"_s).toString(), roomId);
    QVERIFY(shown.value(u"seats"_s).toArray().at(0).toObject().value(u"userId"_s).isNull());
    QVERIFY(
        !shown.value(u"seats"_s).toArray().at(0).toObject().value(u"label"_s).toString().isEmpty());

    // An admin signed in on instance 2 counts it among the running matches (GET
    // /api/admin/stats: the cluster's). The role set in SQL reaches the session a moment later.
    QCOMPARE(m_backends.database().scalar(
                 u"UPDATE users SET role = 'admin' WHERE id = %1 RETURNING 1"_s.arg(lou.id)),
             u"1"_s);
    int counted = -1;
    const QDeadlineTimer figured(20'000);
    while (!figured.hasExpired() && counted < 1) {
        QCOMPARE(m_direct[0]->authorized("GET", base, ada.accessToken).status, 200);
        const HttpAnswer stats =
            m_direct[1]->authorized("GET", u"/api/admin/stats"_s, lou.accessToken);
        if (stats.status == 200) {
            counted = stats.json().value(u"liveMatches"_s).toInt();
        }
        QTest::qWait(100);
    }
    QVERIFY2(counted >= 1, "instance 2's admin figures do not count the match hosted on 1");

    // Lou, on instance 2, watches it from the list.
    WebSocketTestClient louSocket;
    QVERIFY(openSignedIn(louSocket, *m_direct[1], m_servers[1]->port(), lou));
    louSocket.sendJson(playMessage(u"watch"_s, {{u"roomId"_s, roomId}}));
    SeatPlayer watching(louSocket);
    const QDeadlineTimer watched(20'000);
    while (!watched.hasExpired() && watching.snapshots < 3) {
        watching.poll(5);
        if (watching.snapshots == 0) {
            // keeps Ada's seat attached while the watch goes through the relay
            m_direct[0]->authorized("GET", base, ada.accessToken);
        }
    }
    QCOMPARE(watching.started.value(u"roomId"_s).toString(), roomId);
    QVERIFY2(watching.snapshots >= 3, qPrintable(QString::number(watching.snapshots)));

    // Ada leaves (her request reaches instance 2, which asks the host): the match ends and
    // leaves every instance's list.
    QCOMPARE(m_direct[1]->authorized("DELETE", base, ada.accessToken).status, 204);
    const auto listedOn = [&](int instance) {
        const HttpAnswer live =
            m_direct[instance]->authorized("GET", u"/api/play/live"_s, lou.accessToken);
        return !entryOf(live.json().value(u"matches"_s).toArray(), roomId).isEmpty();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!listedOn(0) && !listedOn(1), 15'000);
    QVERIFY(playUntilOver({&watching}, 15'000));
    QCOMPARE(watching.over.value(u"reason"_s).toString(), u"left"_s);
}

// A program plays a whole match over REST while its requests reach instance 1, instance 2 and
// nginx in turn: the instance that does not hold its match asks the host over the relay. Each
// request's time is reported (not asserted) by where it went.
void ClusterRestTest::restProgramPlaysThroughEveryInstance()
{
    const Account bot = m_viaNginx->registerAccount(u"r_bot_"_s);
    const Account other = m_viaNginx->registerAccount(u"r_oth_"_s);
    QVERIFY(bot.id > 0 && other.id > 0);
    const engine::MatchConfig config = quickMatchConfig();
    const HttpAnswer created = m_viaNginx->authorized(
        "POST", u"/api/play/matches"_s, bot.accessToken,
        {{u"kind"_s, u"ai"_s}, {u"difficulty"_s, u"easy"_s}, {u"config"_s, config.toJson()}});
    QCOMPARE(created.status, 201);
    const QString roomId = created.json().value(u"roomId"_s).toString();
    const QString base = u"/api/play/matches/"_s + roomId;
    QTRY_VERIFY_WITH_TIMEOUT(hostOf(roomId) >= 0, 10'000);
    const int host = hostOf(roomId);
    ApiTestClient &onHost = *m_direct[host];
    ApiTestClient &elsewhere = *m_direct[1 - host];

    // One match at a time in the whole cluster; nobody else's match exists for them anywhere;
    // bad input is refused by the host with its usual answers.
    const HttpAnswer second = elsewhere.authorized("POST", u"/api/play/matches"_s, bot.accessToken,
                                                   {{u"kind"_s, u"local"_s}});
    QCOMPARE(second.status, 409);
    QCOMPARE(errorCode(second), u"already_playing"_s);
    QCOMPARE(elsewhere.authorized("GET", base, other.accessToken).status, 404);
    QCOMPARE(
        elsewhere.authorized("GET", u"/api/play/matches/no-such-room"_s, bot.accessToken).status,
        404);
    const HttpAnswer badKey =
        elsewhere.authorized("POST", base + u"/inputs"_s, bot.accessToken,
                             {{u"seq"_s, 1}, {u"seat"_s, 0}, {u"key"_s, u"left"_s}});
    QCOMPARE(badKey.status, 422);
    QCOMPARE(errorCode(badKey), u"validation_failed"_s);
    QCOMPARE(elsewhere
                 .authorized("POST", base + u"/inputs"_s, bot.accessToken,
                             {{u"seq"_s, 1}, {u"seat"_s, 1}, {u"key"_s, u"up"_s}})
                 .status,
             422); // the AI's seat

    // Played by polling the state and sending inputs, each request to the next of the three.
    ApiTestClient *const targets[] = {&onHost, &elsewhere, m_viaNginx.get()};
    std::vector<double> latencyMs[3];
    int turn = 0;
    const auto request = [&](const QByteArray &method, const QString &path,
                             const QJsonObject &body = {}) {
        const int target = turn++ % 3;
        QElapsedTimer timer;
        timer.start();
        HttpAnswer answer = targets[target]->authorized(method, path, bot.accessToken, body);
        latencyMs[target].push_back(double(timer.nsecsElapsed()) / 1e6);
        return answer;
    };
    engine::BallTrackingBot player(config, 0);
    engine::Input held = engine::Input::None;
    qint64 seq = 1;
    qint64 inputs = 0;
    QJsonObject over;
    const QDeadlineTimer deadline(120'000);
    while (over.isEmpty() && !deadline.hasExpired()) {
        const HttpAnswer state = request("GET", base);
        QVERIFY2(state.status == 200, state.body.constData());
        if (!state.json().value(u"over"_s).isNull()) {
            over = state.json().value(u"over"_s).toObject();
            break;
        }
        const QJsonObject snapshot = state.json().value(u"snapshot"_s).toObject();
        const auto decoded = engine::snapshotFromJson(snapshot.value(u"state"_s).toObject());
        if (!std::holds_alternative<engine::Snapshot>(decoded)) {
            continue;
        }
        // Plays for a while, then holds still: the AI wins whatever the machine's pace.
        const engine::Input key =
            inputs < 40 ? player.decide(std::get<engine::Snapshot>(decoded)) : engine::Input::None;
        if (key != held) {
            held = key;
            ++inputs;
            // 409 match_over when it ended since the GET: the next GET shows how.
            const int status =
                request("POST", base + u"/inputs"_s,
                        {{u"seq"_s, ++seq}, {u"seat"_s, 0}, {u"key"_s, engine::inputName(key)}})
                    .status;
            QVERIFY2(status == 202 || status == 409, qPrintable(QString::number(status)));
        }
        QTest::qWait(10);
    }
    QVERIFY(!over.isEmpty());
    QCOMPARE(over.value(u"reason"_s).toString(), u"completed"_s);
    const qint64 matchId = over.value(u"matchId"_s).toInteger();
    QVERIFY(matchId > 0);
    QCOMPARE(elsewhere
                 .authorized("POST", base + u"/inputs"_s, bot.accessToken,
                             {{u"seq"_s, ++seq}, {u"seat"_s, 0}, {u"key"_s, u"up"_s}})
                 .status,
             409);
    QTRY_VERIFY_WITH_TIMEOUT(!m_servers[host]->events(u"match_recorded"_s).isEmpty(), 10'000);
    const QJsonArray history =
        m_viaNginx->authorized("GET", u"/api/users/%1/matches"_s.arg(bot.id), bot.accessToken)
            .json()
            .value(u"matches"_s)
            .toArray();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().toObject().value(u"id"_s).toInteger(), matchId);
    const char *const names[] = {"hosting instance directly", "other instance directly", "nginx"};
    for (int target = 0; target < 3; ++target) {
        QVERIFY(!latencyMs[target].empty());
        qInfo("REST request latency, %s: n %zu, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms",
              names[target], latencyMs[target].size(), percentile(latencyMs[target], 0.5),
              percentile(latencyMs[target], 0.9), percentile(latencyMs[target], 0.99));
    }

    // Leaving through the instance that does not host the match ends it at once.
    const HttpAnswer next = m_viaNginx->authorized("POST", u"/api/play/matches"_s, bot.accessToken,
                                                   {{u"kind"_s, u"local"_s}});
    QCOMPARE(next.status, 201);
    const QString nextRoom = next.json().value(u"roomId"_s).toString();
    QTRY_VERIFY_WITH_TIMEOUT(hostOf(nextRoom) >= 0, 10'000);
    ApiTestClient &notHosting = *m_direct[1 - hostOf(nextRoom)];
    const QString nextBase = u"/api/play/matches/"_s + nextRoom;
    QCOMPARE(notHosting.authorized("DELETE", nextBase, bot.accessToken).status, 204);
    QTRY_COMPARE_WITH_TIMEOUT(notHosting.authorized("GET", nextBase, bot.accessToken)
                                  .json()
                                  .value(u"over"_s)
                                  .toObject()
                                  .value(u"reason"_s)
                                  .toString(),
                              u"left"_s, 10'000);
}

double ClusterRestTest::metric(int instance, const QByteArray &name)
{
    const HttpAnswer answer =
        m_direct[instance]->http().get(m_servers[instance]->baseUrl() + u"/metrics"_s);
    for (const QByteArray &line : answer.body.split('\n')) {
        if (line.startsWith(name + ' ')) {
            return line.mid(name.size() + 1).toDouble();
        }
    }
    return -1;
}

// A sign-in's rate-limit check goes to Redis, frozen (SIGSTOP of the PID this suite started):
// the check waits (a minute here, 200 ms in production) and the request with it, but not the
// instance: it answers other requests meanwhile, among them /metrics showing the check waiting.
// Thawed, Redis answers the check and the sign-in succeeds.
void ClusterRestTest::frozenRedisDoesNotStallOtherRequests()
{
    const Account amy = m_direct[0]->registerAccount(u"z_amy_"_s);
    QVERIFY(amy.id > 0);
    m_backends.redis().freeze();
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_servers[0]->baseUrl() + u"/api/auth/login"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Real-IP", ApiTestClient::uniqueAddress().toLatin1());
    std::unique_ptr<QNetworkReply> login(network.post(
        request, QJsonDocument(QJsonObject{{u"login"_s, amy.username},
                                           {u"password"_s, ApiTestClient::defaultPassword()}})
                     .toJson(QJsonDocument::Compact)));
    // Each of these answers is the instance serving a request while the check waits.
    QTRY_VERIFY_WITH_TIMEOUT(metric(0, "transcendence_rate_limit_checks_waiting") >= 1, 20'000);
    QCOMPARE(m_direct[0]->authorized("GET", u"/api/users/me"_s, amy.accessToken).status, 200);
    QVERIFY(!login->isFinished()); // the check still waits for Redis
    m_backends.redis().thaw();
    QTRY_VERIFY_WITH_TIMEOUT(login->isFinished(), 30'000);
    QCOMPARE(login->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QTRY_COMPARE_WITH_TIMEOUT(metric(0, "transcendence_rate_limit_checks_waiting"), 0.0, 10'000);
}

QTEST_GUILESS_MAIN(ClusterRestTest)
#include "cluster_rest_test.moc"
