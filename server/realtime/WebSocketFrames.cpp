#include "realtime/WebSocketFrames.h"

#include <QCryptographicHash>

#include <cstring>

namespace transcendence::server::websocket {

FrameHeader serverFrameHeader(Opcode opcode, qint64 payloadSize)
{
    FrameHeader header;
    header.bytes[0] = char(0x80 | quint8(opcode));
    if (payloadSize <= 125) {
        header.bytes[1] = char(payloadSize);
        header.size = 2;
    } else if (payloadSize <= 0xFFFF) {
        header.bytes[1] = char(126);
        header.bytes[2] = char((payloadSize >> 8) & 0xFF);
        header.bytes[3] = char(payloadSize & 0xFF);
        header.size = 4;
    } else {
        header.bytes[1] = char(127);
        for (int i = 0; i < 8; ++i) {
            header.bytes[2 + i] = char((quint64(payloadSize) >> (8 * (7 - i))) & 0xFF);
        }
        header.size = 10;
    }
    return header;
}

QByteArray closePayload(int code, QByteArrayView reasonUtf8)
{
    qsizetype length = std::min<qsizetype>(reasonUtf8.size(), 123);
    // Back to the start of a character: continuation bytes are 10xxxxxx.
    while (length < reasonUtf8.size() && length > 0 &&
           (quint8(reasonUtf8[length]) & 0xC0) == 0x80) {
        --length;
    }
    QByteArray payload;
    payload.reserve(2 + length);
    payload.append(char((code >> 8) & 0xFF));
    payload.append(char(code & 0xFF));
    payload.append(reasonUtf8.first(length));
    return payload;
}

bool isSendableCloseCode(int code)
{
    if (code >= 3000 && code <= 4999) {
        return true;
    }
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014);
}

bool isValidUtf8(QByteArrayView bytes)
{
    const auto *s = reinterpret_cast<const quint8 *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // ASCII runs are the common case: eight bytes at a time.
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, s + i, 8);
            if (word & 0x8080808080808080ull) {
                break;
            }
            i += 8;
        }
        if (i >= n) {
            break;
        }
        const quint8 c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        quint8 low = 0x80;
        quint8 high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            if (c == 0xE0) {
                low = 0xA0; // overlong
            } else if (c == 0xED) {
                high = 0x9F; // surrogates
            }
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            if (c == 0xF0) {
                low = 0x90; // overlong
            } else if (c == 0xF4) {
                high = 0x8F; // above U+10FFFF
            }
        } else {
            return false; // a continuation byte, an overlong lead (C0, C1) or F5..FF
        }
        if (i + extra >= n) {
            return false; // cut short
        }
        const quint8 second = s[i + 1];
        if (second < low || second > high) {
            return false;
        }
        for (int k = 2; k <= extra; ++k) {
            if ((s[i + k] & 0xC0) != 0x80) {
                return false;
            }
        }
        i += extra + 1;
    }
    return true;
}

QByteArray acceptKey(QByteArrayView clientKey)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(clientKey);
    hash.addData(QByteArrayView("258EAFA5-E914-47DA-95CA-C5AB0DC85B11"));
    return hash.result().toBase64();
}

namespace {
// nextFrame's answer for a fragment it took (NeedMore with this marker: read on).
const char *const kFragmentTaken = "fragment";
} // namespace

FrameReader::FrameReader(qint64 maxMessageBytes)
    : m_maxMessageBytes(maxMessageBytes)
{}

FrameReader::Event FrameReader::fail(int code, const char *why)
{
    m_failed = true;
    m_fragments = QByteArray();
    m_fragmentOpcode = 0;
    Event event;
    event.kind = Event::Kind::Failure;
    event.closeCode = code;
    event.failure = why;
    return event;
}

FrameReader::Event FrameReader::next(QByteArrayView data, qsizetype &offset)
{
    if (m_failed) {
        return fail(close_code::ProtocolError, "after a protocol error");
    }
    // One frame a turn; fragments of a message go on to the next frame.
    for (;;) {
        Event event = nextFrame(data, offset);
        if (event.failure != kFragmentTaken) {
            return event;
        }
    }
}

