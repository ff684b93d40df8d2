#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace transcendence::server::websocket {

// RFC 6455, the server's side of the framing: what RawWebSocket reads and writes. No I/O here,
// so every rule is unit-tested on bytes (tests/server/WebSocketFramesTest.cpp).

enum class Opcode : quint8 {
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xA,
};

// The close codes the transport itself uses (the protocol's own, 4000-4999, come from the
// session: protocol/ProtocolVersion.h).
namespace close_code {
inline constexpr int Normal = 1000;
inline constexpr int GoingAway = 1001;
inline constexpr int ProtocolError = 1002;
inline constexpr int NoStatus = 1005; // never sent: a close frame without a code
inline constexpr int InvalidPayload = 1007;
inline constexpr int PolicyViolation = 1008;
inline constexpr int TooBig = 1009;
} // namespace close_code

// The header of an unfragmented, unmasked server frame (FIN set): 2, 4 or 10 bytes.
struct FrameHeader {
    char bytes[10];
    quint8 size = 0;
};
FrameHeader serverFrameHeader(Opcode opcode, qint64 payloadSize);

// A close frame's payload: the code, then the reason in UTF-8 cut to fit the 125 bytes of a
// control frame (never inside a character).
QByteArray closePayload(int code, QByteArrayView reasonUtf8);

// Whether a close code may travel in a close frame (RFC 6455 7.4; 1005, 1006 and 1015 may not).
bool isSendableCloseCode(int code);

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
bool isValidUtf8(QByteArrayView bytes);

// Sec-WebSocket-Accept for a Sec-WebSocket-Key.
QByteArray acceptKey(QByteArrayView clientKey);

// Reads client frames into messages: masked frames only, reserved bits clear, known opcodes,
// control frames unfragmented and <= 125 bytes, fragments of one message in order, a message no
// larger than maxMessageBytes (refused as soon as a frame header announces more, before its
// payload is buffered), text in valid UTF-8, close frames with a valid code and reason. A
// violation is a Failure with the close code to answer (1002, 1007 or 1009); the reader stays
// failed from then on.
class FrameReader {
public:
    explicit FrameReader(qint64 maxMessageBytes);

    struct Event {
        enum class Kind { NeedMore, Text, Binary, Ping, Pong, Close, Failure };
        Kind kind = Kind::NeedMore;
        QByteArray payload; // the message, a ping's or pong's data, a close frame's reason
        int closeCode = 0;  // Close: the peer's (NoStatus when it sent none); Failure: ours
        const char *failure = nullptr; // Failure: why, for the close frame and the log
    };

    // The next event from data[offset...]; offset moves past the bytes it used. NeedMore: the
    // rest of data is the start of a frame (the caller keeps it for the next call).
    Event next(QByteArrayView data, qsizetype &offset);

    bool failed() const { return m_failed; }
    // Fragments of an unfinished message are held (freed when it completes).
    bool holdsPartialMessage() const { return m_fragmentOpcode != 0; }

private:
    Event nextFrame(QByteArrayView data, qsizetype &offset);
    Event fail(int code, const char *why);

    qint64 m_maxMessageBytes;
    QByteArray m_fragments;      // the message so far, while it is fragmented
    quint8 m_fragmentOpcode = 0; // Text or Binary while a fragmented message is open
    bool m_failed = false;
};

} // namespace transcendence::server::websocket
