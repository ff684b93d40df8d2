#include "WebSocketTestClient.h"

#include "HttpsTestClient.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

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

} // namespace

WebSocketTestClient::WebSocketTestClient(const QString &origin)
    : m_socket(origin)
{
    m_socket.setSslConfiguration(HttpsTestClient::trustingDevCa());
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        m_received << QJsonDocument::fromJson(text.toUtf8()).object();
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] { m_closed = true; });
}

bool WebSocketTestClient::open(const QString &url, int timeoutMs)
{
    m_socket.open(QUrl(url));
    return waitUntil([this] { return isOpen() || m_closed; }, timeoutMs) && isOpen();
}

void WebSocketTestClient::sendJson(const QJsonObject &message)
{
    sendText(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
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
