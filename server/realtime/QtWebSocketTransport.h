#pragma once

#include "realtime/WebSocketTransport.h"

#include <QObject>

#include <memory>

class QWebSocket;

namespace transcendence::server {

// A QWebSocket from QHttpServer as a WebSocketTransport: for upgrades the listener does not
// hand over (TRANSCENDENCE_WS_TRANSPORT=qt, or an upgrade pipelined behind another request on
// one connection, which no proxy or browser sends).
class QtWebSocketTransport final : public QObject, public WebSocketTransport {
    Q_OBJECT
public:
    explicit QtWebSocketTransport(std::unique_ptr<QWebSocket> socket);
    ~QtWebSocketTransport() override;

    void setReceiver(Receiver *receiver) override;
    void sendText(const QByteArray &utf8) override;
    void sendText(const QString &text) override;
    void sendBinary(const QByteArray &data) override;
    void ping() override;
    void close(int code, const QString &reason) override;
    qint64 bytesQueued() const override;

private:
    std::unique_ptr<QWebSocket> m_socket;
    Receiver *m_receiver = nullptr;
    bool m_pongConnected = false;
};

} // namespace transcendence::server
