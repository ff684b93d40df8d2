#include "FakeOAuthProvider.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

// Written from RFC 6749 / RFC 7636 directly, sharing no code with server/auth/oauth, so the
// tests compare two independent readings of the protocol.
namespace transcendence::testing {
namespace {

using StatusCode = QHttpServerResponder::StatusCode;

constexpr qint64 kCodeLifetimeMs = 5 * 60 * 1000;
constexpr qint64 kTokenLifetimeSeconds = 7200;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QByteArray randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    for (char &byte : bytes) {
        byte = char(QRandomGenerator::system()->bounded(256));
    }
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value.trimmed();
        }
    }
    return {};
}

QByteArray jsonError(const char *error, const char *description)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("error"), QLatin1String(error)},
                           {QStringLiteral("error_description"), QLatin1String(description)}})
        .toJson(QJsonDocument::Compact);
}

void writeJson(QHttpServerResponder &responder, int status, const QByteArray &json)
{
    responder.write(json,
                    {{"Content-Type", "application/json"},
                     {"Cache-Control", "no-store"},
                     {"Pragma", "no-cache"}},
                    StatusCode(status));
}

// application/x-www-form-urlencoded: "+" is a space; a repeated parameter is an error.
bool parseForm(const QByteArray &body, QHash<QString, QString> &fields)
{
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty()) {
            continue;
        }
        const qsizetype equals = pair.indexOf('=');
        QByteArray name = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        const QString key = QString::fromUtf8(QByteArray::fromPercentEncoding(name));
        if (fields.contains(key)) {
            return false;
        }
        fields.insert(key, QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return true;
}

QString queryValue(const QUrlQuery &query, const char *name)
{
    return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

// The registered redirect URI with our parameters appended, each value percent-encoded.
QByteArray redirectBack(const QString &redirectUri, const QList<QPair<QByteArray, QString>> &items)
{
    QByteArray location = redirectUri.toUtf8();
    char separator = location.contains('?') ? '&' : '?';
    for (const auto &[name, value] : items) {
        location += separator + name + '=' + QUrl::toPercentEncoding(value);
        separator = '&';
    }
    return location;
}

void writeRedirect(QHttpServerResponder &responder, const QByteArray &location)
{
    responder.write(QByteArrayLiteral("Redirecting"),
                    {{"Location", location}, {"Content-Type", "text/plain"}}, StatusCode::Found);
}

} // namespace

FakeOAuthProvider::FakeOAuthProvider(QObject *parent)
    : QObject(parent)
    , m_http(new QHttpServer(this))
{
    m_http->route(QStringLiteral("/oauth/authorize"),
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      handleAuthorize(request, std::move(responder));
                  });
    m_http->route(QStringLiteral("/oauth/token"),
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      handleToken(request, std::move(responder));
                  });
    m_http->route(QStringLiteral("/v2/me"),
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      handleUserInfo(request, std::move(responder), true);
                  });
    m_http->route(QStringLiteral("/userinfo"),
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      handleUserInfo(request, std::move(responder), false);
                  });
    m_http->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            ++m_requestCounts[request.url().path()];
            writeJson(responder, 404, jsonError("not_found", "no such endpoint"));
        });
}

FakeOAuthProvider::~FakeOAuthProvider()
{
    m_heldResponders.clear(); // before the sockets they point to are deleted with m_http
}

bool FakeOAuthProvider::start()
{
    m_listener = new QTcpServer(m_http);
    if (!m_listener->listen(QHostAddress::LocalHost, 0)) {
        qWarning("FakeOAuthProvider: cannot listen: %s", qPrintable(m_listener->errorString()));
        return false;
    }
    m_http->bind(m_listener);
    return true;
}

