#include "OAuthBuildingBlocksTest.h"

#include "auth/oauth/AuthorizationRequest.h"
#include "auth/oauth/InMemoryPendingAuthorizationStore.h"
#include "auth/oauth/OAuthProviderConfig.h"
#include "auth/oauth/Pkce.h"
#include "auth/oauth/ReturnPath.h"
#include "auth/oauth/UserInfoMapping.h"
#include "auth/oauth/UsernameDerivation.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace transcendence::server::oauth;

namespace {

const QDateTime kStart = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);

OAuthFlowState flowCreatedAt(const QDateTime &createdAt)
{
    return startOAuthFlow(QStringLiteral("fortytwo"), OAuthFlowPurpose::SignIn, 0,
                          QStringLiteral("/"), createdAt)
        .flow;
}

OAuthProvidersConfig readFrom(const QHash<QString, QString> &variables, bool production = false)
{
    return readOAuthProviders([&variables](const QString &key) { return variables.value(key); },
                              production);
}

QHash<QString, QString> fortyTwoVariables()
{
    return {{QStringLiteral("TRANSCENDENCE_OAUTH_PROVIDERS"), QStringLiteral("fortytwo")},
            {QStringLiteral("TRANSCENDENCE_OAUTH_FORTYTWO_CLIENT_ID"), QStringLiteral("u-s4t2ud")},
            {QStringLiteral("TRANSCENDENCE_OAUTH_FORTYTWO_CLIENT_SECRET"),
             QStringLiteral("s-s4t2ud-very-secret-value")}};
}

QHash<QString, QString> oidcVariables()
{
    return {{QStringLiteral("TRANSCENDENCE_OAUTH_PROVIDERS"), QStringLiteral("school")},
            {QStringLiteral("TRANSCENDENCE_OAUTH_SCHOOL_AUTHORIZE_URL"),
             QStringLiteral("https://id.example.org/authorize")},
            {QStringLiteral("TRANSCENDENCE_OAUTH_SCHOOL_TOKEN_URL"),
             QStringLiteral("https://id.example.org/token")},
            {QStringLiteral("TRANSCENDENCE_OAUTH_SCHOOL_USERINFO_URL"),
             QStringLiteral("https://id.example.org/userinfo")},
            {QStringLiteral("TRANSCENDENCE_OAUTH_SCHOOL_CLIENT_ID"), QStringLiteral("pong")},
            {QStringLiteral("TRANSCENDENCE_OAUTH_SCHOOL_CLIENT_SECRET"),
             QStringLiteral("school-secret-value")}};
}

QString joined(const QStringList &errors)
{
    return errors.join(QStringLiteral(" | "));
}

OAuthProviderConfig testProvider()
{
    OAuthProviderConfig config;
    config.id = QStringLiteral("fortytwo");
    config.profile = OAuthProfile::FortyTwo;
    config.fields = UserInfoFieldMap::forProfile(OAuthProfile::FortyTwo);
    config.authorizeUrl = QUrl(QStringLiteral("https://api.intra.42.fr/oauth/authorize"));
    config.clientId = QStringLiteral("u-s4t2ud-abc");
    config.scopes = {QStringLiteral("public"), QStringLiteral("profile")};
    return config;
}

const ProviderIdentity *identityOf(const std::variant<ProviderIdentity, OAuthError> &outcome)
{
    return std::get_if<ProviderIdentity>(&outcome);
}

