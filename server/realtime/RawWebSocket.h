#pragma once

#include "realtime/WebSocketFrames.h"
#include "realtime/WebSocketTransport.h"

#include <QSocketNotifier>

#include <vector>

namespace transcendence::server {

// The server side of an upgraded WebSocket (RFC 6455) on a non-blocking socket descriptor it
// owns: no QTcpSocket, no QWebSocket (docs/architecture.md, "WebSocket transport").
//
// - A read notifier always; a write notifier only while output waits for room in the kernel.
// - Nothing is buffered while idle: incoming bytes are read into one scratch buffer shared by
//   every connection of the thread, and only an incomplete frame is kept (then freed). Output
//   is queued as a frame header and the caller's QByteArray (implicitly shared, never copied: a
//   snapshot sent to a room is one buffer) and written at the end of the event-loop pass with
//   one sendmsg() over an iovec per part: one call a socket a pass, however many messages the
//   pass sent it. What the kernel does not take waits for the write notifier; the queue is
//   freed once empty. How long the oldest output waited until the kernel had taken all of it
//   (and how often it took only part) goes to the metrics (ServerMetrics.h).
// - Client frames must be masked; fragments, ping (answered), pong, close, UTF-8 text and a
//   maximum message size as in websocket::FrameReader. A violation closes with its code.
// - close(): a close frame, then the peer's answer is awaited at most closeTimeoutMs before
//   the descriptor is closed. A peer's close frame is answered and the socket closed once the
//   answer is written. End of stream or a socket error closes at once.
//
// Used on the thread that created it (the server thread).
class RawWebSocket final : public WebSocketTransport {
public:
    // fd: connected, non-blocking, now owned. handshakeResponse: written before any frame (the
    // HTTP 101 answer). leftover: bytes already read after the upgrade request.
    RawWebSocket(int fd, qint64 maxMessageBytes, const QByteArray &handshakeResponse,
                 const QByteArray &leftover = {});
    ~RawWebSocket() override;

    void setReceiver(Receiver *receiver) override;
    void sendText(const QByteArray &utf8) override;
    void sendText(const QString &text) override;
    void sendBinary(const QByteArray &data) override;
    void ping() override;
    void close(int code, const QString &reason) override;
    qint64 bytesQueued() const override { return m_queuedBytes; }

    bool isOpen() const { return m_state == State::Open; }
    // For tests: how long a close waits for the peer's answer (default 5 s).
    static void setCloseTimeoutMs(int ms);
    // For tests and bench/: whether buffers are held (none while idle).
    bool holdsBuffers() const;

private:
    enum class State { Open, CloseSent, Closing, Closed };

    class Notifier final : public QSocketNotifier {
    public:
        Notifier(int fd, Type type, RawWebSocket *owner);

        RawWebSocket *m_owner; // null once the socket is closed

    protected:
        bool event(QEvent *event) override;
    };
    friend class Notifier;

    struct Output {
        websocket::FrameHeader header;
        QByteArray payload;
        qint64 written = 0; // of header and payload together
        qint64 size() const { return header.size + payload.size(); }
    };

    void send(websocket::Opcode opcode, const QByteArray &payload);
    void enqueue(Output output);
    void flush();
    static void flushPass();
    void forgetPendingFlush();
    void onReadable();
    void onWritable();
    void handle(websocket::FrameReader::Event &event);
    void sendClose(int code, QByteArrayView reason);
    void closeAfterFlush();
    void finish();

    int m_fd;
    Notifier *m_readNotifier = nullptr;
    Notifier *m_writeNotifier = nullptr; // created on the first output the kernel did not take
    Receiver *m_receiver = nullptr;
    websocket::FrameReader m_reader;
    QByteArray m_incomplete; // the start of a frame not yet complete
    std::vector<Output> m_queue;
    std::size_t m_queueHead = 0;
    qint64 m_queuedBytes = 0;
    qint64 m_waitingSinceNs = 0; // when the oldest output still queued was queued
    State m_state = State::Open;
    bool m_closeWhenFlushed = false;
    bool m_writeFailed = false;
    bool m_flushPending = false; // in t_toFlush

    // The sockets to write to at the end of this event-loop pass.
    static thread_local std::vector<RawWebSocket *> t_toFlush;
    static thread_local bool t_flushScheduled;
};

} // namespace transcendence::server
