#pragma once

#include <QByteArray>
#include <QString>

namespace transcendence::server {

// One WebSocket as RealtimeSession sees it: messages in, messages out, a ping for the latency,
// a close. RawWebSocket (ours, on the raw socket) serves every upgrade the listener hands over;
// QtWebSocketTransport wraps a QWebSocket from QHttpServer for the rest (docs/architecture.md,
// "WebSocket transport").
class WebSocketTransport {
public:
    // Told what arrives; onClosed comes once, from the event loop (never from inside a call to
    // the transport), after which the transport does nothing more.
    class Receiver {
    public:
        virtual void onTextMessage(const QByteArray &utf8) = 0;
        virtual void onBinaryMessage(const QByteArray &data) = 0;
        virtual void onPong(qint64 roundTripMs) = 0;
        virtual void onClosed() = 0;

    protected:
        ~Receiver() = default;
    };

    WebSocketTransport() = default;
    WebSocketTransport(const WebSocketTransport &) = delete;
    WebSocketTransport &operator=(const WebSocketTransport &) = delete;
    virtual ~WebSocketTransport() = default;

    virtual void setReceiver(Receiver *receiver) = 0;
    // Messages are queued whole, in order; the bytes are shared, not copied (a snapshot sent to
    // a room's recipients is one buffer).
    virtual void sendText(const QByteArray &utf8) = 0;
    virtual void sendText(const QString &text) = 0;
    virtual void sendBinary(const QByteArray &data) = 0;
    // A ping frame; the client's pong comes back as onPong.
    virtual void ping() = 0;
    // Starts the close handshake (a close frame with this code and reason); nothing is sent
    // after it.
    virtual void close(int code, const QString &reason) = 0;
    // What was handed to the transport and is not yet with the kernel: how far behind the
    // client is.
    virtual qint64 bytesQueued() const = 0;
};

} // namespace transcendence::server
