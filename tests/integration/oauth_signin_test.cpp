// "Sign in with 42" end to end, the way a browser does it, against a faithful fake provider on
// loopback: start → provider → callback → signed in by cookie. Also linking, unlinking, every
// failure ending on a clear 4xx page, and accounts with two-factor sign-in asked for their code
// after the provider too (browsers and apps).
#include "ApiTestClient.h"
#include "FakeOAuthProvider.h"
#include "NginxProcess.h"
#include "PostgresCluster.h"
#include "ServerProcess.h"
#include "TestEnvironment.h"
#include "auth/twofactor/Base32.h"
#include "auth/twofactor/Totp.h"
#include "oauth/Pkce.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace transcendence::testing;

namespace {
const QString kClientId = QStringLiteral("transcendence-test");
}

class OAuthSignInTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void providersAreListed();
    void firstSignInCreatesAnAccountAndTheNextFindsIt();
    void takenUserNamesGetASuffix();
    void anEmailOfAnotherAccountIsNotTakenOver();
    void tamperedOrReplayedCallbacksAreRefused();
    void aCallbackFromAnotherBrowserIsRefused();
    void refusedConsentEndsOnAnErrorPage();
    void aFailingProviderEndsOnAnErrorPage();
    void accountsCanLinkAndUnlinkTheProvider();
    void theOnlySignInMethodCannotBeUnlinked();
    void unknownProvidersAreNotFound();
    void aNativeAppGetsASingleUseCodeOnItsLoopback();
    void aNativeAppCodeNeedsItsVerifier();
    void aNativeAppOnlyGetsLoopbackRedirects();
    void aNativeAppHearsOfFailuresOnItsLoopback();
    void twoFactorAccountsPassTheirSecondFactorAfterTheProvider();
    void aFlowStartedOnOneInstanceFinishesOnAnother();
    void aNativeAppCodeIsTakenOnceOnAnyInstance();
    void aNativeAppCodeExpiresAndIsSwept();
    void startsAreLimitedPerAddress();

private:
    struct BrowserResult {
        HttpAnswer callback; // the answer to the provider's redirect back
        QString callbackUrl; // to replay it
        QByteArray bindingCookie;
    };
    // Follows start (or a link URL) → provider → callback, carrying the binding cookie.
    BrowserResult runBrowserFlow(const HttpAnswer &start);
    HttpAnswer startSignIn(const QString &returnTo = QStringLiteral("/play"));
    // A native app's sign-in (RFC 8252): what the app puts in the start URL, and keeps.
    struct AppRequest {
        QByteArray verifier = transcendence::oauth::pkce::generateVerifier();
        QString state =
            ApiTestClient::uniqueName(QStringLiteral("appstate_")) + QStringLiteral("-0123456789");
        QString redirectUri = QStringLiteral("http://127.0.0.1:%1/done").arg(freeLoopbackPort());
    };
    HttpAnswer startAppSignIn(const AppRequest &app);
    HttpAnswer exchange(const AppRequest &app, const QString &code);
    // The one-time code an app's sign-in through the fake provider ends with.
    QString appCode(const AppRequest &app);
    // Rows of oauth_app_codes for this code (kept as its SHA-256 only).
    QString storedCodes(const QString &code, const QString &condition = QStringLiteral("true"));
    // Moves the code's expiry a second into the past; false if it is not stored.
    bool expire(const QString &code);
    // A second instance on the same database, same public URL and provider (nginx sends the
    // provider's redirect, or an app's exchange, to whichever instance it picks).
    std::unique_ptr<ServerProcess> startAnotherInstance();
    QString accessTokenFrom(const HttpAnswer &callback);
    void expectErrorPage(const HttpAnswer &answer, int status, const QString &code);

    FakeOAuthProvider m_provider;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiTestClient> m_api;
    QString m_publicUrl;
};

void OAuthSignInTest::initTestCase()
{
    TRANSCENDENCE_REQUIRE_TEST_ENV("TRANSCENDENCE_TEST_ADMIN_DATABASE_URL");
    QVERIFY(m_provider.start());
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    const quint16 port = freeLoopbackPort();
    m_publicUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
    m_provider.registerClient(kClientId, QStringLiteral("fake-client-secret-value"),
                              m_publicUrl + QStringLiteral("/api/auth/oauth/fortytwo/callback"));
    m_server = std::make_unique<ServerProcess>(m_database->url(), m_publicUrl);
    m_server->environment().insert(QStringLiteral("TRANSCENDENCE_HTTP_PORT"),
                                   QString::number(port));
    const auto variables = m_provider.environmentFor(QStringLiteral("fortytwo"),
                                                     QStringLiteral("fortytwo"), kClientId);
    for (auto it = variables.begin(); it != variables.end(); ++it) {
        m_server->environment().insert(it.key(), it.value());
    }
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    m_api = std::make_unique<ApiTestClient>(m_server->baseUrl());
}

