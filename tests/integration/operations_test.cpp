// The operator's side through real sockets: /metrics (who may read it, what promtool says of
// it, nginx never forwarding it) and push-to-deploy by GitHub webhook (signatures, redeliveries,
// branches, and pushes that arrive during a deploy), with a deploy command that writes markers.
#include "ApiTestClient.h"
#include "HttpsTestClient.h"
#include "NginxProcess.h"
#include "PostgresCluster.h"
#include "ServerProcess.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace transcendence::testing;

namespace {

const QByteArray kSecret = "webhook-secret-for-the-operations-test";

QByteArray signatureOf(const QByteArray &body, const QByteArray &secret = kSecret)
{
    return "sha256=" +
           QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

QByteArray pushBody(const QString &branch, const QString &commit)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("ref"), QStringLiteral("refs/heads/") + branch},
                           {QStringLiteral("after"), commit}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class OperationsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void metricsAnswerLoopbackInPrometheusFormat();
    void metricsRefuseOtherAddressesButTakeTheToken();
    void nginxNeverForwardsMetrics();
    void webhookRefusesBadOrMissingSignatures();
    void webhookAnswersPing();
    void pushToTheDeployBranchRunsTheCommand();
    void redeliveryDoesNotDeployTwice();
    void pushToAnotherBranchIsIgnored();
    void pushesDuringADeployWaitAndTheNewestWins();
    void webhookThroughNginx();
    void statusShowsComponentsAndCounts();
    void incidentNotesAreForAdminsAndAudited();
    void adminServerFiguresSummarizeTheMetrics();

private:
    HttpAnswer deliver(const QByteArray &event, const QByteArray &body, const QString &deliveryId,
                       std::optional<QByteArray> signature = std::nullopt,
                       const QString &base = {});
    QByteArray rawGet(const QHostAddress &from, const QByteArray &path,
                      const QByteArray &extraHeaders = {});
    QStringList markerLines() const;
    QString deliveryResult(const QString &id) const;
    bool waitForResult(const QString &id, const QString &result, int timeoutMs = 15'000);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<NginxProcess> m_nginx;
    std::unique_ptr<ApiTestClient> m_api;
    HttpsTestClient m_http;
    QString m_dir;
};

void OperationsTest::initTestCase()
{
    TRANSCENDENCE_REQUIRE_TEST_ENV("TRANSCENDENCE_TEST_ADMIN_DATABASE_URL",
                                   "TRANSCENDENCE_TEST_TLS_DIR", "TRANSCENDENCE_TEST_CA_FILE");
    m_dir = TestEnvironment::scratchDir() + QStringLiteral("/operations-") +
            QUuid::createUuid().toString(QUuid::Id128);
    QVERIFY(QDir().mkpath(m_dir));
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    m_nginx = std::make_unique<NginxProcess>();
    m_server = std::make_unique<ServerProcess>(m_database->url(), m_nginx->httpsUrl());
    // The deploy: a start marker, then it waits while a "hold" file exists (the test's way to
    // keep it running), then an end marker. Markers carry the delivery and the commit.
    const QString command =
        QStringLiteral("echo \"start $DEPLOY_DELIVERY $DEPLOY_COMMIT\" "
                       ">> '%1/markers'; while [ -e '%1/hold' ]; do sleep 0.05; done; "
                       "echo \"end $DEPLOY_DELIVERY\" >> '%1/markers'; "
                       "echo deployed $DEPLOY_REF")
            .arg(m_dir);
    auto &env = m_server->environment();
    env.insert(QStringLiteral("TRANSCENDENCE_WEBHOOK_SECRET"), QString::fromLatin1(kSecret));
    env.insert(QStringLiteral("TRANSCENDENCE_DEPLOY_BRANCH"), QStringLiteral("release"));
    env.insert(QStringLiteral("TRANSCENDENCE_DEPLOY_COMMAND"), command);
    env.insert(QStringLiteral("TRANSCENDENCE_METRICS_TOKEN"),
               QStringLiteral("metrics-token-0123456789"));
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    QString error;
    QVERIFY2(m_nginx->start(m_server->port(), TestEnvironment::webRoot(), &error),
             qPrintable(error));
    m_api = std::make_unique<ApiTestClient>(m_server->baseUrl());
}

void OperationsTest::cleanupTestCase()
{
    QFile::remove(m_dir + QStringLiteral("/hold"));
}

HttpAnswer OperationsTest::deliver(const QByteArray &event, const QByteArray &body,
                                   const QString &deliveryId, std::optional<QByteArray> signature,
                                   const QString &base)
{
    QHash<QByteArray, QByteArray> headers{{"Content-Type", "application/json"},
                                          {"X-GitHub-Event", event},
                                          {"X-GitHub-Delivery", deliveryId.toLatin1()},
                                          {"User-Agent", "GitHub-Hookshot/test"}};
    const QByteArray sig = signature.value_or(signatureOf(body));
    if (!sig.isEmpty()) {
        headers.insert("X-Hub-Signature-256", sig);
    }
    return m_http.send(
        "POST", (base.isEmpty() ? m_server->baseUrl() : base) + QStringLiteral("/webhook/github"),
        body, headers);
}

QByteArray OperationsTest::rawGet(const QHostAddress &from, const QByteArray &path,
                                  const QByteArray &extraHeaders)
{
    QTcpSocket socket;
    if (!socket.bind(from)) {
        return {};
    }
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    if (!socket.waitForConnected(5000)) {
        return {};
    }
    socket.write("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" +
                 extraHeaders + "\r\n");
    QByteArray answer;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000)) {
        answer += socket.readAll();
    }
    return answer + socket.readAll();
}

