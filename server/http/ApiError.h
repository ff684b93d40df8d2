#pragma once

#include "core/DomainError.h"

#include <QHttpServerResponse>
#include <QJsonObject>
#include <QString>

namespace transcendence::server {

// One problem of one request field: a stable machine code the clients translate ("taken",
// "too_long", ...; docs/api/openapi.yaml lists them), the server's English sentence for clients
// that do not know the code, and the numbers a translation needs ({"max": 20}).
struct FieldProblem {
    QString code;
    QString message;
    QJsonObject limits;

    bool isEmpty() const { return code.isEmpty(); }
    QJsonObject toJson() const;

    static FieldProblem required();
    static FieldProblem tooLong(int max);
    static FieldProblem tooShort(int min);
    static FieldProblem notString();
    static FieldProblem taken();
    // A problem without a more specific code: clients show the message.
    static FieldProblem invalid(const QString &message);
};

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
