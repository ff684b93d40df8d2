#pragma once

#include "auth/RateLimiter.h"
#include "auth/TwoFactorStore.h"
#include "http/ApiError.h"
#include "http/DeferredReply.h"

#include <QObject>

namespace transcendence::server {

class DatabaseWorkers;
class Router;
struct RouteCall;

// /api/auth/2fa/{setup,enable,disable}: turning TOTP two-factor sign-in on and off;
// /api/auth/2fa/email/{start,enable,disable}: the same for codes sent by e-mail. The second
// sign-in step itself is POST /api/auth/login/2fa (AuthRoutes).
class TwoFactorRoutes : public QObject {
    Q_OBJECT
public:
    TwoFactorRoutes(DatabaseWorkers &workers, const TwoFactorKeys &keys, QObject *parent = nullptr);

    void registerRoutes(Router &router);

    // The HTTP answer of a two-factor store's refusal: an account out of second-factor attempts
    // (two_factor_store::tooManyFailures) is 429 with Retry-After, like every rate limit; any
    // other error is ApiError::from's.
    static QHttpServerResponse errorResponse(const DomainError &error);
    // The same once converted (a handler that mixes the store's refusals with its own).
    static QHttpServerResponse errorResponse(const ApiError &error);

private:
    void handleSetup(const RouteCall &call);
    void handleEnable(const RouteCall &call);
    void handleDisable(const RouteCall &call);
    // handleDisable within the attempts' limit: a code or recovery code straight to the store;
    // a password verified on the CPU pool first (auth/PasswordCheck.h).
    void disableWith(const RouteCall &call, const QString &code, const QString &recoveryCode,
                     const QString &password);
    void handleEmailStart(const RouteCall &call);
    void handleEmailEnable(const RouteCall &call);
    void handleEmailDisable(const RouteCall &call);
    void withinAttempts(const RouteCall &call, std::function<void()> then);

    DatabaseWorkers &m_workers;
    const TwoFactorKeys &m_keys;
    RateLimiter m_limits;
};

} // namespace transcendence::server