QStringList OperationsTest::markerLines() const
{
    QFile file(m_dir + QStringLiteral("/markers"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString OperationsTest::deliveryResult(const QString &id) const
{
    return m_database->scalar(
        QStringLiteral("SELECT result FROM webhook_deliveries WHERE delivery_id = '%1'").arg(id));
}

bool OperationsTest::waitForResult(const QString &id, const QString &result, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (deliveryResult(id) == result) {
            return true;
        }
        QTest::qWait(50);
    }
    return false;
}

void OperationsTest::metricsAnswerLoopbackInPrometheusFormat()
{
    m_http.get(m_server->baseUrl() + QStringLiteral("/api/users/12345")); // a templated route
    const HttpAnswer answer = m_http.get(m_server->baseUrl() + QStringLiteral("/metrics"));
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.header("Content-Type").startsWith("text/plain; version=0.0.4"));
    QVERIFY2(answer.body.contains("route=\"/api/users/{id}\""), answer.body.constData());
    QVERIFY(!answer.body.contains("12345\""));
    QVERIFY(answer.body.contains("transcendence_websocket_connections{kind=\"guest\"}"));
    QVERIFY(answer.body.contains("process_resident_memory_bytes "));
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    QVERIFY2(!promtool.isEmpty(), "promtool is missing (scripts/lib/bootstrap.sh installs it)");
    QProcess check;
    check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
    QVERIFY(check.waitForStarted());
    check.write(answer.body);
    check.closeWriteChannel();
    QVERIFY(check.waitForFinished(30'000));
    QVERIFY2(check.exitCode() == 0, check.readAll().constData());
}

void OperationsTest::metricsRefuseOtherAddressesButTakeTheToken()
{
    // 127.0.0.2 is on this machine but not the loopback address the rule names.
    const QByteArray refused = rawGet(QHostAddress(QStringLiteral("127.0.0.2")), "/metrics");
    QVERIFY2(refused.startsWith("HTTP/1.1 403"), refused.constData());
    QVERIFY(refused.contains("metrics_forbidden"));
    const QByteArray wrongToken = rawGet(QHostAddress(QStringLiteral("127.0.0.2")), "/metrics",
                                         "Authorization: Bearer not-the-token-at-all\r\n");
    QVERIFY(wrongToken.startsWith("HTTP/1.1 403"));
    const QByteArray withToken = rawGet(QHostAddress(QStringLiteral("127.0.0.2")), "/metrics",
                                        "Authorization: Bearer metrics-token-0123456789\r\n");
    QVERIFY2(withToken.startsWith("HTTP/1.1 200"), withToken.left(300).constData());
    QVERIFY(withToken.contains("transcendence_http_requests_total"));
    // A proxied request comes from loopback too: the forwarding header takes the address away.
    const QByteArray proxied =
        rawGet(QHostAddress(QStringLiteral("127.0.0.1")), "/metrics", "X-Real-IP: 203.0.113.7\r\n");
    QVERIFY(proxied.startsWith("HTTP/1.1 403"));
}

void OperationsTest::nginxNeverForwardsMetrics()
{
    const HttpAnswer answer = m_http.get(m_nginx->httpsUrl() + QStringLiteral("/metrics"));
    QCOMPARE(answer.status, 404);
    QVERIFY(!answer.body.contains("transcendence_"));
}

void OperationsTest::webhookRefusesBadOrMissingSignatures()
{
    const QByteArray body = pushBody(QStringLiteral("release"), QStringLiteral("bad1"));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    HttpAnswer answer = deliver("push", body, id, signatureOf(body, "another-secret"));
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")),
             QStringLiteral("invalid_signature"));
    answer = deliver("push", body, id, QByteArray());
    QCOMPARE(answer.status, 401);
    answer = deliver("push", body, id, "sha1=" + signatureOf(body).mid(7));
    QCOMPARE(answer.status, 401);
    // The right signature of another body.
    answer = deliver("push", body + " ", id, signatureOf(body));
    QCOMPARE(answer.status, 401);
    QCOMPARE(m_database->scalar(
                 QStringLiteral("SELECT count(*) FROM webhook_deliveries WHERE delivery_id = '%1'")
                     .arg(id)),
             QStringLiteral("0")); // nothing recorded, nothing run
    QVERIFY(markerLines().isEmpty());
    answer = m_http.get(m_server->baseUrl() + QStringLiteral("/webhook/github"));
    QCOMPARE(answer.status, 405);
    const QByteArray huge(1024 * 1024 + 10, 'x');
    answer = deliver("push", huge, id);
    QCOMPARE(answer.status, 413);
    answer = deliver("push", "not json", id);
    QCOMPARE(answer.status, 400);
}

void OperationsTest::webhookAnswersPing()
{
    const QByteArray body = R"({"zen":"Keep it logically awesome.","hook_id":1})";
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const HttpAnswer answer = deliver("ping", body, id);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value(QStringLiteral("result")).toString(), QStringLiteral("pong"));
    QCOMPARE(deliveryResult(id), QStringLiteral("pong"));
}

void OperationsTest::pushToTheDeployBranchRunsTheCommand()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const HttpAnswer answer =
        deliver("push", pushBody(QStringLiteral("release"), QStringLiteral("c0ffee1")), id);
    QCOMPARE(answer.status, 202);
    QCOMPARE(answer.json().value(QStringLiteral("result")).toString(), QStringLiteral("queued"));
    QVERIFY2(waitForResult(id, QStringLiteral("succeeded")), qPrintable(deliveryResult(id)));
    QCOMPARE(markerLines(), QStringList({QStringLiteral("start %1 c0ffee1").arg(id),
                                         QStringLiteral("end %1").arg(id)}));
    QCOMPARE(
        m_database->scalar(
            QStringLiteral("SELECT output_tail FROM webhook_deliveries WHERE delivery_id = '%1'")
                .arg(id)),
        QStringLiteral("deployed refs/heads/release\n"));
    QCOMPARE(m_database->scalar(
                 QStringLiteral("SELECT exit_code FROM webhook_deliveries WHERE delivery_id = '%1'")
                     .arg(id)),
             QStringLiteral("0"));
}

