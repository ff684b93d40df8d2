#include "http/DeferredReply.h"

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

} // namespace transcendence::server