HttpAnswer OAuthSignInTest::startSignIn(const QString &returnTo)
{
    return m_api->http().get(m_publicUrl +
                             QStringLiteral("/api/auth/oauth/fortytwo/start?returnTo=") +
                             QString::fromLatin1(QUrl::toPercentEncoding(returnTo)));
}

OAuthSignInTest::BrowserResult OAuthSignInTest::runBrowserFlow(const HttpAnswer &start)
{
    BrowserResult result;
    result.bindingCookie = start.cookie("tr_oauth");
    QString toProvider = QString::fromLatin1(start.header("Location"));
    if (toProvider.isEmpty()) {
        toProvider =
            start.json().value(QStringLiteral("url")).toString(); // link: the URL comes as JSON
    }
    const HttpAnswer atProvider = m_api->http().get(toProvider);
    result.callbackUrl = QString::fromLatin1(atProvider.header("Location"));
    result.callback = m_api->http().get(result.callbackUrl, {{"Cookie", result.bindingCookie}});
    return result;
}

QString OAuthSignInTest::accessTokenFrom(const HttpAnswer &callback)
{
    const HttpAnswer refreshed =
        m_api->http().send("POST", m_publicUrl + QStringLiteral("/api/auth/refresh"), {},
                           {{"Cookie", callback.cookie("tr_refresh")}});
    return refreshed.json().value(QStringLiteral("accessToken")).toString();
}

void OAuthSignInTest::expectErrorPage(const HttpAnswer &answer, int status, const QString &code)
{
    QCOMPARE(answer.status, status);
    QVERIFY(answer.header("Content-Type").startsWith("text/html"));
    QVERIFY2(answer.body.contains(code.toUtf8()), answer.body.constData());
    QVERIFY(answer.header("Location").isEmpty());
    QVERIFY(answer.cookie("tr_refresh").isEmpty());
}

void OAuthSignInTest::providersAreListed()
{
    const HttpAnswer answer =
        m_api->http().get(m_publicUrl + QStringLiteral("/api/auth/oauth/providers"));
    QCOMPARE(answer.status, 200);
    const QJsonArray providers = answer.json().value(QStringLiteral("providers")).toArray();
    QCOMPARE(providers.size(), 1);
    QCOMPARE(providers.first().toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("fortytwo"));
    QCOMPARE(providers.first().toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("42"));
}

void OAuthSignInTest::firstSignInCreatesAnAccountAndTheNextFindsIt()
{
    FakeOAuthUser marvin;
    marvin.id = 1001;
    marvin.login = QStringLiteral("marvin");
    marvin.email = QStringLiteral("marvin@student.42.fr");
    m_provider.setUser(marvin);

    const HttpAnswer start = startSignIn(QStringLiteral("/play?mode=ai"));
    QCOMPARE(start.status, 302);
    QVERIFY(start.header("Location").startsWith(m_provider.authorizeUrl().toEncoded()));
    const QByteArray binding = start.header("Set-Cookie");
    QVERIFY2(binding.contains("HttpOnly") && binding.contains("SameSite=Lax") &&
                 binding.contains("Path=/api/auth/oauth"),
             binding.constData());
    const QUrlQuery authorize(QUrl(QString::fromLatin1(start.header("Location"))));
    QCOMPARE(authorize.queryItemValue(QStringLiteral("code_challenge_method")),
             QStringLiteral("S256"));

    const BrowserResult first = runBrowserFlow(start);
    QCOMPARE(first.callback.status, 302);
    QCOMPARE(first.callback.header("Location"), QByteArray("/play?mode=ai"));
    const QString token = accessTokenFrom(first.callback);
    QVERIFY(!token.isEmpty());
    const QJsonObject me = m_api->authorized("GET", QStringLiteral("/api/users/me"), token).json();
    QCOMPARE(me.value(QStringLiteral("username")).toString(), QStringLiteral("marvin"));
    QCOMPARE(me.value(QStringLiteral("email")).toString(), QStringLiteral("marvin@student.42.fr"));
    QCOMPARE(me.value(QStringLiteral("displayName")).toString(), marvin.displayName);
    QCOMPARE(me.value(QStringLiteral("hasPassword")).toBool(), false);
    const QJsonArray links =
        m_api->authorized("GET", QStringLiteral("/api/auth/oauth/links"), token)
            .json()
            .value(QStringLiteral("links"))
            .toArray();
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().toObject().value(QStringLiteral("login")).toString(),
             QStringLiteral("marvin"));

    const BrowserResult second = runBrowserFlow(startSignIn());
    QCOMPARE(second.callback.status, 302);
    const QJsonObject again =
        m_api->authorized("GET", QStringLiteral("/api/users/me"), accessTokenFrom(second.callback))
            .json();
    QCOMPARE(again.value(QStringLiteral("id")).toInteger(),
             me.value(QStringLiteral("id")).toInteger());
    QCOMPARE(m_database->scalar(
                 QStringLiteral("SELECT count(*) FROM users WHERE username ILIKE 'marvin%'")),
             QStringLiteral("1"));
}

