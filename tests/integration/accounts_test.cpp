// Sign-up, sign-in, tokens, sessions, rate limits and WebSocket tickets, through real HTTP
// against the real server and PostgreSQL.
#include "ApiTestClient.h"
#include "PostgresCluster.h"
#include "ServerProcess.h"
#include "TestEnvironment.h"
#include "WebSocketTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace transcendence::testing;

namespace {

const QByteArray kSecret = QByteArrayLiteral("accounts-test-secret-key-with-more-than-32-bytes");
const QString kPublicUrl = QStringLiteral("https://localhost:9443");
const QString kPassword = ApiTestClient::defaultPassword();

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// A JWT made by hand, to check the server refuses what it must (the key derivation is the
// documented one in server/auth/AccessToken.cpp).
QByteArray handMadeToken(const QJsonObject &header, const QJsonObject &claims,
                         const QByteArray &secret)
{
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    if (secret.isEmpty()) {
        return input + '.';
    }
    const QByteArray key = QMessageAuthenticationCode::hash("transcendence access token v1", secret,
                                                            QCryptographicHash::Sha256);
    return input + '.' +
           base64Url(QMessageAuthenticationCode::hash(input, key, QCryptographicHash::Sha256));
}

} // namespace

class AccountsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void registerSignsInAndShowsTheAccount();
    void registerValidatesEveryField_data();
    void registerValidatesEveryField();
    void registerRefusesTakenNames_data();
    void registerRefusesTakenNames();
    void registerNeedsAJsonObject();
    void textIsStoredVerbatim();
    void loginByNameOrEmailAnyCase();
    void wrongPasswordAndUnknownUserLookTheSame();
    void loginIsRateLimitedPerAccount();
    void loginLimitsGuessingNotASharedAddress();
    void guessingElsewhereDoesNotLockTheOwnersDevicesOut();
    void registrationIsRateLimitedPerAddress();
    void refreshRotatesAndReuseEndsTheSession();
    void refreshAnswerLostInFlightIsNotReuse();
    void refreshLimitsGuessingNotASharedAddress();
    void webClientsGetAnHttpOnlyCookie();
    void logoutEndsTheSessionAtOnce();
    void logoutAllEndsEverySession();
    void sessionsCanBeListedAndRevoked();
    void tamperedTokensAreRefused_data();
    void tamperedTokensAreRefused();
    void protectedEndpointsNeedAToken_data();
    void protectedEndpointsNeedAToken();
    void webSocketTicketsAreSingleUse();
    void oldSessionsAreDeleted();
    void logoutClosesTheSessionsWebSockets();

private:
    using Account = ApiTestClient::Account;
    HttpAnswer post(const QString &path, const QJsonObject &body,
                    const QString &clientAddress = ApiTestClient::defaultAddress(),
                    const QHash<QByteArray, QByteArray> &extraHeaders = {})
    {
        return m_api->post(path, body, clientAddress, extraHeaders);
    }
    HttpAnswer authorized(const QByteArray &method, const QString &path, const QString &token,
                          const QJsonObject &body = {})
    {
        return m_api->authorized(method, path, token, body);
    }
    Account registerAccount(const QString &prefix) { return m_api->registerAccount(prefix); }
    Account login(const QString &name, const QString &password = kPassword)
    {
        return m_api->login(name, password);
    }
    static QString uniqueName(const QString &prefix) { return ApiTestClient::uniqueName(prefix); }
    static QString uniqueAddress() { return ApiTestClient::uniqueAddress(); }

    std::unique_ptr<ApiTestClient> m_api;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    HttpsTestClient m_http;
};

void AccountsTest::initTestCase()
{
    TRANSCENDENCE_REQUIRE_TEST_ENV("TRANSCENDENCE_TEST_ADMIN_DATABASE_URL");
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    m_server = std::make_unique<ServerProcess>(m_database->url(), kPublicUrl);
    m_server->environment().insert(QStringLiteral("TRANSCENDENCE_SECRET_KEY"),
                                   QString::fromLatin1(kSecret));
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    m_api = std::make_unique<ApiTestClient>(m_server->baseUrl());
}

void AccountsTest::registerSignsInAndShowsTheAccount()
{
    const QString name = uniqueName(QStringLiteral("Alice_"));
    const HttpAnswer answer =
        post(QStringLiteral("/api/auth/register"),
             {{QStringLiteral("username"), name},
              {QStringLiteral("email"), name + QStringLiteral("@Example.com")},
              {QStringLiteral("password"), kPassword},
              {QStringLiteral("displayName"), QStringLiteral("  Alice   in  Pongland ")}},
             uniqueAddress());
    QCOMPARE(answer.status, 201);
    const QJsonObject body = answer.json();
    QCOMPARE(body.value(QStringLiteral("tokenType")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(body.value(QStringLiteral("expiresIn")).toInt(), 900);
    QCOMPARE(body.value(QStringLiteral("accessToken")).toString().count(QLatin1Char('.')), 2);
    QCOMPARE(body.value(QStringLiteral("refreshToken")).toString().size(),
             43); // 256 bits, base64url
    const QJsonObject user = body.value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("username")).toString(), name);
    QCOMPARE(user.value(QStringLiteral("displayName")).toString(),
             QStringLiteral("Alice in Pongland"));
    QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("user"));

    const HttpAnswer me = authorized("GET", QStringLiteral("/api/users/me"),
                                     body.value(QStringLiteral("accessToken")).toString());
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(QStringLiteral("id")).toInteger(),
             user.value(QStringLiteral("id")).toInteger());
    QCOMPARE(me.json().value(QStringLiteral("email")).toString(),
             name + QStringLiteral("@Example.com"));
    // Only the Argon2id hash is stored, with OWASP's parameters.
    const QString stored = m_database->scalar(
        QStringLiteral("SELECT password_hash FROM users WHERE username = '%1'").arg(name));
    QVERIFY2(stored.startsWith(QLatin1String("$argon2id$v=19$m=19456,t=2,p=1$")),
             qPrintable(stored));
    QVERIFY(!stored.contains(kPassword));
}

