#include "realtime/RawWebSocket.h"

#include "metrics/ServerMetrics.h"

#include <QEvent>
#include <QTimer>
#include <QVarLengthArray>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

namespace transcendence::server {
namespace ws = websocket;

namespace {

int g_closeTimeoutMs = 5000;

constexpr qsizetype kScratchBytes = 64 * 1024;
// Reads per wake-up before other sockets get their turn (epoll is level-triggered: the rest
// is read at the next one).
constexpr int kReadsPerWakeUp = 4;
constexpr int kMaxIovecs = 64;

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

thread_local std::vector<RawWebSocket *> RawWebSocket::t_toFlush;
thread_local bool RawWebSocket::t_flushScheduled = false;

RawWebSocket::Notifier::Notifier(int fd, Type type, RawWebSocket *owner)
    : QSocketNotifier(fd, type)
    , m_owner(owner)
{}

bool RawWebSocket::Notifier::event(QEvent *event)
{
    if (event->type() != QEvent::SockAct) {
        return QSocketNotifier::event(event);
    }
    // Straight to the owner: no signal, no connection object per socket.
    if (m_owner) {
        if (type() == Read) {
            m_owner->onReadable();
        } else {
            m_owner->onWritable();
        }
    }
    return true;
}

RawWebSocket::RawWebSocket(int fd, qint64 maxMessageBytes, const QByteArray &handshakeResponse,
                           const QByteArray &leftover)
    : m_fd(fd)
    , m_reader(maxMessageBytes)
    , m_incomplete(leftover)
{
    m_readNotifier = new Notifier(fd, QSocketNotifier::Read, this);
    if (!handshakeResponse.isEmpty()) {
        Output output;
        output.header.size = 0;
        output.payload = handshakeResponse;
        enqueue(std::move(output));
    }
    if (!m_incomplete.isEmpty()) {
        // Frames sent right behind the upgrade request: looked at from the event loop, once
        // the receiver is there.
        QTimer::singleShot(0, m_readNotifier, [notifier = m_readNotifier] {
            if (notifier->m_owner) {
                notifier->m_owner->onReadable();
            }
        });
    }
}

RawWebSocket::~RawWebSocket()
{
    m_receiver = nullptr;
    forgetPendingFlush();
    finish();
}

void RawWebSocket::setCloseTimeoutMs(int ms)
{
    g_closeTimeoutMs = ms;
}

bool RawWebSocket::holdsBuffers() const
{
    return !m_incomplete.isNull() || m_queue.capacity() > 0 || m_reader.holdsPartialMessage();
}

void RawWebSocket::setReceiver(Receiver *receiver)
{
    m_receiver = receiver;
}

void RawWebSocket::sendText(const QByteArray &utf8)
{
    send(ws::Opcode::Text, utf8);
}

void RawWebSocket::sendText(const QString &text)
{
    send(ws::Opcode::Text, text.toUtf8());
}

void RawWebSocket::sendBinary(const QByteArray &data)
{
    send(ws::Opcode::Binary, data);
}

void RawWebSocket::ping()
{
    // The time it was sent travels in the ping and comes back in the pong: no state here.
    const qint64 sent = steadyMs();
    QByteArray payload(8, Qt::Uninitialized);
    std::memcpy(payload.data(), &sent, 8);
    send(ws::Opcode::Ping, payload);
}

void RawWebSocket::close(int code, const QString &reason)
{
    if (m_state != State::Open) {
        return;
    }
    sendClose(code, reason.toUtf8());
    m_state = State::CloseSent;
    QTimer::singleShot(g_closeTimeoutMs, m_readNotifier, [notifier = m_readNotifier] {
        if (notifier->m_owner) {
            notifier->m_owner->finish(); // the peer did not answer in time
        }
    });
}

void RawWebSocket::sendClose(int code, QByteArrayView reason)
{
    Output output;
    output.payload = ws::isSendableCloseCode(code) ? ws::closePayload(code, reason) : QByteArray();
    output.header = ws::serverFrameHeader(ws::Opcode::Close, output.payload.size());
    enqueue(std::move(output));
}

void RawWebSocket::send(ws::Opcode opcode, const QByteArray &payload)
{
    if (m_state != State::Open) {
        return;
    }
    Output output;
    output.header = ws::serverFrameHeader(opcode, payload.size());
    output.payload = payload;
    enqueue(std::move(output));
}

void RawWebSocket::enqueue(Output output)
{
    if (m_writeFailed || m_state == State::Closed) {
        return;
    }
    if (m_queueHead == m_queue.size()) {
        m_waitingSinceNs = steadyNs();
    }
    m_queuedBytes += output.size() - output.written;
    m_queue.push_back(std::move(output));
    if (m_flushPending || (m_writeNotifier && m_writeNotifier->isEnabled())) {
        return; // written with what waits already
    }
    // Written at the end of this event-loop pass, with whatever else the pass sends to this
    // socket: one sendmsg() a socket a pass, however many messages (a server thread that falls
    // behind sends several snapshots of a socket in one call, as QTcpSocket did).
    m_flushPending = true;
    t_toFlush.push_back(this);
    if (!t_flushScheduled) {
        t_flushScheduled = true;
        QTimer::singleShot(0, &RawWebSocket::flushPass);
    }
}

void RawWebSocket::flushPass()
{
    t_flushScheduled = false;
    std::vector<RawWebSocket *> sockets;
    sockets.swap(t_toFlush);
    for (RawWebSocket *socket : sockets) {
        if (socket) { // null: closed or destroyed since
            socket->m_flushPending = false;
            socket->flush();
        }
    }
}

void RawWebSocket::forgetPendingFlush()
{
    if (m_flushPending) {
        m_flushPending = false;
        std::replace(t_toFlush.begin(), t_toFlush.end(), this,
                     static_cast<RawWebSocket *>(nullptr));
    }
}

void RawWebSocket::flush()
{
    const bool hadOutput = m_queueHead < m_queue.size();
    while (m_queueHead < m_queue.size() && !m_writeFailed) {
        iovec parts[kMaxIovecs];
        int count = 0;
        for (std::size_t i = m_queueHead; i < m_queue.size() && count + 2 <= kMaxIovecs; ++i) {
            Output &output = m_queue[i];
            qint64 skip = output.written;
            if (skip < output.header.size) {
                parts[count++] = {output.header.bytes + skip,
                                  std::size_t(output.header.size - skip)};
                skip = 0;
            } else {
                skip -= output.header.size;
            }
            if (skip < output.payload.size()) {
                parts[count++] = {const_cast<char *>(output.payload.constData()) + skip,
                                  std::size_t(output.payload.size() - skip)};
            }
        }
        msghdr message{};
        message.msg_iov = parts;
        message.msg_iovlen = std::size_t(count);
        const ssize_t written = ::sendmsg(m_fd, &message, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            if (errno != EAGAIN && errno != EWOULDBLOCK) {
                m_writeFailed = true;
            }
            break;
        }
        qint64 left = written;
        m_queuedBytes -= written;
        while (left > 0 && m_queueHead < m_queue.size()) {
            Output &output = m_queue[m_queueHead];
            const qint64 take = std::min(left, output.size() - output.written);
            output.written += take;
            left -= take;
            if (output.written == output.size()) {
                output.payload = QByteArray(); // let go of shared bytes at once
                ++m_queueHead;
            }
        }
        if (m_queueHead < m_queue.size()) {
            break; // the kernel took what it could
        }
    }
    if (hadOutput && m_queueHead == m_queue.size() && !m_writeFailed) {
        metrics::observeWebSocketSendWait(double(steadyNs() - m_waitingSinceNs) / 1e6);
    }
    if (m_queueHead == m_queue.size() || m_writeFailed) {
        std::vector<Output>().swap(m_queue);
        m_queueHead = 0;
        m_queuedBytes = 0;
        if (m_writeNotifier) {
            m_writeNotifier->setEnabled(false);
        }
        if (m_closeWhenFlushed && !m_writeFailed) {
            finish();
        }
    } else if (!m_writeNotifier) {
        // The kernel took part: the rest when it has room.
        metrics::webSocketWriteBlocked();
        m_writeNotifier = new Notifier(m_fd, QSocketNotifier::Write, this);
    } else if (!m_writeNotifier->isEnabled()) {
        metrics::webSocketWriteBlocked();
        m_writeNotifier->setEnabled(true);
    }
}

void RawWebSocket::onWritable()
{
    if (m_state != State::Closed) {
        flush();
    }
}

void RawWebSocket::onReadable()
{
    static thread_local char scratch[kScratchBytes];
    bool ended = false;
    for (int round = 0; round < kReadsPerWakeUp && m_state != State::Closed; ++round) {
        const ssize_t received = ::recv(m_fd, scratch, sizeof scratch, MSG_DONTWAIT);
        if (received < 0) {
            if (errno == EINTR) {
                continue;
            }
            ended = errno != EAGAIN && errno != EWOULDBLOCK;
            break;
        }
        if (received == 0) {
            ended = true;
            break;
        }
        if (m_state == State::Closing || m_reader.failed()) {
            continue; // only the socket's end is awaited now
        }
        // Events are taken out first and handled after, so that nothing a receiver does can
        // touch the bytes being parsed (the scratch buffer is the thread's).
        QByteArrayView data;
        if (m_incomplete.isEmpty()) {
            data = QByteArrayView(scratch, received);
        } else {
            m_incomplete.append(scratch, received);
            data = m_incomplete;
        }
        QVarLengthArray<ws::FrameReader::Event, 4> events;
        qsizetype offset = 0;
        for (;;) {
            ws::FrameReader::Event event = m_reader.next(data, offset);
            if (event.kind == ws::FrameReader::Event::Kind::NeedMore) {
                break;
            }
            const bool last = event.kind == ws::FrameReader::Event::Kind::Failure ||
                              event.kind == ws::FrameReader::Event::Kind::Close;
            events.append(std::move(event));
            if (last) {
                break;
            }
        }
        if (offset >= data.size() || m_reader.failed()) {
            m_incomplete = QByteArray();
        } else if (data.data() == scratch) {
            m_incomplete = data.sliced(offset).toByteArray();
        } else {
            m_incomplete.remove(0, offset);
        }
        for (ws::FrameReader::Event &event : events) {
            if (m_state == State::Closed || m_state == State::Closing) {
                break;
            }
            handle(event);
        }
        if (received < kScratchBytes) {
            break; // drained
        }
    }
    if (ended && m_state != State::Closed) {
        m_writeFailed = true; // whatever waits will never be read
        finish();
    }
}

void RawWebSocket::handle(ws::FrameReader::Event &event)
{
    using Kind = ws::FrameReader::Event::Kind;
    switch (event.kind) {
    case Kind::Text:
        if (m_state == State::Open && m_receiver) {
            m_receiver->onTextMessage(event.payload);
        }
        break;
    case Kind::Binary:
        if (m_state == State::Open && m_receiver) {
            m_receiver->onBinaryMessage(event.payload);
        }
        break;
    case Kind::Ping:
        send(ws::Opcode::Pong, event.payload);
        break;
    case Kind::Pong:
        if (event.payload.size() == 8 && m_receiver && m_state == State::Open) {
            qint64 sent = 0;
            std::memcpy(&sent, event.payload.constData(), 8);
            m_receiver->onPong(std::clamp<qint64>(steadyMs() - sent, 0, 60'000));
        }
        break;
    case Kind::Close:
        if (m_state == State::Open) {
            // Echo the peer's code (RFC 6455 5.5.1), then close once it is written.
            sendClose(event.closeCode, {});
        }
        closeAfterFlush();
        break;
    case Kind::Failure:
        if (m_state == State::Open) {
            sendClose(event.closeCode, event.failure);
        }
        closeAfterFlush();
        break;
    case Kind::NeedMore:
        break;
    }
}

void RawWebSocket::closeAfterFlush()
{
    const bool wasClosing = m_state == State::CloseSent;
    m_state = State::Closing;
    m_closeWhenFlushed = true;
    if (m_queueHead == m_queue.size() || m_writeFailed) {
        finish();
        return;
    }
    if (!wasClosing) {
        // A peer that does not read its close frame does not keep the socket.
        QTimer::singleShot(g_closeTimeoutMs, m_readNotifier, [notifier = m_readNotifier] {
            if (notifier->m_owner) {
                notifier->m_owner->finish();
            }
        });
    }
}

void RawWebSocket::finish()
{
    if (m_state == State::Closed) {
        return;
    }
    m_state = State::Closed;
    forgetPendingFlush();
    for (Notifier *notifier : {m_readNotifier, m_writeNotifier}) {
        if (notifier) {
            // Out of epoll before the descriptor closes; deleted from the event loop (this may
            // run inside its own activation).
            notifier->m_owner = nullptr;
            notifier->setEnabled(false);
            notifier->deleteLater();
        }
    }
    m_readNotifier = m_writeNotifier = nullptr;
    ::close(m_fd);
    m_fd = -1;
    m_incomplete = QByteArray();
    std::vector<Output>().swap(m_queue);
    m_queueHead = 0;
    m_queuedBytes = 0;
    if (m_receiver) {
        m_receiver->onClosed();
    }
}

} // namespace transcendence::server