QString errorCodeOf(const std::variant<ProviderIdentity, OAuthError> &outcome)
{
    const auto *error = std::get_if<OAuthError>(&outcome);
    return error ? error->code : QStringLiteral("(no error)");
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

// --- PKCE -----------------------------------------------------------------------------------

void OAuthBuildingBlocksTest::pkceMatchesRfc7636AppendixB()
{
    QCOMPARE(pkce::challengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void OAuthBuildingBlocksTest::pkceGeneratedVerifiersAreValidAndDistinct()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 200; ++i) {
        const QByteArray verifier = pkce::generateVerifier();
        QVERIFY2(pkce::isValidVerifier(verifier), verifier.constData());
        // 64 base64url characters carry 384 random bits; RFC 7636 asks for at least 256.
        QVERIFY(verifier.size() * 6 >= 256);
        QCOMPARE(pkce::challengeS256(verifier).size(), 43);
        seen.insert(verifier);
    }
    QCOMPARE(seen.size(), 200);
}

void OAuthBuildingBlocksTest::pkceVerifierValidation_data()
{
    QTest::addColumn<QByteArray>("verifier");
    QTest::addColumn<bool>("valid");
    QTest::newRow("43 unreserved") << QByteArray(43, 'a') << true;
    QTest::newRow("128 unreserved") << QByteArray(128, '~') << true;
    QTest::newRow("all unreserved kinds") << QByteArray("AZaz09-._~").repeated(5) << true;
    QTest::newRow("42: too short") << QByteArray(42, 'a') << false;
    QTest::newRow("129: too long") << QByteArray(129, 'a') << false;
    QTest::newRow("plus sign") << (QByteArray(42, 'a') + '+') << false;
    QTest::newRow("slash") << (QByteArray(42, 'a') + '/') << false;
    QTest::newRow("space") << (QByteArray(42, 'a') + ' ') << false;
}

void OAuthBuildingBlocksTest::pkceVerifierValidation()
{
    QFETCH(QByteArray, verifier);
    QFETCH(bool, valid);
    QCOMPARE(pkce::isValidVerifier(verifier), valid);
}

// --- Flow state and store --------------------------------------------------------------------

void OAuthBuildingBlocksTest::flowStateIsRandomAndBoundToTheBrowser()
{
    const StartedOAuthFlow first =
        startOAuthFlow(QStringLiteral("fortytwo"), OAuthFlowPurpose::LinkAccount, 17,
                       QStringLiteral("/me"), kStart);
    const StartedOAuthFlow second = startOAuthFlow(
        QStringLiteral("fortytwo"), OAuthFlowPurpose::SignIn, 17, QStringLiteral("/"), kStart);

    QVERIFY(first.flow.state.size() >= 22); // >= 128 bits of base64url
    QCOMPARE(first.flow.state.size(), 43);
    QVERIFY(first.flow.state != second.flow.state);
    QVERIFY(first.browserBinding != second.browserBinding);
    QVERIFY(pkce::isValidVerifier(first.flow.codeVerifier));
    QCOMPARE(first.flow.linkUserId, 17);
    QCOMPARE(second.flow.linkUserId, 0); // only a link flow names a user
    QCOMPARE(first.flow.createdAt, kStart);

    QVERIFY(first.flow.isBoundTo(first.browserBinding));
    QVERIFY(!first.flow.isBoundTo(second.browserBinding));
    QVERIFY(!first.flow.isBoundTo(QByteArray()));
    QVERIFY(!first.flow.browserBindingHash.contains(first.browserBinding));
}

void OAuthBuildingBlocksTest::flowStateKeepsOnlySafeReturnPaths()
{
    auto returnPathOf = [](const char *path) {
        return startOAuthFlow(QStringLiteral("x"), OAuthFlowPurpose::SignIn, 0,
                              QString::fromLatin1(path), kStart)
            .flow.returnPath;
    };
    QCOMPARE(returnPathOf("/game/3?tab=chat"), QStringLiteral("/game/3?tab=chat"));
    QCOMPARE(returnPathOf("//evil.com"), QStringLiteral("/"));
    QCOMPARE(returnPathOf("https://evil.com/"), QStringLiteral("/"));
    QCOMPARE(returnPathOf(""), QStringLiteral("/"));
}

void OAuthBuildingBlocksTest::storeTakeIsSingleUse()
{
    InMemoryPendingAuthorizationStore store(100, [] { return kStart.addSecs(5); });
    const OAuthFlowState flow = flowCreatedAt(kStart);
    store.put(flow);
    QCOMPARE(store.size(), 1);

    QVERIFY(!store.take("not-a-known-state").has_value());
    const std::optional<OAuthFlowState> taken = store.take(flow.state);
    QVERIFY(taken.has_value());
    QCOMPARE(taken->codeVerifier, flow.codeVerifier);
    QCOMPARE(taken->providerId, QStringLiteral("fortytwo"));
    QVERIFY(!store.take(flow.state).has_value()); // replayed callback
    QCOMPARE(store.size(), 0);
}

void OAuthBuildingBlocksTest::storeForgetsExpiredFlows()
{
    QDateTime now = kStart;
    InMemoryPendingAuthorizationStore store(100, [&now] { return now; });
    const OAuthFlowState early = flowCreatedAt(kStart);
    const OAuthFlowState late = flowCreatedAt(kStart.addSecs(60));
    store.put(early);
    now = kStart.addSecs(60);
    store.put(late);

    now = kStart.addSecs(10 * 60 - 1); // 9:59 after the first start: still valid
    std::optional<OAuthFlowState> taken = store.take(early.state);
    QVERIFY(taken.has_value());
    store.put(early);

    now = kStart.addSecs(10 * 60); // exactly ten minutes: expired
    QVERIFY(!store.take(early.state).has_value());
    QCOMPARE(store.size(), 1);

    now = kStart.addSecs(11 * 60 + 1);
    store.removeExpired();
    QCOMPARE(store.size(), 0);
    QVERIFY(!store.take(late.state).has_value());
}

void OAuthBuildingBlocksTest::storeEvictsOldestPastCapacity()
{
    InMemoryPendingAuthorizationStore store(3, [] { return kStart; });
    QList<OAuthFlowState> flows;
    for (int i = 0; i < 5; ++i) {
        flows << flowCreatedAt(kStart);
        store.put(flows.last());
        QVERIFY(store.size() <= 3);
    }
    QVERIFY(!store.take(flows[0].state).has_value());
    QVERIFY(!store.take(flows[1].state).has_value());
    QVERIFY(store.take(flows[2].state).has_value());
    QVERIFY(store.take(flows[4].state).has_value());

    // Taken states free their places: three new flows fit beside the one left.
    for (int i = 0; i < 2; ++i) {
        flows << flowCreatedAt(kStart);
        store.put(flows.last());
    }
    QCOMPARE(store.size(), 3);
    QVERIFY(store.take(flows[3].state).has_value());
}

// --- Return paths ----------------------------------------------------------------------------

void OAuthBuildingBlocksTest::returnPathValidation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("safe");
    QTest::newRow("home") << QStringLiteral("/") << true;
    QTest::newRow("page") << QStringLiteral("/profile") << true;
    QTest::newRow("query and fragment") << QStringLiteral("/game/3?tab=chat#top") << true;
    QTest::newRow("encoded space") << QStringLiteral("/search?q=a%20b") << true;
    QTest::newRow("colon later in path") << QStringLiteral("/users/a:b") << true;

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("protocol-relative") << QStringLiteral("//evil.com") << false;
    QTest::newRow("protocol-relative path") << QStringLiteral("//evil.com/profile") << false;
    QTest::newRow("absolute https") << QStringLiteral("https://evil.com") << false;
    QTest::newRow("absolute http") << QStringLiteral("http://evil.com/") << false;
    QTest::newRow("backslash") << QStringLiteral("/\\evil.com") << false;
    QTest::newRow("backslashes") << QStringLiteral("\\\\evil.com") << false;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("javascript after slash") << QStringLiteral("/javascript:alert(1)//x") << false;
    QTest::newRow("data") << QStringLiteral("data:text/html,hi") << false;
    QTest::newRow("relative without slash") << QStringLiteral("profile") << false;
    QTest::newRow("double slash inside") << QStringLiteral("/a//evil.com") << false;
    QTest::newRow("tab trick") << QStringLiteral("/\t/evil.com") << false;
    QTest::newRow("newline") << QStringLiteral("/\r\nSet-Cookie:x=1") << false;
    QTest::newRow("encoded slash") << QStringLiteral("/%2Fevil.com") << false;
    QTest::newRow("encoded backslash") << QStringLiteral("/%5Cevil.com") << false;
    QTest::newRow("encoded newline") << QStringLiteral("/a%0d%0aSet-Cookie:x") << false;
    QTest::newRow("user info") << QStringLiteral("/@evil.com") << true; // a path, not a host
    QTest::newRow("space") << QStringLiteral("/ /evil.com") << false;
    QTest::newRow("non-ascii") << QStringLiteral("/\u3002evil.com") << false;
    QTest::newRow("too long") << (QStringLiteral("/") + QString(3000, QLatin1Char('a'))) << false;
}