void AccountsTest::registerValidatesEveryField_data()
{
    QTest::addColumn<QJsonObject>("overrides");
    QTest::addColumn<QString>("field");
    QTest::newRow("missing username")
        << QJsonObject{{QStringLiteral("username"), QJsonValue()}} << QStringLiteral("username");
    QTest::newRow("short username")
        << QJsonObject{{QStringLiteral("username"), QStringLiteral("ab")}}
        << QStringLiteral("username");
    QTest::newRow("username with space")
        << QJsonObject{{QStringLiteral("username"), QStringLiteral("a b c")}}
        << QStringLiteral("username");
    QTest::newRow("username not a string")
        << QJsonObject{{QStringLiteral("username"), 42}} << QStringLiteral("username");
    QTest::newRow("bad email") << QJsonObject{{QStringLiteral("email"),
                                               QStringLiteral("not-an-address")}}
                               << QStringLiteral("email");
    QTest::newRow("short password")
        << QJsonObject{{QStringLiteral("password"), QStringLiteral("short")}}
        << QStringLiteral("password");
    QTest::newRow("long password")
        << QJsonObject{{QStringLiteral("password"), QString(129, QLatin1Char('x'))}}
        << QStringLiteral("password");
    QTest::newRow("common password")
        << QJsonObject{{QStringLiteral("password"), QStringLiteral("qwertyuiop")}}
        << QStringLiteral("password");
    QTest::newRow("common password, other case")
        << QJsonObject{{QStringLiteral("password"), QStringLiteral("QwertyUiop")}}
        << QStringLiteral("password");
    QTest::newRow("display name too short")
        << QJsonObject{{QStringLiteral("displayName"), QStringLiteral(" x ")}}
        << QStringLiteral("displayName");
    QTest::newRow("display name markup")
        << QJsonObject{{QStringLiteral("displayName"), QStringLiteral("<b>bold</b>")}}
        << QStringLiteral("displayName");
    QTest::newRow("display name control char")
        << QJsonObject{{QStringLiteral("displayName"), QStringLiteral("ab\u0007cd")}}
        << QStringLiteral("displayName");
    QTest::newRow("unknown client")
        << QJsonObject{{QStringLiteral("client"), QStringLiteral("toaster")}}
        << QStringLiteral("client");
}

void AccountsTest::registerValidatesEveryField()
{
    QFETCH(QJsonObject, overrides);
    QFETCH(QString, field);
    const QString name = uniqueName(QStringLiteral("v_"));
    QJsonObject body{{QStringLiteral("username"), name},
                     {QStringLiteral("email"), name + QStringLiteral("@example.com")},
                     {QStringLiteral("password"), kPassword}};
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        if (it.value().isNull()) {
            body.remove(it.key());
        } else {
            body.insert(it.key(), it.value());
        }
    }
    const HttpAnswer answer = post(QStringLiteral("/api/auth/register"), body, uniqueAddress());
    QCOMPARE(answer.status, 422);
    const QJsonObject error = answer.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("validation_failed"));
    QVERIFY2(error.value(QStringLiteral("fields")).toObject().contains(field),
             answer.body.constData());
    QCOMPARE(m_database->scalar(
                 QStringLiteral("SELECT count(*) FROM users WHERE username = '%1'").arg(name)),
             QStringLiteral("0"));
}

void AccountsTest::registerRefusesTakenNames_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("username in another case") << QStringLiteral("username");
    QTest::newRow("email in another case") << QStringLiteral("email");
    QTest::newRow("display name as a look-alike") << QStringLiteral("displayName");
}

