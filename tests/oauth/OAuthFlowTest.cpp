#include "OAuthFlowTest.h"

#include "FakeOAuthProvider.h"
#include "HttpsTestClient.h"
#include "auth/oauth/AuthorizationRequest.h"
#include "auth/oauth/InMemoryPendingAuthorizationStore.h"
#include "auth/oauth/OAuthClient.h"
#include "auth/oauth/OAuthProviderConfig.h"

#include <QEventLoop>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace transcendence::server::oauth;
using transcendence::testing::FakeOAuthProvider;
using transcendence::testing::FakeOAuthUser;
using transcendence::testing::HttpsTestClient;

namespace {

const QString kClientId = QStringLiteral("u-s4t2ud-test+client");
const QString kClientSecret = QStringLiteral("s-s4t2ud-test-secret");

// Runs the event loop until `done` is set or 15 s pass (a hung request fails the test).
template <typename T>
bool waitFor(const std::optional<T> &done)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done) {
            loop.quit();
        }
    });
    poll.start(5);
    QTimer::singleShot(15'000, &loop, &QEventLoop::quit);
    if (!done) {
        loop.exec();
    }
    return done.has_value();
}

QString describe(const OAuthOutcome &outcome)
{
    if (const auto *error = std::get_if<OAuthError>(&outcome)) {
        return error->code + QStringLiteral(": ") + error->message;
    }
    return QStringLiteral("identity of ") + std::get<ProviderIdentity>(outcome).subject;
}

QString errorCode(const OAuthOutcome &outcome)
{
    const auto *error = std::get_if<OAuthError>(&outcome);
    return error ? error->code : QStringLiteral("(signed in)");
}

QString errorCode(const std::variant<AuthorizationCallback, OAuthError> &callback)
{
    const auto *error = std::get_if<OAuthError>(&callback);
    return error ? error->code : QStringLiteral("(callback accepted)");
}

// Our server's side (configuration, pending flows, OAuth client) and a browser, wired to a
// fake provider; each test drives the steps it needs.
class SignInHarness {
public:
    explicit SignInHarness(const QString &providerId = QStringLiteral("fortytwo"),
                           const QString &profile = QStringLiteral("fortytwo"))
        : redirectUri(
              QStringLiteral("http://127.0.0.1:8443/api/auth/oauth/%1/callback").arg(providerId))
    {
        started = provider.start();
        provider.registerClient(kClientId, kClientSecret, redirectUri.toString());
        const QHash<QString, QString> environment =
            provider.environmentFor(providerId, profile, kClientId);
        const OAuthProvidersConfig providers = readOAuthProviders(
            [&environment](const QString &key) { return environment.value(key); }, false);
        configErrors = providers.errors;
        if (!providers.providers.isEmpty()) {
            config = providers.providers.first();
        }
    }

    bool ready() const { return started && configErrors.isEmpty() && !config.id.isEmpty(); }

    AuthorizationStart begin(const QString &returnPath = QStringLiteral("/"),
                             OAuthFlowPurpose purpose = OAuthFlowPurpose::SignIn,
                             qint64 linkUserId = 0)
    {
        return beginAuthorization(config, store, redirectUri, purpose, linkUserId, returnPath);
    }

    // The browser follows the start redirect to the provider, which answers 302 back to us.
    // Returns the callback URL it was sent to (empty when the provider did not redirect).
    QUrl visitProvider(const QUrl &authorizeUrl)
    {
        const auto answer = browser.get(authorizeUrl.toString(QUrl::FullyEncoded));
        lastProviderStatus = answer.status;
        if (answer.status != 302) {
            return {};
        }
        return QUrl::fromEncoded(answer.header("Location"), QUrl::StrictMode);
    }

    std::variant<AuthorizationCallback, OAuthError> callback(const QUrl &callbackUrl,
                                                             const QByteArray &browserBinding)
    {
        return completeAuthorizationCallback(config.id, QUrlQuery(callbackUrl), browserBinding,
                                             store);
    }

    std::optional<OAuthOutcome> exchange(const QString &code, const QByteArray &verifier)
    {
        std::optional<OAuthOutcome> outcome;
        client.exchangeCode(config, code, verifier, redirectUri,
                            [&outcome](const OAuthOutcome &result) { outcome = result; });
        waitFor(outcome);
        return outcome;
    }

    // start -> provider -> callback; the accepted callback or why it was not.
    std::variant<AuthorizationCallback, OAuthError> reachCallback(const QString &returnPath = "/")
    {
        const AuthorizationStart start = begin(returnPath);
        const QUrl back = visitProvider(start.url);
        return callback(back, start.browserBinding);
    }