void OperationsTest::redeliveryDoesNotDeployTwice()
{
    QFile::remove(m_dir + QStringLiteral("/markers"));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray body = pushBody(QStringLiteral("release"), QStringLiteral("beef002"));
    QCOMPARE(deliver("push", body, id).status, 202);
    QVERIFY(waitForResult(id, QStringLiteral("succeeded")));
    const HttpAnswer again = deliver("push", body, id); // GitHub's "Redeliver" button
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(QStringLiteral("result")).toString(), QStringLiteral("duplicate"));
    QTest::qWait(500);
    QCOMPARE(markerLines().size(), 2); // one start, one end
    QCOMPARE(deliveryResult(id), QStringLiteral("succeeded"));
}

void OperationsTest::pushToAnotherBranchIsIgnored()
{
    QFile::remove(m_dir + QStringLiteral("/markers"));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const HttpAnswer answer =
        deliver("push", pushBody(QStringLiteral("main"), QStringLiteral("abc0003")), id);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value(QStringLiteral("result")).toString(), QStringLiteral("ignored"));
    QCOMPARE(deliveryResult(id), QStringLiteral("ignored"));
    QTest::qWait(300);
    QVERIFY(markerLines().isEmpty());
}

void OperationsTest::pushesDuringADeployWaitAndTheNewestWins()
{
    QFile::remove(m_dir + QStringLiteral("/markers"));
    QFile hold(m_dir + QStringLiteral("/hold"));
    QVERIFY(hold.open(QIODevice::WriteOnly));
    hold.close();
    const QString first = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString second = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString third = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(
        deliver("push", pushBody(QStringLiteral("release"), QStringLiteral("one")), first).status,
        202);
    QTRY_COMPARE_WITH_TIMEOUT(markerLines().size(), 1, 10'000); // the first deploy runs
    QCOMPARE(
        deliver("push", pushBody(QStringLiteral("release"), QStringLiteral("two")), second).status,
        202);
    QCOMPARE(
        deliver("push", pushBody(QStringLiteral("release"), QStringLiteral("three")), third).status,
        202);
    QVERIFY(waitForResult(second, QStringLiteral("superseded")));
    QCOMPARE(deliveryResult(third), QStringLiteral("queued"));
    QCOMPARE(deliveryResult(first), QStringLiteral("running"));
    QTest::qWait(300);
    QCOMPARE(markerLines().size(), 1); // never two at once
    QVERIFY(QFile::remove(m_dir + QStringLiteral("/hold")));
    QVERIFY(waitForResult(third, QStringLiteral("succeeded")));
    QCOMPARE(deliveryResult(first), QStringLiteral("succeeded"));
    QCOMPARE(markerLines(), QStringList({QStringLiteral("start %1 one").arg(first),
                                         QStringLiteral("end %1").arg(first),
                                         QStringLiteral("start %1 three").arg(third),
                                         QStringLiteral("end %1").arg(third)}));
}

void OperationsTest::webhookThroughNginx()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const HttpAnswer answer =
        deliver("ping", R"({"zen":"through nginx"})", id, std::nullopt, m_nginx->httpsUrl());
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value(QStringLiteral("result")).toString(), QStringLiteral("pong"));
    const HttpAnswer unsigned_ =
        deliver("ping", R"({"zen":"x"})", id, QByteArray(), m_nginx->httpsUrl());
    QCOMPARE(unsigned_.status, 401);
}