void AccountsTest::registerRefusesTakenNames()
{
    QFETCH(QString, field);
    const QString first = uniqueName(QStringLiteral("taken_"));
    const QString display =
        QStringLiteral("Zed ") + QUuid::createUuid().toString(QUuid::Id128).left(6);
    QCOMPARE(post(QStringLiteral("/api/auth/register"),
                  {{QStringLiteral("username"), first},
                   {QStringLiteral("email"), first + QStringLiteral("@example.com")},
                   {QStringLiteral("password"), kPassword},
                   {QStringLiteral("displayName"), display}},
                  uniqueAddress())
                 .status,
             201);
    const QString second = uniqueName(QStringLiteral("other_"));
    QJsonObject body{{QStringLiteral("username"), second},
                     {QStringLiteral("email"), second + QStringLiteral("@example.com")},
                     {QStringLiteral("password"), kPassword}};
    if (field == QLatin1String("username")) {
        body.insert(QStringLiteral("username"), first.toUpper());
    } else if (field == QLatin1String("email")) {
        body.insert(QStringLiteral("email"), first.toUpper() + QStringLiteral("@EXAMPLE.COM"));
    } else {
        // Fullwidth Latin letters normalize (NFKC) to the same name.
        QString lookAlike;
        for (const QChar c : display.toLower()) {
            lookAlike += c.isLetter() ? QChar(c.unicode() - 'a' + 0xFF41) : c;
        }
        body.insert(QStringLiteral("displayName"), lookAlike);
    }
    const HttpAnswer answer = post(QStringLiteral("/api/auth/register"), body, uniqueAddress());
    QCOMPARE(answer.status, 409);
    QVERIFY2(answer.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("fields"))
                 .toObject()
                 .contains(field),
             answer.body.constData());
}

void AccountsTest::registerNeedsAJsonObject()
{
    const QHash<QByteArray, QByteArray> text{{"Content-Type", "text/plain"}};
    QCOMPARE(m_http
                 .send("POST", m_server->baseUrl() + QStringLiteral("/api/auth/register"),
                       "username=x", text)
                 .status,
             415);
    const QHash<QByteArray, QByteArray> json{{"Content-Type", "application/json"}};
    const HttpAnswer broken = m_http.send(
        "POST", m_server->baseUrl() + QStringLiteral("/api/auth/register"), "{\"username\":", json);
    QCOMPARE(broken.status, 400);
    QCOMPARE(broken.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("invalid_json"));
    QCOMPARE(m_http.get(m_server->baseUrl() + QStringLiteral("/api/auth/register")).status, 405);
}

void AccountsTest::textIsStoredVerbatim()
{
    // Free-text fields are data, never code: SQL and script payloads come back as sent.
    const QString name = uniqueName(QStringLiteral("q_"));
    const QString email = QStringLiteral("o'brien+%1\"--;DROP_TABLE_users@example.com").arg(name);
    const HttpAnswer answer = post(
        QStringLiteral("/api/auth/register"),
        {{QStringLiteral("username"), name},
         {QStringLiteral("email"), email},
         {QStringLiteral("password"), QStringLiteral("'; DROP TABLE users; -- <script>x</script>")},
         {QStringLiteral("displayName"), QStringLiteral("O'Brien-") + name.right(4)}},
        uniqueAddress());
    QCOMPARE(answer.status, 201);
    const QJsonObject me = authorized("GET", QStringLiteral("/api/users/me"),
                                      answer.json().value(QStringLiteral("accessToken")).toString())
                               .json();
    QCOMPARE(me.value(QStringLiteral("email")).toString(), email);
    QCOMPARE(me.value(QStringLiteral("displayName")).toString(),
             QStringLiteral("O'Brien-") + name.right(4));
    QVERIFY(!login(email, QStringLiteral("'; DROP TABLE users; -- <script>x</script>"))
                 .accessToken.isEmpty());
    QVERIFY(m_database->scalar(QStringLiteral("SELECT count(*) FROM users")).toInt() > 0);
}

void AccountsTest::loginByNameOrEmailAnyCase()
{
    const Account account = registerAccount(QStringLiteral("Bob_"));
    QVERIFY(account.id > 0);
    QCOMPARE(login(account.username.toLower()).id, account.id);
    QCOMPARE(login(account.username.toUpper() + QStringLiteral("@EXAMPLE.com")).id, account.id);
}

void AccountsTest::wrongPasswordAndUnknownUserLookTheSame()
{
    const Account account = registerAccount(QStringLiteral("carol_"));
    const HttpAnswer wrong = post(QStringLiteral("/api/auth/login"),
                                  {{QStringLiteral("login"), account.username},
                                   {QStringLiteral("password"), QStringLiteral("wrong password!")}},
                                  uniqueAddress());
    const HttpAnswer unknown =
        post(QStringLiteral("/api/auth/login"),
             {{QStringLiteral("login"), uniqueName(QStringLiteral("nobody_"))},
              {QStringLiteral("password"), QStringLiteral("wrong password!")}},
             uniqueAddress());
    QCOMPARE(wrong.status, 401);
    QCOMPARE(unknown.status, 401);
    QCOMPARE(wrong.json(), unknown.json());
    QCOMPARE(wrong.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("invalid_credentials"));
}

void AccountsTest::loginIsRateLimitedPerAccount()
{
    const Account account = registerAccount(QStringLiteral("dave_"));
    // Ten attempts in 15 minutes per account, from any number of addresses.
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(post(QStringLiteral("/api/auth/login"),
                      {{QStringLiteral("login"), account.username},
                       {QStringLiteral("password"), QStringLiteral("guess number %1").arg(i)}},
                      uniqueAddress())
                     .status,
                 401);
    }
    const HttpAnswer limited =
        post(QStringLiteral("/api/auth/login"),
             {{QStringLiteral("login"), account.username}, {QStringLiteral("password"), kPassword}},
             uniqueAddress());
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.header("Retry-After").toInt() > 0);
    QCOMPARE(limited.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("rate_limited"));
}

