// The QML app's REST client against the real server and PostgreSQL: sign-up and sign-in as an
// "app" client, the refresh token kept in the TokenStore and rotated on every renewal, a restart
// of the app signing in again from it, an access token the server no longer accepts renewed
// once (the server restarted with another signing key), a session revoked elsewhere ending it;
// and the realtime client following the account.
#include "network/ApiClient.h"

#include "ApiTestClient.h"
#include "PostgresCluster.h"
#include "ServerProcess.h"
#include "TestEnvironment.h"
#include "account/AccountSession.h"
#include "account/TokenStore.h"
#include "network/RealtimeClient.h"
#include "protocol/LobbyMessages.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace transcendence;
using namespace transcendence::client;
using namespace transcendence::testing;

namespace {

const QString kPublicUrl = QStringLiteral("https://localhost:9443");
const QString kPassword = QStringLiteral("correct-horse-battery-staple-9");

template <typename Result, typename Start>
Result waitFor(Start start)
{
    std::optional<Result> result;
    start([&result](Result value) { result = std::move(value); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20'000)) {
        QTest::qFail("no answer in time", __FILE__, __LINE__);
        return Result{};
    }
    return *result;
}

QString fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class ApiClientTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TRANSCENDENCE_REQUIRE_TEST_ENV("TRANSCENDENCE_TEST_ADMIN_DATABASE_URL");
        m_database = std::make_unique<TestDatabase>();
        QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
        startServer(QByteArray(48, 'a').toBase64());
    }

    void signsUpKeepsAndRotatesTheRefreshToken()
    {
        TokenStore tokens(QStringLiteral("transcendence-test"), m_dir.path(),
                          TokenStore::Mode::File);
        ApiClient api(&tokens);
        api.setBaseUrl(QUrl(m_server->baseUrl()));
        QSignalSpy signedIn(&api, &ApiClient::signedInChanged);
        const ApiAnswer created = waitFor<ApiAnswer>([&](auto done) {
            api.registerAccount({{QStringLiteral("username"), QStringLiteral("qmlapp_ann")},
                                 {QStringLiteral("email"), QStringLiteral("ann@example.test")},
                                 {QStringLiteral("password"), kPassword}},
                                done);
        });
        QCOMPARE(created.status, 201);
        QVERIFY(api.signedIn());
        QCOMPARE(signedIn.count(), 1);
        QCOMPARE(api.user().value(QStringLiteral("username")).toString(),
                 QStringLiteral("qmlapp_ann"));
        const QString first = fileContents(tokens.filePath());
        QVERIFY(!first.isEmpty());

        const ApiAnswer me = waitFor<ApiAnswer>(
            [&](auto done) { api.request("GET", QStringLiteral("/api/users/me"), {}, done); });
        QCOMPARE(me.status, 200);

        // Each renewal stores the new refresh token (the old one is spent).
        QVERIFY(waitFor<bool>([&](auto done) { api.refresh(done); }));
        const QString second = fileContents(tokens.filePath());
        QVERIFY(!second.isEmpty());
        QVERIFY(second != first);

        // The app starts again: the stored token signs it in.
        ApiClient restarted(&tokens);
        restarted.setBaseUrl(QUrl(m_server->baseUrl()));
        QVERIFY(waitFor<bool>([&](auto done) { restarted.restore(done); }));
        QCOMPARE(restarted.user().value(QStringLiteral("username")).toString(),
                 QStringLiteral("qmlapp_ann"));

        // Signing out forgets it.
        waitFor<bool>([&](auto done) { restarted.signOut([done] { done(true); }); });
        QVERIFY(!restarted.signedIn());
        QTRY_VERIFY(!QFile::exists(tokens.filePath()));
    }

