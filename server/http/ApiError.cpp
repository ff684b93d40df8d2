#include "http/ApiError.h"

#include <QHash>

namespace transcendence::server {

QJsonObject ApiError::toJson() const
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!fields.isEmpty()) {
        error.insert(QStringLiteral("fields"), fields);
    }
    return {{QStringLiteral("error"), error}};
}

QHttpServerResponse ApiError::toResponse() const
{
    return QHttpServerResponse(toJson(), status);
}

ApiError ApiError::from(const DomainError &error)
{
    using Status = QHttpServerResponder::StatusCode;
    static const QHash<QString, Status> statusOf{
        {domain_error::NotFound, Status::NotFound},
        {domain_error::Conflict, Status::Conflict},
        {domain_error::Forbidden, Status::Forbidden},
        {domain_error::Unavailable, Status::ServiceUnavailable},
        {domain_error::DatabaseError, Status::ServiceUnavailable},
        {QStringLiteral("validation_failed"), Status::UnprocessableEntity},
        {QStringLiteral("internal_error"), Status::InternalServerError},
        // Refusals because of the current state, named by the store that refuses.
        {QStringLiteral("cannot_ban_yourself"), Status::Conflict},
        {QStringLiteral("already_banned"), Status::Conflict},
        {QStringLiteral("not_banned"), Status::Conflict},
        {QStringLiteral("last_admin"), Status::Conflict},
        {QStringLiteral("already_friends"), Status::Conflict},
        {QStringLiteral("blocked"), Status::Conflict},
        {QStringLiteral("not_accepting_requests"), Status::Conflict},
        {QStringLiteral("request_pending"), Status::Conflict},
        {QStringLiteral("already_blocked"), Status::Conflict},
        {QStringLiteral("tournament_is_local"), Status::Conflict},
        {QStringLiteral("tournament_not_open"), Status::Conflict},
        {QStringLiteral("already_joined"), Status::Conflict},
        {QStringLiteral("tournament_full"), Status::Conflict},
        {QStringLiteral("tournament_over"), Status::Conflict},
        {QStringLiteral("not_joined"), Status::Conflict},
        {QStringLiteral("not_enough_players"), Status::Conflict},
        {QStringLiteral("match_not_ready"), Status::Conflict},
        // Accounts and sign-in (auth stores): who may not go on, and why.
        {QStringLiteral("invalid_refresh_token"), Status::Unauthorized},
        {QStringLiteral("refresh_token_reused"), Status::Unauthorized},
        {QStringLiteral("session_revoked"), Status::Unauthorized},
        {QStringLiteral("invalid_challenge"), Status::Unauthorized},
        {QStringLiteral("invalid_second_factor"), Status::Unauthorized},
        {QStringLiteral("account_banned"), Status::Forbidden},
        {QStringLiteral("reauthentication_required"), Status::Forbidden},
        {QStringLiteral("rate_limited"), Status::TooManyRequests},
        {QStringLiteral("two_factor_already_enabled"), Status::Conflict},
        {QStringLiteral("two_factor_setup_required"), Status::Conflict},
        {QStringLiteral("two_factor_not_enabled"), Status::Conflict},
        {QStringLiteral("email_not_verified"), Status::Conflict},
        {QStringLiteral("email_in_use"), Status::Conflict},
        {QStringLiteral("username_unavailable"), Status::Conflict},
        {QStringLiteral("identity_in_use"), Status::Conflict},
        {QStringLiteral("provider_already_linked"), Status::Conflict},
        {QStringLiteral("last_sign_in_method"), Status::Conflict},
        {QStringLiteral("admin_name_taken"), Status::Conflict},
        {QStringLiteral("already_recorded"), Status::Conflict},
        // A stored match that cannot be read back: the server's fault, not the client's.
        {QStringLiteral("replay_unreadable"), Status::InternalServerError},
    };
    // A code without an entry is a refusal the client can act on.
    return {statusOf.value(error.code, Status::BadRequest), error.code, error.message,
            error.fields};
}

ApiError ApiError::notFound(const QString &path)
{
    return {QHttpServerResponder::StatusCode::NotFound,
            QStringLiteral("not_found"),
            QStringLiteral("no API endpoint at %1").arg(path.left(200)),
            {}};
}

ApiError ApiError::methodNotAllowed(const QString &method)
{
    return {QHttpServerResponder::StatusCode::MethodNotAllowed,
            QStringLiteral("method_not_allowed"),
            QStringLiteral("method %1 is not allowed here").arg(method.left(20)),
            {}};
}

QHttpServerResponse ApiError::methodNotAllowedResponse(const QString &method,
                                                       const QByteArray &allow)
{
    QHttpServerResponse response = methodNotAllowed(method).toResponse();
    response.setHeader("Allow", allow);
    return response;
}

} // namespace transcendence::server