void OAuthBuildingBlocksTest::returnPathValidation()
{
    QFETCH(QString, path);
    QFETCH(bool, safe);
    QCOMPARE(isSafeReturnPath(path), safe);
    QCOMPARE(safeReturnPathOr(path), safe ? path : QStringLiteral("/"));
}

// --- Authorization URL -----------------------------------------------------------------------

void OAuthBuildingBlocksTest::authorizationUrlCarriesEveryParameter()
{
    const QUrl redirect(
        QStringLiteral("https://pong.example.org/api/auth/oauth/fortytwo/callback"));
    const QUrl url = authorizationUrl(testProvider(), "the-state", "the-challenge", redirect);
    QCOMPARE(url.scheme(), QStringLiteral("https"));
    QCOMPARE(url.host(), QStringLiteral("api.intra.42.fr"));
    QCOMPARE(url.path(), QStringLiteral("/oauth/authorize"));

    const QUrlQuery query(url);
    auto value = [&query](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    QCOMPARE(value("response_type"), QStringLiteral("code"));
    QCOMPARE(value("client_id"), QStringLiteral("u-s4t2ud-abc"));
    QCOMPARE(value("redirect_uri"), redirect.toString());
    QCOMPARE(value("scope"), QStringLiteral("public profile"));
    QCOMPARE(value("state"), QStringLiteral("the-state"));
    QCOMPARE(value("code_challenge"), QStringLiteral("the-challenge"));
    QCOMPARE(value("code_challenge_method"), QStringLiteral("S256"));
    QCOMPARE(query.queryItems().size(), 7);
}

void OAuthBuildingBlocksTest::authorizationUrlKeepsProviderQueryButNotOverrides()
{
    OAuthProviderConfig config = testProvider();
    config.authorizeUrl = QUrl(QStringLiteral(
        "https://id.example.org/authorize?prompt=login&response_type=token&client_id=evil"));
    const QUrlQuery query(authorizationUrl(config, "s", "c", QUrl(QStringLiteral("https://a/cb"))));
    QCOMPARE(query.queryItemValue(QStringLiteral("prompt")), QStringLiteral("login"));
    QCOMPARE(query.allQueryItemValues(QStringLiteral("response_type")),
             QStringList{QStringLiteral("code")});
    QCOMPARE(query.allQueryItemValues(QStringLiteral("client_id")),
             QStringList{QStringLiteral("u-s4t2ud-abc")});
}

void OAuthBuildingBlocksTest::authorizationUrlEncodesReservedCharacters()
{
    OAuthProviderConfig config = testProvider();
    config.clientId = QStringLiteral("a+b&c=d e%41");
    const QUrl url =
        authorizationUrl(config, "s", "c", QUrl(QStringLiteral("https://a.example/cb?x=1&y=2")));
    const QByteArray encoded = url.toEncoded();
    // "+" must travel as %2B, or form decoders read a space.
    QVERIFY2(encoded.contains("client_id=a%2Bb%26c%3Dd%20e%2541"), encoded.constData());
    QVERIFY2(encoded.contains("redirect_uri=https%3A%2F%2Fa.example%2Fcb%3Fx%3D1%26y%3D2"),
             encoded.constData());
}

// --- Provider configuration ------------------------------------------------------------------

void OAuthBuildingBlocksTest::configEmptyMeansNoProviders()
{
    const OAuthProvidersConfig config = readFrom({});
    QVERIFY(config.providers.isEmpty());
    QVERIFY(config.errors.isEmpty());
    QVERIFY(readFrom({{QStringLiteral("TRANSCENDENCE_OAUTH_PROVIDERS"), QStringLiteral(" , ")}})
                .errors.isEmpty());
}

void OAuthBuildingBlocksTest::configFortyTwoNeedsOnlyClientCredentials()
{
    const OAuthProvidersConfig config = readFrom(fortyTwoVariables(), true);
    QVERIFY2(config.errors.isEmpty(), qPrintable(joined(config.errors)));
    QCOMPARE(config.providers.size(), 1);
    const OAuthProviderConfig *provider = config.find(QStringLiteral("fortytwo"));
    QVERIFY(provider);
    QCOMPARE(provider->profile, OAuthProfile::FortyTwo);
    QCOMPARE(provider->displayName, QStringLiteral("42"));
    QCOMPARE(provider->authorizeUrl.toString(),
             QStringLiteral("https://api.intra.42.fr/oauth/authorize"));
    QCOMPARE(provider->tokenUrl.toString(), QStringLiteral("https://api.intra.42.fr/oauth/token"));
    QCOMPARE(provider->userInfoUrl.toString(), QStringLiteral("https://api.intra.42.fr/v2/me"));
    QCOMPARE(provider->clientId, QStringLiteral("u-s4t2ud"));
    QCOMPARE(provider->clientSecret, QStringLiteral("s-s4t2ud-very-secret-value"));
    QCOMPARE(provider->scopes, QStringList{QStringLiteral("public")});
    QCOMPARE(provider->fields.subject, QStringLiteral("id"));
    QCOMPARE(provider->fields.avatarUrl, QStringLiteral("image.link"));
    QVERIFY(!config.find(QStringLiteral("other")));
}

void OAuthBuildingBlocksTest::configOidcProvider()
{
    QHash<QString, QString> variables = oidcVariables();
    variables.insert(fortyTwoVariables());
    variables.insert(QStringLiteral("TRANSCENDENCE_OAUTH_PROVIDERS"),
                     QStringLiteral("School, fortytwo"));
    variables.insert(QStringLiteral("TRANSCENDENCE_OAUTH_SCHOOL_NAME"),
                     QStringLiteral("My School"));
    variables.insert(QStringLiteral("TRANSCENDENCE_OAUTH_SCHOOL_SCOPES"),
                     QStringLiteral("openid, email"));
    variables.insert(QStringLiteral("TRANSCENDENCE_OAUTH_SCHOOL_PROFILE"), QStringLiteral("OIDC"));
    const OAuthProvidersConfig config = readFrom(variables, true);
    QVERIFY2(config.errors.isEmpty(), qPrintable(joined(config.errors)));
    QCOMPARE(config.providers.size(), 2);
    const OAuthProviderConfig &school = config.providers.first();
    QCOMPARE(school.id, QStringLiteral("school"));
    QCOMPARE(school.displayName, QStringLiteral("My School"));
    QCOMPARE(school.profile, OAuthProfile::Oidc);
    QCOMPARE(school.scopes, (QStringList{QStringLiteral("openid"), QStringLiteral("email")}));
    QCOMPARE(school.fields.subject, QStringLiteral("sub"));
    QCOMPARE(school.fields.login, QStringLiteral("preferred_username"));
    QCOMPARE(school.userInfoUrl.toString(), QStringLiteral("https://id.example.org/userinfo"));

    variables.remove(QStringLiteral("TRANSCENDENCE_OAUTH_SCHOOL_SCOPES"));
    QCOMPARE(readFrom(variables).providers.first().scopes,
             (QStringList{QStringLiteral("openid"), QStringLiteral("profile"),
                          QStringLiteral("email")}));
}

void OAuthBuildingBlocksTest::configRefusals_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("production");
    QTest::addColumn<QString>("expectedError");

    const QString prefix = QStringLiteral("TRANSCENDENCE_OAUTH_SCHOOL_");
    QTest::newRow("no authorize url")
        << prefix + QStringLiteral("AUTHORIZE_URL") << QString() << false
        << prefix + QStringLiteral("AUTHORIZE_URL is required");
    QTest::newRow("no client id") << prefix + QStringLiteral("CLIENT_ID") << QString() << false
                                  << prefix + QStringLiteral("CLIENT_ID is required");
    QTest::newRow("no client secret")
        << prefix + QStringLiteral("CLIENT_SECRET") << QString() << false
        << prefix + QStringLiteral("CLIENT_SECRET is required");
    QTest::newRow("http remote host in development")
        << prefix + QStringLiteral("TOKEN_URL") << QStringLiteral("http://id.example.org/token")
        << false << prefix + QStringLiteral("TOKEN_URL must use https (http only for loopback");
    QTest::newRow("http loopback in production")
        << prefix + QStringLiteral("TOKEN_URL") << QStringLiteral("http://127.0.0.1:9/token")
        << true << prefix + QStringLiteral("TOKEN_URL must use https in production");
    QTest::newRow("not a url") << prefix + QStringLiteral("USERINFO_URL")
                               << QStringLiteral("id.example.org/userinfo") << false
                               << prefix +
                                      QStringLiteral("USERINFO_URL must be an absolute https URL");
    QTest::newRow("ftp") << prefix + QStringLiteral("USERINFO_URL")
                         << QStringLiteral("ftp://id.example.org/userinfo") << false
                         << prefix + QStringLiteral("USERINFO_URL must be an absolute https URL");
    QTest::newRow("credentials in url")
        << prefix + QStringLiteral("TOKEN_URL") << QStringLiteral("https://a:b@id.example.org/t")
        << false << prefix + QStringLiteral("TOKEN_URL must not carry credentials");
    QTest::newRow("unknown profile") << prefix + QStringLiteral("PROFILE") << QStringLiteral("saml")
                                     << false << prefix + QStringLiteral("PROFILE must be");
    QTest::newRow("bad scope") << prefix + QStringLiteral("SCOPES")
                               << QStringLiteral("openid \"x\"") << false
                               << prefix + QStringLiteral("SCOPES has an invalid scope");
    QTest::newRow("example secret in production")
        << prefix + QStringLiteral("CLIENT_SECRET") << QStringLiteral("change-me") << true
        << prefix + QStringLiteral("CLIENT_SECRET still has the example value");
    QTest::newRow("bad provider id")
        << QStringLiteral("TRANSCENDENCE_OAUTH_PROVIDERS") << QStringLiteral("my-school") << false
        << QStringLiteral("\"my-school\" is not a valid provider id");
    QTest::newRow("duplicate provider")
        << QStringLiteral("TRANSCENDENCE_OAUTH_PROVIDERS") << QStringLiteral("school,SCHOOL")
        << false << QStringLiteral("names \"school\" twice");
}

