#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <deque>
#include <functional>

namespace transcendence::server {

// What one HTTP connection may send before the server answers for itself (nginx has the same
// limits in front; these hold when something reaches the server without it).
struct HttpRequestLimits {
    // Above every route's own limit (the largest: an avatar, 3 MiB, as nginx's
    // client_max_body_size) so routes still answer their precise 413; this bounds what any request
    // can make the server buffer.
    qint64 maxBodyBytes = 4 * 1024 * 1024;
    qint64 maxHeaderBytes = 64 * 1024; // request line and headers together
    int readTimeoutMs = 30'000;        // from a request's first byte to its last
    int idleTimeoutMs = 120'000;       // keep-alive without a request; above nginx's upstream 60 s
};

// Takes a WebSocket upgrade off the HTTP path (RealtimeHub::takeUpgrade): called when an upgrade
// request's header block is complete, with the socket and the bytes of its read buffer up to
// the end of that block. true: taken (the socket is done with; the guard stops); false:
// QHttpServer goes on with it.
using WebSocketUpgradeHandler = std::function<bool(QTcpSocket &socket, QByteArrayView head)>;

// Watches one accepted socket for QHttpServer, which buffers whole requests with no size limit
// and no time-out (Qt 6.4). Connected to readyRead before QHttpServer is, it sees every byte
// first (peek, never read) and follows the request framing QHttpServer uses: a header block,
// then Content-Length bytes. It answers for itself and closes the connection on a header block
// above the limit (431), a body above it (413, before the body is read), a chunked body (411:
// nginx and browsers always send a length) or a request not complete in time (408); an idle
// keep-alive connection is closed. A WebSocket upgrade ends the watch (the WebSocket has its
// own limits) and the guard deletes itself, after offering it to the upgrade handler if any.
// QHttpServer reads one request per readyRead and leaves
// pipelined bytes for the next one: the guard tracks where it stops, so no byte is counted twice.
// It runs before every request, so it is cheap per request (bench/README.md, api_bench): lines
// are found with memchr, not byte by byte, the four headers it reads are found in one pass, and
// a request moves a deadline instead of restarting a timer (the timer, armed at most the
// shorter time-out ahead, looks at the deadline when it fires).
class HttpConnectionGuard : public QObject {
public:
    // upgrade: may be null; outlives the socket (the listener's).
    HttpConnectionGuard(QTcpSocket *socket, HttpRequestLimits limits,
                        const WebSocketUpgradeHandler *upgrade = nullptr);

private:
    enum class State { RequestLine, Headers, Body, Done };

    void onReadyRead();
    // Parses new bytes; false when the connection was refused.
    bool feed(const char *data, qint64 size);
    bool headersComplete();
    void beginRequest();
    void completeRequest();
    void refuse(int status, const char *reason, const char *code, const QString &message);
    void onTimeout();
    void stopWatching();
    // The connection is answered for (refused or closed) once `ms` pass without what resets it.
    void setDeadline(int ms);
    void armTimer(qint64 ms);

    QPointer<QTcpSocket> m_socket;
    HttpRequestLimits m_limits;
    const WebSocketUpgradeHandler *m_upgrade;
    QByteArrayView m_peeked; // during onReadyRead: the socket's unread bytes (else null)
    QTimer m_timer;
    qint64 m_deadlineMs = 0; // monotonic milliseconds (coarse clock)
    State m_state = State::RequestLine;
    bool m_inRequest = false;
    QByteArray m_head;         // the current header block (bounded by maxHeaderBytes)
    qsizetype m_lineStart = 0; // where the header line being read starts in m_head
    qint64 m_headBytes = 0;
    qint64 m_bodyLeft = 0;
    // Offsets in the connection's byte stream: what the guard parsed, what QHttpServer has read
    // (it stops at the end of each complete request), and where parsed requests end.
    qint64 m_parsed = 0;
    qint64 m_consumed = 0;
    std::deque<qint64> m_requestEnds;
};

} // namespace transcendence::server
