#include "auth/oauth/OAuthClient.h"

#include "auth/oauth/FormEncoding.h"
#include "auth/oauth/UserInfoMapping.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

#include <memory>
#include <optional>

namespace transcendence::server::oauth {

struct OAuthClient::HttpResult {
    int status = 0; // 0: no HTTP answer
    QByteArray body;
    bool timedOut = false;
    bool tooLarge = false;
    QString networkError; // Qt's description; carries no request data
};

namespace {

constexpr qsizetype kMaxTokenLength = 4096;

OAuthError makeError(const char *code, const QString &message)
{
    return {QString::fromLatin1(code), message};
}

// RFC 6750 b64token plus the characters providers use in practice: printable ASCII without
// spaces, so the value can go into an Authorization header unchanged.
bool isHeaderSafeToken(const QString &token)
{
    if (token.isEmpty() || token.size() > kMaxTokenLength) {
        return false;
    }
    for (const QChar character : token) {
        if (character.unicode() < 0x21 || character.unicode() > 0x7e) {
            return false;
        }
    }
    return true;
}

QString providerErrorCode(const QByteArray &body)
{
    const QString error = QJsonDocument::fromJson(body).object().value(u"error").toString();
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    return token.match(error).hasMatch() ? error : QString();
}

// No HTTP answer: the same two outcomes for both endpoints.
std::optional<OAuthError> transportError(const char *step, const QUrl &url,
                                         const QString &networkError, bool timedOut)
{
    if (timedOut) {
        return makeError(oauth_errors::kTimeout,
                         QStringLiteral("The provider's %1 endpoint (%2) did not answer in time.")
                             .arg(QLatin1String(step), url.host()));
    }
    return makeError(oauth_errors::kProviderUnreachable,
                     QStringLiteral("The provider's %1 endpoint (%2) could not be reached: %3")
                         .arg(QLatin1String(step), url.host(), networkError));
}

std::optional<QJsonObject> jsonObject(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    return document.object();
}

} // namespace

OAuthClient::OAuthClient(QObject *parent)
    : OAuthClient(nullptr, parent)
{}

OAuthClient::OAuthClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
{}

OAuthClient::~OAuthClient() = default;

QNetworkRequest OAuthClient::baseRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Transcendence"));
    return request;
}

void OAuthClient::send(const QNetworkRequest &request, const std::optional<QByteArray> &postBody,
                       HttpCallback done)
{
    QNetworkReply *reply = postBody ? m_network->post(request, *postBody) : m_network->get(request);
    auto result = std::make_shared<HttpResult>();
    const qint64 maxBytes = m_maxResponseBytes;

    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, result] {
        result->timedOut = true;
        reply->abort();
    });
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, result, maxBytes](qint64 received, qint64 total) {
                if (!result->tooLarge && (received > maxBytes || total > maxBytes)) {
                    result->tooLarge = true;
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::finished, this,
            [reply, result, maxBytes, done = std::move(done)] {
                reply->deleteLater();
                const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
                if (!result->timedOut && !result->tooLarge && status.isValid()) {
                    result->status = status.toInt();
                    result->body = reply->read(maxBytes + 1);
                    result->tooLarge = result->body.size() > maxBytes;
                } else if (!result->timedOut && !result->tooLarge) {
                    result->networkError = reply->errorString();
                }
                done(*result);
            });
    deadline->start(m_timeout);
}

void OAuthClient::exchangeCode(const OAuthProviderConfig &config, const QString &code,
                               const QByteArray &codeVerifier, const QUrl &redirectUri,
                               IdentityCallback done)
{
    QPointer<OAuthClient> self(this);
    requestAccessToken(
        config, code, codeVerifier, redirectUri,
        [self, config, done = std::move(done)](const std::variant<AccessToken, OAuthError> &token) {
            if (const auto *error = std::get_if<OAuthError>(&token)) {
                done(*error);
                return;
            }
            if (self) {
                self->fetchUserInfo(config, std::get<AccessToken>(token).value, done);
            }
        });
}

