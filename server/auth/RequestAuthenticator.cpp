#include "auth/RequestAuthenticator.h"

#include "auth/SessionCache.h"
#include "auth/SessionStore.h"
#include "auth/StepUp.h"
#include "db/DatabaseWorkers.h"
#include "http/ServerBusy.h"

namespace transcendence::server {

RequestAuthenticator::RequestAuthenticator(const AccessTokenCodec &tokens, DatabaseWorkers &workers,
                                           QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_workers(workers)
{}

ApiError RequestAuthenticator::unauthenticated(const QString &message)
{
    return {QHttpServerResponder::StatusCode::Unauthorized,
            QStringLiteral("unauthenticated"),
            message,
            {}};
}

void RequestAuthenticator::authenticate(const QHttpServerRequest &request,
                                        const DeferredReplyPtr &reply, Next next)
{
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Bearer ")) {
        auto response = unauthenticated().toResponse();
        response.setHeader("WWW-Authenticate", "Bearer");
        reply->send(std::move(response));
        return;
    }
    const auto verified = m_tokens.verify(header.mid(7).trimmed(), QDateTime::currentDateTimeUtc());
    if (std::holds_alternative<QString>(verified)) {
        auto response = ApiError{
            QHttpServerResponder::StatusCode::Unauthorized,
            QStringLiteral("invalid_token"),
            QStringLiteral("the access token is invalid or expired; refresh it"),
            {}}.toResponse();
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        reply->send(std::move(response));
        return;
    }
    const AccessClaims claims = std::get<AccessClaims>(verified);
    if (m_cache) {
        if (auto user = m_cache->find(claims.sessionId, claims.userId,
                                      QDateTime::currentMSecsSinceEpoch())) {
            next(*user, claims);
            return;
        }
    }
    if (m_workers.isSaturated()) {
        reply->send(serverBusyResponse());
        return;
    }
    struct Checked {
        quint64 generation = 0; // the cache's, read before the query
        std::variant<session_store::LiveSession, DomainError> live;
    };
    SessionCache *cache = m_cache;
    m_workers.run<Checked>(
        this,
        [claims, cache](QSqlDatabase &db) {
            const quint64 generation = cache ? cache->generation() : 0;
            return Checked{generation,
                           session_store::requireLiveSession(db, claims.userId, claims.sessionId)};
        },
        [reply, claims, cache, next = std::move(next)](Checked checked) {
            if (const auto *error = std::get_if<DomainError>(&checked.live)) {
                reply->send(ApiError::from(*error).toResponse());
                return;
            }
            const auto &live = std::get<session_store::LiveSession>(checked.live);
            if (cache) {
                cache->store(claims.sessionId, live.user, live.expiresAt, checked.generation,
                             QDateTime::currentMSecsSinceEpoch());
            }
            next(live.user, claims);
        });
}

void RequestAuthenticator::requireRecentProof(const AccessClaims &claims,
                                              const DeferredReplyPtr &reply,
                                              std::function<void()> next)
{
    if (m_workers.isSaturated()) {
        reply->send(serverBusyResponse());
        return;
    }
    m_workers.run<std::optional<DomainError>>(
        this,
        [sessionId = claims.sessionId](QSqlDatabase &db) {
            return step_up::requireRecent(db, sessionId);
        },
        [reply, next = std::move(next)](std::optional<DomainError> refused) {
            if (refused) {
                reply->send(ApiError::from(*refused).toResponse());
                return;
            }
            next();
        });
}

} // namespace transcendence::server