void OAuthBuildingBlocksTest::configRefusals()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, production);
    QFETCH(QString, expectedError);

    QHash<QString, QString> variables = oidcVariables();
    variables.insert(key, value);
    const OAuthProvidersConfig config = readFrom(variables, production);
    QVERIFY2(joined(config.errors).contains(expectedError), qPrintable(joined(config.errors)));
    QVERIFY(config.providers.isEmpty()); // never half-configured
}

void OAuthBuildingBlocksTest::configReportsEveryProblemAtOnce()
{
    const OAuthProvidersConfig config = readFrom(
        {{QStringLiteral("TRANSCENDENCE_OAUTH_PROVIDERS"), QStringLiteral("fortytwo,school")}});
    const QString errors = joined(config.errors);
    QCOMPARE(config.errors.size(), 7);
    QVERIFY(errors.contains(QStringLiteral("TRANSCENDENCE_OAUTH_FORTYTWO_CLIENT_ID is required")));
    QVERIFY(
        errors.contains(QStringLiteral("TRANSCENDENCE_OAUTH_FORTYTWO_CLIENT_SECRET is required")));
    QVERIFY(
        errors.contains(QStringLiteral("TRANSCENDENCE_OAUTH_SCHOOL_AUTHORIZE_URL is required")));
    QVERIFY(errors.contains(QStringLiteral("TRANSCENDENCE_OAUTH_SCHOOL_TOKEN_URL is required")));
    QVERIFY(errors.contains(QStringLiteral("TRANSCENDENCE_OAUTH_SCHOOL_USERINFO_URL is required")));
}

