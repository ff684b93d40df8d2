#include "http/HttpConnectionGuard.h"

#include "app/StructuredLog.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace transcendence::server {
namespace {

bool isLeadingSpace(char c)
{
    // What QHttpServer skips before a request line (left over from the previous request).
    return c == '\v' || c == '\n' || c == '\r' || c == ' ' || c == '\t';
}

// The first header of that name in a header block (lines after the request line), trimmed.
QByteArray headerValue(const QByteArray &block, QByteArrayView name)
{
    qsizetype start = 0;
    while (start < block.size()) {
        qsizetype end = block.indexOf('\n', start);
        if (end < 0) {
            end = block.size();
        }
        const QByteArrayView line = QByteArrayView(block).sliced(start, end - start);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.first(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0) {
            return line.sliced(colon + 1).trimmed().toByteArray();
        }
        start = end + 1;
    }
    return {};
}

} // namespace

HttpConnectionGuard::HttpConnectionGuard(QTcpSocket *socket, HttpRequestLimits limits,
                                         const WebSocketUpgradeHandler *upgrade)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_upgrade(upgrade)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnectionGuard::onTimeout);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnectionGuard::onReadyRead);
    // An answer on its way counts as activity: a keep-alive connection is idle only when
    // neither side has anything to say.
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        if (!m_inRequest && m_state != State::Done) {
            m_timer.start(m_limits.idleTimeoutMs);
        }
    });
    // A connection that never sends a request gets the time of one.
    m_timer.start(m_limits.readTimeoutMs);
}