void OperationsTest::statusShowsComponentsAndCounts()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_http.get(m_nginx->httpsUrl() + QStringLiteral("/api/status"))
                                  .json()
                                  .value(QStringLiteral("status"))
                                  .toString(),
                              QStringLiteral("up"), 10'000);
    const HttpAnswer answer = m_http.get(m_nginx->httpsUrl() + QStringLiteral("/api/status"));
    QCOMPARE(answer.status, 200);
    const QJsonObject body = answer.json();
    const QJsonObject components = body.value(QStringLiteral("components")).toObject();
    QCOMPARE(components.keys(), QStringList({QStringLiteral("api"), QStringLiteral("database"),
                                             QStringLiteral("realtime")}));
    for (const QString &key : components.keys()) {
        QCOMPARE(components.value(key).toString(), QStringLiteral("up"));
    }
    QVERIFY(body.value(QStringLiteral("liveMatches")).isDouble());
    QVERIFY(body.value(QStringLiteral("playersOnline")).isDouble());
    QVERIFY(body.value(QStringLiteral("incident")).isNull());
    QCOMPARE(m_http.send("POST", m_server->baseUrl() + QStringLiteral("/api/status")).status, 405);
}

void OperationsTest::incidentNotesAreForAdminsAndAudited()
{
    const QString path = QStringLiteral("/api/admin/status/incident");
    const QJsonObject note{{QStringLiteral("message"), QStringLiteral("Matchmaking is slow")},
                           {QStringLiteral("severity"), QStringLiteral("outage")}};
    QCOMPARE(m_api->authorized("POST", path, QString(), note).status, 401);
    const ApiTestClient::Account player = m_api->registerAccount(QStringLiteral("opsplayer_"));
    QCOMPARE(m_api->authorized("POST", path, player.accessToken, note).status, 403);
    QCOMPARE(m_api->authorized("DELETE", path, player.accessToken).status, 403);

    const ApiTestClient::Account admin = m_api->registerAccount(QStringLiteral("opsadmin_"));
    m_database->scalar(
        QStringLiteral("UPDATE users SET role = 'admin' WHERE id = %1 RETURNING 1").arg(admin.id));
    HttpAnswer answer = m_api->authorized("POST", path, admin.accessToken,
                                          {{QStringLiteral("message"), QString()},
                                           {QStringLiteral("severity"), QStringLiteral("bad")}});
    QCOMPARE(answer.status, 422);
    const QJsonObject fields = answer.json()
                                   .value(QStringLiteral("error"))
                                   .toObject()
                                   .value(QStringLiteral("fields"))
                                   .toObject();
    QVERIFY(fields.contains(QStringLiteral("message")));
    QVERIFY(fields.contains(QStringLiteral("severity")));
    answer = m_api->authorized("POST", path, admin.accessToken, note);
    QCOMPARE(answer.status, 201);
    QCOMPARE(answer.json().value(QStringLiteral("severity")).toString(), QStringLiteral("outage"));
    // A second note replaces the first.
    QCOMPARE(m_api
                 ->authorized("POST", path, admin.accessToken,
                              {{QStringLiteral("message"), QStringLiteral("Back soon")}})
                 .status,
             201);
    const QJsonObject shown = m_http.get(m_server->baseUrl() + QStringLiteral("/api/status"))
                                  .json()
                                  .value(QStringLiteral("incident"))
                                  .toObject();
    QCOMPARE(shown.value(QStringLiteral("message")).toString(), QStringLiteral("Back soon"));
    QCOMPARE(shown.value(QStringLiteral("severity")).toString(), QStringLiteral("degraded"));
    QCOMPARE(m_http.get(m_server->baseUrl() + QStringLiteral("/api/status"))
                 .json()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("degraded")); // the note counts, even with every probe up
    QCOMPARE(m_database->scalar(
                 QStringLiteral("SELECT count(*) FROM status_incidents WHERE resolved_at IS NULL")),
             QStringLiteral("1"));

    QCOMPARE(m_api->authorized("DELETE", path, admin.accessToken).status, 204);
    QVERIFY(m_http.get(m_server->baseUrl() + QStringLiteral("/api/status"))
                .json()
                .value(QStringLiteral("incident"))
                .isNull());
    QCOMPARE(m_api->authorized("DELETE", path, admin.accessToken).status, 404);
    QCOMPARE(
        m_database->scalar(
            QStringLiteral("SELECT string_agg(action, ',' ORDER BY id) FROM admin_audit_log "
                           "WHERE admin_id = %1")
                .arg(admin.id)),
        QStringLiteral("status_incident_posted,status_incident_posted,status_incident_resolved"));
}

