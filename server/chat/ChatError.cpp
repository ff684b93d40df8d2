#include "chat/ChatError.h"

#include "http/ApiError.h"
#include "protocol/ChatMessages.h"

namespace transcendence::server {

using namespace Qt::StringLiterals;
using Status = QHttpServerResponder::StatusCode;
namespace chat_error = protocol::chat_error;

QHttpServerResponder::StatusCode ChatError::httpStatus() const
{
    if (code == chat_error::RateLimited || code == chat_error::Flooding) {
        return Status::TooManyRequests;
    }
    if (code == chat_error::Blocked || code == chat_error::Muted || code == chat_error::NotMember ||
        code == u"forbidden"_s) {
        return Status::Forbidden;
    }
    if (code == chat_error::NotFound) {
        return Status::NotFound;
    }
    if (code == chat_error::AlreadyReported) {
        return Status::Conflict;
    }
    if (code == chat_error::Unavailable) {
        return Status::ServiceUnavailable;
    }
    return Status::BadRequest; // text_empty, text_too_long, invalid_field
}

QHttpServerResponse ChatError::toResponse() const
{
    QJsonObject error{{u"code"_s, code}, {u"message"_s, message}};
    if (!fields.isEmpty()) {
        error.insert(u"fields"_s, fields);
    }
    if (retryAfterMs > 0) {
        error.insert(u"retryAfterMs"_s, retryAfterMs);
    }
    if (until.isValid()) {
        error.insert(u"until"_s, until.toUTC().toString(Qt::ISODateWithMs));
    }
    QHttpServerResponse response(QJsonObject{{u"error"_s, error}}, httpStatus());
    if (retryAfterMs > 0) {
        response.setHeader("Retry-After", QByteArray::number((retryAfterMs + 999) / 1000));
    }
    if (code == chat_error::Unavailable) {
        response.setHeader("Retry-After", "1");
    }
    return response;
}

ChatError ChatError::unavailable()
{
    return {chat_error::Unavailable,
            u"the service is temporarily unavailable; try again shortly"_s,
            0,
            {},
            {}};
}

ChatError ChatError::notFound(const QString &message)
{
    return {chat_error::NotFound, message, 0, {}, {}};
}

ChatError ChatError::invalidField(const QString &field, const QString &problem)
{
    return {protocol::error_code::InvalidField,
            u"%1 %2"_s.arg(field, problem),
            0,
            {},
            QJsonObject{{field, FieldProblem::invalid(problem).toJson()}}};
}

} // namespace transcendence::server
