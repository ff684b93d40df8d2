// Sign-ins known without a query, and a server that sheds load instead of queueing it
// (docs/architecture.md, "Worker pools" and "Session cache"):
// - a sign-in checked once is served from memory, yet sign-out, a profile change and refresh-token
//   reuse are seen by the very next request;
// - two server processes on one database: a sign-out on one is refused by the other, whose
//   WebSockets of that sign-in close (PostgreSQL LISTEN/NOTIFY);
// - a burst of registrations beyond a small CPU pool gets 201 or 503 + Retry-After, and every
//   account is created whole or not at all.
#include "ApiTestClient.h"
#include "PostgresCluster.h"
#include "ServerProcess.h"
#include "TestEnvironment.h"
#include "WebSocketTestClient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace transcendence::testing;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kSecret = QByteArrayLiteral("sessions-test-secret-key-with-more-than-32-bytes");
const QString kPublicUrl = u"https://localhost:9443"_s;

QString errorCode(const HttpAnswer &answer)
{
    return answer.json().value(u"error"_s).toObject().value(u"code"_s).toString();
}

} // namespace

class SessionsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aCachedSignInEndsAtOnceOnSignOut();
    void profileChangesShowOnTheNextRequest();
    void signOutOnOneInstanceIsRefusedByTheOther();
    void overloadedRegistrationsAreRefusedWhole();
    void keptStatementsSurviveALostConnection();

private:
    using Account = ApiTestClient::Account;
    std::unique_ptr<ServerProcess>
    startServer(const QList<std::pair<QString, QString>> &extraEnvironment = {});
    bool openSocket(WebSocketTestClient &socket, ServerProcess &server, ApiTestClient &api,
                    const Account &account);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiTestClient> m_api;
};

std::unique_ptr<ServerProcess>
SessionsTest::startServer(const QList<std::pair<QString, QString>> &extraEnvironment)
{
    auto server = std::make_unique<ServerProcess>(m_database->url(), kPublicUrl);
    server->environment().insert(u"TRANSCENDENCE_SECRET_KEY"_s, QString::fromLatin1(kSecret));
    server->environment().insert(u"TRANSCENDENCE_REGISTRATIONS_PER_HOUR"_s, u"1000"_s);
    for (const auto &[name, value] : extraEnvironment) {
        server->environment().insert(name, value);
    }
    if (!server->start()) {
        qWarning("%s", qPrintable(server->log()));
        return nullptr;
    }
    // The cache is on once the server hears session_events (a second at most after start).
    if (!server->waitForEvent(u"session_listener_ready"_s)) {
        return nullptr;
    }
    return server;
}

void SessionsTest::initTestCase()
{
    TRANSCENDENCE_REQUIRE_TEST_ENV("TRANSCENDENCE_TEST_ADMIN_DATABASE_URL");
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    m_server = startServer();
    QVERIFY(m_server);
    m_api = std::make_unique<ApiTestClient>(m_server->baseUrl());
}

void SessionsTest::cleanupTestCase()
{
    m_server.reset();
}

bool SessionsTest::openSocket(WebSocketTestClient &socket, ServerProcess &server,
                              ApiTestClient &api, const Account &account)
{
    const QString ticket = api.wsTicket(account.accessToken);
    if (ticket.isEmpty() || !socket.open(u"ws://127.0.0.1:%1/ws"_s.arg(server.port()))) {
        return false;
    }
    socket.sendJson({{u"type"_s, u"hello"_s}, {u"version"_s, 1}, {u"ticket"_s, ticket}});
    return socket.next().value(u"type"_s).toString() == u"welcome"_s;
}

void SessionsTest::aCachedSignInEndsAtOnceOnSignOut()
{
    const Account account = m_api->registerAccount(u"cache_"_s);
    QVERIFY(account.id > 0);
    // Many rounds: the check must not depend on who wins a race between the sign-out's
    // announcement and the next request.
    for (int round = 0; round < 15; ++round) {
        const Account device = m_api->login(account.username);
        QVERIFY(!device.accessToken.isEmpty());
        for (int i = 0; i < 3; ++i) { // the first fills the cache, the others are served from it
            QCOMPARE(m_api->authorized("GET", u"/api/users/me"_s, device.accessToken).status, 200);
        }
        QCOMPARE(m_api->authorized("POST", u"/api/auth/logout"_s, device.accessToken).status, 204);
        const HttpAnswer after = m_api->authorized("GET", u"/api/users/me"_s, device.accessToken);
        QCOMPARE(after.status, 401);
        QCOMPARE(errorCode(after), u"session_revoked"_s);
    }
}

