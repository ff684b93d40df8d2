#pragma once

#include "auth/AccessToken.h"
#include "auth/RateLimiter.h"
#include "auth/SessionStore.h"
#include "auth/TwoFactorStore.h"
#include "http/DeferredReply.h"

#include <QObject>

namespace transcendence::server {

class DatabaseWorkers;
class Router;
struct RouteCall;

// /api/auth/*: register, login, refresh, logout, logout-all, sessions, ws-ticket.
// docs/api/openapi.yaml describes each; docs/security.md the choices.
class AuthRoutes : public QObject {
    Q_OBJECT
public:
    AuthRoutes(DatabaseWorkers &workers, const AccessTokenCodec &tokens,
               const TwoFactorKeys &twoFactorKeys, QStringList allowedOrigins,
               int registrationsPerHour = 10, QObject *parent = nullptr);

    void registerRoutes(Router &router);

    static constexpr const char *kRefreshCookie = "tr_refresh";
    static constexpr const char *kRefreshCookiePath = "/api/auth/refresh";
    static QByteArray refreshCookie(const QByteArray &value, int maxAgeSeconds);

    // The answer to a sign-in: tokens in the body, the refresh token as a cookie for web clients.
    QHttpServerResponse sessionResponse(const IssuedSession &session, bool webClient,
                                        QHttpServerResponder::StatusCode status) const;

    // The same after a sign-in (not a renewal), with a new device token: a cookie for the web
    // (tr_device, HttpOnly, Path=/api/auth/login), "deviceToken" in the body for apps.
    QHttpServerResponse signInResponse(const IssuedSession &session, bool webClient,
                                       QHttpServerResponder::StatusCode status) const;
    static QByteArray deviceCookie(const QByteArray &token);
    QByteArray newDeviceCookie(qint64 userId) const; // a sign-in that ends on a redirect (OAuth)

    // {"twoFactorRequired": true, "challenge", "expiresIn"}: the first factor was accepted (a
    // password, or a provider's sign-in); POST /api/auth/login/2fa finishes.
    // "method": "totp" (the authenticator app) or "email" (a code was just mailed).
    static QHttpServerResponse secondFactorResponse(const two_factor_store::Challenge &challenge);
    const TwoFactorKeys &twoFactorKeys() const { return m_twoFactorKeys; }

signals:
    // Sessions that ended (logout, revocation): their WebSockets must close.
    void sessionsRevoked(const QStringList &sessionIds);
    // A new account with a password (its verification mail goes out: account/AccountRoutes).
    void accountCreated(qint64 userId);

private:
    QHttpServerResponse sessionResponse(const IssuedSession &session, bool webClient,
                                        QHttpServerResponder::StatusCode status,
                                        const QByteArray &deviceToken) const;
    void handleRegister(const RouteCall &call);
    void handleLogin(const RouteCall &call);
    void handleSecondFactor(const RouteCall &call);
    void handleRefresh(const RouteCall &call);
    void handleLogout(const RouteCall &call);
    void handleLogoutAll(const RouteCall &call);
    void logout(const RouteCall &call, bool everywhere);
    void handleListSessions(const RouteCall &call);
    void handleRevokeSession(const RouteCall &call);
    void handleWsTicket(const RouteCall &call);
    void handleReauthenticate(const RouteCall &call);
    // handleReauthenticate within its limit: a password (hash read, Argon2id on the CPU pool,
    // the proof written: auth/PasswordCheck.h) or a code.
    void prove(const RouteCall &call, const QString &password, const QString &code,
               const QString &recoveryCode);

    // then() once every limit allows the request (RateLimiter::check: at once alone, once
    // Redis has answered with several instances); 429 with Retry-After otherwise.
    void withinLimits(const DeferredReplyPtr &reply, QList<RateLimiter::Check> limits,
                      std::function<void()> then);

    DatabaseWorkers &m_workers;
    const AccessTokenCodec &m_tokens;
    const TwoFactorKeys &m_twoFactorKeys;
    QStringList m_allowedOrigins;
    RateLimiter::Rule m_registerPerAddress; // TRANSCENDENCE_REGISTRATIONS_PER_HOUR a client address
    RateLimiter m_limits;
};

} // namespace transcendence::server
