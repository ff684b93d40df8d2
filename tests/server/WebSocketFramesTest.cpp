// RFC 6455 framing as the server reads and writes it (realtime/WebSocketFrames), and the upgrade
// handshake (realtime/WebSocketHandshake), on bytes: every malformed frame ends in a failure
// with the right close code, whole or fed one byte at a time; random bytes never crash or hang
// the reader.
#include "realtime/WebSocketFrames.h"

#include "realtime/WebSocketHandshake.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace transcendence::server;
namespace ws = transcendence::server::websocket;
using Kind = ws::FrameReader::Event::Kind;

namespace {

// A client frame: masked (unless told otherwise), with this first byte.
QByteArray clientFrame(quint8 firstByte, const QByteArray &payload, bool masked = true,
                       qint64 announcedLength = -1)
{
    const qint64 length = announcedLength >= 0 ? announcedLength : payload.size();
    QByteArray frame;
    frame.append(char(firstByte));
    const char maskBit = masked ? char(0x80) : char(0);
    if (length <= 125) {
        frame.append(char(maskBit | char(length)));
    } else if (length <= 0xFFFF) {
        frame.append(char(maskBit | 126));
        frame.append(char(length >> 8));
        frame.append(char(length & 0xFF));
    } else {
        frame.append(char(maskBit | 127));
        for (int i = 7; i >= 0; --i) {
            frame.append(char((quint64(length) >> (8 * i)) & 0xFF));
        }
    }
    const char mask[4] = {0x12, 0x34, 0x56, 0x78};
    if (masked) {
        frame.append(mask, 4);
    }
    for (qsizetype i = 0; i < payload.size(); ++i) {
        frame.append(masked ? char(payload[i] ^ mask[i & 3]) : payload[i]);
    }
    return frame;
}

QByteArray text(const QByteArray &payload, bool fin = true)
{
    return clientFrame(quint8((fin ? 0x80 : 0) | 0x1), payload);
}

// Every event of a byte stream, fed in chunks of chunkSize (0: all at once), the way
// RawWebSocket feeds the reader: unparsed bytes are kept and extended.
std::vector<ws::FrameReader::Event> readAll(const QByteArray &stream, int chunkSize = 0,
                                            qint64 maxMessage = 64 * 1024)
{
    ws::FrameReader reader(maxMessage);
    std::vector<ws::FrameReader::Event> events;
    QByteArray pending;
    qsizetype fed = 0;
    while (fed < stream.size()) {
        const qsizetype take =
            chunkSize > 0 ? std::min<qsizetype>(chunkSize, stream.size() - fed) : stream.size();
        pending.append(stream.mid(fed, take));
        fed += take;
        qsizetype offset = 0;
        for (;;) {
            auto event = reader.next(pending, offset);
            if (event.kind == Kind::NeedMore) {
                break;
            }
            const bool failure = event.kind == Kind::Failure;
            events.push_back(std::move(event));
            if (failure) {
                return events;
            }
        }
        pending.remove(0, offset);
    }
    return events;
}

} // namespace

class WebSocketFramesTest : public QObject {
    Q_OBJECT

private slots:
    void serverHeadersUseTheShortestLength();
    void acceptKeyIsTheRfcExample();
    void utf8IsStrict_data();
    void utf8IsStrict();
    void closePayloadCutsAtACharacter();
    void readsMessagesWholeOrByteByByte();
    void assemblesFragmentsAroundControlFrames();
    void refusesMalformedFrames_data();
    void refusesMalformedFrames();
    void refusesAnOversizeMessageFromItsHeader();
    void readsCloseFrames();
    void randomBytesNeverCrashOrHang();
    void mutatedStreamsNeverCrashOrHang();
    void answersUpgrades();
};

void WebSocketFramesTest::serverHeadersUseTheShortestLength()
{
    QCOMPARE(ws::serverFrameHeader(ws::Opcode::Text, 0).size, 2);
    QCOMPARE(ws::serverFrameHeader(ws::Opcode::Text, 125).size, 2);
    QCOMPARE(ws::serverFrameHeader(ws::Opcode::Binary, 126).size, 4);
    QCOMPARE(ws::serverFrameHeader(ws::Opcode::Binary, 65535).size, 4);
    const ws::FrameHeader large = ws::serverFrameHeader(ws::Opcode::Binary, 65536);
    QCOMPARE(large.size, 10);
    QCOMPARE(quint8(large.bytes[0]), quint8(0x82)); // FIN, binary
    QCOMPARE(quint8(large.bytes[1]), quint8(127));  // unmasked, 64-bit length
    QCOMPARE(quint8(large.bytes[7]), quint8(1));    // 65536 = 0x10000
    const ws::FrameHeader small = ws::serverFrameHeader(ws::Opcode::Text, 5);
    QCOMPARE(quint8(small.bytes[0]), quint8(0x81));
    QCOMPARE(quint8(small.bytes[1]), quint8(5));
}

