#include "network/RealtimeClient.h"

#include "network/ServerUrl.h"
#include "protocol/Envelope.h"
#include "protocol/ProtocolError.h"
#include "protocol/ProtocolVersion.h"

#include <QWebSocket>

#include <algorithm>

namespace transcendence::client {

namespace protocol = transcendence::protocol;

namespace {

// A server-dictated interval below this would turn heartbeats into a flood.
constexpr int kMinHeartbeatIntervalMs = 1000;

QString clientName()
{
    return QStringLiteral("qml/") + QStringLiteral(TRANSCENDENCE_VERSION_STRING);
}

} // namespace

RealtimeClient::RealtimeClient(QObject *parent)
    : QObject(parent)
    , m_session(clientName())
{
    m_clock.start();
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &RealtimeClient::openSocket);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &RealtimeClient::sendHeartbeat);
    connect(&m_session, &RealtimeSession::welcomed, this, &RealtimeClient::onWelcomed);
    connect(&m_session, &RealtimeSession::pingMeasured, this, &RealtimeClient::setPingMs);
    connect(&m_session, &RealtimeSession::serverError, this, &RealtimeClient::onServerError);
    connect(&m_session, &RealtimeSession::protocolViolation, this,
            &RealtimeClient::onProtocolViolation);
    connect(&m_session, &RealtimeSession::message, this, &RealtimeClient::messageReceived);
}

RealtimeClient::~RealtimeClient()
{
    closeSocket();
}

void RealtimeClient::setServerUrl(const QUrl &serverUrl)
{
    if (serverUrl == m_serverUrl) {
        return;
    }
    m_serverUrl = serverUrl;
    emit serverUrlChanged();
    closeSocket();
    m_reconnectTimer.stop();
    m_backoff.reset();
    m_refusedByServer = false;
    setLastError({});
    if (!checkServerUrl(serverUrl.toString()).isValid()) {
        setState(ConnectionState::Disconnected);
        return;
    }
    setState(ConnectionState::Connecting);
    openSocket();
}

void RealtimeClient::reconnectNow()
{
    if (!checkServerUrl(m_serverUrl.toString()).isValid()) {
        return;
    }
    closeSocket();
    m_reconnectTimer.stop();
    m_backoff.reset();
    m_refusedByServer = false;
    setState(ConnectionState::Connecting);
    openSocket();
}

void RealtimeClient::openSocket()
{
    closeSocket();
    m_session.reset();
    ++m_socketGeneration;
    // A fresh socket per attempt: nothing from a previous attempt can reach the handlers.
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, &RealtimeClient::onSocketConnected);
    connect(m_socket, &QWebSocket::stateChanged, this,
            [this](QAbstractSocket::SocketState socketState) {
                if (socketState == QAbstractSocket::UnconnectedState) {
                    onSocketUnconnected();
                }
            });
    // Qt 6.4 has no QWebSocket::errorOccurred.
    connect(m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            &RealtimeClient::onSocketError);
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        m_lastReceivedAtMs = m_clock.elapsed();
        m_session.receive(text.toUtf8(), m_clock.elapsed());
    });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &frame) {
        // Binary frames are snapshots, for a connection that asked for them.
        if (!m_session.isWelcomed() || m_agreedEncoding != protocol::SnapshotEncoding::Binary) {
            onProtocolViolation(QStringLiteral("unexpected binary frame"));
            return;
        }
        m_lastReceivedAtMs = m_clock.elapsed();
        ++m_binaryFrames;
        emit binaryMessageReceived(frame);
    });
    m_socket->open(webSocketUrl(m_serverUrl));
}

