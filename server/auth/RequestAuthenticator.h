#pragma once

#include "auth/AccessToken.h"
#include "auth/AccountStore.h"
#include "auth/VerifiedTokenCache.h"
#include "http/ApiError.h"
#include "http/DeferredReply.h"

#include <QObject>

#include <functional>

namespace transcendence::server {

class DatabaseWorkers;
class SessionCache;

// Who is asking: checks "Authorization: Bearer <access token>" on the event loop (cheap), then
// that the token's session is still live and its user not banned (so logout and bans take
// effect at once, not when the token expires): from the SessionCache when it knows the session
// (no query; next runs at once), otherwise with one prepared statement on a worker, whose answer
// then fills the cache. Answers 401/403/503 itself; calls next only for a live session.
class RequestAuthenticator : public QObject {
    Q_OBJECT
public:
    RequestAuthenticator(const AccessTokenCodec &tokens, DatabaseWorkers &workers,
                         QObject *parent = nullptr);

    using Next = std::function<void(const UserRecord &user, const AccessClaims &claims)>;
    void authenticate(const QHttpServerRequest &request, const DeferredReplyPtr &reply, Next next);

    // For routes with Proof::Recent, after authenticate(): next runs only when the session
    // proved its owner recently (auth/StepUp.h); otherwise 403 reauthentication_required.
    void requireRecentProof(const AccessClaims &claims, const DeferredReplyPtr &reply,
                            std::function<void()> next);

    static ApiError unauthenticated(const QString &message = QStringLiteral("sign in first"));

    // Optional, set once before serving (TranscendenceServer): without it every request queries.
    void setSessionCache(SessionCache *cache) { m_cache = cache; }

private:
    VerifiedTokenCache m_tokens;
    DatabaseWorkers &m_workers;
    SessionCache *m_cache = nullptr;
};

} // namespace transcendence::server