void WebSocketFramesTest::acceptKeyIsTheRfcExample()
{
    // RFC 6455 1.3.
    QCOMPARE(ws::acceptKey("dGhlIHNhbXBsZSBub25jZQ=="), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
}

void WebSocketFramesTest::utf8IsStrict_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ascii") << QByteArray("hello, world: a long ascii run") << true;
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("french") << QStringView(u"déjà vu").toUtf8() << true;
    QTest::newRow("russian") << QStringView(u"Привет").toUtf8() << true;
    QTest::newRow("emoji") << QByteArray("\xF0\x9F\x8F\x93") << true;
    QTest::newRow("max") << QByteArray("\xF4\x8F\xBF\xBF") << true;
    QTest::newRow("above max") << QByteArray("\xF4\x90\x80\x80") << false;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
    QTest::newRow("overlong 2") << QByteArray("\xC0\xAF") << false;
    QTest::newRow("overlong 3") << QByteArray("\xE0\x80\xAF") << false;
    QTest::newRow("overlong 4") << QByteArray("\xF0\x80\x80\xAF") << false;
    QTest::newRow("lone continuation") << QByteArray("a\x80") << false;
    QTest::newRow("cut short") << QByteArray("abc\xE2\x82") << false;
    QTest::newRow("bad continuation") << QByteArray("\xE2\x28\xA1") << false;
    QTest::newRow("ff") << QByteArray("\xFF") << false;
    QTest::newRow("ascii then bad") << QByteArray("0123456789abcdef\xC3") << false;
}

void WebSocketFramesTest::utf8IsStrict()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(ws::isValidUtf8(bytes), valid);
    if (valid) {
        QCOMPARE(QString::fromUtf8(bytes).toUtf8(), bytes);
    }
}

void WebSocketFramesTest::closePayloadCutsAtACharacter()
{
    const QByteArray reason = QString(100, QChar(u'я')).toUtf8(); // 200 bytes, 2 per character
    const QByteArray payload = ws::closePayload(4000, reason);
    QVERIFY(payload.size() <= 125);
    QCOMPARE((quint8(payload[0]) << 8) | quint8(payload[1]), 4000);
    QVERIFY(ws::isValidUtf8(payload.sliced(2)));
    QCOMPARE(payload.size(), 2 + 122);
}

