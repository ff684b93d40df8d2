#include "realtime/RealtimeHub.h"

#include "app/StructuredLog.h"
#include "cluster/EventBus.h"
#include "http/ApiError.h"
#include "http/HttpExchange.h"
#include "metrics/ServerMetrics.h"
#include "protocol/Envelope.h"
#include "protocol/ProtocolVersion.h"
#include "realtime/QtWebSocketTransport.h"
#include "realtime/RawWebSocket.h"
#include "realtime/WebSocketFrames.h"
#include "realtime/WebSocketHandshake.h"

#include <QHttpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace transcendence::server {

RealtimeHub::RealtimeHub(QHttpServer &server, QStringList allowedOrigins, TicketCheck checkTicket,
                         QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_allowedOrigins(std::move(allowedOrigins))
{
    m_shared.checkTicket = std::move(checkTicket);
    m_shared.dispatch = [this](RealtimeSession *from, const protocol::Envelope &envelope) {
        return dispatch(from, envelope);
    };
    m_shared.admission = [this](const RealtimeIdentity &identity) {
        return m_byUser.count(identity.userId) >= m_limits.connectionsPerAccount
                   ? QStringLiteral("too many connections for this account")
                   : QString();
    };
    m_shared.guestIdleLimitMs = m_limits.guestIdleSeconds * 1000;
    m_shared.sweep = &m_sweep;
    m_shared.onReady = [this](RealtimeSession *session) {
        onSessionReady(session);
    };
    m_shared.onFinished = [this](RealtimeSession *session) {
        onSessionFinished(session);
    };
    // Deadlines are looked at one slot late at most (a quarter second).
    m_sweepTimer.setInterval(int(m_sweep.slotMs()));
    connect(&m_sweepTimer, &QTimer::timeout, this, [this] {
        m_sweep.advance();
        if (m_sweep.size() == 0) {
            m_sweepTimer.stop();
        }
    });

    server.route(QStringLiteral("/ws"), [](const QHttpServerRequest &request,
                                           QHttpServerResponder &&responder) {
        if (request.value("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0) {
            return; // QAbstractHttpServer completes the handshake and emits newWebSocketConnection
        }
        const HttpExchange exchange(request);
        auto response = ApiError{
            QHttpServerResponder::StatusCode::UpgradeRequired,
            QStringLiteral("upgrade_required"),
            QStringLiteral("/ws only accepts WebSocket connections"),
            {}}.toResponse();
        response.setHeader("Upgrade", "websocket");
        exchange.send(std::move(responder), std::move(response));
    });
    connect(&server, &QHttpServer::newWebSocketConnection, this, &RealtimeHub::acceptPending);
}

RealtimeHub::~RealtimeHub()
{
    // Sessions refer to m_shared and m_sweep: they go first.
    qDeleteAll(findChildren<RealtimeSession *>(Qt::FindDirectChildrenOnly));
}

void RealtimeHub::setLimits(RealtimeLimits limits)
{
    m_limits = limits;
    m_shared.guestIdleLimitMs = m_limits.guestIdleSeconds * 1000;
}

namespace {

// A refused WebSocket, kept until its close handshake is over.
struct ClosingTransport final : WebSocketTransport::Receiver {
    std::unique_ptr<WebSocketTransport> transport;
    void onTextMessage(const QByteArray &) override {}
    void onBinaryMessage(const QByteArray &) override {}
    void onPong(qint64) override {}
    void onClosed() override
    {
        QTimer::singleShot(0, [this] { delete this; }); // not inside the transport's own call
    }
};

} // namespace

void RealtimeHub::acceptPending()
{
    while (m_server.hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_server.nextPendingWebSocketConnection();
        if (!socket) {
            continue;
        }
        const QString origin = socket->origin();
        const QString address = HttpExchange::clientAddressOf(
            socket->peerAddress(), socket->request().rawHeader("X-Real-IP"));
        admit(std::make_unique<QtWebSocketTransport>(std::move(socket)), origin, address,
              QStringLiteral("qt"));
    }
}

bool RealtimeHub::takeUpgrade(QTcpSocket &socket, QByteArrayView head)
{
    const auto request = websocket::parseUpgradeRequest(head);
    if (!request || request->path != "/ws" || socket.bytesToWrite() > 0) {
        return false; // another path; or answers still to write: QHttpServer's to finish
    }
    // Our own descriptor of the connection: Qt's goes with its socket (abort() closes it, after
    // taking it out of the event dispatcher; the connection lives on in ours).
    const int fd = ::fcntl(int(socket.socketDescriptor()), F_DUPFD_CLOEXEC, 0);
    if (fd < 0) {
        return false;
    }
    const QByteArray leftover = socket.readAll().mid(head.size());
    const QHostAddress peer = socket.peerAddress();
    QObject::disconnect(&socket, &QTcpSocket::readyRead, nullptr, nullptr);
    socket.abort();

    const websocket::UpgradeAnswer answer = websocket::answerUpgrade(*request);
    if (!answer.accepted) {
        StructuredLog::warning(
            QStringLiteral("ws_upgrade_refused"),
            {{QStringLiteral("remote"), peer.toString()},
             {QStringLiteral("status"), QString::fromLatin1(answer.response.mid(9, 3))}});
        // A few hundred bytes to a socket that has just spoken: the kernel takes them at once.
        ::send(fd, answer.response.constData(), std::size_t(answer.response.size()),
               MSG_NOSIGNAL | MSG_DONTWAIT);
        ::shutdown(fd, SHUT_WR);
        ::close(fd);
        return true;
    }
    auto transport = std::make_unique<RawWebSocket>(fd, qint64(protocol::kMaxMessageBytes) * 4,
                                                    answer.response, leftover);
    admit(std::move(transport), QString::fromUtf8(request->header("origin")),
          HttpExchange::clientAddressOf(peer, request->header("x-real-ip")), QStringLiteral("raw"));
    return true;
}

void RealtimeHub::refuse(std::unique_ptr<WebSocketTransport> transport, int code,
                         const QString &reason)
{
    auto *closing = new ClosingTransport;
    closing->transport = std::move(transport);
    closing->transport->setReceiver(closing);
    closing->transport->close(code, reason);
}

void RealtimeHub::admit(std::unique_ptr<WebSocketTransport> transport, const QString &origin,
                        const QString &address, const QString &transportName)
{
    // Browsers always send Origin: refuse pages of other sites (cross-site WebSocket
    // hijacking). Native clients send none and authenticate with their own ticket.
    if (m_closing || (!origin.isEmpty() && !m_allowedOrigins.contains(origin))) {
        StructuredLog::warning(
            QStringLiteral("ws_refused"),
            {{QStringLiteral("origin"), origin.left(200)},
             {QStringLiteral("reason"),
              m_closing ? QStringLiteral("shutting down") : QStringLiteral("origin not allowed")}});
        refuse(std::move(transport),
               m_closing ? websocket::close_code::GoingAway
                         : websocket::close_code::PolicyViolation,
               m_closing ? QStringLiteral("server shutting down")
                         : QStringLiteral("origin not allowed"));
        return;
    }
    if (m_perAddress.value(address) >= m_limits.connectionsPerAddress) {
        StructuredLog::warning(
            QStringLiteral("ws_refused"),
            {{QStringLiteral("remote"), address},
             {QStringLiteral("reason"), QStringLiteral("too many connections from this address")}});
        refuse(std::move(transport), protocol::kCloseTooManyConnections,
               QStringLiteral("too many connections from this address"));
        return;
    }
    ++m_perAddress[address];
    const QString connectionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto *session =
        new RealtimeSession(std::move(transport), connectionId, address, m_shared, this);
    m_sessions.insert(connectionId, session);
    if (!m_sweepTimer.isActive()) {
        m_sweepTimer.start();
    }
    StructuredLog::info(QStringLiteral("ws_connected"),
                        {{QStringLiteral("connectionId"), connectionId},
                         {QStringLiteral("remote"), address},
                         {QStringLiteral("transport"), transportName},
                         {QStringLiteral("sessions"), m_sessions.size()}});
}

RealtimeSession *RealtimeHub::session(const QString &connectionId) const
{
    return m_sessions.value(connectionId, nullptr);
}

void RealtimeHub::registerHandler(const QString &type, HandlerAccess access, MessageHandler handler)
{
    Q_ASSERT(!m_handlers.contains(type));
    m_handlers.insert(type, RegisteredHandler{access, std::move(handler)});
}

bool RealtimeHub::dispatch(RealtimeSession *session, const protocol::Envelope &envelope)
{
    const auto handler = m_handlers.constFind(envelope.type);
    if (handler == m_handlers.cend()) {
        return false;
    }
    if (handler->access == HandlerAccess::SignedInOnly && !session->identity()) {
        session->sendError(protocol::error_code::NotAuthenticated,
                           QStringLiteral("sign in first: send a ticket in hello"), envelope.type);
        return true;
    }
    handler->handle(session, envelope);
    return true;
}

void RealtimeHub::onSessionFinished(RealtimeSession *session)
{
    if (m_sessions.remove(session->connectionId()) == 0) {
        return;
    }
    if (auto count = m_perAddress.find(session->clientAddress());
        count != m_perAddress.end() && --*count <= 0) {
        m_perAddress.erase(count);
    }
    if (session->wasWelcomed()) {
        metrics::webSocketClosed(session->identity().has_value());
    }
    if (session->identity() && m_byUser.remove(session->identity()->userId, session) > 0) {
        emit authenticatedSessionEnded(session->identity()->userId, session->connectionId());
    }
    StructuredLog::info(QStringLiteral("ws_disconnected"),
                        {{QStringLiteral("connectionId"), session->connectionId()},
                         {QStringLiteral("sessions"), m_sessions.size()}});
    session->deleteLater();
    if (m_closing && m_sessions.isEmpty()) {
        emit allClosed();
    }
}

void RealtimeHub::onSessionReady(RealtimeSession *session)
{
    if (m_sessions.contains(session->connectionId())) {
        metrics::webSocketWelcomed(session->identity().has_value());
    }
    if (!session->identity() || !m_sessions.contains(session->connectionId())) {
        return; // guests have no presence
    }
    m_byUser.insert(session->identity()->userId, session);
    emit authenticatedSessionReady(session->identity()->userId, session->connectionId());
}

void RealtimeHub::sendToUser(qint64 userId, const QJsonObject &message)
{
    const auto sessions = m_byUser.values(userId);
    for (RealtimeSession *session : sessions) {
        session->sendJson(message);
    }
}

int RealtimeHub::sendSerializedToUser(qint64 userId, const QByteArray &utf8, const QString &except)
{
    // The same bytes for every recipient (our transport queues them shared, never copied).
    int sent = 0;
    for (auto it = m_byUser.constFind(userId); it != m_byUser.cend() && it.key() == userId; ++it) {
        if (it.value()->connectionId() != except) {
            it.value()->sendSerialized(utf8);
            ++sent;
        }
    }
    return sent;
}

void RealtimeHub::setEventBus(EventBus &bus)
{
    m_bus = &bus;
    // "<user id>,<user id>...;<except connection>\n<message>"
    bus.subscribe(QStringLiteral("user"), [this](const QByteArray &payload) {
        m_busLocalSends = 0;
        const qsizetype header = payload.indexOf('\n');
        if (header < 0) {
            return;
        }
        const QByteArrayView head = QByteArrayView(payload).first(header);
        const qsizetype separator = head.indexOf(';');
        if (separator < 0) {
            return;
        }
        const QString except = QString::fromLatin1(head.sliced(separator + 1));
        QByteArray message; // taken once, for the first recipient connected here
        for (const QByteArrayView id : head.first(separator).toByteArray().split(',')) {
            bool ok = false;
            const qint64 userId = id.toLongLong(&ok);
            if (ok && m_byUser.contains(userId)) {
                if (message.isNull()) {
                    message = payload.sliced(header + 1);
                }
                m_busLocalSends += sendSerializedToUser(userId, message, except);
            }
        }
    });
}

int RealtimeHub::deliverToUsers(const QList<qint64> &userIds, const QByteArray &utf8,
                                const QString &except)
{
    if (userIds.isEmpty()) {
        return 0;
    }
    if (!m_bus) {
        int sent = 0;
        for (const qint64 userId : userIds) {
            sent += sendSerializedToUser(userId, utf8, except);
        }
        return sent;
    }
    QByteArray payload;
    payload.reserve(utf8.size() + userIds.size() * 8 + except.size() + 2);
    for (qsizetype i = 0; i < userIds.size(); ++i) {
        if (i > 0) {
            payload.append(',');
        }
        payload.append(QByteArray::number(userIds.at(i)));
    }
    payload.append(';').append(except.toLatin1()).append('\n').append(utf8);
    m_busLocalSends = 0;
    m_bus->publish(QStringLiteral("user"), payload);
    return m_busLocalSends;
}

void RealtimeHub::deliverToUser(qint64 userId, const QJsonObject &message)
{
    deliverToUsers({userId}, protocol::serialize(message));
}

QStringList RealtimeHub::connectionsOf(qint64 userId) const
{
    QStringList ids;
    for (auto it = m_byUser.constFind(userId); it != m_byUser.cend() && it.key() == userId; ++it) {
        ids << it.value()->connectionId();
    }
    return ids;
}

void RealtimeHub::closeAuthSessions(const QStringList &authSessionIds)
{
    const auto sessions = m_sessions.values();
    for (RealtimeSession *session : sessions) {
        if (session->identity() && authSessionIds.contains(session->identity()->authSessionId)) {
            session->close(protocol::kCloseNotAuthenticated, QStringLiteral("session ended"));
        }
    }
}

void RealtimeHub::closeAll()
{
    m_closing = true;
    if (m_sessions.isEmpty()) {
        emit allClosed();
        return;
    }
    const auto sessions = m_sessions.values();
    for (RealtimeSession *session : sessions) {
        session->close(websocket::close_code::GoingAway, QStringLiteral("server shutting down"));
    }
}

} // namespace transcendence::server