void OAuthSignInTest::takenUserNamesGetASuffix()
{
    const QString taken = ApiTestClient::uniqueName(QStringLiteral("zaph"));
    QCOMPARE(m_api
                 ->post(QStringLiteral("/api/auth/register"),
                        {{QStringLiteral("username"), taken},
                         {QStringLiteral("email"), taken + QStringLiteral("@example.com")},
                         {QStringLiteral("password"), ApiTestClient::defaultPassword()}},
                        ApiTestClient::uniqueAddress())
                 .status,
             201);
    FakeOAuthUser student;
    student.id = 1002;
    student.login = taken;
    student.email = taken + QStringLiteral("@student.42.fr");
    student.displayName = QStringLiteral("Zaphod B");
    m_provider.setUser(student);
    const BrowserResult result = runBrowserFlow(startSignIn());
    QCOMPARE(result.callback.status, 302);
    const QJsonObject me =
        m_api->authorized("GET", QStringLiteral("/api/users/me"), accessTokenFrom(result.callback))
            .json();
    QCOMPARE(me.value(QStringLiteral("username")).toString(),
             taken.toLower() + QStringLiteral("2"));
}

void OAuthSignInTest::anEmailOfAnotherAccountIsNotTakenOver()
{
    const QString name = ApiTestClient::uniqueName(QStringLiteral("owner_"));
    QCOMPARE(m_api
                 ->post(QStringLiteral("/api/auth/register"),
                        {{QStringLiteral("username"), name},
                         {QStringLiteral("email"), name + QStringLiteral("@example.com")},
                         {QStringLiteral("password"), ApiTestClient::defaultPassword()}},
                        ApiTestClient::uniqueAddress())
                 .status,
             201);
    FakeOAuthUser intruder;
    intruder.id = 1003;
    intruder.login = QStringLiteral("intruder");
    intruder.email = name + QStringLiteral("@example.com");
    m_provider.setUser(intruder);
    expectErrorPage(runBrowserFlow(startSignIn()).callback, 409, QStringLiteral("email_in_use"));
}

void OAuthSignInTest::tamperedOrReplayedCallbacksAreRefused()
{
    FakeOAuthUser user;
    user.id = 1004;
    user.login = QStringLiteral("replayer");
    user.email = QStringLiteral("replayer@student.42.fr");
    m_provider.setUser(user);
    const HttpAnswer start = startSignIn();
    const QByteArray binding = start.cookie("tr_oauth");
    const HttpAnswer atProvider = m_api->http().get(QString::fromLatin1(start.header("Location")));
    QUrl callback(QString::fromLatin1(atProvider.header("Location")));
    QUrlQuery query(callback);
    const QString state = query.queryItemValue(QStringLiteral("state"));
    query.removeQueryItem(QStringLiteral("state"));
    query.addQueryItem(QStringLiteral("state"),
                       state.left(state.size() - 2) + QStringLiteral("xx"));
    QUrl tampered = callback;
    tampered.setQuery(query);
    expectErrorPage(m_api->http().get(tampered.toString(), {{"Cookie", binding}}), 400,
                    QStringLiteral("state_mismatch"));
    // The genuine callback still works once...
    QCOMPARE(m_api->http().get(callback.toString(), {{"Cookie", binding}}).status, 302);
    // ...and never twice.
    expectErrorPage(m_api->http().get(callback.toString(), {{"Cookie", binding}}), 400,
                    QStringLiteral("state_mismatch"));
}

void OAuthSignInTest::aCallbackFromAnotherBrowserIsRefused()
{
    const HttpAnswer start = startSignIn();
    const HttpAnswer atProvider = m_api->http().get(QString::fromLatin1(start.header("Location")));
    // No binding cookie: a victim's browser made to visit the attacker's callback link.
    expectErrorPage(m_api->http().get(QString::fromLatin1(atProvider.header("Location"))), 400,
                    QStringLiteral("state_mismatch"));
}

