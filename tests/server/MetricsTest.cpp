// The metrics registry and /metrics' rules, in process: exact counts from several threads,
// bounded labels, route templates, who may scrape, and an exposition promtool accepts.
#include "metrics/MetricsAccess.h"
#include "metrics/MetricsRegistry.h"
#include "metrics/ServerMetrics.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <thread>
#include <vector>

using namespace transcendence::server;
using namespace transcendence::server::metrics;

class MetricsTest : public QObject {
    Q_OBJECT

private slots:
    void countsFromManyThreadsAreExact();
    void histogramBucketsAreCumulative();
    void labelsAreBoundedBySeriesCap();
    void labelValuesAreEscaped();
    void routeTemplates_data();
    void routeTemplates();
    void scrapeAccess();
    void serverExpositionPassesPromtool();
    void summaryReadsTheSameFigures();
};

void MetricsTest::countsFromManyThreadsAreExact()
{
    Registry registry;
    Counter &counter = registry.counter("test_events_total", "Events.").with();
    Gauge &gauge = registry.gauge("test_level", "Level.").with();
    Histogram &histogram = registry.histogram("test_seconds", "Durations.", {0.1, 1.0}).with();
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 25'000; ++i) {
                counter.inc();
                gauge.inc();
                histogram.observe(0.5);
            }
            for (int i = 0; i < 5'000; ++i) {
                gauge.dec();
            }
        });
    }
    for (std::thread &thread : threads) {
        thread.join();
    }
    QCOMPARE(counter.value(), 100'000.0);
    QCOMPARE(gauge.value(), 80'000.0);
    QCOMPARE(histogram.snapshot().count, quint64(100'000));
    QCOMPARE(histogram.snapshot().sum, 50'000.0);
}

void MetricsTest::histogramBucketsAreCumulative()
{
    Registry registry;
    Histogram &histogram =
        registry.histogram("test_latency_seconds", "Latency.", {0.01, 0.1, 1}).with();
    for (double value : {0.005, 0.01, 0.05, 0.5, 5.0}) {
        histogram.observe(value);
    }
    const QByteArray text = registry.render();
    QVERIFY2(text.contains("test_latency_seconds_bucket{le=\"0.01\"} 2\n"), text.constData());
    QVERIFY(text.contains("test_latency_seconds_bucket{le=\"0.1\"} 3\n"));
    QVERIFY(text.contains("test_latency_seconds_bucket{le=\"1\"} 4\n"));
    QVERIFY(text.contains("test_latency_seconds_bucket{le=\"+Inf\"} 5\n"));
    QVERIFY(text.contains("test_latency_seconds_count 5\n"));
    QVERIFY(text.contains("# TYPE test_latency_seconds histogram\n"));
}

void MetricsTest::labelsAreBoundedBySeriesCap()
{
    Registry registry;
    auto &family = registry.counter("test_by_key_total", "By key.", {QStringLiteral("key")}, 3);
    for (int i = 0; i < 100; ++i) {
        family.with({QStringLiteral("k%1").arg(i)}).inc();
    }
    family.with({QStringLiteral("k1")}).inc(); // known series keep counting
    int series = 0;
    double other = 0;
    family.forEach([&](const QStringList &labels, const Counter &counter) {
        ++series;
        if (labels.value(0) == QLatin1String("other")) {
            other = counter.value();
        }
    });
    QCOMPARE(series, 4); // three keys and "other"
    QCOMPARE(other, 97.0);
    QVERIFY(registry.render().contains("test_by_key_total{key=\"k1\"} 2\n"));
}

void MetricsTest::labelValuesAreEscaped()
{
    Registry registry;
    registry.counter("test_escaped_total", "Escaping.", {QStringLiteral("v")})
        .with({QStringLiteral("a\"b\\c\nd")})
        .inc();
    QVERIFY(registry.render().contains("test_escaped_total{v=\"a\\\"b\\\\c\\nd\"} 1\n"));
}

void MetricsTest::routeTemplates_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("route");
    QTest::newRow("plain api") << "/api/users/me" << 200 << "/api/users/me";
    QTest::newRow("numeric id") << "/api/users/42/matches" << 200 << "/api/users/{id}/matches";
    QTest::newRow("uuid") << "/api/play/matches/5f0c8a36-1d2b-4c6e-9a51-3f2b8e7d9c10/inputs" << 200
                          << "/api/play/matches/{id}/inputs";
    QTest::newRow("route word with digit") << "/api/auth/2fa/setup" << 200 << "/api/auth/2fa/setup";
    QTest::newRow("token-like") << "/api/auth/sessions/a1b2c3d4e5" << 204
                                << "/api/auth/sessions/{id}";
    QTest::newRow("unmatched is other") << "/api/no-such-thing/anywhere" << 404 << "other";
    QTest::newRow("wrong method is other") << "/api/users/me" << 405 << "other";
    QTest::newRow("spa files") << "/assets/app.3f2a.js" << 200 << "static";
    QTest::newRow("deep link") << "/play/42" << 200 << "static";
    QTest::newRow("health") << "/readyz" << 503 << "/readyz";
    QTest::newRow("metrics") << "/metrics" << 200 << "/metrics";
    QTest::newRow("webhook") << "/webhook/github" << 202 << "/webhook/github";
    QTest::newRow("too deep") << "/api/a/b/c/d/e/f/g/h/i" << 400 << "other";
}

void MetricsTest::routeTemplates()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, route);
    QCOMPARE(routeTemplate(path, status), route);
}

void MetricsTest::scrapeAccess()
{
    const MetricsAccess open(QStringLiteral("10.1.0.0/16"), "a-long-enough-token");
    QVERIFY(open.allows(QHostAddress(QStringLiteral("127.0.0.1")), {}, false));
    QVERIFY(open.allows(QHostAddress(QStringLiteral("::1")), {}, false));
    QVERIFY(open.allows(QHostAddress(QStringLiteral("::ffff:127.0.0.1")), {}, false));
    QVERIFY(open.allows(QHostAddress(QStringLiteral("10.1.2.3")), {}, false));
    QVERIFY(!open.allows(QHostAddress(QStringLiteral("10.2.0.1")), {}, false));
    QVERIFY(!open.allows(QHostAddress(QStringLiteral("127.0.0.2")), {}, false));
    // Through a proxy the peer is the proxy: only the token counts.
    QVERIFY(!open.allows(QHostAddress(QStringLiteral("127.0.0.1")), {}, true));
    QVERIFY(
        open.allows(QHostAddress(QStringLiteral("127.0.0.1")), "Bearer a-long-enough-token", true));
    QVERIFY(open.allows(QHostAddress(QStringLiteral("203.0.113.9")), "Bearer a-long-enough-token",
                        false));
    QVERIFY(!open.allows(QHostAddress(QStringLiteral("203.0.113.9")), "Bearer a-long-enough-tokeN",
                         false));
    QVERIFY(!open.allows(QHostAddress(QStringLiteral("203.0.113.9")), "Bearer ", false));
    const MetricsAccess noToken{QString(), QByteArray()};
    QVERIFY(!noToken.allows(QHostAddress(QStringLiteral("203.0.113.9")), "Bearer ", false));
}

void MetricsTest::serverExpositionPassesPromtool()
{
    observeHttpRequest(QStringLiteral("GET"), QStringLiteral("/api/users/7"), 200, 0.003);
    observeHttpRequest(QStringLiteral("POST"), QStringLiteral("/api/auth/login"), 500, 0.2);
    webSocketWelcomed(true);
    webSocketMessageIn();
    webSocketMessageOut();
    matchOpened(QStringLiteral("remote"));
    setQueueSize(QStringLiteral("one_vs_one"), 3);
    observeTickLateness(1.5);
    observeSnapshotGap(33.0);
    observeSnapshotHandoff(0.3);
    observeWebSocketSendWait(20.0);
    webSocketWriteBlocked();
    setWorkerQueueDepth(2);
    observeWorkerWait(0.001);
    observeDatabaseQuery(0.002);
    signIn(false);
    rateLimitRefused(QStringLiteral("login-ip"));
    chatDelivered();
    const QByteArray text = registry().render();
    for (const char *name :
         {"transcendence_http_requests_total{method=\"GET\",route=\"/api/users/{id}\","
          "status=\"200\"} 1",
          "transcendence_websocket_connections{kind=\"signed_in\"} 1",
          "transcendence_live_matches{kind=\"remote\"} 1",
          "transcendence_matchmaking_queue_size{mode=\"one_vs_one\"} 3",
          "transcendence_tick_lateness_seconds_count 1",
          "transcendence_snapshot_gap_seconds_count 1",
          "transcendence_snapshot_handoff_seconds_bucket{le=\"0.001\"} 1",
          "transcendence_websocket_send_wait_seconds_bucket{le=\"0.016\"} 0",
          "transcendence_websocket_send_wait_seconds_bucket{le=\"0.025\"} 1",
          "transcendence_websocket_writes_blocked_total 1", "transcendence_worker_queue_depth 2",
          "transcendence_worker_wait_seconds_count 1", "transcendence_database_job_seconds_count 1",
          "transcendence_sign_ins_total{result=\"failure\"} 1",
          "transcendence_rate_limited_total{limit=\"login-ip\"} 1",
          "transcendence_chat_deliveries_total 1", "process_cpu_seconds_total ",
          "process_resident_memory_bytes ", "process_start_time_seconds "}) {
        QVERIFY2(text.contains(name), name);
    }
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    QVERIFY2(!promtool.isEmpty(), "promtool is missing: scripts/lib/bootstrap.sh installs it");
    QProcess check;
    check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
    QVERIFY(check.waitForStarted());
    check.write(text);
    check.closeWriteChannel();
    QVERIFY(check.waitForFinished(30'000));
    const QByteArray output = check.readAllStandardOutput() + check.readAllStandardError();
    QVERIFY2(check.exitCode() == 0, (output + "\n---\n" + text).constData());
}

void MetricsTest::summaryReadsTheSameFigures()
{
    const Summary before = summarize();
    observeHttpRequest(QStringLiteral("GET"), QStringLiteral("/api/meta"), 503, 0.01);
    webSocketWelcomed(false);
    const Summary after = summarize();
    QCOMPARE(after.httpRequests, before.httpRequests + 1);
    QCOMPARE(after.httpErrors, before.httpErrors + 1);
    QCOMPARE(after.webSocketGuests, before.webSocketGuests + 1);
    QVERIFY(after.residentBytes > 0);
    QVERIFY(after.httpLatencyP99Ms > 0);
}

QTEST_GUILESS_MAIN(MetricsTest)
#include "MetricsTest.moc"