void SessionsTest::profileChangesShowOnTheNextRequest()
{
    const Account account = m_api->registerAccount(u"rename_"_s);
    QVERIFY(account.id > 0);
    for (int round = 0; round < 5; ++round) {
        QCOMPARE(m_api->authorized("GET", u"/api/users/me"_s, account.accessToken).status, 200);
        const QString name = u"Renamed %1"_s.arg(round);
        QCOMPARE(m_api
                     ->authorized("PATCH", u"/api/users/me"_s, account.accessToken,
                                  {{u"displayName"_s, name}})
                     .status,
                 200);
        const HttpAnswer me = m_api->authorized("GET", u"/api/users/me"_s, account.accessToken);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(u"displayName"_s).toString(), name);
    }
}

void SessionsTest::signOutOnOneInstanceIsRefusedByTheOther()
{
    std::unique_ptr<ServerProcess> other = startServer();
    QVERIFY(other);
    ApiTestClient otherApi(other->baseUrl());
    const Account account = m_api->registerAccount(u"twoinst_"_s);
    QVERIFY(account.id > 0);
    const Account laptop = m_api->login(account.username);
    QVERIFY(!laptop.accessToken.isEmpty());

    // The other instance knows both sign-ins from its cache, and holds a WebSocket of each.
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(otherApi.authorized("GET", u"/api/users/me"_s, account.accessToken).status, 200);
        QCOMPARE(otherApi.authorized("GET", u"/api/users/me"_s, laptop.accessToken).status, 200);
    }
    WebSocketTestClient phoneSocket;
    WebSocketTestClient laptopSocket;
    QVERIFY(openSocket(phoneSocket, *other, otherApi, account));
    QVERIFY(openSocket(laptopSocket, *other, otherApi, laptop));

    // Signed out on this instance: the other closes that sign-in's socket and refuses its token.
    QCOMPARE(m_api->authorized("POST", u"/api/auth/logout"_s, account.accessToken).status, 204);
    QCOMPARE(phoneSocket.waitForClose(), 4003);
    const HttpAnswer refused = otherApi.authorized("GET", u"/api/users/me"_s, account.accessToken);
    QCOMPARE(refused.status, 401);
    QCOMPARE(errorCode(refused), u"session_revoked"_s);
    // The other sign-in is untouched, on both instances.
    QVERIFY(laptopSocket.isOpen());
    QCOMPARE(otherApi.authorized("GET", u"/api/users/me"_s, laptop.accessToken).status, 200);
    QCOMPARE(m_api->authorized("GET", u"/api/users/me"_s, laptop.accessToken).status, 200);

    // And the other way round: a sign-out of every device on the other instance.
    QCOMPARE(m_api->authorized("GET", u"/api/users/me"_s, laptop.accessToken).status, 200);
    QCOMPARE(otherApi.authorized("POST", u"/api/auth/logout-all"_s, laptop.accessToken).status,
             204);
    QCOMPARE(laptopSocket.waitForClose(), 4003);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_api->authorized("GET", u"/api/users/me"_s, laptop.accessToken).status, 401, 5'000);
    QCOMPARE(other->terminate(), 0);
}