void RealtimeClient::closeSocket()
{
    m_heartbeatTimer.stop();
    if (m_socket) {
        QWebSocket *socket = m_socket;
        m_socket.clear();
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    setConnectionId({});
    setPingMs(-1);
    if (m_userId != 0) {
        m_userId = 0;
        emit userIdChanged();
    }
}

void RealtimeClient::scheduleReconnect()
{
    closeSocket();
    if (m_refusedByServer) {
        setState(ConnectionState::Disconnected);
        return;
    }
    m_reconnectDelayMs = m_backoff.nextDelayMs();
    m_reconnectTimer.start(m_reconnectDelayMs);
    if (m_state == ConnectionState::Reconnecting) {
        emit stateChanged(); // reconnectDelayMs changed although the state did not
    } else {
        setState(ConnectionState::Reconnecting);
    }
}

void RealtimeClient::onSocketConnected()
{
    m_lastReceivedAtMs = m_clock.elapsed();
    sendHello();
}

void RealtimeClient::sendHello()
{
    if (!m_ticketProvider) {
        m_socket->sendTextMessage(QString::fromUtf8(m_session.helloMessage()));
        return;
    }
    // A ticket lives 30 s and works once: ask for it only now that the socket is open.
    const int generation = m_socketGeneration;
    m_ticketProvider(
        [this, guard = QPointer<RealtimeClient>(this), generation](const QString &ticket) {
            if (!guard || generation != m_socketGeneration || !m_socket) {
                return;
            }
            m_socket->sendTextMessage(QString::fromUtf8(m_session.helloMessage(ticket)));
        });
}

void RealtimeClient::setTicketProvider(TicketProvider provider)
{
    m_ticketProvider = std::move(provider);
}

bool RealtimeClient::send(const QJsonObject &message)
{
    if (!m_socket || !m_session.isWelcomed()) {
        return false;
    }
    m_socket->sendTextMessage(QString::fromUtf8(protocol::serialize(message)));
    return true;
}

bool RealtimeClient::sendMessage(const QString &type, const QVariantMap &fields)
{
    QJsonObject message = QJsonObject::fromVariantMap(fields);
    message.insert(QStringLiteral("type"), type);
    return send(message);
}

void RealtimeClient::onSocketUnconnected()
{
    const int closeCode = m_socket ? int(m_socket->closeCode()) : 0;
    if (closeCode == protocol::kCloseUnsupportedVersion) {
        m_refusedByServer = true;
        setLastError(tr("The server does not support this version of the app (protocol %1). "
                        "Please update the app.")
                         .arg(protocol::kProtocolVersion));
    } else if (closeCode == QWebSocketProtocol::CloseCodeGoingAway) {
        setLastError(tr("The server is restarting."));
    } else if (closeCode == protocol::kCloseHeartbeatTimeout) {
        setLastError(tr("The server stopped hearing from this app and closed the connection."));
    }
    scheduleReconnect();
}

void RealtimeClient::onSocketError(QAbstractSocket::SocketError)
{
    if (m_socket) {
        setLastError(m_socket->errorString());
    }
    // A failed attempt may never reach stateChanged(UnconnectedState) (it was never connected).
    if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState) {
        scheduleReconnect();
    }
}

void RealtimeClient::onWelcomed(const protocol::Welcome &welcome)
{
    m_backoff.reset();
    setLastError({});
    setConnectionId(welcome.connectionId);
    if (m_agreedEncoding != welcome.encoding) {
        m_agreedEncoding = welcome.encoding;
        emit snapshotEncodingChanged();
    }
    if (m_userId != welcome.userId) {
        m_userId = welcome.userId;
        emit userIdChanged();
    }
    setState(ConnectionState::Connected);
    m_heartbeatTimer.start(std::max(welcome.heartbeatIntervalMs, kMinHeartbeatIntervalMs));
    sendHeartbeat();
}

void RealtimeClient::onServerError(const QString &code, const QString &message, const QString &ref)
{
    emit serverErrorReceived(code, message, ref);
    if (code == protocol::error_code::UnsupportedVersion) {
        m_refusedByServer = true;
    }
    setLastError(message.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(message, code));
}

void RealtimeClient::onProtocolViolation(const QString &reason)
{
    setLastError(tr("The server sent an unexpected message: %1").arg(reason));
    if (m_socket) {
        // The close handshake ends in UnconnectedState, which schedules the reconnection.
        m_socket->close(QWebSocketProtocol::CloseCodeProtocolError, reason);
    }
}

void RealtimeClient::sendHeartbeat()
{
    if (!m_socket) {
        return;
    }
    const qint64 now = m_clock.elapsed();
    // Half-open connections (a sleeping laptop, a dropped Wi-Fi) never report an error by
    // themselves: silence longer than the server's own idle timeout means the link is dead.
    if (now - m_lastReceivedAtMs > protocol::kIdleTimeoutMs) {
        setLastError(tr("No answer from the server."));
        scheduleReconnect();
        return;
    }
    m_socket->sendTextMessage(QString::fromUtf8(m_session.pingMessage(now)));
}

QString RealtimeClient::snapshotEncoding() const
{
    return protocol::snapshotEncodingName(
        m_state == ConnectionState::Connected ? m_agreedEncoding : m_session.snapshotEncoding());
}

void RealtimeClient::setSnapshotEncoding(const QString &encoding)
{
    const auto chosen = protocol::snapshotEncodingFromName(encoding);
    if (chosen && *chosen != m_session.snapshotEncoding()) {
        m_session.setSnapshotEncoding(*chosen);
        emit snapshotEncodingChanged();
    }
}

void RealtimeClient::setState(ConnectionState state)
{
    if (m_state != state) {
        m_state = state;
        emit stateChanged();
    }
}

void RealtimeClient::setPingMs(int pingMs)
{
    if (m_pingMs != pingMs) {
        m_pingMs = pingMs;
        emit pingMsChanged();
    }
}

void RealtimeClient::setConnectionId(const QString &connectionId)
{
    if (m_connectionId != connectionId) {
        m_connectionId = connectionId;
        emit connectionIdChanged();
    }
}

void RealtimeClient::setLastError(const QString &lastError)
{
    if (m_lastError != lastError) {
        m_lastError = lastError;
        emit lastErrorChanged();
    }
}

} // namespace transcendence::client
