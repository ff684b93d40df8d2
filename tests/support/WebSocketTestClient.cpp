#include "WebSocketTestClient.h"

#include "HttpsTestClient.h"
#include "engine/SnapshotCodec.h"
#include "protocol/BinarySnapshot.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace transcendence::testing {
namespace {

// Runs the event loop until done() or the timeout.
template <typename Predicate>
bool waitUntil(Predicate done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

protocol::SnapshotEncoding defaultEncoding()
{
    return protocol::snapshotEncodingFromName(
               qEnvironmentVariable("TRANSCENDENCE_TEST_SNAPSHOT_ENCODING"))
        .value_or(protocol::SnapshotEncoding::Json);
}

} // namespace

WebSocketTestClient::WebSocketTestClient(const QString &origin)
    : m_socket(origin)
    , m_encoding(defaultEncoding())
{
    m_socket.setSslConfiguration(HttpsTestClient::trustingDevCa());
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
        if (message.value(QStringLiteral("type")).toString() == QLatin1String("matchStarted")) {
            const QString roomId = message.value(QStringLiteral("roomId")).toString();
            m_rooms.insert(protocol::binaryRoomTag(roomId), roomId);
        }
        m_received << message;
    });
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, &WebSocketTestClient::onBinary);
    connect(&m_socket, &QWebSocket::disconnected, this, [this] { m_closed = true; });
}

bool WebSocketTestClient::open(const QString &url, int timeoutMs)
{
    m_socket.open(QUrl(url));
    return waitUntil([this] { return isOpen() || m_closed; }, timeoutMs) && isOpen();
}

void WebSocketTestClient::sendJson(const QJsonObject &message)
{
    QJsonObject sent = message;
    if (m_encoding == protocol::SnapshotEncoding::Binary &&
        sent.value(QStringLiteral("type")).toString() == QLatin1String("hello") &&
        !sent.contains(QStringLiteral("encoding"))) {
        sent.insert(QStringLiteral("encoding"), QStringLiteral("binary"));
    }
    sendText(QString::fromUtf8(QJsonDocument(sent).toJson(QJsonDocument::Compact)));
}

void WebSocketTestClient::onBinary(const QByteArray &frame)
{
    ++m_binaryFrames;
    m_largestBinaryFrame = std::max(m_largestBinaryFrame, frame.size());
    auto decoded = protocol::decodeBinarySnapshot(frame);
    if (const auto *error = std::get_if<QString>(&decoded)) {
        m_received << QJsonObject{{QStringLiteral("type"), QStringLiteral("malformed_binary")},
                                  {QStringLiteral("error"), *error}};
        return;
    }
    protocol::BinarySnapshot &binary = std::get<protocol::BinarySnapshot>(decoded);
    if (!m_rooms.contains(binary.roomTag)) {
        m_received << QJsonObject{
            {QStringLiteral("type"), QStringLiteral("binary_of_unknown_room")}};
        return;
    }
    binary.snapshot.roomId = m_rooms.value(binary.roomTag);
    engine::Snapshot &state = binary.snapshot.state;
    state.randomState = {1, 1, 1, 1};
    for (engine::BallState &ball : state.balls) {
        const double length = std::hypot(ball.direction.x, ball.direction.y);
        ball.direction = length > 0
                             ? engine::Vec2{ball.direction.x / length, ball.direction.y / length}
                             : engine::Vec2{1.0, 0.0};
        ball.speed = 1.0;
    }
    QJsonObject message = binary.snapshot.toJson();
    message.insert(QStringLiteral("encoding"), QStringLiteral("binary"));
    message.insert(QStringLiteral("frameBytes"), frame.size());
    m_received << message;
}

void WebSocketTestClient::sendText(const QString &text)
{
    m_socket.sendTextMessage(text);
}

void WebSocketTestClient::sendBinary(const QByteArray &data)
{
    m_socket.sendBinaryMessage(data);
}

QJsonObject WebSocketTestClient::next(int timeoutMs)
{
    if (!waitUntil([this] { return !m_received.isEmpty(); }, timeoutMs)) {
        return {};
    }
    return m_received.takeFirst();
}

int WebSocketTestClient::waitForClose(int timeoutMs)
{
    if (!waitUntil([this] { return m_closed; }, timeoutMs)) {
        return -1;
    }
    return int(m_socket.closeCode());
}

} // namespace transcendence::testing
