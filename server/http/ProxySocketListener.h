#pragma once

#include "http/HttpConnectionGuard.h"

#include <QHostAddress>
#include <QString>
#include <QTcpServer>

namespace transcendence::server {

// The proxy's own way in: a Unix domain socket (TRANSCENDENCE_HTTP_SOCKET) that nginx connects
// to instead of loopback TCP, so each proxied request costs both sides a Unix-socket write and
// read instead of a trip through the TCP/IP stack (bench/README.md, api_bench). Qt 6.4's
// QHttpServer binds QTcpServers only, but QTcpServer and QTcpSocket work on any stream socket's
// descriptor (Qt's own QLocalSocket is a QTcpSocket on a Unix socket): this server is handed the
// listening descriptor. Every accepted socket gets its HttpConnectionGuard, and as peer address
// kProxySocketPeer, which no TCP connection can have: HttpExchange believes X-Real-IP from it
// (the socket file's mode, 0660, and its folder decide who may connect: the proxy only).
class ProxySocketListener : public QTcpServer {
public:
    explicit ProxySocketListener(HttpRequestLimits limits, QObject *parent = nullptr);
    ~ProxySocketListener() override;

    // Listens at path; a stale socket file there (left by a crash: nothing answers on it) is
    // replaced; a live one or any other file is an error.
    bool listenAt(const QString &path, QString *error);
    QString path() const { return m_path; }
    // Stops accepting and removes the socket file (connections in flight go on).
    void stop();
    // As LowDelayTcpServer's: WebSocket upgrades through the proxy go to our transport too.
    void setWebSocketUpgradeHandler(WebSocketUpgradeHandler handler)
    {
        m_upgrade = std::move(handler);
    }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    HttpRequestLimits m_limits;
    QString m_path;
    WebSocketUpgradeHandler m_upgrade;
};

// The peer address of connections through the proxy socket: "::", the unspecified address.
inline const QHostAddress kProxySocketPeer{QHostAddress::AnyIPv6};

} // namespace transcendence::server
