#pragma once

#include "http/HttpExchange.h"

#include <QPointer>
#include <QTcpSocket>

#include <initializer_list>
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

// True when the request uses one of the methods; otherwise answers 405 with the Allow header
// (HTTP requires it) and returns false. Qt 6.4's router picks a rule by path only, so every
// handler checks its methods itself.
bool requireMethod(const QHttpServerRequest &request, const DeferredReplyPtr &reply,
                   std::initializer_list<QHttpServerRequest::Method> methods);

} // namespace transcendence::server
