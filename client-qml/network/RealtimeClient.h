#pragma once

#include "network/RealtimeSession.h"
#include "network/ReconnectBackoff.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>

class QWebSocket;

namespace transcendence::client {

// The app's WebSocket connection to <serverUrl>/ws: says hello, keeps the connection alive with
// pings (which also measure the round trip), and reconnects with backoff when it drops.
class RealtimeClient : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QUrl serverUrl READ serverUrl WRITE setServerUrl NOTIFY serverUrlChanged)
    Q_PROPERTY(ConnectionState state READ state NOTIFY stateChanged)
    Q_PROPERTY(int pingMs READ pingMs NOTIFY pingMsChanged)
    Q_PROPERTY(QString connectionId READ connectionId NOTIFY connectionIdChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(int reconnectDelayMs READ reconnectDelayMs NOTIFY stateChanged)
    // The account the server welcomed this connection as; 0 for a guest connection.
    Q_PROPERTY(qint64 userId READ userId NOTIFY userIdChanged)
    // How snapshots come: "binary" (the default) or "json", asked for in hello; after the
    // welcome, what the server agreed to (an older server: "json").
    Q_PROPERTY(QString snapshotEncoding READ snapshotEncoding WRITE setSnapshotEncoding NOTIFY
                   snapshotEncodingChanged)

public:
    enum class ConnectionState {
        Disconnected, // no usable URL, or the server refused this client for good
        Connecting,   // first attempt for the current URL
        Connected,    // the server welcomed us
        Reconnecting, // waiting for, or making, another attempt after a failure
    };
    Q_ENUM(ConnectionState)

    explicit RealtimeClient(QObject *parent = nullptr);
    ~RealtimeClient() override;

    QUrl serverUrl() const { return m_serverUrl; }
    void setServerUrl(const QUrl &serverUrl);
    ConnectionState state() const { return m_state; }
    int pingMs() const { return m_pingMs; } // -1 until measured
    QString connectionId() const { return m_connectionId; }
    QString lastError() const { return m_lastError; }
    int reconnectDelayMs() const
    {
        return m_state == ConnectionState::Reconnecting ? m_reconnectDelayMs : 0;
    }

    // Drops the connection and tries again at once (the "Retry now" button).
    Q_INVOKABLE void reconnectNow();

    // Asked for a fresh single-use ticket before every hello; it answers with the ticket, or an
    // empty string for a guest connection. Without a provider every connection is a guest's.
    using TicketProvider = std::function<void(std::function<void(const QString &ticket)>)>;
    void setTicketProvider(TicketProvider provider);
    qint64 userId() const { return m_userId; }
    QString snapshotEncoding() const;
    void setSnapshotEncoding(const QString &encoding); // from the next hello on
    // Binary frames received since this object was created (snapshots).
    Q_INVOKABLE int binaryFramesReceived() const { return m_binaryFrames; }

    // Sends one message (an object with "type") once welcomed; false when not connected.
    bool send(const QJsonObject &message);
    // The same for QML: {"type": type} plus fields.
    Q_INVOKABLE bool sendMessage(const QString &type, const QVariantMap &fields = {});

signals:
    void serverUrlChanged();
    void stateChanged();
    void pingMsChanged();
    void connectionIdChanged();
    void lastErrorChanged();
    void userIdChanged();
    void snapshotEncodingChanged();
    // A binary frame from the server after the welcome: a binary snapshot
    // (protocol/BinarySnapshot.h).
    void binaryMessageReceived(const QByteArray &frame);
    // Every feature message from the server (anything but welcome, pong and error).
    void messageReceived(const QString &type, const QJsonObject &message);
    // A server "error" message (e.g. a refused play request); ref is the type of the message it
    // answers.
    void serverErrorReceived(const QString &code, const QString &message, const QString &ref);

private:
    void openSocket();
    void closeSocket();
    void scheduleReconnect();
    void onSocketConnected();
    void onSocketUnconnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void onWelcomed(const transcendence::protocol::Welcome &welcome);
    void onServerError(const QString &code, const QString &message, const QString &ref);
    void onProtocolViolation(const QString &reason);
    void sendHeartbeat();
    void sendHello();

    void setState(ConnectionState state);
    void setPingMs(int pingMs);
    void setConnectionId(const QString &connectionId);
    void setLastError(const QString &lastError);

    QUrl m_serverUrl;
    ConnectionState m_state = ConnectionState::Disconnected;
    int m_pingMs = -1;
    QString m_connectionId;
    QString m_lastError;
    int m_reconnectDelayMs = 0;
    bool m_refusedByServer = false; // e.g. unsupported protocol version: retrying cannot help

    QPointer<QWebSocket> m_socket;
    RealtimeSession m_session;
    ReconnectBackoff m_backoff;
    QTimer m_reconnectTimer;
    QTimer m_heartbeatTimer;
    QElapsedTimer m_clock;
    TicketProvider m_ticketProvider;
    qint64 m_userId = 0;
    protocol::SnapshotEncoding m_agreedEncoding = protocol::SnapshotEncoding::Json;
    int m_binaryFrames = 0;
    int m_socketGeneration = 0; // a ticket arriving for an earlier socket is dropped
    qint64 m_lastReceivedAtMs = 0;
};

} // namespace transcendence::client
