#include "http/HttpConnectionGuard.h"

#include "app/StructuredLog.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstring>
#include <ctime>

namespace transcendence::server {
namespace {

bool isLeadingSpace(char c)
{
    // What QHttpServer skips before a request line (left over from the previous request).
    return c == '\v' || c == '\n' || c == '\r' || c == ' ' || c == '\t';
}

// Milliseconds of a monotonic clock that is read without a system call and moves in steps of a
// few milliseconds: plenty for time-outs of seconds.
qint64 monotonicMs()
{
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC_COARSE, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
}

// What a header block says about its framing: the first header of each name, trimmed (null when
// absent). One pass over the lines after the request line.
struct Framing {
    QByteArrayView connection;
    QByteArrayView upgrade;
    QByteArrayView transferEncoding;
    QByteArrayView contentLength;
};

Framing framingOf(QByteArrayView block)
{
    Framing framing;
    qsizetype start = 0;
    while (start < block.size()) {
        qsizetype end = block.indexOf('\n', start);
        if (end < 0) {
            end = block.size();
        }
        const QByteArrayView line = block.sliced(start, end - start);
        start = end + 1;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            continue;
        }
        const QByteArrayView name = line.first(colon).trimmed();
        QByteArrayView *slot = nullptr;
        QByteArrayView wanted;
        switch (name.size()) { // only a name of the right length is compared
        case 7:
            slot = &framing.upgrade;
            wanted = "upgrade";
            break;
        case 10:
            slot = &framing.connection;
            wanted = "connection";
            break;
        case 14:
            slot = &framing.contentLength;
            wanted = "content-length";
            break;
        case 17:
            slot = &framing.transferEncoding;
            wanted = "transfer-encoding";
            break;
        default:
            continue;
        }
        // The first header of a name counts (data() is null until one is seen, even if empty).
        if (slot->data() == nullptr && name.compare(wanted, Qt::CaseInsensitive) == 0) {
            const QByteArrayView value = line.sliced(colon + 1).trimmed();
            *slot = value.data() != nullptr ? value : QByteArrayView("", 0);
        }
    }
    return framing;
}

bool containsWord(QByteArrayView value, QByteArrayView lowerWord)
{
    return !value.isEmpty() && value.toByteArray().toLower().contains(lowerWord);
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
            setDeadline(m_limits.idleTimeoutMs);
        }
    });
    // A connection that never sends a request gets the time of one.
    setDeadline(m_limits.readTimeoutMs);
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
            // A copy of the unread bytes (peek: QHttpServer reads them next), into a buffer kept
            // from one request to the next unless it is large (a body in one read).
            constexpr qint64 kKeptBufferBytes = 64 * 1024;
            thread_local QByteArray kept;
            QByteArray large;
            QByteArray &buffer = available <= kKeptBufferBytes ? kept : large;
            if (buffer.size() < available) {
                buffer.resize(std::max<qint64>(available, 4096));
            }
            const qint64 peeked = m_socket->peek(buffer.data(), available);
            if (peeked > known) {
                m_peeked = QByteArrayView(buffer.constData(), peeked);
                const bool fed = feed(buffer.constData() + known, peeked - known);
                m_peeked = {};
                if (!fed) {
                    return;
                }
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
    qint64 i = 0;
    while (i < size) {
        switch (m_state) {
        case State::RequestLine: {
            if (m_headBytes == 0) {
                while (i < size && isLeadingSpace(data[i])) {
                    ++i;
                    ++m_parsed;
                }
                if (i == size) {
                    return true;
                }
                if (!m_inRequest) {
                    beginRequest();
                }
            }
            const auto *newline = static_cast<const char *>(std::memchr(data + i, '\n', size - i));
            const qint64 take = newline ? newline - (data + i) + 1 : size - i;
            i += take;
            m_parsed += take;
            m_headBytes += take;
            if (m_headBytes > m_limits.maxHeaderBytes) {
                refuse(431, "Request Header Fields Too Large", "headers_too_large",
                       QStringLiteral("the request line and headers are too large"));
                return false;
            }
            if (newline) {
                m_state = State::Headers;
                m_head.resize(0); // keeps its capacity for the next request
                m_lineStart = 0;
            }
            continue;
        }
        case State::Headers: {
            const auto *newline = static_cast<const char *>(std::memchr(data + i, '\n', size - i));
            const qint64 take = newline ? newline - (data + i) + 1 : size - i;
            m_headBytes += take;
            if (m_headBytes > m_limits.maxHeaderBytes) {
                refuse(431, "Request Header Fields Too Large", "headers_too_large",
                       QStringLiteral("the request line and headers are too large"));
                return false;
            }
            m_head.append(data + i, take);
            i += take;
            m_parsed += take;
            if (newline) {
                // An empty line ("\n" or "\r\n") ends the block, as QHttpServer sees it.
                const qsizetype lineLength = m_head.size() - m_lineStart;
                if (lineLength == 1 || (lineLength == 2 && m_head.at(m_lineStart) == '\r')) {
                    if (!headersComplete()) {
                        return false;
                    }
                    if (m_state == State::Done) {
                        return true;
                    }
                } else {
                    m_lineStart = m_head.size();
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
    const Framing framing = framingOf(m_head);
    if (containsWord(framing.connection, "upgrade") &&
        framing.upgrade.compare("websocket", Qt::CaseInsensitive) == 0) {
        stopWatching();
        // The socket's unread bytes start where QHttpServer would read next.
        if (m_upgrade && *m_upgrade && !m_peeked.isNull() &&
            m_parsed - m_consumed <= m_peeked.size() &&
            (*m_upgrade)(*m_socket, m_peeked.first(m_parsed - m_consumed))) {
            return false; // taken: nothing more to do with this socket
        }
        return true;
    }
    if (containsWord(framing.transferEncoding, "chunked")) {
        refuse(411, "Length Required", "length_required",
               QStringLiteral("send the body with a Content-Length"));
        return false;
    }
    bool ok = false;
    const qint64 length = framing.contentLength.toLongLong(&ok);
    m_head.resize(0);
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
    setDeadline(m_limits.readTimeoutMs);
}

void HttpConnectionGuard::completeRequest()
{
    m_requestEnds.push_back(m_parsed);
    m_inRequest = false;
    m_state = State::RequestLine;
    m_headBytes = 0;
    m_head.resize(0);
    setDeadline(m_limits.idleTimeoutMs);
}

void HttpConnectionGuard::setDeadline(int ms)
{
    m_deadlineMs = monotonicMs() + ms;
    // An armed timer fires at most the shorter time-out after it was armed, so never after this
    // deadline: it is armed again only when it fires early.
    if (!m_timer.isActive()) {
        armTimer(ms);
    }
}

void HttpConnectionGuard::armTimer(qint64 ms)
{
    const qint64 longest = std::min(m_limits.readTimeoutMs, m_limits.idleTimeoutMs);
    m_timer.start(int(std::clamp<qint64>(ms, 0, longest)));
}

void HttpConnectionGuard::onTimeout()
{
    if (!m_socket || m_state == State::Done) {
        return;
    }
    if (const qint64 left = m_deadlineMs - monotonicMs(); left > 0) {
        armTimer(left); // activity moved the deadline since the timer was armed
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