void HttpConnectionGuard::onReadyRead()
{
    if (m_state == State::Done || !m_socket) {
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    qint64 known = m_parsed - m_consumed;
    if (known > available) {
        // QHttpServer read further than expected: follow it rather than count bytes twice.
        m_consumed = m_parsed - available;
        known = available;
        while (!m_requestEnds.empty() && m_requestEnds.front() <= m_consumed) {
            m_requestEnds.pop_front();
        }
    }
    if (available > known) {
        if (m_state == State::Body && available - known < m_bodyLeft) {
            // Inside a body that goes on: nothing to look at, only to count.
            m_parsed += available - known;
            m_bodyLeft -= available - known;
        } else {
            const QByteArray unread = m_socket->peek(available);
            m_peeked = &unread;
            const bool fed = feed(unread.constData() + known, unread.size() - known);
            m_peeked = nullptr;
            if (!fed) {
                return;
            }
        }
    }
    if (m_state == State::Done) {
        return; // a WebSocket upgrade: the WebSocket server takes the socket
    }
    // QHttpServer now reads up to the end of the first complete request, or everything.
    if (!m_requestEnds.empty() && m_requestEnds.front() <= m_consumed + available) {
        m_consumed = m_requestEnds.front();
        m_requestEnds.pop_front();
    } else {
        m_consumed += available;
    }
}

bool HttpConnectionGuard::feed(const char *data, qint64 size)
{
    for (qint64 i = 0; i < size;) {
        switch (m_state) {
        case State::RequestLine: {
            const char c = data[i++];
            ++m_parsed;
            if (m_headBytes == 0 && isLeadingSpace(c)) {
                continue;
            }
            if (!m_inRequest) {
                beginRequest();
            }
            if (++m_headBytes > m_limits.maxHeaderBytes) {
                refuse(431, "Request Header Fields Too Large", "headers_too_large",
                       QStringLiteral("the request line and headers are too large"));
                return false;
            }
            if (c == '\n') {
                m_state = State::Headers;
                m_head.clear();
            }
            continue;
        }
        case State::Headers: {
            const char c = data[i++];
            ++m_parsed;
            if (++m_headBytes > m_limits.maxHeaderBytes) {
                refuse(431, "Request Header Fields Too Large", "headers_too_large",
                       QStringLiteral("the request line and headers are too large"));
                return false;
            }
            m_head.append(c);
            if (c == '\n' && (m_head.endsWith("\n\r\n") || m_head.endsWith("\n\n") ||
                              m_head == "\r\n" || m_head == "\n")) {
                if (!headersComplete()) {
                    return false;
                }
                if (m_state == State::Done) {
                    return true;
                }
            }
            continue;
        }
        case State::Body: {
            const qint64 take = std::min(m_bodyLeft, size - i);
            i += take;
            m_parsed += take;
            m_bodyLeft -= take;
            if (m_bodyLeft == 0) {
                completeRequest();
            }
            continue;
        }
        case State::Done:
            return true;
        }
    }
    return true;
}

bool HttpConnectionGuard::headersComplete()
{
    const QByteArray connection = headerValue(m_head, "connection").toLower();
    if (connection.contains("upgrade") &&
        headerValue(m_head, "upgrade").compare("websocket", Qt::CaseInsensitive) == 0) {
        stopWatching();
        // The socket's unread bytes start where QHttpServer would read next.
        if (m_upgrade && *m_upgrade && m_peeked && m_parsed - m_consumed <= m_peeked->size() &&
            (*m_upgrade)(*m_socket, QByteArrayView(*m_peeked).first(m_parsed - m_consumed))) {
            return false; // taken: nothing more to do with this socket
        }
        return true;
    }
    if (headerValue(m_head, "transfer-encoding").toLower().contains("chunked")) {
        refuse(411, "Length Required", "length_required",
               QStringLiteral("send the body with a Content-Length"));
        return false;
    }
    bool ok = false;
    const qint64 length = headerValue(m_head, "content-length").toLongLong(&ok);
    m_head.clear();
    if (ok && length > m_limits.maxBodyBytes) {
        refuse(
            413, "Payload Too Large", "payload_too_large",
            QStringLiteral("the request body is larger than %1 bytes").arg(m_limits.maxBodyBytes));
        return false;
    }
    if (ok && length > 0) {
        m_bodyLeft = length;
        m_state = State::Body;
    } else {
        completeRequest();
    }
    return true;
}

void HttpConnectionGuard::beginRequest()
{
    m_inRequest = true;
    m_timer.start(m_limits.readTimeoutMs);
}

void HttpConnectionGuard::completeRequest()
{
    m_requestEnds.push_back(m_parsed);
    m_inRequest = false;
    m_state = State::RequestLine;
    m_headBytes = 0;
    m_head.clear();
    m_timer.start(m_limits.idleTimeoutMs);
}

void HttpConnectionGuard::onTimeout()
{
    if (!m_socket || m_state == State::Done) {
        return;
    }
    if (m_inRequest) {
        refuse(408, "Request Timeout", "request_timeout",
               QStringLiteral("the request was not complete in time"));
        return;
    }
    stopWatching();
    m_socket->disconnectFromHost();
}

void HttpConnectionGuard::refuse(int status, const char *reason, const char *code,
                                 const QString &message)
{
    stopWatching();
    // QHttpServer must not see this request (it would go on buffering it): it and the guard
    // stop reading; whatever else arrives is dropped with the connection.
    QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    const QByteArray body =
        QJsonDocument(QJsonObject{
                          {QStringLiteral("error"),
                           QJsonObject{{QStringLiteral("code"), QString::fromLatin1(code)},
                                       {QStringLiteral("message"), message}}},
                      })
            .toJson(QJsonDocument::Compact);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: application/json\r\n"
                "Cache-Control: no-store\r\n"
                "X-Content-Type-Options: nosniff\r\n"
                "Connection: close\r\n"
                "Content-Length: " +
                QByteArray::number(body.size()) + "\r\n\r\n" + body;
    m_socket->write(response);
    m_socket->disconnectFromHost();
    StructuredLog::warning(QStringLiteral("http_request_refused"),
                           {{QStringLiteral("status"), status},
                            {QStringLiteral("reason"), QString::fromLatin1(code)},
                            {QStringLiteral("remote"), m_socket->peerAddress().toString()}});
}

void HttpConnectionGuard::stopWatching()
{
    m_state = State::Done;
    m_timer.stop();
    // Nothing left to watch: a WebSocket keeps its socket for hours, and the guard's timer,
    // header block and connections would stay with it (bench/README.md, idle sockets).
    deleteLater();
}

} // namespace transcendence::server