void OperationsTest::adminServerFiguresSummarizeTheMetrics()
{
    const QString path = QStringLiteral("/api/admin/server");
    const ApiTestClient::Account player = m_api->registerAccount(QStringLiteral("opsviewer_"));
    QCOMPARE(m_api->authorized("GET", path, player.accessToken).status, 403);
    const ApiTestClient::Account admin = m_api->registerAccount(QStringLiteral("opsboss_"));
    m_database->scalar(
        QStringLiteral("UPDATE users SET role = 'admin' WHERE id = %1 RETURNING 1").arg(admin.id));
    const HttpAnswer answer = m_api->authorized("GET", path, admin.accessToken);
    QCOMPARE(answer.status, 200);
    const QJsonObject body = answer.json();
    QVERIFY(
        body.value(QStringLiteral("http")).toObject().value(QStringLiteral("requests")).toInt() >
        10);
    QVERIFY(body.value(QStringLiteral("process"))
                .toObject()
                .value(QStringLiteral("residentBytes"))
                .toDouble() > 1e6);
    QVERIFY(body.value(QStringLiteral("signIns")).toObject().contains(QStringLiteral("failed")));
    const QJsonArray deploys = body.value(QStringLiteral("deploys")).toArray();
    QCOMPARE(deploys.size(), 5);
    QVERIFY(!deploys.first().toObject().value(QStringLiteral("result")).toString().isEmpty());
}

QTEST_GUILESS_MAIN(OperationsTest)
#include "operations_test.moc"