void WebSocketFramesTest::readsMessagesWholeOrByteByByte()
{
    const QByteArray big(70'000, 'x');
    const QByteArray stream = text("{\"type\":\"ping\"}") + clientFrame(0x82, "\x01\x02") +
                              clientFrame(0x89, "p") + clientFrame(0x8A, "q") +
                              clientFrame(0x81, QByteArray(300, 'm'));
    for (const int chunk : {0, 1, 3, 7}) {
        const auto events = readAll(stream, chunk);
        QCOMPARE(events.size(), std::size_t(5));
        QCOMPARE(events[0].kind, Kind::Text);
        QCOMPARE(events[0].payload, QByteArray("{\"type\":\"ping\"}"));
        QCOMPARE(events[1].kind, Kind::Binary);
        QCOMPARE(events[1].payload, QByteArray("\x01\x02"));
        QCOMPARE(events[2].kind, Kind::Ping);
        QCOMPARE(events[2].payload, QByteArray("p"));
        QCOMPARE(events[3].kind, Kind::Pong);
        QCOMPARE(events[4].payload, QByteArray(300, 'm'));
    }
    // A 64-bit length within the limit.
    const auto events = readAll(clientFrame(0x82, big), 4096, 100'000);
    QCOMPARE(events.size(), std::size_t(1));
    QCOMPARE(events[0].payload, big);
}

void WebSocketFramesTest::assemblesFragmentsAroundControlFrames()
{
    // "héllo" split inside the é: each fragment alone is not valid UTF-8, the message is.
    const QByteArray word = QStringView(u"héllo").toUtf8();
    const QByteArray stream = clientFrame(0x01, word.first(2)) + clientFrame(0x89, "ping") +
                              clientFrame(0x00, word.sliced(2, 1)) +
                              clientFrame(0x80, word.sliced(3));
    for (const int chunk : {0, 1}) {
        const auto events = readAll(stream, chunk);
        QCOMPARE(events.size(), std::size_t(2));
        QCOMPARE(events[0].kind, Kind::Ping);
        QCOMPARE(events[1].kind, Kind::Text);
        QCOMPARE(events[1].payload, word);
    }
}

void WebSocketFramesTest::refusesMalformedFrames_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<int>("code");
    QTest::newRow("unmasked") << clientFrame(0x81, "hi", false) << 1002;
    QTest::newRow("reserved bit 1") << clientFrame(0xC1, "hi") << 1002;
    QTest::newRow("reserved bit 3") << clientFrame(0x91, "hi") << 1002;
    QTest::newRow("opcode 3") << clientFrame(0x83, "hi") << 1002;
    QTest::newRow("opcode 11") << clientFrame(0x8B, "hi") << 1002;
    QTest::newRow("control frame over 125") << clientFrame(0x89, QByteArray(126, 'p')) << 1002;
    QTest::newRow("fragmented ping") << clientFrame(0x09, "p") << 1002;
    QTest::newRow("fragmented close") << clientFrame(0x08, "\x03\xE8") << 1002;
    QTest::newRow("continuation first") << clientFrame(0x80, "x") << 1002;
    QTest::newRow("new message inside one") << text("a", false) + clientFrame(0x82, "b") << 1002;
    QTest::newRow("text not utf-8") << text("\xC3\x28") << 1007;
    QTest::newRow("fragmented text not utf-8")
        << text("ok", false) + clientFrame(0x80, "\xFF") << 1007;
    QTest::newRow("64-bit length with the top bit")
        << clientFrame(0x82, {}, true, qint64(1))
               .replace(1, 1, QByteArray("\xFF\x80\0\0\0\0\0\0\0", 9))
        << 1002;
    QTest::newRow("fragments over the limit")
        << text(QByteArray(40'000, 'a'), false) + clientFrame(0x80, QByteArray(30'000, 'b'))
        << 1009;
    QTest::newRow("close with one byte") << clientFrame(0x88, "\x03") << 1002;
    QTest::newRow("close code 1005") << clientFrame(0x88, "\x03\xED") << 1002;
    QTest::newRow("close code 999") << clientFrame(0x88, "\x03\xE7") << 1002;
    QTest::newRow("close code 5000") << clientFrame(0x88, "\x13\x88") << 1002;
    QTest::newRow("close reason not utf-8") << clientFrame(0x88, "\x03\xE8\xFF") << 1007;
}

void WebSocketFramesTest::refusesMalformedFrames()
{
    QFETCH(QByteArray, stream);
    QFETCH(int, code);
    for (const int chunk : {0, 1}) {
        const auto events = readAll(stream, chunk);
        QVERIFY(!events.empty());
        QCOMPARE(events.back().kind, Kind::Failure);
        QCOMPARE(events.back().closeCode, code);
        QVERIFY(events.back().failure);
    }
    // Failed for good: the next bytes are not read as frames.
    ws::FrameReader reader(64 * 1024);
    qsizetype offset = 0;
    QByteArray all = stream + text("after");
    ws::FrameReader::Event event;
    do {
        event = reader.next(all, offset);
    } while (event.kind != Kind::Failure && event.kind != Kind::NeedMore);
    QCOMPARE(event.kind, Kind::Failure);
    QVERIFY(reader.failed());
    QCOMPARE(reader.next(all, offset).kind, Kind::Failure);
}

void WebSocketFramesTest::refusesAnOversizeMessageFromItsHeader()
{
    // Only the header of a 1 GiB frame: refused before any payload arrives.
    const QByteArray header = clientFrame(0x82, {}, true, qint64(1) << 30);
    ws::FrameReader reader(64 * 1024);
    qsizetype offset = 0;
    const auto event = reader.next(header, offset);
    QCOMPARE(event.kind, Kind::Failure);
    QCOMPARE(event.closeCode, 1009);
}

void WebSocketFramesTest::readsCloseFrames()
{
    auto events = readAll(clientFrame(0x88, {}));
    QCOMPARE(events.size(), std::size_t(1));
    QCOMPARE(events[0].kind, Kind::Close);
    QCOMPARE(events[0].closeCode, ws::close_code::NoStatus);
    events = readAll(clientFrame(0x88, QByteArray("\x0F\xA0") + QStringView(u"fini é").toUtf8()));
    QCOMPARE(events[0].kind, Kind::Close);
    QCOMPARE(events[0].closeCode, 4000);
    QCOMPARE(events[0].payload, QStringView(u"fini é").toUtf8());
}

void WebSocketFramesTest::randomBytesNeverCrashOrHang()
{
    QRandomGenerator random(13);
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes(random.bounded(1, 600), Qt::Uninitialized);
        for (char &c : bytes) {
            c = char(random.bounded(256));
        }
        // Sometimes a masked header in front, so the fuzz gets past the first checks.
        if (round % 2 == 0) {
            bytes[0] = char(bytes[0] & 0x8F);
            bytes[1] = char(bytes[1] | 0x80);
        }
        const auto events = readAll(bytes, random.bounded(0, 64));
        // Each event took at least the six bytes of a masked header.
        QVERIFY(events.size() <= std::size_t(bytes.size() / 6 + 1));
        for (std::size_t i = 0; i + 1 < events.size(); ++i) {
            QVERIFY(events[i].kind != Kind::Failure);
        }
        for (const auto &event : events) {
            if (event.kind == Kind::Failure) {
                QVERIFY(event.closeCode == 1002 || event.closeCode == 1007 ||
                        event.closeCode == 1009);
            }
            if (event.kind == Kind::Text) {
                QVERIFY(ws::isValidUtf8(event.payload));
            }
        }
    }
}

