#pragma once

#include "auth/oauth/OAuthProviderConfig.h"
#include "auth/oauth/OAuthResult.h"

#include <QNetworkRequest>
#include <QObject>

#include <chrono>
#include <functional>
#include <optional>
#include <variant>

class QNetworkAccessManager;

namespace transcendence::server::oauth {

struct AccessToken {
    QString value; // never log it
    QString tokenType;
};

// The server side of the authorization-code flow: trades the code (and the PKCE verifier) for
// an access token at the provider's token endpoint, then asks its user-info endpoint who signed
// in. Asynchronous on the thread the client lives in: each call invokes its callback exactly
// once, unless the client is destroyed first (then never). Uses Qt's default TLS configuration
// and never follows redirects. Nothing here logs; messages never contain codes, tokens or
// secrets.
class OAuthClient : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultTimeout{10'000};
    static constexpr qint64 kDefaultMaxResponseBytes = 1024 * 1024; // 42's /v2/me is large

    using IdentityCallback = std::function<void(const OAuthOutcome &)>;
    using TokenCallback = std::function<void(const std::variant<AccessToken, OAuthError> &)>;

    explicit OAuthClient(QObject *parent = nullptr);
    // Shares a QNetworkAccessManager (connection reuse); it must outlive this client.
    explicit OAuthClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~OAuthClient() override;

    // Per request, from sending to the last byte of the answer.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }

    // Both steps: requestAccessToken, then fetchUserInfo.
    void exchangeCode(const OAuthProviderConfig &config, const QString &code,
                      const QByteArray &codeVerifier, const QUrl &redirectUri,
                      IdentityCallback done);

    // POST to tokenUrl (client_secret_post): client_id, client_secret,
    // grant_type=authorization_code, code, redirect_uri, code_verifier.
    void requestAccessToken(const OAuthProviderConfig &config, const QString &code,
                            const QByteArray &codeVerifier, const QUrl &redirectUri,
                            TokenCallback done);

    // GET userInfoUrl with "Authorization: Bearer <token>", mapped through config.fields.
    void fetchUserInfo(const OAuthProviderConfig &config, const QString &accessToken,
                       IdentityCallback done);

private:
    struct HttpResult;
    using HttpCallback = std::function<void(const HttpResult &)>;

    void send(const QNetworkRequest &request, const std::optional<QByteArray> &postBody,
              HttpCallback done);
    QNetworkRequest baseRequest(const QUrl &url) const;

    QNetworkAccessManager *m_network = nullptr;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    qint64 m_maxResponseBytes = kDefaultMaxResponseBytes;
};

} // namespace transcendence::server::oauth