void OAuthSignInTest::refusedConsentEndsOnAnErrorPage()
{
    m_provider.setDenyConsent(true);
    const BrowserResult result = runBrowserFlow(startSignIn());
    m_provider.setDenyConsent(false);
    expectErrorPage(result.callback, 400, QStringLiteral("provider_error"));
}

void OAuthSignInTest::aFailingProviderEndsOnAnErrorPage()
{
    m_provider.setTokenEndpointFailure(FakeOAuthProvider::TokenEndpointFailure::ServerError);
    const BrowserResult broken = runBrowserFlow(startSignIn());
    m_provider.setTokenEndpointFailure(FakeOAuthProvider::TokenEndpointFailure::GarbageJson);
    const BrowserResult garbage = runBrowserFlow(startSignIn());
    m_provider.setTokenEndpointFailure(FakeOAuthProvider::TokenEndpointFailure::None);
    expectErrorPage(broken.callback, 400, QStringLiteral("token_exchange_failed"));
    expectErrorPage(garbage.callback, 400, QStringLiteral("invalid_provider_response"));
    QVERIFY(m_server->isRunning());
}

void OAuthSignInTest::accountsCanLinkAndUnlinkTheProvider()
{
    const ApiTestClient::Account account = m_api->registerAccount(QStringLiteral("linker_"));
    const HttpAnswer link = m_api->authorized(
        "POST", QStringLiteral("/api/auth/oauth/fortytwo/link"), account.accessToken);
    QCOMPARE(link.status, 200);
    QVERIFY(link.json()
                .value(QStringLiteral("url"))
                .toString()
                .startsWith(m_provider.authorizeUrl().toString()));
    FakeOAuthUser student;
    student.id = 1005;
    student.login = QStringLiteral("linked42");
    student.email = QStringLiteral("linked42@student.42.fr");
    m_provider.setUser(student);
    const BrowserResult linked = runBrowserFlow(link);
    QCOMPARE(linked.callback.status, 302);
    QVERIFY(linked.callback.cookie("tr_refresh").isEmpty()); // linking signs nobody in

    // Signing in with 42 now opens the password account.
    const BrowserResult signIn = runBrowserFlow(startSignIn());
    const QJsonObject me =
        m_api->authorized("GET", QStringLiteral("/api/users/me"), accessTokenFrom(signIn.callback))
            .json();
    QCOMPARE(me.value(QStringLiteral("id")).toInteger(), account.id);

    QCOMPARE(m_api
                 ->authorized("DELETE", QStringLiteral("/api/auth/oauth/fortytwo/link"),
                              account.accessToken)
                 .status,
             204);
    QCOMPARE(m_api
                 ->authorized("DELETE", QStringLiteral("/api/auth/oauth/fortytwo/link"),
                              account.accessToken)
                 .status,
             404);
    QCOMPARE(m_api->authorized("GET", QStringLiteral("/api/auth/oauth/links"), account.accessToken)
                 .json()
                 .value(QStringLiteral("links"))
                 .toArray()
                 .size(),
             0);
}

void OAuthSignInTest::theOnlySignInMethodCannotBeUnlinked()
{
    FakeOAuthUser student;
    student.id = 1006;
    student.login = QStringLiteral("onlyoauth");
    student.email = QStringLiteral("onlyoauth@student.42.fr");
    m_provider.setUser(student);
    const QString token = accessTokenFrom(runBrowserFlow(startSignIn()).callback);
    const HttpAnswer refused =
        m_api->authorized("DELETE", QStringLiteral("/api/auth/oauth/fortytwo/link"), token);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("last_sign_in_method"));
}

void OAuthSignInTest::unknownProvidersAreNotFound()
{
    QCOMPARE(m_api->http().get(m_publicUrl + QStringLiteral("/api/auth/oauth/nope/start")).status,
             404);
    QCOMPARE(m_api->http()
                 .get(m_publicUrl + QStringLiteral("/api/auth/oauth/nope/callback?code=x&state=y"))
                 .status,
             404);
}

HttpAnswer OAuthSignInTest::startAppSignIn(const AppRequest &app)
{
    QUrlQuery query;
    const auto add = [&query](const QString &name, const QString &value) {
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("redirect_uri"), app.redirectUri);
    add(QStringLiteral("code_challenge"),
        QString::fromLatin1(transcendence::oauth::pkce::challengeS256(app.verifier)));
    add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    add(QStringLiteral("state"), app.state);
    return m_api->http().get(m_publicUrl + QStringLiteral("/api/auth/oauth/fortytwo/start?") +
                             query.query(QUrl::FullyEncoded));
}