void OAuthBuildingBlocksTest::configErrorsNeverShowTheSecret()
{
    QHash<QString, QString> variables = oidcVariables();
    variables.insert(QStringLiteral("TRANSCENDENCE_OAUTH_SCHOOL_CLIENT_SECRET"),
                     QStringLiteral("change-me-super-secret\x01"));
    const OAuthProvidersConfig config = readFrom(variables, true);
    QVERIFY(!config.errors.isEmpty());
    QVERIFY(!joined(config.errors).contains(QStringLiteral("super-secret")));
}

// --- User info -------------------------------------------------------------------------------

void OAuthBuildingBlocksTest::userInfoFortyTwoShape()
{
    OAuthProviderConfig config = testProvider();
    const auto outcome = identityFromUserInfo(
        config, json(R"({"id": 81234, "login": "jdoe", "email": "jdoe@student.42.fr",
                         "displayname": "Jane Doe", "image": {"link": "https://cdn.intra.42.fr/users/jdoe.jpg",
                         "versions": {}}, "cursus_users": []})"));
    const ProviderIdentity *identity = identityOf(outcome);
    QVERIFY2(identity, qPrintable(errorCodeOf(outcome)));
    QCOMPARE(identity->provider, QStringLiteral("fortytwo"));
    QCOMPARE(identity->subject, QStringLiteral("81234"));
    QCOMPARE(identity->login, QStringLiteral("jdoe"));
    QCOMPARE(identity->email, QStringLiteral("jdoe@student.42.fr"));
    QVERIFY(identity->emailVerified);
    QCOMPARE(identity->displayName, QStringLiteral("Jane Doe"));
    QCOMPARE(identity->avatarUrl.toString(),
             QStringLiteral("https://cdn.intra.42.fr/users/jdoe.jpg"));
}

