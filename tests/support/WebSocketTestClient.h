#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QWebSocket>

namespace transcendence::testing {

// A WebSocket peer for tests: connect, send, and wait for the next message or the close.
class WebSocketTestClient : public QObject {
    Q_OBJECT
public:
    explicit WebSocketTestClient(const QString &origin = {});

    bool open(const QString &url, int timeoutMs = 10'000);
    void sendJson(const QJsonObject &message);
    void sendText(const QString &text);
    void sendBinary(const QByteArray &data);
    // Closes normally (1000), as a client leaving the page would.
    void close() { m_socket.close(); }

    // The next message received (waits up to timeoutMs); empty object if none came.
    QJsonObject next(int timeoutMs = 5'000);
    // Waits until the server closes; returns its close code (-1 if still open).
    int waitForClose(int timeoutMs = 5'000);
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QString closeReason() const { return m_socket.closeReason(); }

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_received;
    bool m_closed = false;
};

} // namespace transcendence::testing
