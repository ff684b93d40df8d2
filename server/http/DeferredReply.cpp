#include "http/DeferredReply.h"

#include "http/ApiError.h"

namespace transcendence::server {

DeferredReply::DeferredReply(HttpExchange exchange, QHttpServerResponder &&responder)
    : m_exchange(std::move(exchange))
    , m_socket(responder.socket())
{
    m_responder.emplace(std::move(responder));
}

void DeferredReply::send(QHttpServerResponse response)
{
    if (!m_responder) {
        return;
    }
    if (m_socket) {
        m_exchange.send(std::move(*m_responder), std::move(response));
    }
    m_responder.reset();
}

bool requireMethod(const QHttpServerRequest &request, const DeferredReplyPtr &reply,
                   std::initializer_list<QHttpServerRequest::Method> methods)
{
    QByteArrayList allowed;
    for (const QHttpServerRequest::Method method : methods) {
        if (request.method() == method) {
            return true;
        }
        allowed << HttpExchange::methodName(method).toLatin1();
    }
    reply->send(ApiError::methodNotAllowedResponse(reply->exchange().method(), allowed.join(", ")));
    return false;
}

} // namespace transcendence::server
