// The platform as a browser or app meets it: nginx (production config) in front of the real
// server, which runs against a database of its own in the test cluster.
#include "HttpsTestClient.h"
#include "NginxProcess.h"
#include "PostgresCluster.h"
#include "ServerProcess.h"
#include "TestEnvironment.h"
#include "WebSocketTestClient.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace transcendence::testing;

class PlatformTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void healthzThroughNginx();
    void readyzThroughNginx();
    void securityHeadersOnEveryKindOfAnswer_data();
    void securityHeadersOnEveryKindOfAnswer();
    void unknownApiPathsGetTheJsonErrorShape_data();
    void unknownApiPathsGetTheJsonErrorShape();
    void deepLinkServesTheSpa();
    void staticFilesHaveTypesAndCaching();
    void missingFileIsA404NotTheSpa();
    void serverAloneAlsoServesTheSpa();
    void httpRedirectsToHttps();
    void requestIdIsLoggedAndReturned();
    void plainGetOnWsIsRefused();
    void websocketHelloAndHeartbeat();
    void websocketBadMessagesGetErrorsNotACrash();
    void websocketRequiresHelloFirst();
    void websocketRefusesOtherProtocolVersions();
    void websocketRefusesForeignOrigins();
    void gracefulShutdownClosesSocketsWithGoingAway();

private:
    QString wsUrl() const
    {
        return m_nginx->httpsUrl().replace(QStringLiteral("https:"), QStringLiteral("wss:")) +
               QStringLiteral("/ws");
    }
    QJsonObject helloAndWelcome(WebSocketTestClient &client);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<NginxProcess> m_nginx;
    std::unique_ptr<ServerProcess> m_server;
    HttpsTestClient m_http;
};

void PlatformTest::initTestCase()
{
    TRANSCENDENCE_REQUIRE_TEST_ENV("TRANSCENDENCE_TEST_ADMIN_DATABASE_URL",
                                   "TRANSCENDENCE_TEST_TLS_DIR", "TRANSCENDENCE_TEST_CA_FILE");
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    m_nginx = std::make_unique<NginxProcess>();
    m_server = std::make_unique<ServerProcess>(m_database->url(), m_nginx->httpsUrl());
    m_server->environment().insert(QStringLiteral("TRANSCENDENCE_WEB_ROOT"),
                                   TestEnvironment::webRoot());
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    QString error;
    QVERIFY2(m_nginx->start(m_server->port(), TestEnvironment::webRoot(), &error),
             qPrintable(error));
}