void OAuthClient::requestAccessToken(const OAuthProviderConfig &config, const QString &code,
                                     const QByteArray &codeVerifier, const QUrl &redirectUri,
                                     TokenCallback done)
{
    QNetworkRequest request = baseRequest(config.tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    const QByteArray body = encodeForm({
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("client_id"), config.clientId},
        {QStringLiteral("client_secret"), config.clientSecret},
        {QStringLiteral("code"), code},
        {QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded)},
        {QStringLiteral("code_verifier"), QString::fromLatin1(codeVerifier)},
    });
    const QUrl tokenUrl = config.tokenUrl;
    send(request, body, [tokenUrl, done = std::move(done)](const HttpResult &result) {
        if (result.status == 0 && !result.tooLarge) {
            done(*transportError("token", tokenUrl, result.networkError, result.timedOut));
            return;
        }
        if (result.tooLarge) {
            done(makeError(oauth_errors::kInvalidProviderResponse,
                           QStringLiteral("The provider's token answer is too large.")));
            return;
        }
        if (result.status < 200 || result.status > 299) {
            const QString providerCode = providerErrorCode(result.body);
            done(makeError(oauth_errors::kTokenExchangeFailed,
                           providerCode.isEmpty()
                               ? QStringLiteral("The provider's token endpoint answered HTTP %1.")
                                     .arg(result.status)
                               : QStringLiteral("The provider refused the authorization code (%1).")
                                     .arg(providerCode)));
            return;
        }
        const std::optional<QJsonObject> json = jsonObject(result.body);
        const QString accessToken = json ? json->value(u"access_token").toString() : QString();
        const QJsonValue tokenType = json ? json->value(u"token_type") : QJsonValue();
        // RFC 6749 requires token_type; tolerate its absence, never another type.
        const bool bearer =
            tokenType.isUndefined() ||
            tokenType.toString().compare(QLatin1String("bearer"), Qt::CaseInsensitive) == 0;
        if (!json || !isHeaderSafeToken(accessToken) || !bearer) {
            done(makeError(oauth_errors::kInvalidProviderResponse,
                           QStringLiteral("The provider's token answer is not a bearer token.")));
            return;
        }
        done(AccessToken{accessToken, QStringLiteral("bearer")});
    });
}

void OAuthClient::fetchUserInfo(const OAuthProviderConfig &config, const QString &accessToken,
                                IdentityCallback done)
{
    if (!isHeaderSafeToken(accessToken)) {
        done(makeError(oauth_errors::kInvalidProviderResponse,
                       QStringLiteral("The provider's access token is malformed.")));
        return;
    }
    QNetworkRequest request = baseRequest(config.userInfoUrl);
    request.setRawHeader("Authorization", "Bearer " + accessToken.toLatin1());
    send(request, std::nullopt, [config, done = std::move(done)](const HttpResult &result) {
        if (result.status == 0 && !result.tooLarge) {
            done(*transportError("user-info", config.userInfoUrl, result.networkError,
                                 result.timedOut));
            return;
        }
        if (result.tooLarge) {
            done(makeError(oauth_errors::kInvalidProviderResponse,
                           QStringLiteral("The provider's user information is too large.")));
            return;
        }
        if (result.status < 200 || result.status > 299) {
            done(makeError(oauth_errors::kUserInfoFailed,
                           QStringLiteral("The provider's user-info endpoint answered HTTP %1.")
                               .arg(result.status)));
            return;
        }
        const std::optional<QJsonObject> json = jsonObject(result.body);
        if (!json) {
            done(makeError(oauth_errors::kInvalidProviderResponse,
                           QStringLiteral("The provider's user information is not JSON.")));
            return;
        }
        std::visit([&done](const auto &outcome) { done(outcome); },
                   identityFromUserInfo(config, *json));
    });
}

} // namespace transcendence::server::oauth
