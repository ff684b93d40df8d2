#pragma once

#include "http/HttpExchange.h"

#include <QPointer>
#include <QTcpSocket>

#include <memory>
#include <optional>

namespace transcendence::server {

// A request answered later, from the event-loop thread, after work elsewhere (a worker thread,
// a check in flight). Qt 6.4's QFuture handlers are unsafe (they keep a raw socket pointer); this
// keeps the responder itself and a guard on its socket, so an answer to a client that hung up is
// dropped instead of written to a deleted socket.
class DeferredReply {
public:
    DeferredReply(HttpExchange exchange, QHttpServerResponder &&responder);

    const HttpExchange &exchange() const { return m_exchange; }
    bool isPending() const { return m_responder.has_value(); }
    void send(QHttpServerResponse response); // at most once; later calls are ignored

private:
    HttpExchange m_exchange;
    std::optional<QHttpServerResponder> m_responder;
    QPointer<QTcpSocket> m_socket;
};

using DeferredReplyPtr = std::shared_ptr<DeferredReply>;

inline DeferredReplyPtr deferReply(const QHttpServerRequest &request,
                                   QHttpServerResponder &&responder)
{
    return std::make_shared<DeferredReply>(HttpExchange(request), std::move(responder));
}

} // namespace transcendence::server