void PlatformTest::healthzThroughNginx()
{
    const HttpAnswer answer = m_http.get(m_nginx->httpsUrl() + QStringLiteral("/healthz"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QVERIFY(!answer.json().value(QStringLiteral("version")).toString().isEmpty());
    QVERIFY(answer.header("Content-Type").startsWith("application/json"));
}

void PlatformTest::readyzThroughNginx()
{
    const HttpAnswer answer = m_http.get(m_nginx->httpsUrl() + QStringLiteral("/readyz"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
}

void PlatformTest::securityHeadersOnEveryKindOfAnswer_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("api answer from the server") << QStringLiteral("/healthz");
    QTest::newRow("api error from the server") << QStringLiteral("/api/nope");
    QTest::newRow("spa from nginx") << QStringLiteral("/");
    QTest::newRow("deep link from nginx") << QStringLiteral("/some/view");
    QTest::newRow("404 from nginx") << QStringLiteral("/missing.js");
}

void PlatformTest::securityHeadersOnEveryKindOfAnswer()
{
    QFETCH(QString, path);
    const HttpAnswer answer = m_http.get(m_nginx->httpsUrl() + path);
    QVERIFY2(answer.status != 0, qPrintable(answer.networkError));
    const QByteArray csp = answer.header("Content-Security-Policy");
    QVERIFY2(!csp.isEmpty(), "Content-Security-Policy missing");
    QVERIFY(!csp.contains("unsafe-inline"));
    QVERIFY(!csp.contains("unsafe-eval"));
    QVERIFY(csp.contains("script-src 'self'"));
    QVERIFY(csp.contains("frame-ancestors 'none'"));
    QCOMPARE(answer.header("X-Content-Type-Options"), QByteArray("nosniff"));
    QCOMPARE(answer.header("Referrer-Policy"), QByteArray("no-referrer"));
    QVERIFY(answer.header("Strict-Transport-Security").startsWith("max-age="));
    QVERIFY(!answer.header("X-Request-Id").isEmpty());
    QCOMPARE(csp.count("default-src"), 1); // not sent twice (repeated headers arrive joined)
}

void PlatformTest::unknownApiPathsGetTheJsonErrorShape_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("GET") << QByteArray("GET") << QStringLiteral("/api/nope");
    QTest::newRow("POST nested") << QByteArray("POST") << QStringLiteral("/api/users/42/friends");
    QTest::newRow("DELETE") << QByteArray("DELETE") << QStringLiteral("/api/x");
    QTest::newRow("file-like") << QByteArray("GET") << QStringLiteral("/api/data.json");
}

void PlatformTest::unknownApiPathsGetTheJsonErrorShape()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const HttpAnswer answer = m_http.send(method, m_nginx->httpsUrl() + path,
                                          method == "POST" ? QByteArray("{}") : QByteArray());
    QCOMPARE(answer.status, 404);
    QVERIFY(answer.header("Content-Type").startsWith("application/json"));
    const QJsonObject error = answer.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
}

void PlatformTest::deepLinkServesTheSpa()
{
    QFile index(TestEnvironment::webRoot() + QStringLiteral("/index.html"));
    QVERIFY2(index.open(QIODevice::ReadOnly),
             "the web root has no index.html: is the web_root target built?");
    const QByteArray expected = index.readAll();
    for (const QString &path : {QStringLiteral("/status"),
                                QStringLiteral("/play/room/12?spectate=1"), QStringLiteral("/")}) {
        const HttpAnswer answer = m_http.get(m_nginx->httpsUrl() + path);
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.header("Content-Type").startsWith("text/html"));
        QCOMPARE(answer.body, expected);
        QCOMPARE(answer.header("Cache-Control"), QByteArray("no-cache"));
    }
}