HttpAnswer OAuthSignInTest::exchange(const AppRequest &app, const QString &code)
{
    return m_api->post(QStringLiteral("/api/auth/oauth/app-token"),
                       {{QStringLiteral("code"), code},
                        {QStringLiteral("codeVerifier"), QString::fromLatin1(app.verifier)},
                        {QStringLiteral("redirectUri"), app.redirectUri}});
}

void OAuthSignInTest::aNativeAppGetsASingleUseCodeOnItsLoopback()
{
    FakeOAuthUser student;
    student.id = 1010;
    student.login = QStringLiteral("appuser");
    student.email = QStringLiteral("appuser@student.42.fr");
    m_provider.setUser(student);
    const AppRequest app;
    const HttpAnswer start = startAppSignIn(app);
    QCOMPARE(start.status, 302);
    QVERIFY(start.header("Location").startsWith(m_provider.authorizeUrl().toEncoded()));
    // The server's own PKCE towards the provider is not the app's.
    QVERIFY(!start.header("Location")
                 .contains(transcendence::oauth::pkce::challengeS256(app.verifier)));

    const BrowserResult browser = runBrowserFlow(start);
    QCOMPARE(browser.callback.status, 302);
    QVERIFY(browser.callback.cookie("tr_refresh").isEmpty()); // no browser session
    const QUrl back(QString::fromLatin1(browser.callback.header("Location")));
    QCOMPARE(back.adjusted(QUrl::RemoveQuery).toString(), app.redirectUri);
    const QUrlQuery answer(back);
    QCOMPARE(answer.queryItemValue(QStringLiteral("state")), app.state);
    const QString code = answer.queryItemValue(QStringLiteral("code"));
    QVERIFY(code.size() >= 43);

    const HttpAnswer tokens = exchange(app, code);
    QCOMPARE(tokens.status, 200);
    const QString accessToken = tokens.json().value(QStringLiteral("accessToken")).toString();
    QVERIFY(!tokens.json().value(QStringLiteral("refreshToken")).toString().isEmpty());
    QVERIFY(tokens.cookie("tr_refresh").isEmpty()); // app tokens come in the body only
    QCOMPARE(m_api->authorized("GET", QStringLiteral("/api/users/me"), accessToken)
                 .json()
                 .value(QStringLiteral("username"))
                 .toString(),
             QStringLiteral("appuser"));
    const QJsonArray sessions =
        m_api->authorized("GET", QStringLiteral("/api/auth/sessions"), accessToken)
            .json()
            .value(QStringLiteral("sessions"))
            .toArray();
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions.first().toObject().value(QStringLiteral("client")).toString(),
             QStringLiteral("app"));

    const HttpAnswer replayed = exchange(app, code);
    QCOMPARE(replayed.status, 400);
    QCOMPARE(replayed.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("invalid_grant"));
}

void OAuthSignInTest::aNativeAppCodeNeedsItsVerifier()
{
    const AppRequest app;
    const BrowserResult browser = runBrowserFlow(startAppSignIn(app));
    const QString code = QUrlQuery(QUrl(QString::fromLatin1(browser.callback.header("Location"))))
                             .queryItemValue(QStringLiteral("code"));
    QVERIFY(!code.isEmpty());
    AppRequest thief = app;
    thief.verifier =
        transcendence::oauth::pkce::generateVerifier(); // saw the code, not the verifier
    QCOMPARE(exchange(thief, code).status, 400);
    QCOMPARE(exchange(app, code).status, 400); // the failed attempt spent it
    QCOMPARE(m_api->post(QStringLiteral("/api/auth/oauth/app-token"), {}).status, 422);
}

void OAuthSignInTest::aNativeAppOnlyGetsLoopbackRedirects()
{
    for (const QString &redirect :
         {QStringLiteral("https://evil.example/steal"), QStringLiteral("http://localhost:8080/"),
          QStringLiteral("http://127.0.0.1/no-port")}) {
        AppRequest app;
        app.redirectUri = redirect;
        expectErrorPage(startAppSignIn(app), 400, QStringLiteral("invalid_request"));
    }
}

