#pragma once

#include "app/FeatureContext.h"
#include "auth/AccountStore.h"
#include "auth/RateLimiter.h"
#include "http/DeferredReply.h"

#include <QObject>

namespace transcendence::server {

class Router;
struct RouteCall;

// GDPR, for the signed-in user:
//   GET  /api/users/me/export      everything the platform keeps about you, as JSON
//   POST /api/users/me/anonymize   {password?}  personal data replaced; results stay, anonymous
//   POST /api/users/me/delete      {password?}  the account and its data erased
// The two destructive ones need the password, or, for accounts that only sign in through a
// provider, a sign-in within the last 10 minutes. Both end every session and close its sockets.
class PrivacyRoutes : public QObject {
    Q_OBJECT
public:
    PrivacyRoutes(FeatureContext context, QObject *parent = nullptr);
    void registerRoutes(Router &router);

private:
    enum class Removal { Anonymize, Erase };
    void handleExport(const RouteCall &call);
    void handleAnonymize(const RouteCall &call);
    void handleErase(const RouteCall &call);
    void remove(const RouteCall &call, Removal removal);
    // Within the attempts' limit: the password (or a recent sign-in) checked, then removeAccount.
    void proveOwner(const RouteCall &call, Removal removal, const QString &password);
    // Once proven (verified: the password hash checked, empty when the proof was a recent
    // sign-in), on a SQL worker.
    void removeAccount(const DeferredReplyPtr &reply, const UserRecord &user, Removal removal,
                       const QByteArray &verified);

    FeatureContext m_context;
    RateLimiter m_limits;
};

void registerPrivacyFeature(const FeatureContext &context);

} // namespace transcendence::server
