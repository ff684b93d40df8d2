#pragma once

#include "core/DomainError.h"
#include "core/FieldProblem.h"

#include <QHttpServerResponse>
#include <QJsonObject>
#include <QString>

namespace transcendence::server {

// The one JSON error shape of every non-2xx API answer:
// {"error":{"code":"snake_case","message":"...",
//           "fields":{"field":{"code":"taken","message":"is already taken"}}}}
struct ApiError {
    QHttpServerResponder::StatusCode status;
    QString code;
    QString message;
    QJsonObject fields; // only for validation errors

    QJsonObject toJson() const;
    QHttpServerResponse toResponse() const;

    // The one mapping from a store's DomainError to HTTP: the status follows the code.
    static ApiError from(const DomainError &error);

    static ApiError notFound(const QString &path);
    static ApiError methodNotAllowed(const QString &method);
    // 405 with the Allow header that HTTP requires on it.
    static QHttpServerResponse methodNotAllowedResponse(const QString &method,
                                                        const QByteArray &allow = "GET, HEAD");
};

} // namespace transcendence::server