void PlatformTest::staticFilesHaveTypesAndCaching()
{
    // Every file of the built web root is served with its type; hashed assets are immutable.
    int checked = 0;
    QDirIterator files(TestEnvironment::webRoot(),
                       {QStringLiteral("*.js"), QStringLiteral("*.css")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString file = files.next();
        const QString path = file.mid(TestEnvironment::webRoot().size());
        const HttpAnswer answer = m_http.get(m_nginx->httpsUrl() + path);
        QCOMPARE(answer.status, 200);
        QFile onDisk(file);
        QVERIFY(onDisk.open(QIODevice::ReadOnly));
        QCOMPARE(answer.body, onDisk.readAll());
        const QByteArray type = answer.header("Content-Type");
        QVERIFY2(file.endsWith(QLatin1String(".css")) ? type.startsWith("text/css")
                                                      : type.contains("javascript"),
                 qPrintable(path + QStringLiteral(": ") + QString::fromLatin1(type)));
        const QByteArray cache = answer.header("Cache-Control");
        if (path.startsWith(QLatin1String("/assets/"))) {
            QCOMPARE(cache, QByteArray("public, max-age=31536000, immutable"));
        } else {
            QCOMPARE(cache, QByteArray("no-cache"));
        }
        ++checked;
    }
    QVERIFY2(checked > 0, "no .js or .css file in the web root");
}

void PlatformTest::missingFileIsA404NotTheSpa()
{
    QFile index(TestEnvironment::webRoot() + QStringLiteral("/index.html"));
    QVERIFY(index.open(QIODevice::ReadOnly));
    const HttpAnswer answer =
        m_http.get(m_nginx->httpsUrl() + QStringLiteral("/js/no-such-module.js"));
    QCOMPARE(answer.status, 404);
    QVERIFY(answer.body != index.readAll());
}

void PlatformTest::serverAloneAlsoServesTheSpa()
{
    QFile index(TestEnvironment::webRoot() + QStringLiteral("/index.html"));
    QVERIFY(index.open(QIODevice::ReadOnly));
    const HttpAnswer deepLink = m_http.get(m_server->baseUrl() + QStringLiteral("/profile/7"));
    QCOMPARE(deepLink.status, 200);
    QCOMPARE(deepLink.body, index.readAll());
    QCOMPARE(deepLink.header("Cache-Control"), QByteArray("no-cache"));
    const HttpAnswer missing = m_http.get(m_server->baseUrl() + QStringLiteral("/nope.css"));
    QCOMPARE(missing.status, 404);
    const HttpAnswer post =
        m_http.send("POST", m_server->baseUrl() + QStringLiteral("/profile/7"), "x");
    QCOMPARE(post.status, 405);
    QCOMPARE(post.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("method_not_allowed"));
}

void PlatformTest::httpRedirectsToHttps()
{
    const HttpAnswer answer = m_http.get(m_nginx->httpUrl() + QStringLiteral("/status?tab=2"));
    QCOMPARE(answer.status, 301);
    QCOMPARE(QString::fromLatin1(answer.header("Location")),
             m_nginx->httpsUrl() + QStringLiteral("/status?tab=2"));
}

void PlatformTest::requestIdIsLoggedAndReturned()
{
    const HttpAnswer answer = m_http.get(m_nginx->httpsUrl() + QStringLiteral("/healthz"));
    const QByteArray requestId = answer.header("X-Request-Id");
    QVERIFY(!requestId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QJsonObject &event : m_server->events(QStringLiteral("http_request"))) {
                if (event.value(QStringLiteral("requestId")).toString().toLatin1() == requestId) {
                    return event.value(QStringLiteral("path")).toString() ==
                               QLatin1String("/healthz") &&
                           event.value(QStringLiteral("status")).toInt() == 200 &&
                           !event.value(QStringLiteral("ts")).toString().isEmpty();
                }
            }
            return false;
        }(),
        5000);
}

void PlatformTest::plainGetOnWsIsRefused()
{
    const HttpAnswer answer = m_http.get(m_nginx->httpsUrl() + QStringLiteral("/ws"));
    QCOMPARE(answer.status, 426);
    QCOMPARE(answer.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("upgrade_required"));
}

QJsonObject PlatformTest::helloAndWelcome(WebSocketTestClient &client)
{
    client.sendJson({{QStringLiteral("type"), QStringLiteral("hello")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("client"), QStringLiteral("integration-test")}});
    return client.next();
}

