// The API error shape every client parses, the security headers every response carries, and
// whose X-Real-IP is believed.
#include "http/ApiError.h"
#include "http/HttpExchange.h"
#include "http/JsonBody.h"
#include "http/ProxySocketListener.h"
#include "http/SecurityHeaders.h"

#include <QJsonDocument>
#include <QTest>

using namespace transcendence::server;
using StatusCode = QHttpServerResponder::StatusCode;

namespace {

QByteArray header(const QHttpServerResponse &response, const QByteArray &name)
{
    const QList<QByteArray> values = response.headers(name);
    return values.isEmpty() ? QByteArray() : values.first();
}

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return {};
    }
    return document.object();
}

} // namespace

class HttpBasicsTest : public QObject {
    Q_OBJECT

private slots:
    void apiErrorShape();
    void apiErrorShapeWithFields();
    void apiErrorResponseIsJsonWithStatus();
    void notFound();
    void methodNotAllowed();
    void longInputIsNotEchoedInFull();
    void domainErrorStatus_data();
    void domainErrorStatus();
    void domainErrorKeepsMessageAndFields();

    void securityHeadersSet();
    void contentSecurityPolicyIsStrict_data();
    void contentSecurityPolicyIsStrict();
    void securityHeadersKeepBodyAndReplaceOldValues();
    void xRealIpIsBelievedFromTrustedPeersOnly();
};

void HttpBasicsTest::apiErrorShape()
{
    const ApiError error{StatusCode::Conflict,
                         QStringLiteral("name_taken"),
                         QStringLiteral("that display name is taken"),
                         {}};
    const QJsonObject expected =
        parseObject(R"({"error":{"code":"name_taken","message":"that display name is taken"}})");
    QVERIFY(!expected.isEmpty());
    QCOMPARE(error.toJson(), expected); // exactly: no "fields" when there are none
}

void HttpBasicsTest::apiErrorShapeWithFields()
{
    // Each field problem has a machine code for the clients to translate, the English message,
    // and the numbers a translation needs.
    FieldErrors errors;
    errors.add(QStringLiteral("email"), FieldProblem::required());
    errors.add(QStringLiteral("password"), FieldProblem::tooShort(10));
    errors.add(QStringLiteral("password"), FieldProblem::taken()); // the first problem stays
    const ApiError error = errors.toError();
    QCOMPARE(error.status, StatusCode::UnprocessableEntity);
    const QJsonObject expected = parseObject(R"({"error":{"code":"validation_failed",
        "message":"some fields are invalid",
        "fields":{"email":{"code":"required","message":"is required"},
                  "password":{"code":"too_short","message":"must be at least 10 characters",
                              "min":10}}}})");
    QVERIFY(!expected.isEmpty());
    QCOMPARE(error.toJson(), expected);
}

void HttpBasicsTest::apiErrorResponseIsJsonWithStatus()
{
    const ApiError error{
        StatusCode::UnprocessableEntity, QStringLiteral("bad_input"), QStringLiteral("no"), {}};
    const QHttpServerResponse response = error.toResponse();
    QCOMPARE(response.statusCode(), StatusCode::UnprocessableEntity);
    QCOMPARE(response.mimeType(), QByteArray("application/json"));
    QCOMPARE(parseObject(response.data()), error.toJson());
}

void HttpBasicsTest::notFound()
{
    const ApiError error = ApiError::notFound(QStringLiteral("/api/v1/nope"));
    QCOMPARE(error.status, StatusCode::NotFound);
    QCOMPARE(error.code, QStringLiteral("not_found"));
    QVERIFY2(error.message.contains(QLatin1String("/api/v1/nope")), qPrintable(error.message));
    QVERIFY(error.fields.isEmpty());

    const QHttpServerResponse response = error.toResponse();
    QCOMPARE(response.statusCode(), StatusCode::NotFound);
    const QJsonObject body = parseObject(response.data()).value(QStringLiteral("error")).toObject();
    QCOMPARE(body.value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));
}

void HttpBasicsTest::methodNotAllowed()
{
    const ApiError error = ApiError::methodNotAllowed(QStringLiteral("DELETE"));
    QCOMPARE(error.status, StatusCode::MethodNotAllowed);
    QCOMPARE(error.code, QStringLiteral("method_not_allowed"));
    QVERIFY2(error.message.contains(QLatin1String("DELETE")), qPrintable(error.message));
    QCOMPARE(error.toResponse().statusCode(), StatusCode::MethodNotAllowed);
}