void OAuthSignInTest::aNativeAppHearsOfFailuresOnItsLoopback()
{
    const auto errorOf = [](const BrowserResult &browser, const AppRequest &app) {
        const QUrl back(QString::fromLatin1(browser.callback.header("Location")));
        const QUrlQuery query(back);
        return back.adjusted(QUrl::RemoveQuery).toString() == app.redirectUri &&
                       query.queryItemValue(QStringLiteral("state")) == app.state &&
                       !query.hasQueryItem(QStringLiteral("code"))
                   ? query.queryItemValue(QStringLiteral("error"))
                   : QStringLiteral("(not sent back to the app)");
    };
    m_provider.setDenyConsent(true);
    const AppRequest refused;
    const BrowserResult denied = runBrowserFlow(startAppSignIn(refused));
    m_provider.setDenyConsent(false);
    QCOMPARE(denied.callback.status, 302);
    QCOMPARE(errorOf(denied, refused), QStringLiteral("provider_error"));

    const QString name = ApiTestClient::uniqueName(QStringLiteral("appowner_"));
    QCOMPARE(m_api
                 ->post(QStringLiteral("/api/auth/register"),
                        {{QStringLiteral("username"), name},
                         {QStringLiteral("email"), name + QStringLiteral("@example.com")},
                         {QStringLiteral("password"), ApiTestClient::defaultPassword()}},
                        ApiTestClient::uniqueAddress())
                 .status,
             201);
    FakeOAuthUser intruder;
    intruder.id = 1011;
    intruder.login = QStringLiteral("appintruder");
    intruder.email = name + QStringLiteral("@example.com");
    m_provider.setUser(intruder);
    const AppRequest taken;
    QCOMPARE(errorOf(runBrowserFlow(startAppSignIn(taken)), taken), QStringLiteral("email_in_use"));
}

// Issue 15, item 2: the provider vouches for the first factor only. An account with two-factor
// sign-in on gets a challenge (web: in the return address's fragment, no cookie; app: in the
// code exchange's answer, no tokens) and signs in only with its code.
void OAuthSignInTest::twoFactorAccountsPassTheirSecondFactorAfterTheProvider()
{
    namespace totp = transcendence::server::twofactor::totp;
    namespace base32 = transcendence::server::twofactor::base32;
    FakeOAuthUser student;
    student.id = 1020;
    student.login = QStringLiteral("tfa42");
    student.email = QStringLiteral("tfa42@student.42.fr");
    m_provider.setUser(student);
    const QString token = accessTokenFrom(runBrowserFlow(startSignIn()).callback);
    QVERIFY(!token.isEmpty());
    const HttpAnswer setup =
        m_api->authorized("POST", QStringLiteral("/api/auth/2fa/setup"), token);
    QCOMPARE(setup.status, 200);
    const QByteArray secret =
        base32::decode(setup.json().value(QStringLiteral("secret")).toString()).value_or("");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const HttpAnswer enabled =
        m_api->authorized("POST", QStringLiteral("/api/auth/2fa/enable"), token,
                          {{QStringLiteral("code"), totp::code(secret, now - 30)}});
    QCOMPARE(enabled.status, 200);
    const QJsonArray recovery = enabled.json().value(QStringLiteral("recoveryCodes")).toArray();
    QCOMPARE(recovery.size(), 10);

    // A browser: back to the SPA with a challenge in the fragment, and no session yet.
    const BrowserResult browser =
        runBrowserFlow(startSignIn(QStringLiteral("/oauth/done?next=%2Fplay")));
    QCOMPARE(browser.callback.status, 302);
    QVERIFY(browser.callback.cookie("tr_refresh").isEmpty());
    const QByteArray location = browser.callback.header("Location");
    const QByteArray prefix("/oauth/done?next=%2Fplay#");
    QVERIFY2(location.startsWith(prefix), location.constData());
    const QUrlQuery fragment(QString::fromLatin1(location.mid(prefix.size())));
    QCOMPARE(fragment.queryItemValue(QStringLiteral("method")), QStringLiteral("totp"));
    const QString challenge = fragment.queryItemValue(QStringLiteral("challenge"));
    QVERIFY(challenge.size() >= 43);
    const HttpAnswer wrong = m_api->post(QStringLiteral("/api/auth/login/2fa"),
                                         {{QStringLiteral("challenge"), challenge},
                                          {QStringLiteral("code"), QStringLiteral("000000")}},
                                         ApiTestClient::uniqueAddress());
    QCOMPARE(wrong.status, 401);
    const HttpAnswer signedIn = m_api->post(QStringLiteral("/api/auth/login/2fa"),
                                            {{QStringLiteral("challenge"), challenge},
                                             {QStringLiteral("code"), totp::code(secret, now)}},
                                            ApiTestClient::uniqueAddress());
    QCOMPARE(signedIn.status, 200);
    QVERIFY(!signedIn.cookie("tr_refresh").isEmpty()); // a web session: the refresh cookie
    QCOMPARE(m_api
                 ->authorized("GET", QStringLiteral("/api/users/me"),
                              signedIn.json().value(QStringLiteral("accessToken")).toString())
                 .json()
                 .value(QStringLiteral("username"))
                 .toString(),
             QStringLiteral("tfa42"));

    // A native app: the code exchange answers with a challenge instead of tokens.
    const AppRequest app;
    const BrowserResult appBrowser = runBrowserFlow(startAppSignIn(app));
    const QString code =
        QUrlQuery(QUrl(QString::fromLatin1(appBrowser.callback.header("Location"))))
            .queryItemValue(QStringLiteral("code"));
    QVERIFY(!code.isEmpty());
    const HttpAnswer exchanged = exchange(app, code);
    QCOMPARE(exchanged.status, 200);
    QVERIFY(exchanged.json().value(QStringLiteral("twoFactorRequired")).toBool());
    QVERIFY(!exchanged.json().contains(QStringLiteral("accessToken")));
    QVERIFY(!exchanged.json().contains(QStringLiteral("refreshToken")));
    const HttpAnswer appSignedIn = m_api->post(
        QStringLiteral("/api/auth/login/2fa"),
        {{QStringLiteral("challenge"), exchanged.json().value(QStringLiteral("challenge"))},
         {QStringLiteral("recoveryCode"), recovery.first()}},
        ApiTestClient::uniqueAddress());
    QCOMPARE(appSignedIn.status, 200);
    QVERIFY(!appSignedIn.json().value(QStringLiteral("refreshToken")).toString().isEmpty());
}

