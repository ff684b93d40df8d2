// The route table's promises, checked on every route the server declares: the rows come from
// the server's own start-up log line "routes" (http/Router.h), so a new route is covered the day
// it is added. Real server, real PostgreSQL, real HTTP.
#include "ApiTestClient.h"
#include "PostgresCluster.h"
#include "ServerProcess.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace transcendence::testing;

namespace {

const QString kPublicUrl = QStringLiteral("https://localhost:9443");
const QByteArrayList kMethods{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"};

struct Row {
    QByteArray method;
    QString path;
    QString access;
    QString body;
    qint64 maxBytes = 0;
};

// A concrete URL for a pattern: "1" for every <arg>.
QString urlPath(const QString &pattern)
{
    return QString(pattern).replace(QStringLiteral("<arg>"), QStringLiteral("1"));
}

QString errorCode(const HttpAnswer &answer)
{
    return answer.json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

QString describe(const HttpAnswer &answer)
{
    return QStringLiteral("status %1: %2")
        .arg(answer.status)
        .arg(QString::fromUtf8(answer.body.left(300)));
}

} // namespace

class RoutesTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void theTableIsWhole();
    void undeclaredMethodsGet405WithAllow_data();
    void undeclaredMethodsGet405WithAllow();
    void signedInRoutesNeedAToken_data();
    void signedInRoutesNeedAToken();
    void adminRoutesRefuseOtherAccounts_data();
    void adminRoutesRefuseOtherAccounts();
    void bodiesAreCheckedBeforeTheHandler_data();
    void bodiesAreCheckedBeforeTheHandler();

private:
    HttpAnswer send(const QByteArray &method, const QString &path, const QString &token,
                    const QByteArray &body = {}, const QByteArray &contentType = {});

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiTestClient> m_api;
    QList<Row> m_rows;
    QString m_userToken;
    QString m_adminToken;
};

void RoutesTest::initTestCase()
{
    TRANSCENDENCE_REQUIRE_TEST_ENV("TRANSCENDENCE_TEST_ADMIN_DATABASE_URL");
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    const QString adminName = ApiTestClient::uniqueName(QStringLiteral("root_"));
    m_server = std::make_unique<ServerProcess>(m_database->url(), kPublicUrl);
    m_server->environment().insert(QStringLiteral("TRANSCENDENCE_ADMIN_USERNAME"), adminName);
    m_server->environment().insert(QStringLiteral("TRANSCENDENCE_ADMIN_EMAIL"),
                                   adminName + QStringLiteral("@example.com"));
    m_server->environment().insert(QStringLiteral("TRANSCENDENCE_ADMIN_PASSWORD"),
                                   ApiTestClient::defaultPassword());
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    m_api = std::make_unique<ApiTestClient>(m_server->baseUrl());

    const QList<QJsonObject> logged = m_server->events(QStringLiteral("routes"));
    QCOMPARE(logged.size(), 1);
    for (const QJsonValue &value : logged.first().value(QStringLiteral("routes")).toArray()) {
        const QJsonObject route = value.toObject();
        m_rows << Row{route.value(QStringLiteral("method")).toString().toLatin1(),
                      route.value(QStringLiteral("path")).toString(),
                      route.value(QStringLiteral("access")).toString(),
                      route.value(QStringLiteral("body")).toString(),
                      route.value(QStringLiteral("maxBytes")).toInteger()};
    }
    m_userToken = m_api->registerAccount(QStringLiteral("plain_")).accessToken;
    m_adminToken = m_api->login(adminName).accessToken;
    QVERIFY(!m_userToken.isEmpty());
    QVERIFY(!m_adminToken.isEmpty());
}

HttpAnswer RoutesTest::send(const QByteArray &method, const QString &path, const QString &token,
                            const QByteArray &body, const QByteArray &contentType)
{
    QHash<QByteArray, QByteArray> headers;
    if (!token.isEmpty()) {
        headers.insert("Authorization", "Bearer " + token.toLatin1());
    }
    if (!contentType.isEmpty()) {
        headers.insert("Content-Type", contentType);
    }
    return m_api->http().send(method, m_api->baseUrl() + urlPath(path), body, headers);
}

void RoutesTest::theTableIsWhole()
{
    // Every feature declares its routes in the table; none is registered beside it.
    QVERIFY2(m_rows.size() >= 60, qPrintable(QString::number(m_rows.size())));
    QStringList seen;
    for (const Row &row : std::as_const(m_rows)) {
        QVERIFY(kMethods.contains(row.method));
        QVERIFY2(QStringList({QStringLiteral("public"), QStringLiteral("signed_in"),
                              QStringLiteral("admin")})
                     .contains(row.access),
                 qPrintable(row.path));
        const QString key = QString::fromLatin1(row.method) + u' ' + row.path;
        QVERIFY2(!seen.contains(key), qPrintable(key + QStringLiteral(" declared twice")));
        seen << key;
    }
    // One owner per path: /api/users/me answers GET and PATCH from one table.
    QVERIFY(seen.contains(QStringLiteral("GET /api/users/me")));
    QVERIFY(seen.contains(QStringLiteral("PATCH /api/users/me")));
}

void RoutesTest::undeclaredMethodsGet405WithAllow_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allow");
    QStringList paths;
    for (const Row &row : std::as_const(m_rows)) {
        if (!paths.contains(row.path)) {
            paths << row.path;
        }
    }
    for (const QString &path : std::as_const(paths)) {
        QByteArrayList declared;
        for (const QByteArray &method : kMethods) { // kMethods is the Allow header's order
            for (const Row &row : std::as_const(m_rows)) {
                if (row.path == path && row.method == method) {
                    declared << method;
                }
            }
        }
        for (const QByteArray &method : kMethods) {
            if (!declared.contains(method)) {
                QTest::addRow("%s %s", method.constData(), qPrintable(path))
                    << method << path << declared.join(", ");
            }
        }
    }
}