void HttpBasicsTest::longInputIsNotEchoedInFull()
{
    // An attacker-sized path or method must not be reflected back (or into logs) whole.
    const QString path = QStringLiteral("/api/") + QString(100'000, QLatin1Char('a'));
    QVERIFY(ApiError::notFound(path).message.size() < 400);
    QVERIFY(ApiError::methodNotAllowed(QString(10'000, QLatin1Char('X'))).message.size() < 200);
}

// ApiError::from is the one mapping from a store's DomainError to HTTP: each code keeps the
// status clients have always seen for it (docs/api/openapi.yaml lists them).
void HttpBasicsTest::domainErrorStatus_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    const QList<std::pair<const char *, StatusCode>> expected{
        {"not_found", StatusCode::NotFound},
        {"conflict", StatusCode::Conflict},
        {"forbidden", StatusCode::Forbidden},
        {"database_unavailable", StatusCode::ServiceUnavailable},
        {"database_error", StatusCode::ServiceUnavailable},
        {"validation_failed", StatusCode::UnprocessableEntity},
        {"internal_error", StatusCode::InternalServerError},
        {"last_admin", StatusCode::Conflict},
        {"already_friends", StatusCode::Conflict},
        {"tournament_full", StatusCode::Conflict},
        // Accounts, sessions, two-factor, step-up and provider links.
        {"invalid_refresh_token", StatusCode::Unauthorized},
        {"refresh_token_reused", StatusCode::Unauthorized},
        {"session_revoked", StatusCode::Unauthorized},
        {"invalid_challenge", StatusCode::Unauthorized},
        {"invalid_second_factor", StatusCode::Unauthorized},
        {"account_banned", StatusCode::Forbidden},
        {"reauthentication_required", StatusCode::Forbidden},
        {"rate_limited", StatusCode::TooManyRequests},
        {"two_factor_already_enabled", StatusCode::Conflict},
        {"two_factor_setup_required", StatusCode::Conflict},
        {"two_factor_not_enabled", StatusCode::Conflict},
        {"email_not_verified", StatusCode::Conflict},
        {"email_in_use", StatusCode::Conflict},
        {"username_unavailable", StatusCode::Conflict},
        {"identity_in_use", StatusCode::Conflict},
        {"provider_already_linked", StatusCode::Conflict},
        {"last_sign_in_method", StatusCode::Conflict},
        // Administration and matches.
        {"admin_name_taken", StatusCode::Conflict},
        {"already_recorded", StatusCode::Conflict},
        {"replay_unreadable", StatusCode::InternalServerError},
        // A refusal without an entry is one the client can act on.
        {"something_else", StatusCode::BadRequest},
    };
    for (const auto &[code, status] : expected) {
        QTest::newRow(code) << QString::fromLatin1(code) << int(status);
    }
}

void HttpBasicsTest::domainErrorStatus()
{
    QFETCH(QString, code);
    QFETCH(int, status);
    const ApiError error = ApiError::from(DomainError{code, QStringLiteral("why"), {}});
    QCOMPARE(int(error.status), status);
    QCOMPARE(error.code, code);
}

void HttpBasicsTest::domainErrorKeepsMessageAndFields()
{
    const QJsonObject fields{
        {QStringLiteral("email"),
         QJsonObject{{QStringLiteral("code"), QStringLiteral("has_account")},
                     {QStringLiteral("message"), QStringLiteral("already has an account")}}}};
    const ApiError error = ApiError::from(
        DomainError::conflict(QStringLiteral("an account with these details exists"), fields));
    QCOMPARE(int(error.status), int(StatusCode::Conflict));
    const QJsonObject expected = parseObject(
        R"({"error":{"code":"conflict","message":"an account with these details exists",)"
        R"("fields":{"email":{"code":"has_account","message":"already has an account"}}}})");
    QVERIFY(!expected.isEmpty());
    QCOMPARE(error.toJson(), expected);
    QCOMPARE(int(ApiError::from(DomainError::unavailable()).status),
             int(StatusCode::ServiceUnavailable));
}

void HttpBasicsTest::securityHeadersSet()
{
    QHttpServerResponse response(QByteArrayLiteral("{}"));
    security_headers::apply(response);
    QCOMPARE(header(response, "Content-Security-Policy"),
             QByteArray(security_headers::kContentSecurityPolicy));
    QCOMPARE(header(response, "X-Content-Type-Options"), QByteArray("nosniff"));
    QCOMPARE(header(response, "Referrer-Policy"), QByteArray("no-referrer"));
    QCOMPARE(header(response, "X-Frame-Options"), QByteArray("DENY"));
    QCOMPARE(header(response, "Cross-Origin-Opener-Policy"), QByteArray("same-origin"));
    const QByteArray permissions = header(response, "Permissions-Policy");
    QVERIFY2(permissions.contains("camera=()") && permissions.contains("microphone=()"),
             permissions.constData());
}

void HttpBasicsTest::contentSecurityPolicyIsStrict_data()
{
    QTest::addColumn<QByteArray>("fragment");
    QTest::addColumn<bool>("present");

    QTest::newRow("no-unsafe-inline") << QByteArray("'unsafe-inline'") << false;
    QTest::newRow("no-unsafe-eval") << QByteArray("'unsafe-eval'") << false;
    QTest::newRow("no-wildcard") << QByteArray("*") << false;
    QTest::newRow("frame-ancestors-none") << QByteArray("frame-ancestors 'none'") << true;
    QTest::newRow("default-self") << QByteArray("default-src 'self'") << true;
    QTest::newRow("scripts-self") << QByteArray("script-src 'self'") << true;
    QTest::newRow("no-plugins") << QByteArray("object-src 'none'") << true;
    QTest::newRow("no-base-override") << QByteArray("base-uri 'none'") << true;
}

void HttpBasicsTest::contentSecurityPolicyIsStrict()
{
    QFETCH(QByteArray, fragment);
    QFETCH(bool, present);

    QHttpServerResponse response(StatusCode::Ok);
    security_headers::apply(response);
    const QByteArray csp = header(response, "Content-Security-Policy");
    QVERIFY(!csp.isEmpty());
    QVERIFY2(csp.contains(fragment) == present, csp.constData());
}

void HttpBasicsTest::securityHeadersKeepBodyAndReplaceOldValues()
{
    QHttpServerResponse response = ApiError::notFound(QStringLiteral("/api/x")).toResponse();
    response.setHeader("Content-Security-Policy", "default-src *");
    security_headers::apply(response);
    security_headers::apply(response); // applied twice (route + afterRequest): still one value
    QCOMPARE(response.headers("Content-Security-Policy"),
             QList<QByteArray>{QByteArray(security_headers::kContentSecurityPolicy)});
    QCOMPARE(response.headers("X-Content-Type-Options").size(), 1);
    QCOMPARE(response.statusCode(), StatusCode::NotFound);
    QCOMPARE(parseObject(response.data()), ApiError::notFound(QStringLiteral("/api/x")).toJson());
}

void HttpBasicsTest::xRealIpIsBelievedFromTrustedPeersOnly()
{
    const QHostAddress proxy(QStringLiteral("127.0.0.2"));
    const QHostAddress other(QStringLiteral("127.0.0.1"));
    QVERIFY(HttpExchange::setTrustedProxies(QStringLiteral("127.0.0.2/32")));
    HttpExchange::setProxySocketTrusted(false);
    QCOMPARE(HttpExchange::clientAddressOf(proxy, "198.51.100.7"), QStringLiteral("198.51.100.7"));
    QCOMPARE(HttpExchange::clientAddressOf(other, "198.51.100.7"), QStringLiteral("127.0.0.1"));
    // The proxy socket's peer counts only once a proxy socket is open.
    QCOMPARE(HttpExchange::clientAddressOf(kProxySocketPeer, "198.51.100.7"), QStringLiteral("::"));
    HttpExchange::setProxySocketTrusted(true);
    QCOMPARE(HttpExchange::clientAddressOf(kProxySocketPeer, "198.51.100.7"),
             QStringLiteral("198.51.100.7"));
    // The remembered last address never answers for another header or an untrusted peer.
    QCOMPARE(HttpExchange::clientAddressOf(kProxySocketPeer, "2001:db8::1"),
             QStringLiteral("2001:db8::1"));
    QCOMPARE(HttpExchange::clientAddressOf(proxy, "198.51.100.7"), QStringLiteral("198.51.100.7"));
    QCOMPARE(HttpExchange::clientAddressOf(other, "2001:db8::1"), QStringLiteral("127.0.0.1"));
    // Not an address: the peer's own.
    QCOMPARE(HttpExchange::clientAddressOf(kProxySocketPeer, "nonsense"), QStringLiteral("::"));
    QCOMPARE(HttpExchange::clientAddressOf(proxy, ""), QStringLiteral("127.0.0.2"));
    HttpExchange::setProxySocketTrusted(false);
    QVERIFY(HttpExchange::setTrustedProxies(QString()));
    QCOMPARE(HttpExchange::clientAddressOf(proxy, "198.51.100.7"), QStringLiteral("127.0.0.2"));
}

QTEST_GUILESS_MAIN(HttpBasicsTest)
#include "HttpBasicsTest.moc"