std::unique_ptr<ServerProcess> OAuthSignInTest::startAnotherInstance()
{
    auto other = std::make_unique<ServerProcess>(m_database->url(), m_publicUrl);
    const auto variables = m_provider.environmentFor(QStringLiteral("fortytwo"),
                                                     QStringLiteral("fortytwo"), kClientId);
    for (auto it = variables.begin(); it != variables.end(); ++it) {
        other->environment().insert(it.key(), it.value());
    }
    if (!other->start()) {
        qWarning().noquote() << other->log();
        return nullptr;
    }
    return other;
}

void OAuthSignInTest::aFlowStartedOnOneInstanceFinishesOnAnother()
{
    const std::unique_ptr<ServerProcess> started = startAnotherInstance();
    QVERIFY(started);
    ServerProcess &other = *started;
    FakeOAuthUser user;
    user.id = 1090;
    user.login = QStringLiteral("roamer");
    user.email = QStringLiteral("roamer@student.42.fr");
    m_provider.setUser(user);
    const HttpAnswer start = startSignIn(); // on the first instance
    const QByteArray binding = start.cookie("tr_oauth");
    const HttpAnswer atProvider = m_api->http().get(QString::fromLatin1(start.header("Location")));
    QUrl callback(QString::fromLatin1(atProvider.header("Location")));
    callback.setPort(other.port()); // ...finished on the second
    const HttpAnswer finished = m_api->http().get(callback.toString(), {{"Cookie", binding}});
    QCOMPARE(finished.status, 302);
    QVERIFY(!finished.cookie("tr_refresh").isEmpty());
    // Once only, on either instance.
    expectErrorPage(m_api->http().get(callback.toString(), {{"Cookie", binding}}), 400,
                    QStringLiteral("state_mismatch"));
    callback.setPort(m_server->port());
    expectErrorPage(m_api->http().get(callback.toString(), {{"Cookie", binding}}), 400,
                    QStringLiteral("state_mismatch"));
}

QString OAuthSignInTest::appCode(const AppRequest &app)
{
    const BrowserResult browser = runBrowserFlow(startAppSignIn(app));
    return QUrlQuery(QUrl(QString::fromLatin1(browser.callback.header("Location"))))
        .queryItemValue(QStringLiteral("code"));
}

QString OAuthSignInTest::storedCodes(const QString &code, const QString &condition)
{
    // The code is base64url: nothing to escape in the literal.
    return m_database->scalar(
        QStringLiteral("SELECT count(*) FROM oauth_app_codes WHERE code_hash = "
                       "sha256(convert_to('%1', 'UTF8')) AND %2")
            .arg(code, condition));
}

bool OAuthSignInTest::expire(const QString &code)
{
    return !m_database
                ->scalar(QStringLiteral("UPDATE oauth_app_codes SET expires_at = now() - "
                                        "interval '1 second' WHERE code_hash = "
                                        "sha256(convert_to('%1', 'UTF8')) RETURNING 1")
                             .arg(code))
                .isEmpty();
}