FrameReader::Event FrameReader::nextFrame(QByteArrayView data, qsizetype &offset)
{
    const auto *bytes = reinterpret_cast<const quint8 *>(data.data());
    const qsizetype available = data.size() - offset;
    if (available < 2) {
        return {};
    }
    const quint8 *frame = bytes + offset;
    const bool fin = frame[0] & 0x80;
    const quint8 opcode = frame[0] & 0x0F;
    const bool control = opcode & 0x08;
    const quint8 shortLength = frame[1] & 0x7F;
    if (frame[0] & 0x70) {
        return fail(close_code::ProtocolError, "reserved bits set");
    }
    if (opcode != 0x0 && opcode != 0x1 && opcode != 0x2 && opcode != 0x8 && opcode != 0x9 &&
        opcode != 0xA) {
        return fail(close_code::ProtocolError, "unknown opcode");
    }
    if (!(frame[1] & 0x80)) {
        return fail(close_code::ProtocolError, "unmasked frame");
    }
    if (control && !fin) {
        return fail(close_code::ProtocolError, "fragmented control frame");
    }
    if (control && shortLength > 125) {
        return fail(close_code::ProtocolError, "control frame too large");
    }
    if (!control) {
        if (opcode == 0x0 && m_fragmentOpcode == 0) {
            return fail(close_code::ProtocolError, "continuation without a message");
        }
        if (opcode != 0x0 && m_fragmentOpcode != 0) {
            return fail(close_code::ProtocolError, "new message inside a fragmented one");
        }
    }
    qsizetype headerSize = 2;
    quint64 length = shortLength;
    if (shortLength == 126) {
        headerSize = 4;
        if (available < headerSize) {
            return {};
        }
        length = (quint64(frame[2]) << 8) | frame[3];
    } else if (shortLength == 127) {
        headerSize = 10;
        if (available < headerSize) {
            return {};
        }
        length = 0;
        for (int i = 0; i < 8; ++i) {
            length = (length << 8) | frame[2 + i];
        }
        if (length >> 63) {
            return fail(close_code::ProtocolError, "frame length out of range");
        }
    }
    if (!control && length + quint64(m_fragments.size()) > quint64(m_maxMessageBytes)) {
        return fail(close_code::TooBig, "message too large");
    }
    headerSize += 4; // the mask
    if (quint64(available) < quint64(headerSize) + length) {
        return {};
    }
    const quint8 *mask = frame + headerSize - 4;
    const quint8 *source = frame + headerSize;
    QByteArray payload(qsizetype(length), Qt::Uninitialized);
    auto *target = reinterpret_cast<quint8 *>(payload.data());
    for (quint64 i = 0; i < length; ++i) {
        target[i] = source[i] ^ mask[i & 3];
    }
    offset += headerSize + qsizetype(length);

    Event event;
    switch (opcode) {
    case 0x8: {
        event.kind = Event::Kind::Close;
        if (length == 0) {
            event.closeCode = close_code::NoStatus;
            return event;
        }
        if (length == 1) {
            return fail(close_code::ProtocolError, "close frame with a one-byte payload");
        }
        event.closeCode = (quint8(payload[0]) << 8) | quint8(payload[1]);
        if (!isSendableCloseCode(event.closeCode)) {
            return fail(close_code::ProtocolError, "invalid close code");
        }
        event.payload = payload.sliced(2);
        if (!isValidUtf8(event.payload)) {
            return fail(close_code::InvalidPayload, "close reason not UTF-8");
        }
        return event;
    }
    case 0x9:
        event.kind = Event::Kind::Ping;
        event.payload = std::move(payload);
        return event;
    case 0xA:
        event.kind = Event::Kind::Pong;
        event.payload = std::move(payload);
        return event;
    default:
        break;
    }
    quint8 messageOpcode = opcode;
    if (opcode == 0x0 || !fin) {
        if (opcode != 0x0) {
            m_fragmentOpcode = opcode;
        }
        m_fragments.append(payload);
        if (!fin) {
            Event fragment;
            fragment.failure = kFragmentTaken;
            return fragment;
        }
        messageOpcode = m_fragmentOpcode;
        payload = std::exchange(m_fragments, QByteArray());
        m_fragmentOpcode = 0;
    }
    if (messageOpcode == 0x1) {
        if (!isValidUtf8(payload)) {
            return fail(close_code::InvalidPayload, "text message not UTF-8");
        }
        event.kind = Event::Kind::Text;
    } else {
        event.kind = Event::Kind::Binary;
    }
    event.payload = std::move(payload);
    return event;
}

} // namespace transcendence::server::websocket