void AccountsTest::loginLimitsGuessingNotASharedAddress()
{
    // A school behind one address: eighty correct sign-ins in a few seconds all go through.
    const QString school = uniqueAddress();
    const Account account = registerAccount(QStringLiteral("nat_login_"));
    for (int i = 0; i < 80; ++i) {
        QCOMPARE(post(QStringLiteral("/api/auth/login"),
                      {{QStringLiteral("login"), account.username},
                       {QStringLiteral("password"), kPassword}},
                      school)
                     .status,
                 200);
    }
    // Guessing from one address across many accounts: 60 refused passwords, then even a right
    // one waits there...
    const QString guesser = uniqueAddress();
    for (int i = 0; i < 60; ++i) {
        QCOMPARE(post(QStringLiteral("/api/auth/login"),
                      {{QStringLiteral("login"),
                        QStringLiteral("nobody_%1_%2").arg(i).arg(uniqueName(QStringLiteral("g")))},
                       {QStringLiteral("password"), QStringLiteral("guess number %1").arg(i)}},
                      guesser)
                     .status,
                 401);
    }
    const HttpAnswer limited =
        post(QStringLiteral("/api/auth/login"),
             {{QStringLiteral("login"), account.username}, {QStringLiteral("password"), kPassword}},
             guesser);
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.header("Retry-After").toInt() > 0);
    // ...while the owner still signs in from elsewhere.
    QCOMPARE(
        post(QStringLiteral("/api/auth/login"),
             {{QStringLiteral("login"), account.username}, {QStringLiteral("password"), kPassword}},
             school)
            .status,
        200);
}

// Issue 15, item 5: failures count per account whatever was typed (name or e-mail), 5 per
// address and 10 in all from devices the account never signed in on; a device that signed in
// before (its device token: a cookie for the web, "deviceToken" for apps) keeps its own budget.
void AccountsTest::guessingElsewhereDoesNotLockTheOwnersDevicesOut()
{
    const Account account = registerAccount(QStringLiteral("owner_"));
    const QString email = account.username + QStringLiteral("@example.com");
    const QString home = uniqueAddress();
    // The owner's app signs in once: it keeps the device token of the answer.
    const HttpAnswer first =
        post(QStringLiteral("/api/auth/login"),
             {{QStringLiteral("login"), account.username}, {QStringLiteral("password"), kPassword}},
             home);
    QCOMPARE(first.status, 200);
    const QString deviceToken = first.json().value(QStringLiteral("deviceToken")).toString();
    QVERIFY(deviceToken.startsWith(QLatin1String("d1.")));

    const auto attempt = [&](const QString &login, const QString &password, const QString &from,
                             const QString &device = {}) {
        QJsonObject body{{QStringLiteral("login"), login}, {QStringLiteral("password"), password}};
        if (!device.isEmpty()) {
            body.insert(QStringLiteral("deviceToken"), device);
        }
        return post(QStringLiteral("/api/auth/login"), body, from).status;
    };
    // One address: five refused passwords, the name and the e-mail alike, then it waits...
    const QString attacker = uniqueAddress();
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(attempt(i % 2 ? email : account.username.toUpper(),
                         QStringLiteral("guess number %1").arg(i), attacker),
                 401);
    }
    QCOMPARE(attempt(email, kPassword, attacker), 429);
    // ...while other addresses still try; five more from a second one make ten for the account:
    // every device it never signed in on now waits, even with the right password.
    const QString second = uniqueAddress();
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(attempt(email, QStringLiteral("other guess %1").arg(i), second), 401);
    }
    QCOMPARE(attempt(account.username, kPassword, uniqueAddress()), 429);
    // The owner's device is not locked out, from home or anywhere...
    QCOMPARE(attempt(account.username, kPassword, home, deviceToken), 200);
    QCOMPARE(attempt(email, kPassword, uniqueAddress(), deviceToken), 200);
    // ...and a forged or another account's device token is no way around the lock.
    QCOMPARE(attempt(account.username, kPassword, home, deviceToken + QStringLiteral("x")), 429);
    const Account other = registerAccount(QStringLiteral("other_"));
    const HttpAnswer others =
        post(QStringLiteral("/api/auth/login"),
             {{QStringLiteral("login"), other.username}, {QStringLiteral("password"), kPassword}},
             uniqueAddress());
    QCOMPARE(attempt(account.username, kPassword, home,
                     others.json().value(QStringLiteral("deviceToken")).toString()),
             429);
    // A device token has a budget of its own: ten wrong passwords on it, then it waits too.
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(attempt(account.username, QStringLiteral("typo %1").arg(i), home, deviceToken),
                 401);
    }
    QCOMPARE(attempt(account.username, kPassword, home, deviceToken), 429);

    // Web clients get theirs as an HttpOnly cookie, sent back on the next sign-in only.
    const Account webAccount = registerAccount(QStringLiteral("webowner_"));
    const HttpAnswer web = post(QStringLiteral("/api/auth/login"),
                                {{QStringLiteral("login"), webAccount.username},
                                 {QStringLiteral("password"), kPassword},
                                 {QStringLiteral("client"), QStringLiteral("web")}},
                                uniqueAddress());
    QCOMPARE(web.status, 200);
    QVERIFY(!web.json().contains(QStringLiteral("deviceToken")));
    const QByteArray deviceCookie = web.cookie("tr_device");
    QVERIFY(!deviceCookie.isEmpty());
    const QByteArray setCookie = web.header("Set-Cookie");
    const QByteArray deviceLine = setCookie.mid(setCookie.indexOf("tr_device="));
    for (const char *attribute :
         {"HttpOnly", "Secure", "SameSite=Strict", "Path=/api/auth/login"}) {
        QVERIFY2(deviceLine.contains(attribute), deviceLine.constData());
    }
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(attempt(webAccount.username, QStringLiteral("guess %1").arg(i), uniqueAddress()),
                 401);
    }
    QCOMPARE(post(QStringLiteral("/api/auth/login"),
                  {{QStringLiteral("login"), webAccount.username},
                   {QStringLiteral("password"), kPassword},
                   {QStringLiteral("client"), QStringLiteral("web")}},
                  uniqueAddress())
                 .status,
             429);
    QCOMPARE(post(QStringLiteral("/api/auth/login"),
                  {{QStringLiteral("login"), webAccount.username},
                   {QStringLiteral("password"), kPassword},
                   {QStringLiteral("client"), QStringLiteral("web")}},
                  uniqueAddress(), {{"Cookie", deviceCookie}})
                 .status,
             200);
}