void OAuthBuildingBlocksTest::userInfoOidcShape()
{
    OAuthProviderConfig config = testProvider();
    config.id = QStringLiteral("school");
    config.fields = UserInfoFieldMap::forProfile(OAuthProfile::Oidc);
    auto outcome =
        identityFromUserInfo(config, json(R"({"sub": "248289761001", "preferred_username": "j.doe",
                         "email": "jane@example.org", "email_verified": false,
                         "name": "Jane", "picture": "https://example.org/j.png"})"));
    const ProviderIdentity *identity = identityOf(outcome);
    QVERIFY2(identity, qPrintable(errorCodeOf(outcome)));
    QCOMPARE(identity->subject, QStringLiteral("248289761001"));
    QCOMPARE(identity->login, QStringLiteral("j.doe"));
    QCOMPARE(identity->email, QStringLiteral("jane@example.org"));
    QVERIFY(!identity->emailVerified);

    outcome = identityFromUserInfo(config, json(R"({"sub": "x", "email": "a@b.c"})"));
    QVERIFY(identityOf(outcome));
    QVERIFY(!identityOf(outcome)->emailVerified); // OIDC: unverified unless it says so
}

void OAuthBuildingBlocksTest::userInfoWithoutSubjectIsRefused()
{
    const OAuthProviderConfig config = testProvider();
    for (const char *body : {R"({"login": "jdoe"})", R"({"id": ""})", R"({"id": 1.5})",
                             R"({"id": null})", R"({"id": {"x": 1}})", R"({"id": " 12"})"}) {
        QCOMPARE(errorCodeOf(identityFromUserInfo(config, json(body))),
                 QStringLiteral("invalid_provider_response"));
    }
}

