#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

class QWebSocket;

namespace transcendence::server {

// One client's WebSocket: enforces the hello handshake, answers heartbeats, refuses malformed,
// oversized, binary or unknown messages with an error message, throttles floods, and drops
// connections that go silent. Later features register their message types with the hub.
class RealtimeSession : public QObject {
    Q_OBJECT
public:
    RealtimeSession(std::unique_ptr<QWebSocket> socket, QString connectionId,
                    QObject *parent = nullptr);
    ~RealtimeSession() override;

    const QString &connectionId() const { return m_connectionId; }
    bool isReady() const { return m_state == State::Ready; }

    void close(int code, const QString &reason);

signals:
    void finished(RealtimeSession *session);

private:
    enum class State { AwaitingHello, Ready, Closing };

    void onTextMessage(const QString &text);
    void onBinaryMessage(const QByteArray &data);
    bool admitMessage();
    void handleHello(const class QJsonObject &body);
    void sendError(const QString &code, const QString &message, const QString &ref = {});
    void sendJson(const QJsonObject &message);

    std::unique_ptr<QWebSocket> m_socket;
    QString m_connectionId;
    State m_state = State::AwaitingHello;
    QTimer m_idleTimer;
    QTimer m_helloTimer;
    QElapsedTimer m_rateWindow;
    int m_messagesInWindow = 0;
    bool m_throttleReported = false;
};

} // namespace transcendence::server
