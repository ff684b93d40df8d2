// The smaller account limits of issue 15, item 12:
// - a sign-in lives at most 90 days, however often it is refreshed (beside the 30-day sliding
//   lifetime);
// - WebSocket tickets, friend requests and tournament creation are limited per player (429 with
//   Retry-After beyond).
#include "ApiTestClient.h"
#include "PostgresCluster.h"
#include "ServerProcess.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace transcendence::testing;
using namespace Qt::StringLiterals;

namespace {

const QString kPublicUrl = u"https://localhost:9443"_s;
const QByteArray kSecret = QByteArrayLiteral("account-limits-test-secret-key-more-than-32-bytes");

QString errorCode(const HttpAnswer &answer)
{
    return answer.json().value(u"error"_s).toObject().value(u"code"_s).toString();
}

} // namespace

class AccountLimitsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aSignInEndsNinetyDaysAfterItBegan();
    void webSocketTicketsAreLimited();
    void friendRequestsAreLimited();
    void tournamentCreationIsLimited();

private:
    HttpAnswer refresh(const QString &refreshToken)
    {
        return m_api->post(u"/api/auth/refresh"_s, {{u"refreshToken"_s, refreshToken}},
                           ApiTestClient::uniqueAddress());
    }

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiTestClient> m_api;
};

void AccountLimitsTest::initTestCase()
{
    TRANSCENDENCE_REQUIRE_TEST_ENV("TRANSCENDENCE_TEST_ADMIN_DATABASE_URL");
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    m_server = std::make_unique<ServerProcess>(m_database->url(), kPublicUrl);
    m_server->environment().insert(u"TRANSCENDENCE_SECRET_KEY"_s, QString::fromLatin1(kSecret));
    m_server->environment().insert(u"TRANSCENDENCE_REGISTRATIONS_PER_HOUR"_s, u"1000"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    m_api = std::make_unique<ApiTestClient>(m_server->baseUrl());
}

void AccountLimitsTest::cleanupTestCase()
{
    m_server.reset();
    m_database.reset();
}

void AccountLimitsTest::aSignInEndsNinetyDaysAfterItBegan()
{
    // Nearly 90 days old (refreshed all along): a refresh works, but the sign-in now ends
    // at its 90th day, not 30 days from now.
    const ApiTestClient::Account old = m_api->registerAccount(u"old_"_s);
    QVERIFY(old.id > 0);
    m_database->scalar(
        u"UPDATE auth_sessions SET created_at = now() - interval '89 days 22 hours', "
        "expires_at = now() + interval '29 days' WHERE id = '%1' RETURNING id"_s.arg(
            old.sessionId));
    const HttpAnswer renewed = refresh(old.refreshToken);
    QCOMPARE(renewed.status, 200);
    const QString hoursLeft = m_database->scalar(
        u"SELECT round(extract(epoch FROM expires_at - now()) / 3600) FROM auth_sessions "
        "WHERE id = '%1'"_s.arg(old.sessionId));
    QVERIFY2(hoursLeft.toDouble() <= 2.0, qPrintable(hoursLeft));

    // Past 90 days: the refresh token no longer works, and the access token's session is over.
    const ApiTestClient::Account older = m_api->registerAccount(u"older_"_s);
    m_database->scalar(u"UPDATE auth_sessions SET created_at = now() - interval '91 days' "
                       "WHERE id = '%1' RETURNING id"_s.arg(older.sessionId));
    const HttpAnswer refused = refresh(older.refreshToken);
    QCOMPARE(refused.status, 401);
    QCOMPARE(errorCode(refused), u"invalid_refresh_token"_s);
}

void AccountLimitsTest::webSocketTicketsAreLimited()
{
    const ApiTestClient::Account ann = m_api->registerAccount(u"tix_"_s);
    for (int i = 0; i < 120; ++i) {
        QVERIFY(!m_api->wsTicket(ann.accessToken).isEmpty());
    }
    const HttpAnswer refused = m_api->authorized("POST", u"/api/auth/ws-ticket"_s, ann.accessToken);
    QCOMPARE(refused.status, 429);
    QCOMPARE(errorCode(refused), u"rate_limited"_s);
    QVERIFY(!refused.header("Retry-After").isEmpty());
    // Another player is not affected.
    const ApiTestClient::Account bob = m_api->registerAccount(u"tix_"_s);
    QVERIFY(!m_api->wsTicket(bob.accessToken).isEmpty());
}

void AccountLimitsTest::friendRequestsAreLimited()
{
    // Requests to accounts that do not exist are answered (404) and count: 30 an hour.
    const ApiTestClient::Account spammer = m_api->registerAccount(u"spam_"_s);
    for (int i = 0; i < 30; ++i) {
        const HttpAnswer answer = m_api->authorized(
            "POST", u"/api/friends/requests"_s, spammer.accessToken, {{u"userId"_s, 900'000 + i}});
        QVERIFY2(answer.status != 429, answer.body.constData());
    }
    const ApiTestClient::Account target = m_api->registerAccount(u"target_"_s);
    const HttpAnswer refused = m_api->authorized("POST", u"/api/friends/requests"_s,
                                                 spammer.accessToken, {{u"userId"_s, target.id}});
    QCOMPARE(refused.status, 429);
    QCOMPARE(errorCode(refused), u"rate_limited"_s);
    // Someone else may still ask.
    const ApiTestClient::Account pal = m_api->registerAccount(u"pal_"_s);
    QCOMPARE(m_api
                 ->authorized("POST", u"/api/friends/requests"_s, pal.accessToken,
                              {{u"userId"_s, target.id}})
                 .status,
             201);
}

void AccountLimitsTest::tournamentCreationIsLimited()
{
    const ApiTestClient::Account host = m_api->registerAccount(u"host_"_s);
    const auto create = [&](int n) {
        return m_api->authorized("POST", u"/api/tournaments"_s, host.accessToken,
                                 {{u"kind"_s, u"local"_s},
                                  {u"name"_s, u"Cup %1"_s.arg(n)},
                                  {u"aliases"_s, QJsonArray{u"Ann"_s, u"Bob"_s, u"Cid"_s}}});
    };
    for (int i = 0; i < 10; ++i) {
        const HttpAnswer answer = create(i);
        QVERIFY2(answer.status != 429, answer.body.constData());
    }
    const HttpAnswer refused = create(10);
    QCOMPARE(refused.status, 429);
    QCOMPARE(errorCode(refused), u"rate_limited"_s);
}

QTEST_GUILESS_MAIN(AccountLimitsTest)
#include "account_limits_test.moc"