void AccountsTest::registrationIsRateLimitedPerAddress()
{
    const QString address = uniqueAddress();
    int created = 0;
    HttpAnswer answer;
    for (int i = 0; i < 11; ++i) {
        const QString name = uniqueName(QStringLiteral("r_"));
        answer = post(QStringLiteral("/api/auth/register"),
                      {{QStringLiteral("username"), name},
                       {QStringLiteral("email"), name + QStringLiteral("@example.com")},
                       {QStringLiteral("password"), kPassword}},
                      address);
        created += answer.status == 201 ? 1 : 0;
    }
    QCOMPARE(created, 10);
    QCOMPARE(answer.status, 429);
    QVERIFY(answer.header("Retry-After").toInt() > 0);
}

void AccountsTest::refreshRotatesAndReuseEndsTheSession()
{
    const Account account = registerAccount(QStringLiteral("erin_"));
    const HttpAnswer first = post(QStringLiteral("/api/auth/refresh"),
                                  {{QStringLiteral("refreshToken"), account.refreshToken}});
    QCOMPARE(first.status, 200);
    const QString rotated = first.json().value(QStringLiteral("refreshToken")).toString();
    const QString newAccess = first.json().value(QStringLiteral("accessToken")).toString();
    QVERIFY(!rotated.isEmpty() && rotated != account.refreshToken);
    QCOMPARE(authorized("GET", QStringLiteral("/api/users/me"), newAccess).status, 200);

    // The client renews with what it got: from now on the first token is spent for good.
    const HttpAnswer second =
        post(QStringLiteral("/api/auth/refresh"), {{QStringLiteral("refreshToken"), rotated}});
    QCOMPARE(second.status, 200);
    const QString latest = second.json().value(QStringLiteral("refreshToken")).toString();

    // The old token again: someone copied it. The whole session ends.
    const HttpAnswer reused = post(QStringLiteral("/api/auth/refresh"),
                                   {{QStringLiteral("refreshToken"), account.refreshToken}});
    QCOMPARE(reused.status, 401);
    QCOMPARE(reused.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("refresh_token_reused"));
    QCOMPARE(post(QStringLiteral("/api/auth/refresh"), {{QStringLiteral("refreshToken"), latest}})
                 .status,
             401);
    const HttpAnswer me = authorized("GET", QStringLiteral("/api/users/me"), newAccess);
    QCOMPARE(me.status, 401);
    QCOMPARE(me.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("session_revoked"));
    QCOMPARE(post(QStringLiteral("/api/auth/refresh"),
                  {{QStringLiteral("refreshToken"), QStringLiteral("made-up")}})
                 .status,
             401);
}

void AccountsTest::refreshAnswerLostInFlightIsNotReuse()
{
    // A page left while its renewal was in flight: the server spent the token, the browser never
    // saw the answer and presents the same token again from the next page. The session goes on.
    const Account account = registerAccount(QStringLiteral("lost_"));
    const HttpAnswer lost = post(QStringLiteral("/api/auth/refresh"),
                                 {{QStringLiteral("refreshToken"), account.refreshToken}});
    QCOMPARE(lost.status, 200);
    const QString lostToken = lost.json().value(QStringLiteral("refreshToken")).toString();
    const HttpAnswer again = post(QStringLiteral("/api/auth/refresh"),
                                  {{QStringLiteral("refreshToken"), account.refreshToken}});
    QCOMPARE(again.status, 200);
    const QString kept = again.json().value(QStringLiteral("refreshToken")).toString();
    QVERIFY(!kept.isEmpty() && kept != lostToken && kept != account.refreshToken);
    const QString access = again.json().value(QStringLiteral("accessToken")).toString();
    QCOMPARE(authorized("GET", QStringLiteral("/api/users/me"), access).status, 200);

    // The client renews with the token it kept: the first token's window is closed, and using
    // it once more is reuse (the session ends, every copy with it).
    const HttpAnswer next =
        post(QStringLiteral("/api/auth/refresh"), {{QStringLiteral("refreshToken"), kept}});
    QCOMPARE(next.status, 200);
    const HttpAnswer copied = post(QStringLiteral("/api/auth/refresh"),
                                   {{QStringLiteral("refreshToken"), account.refreshToken}});
    QCOMPARE(copied.status, 401);
    QCOMPARE(copied.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("refresh_token_reused"));
    QCOMPARE(post(QStringLiteral("/api/auth/refresh"),
                  {{QStringLiteral("refreshToken"),
                    next.json().value(QStringLiteral("refreshToken")).toString()}})
                 .status,
             401);
}

