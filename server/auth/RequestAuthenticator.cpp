#include "auth/RequestAuthenticator.h"

#include "auth/SessionStore.h"
#include "db/DatabaseWorkers.h"

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
    m_workers.run<std::variant<UserRecord, ApiError>>(
        this,
        [claims](QSqlDatabase &db) {
            return session_store::requireLive(db, claims.userId, claims.sessionId);
        },
        [reply, claims, next = std::move(next)](std::variant<UserRecord, ApiError> result) {
            if (const auto *error = std::get_if<ApiError>(&result)) {
                reply->send(error->toResponse());
                return;
            }
            next(std::get<UserRecord>(result), claims);
        });
}

} // namespace transcendence::server
