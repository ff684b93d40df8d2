#pragma once

#include <QDateTime>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QString>

namespace transcendence::server {

// Why chat refused something, in the domain's words (protocol::chat_error codes plus
// invalid_field, forbidden and unavailable). One mapping to HTTP (toResponse) and one to the
// WebSocket (chatSendFailed, built by ChatFeature), so stores never speak HTTP.
struct ChatError {
    QString code;
    QString message;
    qint64 retryAfterMs = 0; // rate_limited
    QDateTime until;         // muted
    QJsonObject fields;      // invalid_field: what is wrong with each field

    QHttpServerResponder::StatusCode httpStatus() const;
    // The JSON error shape, plus retryAfterMs / until beside code and message, and Retry-After.
    QHttpServerResponse toResponse() const;

    static ChatError unavailable();
    static ChatError notFound(const QString &message);
    static ChatError invalidField(const QString &field, const QString &problem);
};

} // namespace transcendence::server
