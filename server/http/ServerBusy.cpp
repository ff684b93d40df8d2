#include "http/ServerBusy.h"

#include "http/ApiError.h"

namespace transcendence::server {

QHttpServerResponse serverBusyResponse(int retryAfterSeconds)
{
    QHttpServerResponse response = ApiError{
        QHttpServerResponder::StatusCode::ServiceUnavailable,
        QStringLiteral("overloaded"),
        QStringLiteral("the server is busy; try again in a moment"),
        {}}.toResponse();
    response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

} // namespace transcendence::server
