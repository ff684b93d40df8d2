// Look-alike display names are refused (issue 15, item 11): "аdmin" with a Cyrillic а beside
// "admin", at sign-up and on a profile change, and also against accounts from before the
// skeleton column existed (filled in by the server at start-up).
#include "ApiTestClient.h"
#include "PostgresCluster.h"
#include "ServerProcess.h"
#include "TestEnvironment.h"

#include <QTest>

#include <memory>

using namespace transcendence::testing;
using namespace Qt::StringLiterals;

namespace {

const QString kPublicUrl = u"https://localhost:9443"_s;
const QByteArray kSecret = QByteArrayLiteral("display-names-test-secret-key-more-than-32-bytes");

QString fieldCode(const HttpAnswer &answer, const QString &field)
{
    return answer.json()
        .value(u"error"_s)
        .toObject()
        .value(u"fields"_s)
        .toObject()
        .value(field)
        .toObject()
        .value(u"code"_s)
        .toString();
}

} // namespace

class DisplayNamesTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aLookAlikeIsRefusedAtSignUp();
    void aLookAlikeIsRefusedOnAProfileChange();
    void namesFromBeforeTheCheckAreCheckedToo();

private:
    std::unique_ptr<ServerProcess> startServer();
    HttpAnswer registerWith(const QString &displayName);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiTestClient> m_api;
};

std::unique_ptr<ServerProcess> DisplayNamesTest::startServer()
{
    auto server = std::make_unique<ServerProcess>(m_database->url(), kPublicUrl);
    server->environment().insert(u"TRANSCENDENCE_SECRET_KEY"_s, QString::fromLatin1(kSecret));
    server->environment().insert(u"TRANSCENDENCE_REGISTRATIONS_PER_HOUR"_s, u"1000"_s);
    if (!server->start()) {
        qWarning("%s", qPrintable(server->log()));
        return nullptr;
    }
    return server;
}

void DisplayNamesTest::initTestCase()
{
    TRANSCENDENCE_REQUIRE_TEST_ENV("TRANSCENDENCE_TEST_ADMIN_DATABASE_URL");
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    m_server = startServer();
    QVERIFY(m_server);
    m_api = std::make_unique<ApiTestClient>(m_server->baseUrl());
}

void DisplayNamesTest::cleanupTestCase()
{
    m_server.reset();
    m_database.reset();
}

HttpAnswer DisplayNamesTest::registerWith(const QString &displayName)
{
    const QString name = ApiTestClient::uniqueName(u"dn_"_s);
    return m_api->post(u"/api/auth/register"_s,
                       {{u"username"_s, name},
                        {u"email"_s, name + u"@example.com"_s},
                        {u"password"_s, ApiTestClient::defaultPassword()},
                        {u"displayName"_s, displayName}},
                       ApiTestClient::uniqueAddress());
}

void DisplayNamesTest::aLookAlikeIsRefusedAtSignUp()
{
    QCOMPARE(registerWith(u"admin"_s).status, 201);
    QCOMPARE(registerWith(u"PayPal"_s).status, 201);
    for (const QString &lookAlike : {u"\u0430dmin"_s,           // Cyrillic а
                                     u"adrnin"_s,               // r n for m
                                     u"ADMIN"_s,                // case
                                     u"\uff41\uff44\uff4din"_s, // full-width letters
                                     u"PayPaI"_s,               // capital I for l
                                     u"P\u0430yP\u0430l"_s}) {  // Cyrillic а
        qInfo("%s", qPrintable(lookAlike));
        const HttpAnswer answer = registerWith(lookAlike);
        QCOMPARE(answer.status, 409);
        QCOMPARE(fieldCode(answer, u"displayName"_s), u"taken"_s);
    }
    // A different name is fine.
    QCOMPARE(registerWith(u"admit"_s).status, 201);
}

void DisplayNamesTest::aLookAlikeIsRefusedOnAProfileChange()
{
    QCOMPARE(registerWith(u"Marvin"_s).status, 201);
    const HttpAnswer created = registerWith(u"Someone Else"_s);
    QCOMPARE(created.status, 201);
    const QString token = ApiTestClient::accountFrom(created.json()).accessToken;
    const HttpAnswer refused = m_api->authorized("PATCH", u"/api/users/me"_s, token,
                                                 {{u"displayName"_s, u"M\u0430rvin"_s}});
    QCOMPARE(refused.status, 409);
    QCOMPARE(fieldCode(refused, u"displayName"_s), u"taken"_s);
    QCOMPARE(
        m_api->authorized("PATCH", u"/api/users/me"_s, token, {{u"displayName"_s, u"Marvina"_s}})
            .status,
        200);
}

void DisplayNamesTest::namesFromBeforeTheCheckAreCheckedToo()
{
    // Two accounts as they were before the check: no skeleton, and already look-alikes.
    QCOMPARE(registerWith(u"Olga"_s).status, 201);
    QCOMPARE(registerWith(u"0lga"_s).status, 409); // (refused now, so made by hand below)
    QCOMPARE(registerWith(u"Olgaa"_s).status, 201);
    m_database->scalar(u"UPDATE users SET display_name = '0lga', display_name_key = '0lga' "
                       "WHERE display_name = 'Olgaa'"_s);
    m_database->scalar(u"UPDATE users SET display_name_skeleton = NULL "
                       "WHERE display_name IN ('Olga', '0lga')"_s);
    QCOMPARE(m_database->scalar(u"SELECT count(*) FROM users "
                                "WHERE display_name_skeleton IS NULL "
                                "AND display_name IN ('Olga', '0lga')"_s),
             u"2"_s);
    // Without a skeleton the old name blocks nothing...
    m_server->terminate();
    m_server = startServer(); // ...until the server fills them in at start-up.
    QVERIFY(m_server);
    m_api = std::make_unique<ApiTestClient>(m_server->baseUrl());
    QVERIFY(m_server->waitForEvent(u"display_name_skeletons_filled"_s));
    QCOMPARE(m_database->scalar(u"SELECT count(*) FROM users "
                                "WHERE display_name_skeleton IS NULL "
                                "AND username NOT LIKE 'anonymous\\_%'"_s),
             u"0"_s);
    // Both old accounts keep their names; a new look-alike of them is refused.
    QCOMPARE(m_database->scalar(u"SELECT count(*) FROM users "
                                "WHERE display_name IN ('Olga', '0lga')"_s),
             u"2"_s);
    const HttpAnswer answer = registerWith(u"OIga"_s);
    QCOMPARE(answer.status, 409);
    QCOMPARE(fieldCode(answer, u"displayName"_s), u"taken"_s);
}

QTEST_GUILESS_MAIN(DisplayNamesTest)
#include "display_names_test.moc"