void OAuthBuildingBlocksTest::userInfoDropsImplausibleParts()
{
    const auto outcome = identityFromUserInfo(
        testProvider(), json(R"({"id": "7", "login": 12, "email": "not-an-address",
                                 "displayname": "Eve\u0007 ", "image": {"link": "http://10.0.0.1/x.png"}})"));
    const ProviderIdentity *identity = identityOf(outcome);
    QVERIFY(identity);
    QCOMPARE(identity->subject, QStringLiteral("7"));
    QVERIFY(identity->login.isEmpty());
    QVERIFY(identity->email.isEmpty());
    QVERIFY(!identity->emailVerified);
    QCOMPARE(identity->displayName, QStringLiteral("Eve"));
    QVERIFY(identity->avatarUrl.isEmpty()); // only https: the server may fetch it
}

// --- User names ------------------------------------------------------------------------------

void OAuthBuildingBlocksTest::usernameStem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stem");
    QTest::newRow("plain") << QStringLiteral("marvin") << QStringLiteral("marvin");
    QTest::newRow("upper case") << QStringLiteral("JDoe") << QStringLiteral("jdoe");
    QTest::newRow("accents") << QStringLiteral("Zoë Ærø") << QStringLiteral("zoe_aero");
    QTest::newRow("sharp s") << QStringLiteral("Straße") << QStringLiteral("strasse");
    QTest::newRow("polish") << QStringLiteral("Łukasz Żółć") << QStringLiteral("lukasz_zolc");
    QTest::newRow("separators") << QStringLiteral("jean-luc.picard")
                                << QStringLiteral("jean_luc_picard");
    QTest::newRow("runs and ends") << QStringLiteral("__a--b..c__") << QStringLiteral("a_b_c");
    QTest::newRow("full width") << QStringLiteral("ＡＢＣ１") << QStringLiteral("abc1");
    QTest::newRow("other script dropped") << QStringLiteral("Иван ivan") << QStringLiteral("ivan");
    QTest::newRow("emoji") << QStringLiteral("cool 😎 kid") << QStringLiteral("cool_kid");
    QTest::newRow("long") << QStringLiteral("abcdefghijklmnopqrstuvwxyz")
                          << QStringLiteral("abcdefghijklmnopqrst");
    QTest::newRow("cut before separator")
        << QStringLiteral("abcdefghijklmnopqrs_tuv") << QStringLiteral("abcdefghijklmnopqrs");
    QTest::newRow("nothing left") << QStringLiteral("李小龍") << QString();
}

