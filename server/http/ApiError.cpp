#include "http/ApiError.h"

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