void SessionsTest::overloadedRegistrationsAreRefusedWhole()
{
    // One hashing thread and one waiting place: a burst of 12 sign-ups cannot all be taken.
    std::unique_ptr<ServerProcess> small = startServer(
        {{u"TRANSCENDENCE_CPU_THREADS"_s, u"1"_s}, {u"TRANSCENDENCE_CPU_QUEUE_LIMIT"_s, u"1"_s}});
    QVERIFY(small);
    constexpr int kBurst = 12;
    // Qt opens at most 6 connections per host and manager: two managers send all 12 at once.
    QNetworkAccessManager first;
    QNetworkAccessManager second;
    QList<QNetworkReply *> replies;
    QStringList names;
    for (int i = 0; i < kBurst; ++i) {
        const QString name = ApiTestClient::uniqueName(u"burst_"_s);
        names << name;
        QNetworkRequest request(QUrl(small->baseUrl() + u"/api/auth/register"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        request.setRawHeader("X-Real-IP", ApiTestClient::uniqueAddress().toLatin1());
        const QJsonObject body{{u"username"_s, name},
                               {u"email"_s, name + u"@example.com"_s},
                               {u"password"_s, ApiTestClient::defaultPassword()}};
        replies << (i % 2 ? second : first)
                       .post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(60'000);
    int finished = 0;
    for (QNetworkReply *reply : replies) {
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
            if (++finished == kBurst) {
                loop.quit();
            }
        });
    }
    loop.exec();
    QCOMPARE(finished, kBurst);

    int created = 0;
    int refused = 0;
    for (int i = 0; i < kBurst; ++i) {
        QNetworkReply *reply = replies[i];
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        const QString users =
            m_database->scalar(u"SELECT count(*) FROM users WHERE username = '%1'"_s.arg(names[i]));
        const QString sessions = m_database->scalar(
            u"SELECT count(*) FROM auth_sessions s JOIN users u ON u.id = s.user_id "
            "JOIN refresh_tokens r ON r.session_id = s.id WHERE u.username = '%1'"_s.arg(names[i]));
        if (status == 201) {
            ++created;
            QCOMPARE(users, u"1"_s);    // the account...
            QCOMPARE(sessions, u"1"_s); // ...with its first session and refresh token
        } else {
            QCOMPARE(status, 503);
            ++refused;
            QCOMPARE(body.value(u"error"_s).toObject().value(u"code"_s).toString(),
                     u"overloaded"_s);
            QVERIFY(reply->rawHeader("Retry-After").toInt() > 0);
            QCOMPARE(users, u"0"_s); // nothing of a refused sign-up exists
        }
        reply->deleteLater();
    }
    QVERIFY2(created >= 1, "the pool took no sign-up at all");
    QVERIFY2(refused >= 1, "a one-place queue took a burst of 12 sign-ups");
    // Once the burst has passed, sign-ups are taken again.
    ApiTestClient smallApi(small->baseUrl());
    QVERIFY(smallApi.registerAccount(u"after_"_s).id > 0);
    QCOMPARE(small->terminate(), 0);
}

void SessionsTest::keptStatementsSurviveALostConnection()
{
    // Statements are prepared once per connection and kept; when PostgreSQL drops the
    // connections (a restart, a failover), the workers reconnect and prepare them again.
    const Account account = m_api->registerAccount(u"reconnect_"_s);
    QVERIFY(account.id > 0);
    const QString profile = u"/api/users/%1"_s.arg(account.id);
    for (int i = 0; i < 8; ++i) { // every worker has prepared the profile read by now
        QCOMPARE(m_api->authorized("GET", profile, account.accessToken).status, 200);
    }
    const QString killed =
        m_database->scalar(u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                           "WHERE datname = current_database() AND pid <> pg_backend_pid()"_s);
    QVERIFY2(killed.toInt() >= 2, qPrintable(killed)); // workers and the listener at least
    // A request may meet a dead connection once per worker (503, never a hang or a 500)...
    int failures = 0;
    int ok = 0;
    for (int attempt = 0; attempt < 40 && ok < 10; ++attempt) {
        const HttpAnswer answer = m_api->authorized("GET", profile, account.accessToken);
        if (answer.status == 200) {
            ++ok;
        } else {
            QCOMPARE(answer.status, 503);
            ++failures;
            ok = 0;
        }
    }
    // ...then every request succeeds again, with freshly prepared statements.
    QCOMPARE(ok, 10);
    QVERIFY2(failures <= 8, qPrintable(QString::number(failures)));
    // And sign-outs are still heard once the listener is back.
    QVERIFY(m_server->waitForEvent(u"session_listener_restored"_s, 10'000));
    const Account device = m_api->login(account.username);
    QCOMPARE(m_api->authorized("GET", u"/api/users/me"_s, device.accessToken).status, 200);
    QCOMPARE(m_api->authorized("GET", u"/api/users/me"_s, device.accessToken).status, 200);
    QCOMPARE(m_api->authorized("POST", u"/api/auth/logout"_s, device.accessToken).status, 204);
    QCOMPARE(m_api->authorized("GET", u"/api/users/me"_s, device.accessToken).status, 401);
}

QTEST_GUILESS_MAIN(SessionsTest)
#include "sessions_test.moc"
