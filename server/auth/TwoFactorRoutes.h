#pragma once

#include "auth/RateLimiter.h"
#include "auth/TwoFactorStore.h"
#include "http/DeferredReply.h"

#include <QObject>

class QHttpServer;

namespace transcendence::server {

class DatabaseWorkers;
class RequestAuthenticator;

// /api/auth/2fa/{setup,enable,disable}: turning TOTP two-factor sign-in on and off. The second
// sign-in step itself is POST /api/auth/login/2fa (AuthRoutes).
class TwoFactorRoutes : public QObject {
    Q_OBJECT
public:
    TwoFactorRoutes(DatabaseWorkers &workers, RequestAuthenticator &authenticator,
                    const TwoFactorKeys &keys, QObject *parent = nullptr);

    void registerRoutes(QHttpServer &server);

private:
    void handleSetup(const QHttpServerRequest &request, const DeferredReplyPtr &reply);
    void handleEnable(const QHttpServerRequest &request, const DeferredReplyPtr &reply);
    void handleDisable(const QHttpServerRequest &request, const DeferredReplyPtr &reply);

    DatabaseWorkers &m_workers;
    RequestAuthenticator &m_authenticator;
    const TwoFactorKeys &m_keys;
    RateLimiter m_limits;
};

} // namespace transcendence::server