void AccountsTest::refreshLimitsGuessingNotASharedAddress()
{
    // A school behind one address: a hundred renewals in a minute all go through.
    const QString school = uniqueAddress();
    QString token = registerAccount(QStringLiteral("nat_")).refreshToken;
    for (int i = 0; i < 100; ++i) {
        const HttpAnswer renewed = post(QStringLiteral("/api/auth/refresh"),
                                        {{QStringLiteral("refreshToken"), token}}, school);
        QCOMPARE(renewed.status, 200);
        token = renewed.json().value(QStringLiteral("refreshToken")).toString();
    }
    // Guessing from one address: 30 refused tokens, then even a valid one waits there...
    const QString guesser = uniqueAddress();
    for (int i = 0; i < 30; ++i) {
        QCOMPARE(post(QStringLiteral("/api/auth/refresh"),
                      {{QStringLiteral("refreshToken"), QStringLiteral("guess-%1").arg(i)}},
                      guesser)
                     .status,
                 401);
    }
    const HttpAnswer limited = post(QStringLiteral("/api/auth/refresh"),
                                    {{QStringLiteral("refreshToken"), token}}, guesser);
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.header("Retry-After").toInt() > 0);
    QCOMPARE(limited.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("rate_limited"));
    // ...while the token still works from anywhere else (the refusal did not spend it).
    QCOMPARE(
        post(QStringLiteral("/api/auth/refresh"), {{QStringLiteral("refreshToken"), token}}, school)
            .status,
        200);
}

void AccountsTest::webClientsGetAnHttpOnlyCookie()
{
    const Account account = registerAccount(QStringLiteral("fred_"));
    const HttpAnswer answer = post(QStringLiteral("/api/auth/login"),
                                   {{QStringLiteral("login"), account.username},
                                    {QStringLiteral("password"), kPassword},
                                    {QStringLiteral("client"), QStringLiteral("web")}},
                                   uniqueAddress());
    QCOMPARE(answer.status, 200);
    QVERIFY(!answer.json().contains(QStringLiteral("refreshToken"))); // out of JavaScript's reach
    QByteArray cookie; // beside it, the device cookie (tr_device)
    for (const QByteArray &line : answer.header("Set-Cookie").split('\n')) {
        if (line.startsWith("tr_refresh=")) {
            cookie = line;
        }
    }
    for (const char *attribute :
         {"HttpOnly", "Secure", "SameSite=Strict", "Path=/api/auth/refresh"}) {
        QVERIFY2(cookie.contains(attribute), cookie.constData());
    }
    const QByteArray pair = cookie.left(cookie.indexOf(';'));
    QVERIFY(pair.startsWith("tr_refresh="));

    const QHash<QByteArray, QByteArray> withCookie{{"Cookie", pair},
                                                   {"Origin", kPublicUrl.toLatin1()}};
    const HttpAnswer refreshed = m_http.send(
        "POST", m_server->baseUrl() + QStringLiteral("/api/auth/refresh"), {}, withCookie);
    QCOMPARE(refreshed.status, 200);
    QVERIFY(refreshed.header("Set-Cookie").startsWith("tr_refresh="));
    QVERIFY(refreshed.header("Set-Cookie") != cookie);

    const QByteArray next =
        refreshed.header("Set-Cookie").left(refreshed.header("Set-Cookie").indexOf(';'));
    const QHash<QByteArray, QByteArray> foreign{{"Cookie", next},
                                                {"Origin", "https://evil.example"}};
    QCOMPARE(
        m_http.send("POST", m_server->baseUrl() + QStringLiteral("/api/auth/refresh"), {}, foreign)
            .status,
        403);
}

void AccountsTest::logoutEndsTheSessionAtOnce()
{
    const Account account = registerAccount(QStringLiteral("gina_"));
    const HttpAnswer logout =
        authorized("POST", QStringLiteral("/api/auth/logout"), account.accessToken);
    QCOMPARE(logout.status, 204);
    QVERIFY(logout.header("Set-Cookie").contains("Max-Age=0"));
    QCOMPARE(authorized("GET", QStringLiteral("/api/users/me"), account.accessToken).status, 401);
    QCOMPARE(post(QStringLiteral("/api/auth/refresh"),
                  {{QStringLiteral("refreshToken"), account.refreshToken}})
                 .status,
             401);
}

