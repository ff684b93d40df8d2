#include "OAuthAppSignInTest.h"

#include "auth/oauth/AppRedirect.h"
#include "auth/oauth/Pkce.h"

#include <QTest>
#include <QUrlQuery>

using namespace transcendence::server::oauth;

namespace {

const QByteArray kVerifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

QUrlQuery appQuery(const QString &redirectUri, const QString &challenge = {},
                   const QString &method = QStringLiteral("S256"),
                   const QString &state = QStringLiteral("app-state-0123456789"))
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("redirect_uri"),
                       QString::fromLatin1(QUrl::toPercentEncoding(redirectUri)));
    query.addQueryItem(QStringLiteral("code_challenge"),
                       challenge.isNull() ? QString::fromLatin1(pkce::challengeS256(kVerifier))
                                          : challenge);
    query.addQueryItem(QStringLiteral("code_challenge_method"), method);
    query.addQueryItem(QStringLiteral("state"), state);
    return query;
}

AppRedirect loopback(quint16 port = 49152)
{
    return AppRedirect{QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(port)),
                       pkce::challengeS256(kVerifier), QStringLiteral("app-state-0123456789")};
}

} // namespace

void OAuthAppSignInTest::pkceVerifierMatchesItsChallengeOnly()
{
    const QByteArray challenge = pkce::challengeS256(kVerifier);
    QVERIFY(pkce::verifierMatches(kVerifier, challenge));
    QVERIFY(!pkce::verifierMatches(pkce::generateVerifier(), challenge));
    QVERIFY(!pkce::verifierMatches(challenge, challenge)); // the challenge is not the verifier
    QVERIFY(!pkce::verifierMatches(QByteArray(), challenge));
    QVERIFY(!pkce::verifierMatches(kVerifier, challenge.left(42)));
}

void OAuthAppSignInTest::appRequestValidation_data()
{
    QTest::addColumn<QUrlQuery>("query");
    QTest::addColumn<bool>("accepted");
    const QString good = QStringLiteral("http://127.0.0.1:49152/callback");
    QTest::newRow("ipv4 loopback") << appQuery(good) << true;
    QTest::newRow("ipv6 loopback") << appQuery(QStringLiteral("http://[::1]:8080/")) << true;
    QTest::newRow("no path") << appQuery(QStringLiteral("http://127.0.0.1:8080")) << true;
    QTest::newRow("localhost name") << appQuery(QStringLiteral("http://localhost:8080/")) << false;
    QTest::newRow("other address") << appQuery(QStringLiteral("http://127.0.0.2:8080/")) << false;
    QTest::newRow("remote host") << appQuery(QStringLiteral("http://evil.example:8080/")) << false;
    QTest::newRow("https") << appQuery(QStringLiteral("https://127.0.0.1:8080/")) << false;
    QTest::newRow("custom scheme") << appQuery(QStringLiteral("app://127.0.0.1:8080/")) << false;
    QTest::newRow("no port") << appQuery(QStringLiteral("http://127.0.0.1/callback")) << false;
    QTest::newRow("user info") << appQuery(QStringLiteral("http://evil@127.0.0.1:8080/")) << false;
    QTest::newRow("query") << appQuery(QStringLiteral("http://127.0.0.1:8080/?next=x")) << false;
    QTest::newRow("fragment") << appQuery(QStringLiteral("http://127.0.0.1:8080/#x")) << false;
    QTest::newRow("empty") << appQuery(QString()) << false;
    QTest::newRow("plain method") << appQuery(good, {}, QStringLiteral("plain")) << false;
    QTest::newRow("no method") << appQuery(good, {}, QString()) << false;
    QTest::newRow("short challenge") << appQuery(good, QStringLiteral("abc")) << false;
    QTest::newRow("challenge with padding")
        << appQuery(good, QString::fromLatin1(pkce::challengeS256(kVerifier)).left(42) + '=')
        << false;
    QTest::newRow("short state") << appQuery(good, {}, QStringLiteral("S256"), QStringLiteral("x"))
                                 << false;
    QTest::newRow("state with markup")
        << appQuery(good, {}, QStringLiteral("S256"), QStringLiteral("<script>alert(1)</script>"))
        << false;
}

void OAuthAppSignInTest::appRequestValidation()
{
    QFETCH(QUrlQuery, query);
    QFETCH(bool, accepted);
    const auto result = appRedirectFrom(query);
    QVERIFY(!std::holds_alternative<std::monostate>(result));
    if (accepted) {
        const auto *error = std::get_if<OAuthError>(&result);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        QCOMPARE(std::get<AppRedirect>(result).codeChallenge, pkce::challengeS256(kVerifier));
    } else {
        QVERIFY(std::holds_alternative<OAuthError>(result));
        QCOMPARE(std::get<OAuthError>(result).code, QStringLiteral("invalid_request"));
    }
}

void OAuthAppSignInTest::noRedirectUriMeansABrowserSignIn()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("returnTo"), QStringLiteral("/play"));
    QVERIFY(std::holds_alternative<std::monostate>(appRedirectFrom(query)));
}

void OAuthAppSignInTest::redirectsCarryCodeOrErrorAndState()
{
    const AppRedirect app = loopback(50000);
    const QUrl success = app.withCode("c0de-_");
    QCOMPARE(success.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(success.port(), 50000);
    QCOMPARE(success.path(), QStringLiteral("/callback"));
    QCOMPARE(QUrlQuery(success).queryItemValue(QStringLiteral("code")), QStringLiteral("c0de-_"));
    QCOMPARE(QUrlQuery(success).queryItemValue(QStringLiteral("state")), app.state);

    const QUrl failure =
        app.withError(QStringLiteral("email_in_use"), QStringLiteral("taken & used + more = 100%"));
    const QUrlQuery query(failure);
    QCOMPARE(query.queryItemValue(QStringLiteral("error")), QStringLiteral("email_in_use"));
    QCOMPARE(query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded),
             QStringLiteral("taken & used + more = 100%"));
    QCOMPARE(query.queryItemValue(QStringLiteral("state")), app.state);
    QVERIFY(!query.hasQueryItem(QStringLiteral("code")));
}