void OAuthBuildingBlocksTest::usernameStem()
{
    QFETCH(QString, text);
    QFETCH(QString, stem);
    QCOMPARE(transcendence::server::oauth::usernameStem(text), stem);
}

void OAuthBuildingBlocksTest::deriveUsername_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("expected");

    const QString none;
    QTest::newRow("login free") << QStringLiteral("marvin") << none << none << QStringList{}
                                << QStringLiteral("marvin");
    QTest::newRow("login taken") << QStringLiteral("marvin") << none << none
                                 << QStringList{QStringLiteral("marvin")}
                                 << QStringLiteral("marvin2");
    QTest::newRow("several taken")
        << QStringLiteral("Marvin") << none << none
        << QStringList{QStringLiteral("marvin"), QStringLiteral("marvin2"),
                       QStringLiteral("marvin3")}
        << QStringLiteral("marvin4");
    QTest::newRow("suffix keeps 20 chars")
        << QStringLiteral("abcdefghijklmnopqrstuvwxyz") << none << none
        << QStringList{QStringLiteral("abcdefghijklmnopqrst")}
        << QStringLiteral("abcdefghijklmnopqrs2");
    QTest::newRow("short login, email local part")
        << QStringLiteral("jo") << QStringLiteral("Jo.Smith+pong@example.org") << none
        << QStringList{} << QStringLiteral("jo_smith");
    QTest::newRow("display name last")
        << QString() << QStringLiteral("x@y.z") << QStringLiteral("Zoë Ærø") << QStringList{}
        << QStringLiteral("zoe_aero");
    QTest::newRow("nothing usable") << QStringLiteral("李") << QString() << QStringLiteral("!!")
                                    << QStringList{} << QStringLiteral("player");
    QTest::newRow("player taken") << QString() << QString() << QString()
                                  << QStringList{QStringLiteral("player")}
                                  << QStringLiteral("player2");
}

void OAuthBuildingBlocksTest::deriveUsername()
{
    QFETCH(QString, login);
    QFETCH(QString, email);
    QFETCH(QString, displayName);
    QFETCH(QStringList, taken);
    QFETCH(QString, expected);

    const std::optional<QString> username = transcendence::server::oauth::deriveUsername(
        login, email, displayName, [&taken](const QString &name) { return taken.contains(name); });
    QVERIFY(username.has_value());
    QCOMPARE(*username, expected);
    QVERIFY(isValidUsername(*username));
}

void OAuthBuildingBlocksTest::deriveUsernameGivesUpAfterBoundedAttempts()
{
    int asked = 0;
    const std::optional<QString> username = transcendence::server::oauth::deriveUsername(
        QStringLiteral("marvin"), {}, {}, [&asked](const QString &) {
            ++asked;
            return true;
        });
    QVERIFY(!username.has_value());
    QCOMPARE(asked, kMaxUsernameAttempts);
}