    FakeOAuthProvider provider;
    QUrl redirectUri;
    OAuthProviderConfig config;
    QStringList configErrors;
    InMemoryPendingAuthorizationStore store;
    OAuthClient client;
    HttpsTestClient browser;
    bool started = false;
    int lastProviderStatus = 0;
};

#define REQUIRE_READY(harness)                                                                     \
    QVERIFY2((harness).ready(), qPrintable((harness).configErrors.join(QLatin1Char('\n'))))

#define REQUIRE_CALLBACK(variable, expression)                                                     \
    const auto variable##Result = (expression);                                                    \
    QVERIFY2(std::holds_alternative<AuthorizationCallback>(variable##Result),                      \
             qPrintable(errorCode(variable##Result)));                                             \
    const AuthorizationCallback &variable = std::get<AuthorizationCallback>(variable##Result)

} // namespace

void OAuthFlowTest::fortyTwoSignInCompletes()
{
    SignInHarness harness;
    REQUIRE_READY(harness);
    FakeOAuthUser user;
    user.id = 98765;
    user.login = QStringLiteral("jdoe");
    user.email = QStringLiteral("jdoe@student.42.fr");
    user.displayName = QStringLiteral("Jane Doe");
    user.avatarUrl = QStringLiteral("https://cdn.intra.42.fr/users/jdoe.jpg");
    harness.provider.setUser(user);

    const AuthorizationStart start = harness.begin(QStringLiteral("/tournaments/7"));
    const QUrl back = harness.visitProvider(start.url);
    QCOMPARE(harness.lastProviderStatus, 302);
    QCOMPARE(back.adjusted(QUrl::RemoveQuery), harness.redirectUri);
    QCOMPARE(QUrlQuery(back).queryItemValue(QStringLiteral("state")),
             QString::fromLatin1(start.state));

    REQUIRE_CALLBACK(accepted, harness.callback(back, start.browserBinding));
    QCOMPARE(accepted.flow.purpose, OAuthFlowPurpose::SignIn);
    QCOMPARE(accepted.flow.returnPath, QStringLiteral("/tournaments/7"));

    const auto outcome = harness.exchange(accepted.code, accepted.flow.codeVerifier);
    QVERIFY(outcome);
    const auto *identity = std::get_if<ProviderIdentity>(&*outcome);
    QVERIFY2(identity, qPrintable(describe(*outcome)));
    QCOMPARE(identity->provider, QStringLiteral("fortytwo"));
    QCOMPARE(identity->subject, QStringLiteral("98765"));
    QCOMPARE(identity->login, QStringLiteral("jdoe"));
    QCOMPARE(identity->email, QStringLiteral("jdoe@student.42.fr"));
    QVERIFY(identity->emailVerified);
    QCOMPARE(identity->displayName, QStringLiteral("Jane Doe"));
    QCOMPARE(identity->avatarUrl, QUrl(QStringLiteral("https://cdn.intra.42.fr/users/jdoe.jpg")));

    QCOMPARE(harness.provider.requestCount(QStringLiteral("/oauth/authorize")), 1);
    QCOMPARE(harness.provider.requestCount(QStringLiteral("/oauth/token")), 1);
    QCOMPARE(harness.provider.requestCount(QStringLiteral("/v2/me")), 1);
    QCOMPARE(harness.store.size(), 0);
}

void OAuthFlowTest::oidcSignInCompletes()
{
    SignInHarness harness(QStringLiteral("school"), QStringLiteral("oidc"));
    REQUIRE_READY(harness);
    FakeOAuthUser user;
    user.id = 31337;
    user.login = QStringLiteral("eve.o");
    user.email = QStringLiteral("eve@school.example");
    user.emailVerified = false;
    harness.provider.setUser(user);

    REQUIRE_CALLBACK(accepted, harness.reachCallback());
    const auto outcome = harness.exchange(accepted.code, accepted.flow.codeVerifier);
    QVERIFY(outcome);
    const auto *identity = std::get_if<ProviderIdentity>(&*outcome);
    QVERIFY2(identity, qPrintable(describe(*outcome)));
    QCOMPARE(identity->provider, QStringLiteral("school"));
    QCOMPARE(identity->subject, QStringLiteral("31337"));
    QCOMPARE(identity->login, QStringLiteral("eve.o"));
    QCOMPARE(identity->email, QStringLiteral("eve@school.example"));
    QVERIFY(!identity->emailVerified);
    QCOMPARE(harness.provider.requestCount(QStringLiteral("/userinfo")), 1);
    QCOMPARE(harness.provider.requestCount(QStringLiteral("/v2/me")), 0);
}

void OAuthFlowTest::linkFlowKeepsTheUserAndReturnPath()
{
    SignInHarness harness;
    REQUIRE_READY(harness);
    const AuthorizationStart start =
        harness.begin(QStringLiteral("/settings/accounts"), OAuthFlowPurpose::LinkAccount, 42);
    REQUIRE_CALLBACK(accepted,
                     harness.callback(harness.visitProvider(start.url), start.browserBinding));
    QCOMPARE(accepted.flow.purpose, OAuthFlowPurpose::LinkAccount);
    QCOMPARE(accepted.flow.linkUserId, 42);
    QCOMPARE(accepted.flow.returnPath, QStringLiteral("/settings/accounts"));
}

void OAuthFlowTest::deniedConsentIsProviderError()
{
    SignInHarness harness;
    REQUIRE_READY(harness);
    harness.provider.setDenyConsent(true);
    const AuthorizationStart start = harness.begin();
    const QUrl back = harness.visitProvider(start.url);
    QCOMPARE(QUrlQuery(back).queryItemValue(QStringLiteral("error")),
             QStringLiteral("access_denied"));

    const auto result = harness.callback(back, start.browserBinding);
    QCOMPARE(errorCode(result), QStringLiteral("provider_error"));
    QVERIFY(std::get<OAuthError>(result).message.contains(QStringLiteral("cancelled")));
    QCOMPARE(harness.provider.requestCount(QStringLiteral("/oauth/token")), 0);
    QCOMPARE(harness.store.size(), 0); // the state is spent
}

void OAuthFlowTest::replayedCallbackIsStateMismatch()
{
    SignInHarness harness;
    REQUIRE_READY(harness);
    const AuthorizationStart start = harness.begin();
    const QUrl back = harness.visitProvider(start.url);
    REQUIRE_CALLBACK(first, harness.callback(back, start.browserBinding));
    Q_UNUSED(first);
    QCOMPARE(errorCode(harness.callback(back, start.browserBinding)),
             QStringLiteral("state_mismatch"));

    // A forged or missing state never matches.
    QUrl forged = back;
    QUrlQuery query(back);
    query.removeAllQueryItems(QStringLiteral("state"));
    forged.setQuery(query);
    QCOMPARE(errorCode(harness.callback(forged, start.browserBinding)),
             QStringLiteral("state_mismatch"));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("guessed"));
    forged.setQuery(query);
    QCOMPARE(errorCode(harness.callback(forged, start.browserBinding)),
             QStringLiteral("state_mismatch"));
}

void OAuthFlowTest::callbackFromAnotherBrowserIsStateMismatch()
{
    // Login CSRF: an attacker starts a sign-in and sends the victim the callback link.
    SignInHarness harness;
    REQUIRE_READY(harness);
    const AuthorizationStart attacker = harness.begin();
    const AuthorizationStart victim = harness.begin();
    const QUrl back = harness.visitProvider(attacker.url);
    QCOMPARE(errorCode(harness.callback(back, victim.browserBinding)),
             QStringLiteral("state_mismatch"));
    QCOMPARE(errorCode(harness.callback(back, QByteArray())), QStringLiteral("state_mismatch"));
}

void OAuthFlowTest::callbackForAnotherProviderIsStateMismatch()
{
    SignInHarness harness;
    REQUIRE_READY(harness);
    const AuthorizationStart start = harness.begin();
    const QUrl back = harness.visitProvider(start.url);
    const auto result = completeAuthorizationCallback(QStringLiteral("school"), QUrlQuery(back),
                                                      start.browserBinding, harness.store);
    QCOMPARE(errorCode(result), QStringLiteral("state_mismatch"));
}

void OAuthFlowTest::replayedCodeIsRefusedAndRevokesItsToken()
{
    SignInHarness harness;
    REQUIRE_READY(harness);
    REQUIRE_CALLBACK(accepted, harness.reachCallback());

    // Keep the first access token to see it revoked by the replay.
    std::optional<std::variant<AccessToken, OAuthError>> token;
    harness.client.requestAccessToken(
        harness.config, accepted.code, accepted.flow.codeVerifier, harness.redirectUri,
        [&token](const std::variant<AccessToken, OAuthError> &result) { token = result; });
    QVERIFY(waitFor(token));
    QVERIFY(std::holds_alternative<AccessToken>(*token));

    const auto replay = harness.exchange(accepted.code, accepted.flow.codeVerifier);
    QVERIFY(replay);
    QCOMPARE(errorCode(*replay), QStringLiteral("token_exchange_failed"));
    QVERIFY2(std::get<OAuthError>(*replay).message.contains(QStringLiteral("invalid_grant")),
             qPrintable(describe(*replay)));
    QVERIFY(!std::get<OAuthError>(*replay).message.contains(accepted.code));

    std::optional<OAuthOutcome> revoked;
    harness.client.fetchUserInfo(harness.config, std::get<AccessToken>(*token).value,
                                 [&revoked](const OAuthOutcome &result) { revoked = result; });
    QVERIFY(waitFor(revoked));
    QCOMPARE(errorCode(*revoked), QStringLiteral("userinfo_failed"));
}

void OAuthFlowTest::wrongPkceVerifierIsRefused()
{
    SignInHarness harness;
    REQUIRE_READY(harness);
    REQUIRE_CALLBACK(accepted, harness.reachCallback());
    // Another flow's verifier: what an attacker holding a stolen code would have at best.
    const QByteArray otherVerifier = harness.begin().state + harness.begin().state;
    const auto outcome = harness.exchange(accepted.code, otherVerifier);
    QVERIFY(outcome);
    QCOMPARE(errorCode(*outcome), QStringLiteral("token_exchange_failed"));
    QCOMPARE(harness.provider.tokensIssued(), 0);
    QCOMPARE(harness.provider.requestCount(QStringLiteral("/v2/me")), 0);

    // The code is spent by the failed attempt: the right verifier comes too late.
    const auto retry = harness.exchange(accepted.code, accepted.flow.codeVerifier);
    QVERIFY(retry);
    QCOMPARE(errorCode(*retry), QStringLiteral("token_exchange_failed"));
}

void OAuthFlowTest::wrongClientSecretIsRefused()
{
    SignInHarness harness;
    REQUIRE_READY(harness);
    REQUIRE_CALLBACK(accepted, harness.reachCallback());
    harness.config.clientSecret = QStringLiteral("not-the-secret");
    const auto outcome = harness.exchange(accepted.code, accepted.flow.codeVerifier);
    QVERIFY(outcome);
    QCOMPARE(errorCode(*outcome), QStringLiteral("token_exchange_failed"));
    QVERIFY(std::get<OAuthError>(*outcome).message.contains(QStringLiteral("invalid_client")));
    QVERIFY(!std::get<OAuthError>(*outcome).message.contains(QStringLiteral("not-the-secret")));
}

void OAuthFlowTest::tokenEndpointServerError()
{
    SignInHarness harness;
    REQUIRE_READY(harness);
    REQUIRE_CALLBACK(accepted, harness.reachCallback());
    harness.provider.setTokenEndpointFailure(FakeOAuthProvider::TokenEndpointFailure::ServerError);
    const auto outcome = harness.exchange(accepted.code, accepted.flow.codeVerifier);
    QVERIFY(outcome);
    QCOMPARE(errorCode(*outcome), QStringLiteral("token_exchange_failed"));
    QVERIFY(std::get<OAuthError>(*outcome).message.contains(QStringLiteral("HTTP 500")));
}

void OAuthFlowTest::tokenEndpointGarbage()
{
    SignInHarness harness;
    REQUIRE_READY(harness);
    REQUIRE_CALLBACK(accepted, harness.reachCallback());
    harness.provider.setTokenEndpointFailure(FakeOAuthProvider::TokenEndpointFailure::GarbageJson);
    const auto outcome = harness.exchange(accepted.code, accepted.flow.codeVerifier);
    QVERIFY(outcome);
    QCOMPARE(errorCode(*outcome), QStringLiteral("invalid_provider_response"));
}

void OAuthFlowTest::tokenEndpointTimeout()
{
    SignInHarness harness;
    REQUIRE_READY(harness);
    REQUIRE_CALLBACK(accepted, harness.reachCallback());
    harness.provider.setTokenEndpointFailure(FakeOAuthProvider::TokenEndpointFailure::Slow,
                                             std::chrono::seconds(5));
    harness.client.setTimeout(std::chrono::milliseconds(300));
    const auto outcome = harness.exchange(accepted.code, accepted.flow.codeVerifier);
    QVERIFY(outcome);
    QCOMPARE(errorCode(*outcome), QStringLiteral("timeout"));
    QCOMPARE(harness.provider.requestCount(QStringLiteral("/v2/me")), 0);
}

void OAuthFlowTest::providerUnreachable()
{
    SignInHarness harness;
    REQUIRE_READY(harness);
    REQUIRE_CALLBACK(accepted, harness.reachCallback());
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    harness.config.tokenUrl.setPort(closedPort);
    const auto outcome = harness.exchange(accepted.code, accepted.flow.codeVerifier);
    QVERIFY(outcome);
    QCOMPARE(errorCode(*outcome), QStringLiteral("provider_unreachable"));
}

void OAuthFlowTest::oversizedAnswerIsRefused()
{
    SignInHarness harness;
    REQUIRE_READY(harness);
    REQUIRE_CALLBACK(accepted, harness.reachCallback());
    std::optional<std::variant<AccessToken, OAuthError>> token;
    harness.client.requestAccessToken(
        harness.config, accepted.code, accepted.flow.codeVerifier, harness.redirectUri,
        [&token](const std::variant<AccessToken, OAuthError> &result) { token = result; });
    QVERIFY(waitFor(token));
    QVERIFY(std::holds_alternative<AccessToken>(*token));

    harness.client.setMaxResponseBytes(64); // the fake's /v2/me answer is several times larger
    std::optional<OAuthOutcome> outcome;
    harness.client.fetchUserInfo(harness.config, std::get<AccessToken>(*token).value,
                                 [&outcome](const OAuthOutcome &result) { outcome = result; });
    QVERIFY(waitFor(outcome));
    QCOMPARE(errorCode(*outcome), QStringLiteral("invalid_provider_response"));
    QVERIFY(std::get<OAuthError>(*outcome).message.contains(QStringLiteral("too large")));
}

void OAuthFlowTest::userInfoRequiresTheBearerToken()
{
    SignInHarness harness;
    REQUIRE_READY(harness);
    for (const QByteArray &authorization :
         {QByteArray(), QByteArray("Bearer "), QByteArray("Bearer made-up-token"),
          QByteArray("Basic dTpw")}) {
        QHash<QByteArray, QByteArray> headers;
        if (!authorization.isEmpty()) {
            headers.insert("Authorization", authorization);
        }
        const auto answer =
            harness.browser.get(harness.provider.fortyTwoUserInfoUrl().toString(), headers);
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_token"));
    }

    std::optional<OAuthOutcome> outcome;
    harness.client.fetchUserInfo(harness.config, QStringLiteral("made-up-token"),
                                 [&outcome](const OAuthOutcome &result) { outcome = result; });
    QVERIFY(waitFor(outcome));
    QCOMPARE(errorCode(*outcome), QStringLiteral("userinfo_failed"));
}

void OAuthFlowTest::authorizeRefusesUnregisteredRedirectUri()
{
    SignInHarness harness;
    REQUIRE_READY(harness);
    const AuthorizationStart start = harness.begin();
    QUrlQuery query(start.url);
    query.removeAllQueryItems(QStringLiteral("redirect_uri"));
    query.addQueryItem(QStringLiteral("redirect_uri"),
                       QStringLiteral("https%3A%2F%2Fevil.example%2Fcallback"));
    QUrl tampered = start.url;
    tampered.setQuery(query);
    QVERIFY(harness.visitProvider(tampered).isEmpty());
    QCOMPARE(harness.lastProviderStatus, 400); // an error page, never a redirect to evil

    OAuthProviderConfig wrongClient = harness.config;
    wrongClient.clientId = QStringLiteral("someone-else");
    QVERIFY(harness.visitProvider(authorizationUrl(wrongClient, "s", "c", harness.redirectUri))
                .isEmpty());
    QCOMPARE(harness.lastProviderStatus, 400);
}

void OAuthFlowTest::authorizeRequiresPkce()
{
    SignInHarness harness;
    REQUIRE_READY(harness);
    const AuthorizationStart start = harness.begin();
    QUrlQuery query(start.url);
    query.removeAllQueryItems(QStringLiteral("code_challenge_method"));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("plain"));
    QUrl downgraded = start.url;
    downgraded.setQuery(query);
    const QUrl back = harness.visitProvider(downgraded);
    QCOMPARE(QUrlQuery(back).queryItemValue(QStringLiteral("error")),
             QStringLiteral("invalid_request"));
    QCOMPARE(errorCode(harness.callback(back, start.browserBinding)),
             QStringLiteral("provider_error"));
}
