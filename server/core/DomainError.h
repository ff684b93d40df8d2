#pragma once

#include <QJsonObject>
#include <QString>

namespace transcendence::server {

// Why a store refused, in the domain's words: a stable machine code, the English sentence for
// clients that do not know it, and per-field problems ({"displayName": {"code": "taken", ...}}).
// No HTTP here: ApiError::from (http/ApiError.h) is the one mapping to an HTTP answer (status
// per code) and RealtimeSession::sendError(const DomainError &) the one to a WebSocket error.
struct DomainError {
    QString code;
    QString message;
    QJsonObject fields;

    static DomainError notFound(const QString &message); // not_found
    static DomainError conflict(const QString &message,  // conflict
                                const QJsonObject &fields = {});
    static DomainError forbidden(const QString &message); // forbidden
    static DomainError unavailable();                     // database_unavailable
};

namespace domain_error {
inline const QString NotFound = QStringLiteral("not_found");
inline const QString Conflict = QStringLiteral("conflict");
inline const QString Forbidden = QStringLiteral("forbidden");
inline const QString Unavailable = QStringLiteral("database_unavailable");
inline const QString DatabaseError = QStringLiteral("database_error"); // a statement failed
} // namespace domain_error

} // namespace transcendence::server