QUrl FakeOAuthProvider::baseUrl() const
{
    const quint16 port = m_listener ? m_listener->serverPort() : 0;
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

QUrl FakeOAuthProvider::endpoint(const QString &path) const
{
    QUrl url = baseUrl();
    url.setPath(path);
    return url;
}

void FakeOAuthProvider::registerClient(const QString &clientId, const QString &clientSecret,
                                       const QString &redirectUri)
{
    m_clients.insert(clientId, Client{clientSecret, redirectUri});
}

QHash<QString, QString> FakeOAuthProvider::environmentFor(const QString &providerId,
                                                          const QString &profile,
                                                          const QString &clientId) const
{
    const QString prefix = QStringLiteral("TRANSCENDENCE_OAUTH_%1_").arg(providerId.toUpper());
    const bool fortyTwo = profile == QLatin1String("fortytwo");
    return {
        {QStringLiteral("TRANSCENDENCE_OAUTH_PROVIDERS"), providerId},
        {prefix + QStringLiteral("PROFILE"), profile},
        {prefix + QStringLiteral("AUTHORIZE_URL"), authorizeUrl().toString()},
        {prefix + QStringLiteral("TOKEN_URL"), tokenUrl().toString()},
        {prefix + QStringLiteral("USERINFO_URL"),
         (fortyTwo ? fortyTwoUserInfoUrl() : oidcUserInfoUrl()).toString()},
        {prefix + QStringLiteral("CLIENT_ID"), clientId},
        {prefix + QStringLiteral("CLIENT_SECRET"), m_clients.value(clientId).secret},
    };
}

void FakeOAuthProvider::setTokenEndpointFailure(TokenEndpointFailure failure,
                                                std::chrono::milliseconds slowDelay)
{
    m_tokenFailure = failure;
    m_slowDelay = slowDelay;
}

void FakeOAuthProvider::handleAuthorize(const QHttpServerRequest &request,
                                        QHttpServerResponder &&responder)
{
    ++m_requestCounts[QStringLiteral("/oauth/authorize")];
    if (request.method() != QHttpServerRequest::Method::Get) {
        responder.write(QByteArrayLiteral("method not allowed"), "text/plain",
                        StatusCode::MethodNotAllowed);
        return;
    }
    const QUrlQuery query = request.query();
    const QString clientId = queryValue(query, "client_id");
    const QString redirectUri = queryValue(query, "redirect_uri");
    // Never redirect to an unverified address (RFC 6749 section 4.1.2.1): show an error page.
    const auto client = m_clients.constFind(clientId);
    if (client == m_clients.cend()) {
        responder.write(QByteArrayLiteral("unknown client_id"), "text/plain",
                        StatusCode::BadRequest);
        return;
    }
    if (redirectUri != client->redirectUri) {
        responder.write(QByteArrayLiteral("redirect_uri does not match the registered one"),
                        "text/plain", StatusCode::BadRequest);
        return;
    }

    QList<QPair<QByteArray, QString>> items;
    const QString state = queryValue(query, "state");
    auto fail = [&](const char *error) {
        items.append({"error", QLatin1String(error)});
        if (!state.isEmpty()) {
            items.append({"state", state});
        }
        writeRedirect(responder, redirectBack(redirectUri, items));
    };
    if (queryValue(query, "response_type") != QLatin1String("code")) {
        fail("unsupported_response_type");
        return;
    }
    const QString challenge = queryValue(query, "code_challenge");
    if (queryValue(query, "code_challenge_method") != QLatin1String("S256") ||
        challenge.size() != 43) {
        fail("invalid_request");
        return;
    }
    if (m_denyConsent) {
        fail("access_denied");
        return;
    }

    const QByteArray code = randomToken();
    m_codes.insert(code, AuthorizationCode{clientId,
                                           redirectUri,
                                           challenge.toLatin1(),
                                           m_user,
                                           nowMs() + kCodeLifetimeMs,
                                           false,
                                           {}});
    items.append({"code", QString::fromLatin1(code)});
    if (!state.isEmpty()) {
        items.append({"state", state});
    }
    writeRedirect(responder, redirectBack(redirectUri, items));
}

void FakeOAuthProvider::handleToken(const QHttpServerRequest &request,
                                    QHttpServerResponder &&responder)
{
    ++m_requestCounts[QStringLiteral("/oauth/token")];
    switch (m_tokenFailure) {
    case TokenEndpointFailure::ServerError:
        responder.write(QByteArrayLiteral("<html><body>Internal Server Error</body></html>"),
                        "text/html", StatusCode::InternalServerError);
        return;
    case TokenEndpointFailure::GarbageJson:
        responder.write(QByteArrayLiteral("{\"access_token\": \"abc\", oops"), "application/json",
                        StatusCode::Ok);
        return;
    case TokenEndpointFailure::Slow: {
        const TokenAnswer answer = tokenAnswer(request);
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        m_heldResponders.push_back(held);
        const std::weak_ptr<QHttpServerResponder> weak = held;
        const QPointer<QTcpSocket> socket(held->socket());
        QTimer::singleShot(m_slowDelay, this, [weak, socket, answer] {
            if (const auto responderLeft = weak.lock(); responderLeft && socket) {
                writeJson(*responderLeft, answer.status, answer.json);
            }
        });
        return;
    }
    case TokenEndpointFailure::None:
        break;
    }
    const TokenAnswer answer = tokenAnswer(request);
    writeJson(responder, answer.status, answer.json);
}

FakeOAuthProvider::TokenAnswer FakeOAuthProvider::tokenAnswer(const QHttpServerRequest &request)
{
    if (request.method() != QHttpServerRequest::Method::Post) {
        return {405, jsonError("invalid_request", "use POST")};
    }
    if (!header(request, "Content-Type").startsWith("application/x-www-form-urlencoded")) {
        return {400, jsonError("invalid_request", "expected a form body")};
    }
    QHash<QString, QString> form;
    if (!parseForm(request.body(), form)) {
        return {400, jsonError("invalid_request", "repeated parameter")};
    }

    // Client authentication: client_secret_post, or HTTP Basic (RFC 6749 section 2.3.1).
    QString clientId = form.value(QStringLiteral("client_id"));
    QString clientSecret = form.value(QStringLiteral("client_secret"));
    const QByteArray authorization = header(request, "Authorization");
    if (authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6));
        const qsizetype colon = decoded.indexOf(':');
        clientId = QString::fromUtf8(QByteArray::fromPercentEncoding(decoded.left(colon)));
        clientSecret = QString::fromUtf8(QByteArray::fromPercentEncoding(decoded.mid(colon + 1)));
    }
    const auto client = m_clients.constFind(clientId);
    if (client == m_clients.cend() || clientSecret.isEmpty() || client->secret != clientSecret) {
        return {401, jsonError("invalid_client", "client authentication failed")};
    }
    if (form.value(QStringLiteral("grant_type")) != QLatin1String("authorization_code")) {
        return {400, jsonError("unsupported_grant_type", "only authorization_code")};
    }

    const auto found = m_codes.find(form.value(QStringLiteral("code")).toLatin1());
    if (found == m_codes.end()) {
        return {400, jsonError("invalid_grant", "unknown authorization code")};
    }
    AuthorizationCode &code = found.value();
    if (code.used) {
        // RFC 6749 section 4.1.2: a replayed code revokes what it was exchanged for.
        m_tokens.remove(code.accessToken);
        return {400, jsonError("invalid_grant", "authorization code already used")};
    }
    code.used = true; // any attempt spends it, also a failed one below
    if (code.expiresAtMs < nowMs()) {
        return {400, jsonError("invalid_grant", "authorization code expired")};
    }
    if (code.clientId != clientId) {
        return {400, jsonError("invalid_grant", "code issued to another client")};
    }
    if (form.value(QStringLiteral("redirect_uri")) != code.redirectUri) {
        return {400, jsonError("invalid_grant", "redirect_uri mismatch")};
    }
    const QByteArray verifier = form.value(QStringLiteral("code_verifier")).toLatin1();
    const QByteArray computed =
        QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (verifier.size() < 43 || verifier.size() > 128 || computed != code.codeChallenge) {
        return {400, jsonError("invalid_grant", "PKCE verification failed")};
    }

    code.accessToken = randomToken();
    m_tokens.insert(code.accessToken,
                    AccessGrant{code.user, nowMs() + kTokenLifetimeSeconds * 1000});
    ++m_tokensIssued;
    const QJsonObject token{
        {QStringLiteral("access_token"), QString::fromLatin1(code.accessToken)},
        {QStringLiteral("token_type"), QStringLiteral("bearer")},
        {QStringLiteral("expires_in"), kTokenLifetimeSeconds},
        {QStringLiteral("scope"), QStringLiteral("public")},
        {QStringLiteral("created_at"), QDateTime::currentSecsSinceEpoch()},
    };
    return {200, QJsonDocument(token).toJson(QJsonDocument::Compact)};
}