void AccountsTest::logoutAllEndsEverySession()
{
    const Account account = registerAccount(QStringLiteral("hank_"));
    const Account phone = login(account.username);
    QVERIFY(!phone.accessToken.isEmpty());
    QCOMPARE(authorized("POST", QStringLiteral("/api/auth/logout-all"), phone.accessToken).status,
             204);
    QCOMPARE(authorized("GET", QStringLiteral("/api/users/me"), account.accessToken).status, 401);
    QCOMPARE(authorized("GET", QStringLiteral("/api/users/me"), phone.accessToken).status, 401);
}

void AccountsTest::sessionsCanBeListedAndRevoked()
{
    const Account account = registerAccount(QStringLiteral("iris_"));
    const Account laptop = login(account.username);
    const HttpAnswer list =
        authorized("GET", QStringLiteral("/api/auth/sessions"), account.accessToken);
    QCOMPARE(list.status, 200);
    const QJsonArray sessions = list.json().value(QStringLiteral("sessions")).toArray();
    QCOMPARE(sessions.size(), 2);
    int current = 0;
    for (const QJsonValue &session : sessions) {
        current += session.toObject().value(QStringLiteral("current")).toBool() ? 1 : 0;
        QVERIFY(!session.toObject().value(QStringLiteral("ipAddress")).toString().isEmpty());
    }
    QCOMPARE(current, 1);

    QCOMPARE(authorized("DELETE", QStringLiteral("/api/auth/sessions/") + laptop.sessionId,
                        account.accessToken)
                 .status,
             204);
    QCOMPARE(authorized("GET", QStringLiteral("/api/users/me"), laptop.accessToken).status, 401);
    QCOMPARE(authorized("GET", QStringLiteral("/api/auth/sessions"), account.accessToken)
                 .json()
                 .value(QStringLiteral("sessions"))
                 .toArray()
                 .size(),
             1);
    // Someone else's session, a made-up one, a malformed id: all "not found", nothing revoked.
    const Account stranger = registerAccount(QStringLiteral("jack_"));
    QCOMPARE(authorized("DELETE", QStringLiteral("/api/auth/sessions/") + stranger.sessionId,
                        account.accessToken)
                 .status,
             404);
    QCOMPARE(authorized("GET", QStringLiteral("/api/users/me"), stranger.accessToken).status, 200);
    QCOMPARE(authorized("DELETE",
                        QStringLiteral("/api/auth/sessions/") +
                            QUuid::createUuid().toString(QUuid::WithoutBraces),
                        account.accessToken)
                 .status,
             404);
    QCOMPARE(
        authorized("DELETE", QStringLiteral("/api/auth/sessions/not-a-uuid"), account.accessToken)
            .status,
        404);
}

void AccountsTest::tamperedTokensAreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("alg none") << QStringLiteral("none");
    QTest::newRow("another key") << QStringLiteral("key");
    QTest::newRow("expired") << QStringLiteral("expired");
    QTest::newRow("wrong audience") << QStringLiteral("audience");
    QTest::newRow("wrong issuer") << QStringLiteral("issuer");
    QTest::newRow("claims edited after signing") << QStringLiteral("edited");
    QTest::newRow("garbage") << QStringLiteral("garbage");
}

void AccountsTest::tamperedTokensAreRefused()
{
    QFETCH(QString, kind);
    const Account account = registerAccount(QStringLiteral("kim_"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims{{QStringLiteral("iss"), kPublicUrl},
                       {QStringLiteral("aud"), QStringLiteral("transcendence")},
                       {QStringLiteral("sub"), QString::number(account.id)},
                       {QStringLiteral("sid"), account.sessionId},
                       {QStringLiteral("role"), QStringLiteral("admin")},
                       {QStringLiteral("iat"), now},
                       {QStringLiteral("exp"), now + 600}};
    const QJsonObject hs256{{QStringLiteral("alg"), QStringLiteral("HS256")},
                            {QStringLiteral("typ"), QStringLiteral("JWT")}};
    // The same claims, correctly signed, are accepted: the refusals below are about the change.
    QCOMPARE(authorized("GET", QStringLiteral("/api/users/me"),
                        QString::fromLatin1(handMadeToken(hs256, claims, kSecret)))
                 .status,
             200);

    QByteArray token;
    if (kind == QLatin1String("none")) {
        token = handMadeToken({{QStringLiteral("alg"), QStringLiteral("none")},
                               {QStringLiteral("typ"), QStringLiteral("JWT")}},
                              claims, {});
    } else if (kind == QLatin1String("key")) {
        token = handMadeToken(hs256, claims,
                              QByteArrayLiteral("some-other-secret-key-that-is-long-enough!!"));
    } else if (kind == QLatin1String("expired")) {
        claims.insert(QStringLiteral("iat"), now - 3600);
        claims.insert(QStringLiteral("exp"), now - 1800);
        token = handMadeToken(hs256, claims, kSecret);
    } else if (kind == QLatin1String("audience")) {
        claims.insert(QStringLiteral("aud"), QStringLiteral("someone-else"));
        token = handMadeToken(hs256, claims, kSecret);
    } else if (kind == QLatin1String("issuer")) {
        claims.insert(QStringLiteral("iss"), QStringLiteral("https://evil.example"));
        token = handMadeToken(hs256, claims, kSecret);
    } else if (kind == QLatin1String("edited")) {
        const QByteArray genuine = handMadeToken(hs256, claims, kSecret);
        claims.insert(QStringLiteral("sub"), QStringLiteral("1"));
        const QByteArray forged = handMadeToken(hs256, claims, {});
        token = forged + genuine.mid(genuine.lastIndexOf('.') + 1);
    } else {
        token = "not.a.token";
    }
    const HttpAnswer answer =
        authorized("GET", QStringLiteral("/api/users/me"), QString::fromLatin1(token));
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("invalid_token"));
}

void AccountsTest::protectedEndpointsNeedAToken_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("me") << QByteArray("GET") << QStringLiteral("/api/users/me");
    QTest::newRow("sessions") << QByteArray("GET") << QStringLiteral("/api/auth/sessions");
    QTest::newRow("logout") << QByteArray("POST") << QStringLiteral("/api/auth/logout");
    QTest::newRow("logout-all") << QByteArray("POST") << QStringLiteral("/api/auth/logout-all");
    QTest::newRow("ws-ticket") << QByteArray("POST") << QStringLiteral("/api/auth/ws-ticket");
    QTest::newRow("revoke") << QByteArray("DELETE") << QStringLiteral("/api/auth/sessions/x");
}

