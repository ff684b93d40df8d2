#pragma once

#include "account/TokenStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace transcendence::client {

// One answer of the REST API (docs/api/openapi.yaml). Every non-2xx answer has the error shape
// {"error":{"code","message","fields"}}; a network failure is status 0, code "network_error".
struct ApiAnswer {
    int status = 0;
    QJsonDocument body;
    QString errorCode;
    QString errorMessage;
    QJsonObject errorFields;
    int retryAfterSeconds = 0;

    bool ok() const { return status >= 200 && status < 300; }
    QJsonObject object() const { return body.object(); }
};

// The app's REST client (the "app" client of the API: tokens in bodies, no cookies). It holds the
// access token in memory and the refresh token in the TokenStore (keychain or owner-only file);
// an expired access token is renewed once with the refresh token and the request retried; a
// refresh token that is refused ends the session (sessionEnded). Refresh tokens rotate: each
// renewal stores the new one.
class ApiClient : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiAnswer &)>;

    ApiClient(TokenStore *tokens, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    QUrl baseUrl() const { return m_baseUrl; }
    bool signedIn() const { return !m_accessToken.isEmpty(); }
    QJsonObject user() const { return m_user; }
    QString accessToken() const { return m_accessToken; }

    // Any request; body is sent as JSON when not empty. With auth, the access token goes along
    // and a 401 renews it once.
    void request(const QByteArray &method, const QString &path, const QJsonObject &body,
                 Callback done, bool auth = true);
    // The same with raw bytes as the body (an avatar picture), sent as `contentType`.
    void requestBytes(const QByteArray &method, const QString &path, const QByteArray &bytes,
                      const QByteArray &contentType, Callback done);

    // The stored refresh token, if any, signs in again (app start). done(true) when signed in.
    void restore(std::function<void(bool)> done);
    // A session answer, or {"twoFactorRequired": true, "challenge"} for completeSecondFactor.
    void signIn(const QString &login, const QString &password, Callback done);
    void completeSecondFactor(const QString &challenge, const QJsonObject &factor, Callback done);
    void registerAccount(const QJsonObject &fields, Callback done);
    // A native app's provider sign-in: the one-time code from the loopback redirect, with the
    // PKCE verifier and that redirect URI, for a session (POST /api/auth/oauth/app-token).
    void exchangeOAuthCode(const QString &code, const QString &codeVerifier,
                           const QUrl &redirectUri, Callback done);
    // Ends the session on the server (best effort) and forgets the tokens.
    void signOut(std::function<void()> done);

    // Step-up (issue 15): requests refused with 403 reauthentication_required wait until the
    // owner proves who they are ({"password"}, {"code"} or {"recoveryCode"}): then they are sent
    // again; cancelling hands them the refusal.
    bool awaitingProof() const { return !m_awaitingProof.empty(); }
    void reauthenticate(const QJsonObject &proof, Callback done);
    void cancelReauthentication();
    // Renews the access token now with the stored refresh token; done(true) on success.
    void refresh(std::function<void(bool)> done);

signals:
    void signedInChanged();
    // The server ended the session (revoked, banned, refresh token refused or reused).
    void sessionEnded();
    // A request waits for a proof of the owner (see reauthenticate()).
    void reauthenticationRequired();

private:
    struct Payload {
        QByteArray bytes;
        QByteArray contentType; // empty: no body
    };
    static Payload jsonPayload(const QJsonObject &body);
    void send(const QByteArray &method, const QString &path, const QJsonObject &body, bool auth,
              Callback done);
    void sendPayload(const QByteArray &method, const QString &path, const Payload &payload,
                     bool auth, Callback done);
    void requestPayload(const QByteArray &method, const QString &path, const Payload &payload,
                        Callback done, bool auth);
    void adopt(const QJsonObject &session, std::function<void()> stored);
    // The server's "this device signed in before" token (issue 15): kept in the settings, per
    // server, across sign-outs (it only spares this device lock-outs caused elsewhere).
    QString deviceTokenKey() const;
    QString deviceToken() const;
    void forget();

    QPointer<TokenStore> m_tokens;
    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QString m_accessToken;
    QJsonObject m_user;
    bool m_refreshing = false;
    struct AwaitingProof {
        QByteArray method;
        QString path;
        Payload payload;
        Callback done;
        ApiAnswer refusal;
    };
    std::vector<AwaitingProof> m_awaitingProof;
    std::vector<std::function<void(bool)>> m_waitingForRefresh;
};

} // namespace transcendence::client
