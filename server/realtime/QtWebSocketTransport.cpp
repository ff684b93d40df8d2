#include "realtime/QtWebSocketTransport.h"

#include "protocol/ProtocolVersion.h"

#include <QWebSocket>

#include <algorithm>

namespace transcendence::server {

QtWebSocketTransport::QtWebSocketTransport(std::unique_ptr<QWebSocket> socket)
    : m_socket(std::move(socket))
{
    // Frames a bit larger than the protocol limit still get a readable error; far larger ones
    // make QWebSocket close the connection (1009) without buffering them.
    m_socket->setMaxAllowedIncomingMessageSize(quint64(protocol::kMaxMessageBytes) * 4);
    m_socket->setMaxAllowedIncomingFrameSize(quint64(protocol::kMaxMessageBytes) * 4);
}

QtWebSocketTransport::~QtWebSocketTransport()
{
    // Nothing the socket says while it is destroyed reaches a half-destroyed receiver.
    m_socket->disconnect(this);
}

void QtWebSocketTransport::setReceiver(Receiver *receiver)
{
    m_receiver = receiver;
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this,
            [this](const QString &text) { m_receiver->onTextMessage(text.toUtf8()); });
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray &data) { m_receiver->onBinaryMessage(data); });
    // Queued: never from inside close().
    connect(
        m_socket.get(), &QWebSocket::disconnected, this, [this] { m_receiver->onClosed(); },
        Qt::QueuedConnection);
}

void QtWebSocketTransport::sendText(const QByteArray &utf8)
{
    m_socket->sendTextMessage(QString::fromUtf8(utf8));
}

void QtWebSocketTransport::sendText(const QString &text)
{
    m_socket->sendTextMessage(text);
}

void QtWebSocketTransport::sendBinary(const QByteArray &data)
{
    m_socket->sendBinaryMessage(data);
}

void QtWebSocketTransport::ping()
{
    if (!m_pongConnected) {
        // Connected on the first measurement: most connections (idle ones) never need it.
        m_pongConnected = true;
        connect(m_socket.get(), &QWebSocket::pong, this,
                [this](quint64 elapsedMs, const QByteArray &) {
                    m_receiver->onPong(qint64(std::min<quint64>(elapsedMs, 60'000)));
                });
    }
    m_socket->ping();
}

void QtWebSocketTransport::close(int code, const QString &reason)
{
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

qint64 QtWebSocketTransport::bytesQueued() const
{
    return m_socket->bytesToWrite();
}

} // namespace transcendence::server