void AccountsTest::protectedEndpointsNeedAToken()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const HttpAnswer answer = m_http.send(method, m_server->baseUrl() + path);
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("unauthenticated"));
    QCOMPARE(answer.header("WWW-Authenticate"), QByteArray("Bearer"));
}

void AccountsTest::webSocketTicketsAreSingleUse()
{
    const Account account = registerAccount(QStringLiteral("liam_"));
    const HttpAnswer issued =
        authorized("POST", QStringLiteral("/api/auth/ws-ticket"), account.accessToken);
    QCOMPARE(issued.status, 200);
    const QString ticket = issued.json().value(QStringLiteral("ticket")).toString();
    QCOMPARE(issued.json().value(QStringLiteral("expiresIn")).toInt(), 30);
    const QString wsUrl = QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_server->port());
    const QJsonObject hello{{QStringLiteral("type"), QStringLiteral("hello")},
                            {QStringLiteral("version"), 1},
                            {QStringLiteral("ticket"), ticket}};

    WebSocketTestClient first;
    QVERIFY(first.open(wsUrl));
    first.sendJson(hello);
    const QJsonObject welcome = first.next();
    QCOMPARE(welcome.value(QStringLiteral("type")).toString(), QStringLiteral("welcome"));
    QCOMPARE(
        welcome.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toInteger(),
        account.id);

    WebSocketTestClient second;
    QVERIFY(second.open(wsUrl));
    second.sendJson(hello); // the same ticket again
    QCOMPARE(second.next().value(QStringLiteral("code")).toString(),
             QStringLiteral("invalid_ticket"));
    QCOMPARE(second.waitForClose(), 4003);

    WebSocketTestClient guest;
    QVERIFY(guest.open(wsUrl));
    guest.sendJson(
        {{QStringLiteral("type"), QStringLiteral("hello")}, {QStringLiteral("version"), 1}});
    const QJsonObject guestWelcome = guest.next();
    QCOMPARE(guestWelcome.value(QStringLiteral("type")).toString(), QStringLiteral("welcome"));
    QVERIFY(guestWelcome.value(QStringLiteral("user")).isNull());
}

void AccountsTest::logoutClosesTheSessionsWebSockets()
{
    const Account account = registerAccount(QStringLiteral("mia_"));
    const QString ticket =
        authorized("POST", QStringLiteral("/api/auth/ws-ticket"), account.accessToken)
            .json()
            .value(QStringLiteral("ticket"))
            .toString();
    WebSocketTestClient socket;
    QVERIFY(socket.open(QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_server->port())));
    socket.sendJson({{QStringLiteral("type"), QStringLiteral("hello")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("ticket"), ticket}});
    QCOMPARE(socket.next().value(QStringLiteral("type")).toString(), QStringLiteral("welcome"));
    QCOMPARE(authorized("POST", QStringLiteral("/api/auth/logout"), account.accessToken).status,
             204);
    QCOMPARE(socket.waitForClose(), 4003);
}

void AccountsTest::oldSessionsAreDeleted()
{
    // The privacy policy promises sessions (IP address, user agent) go 30 days after last use.
    const Account stale = registerAccount(QStringLiteral("old_"));
    const Account fresh = registerAccount(QStringLiteral("new_"));
    QCOMPARE(
        m_database->scalar(
            QStringLiteral("UPDATE auth_sessions SET last_seen_at = now() - interval '31 days' "
                           "WHERE id = '%1' RETURNING 1")
                .arg(stale.sessionId)),
        QStringLiteral("1"));
    QCOMPARE(m_server->terminate(), 0);
    QVERIFY2(m_server->start(), qPrintable(m_server->log())); // maintenance runs at start-up
    m_api = std::make_unique<ApiTestClient>(m_server->baseUrl());
    QVERIFY(m_server->waitForEvent(QStringLiteral("maintenance_done")));
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT count(*) FROM auth_sessions WHERE id = '%1'")
                                    .arg(stale.sessionId)),
             QStringLiteral("0"));
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT count(*) FROM auth_sessions WHERE id = '%1'")
                                    .arg(fresh.sessionId)),
             QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(AccountsTest)
#include "accounts_test.moc"
