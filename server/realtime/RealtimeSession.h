#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QJsonObject;
class QWebSocket;

namespace transcendence::server {

// Who a ticket belongs to, once checked (in the database, on a worker).
struct RealtimeIdentity {
    qint64 userId = 0;
    QString authSessionId;
    QString displayName;
};
using TicketCheck = std::function<void(const QByteArray &ticket, QObject *context,
                                       std::function<void(std::optional<RealtimeIdentity>)>)>;

// One client's WebSocket: enforces the hello handshake, answers heartbeats, refuses malformed,
// oversized, binary or unknown messages with an error message, throttles floods, and drops
// connections that go silent. Later features register their message types with the hub.
class RealtimeSession : public QObject {
    Q_OBJECT
public:
    RealtimeSession(std::unique_ptr<QWebSocket> socket, QString connectionId,
                    TicketCheck checkTicket, QObject *parent = nullptr);
    ~RealtimeSession() override;

    const QString &connectionId() const { return m_connectionId; }
    bool isReady() const { return m_state == State::Ready; }
    // Empty for a guest connection.
    const std::optional<RealtimeIdentity> &identity() const { return m_identity; }

    void close(int code, const QString &reason);
    // One message to this client (server pushes from features, e.g. presence).
    void sendJson(const QJsonObject &message);

signals:
    void ready(RealtimeSession *session); // welcomed: identity() is final from here on
    void finished(RealtimeSession *session);

private:
    enum class State { AwaitingHello, Authenticating, Ready, Closing };

    void onTextMessage(const QString &text);
    void onBinaryMessage(const QByteArray &data);
    bool admitMessage();
    void handleHello(const class QJsonObject &body);
    void welcome(const QString &client);
    void sendError(const QString &code, const QString &message, const QString &ref = {});

    std::unique_ptr<QWebSocket> m_socket;
    QString m_connectionId;
    TicketCheck m_checkTicket;
    std::optional<RealtimeIdentity> m_identity;
    State m_state = State::AwaitingHello;
    QTimer m_idleTimer;
    QTimer m_helloTimer;
    QElapsedTimer m_rateWindow;
    int m_messagesInWindow = 0;
    bool m_throttleReported = false;
};

} // namespace transcendence::server
