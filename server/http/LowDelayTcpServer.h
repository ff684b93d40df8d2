#pragma once

#include "http/HttpConnectionGuard.h"

#include <QTcpServer>

namespace transcendence::server {

// The listener of the HTTP and WebSocket port. Every accepted socket gets TCP_NODELAY before Qt
// wraps it: a game sends a small frame every 16.7 ms, and with Nagle's algorithm a frame waits
// for the ACK of the previous one, which the client's delayed ACK holds back ~40 ms. Qt sockets
// never set it by themselves, and QWebSocket gives no access to its socket once upgraded.
// Each socket also gets its HttpConnectionGuard (size limits and time-outs) before QHttpServer
// sees it, so the guard reads every byte first. Its accept queue is deep (4,096, the kernel's
// usual somaxconn) so a burst of new connections is not dropped.
class LowDelayTcpServer : public QTcpServer {
public:
    explicit LowDelayTcpServer(HttpRequestLimits limits = {}, QObject *parent = nullptr);

    // Where WebSocket upgrades go before QHttpServer sees them (the realtime hub's transport).
    void setWebSocketUpgradeHandler(WebSocketUpgradeHandler handler)
    {
        m_upgrade = std::move(handler);
    }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    HttpRequestLimits m_limits;
    WebSocketUpgradeHandler m_upgrade;
};

// Whether TCP_NODELAY is set on this socket (tests read it off accepted sockets).
bool hasNoDelay(qintptr socketDescriptor);

} // namespace transcendence::server
