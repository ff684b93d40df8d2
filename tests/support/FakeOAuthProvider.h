#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpServer;

namespace transcendence::testing {

// The account the fake provider signs in (it auto-approves, like a user who clicks "Authorize").
struct FakeOAuthUser {
    qint64 id = 4242; // 42 gives an integer id; OIDC gets it as the string "sub"
    QString login = QStringLiteral("marvin");
    QString email = QStringLiteral("marvin@student.42.fr");
    bool emailVerified = true;
    QString displayName = QStringLiteral("Marvin Android");
    QString avatarUrl = QStringLiteral("https://cdn.intra.42.fr/users/marvin.jpg");
};

// A faithful OAuth 2.0 authorization server on 127.0.0.1:<free port>, in-process, for the
// sign-in tests: the authorization-code grant with PKCE (S256 only), as the 42 intra API and
// OIDC providers run it.
//   GET  /oauth/authorize  checks client_id and redirect_uri (exact match, else 400 without
//                          redirecting), then response_type=code and the PKCE challenge (else
//                          302 back with error=...), then 302 back with code+state, or with
//                          error=access_denied when set to deny.
//   POST /oauth/token      form body; client_secret_post or HTTP Basic client authentication;
//                          codes are single use (a replay gets 400 invalid_grant and revokes
//                          the token issued for it), bound to client, redirect_uri and PKCE.
//   GET  /v2/me            the 42 profile, Bearer token required (else 401 invalid_token).
//   GET  /userinfo         the OIDC userinfo, Bearer token required.
class FakeOAuthProvider : public QObject {
    Q_OBJECT

public:
    enum class TokenEndpointFailure {
        None,
        ServerError, // 500 with an HTML body
        GarbageJson, // 200 with a body that is not JSON
        Slow,        // a correct answer, but only after slowDelay
    };

    explicit FakeOAuthProvider(QObject *parent = nullptr);
    ~FakeOAuthProvider() override;

    bool start(); // false (with a qWarning) when no port could be bound
    QUrl baseUrl() const;
    QUrl authorizeUrl() const { return endpoint(QStringLiteral("/oauth/authorize")); }
    QUrl tokenUrl() const { return endpoint(QStringLiteral("/oauth/token")); }
    QUrl fortyTwoUserInfoUrl() const { return endpoint(QStringLiteral("/v2/me")); }
    QUrl oidcUserInfoUrl() const { return endpoint(QStringLiteral("/userinfo")); }

    void registerClient(const QString &clientId, const QString &clientSecret,
                        const QString &redirectUri);
    // The TRANSCENDENCE_OAUTH_<ID>_* variables that configure the server for this fake.
    QHash<QString, QString> environmentFor(const QString &providerId, const QString &profile,
                                           const QString &clientId) const;

    void setUser(const FakeOAuthUser &user) { m_user = user; }
    void setDenyConsent(bool deny) { m_denyConsent = deny; }
    void setTokenEndpointFailure(TokenEndpointFailure failure,
                                 std::chrono::milliseconds slowDelay = std::chrono::seconds(30));

    // How many requests reached a path ("/oauth/token"), whatever the answer.
    int requestCount(const QString &path) const { return m_requestCounts.value(path); }
    int tokensIssued() const { return m_tokensIssued; }

private:
    struct Client {
        QString secret;
        QString redirectUri;
    };
    struct AuthorizationCode {
        QString clientId;
        QString redirectUri;
        QByteArray codeChallenge;
        FakeOAuthUser user;
        qint64 expiresAtMs = 0;
        bool used = false;
        QByteArray accessToken; // issued for this code; revoked when the code is replayed
    };
    struct AccessGrant {
        FakeOAuthUser user;
        qint64 expiresAtMs = 0;
    };

    QUrl endpoint(const QString &path) const;
    void handleAuthorize(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void handleToken(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    struct TokenAnswer {
        int status = 200;
        QByteArray json;
    };
    TokenAnswer tokenAnswer(const QHttpServerRequest &request);
    void handleUserInfo(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                        bool fortyTwoShape);

    QHttpServer *m_http = nullptr;
    QTcpServer *m_listener = nullptr;
    QHash<QString, Client> m_clients;
    QHash<QByteArray, AuthorizationCode> m_codes;
    QHash<QByteArray, AccessGrant> m_tokens;
    QHash<QString, int> m_requestCounts;
    FakeOAuthUser m_user;
    bool m_denyConsent = false;
    TokenEndpointFailure m_tokenFailure = TokenEndpointFailure::None;
    std::chrono::milliseconds m_slowDelay{30'000};
    int m_tokensIssued = 0;
    // Slow answers waiting for their timer; dropped before the server goes away.
    std::vector<std::shared_ptr<QHttpServerResponder>> m_heldResponders;
};

} // namespace transcendence::testing