void RoutesTest::undeclaredMethodsGet405WithAllow()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, allow);
    // With a valid token: the method is refused whoever asks, before anything else.
    const HttpAnswer answer = send(method, path, m_adminToken);
    QVERIFY2(answer.status == 405, qPrintable(describe(answer)));
    QCOMPARE(answer.header("Allow"), allow);
    if (method != "HEAD") {
        QCOMPARE(errorCode(answer), QStringLiteral("method_not_allowed"));
    }
}

void RoutesTest::signedInRoutesNeedAToken_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    for (const Row &row : std::as_const(m_rows)) {
        if (row.access != QLatin1String("public")) {
            QTest::addRow("%s %s", row.method.constData(), qPrintable(row.path))
                << row.method << row.path;
        }
    }
}

void RoutesTest::signedInRoutesNeedAToken()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const HttpAnswer none = send(method, path, {}, "{}", "application/json");
    QVERIFY2(none.status == 401, qPrintable(describe(none)));
    QCOMPARE(none.header("WWW-Authenticate"), QByteArray("Bearer"));
    if (method != "HEAD") {
        QCOMPARE(errorCode(none), QStringLiteral("unauthenticated"));
    }
    const HttpAnswer forged =
        send(method, path, QStringLiteral("not-a-token"), "{}", "application/json");
    QVERIFY2(forged.status == 401, qPrintable(describe(forged)));
}

void RoutesTest::adminRoutesRefuseOtherAccounts_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    for (const Row &row : std::as_const(m_rows)) {
        if (row.access == QLatin1String("admin")) {
            QTest::addRow("%s %s", row.method.constData(), qPrintable(row.path))
                << row.method << row.path;
        }
    }
}

void RoutesTest::adminRoutesRefuseOtherAccounts()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    // A valid body, so only the role can be what is refused.
    const HttpAnswer answer = send(method, path, m_userToken, "{}", "application/json");
    QVERIFY2(answer.status == 403, qPrintable(describe(answer)));
    if (method != "HEAD") {
        QCOMPARE(errorCode(answer), QStringLiteral("forbidden"));
    }
}

void RoutesTest::bodiesAreCheckedBeforeTheHandler_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    for (const Row &row : std::as_const(m_rows)) {
        const QByteArray method = row.method;
        const char *name = qPrintable(row.path);
        const QByteArray over(row.maxBytes + 1, ' ');
        if (row.body == QLatin1String("json") || row.body == QLatin1String("optional_json")) {
            QTest::addRow("%s %s: not JSON", method.constData(), name)
                << method << row.path << QByteArray("{\"a\":") << QByteArray("application/json")
                << 400 << QStringLiteral("invalid_json");
            QTest::addRow("%s %s: an array", method.constData(), name)
                << method << row.path << QByteArray("[1, 2]") << QByteArray("application/json")
                << 400 << QStringLiteral("invalid_json");
            QTest::addRow("%s %s: a string", method.constData(), name)
                << method << row.path << QByteArray("\"text\"") << QByteArray("application/json")
                << 400 << QStringLiteral("invalid_json");
            QTest::addRow("%s %s: not declared JSON", method.constData(), name)
                << method << row.path << QByteArray("{}") << QByteArray("text/plain") << 415
                << QStringLiteral("unsupported_media_type");
            QTest::addRow("%s %s: too large", method.constData(), name)
                << method << row.path << QByteArray("{}" + over) << QByteArray("application/json")
                << 413 << QStringLiteral("payload_too_large");
        } else if (row.body == QLatin1String("raw")) {
            QTest::addRow("%s %s: too large", method.constData(), name)
                << method << row.path << over << QByteArray("application/octet-stream") << 413
                << QStringLiteral("payload_too_large");
        }
    }
}

void RoutesTest::bodiesAreCheckedBeforeTheHandler()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, code);
    // The admin's token passes every access rule; public routes ignore it.
    const HttpAnswer answer = send(method, path, m_adminToken, body, contentType);
    QVERIFY2(answer.status == status, qPrintable(describe(answer)));
    QCOMPARE(errorCode(answer), code);
}

QTEST_GUILESS_MAIN(RoutesTest)
#include "routes_test.moc"