void WebSocketFramesTest::mutatedStreamsNeverCrashOrHang()
{
    const QByteArray valid = text("{\"type\":\"hello\",\"version\":1}") + clientFrame(0x89, "p") +
                             text("ab", false) + clientFrame(0x00, "cd") +
                             clientFrame(0x80, QStringView(u"é").toUtf8()) +
                             clientFrame(0x88, "\x03\xE8");
    QRandomGenerator random(6455);
    for (int round = 0; round < 5000; ++round) {
        QByteArray bytes = valid;
        const int flips = random.bounded(1, 4);
        for (int i = 0; i < flips; ++i) {
            bytes[random.bounded(int(bytes.size()))] ^= char(1 << random.bounded(8));
        }
        const auto events = readAll(bytes, random.bounded(0, 9));
        QVERIFY(events.size() <= std::size_t(bytes.size() / 6 + 1));
        for (const auto &event : events) {
            if (event.kind == Kind::Text) {
                QVERIFY(ws::isValidUtf8(event.payload));
            }
        }
    }
}

void WebSocketFramesTest::answersUpgrades()
{
    const QByteArray good = "GET /ws?x=1 HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\n"
                            "Connection: keep-alive, Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nOrigin: https://a\r\n"
                            "X-Real-IP: 10.0.0.1\r\n\r\n";
    const auto request = ws::parseUpgradeRequest(good);
    QVERIFY(request);
    QCOMPARE(request->path, QByteArray("/ws"));
    QCOMPARE(request->header("origin"), QByteArray("https://a"));
    QCOMPARE(request->header("X-REAL-IP"), QByteArray("10.0.0.1"));
    const auto answer = ws::answerUpgrade(*request);
    QVERIFY(answer.accepted);
    QVERIFY(answer.response.startsWith("HTTP/1.1 101 "));
    QVERIFY(answer.response.contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"));

    auto refused = ws::answerUpgrade(*ws::parseUpgradeRequest(
        QByteArray(good).replace("Sec-WebSocket-Version: 13", "Sec-WebSocket-Version: 8")));
    QVERIFY(!refused.accepted);
    QVERIFY(refused.response.startsWith("HTTP/1.1 426 "));
    QVERIFY(refused.response.contains("Sec-WebSocket-Version: 13\r\n"));
    QVERIFY(refused.response.contains("{\"error\":{\"code\":\"unsupported_websocket_version\""));
    refused = ws::answerUpgrade(
        *ws::parseUpgradeRequest(QByteArray(good).replace("dGhlIHNhbXBsZSBub25jZQ==", "c2hvcnQ=")));
    QVERIFY(refused.response.startsWith("HTTP/1.1 400 "));
    refused = ws::answerUpgrade(*ws::parseUpgradeRequest(QByteArray(good).replace("GET", "PUT")));
    QVERIFY(refused.response.startsWith("HTTP/1.1 400 "));
    QVERIFY(!ws::parseUpgradeRequest("no request line"));
    QVERIFY(!ws::parseUpgradeRequest("GET\r\n\r\n"));

    QRandomGenerator random(101);
    for (int round = 0; round < 2000; ++round) {
        QByteArray bytes = good;
        for (int i = 0; i < 3; ++i) {
            bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
        }
        if (const auto parsed = ws::parseUpgradeRequest(bytes)) {
            const auto fuzzed = ws::answerUpgrade(*parsed);
            QVERIFY(fuzzed.response.startsWith("HTTP/1.1 "));
        }
    }
}

QTEST_GUILESS_MAIN(WebSocketFramesTest)
#include "WebSocketFramesTest.moc"