    void reportsTheErrorShape()
    {
        TokenStore tokens(QStringLiteral("transcendence-test"), m_dir.filePath(QStringLiteral("b")),
                          TokenStore::Mode::File);
        ApiClient api(&tokens);
        api.setBaseUrl(QUrl(m_server->baseUrl()));
        const ApiAnswer wrong = waitFor<ApiAnswer>(
            [&](auto done) { api.signIn(QStringLiteral("nobody_here"), kPassword, done); });
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.errorCode, QStringLiteral("invalid_credentials"));
        QVERIFY(!api.signedIn());
        const ApiAnswer invalid = waitFor<ApiAnswer>([&](auto done) {
            api.registerAccount({{QStringLiteral("username"), QStringLiteral("x")}}, done);
        });
        QCOMPARE(invalid.status, 422);
        QCOMPARE(invalid.errorCode, QStringLiteral("validation_failed"));
        QVERIFY(invalid.errorFields.contains(QStringLiteral("username")));
        QVERIFY(!QFile::exists(tokens.filePath()));
    }

    void anAccessTokenTheServerRefusesIsRenewedOnce()
    {
        TokenStore tokens(QStringLiteral("transcendence-test"), m_dir.filePath(QStringLiteral("c")),
                          TokenStore::Mode::File);
        ApiClient api(&tokens);
        api.setBaseUrl(QUrl(m_server->baseUrl()));
        QCOMPARE(waitFor<ApiAnswer>([&](auto done) {
                     api.registerAccount(
                         {{QStringLiteral("username"), QStringLiteral("qmlapp_bob")},
                          {QStringLiteral("email"), QStringLiteral("bob@example.test")},
                          {QStringLiteral("password"), kPassword}},
                         done);
                 }).status,
                 201);
        const QString before = api.accessToken();
        // The server comes back with another signing key: every access token it issued is
        // refused (401 invalid_token); refresh tokens live in the database and still work.
        startServer(QByteArray(48, 'b').toBase64());
        api.setBaseUrl(QUrl(m_server->baseUrl()));
        const ApiAnswer me = waitFor<ApiAnswer>(
            [&](auto done) { api.request("GET", QStringLiteral("/api/users/me"), {}, done); });
        QCOMPARE(me.status, 200);
        QCOMPARE(me.object().value(QStringLiteral("username")).toString(),
                 QStringLiteral("qmlapp_bob"));
        QVERIFY(api.accessToken() != before);
    }

    void aSessionRevokedElsewhereEnds()
    {
        TokenStore tokens(QStringLiteral("transcendence-test"), m_dir.filePath(QStringLiteral("d")),
                          TokenStore::Mode::File);
        ApiClient api(&tokens);
        api.setBaseUrl(QUrl(m_server->baseUrl()));
        QCOMPARE(waitFor<ApiAnswer>([&](auto done) {
                     api.registerAccount(
                         {{QStringLiteral("username"), QStringLiteral("qmlapp_cy")},
                          {QStringLiteral("email"), QStringLiteral("cy@example.test")},
                          {QStringLiteral("password"), kPassword}},
                         done);
                 }).status,
                 201);
        QSignalSpy ended(&api, &ApiClient::sessionEnded);
        // Signed out everywhere from another device.
        ApiTestClient other(m_server->baseUrl());
        const auto elsewhere = other.login(QStringLiteral("qmlapp_cy"), kPassword);
        QVERIFY(!elsewhere.accessToken.isEmpty());
        QCOMPARE(
            other.authorized("POST", QStringLiteral("/api/auth/logout-all"), elsewhere.accessToken)
                .status,
            204);
        const ApiAnswer me = waitFor<ApiAnswer>(
            [&](auto done) { api.request("GET", QStringLiteral("/api/users/me"), {}, done); });
        QCOMPARE(me.status, 401);
        QCOMPARE(ended.count(), 1);
        QVERIFY(!api.signedIn());
        QTRY_VERIFY(!QFile::exists(tokens.filePath()));
    }

    // The app's realtime client follows the account: a guest connection first, whose play
    // requests the server refuses; after sign-up a connection of the account (a fresh ticket),
    // whose queue request is answered; after a sign-out everywhere from another device, the
    // socket is closed and the app is signed out and back to a guest connection.
    void theRealtimeClientFollowsTheAccount()
    {
        QStandardPaths::setTestModeEnabled(true); // AccountSession's token folder
        qputenv("TRANSCENDENCE_TOKEN_STORE", "file");
        RealtimeClient realtime;
        AccountSession session;
        session.setProfile(QStringLiteral("realtime-test"));
        session.setRealtimeClient(&realtime);
        const QUrl server(m_server->baseUrl());
        realtime.setServerUrl(server);
        session.setServerUrl(server);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), AccountSession::State::SignedOut, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(realtime.state(), RealtimeClient::ConnectionState::Connected,
                                  20'000);
        QCOMPARE(realtime.userId(), 0);

        QSignalSpy messages(&realtime, &RealtimeClient::messageReceived);
        QSignalSpy errors(&realtime, &RealtimeClient::serverErrorReceived);
        const QJsonObject queue = protocol::QueueRequest{}.toJson();
        QVERIFY(realtime.send(queue));
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 20'000);
        QVERIFY(!errors.first().at(0).toString().isEmpty());
        QVERIFY(messages.isEmpty());

        session.signUp(QStringLiteral("qmlapp_rt"), QStringLiteral("rt@example.test"), kPassword,
                       {});
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), AccountSession::State::SignedIn, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(realtime.userId(), session.userId(), 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(realtime.state(), RealtimeClient::ConnectionState::Connected,
                                  20'000);

        messages.clear();
        QVERIFY(realtime.send(queue));
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 20'000);
        QCOMPARE(messages.first().at(0).toString(), protocol::message_type::Queued);
        const auto queued = protocol::Queued::fromJson(messages.first().at(1).toJsonObject());
        QVERIFY(std::holds_alternative<protocol::Queued>(queued));
        QCOMPARE(std::get<protocol::Queued>(queued).rating, 1500);
        messages.clear();
        QVERIFY(realtime.sendMessage(protocol::message_type::LeaveQueue));
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 20'000);
        QCOMPARE(messages.first().at(0).toString(), protocol::message_type::QueueLeft);

        ApiTestClient other(m_server->baseUrl());
        const auto elsewhere = other.login(QStringLiteral("qmlapp_rt"), kPassword);
        QCOMPARE(
            other.authorized("POST", QStringLiteral("/api/auth/logout-all"), elsewhere.accessToken)
                .status,
            204);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), AccountSession::State::SignedOut, 20'000);
        QVERIFY(!session.endedReason().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(realtime.userId(), 0, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(realtime.state(), RealtimeClient::ConnectionState::Connected,
                                  20'000);
    }

private:
    void startServer(const QString &secret)
    {
        m_server.reset();
        m_server = std::make_unique<ServerProcess>(m_database->url(), kPublicUrl);
        m_server->environment().insert(QStringLiteral("TRANSCENDENCE_SECRET_KEY"), secret);
        QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
};

QTEST_GUILESS_MAIN(ApiClientTest)
#include "ApiClientTest.moc"