void FakeOAuthProvider::handleUserInfo(const QHttpServerRequest &request,
                                       QHttpServerResponder &&responder, bool fortyTwoShape)
{
    ++m_requestCounts[request.url().path()];
    if (request.method() != QHttpServerRequest::Method::Get) {
        writeJson(responder, 405, jsonError("invalid_request", "use GET"));
        return;
    }
    const QByteArray authorization = header(request, "Authorization");
    const bool bearer = authorization.size() > 7 &&
                        authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0;
    const auto grant =
        bearer ? m_tokens.constFind(authorization.mid(7).trimmed()) : m_tokens.cend();
    if (grant == m_tokens.cend() || grant->expiresAtMs < nowMs()) {
        responder.write(jsonError("invalid_token", "missing, unknown or expired token"),
                        {{"Content-Type", "application/json"},
                         {"WWW-Authenticate", "Bearer error=\"invalid_token\""}},
                        StatusCode::Unauthorized);
        return;
    }
    const FakeOAuthUser &user = grant->user;
    QJsonObject body;
    if (fortyTwoShape) {
        // The parts of GET /v2/me the sign-in reads, among some it ignores.
        body = {
            {QStringLiteral("id"), user.id},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("login"), user.login},
            {QStringLiteral("displayname"), user.displayName},
            {QStringLiteral("usual_full_name"), user.displayName},
            {QStringLiteral("url"),
             QStringLiteral("https://api.intra.42.fr/v2/users/") + user.login},
            {QStringLiteral("image"),
             QJsonObject{{QStringLiteral("link"), user.avatarUrl},
                         {QStringLiteral("versions"),
                          QJsonObject{{QStringLiteral("large"), user.avatarUrl},
                                      {QStringLiteral("small"), user.avatarUrl}}}}},
            {QStringLiteral("staff?"), false},
            {QStringLiteral("pool_year"), QStringLiteral("2021")},
            {QStringLiteral("cursus_users"), QJsonArray{}},
            {QStringLiteral("campus"), QJsonArray{}},
        };
    } else {
        body = {
            {QStringLiteral("sub"), QString::number(user.id)},
            {QStringLiteral("preferred_username"), user.login},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("email_verified"), user.emailVerified},
            {QStringLiteral("name"), user.displayName},
            {QStringLiteral("picture"), user.avatarUrl},
        };
    }
    writeJson(responder, 200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace transcendence::testing