// Issue 16: the exchange may reach another instance than the callback (nginx picks one); the
// code is taken there, once, and then on no instance.
void OAuthSignInTest::aNativeAppCodeIsTakenOnceOnAnyInstance()
{
    FakeOAuthUser user;
    user.id = 1091;
    user.login = QStringLiteral("appnomad");
    user.email = QStringLiteral("appnomad@student.42.fr");
    m_provider.setUser(user);
    const AppRequest app;
    const QString code = appCode(app); // the callback on the first instance
    QVERIFY(code.size() >= 43);
    QCOMPARE(storedCodes(code), QStringLiteral("1")); // its hash, not the code
    QCOMPARE(m_database->scalar(
                 QStringLiteral(
                     "SELECT count(*) FROM oauth_app_codes WHERE position(convert_to('%1', 'UTF8') "
                     "IN code_hash) > 0")
                     .arg(code)),
             QStringLiteral("0"));

    const std::unique_ptr<ServerProcess> other = startAnotherInstance();
    QVERIFY(other);
    ApiTestClient otherApi(other->baseUrl());
    const QJsonObject body{{QStringLiteral("code"), code},
                           {QStringLiteral("codeVerifier"), QString::fromLatin1(app.verifier)},
                           {QStringLiteral("redirectUri"), app.redirectUri}};
    const HttpAnswer tokens = otherApi.post(QStringLiteral("/api/auth/oauth/app-token"), body);
    QCOMPARE(tokens.status, 200);
    // (The two test instances sign with their own keys: the token is asked of its issuer.)
    QCOMPARE(otherApi
                 .authorized("GET", QStringLiteral("/api/users/me"),
                             tokens.json().value(QStringLiteral("accessToken")).toString())
                 .json()
                 .value(QStringLiteral("username"))
                 .toString(),
             QStringLiteral("appnomad"));
    QCOMPARE(storedCodes(code), QStringLiteral("0"));
    for (ApiTestClient *api : {m_api.get(), &otherApi}) {
        const HttpAnswer again = api->post(QStringLiteral("/api/auth/oauth/app-token"), body);
        QCOMPARE(again.status, 400);
        QCOMPARE(again.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("invalid_grant"));
    }
}

// A code lives a minute; an expired one is refused (and spent), and issuing sweeps the expired.
// Another redirect URI than the app's spends the code too.
void OAuthSignInTest::aNativeAppCodeExpiresAndIsSwept()
{
    const AppRequest app;
    const QString late = appCode(app);
    QVERIFY(!late.isEmpty());
    QCOMPARE(storedCodes(late, QStringLiteral("expires_at BETWEEN now() + interval '50 seconds' "
                                              "AND now() + interval '61 seconds'")),
             QStringLiteral("1"));
    QVERIFY(expire(late));
    QCOMPARE(exchange(app, late).status, 400);
    QCOMPARE(storedCodes(late), QStringLiteral("0"));

    const QString forgotten = appCode(app); // never exchanged: expires in the table...
    QVERIFY(expire(forgotten));
    const QString next = appCode(app); // ...and goes when the next code is issued
    QCOMPARE(storedCodes(forgotten), QStringLiteral("0"));
    QCOMPARE(storedCodes(next), QStringLiteral("1"));

    AppRequest elsewhere = app;
    elsewhere.redirectUri = QStringLiteral("http://127.0.0.1:%1/done").arg(freeLoopbackPort());
    QCOMPARE(exchange(elsewhere, next).status, 400);
    QCOMPARE(exchange(app, next).status, 400); // spent by the wrong redirect URI
}

void OAuthSignInTest::startsAreLimitedPerAddress()
{
    // Each start keeps a row for ten minutes: one address gets 30 in ten minutes, then 429.
    const QString address = ApiTestClient::uniqueAddress();
    const QString url = m_publicUrl + QStringLiteral("/api/auth/oauth/fortytwo/start");
    for (int i = 0; i < 30; ++i) {
        QCOMPARE(m_api->http().get(url, {{"X-Real-IP", address.toLatin1()}}).status, 302);
    }
    const HttpAnswer refused = m_api->http().get(url, {{"X-Real-IP", address.toLatin1()}});
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("rate_limited"));
    QVERIFY(!refused.header("Retry-After").isEmpty());
    // Another address is not affected.
    QCOMPARE(
        m_api->http().get(url, {{"X-Real-IP", ApiTestClient::uniqueAddress().toLatin1()}}).status,
        302);
}

QTEST_GUILESS_MAIN(OAuthSignInTest)
#include "oauth_signin_test.moc"