void PlatformTest::websocketHelloAndHeartbeat()
{
    WebSocketTestClient client(m_nginx->httpsUrl()); // a page of our own origin
    QVERIFY(client.open(wsUrl()));
    const QJsonObject welcome = helloAndWelcome(client);
    QCOMPARE(welcome.value(QStringLiteral("type")).toString(), QStringLiteral("welcome"));
    QCOMPARE(welcome.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(welcome.value(QStringLiteral("heartbeatIntervalMs")).toInt(), 15000);
    QVERIFY(!welcome.value(QStringLiteral("connectionId")).toString().isEmpty());
    QVERIFY(QDateTime::fromString(welcome.value(QStringLiteral("serverTime")).toString(),
                                  Qt::ISODateWithMs)
                .isValid());

    for (int seq : {1, 2, 9007199}) {
        client.sendJson(
            {{QStringLiteral("type"), QStringLiteral("ping")}, {QStringLiteral("seq"), seq}});
        const QJsonObject pong = client.next();
        QCOMPARE(pong.value(QStringLiteral("type")).toString(), QStringLiteral("pong"));
        QCOMPARE(pong.value(QStringLiteral("seq")).toInt(), seq);
    }
    QVERIFY(client.isOpen());
}

void PlatformTest::websocketBadMessagesGetErrorsNotACrash()
{
    WebSocketTestClient client;
    QVERIFY(client.open(wsUrl()));
    QCOMPARE(helloAndWelcome(client).value(QStringLiteral("type")).toString(),
             QStringLiteral("welcome"));

    const auto expectError = [&](const QString &code) {
        const QJsonObject error = client.next();
        return error.value(QStringLiteral("type")).toString() == QLatin1String("error") &&
               error.value(QStringLiteral("code")).toString() == code;
    };
    client.sendText(QStringLiteral("not json at all"));
    QVERIFY(expectError(QStringLiteral("malformed_json")));
    client.sendText(QStringLiteral("[1,2,3]"));
    QVERIFY(expectError(QStringLiteral("malformed_json")));
    client.sendJson({{QStringLiteral("seq"), 1}});
    QVERIFY(expectError(QStringLiteral("missing_type")));
    client.sendJson({{QStringLiteral("type"), QStringLiteral("launch_missiles")}});
    QVERIFY(expectError(QStringLiteral("unknown_type")));
    client.sendJson(
        {{QStringLiteral("type"), QStringLiteral("ping")}, {QStringLiteral("seq"), -4}});
    QVERIFY(expectError(QStringLiteral("invalid_field")));
    client.sendBinary(QByteArray(64, 'x'));
    QVERIFY(expectError(QStringLiteral("binary_not_supported")));
    client.sendText(QString(20 * 1024, QLatin1Char('a')));
    QVERIFY(expectError(QStringLiteral("message_too_large")));

    // Still a working connection afterwards.
    client.sendJson({{QStringLiteral("type"), QStringLiteral("ping")}, {QStringLiteral("seq"), 5}});
    QCOMPARE(client.next().value(QStringLiteral("type")).toString(), QStringLiteral("pong"));
}

void PlatformTest::websocketRequiresHelloFirst()
{
    WebSocketTestClient client;
    QVERIFY(client.open(wsUrl()));
    client.sendJson({{QStringLiteral("type"), QStringLiteral("ping")}, {QStringLiteral("seq"), 1}});
    const QJsonObject error = client.next();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("hello_required"));
    QCOMPARE(client.waitForClose(), 4002);
}

void PlatformTest::websocketRefusesOtherProtocolVersions()
{
    WebSocketTestClient client;
    QVERIFY(client.open(wsUrl()));
    client.sendJson(
        {{QStringLiteral("type"), QStringLiteral("hello")}, {QStringLiteral("version"), 99}});
    const QJsonObject error = client.next();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("unsupported_version"));
    QCOMPARE(client.waitForClose(), 4001);
}

void PlatformTest::websocketRefusesForeignOrigins()
{
    // What a page on another site gets: closed at once with "policy violation", never a welcome.
    WebSocketTestClient client(QStringLiteral("https://evil.example"));
    if (client.open(wsUrl())) {
        client.sendJson(
            {{QStringLiteral("type"), QStringLiteral("hello")}, {QStringLiteral("version"), 1}});
    }
    QCOMPARE(client.waitForClose(), 1008);
    QVERIFY(client.next(200).isEmpty());
}

void PlatformTest::gracefulShutdownClosesSocketsWithGoingAway()
{
    WebSocketTestClient client;
    QVERIFY(client.open(wsUrl()));
    QCOMPARE(helloAndWelcome(client).value(QStringLiteral("type")).toString(),
             QStringLiteral("welcome"));

    m_server->requestStop();
    QCOMPARE(client.waitForClose(), 1001);
    QCOMPARE(m_server->waitForExit(), 0);
    QVERIFY(!m_server->events(QStringLiteral("stopped")).isEmpty());
}

QTEST_GUILESS_MAIN(PlatformTest)
#include "platform_test.moc"
