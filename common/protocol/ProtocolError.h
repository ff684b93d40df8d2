#pragma once

#include <QString>

namespace transcendence::protocol {

// Stable, snake_case error codes carried by "error" messages; clients switch on them.
namespace error_code {
inline const QString MessageTooLarge = QStringLiteral("message_too_large");
inline const QString MalformedJson = QStringLiteral("malformed_json");
inline const QString MissingType = QStringLiteral("missing_type");
inline const QString UnknownType = QStringLiteral("unknown_type");
inline const QString InvalidField = QStringLiteral("invalid_field");
inline const QString HelloRequired = QStringLiteral("hello_required");
inline const QString UnsupportedVersion = QStringLiteral("unsupported_version");
inline const QString BinaryNotSupported = QStringLiteral("binary_not_supported");
inline const QString InvalidTicket = QStringLiteral("invalid_ticket");
inline const QString SessionEnded = QStringLiteral("session_ended");
inline const QString NotAuthenticated = QStringLiteral("not_authenticated"); // a guest connection
inline const QString TooManyConnections = QStringLiteral("too_many_connections"); // then 4008
} // namespace error_code

struct ProtocolError {
    QString code;
    QString message;
};

} // namespace transcendence::protocol
