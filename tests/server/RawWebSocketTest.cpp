// Our WebSocket transport (realtime/RawWebSocket) on the server thread's epoll dispatcher:
// first on a socket pair, byte for byte (messages in and out, pings, both close handshakes, the
// close timeout, bad frames closed with their code, no buffer kept when idle); then the real
// listener, QHttpServer and hub, as the server runs them: Qt's QWebSocket client talks to it
// (interop), an upgrade on a keep-alive connection that served HTTP first is taken too, bad
// upgrades get HTTP errors, a raw client's bad frames get their close code, and a client that
// stops reading gets fewer snapshots, then "too slow" and a close.
// No wall-clock assertion: conditions are awaited with generous time-outs.
#include "realtime/RawWebSocket.h"

#include "core/EpollEventDispatcher.h"
#include "http/LowDelayTcpServer.h"
#include "protocol/ProtocolVersion.h"
#include "realtime/RealtimeHub.h"
#include "realtime/WebSocketFrames.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include <arpa/inet.h>
#include <fcntl.h>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace transcendence::server;
using namespace Qt::StringLiterals;
namespace ws = transcendence::server::websocket;

namespace {

constexpr int kWaitMs = 20'000;

QByteArray maskedFrame(quint8 firstByte, const QByteArray &payload, bool masked = true)
{
    QByteArray frame;
    frame.append(char(firstByte));
    const char maskBit = masked ? char(0x80) : char(0);
    if (payload.size() <= 125) {
        frame.append(char(maskBit | char(payload.size())));
    } else {
        frame.append(char(maskBit | 126));
        frame.append(char(payload.size() >> 8));
        frame.append(char(payload.size() & 0xFF));
    }
    const char mask[4] = {0x0A, 0x0B, 0x0C, 0x0D};
    if (masked) {
        frame.append(mask, 4);
    }
    for (qsizetype i = 0; i < payload.size(); ++i) {
        frame.append(masked ? char(payload[i] ^ mask[i & 3]) : payload[i]);
    }
    return frame;
}

// The client's end of a connection: a plain descriptor, written at once, read without blocking
// (the server runs on this thread's event loop).
class RawPeer {
public:
    explicit RawPeer(int fd)
        : m_fd(fd)
    {
        ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    }
    ~RawPeer() { closeNow(); }

    static std::unique_ptr<RawPeer> connectTo(quint16 port)
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
            ::close(fd);
            return nullptr;
        }
        return std::make_unique<RawPeer>(fd);
    }

    void write(const QByteArray &bytes)
    {
        qsizetype sent = 0;
        while (sent < bytes.size()) {
            const ssize_t n = ::send(m_fd, bytes.constData() + sent,
                                     std::size_t(bytes.size() - sent), MSG_NOSIGNAL);
            if (n < 0 && errno == EAGAIN) {
                QCoreApplication::processEvents();
                continue;
            }
            if (n <= 0) {
                return;
            }
            sent += n;
        }
    }
    // Reads what has arrived; false once the server closed its end.
    bool pump()
    {
        char buffer[65536];
        for (;;) {
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, MSG_DONTWAIT);
            if (n > 0) {
                received.append(buffer, n);
                continue;
            }
            if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
                ended = true;
            }
            return !ended;
        }
    }
    // Waits for the HTTP answer's head; returns it (and leaves what follows in received).
    QByteArray awaitHttpHead()
    {
        QByteArray head;
        static_cast<void>(QTest::qWaitFor(
            [&] {
                pump();
                return received.contains("\r\n\r\n") || ended;
            },
            kWaitMs));
        const qsizetype end = received.indexOf("\r\n\r\n");
        if (end >= 0) {
            head = received.first(end + 4);
            received.remove(0, end + 4);
        }
        return head;
    }
    // The next unmasked server frame: opcode and payload; opcode -1 if none came.
    std::pair<int, QByteArray> awaitFrame()
    {
        std::pair<int, QByteArray> frame{-1, {}};
        static_cast<void>(QTest::qWaitFor(
            [&] {
                pump();
                if (received.size() >= 2) {
                    const quint8 shortLength = quint8(received[1]) & 0x7F;
                    qsizetype header = 2;
                    qsizetype length = shortLength;
                    if (shortLength == 126 && received.size() >= 4) {
                        header = 4;
                        length = (quint8(received[2]) << 8) | quint8(received[3]);
                    } else if (shortLength == 127) {
                        return false; // not used by these tests
                    }
                    if (received.size() >= header + length &&
                        !(shortLength == 126 && header == 2)) {
                        frame = {quint8(received[0]) & 0x0F, received.sliced(header, length)};
                        received.remove(0, header + length);
                        return true;
                    }
                }
                return ended;
            },
            kWaitMs));
        return frame;
    }
    bool awaitEnd()
    {
        return QTest::qWaitFor(
            [&] {
                pump();
                return ended;
            },
            kWaitMs);
    }
    void closeNow()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }

    QByteArray received;
    bool ended = false;

private:
    int m_fd;
};

int closeCodeOf(const QByteArray &payload)
{
    return payload.size() >= 2 ? (quint8(payload[0]) << 8) | quint8(payload[1]) : -1;
}

class Recorder final : public WebSocketTransport::Receiver {
public:
    QList<QByteArray> texts;
    QList<QByteArray> binaries;
    QList<qint64> pongs;
    int closed = 0;
    void onTextMessage(const QByteArray &utf8) override { texts << utf8; }
    void onBinaryMessage(const QByteArray &data) override { binaries << data; }
    void onPong(qint64 ms) override { pongs << ms; }
    void onClosed() override { ++closed; }
};

QByteArray upgradeRequest(const QByteArray &extra = {}, const QByteArray &version = "13")
{
    return "GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
           "Sec-WebSocket-Version: " +
           version + "\r\n" + extra + "\r\n";
}
const QByteArray kKey = "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class RawWebSocketTest : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void readsAndWritesFramesAndKeepsNoBufferWhenIdle();
    void answersPingsAndMeasuresItsOwn();
    void closesWithAHandshake();
    void closesWhenThePeerDoesNotAnswer();
    void echoesThePeersClose();
    void closesOnBadFrames_data();
    void closesOnBadFrames();

    void qtClientsTalkToIt();
    void takesAnUpgradeAfterHttpOnTheSameConnection();
    void answersBadUpgradesWithHttpErrors();
    void rawClientsBadFramesAreClosed();
    void aClientThatStopsReadingIsClosed();

private:
    // A transport on one end of a socket pair, the peer on the other.
    void pair();
    // The listener, QHttpServer and hub as the server wires them.
    void platform();
    std::unique_ptr<RawPeer> openRaw(); // upgraded, hello sent, welcome read

    std::unique_ptr<RawWebSocket> m_socket;
    std::unique_ptr<RawPeer> m_peer;
    Recorder m_recorder;
    std::unique_ptr<QHttpServer> m_http;
    std::unique_ptr<RealtimeHub> m_hub;
    quint16 m_port = 0;
};

void RawWebSocketTest::init()
{
    RawWebSocket::setCloseTimeoutMs(5000);
    m_recorder = {};
}

void RawWebSocketTest::cleanup()
{
    m_socket.reset();
    m_peer.reset();
    m_hub.reset();
    m_http.reset();
}

void RawWebSocketTest::pair()
{
    int fds[2];
    QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds), 0);
    ::fcntl(fds[0], F_SETFL, ::fcntl(fds[0], F_GETFL) | O_NONBLOCK);
    m_socket = std::make_unique<RawWebSocket>(fds[0], 64 * 1024, QByteArray());
    m_socket->setReceiver(&m_recorder);
    m_peer = std::make_unique<RawPeer>(fds[1]);
}

void RawWebSocketTest::platform()
{
    m_http = std::make_unique<QHttpServer>();
    auto listener = std::make_unique<LowDelayTcpServer>();
    QVERIFY(listener->listen(QHostAddress::LocalHost, 0));
    m_port = listener->serverPort();
    m_hub = std::make_unique<RealtimeHub>(
        *m_http, QStringList{u"https://ours.example"_s},
        [](const QByteArray &, QObject *,
           std::function<void(std::optional<RealtimeIdentity>)> done) { done(std::nullopt); });
    RealtimeHub *hub = m_hub.get();
    listener->setWebSocketUpgradeHandler(
        [hub](QTcpSocket &socket, QByteArrayView head) { return hub->takeUpgrade(socket, head); });
    m_http->bind(listener.release());
}

std::unique_ptr<RawPeer> RawWebSocketTest::openRaw()
{
    auto peer = RawPeer::connectTo(m_port);
    if (!peer) {
        return nullptr;
    }
    peer->write(upgradeRequest(kKey));
    const QByteArray head = peer->awaitHttpHead();
    if (!head.startsWith("HTTP/1.1 101 ") ||
        !head.contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n")) {
        qWarning() << "no upgrade:" << head;
        return nullptr;
    }
    peer->write(maskedFrame(
        0x81, json({{u"type"_s, u"hello"_s}, {u"version"_s, 1}, {u"client"_s, u"test"_s}})));
    const auto [opcode, welcome] = peer->awaitFrame();
    if (opcode != 1 || !welcome.contains("\"welcome\"")) {
        qWarning() << "no welcome:" << opcode << welcome;
        return nullptr;
    }
    return peer;
}

void RawWebSocketTest::readsAndWritesFramesAndKeepsNoBufferWhenIdle()
{
    pair();
    const QByteArray frame = maskedFrame(0x81, "{\"type\":\"ping\",\"seq\":1}");
    m_peer->write(frame.first(3)); // a frame cut inside its mask
    QVERIFY(QTest::qWaitFor([&] { return m_socket->holdsBuffers(); }, kWaitMs));
    m_peer->write(frame.sliced(3) + maskedFrame(0x82, "\x01\x02\x03"));
    QTRY_COMPARE_WITH_TIMEOUT(m_recorder.binaries.size(), 1, kWaitMs);
    QCOMPARE(m_recorder.texts, QList<QByteArray>{"{\"type\":\"ping\",\"seq\":1}"});
    QCOMPARE(m_recorder.binaries.first(), QByteArray("\x01\x02\x03"));
    QVERIFY(!m_socket->holdsBuffers());

    const QByteArray shared(300, 's');
    m_socket->sendText(QByteArray("hello"));
    m_socket->sendBinary(shared);
    QVERIFY(m_socket->bytesQueued() > 0); // written at the end of the event-loop pass
    QTRY_COMPARE_WITH_TIMEOUT(m_socket->bytesQueued(), 0, kWaitMs);
    QVERIFY(!m_socket->holdsBuffers());
    auto [opcode, payload] = m_peer->awaitFrame();
    QCOMPARE(opcode, 1);
    QCOMPARE(payload, QByteArray("hello"));
    std::tie(opcode, payload) = m_peer->awaitFrame();
    QCOMPARE(opcode, 2);
    QCOMPARE(payload, shared);
}

void RawWebSocketTest::answersPingsAndMeasuresItsOwn()
{
    pair();
    m_peer->write(maskedFrame(0x89, "abc"));
    auto [opcode, payload] = m_peer->awaitFrame();
    QCOMPARE(opcode, 0xA);
    QCOMPARE(payload, QByteArray("abc"));

    m_socket->ping();
    std::tie(opcode, payload) = m_peer->awaitFrame();
    QCOMPARE(opcode, 0x9);
    m_peer->write(maskedFrame(0x8A, payload));
    QTRY_COMPARE_WITH_TIMEOUT(m_recorder.pongs.size(), 1, kWaitMs);
    QVERIFY(m_recorder.pongs.first() >= 0 && m_recorder.pongs.first() <= 60'000);
    // A pong nobody asked for, with a payload of another size, is ignored.
    m_peer->write(maskedFrame(0x8A, "x"));
    m_peer->write(maskedFrame(0x81, "after"));
    QTRY_COMPARE_WITH_TIMEOUT(m_recorder.texts.size(), 1, kWaitMs);
    QCOMPARE(m_recorder.pongs.size(), 1);
}

void RawWebSocketTest::closesWithAHandshake()
{
    pair();
    m_socket->close(4000, u"no heartbeat"_s);
    QVERIFY(!m_socket->isOpen());
    m_socket->sendText(QByteArray("never sent"));
    const auto [opcode, payload] = m_peer->awaitFrame();
    QCOMPARE(opcode, 0x8);
    QCOMPARE(closeCodeOf(payload), 4000);
    QCOMPARE(payload.sliced(2), QByteArray("no heartbeat"));
    QCOMPARE(m_recorder.closed, 0); // waiting for the answer
    m_peer->write(maskedFrame(0x81, "late message, dropped") + maskedFrame(0x88, "\x0F\xA0"));
    QTRY_COMPARE_WITH_TIMEOUT(m_recorder.closed, 1, kWaitMs);
    QVERIFY(m_peer->awaitEnd());
    QVERIFY(m_peer->received.isEmpty());
    QVERIFY(m_recorder.texts.isEmpty());
}

void RawWebSocketTest::closesWhenThePeerDoesNotAnswer()
{
    RawWebSocket::setCloseTimeoutMs(100);
    pair();
    m_socket->close(1001, u"going away"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_recorder.closed, 1, kWaitMs);
    QVERIFY(m_peer->awaitEnd());
    QVERIFY(!m_socket->holdsBuffers());
}

void RawWebSocketTest::echoesThePeersClose()
{
    pair();
    m_peer->write(maskedFrame(0x88, "\x03\xE8"
                                    "bye"));
    const auto [opcode, payload] = m_peer->awaitFrame();
    QCOMPARE(opcode, 0x8);
    QCOMPARE(closeCodeOf(payload), 1000);
    QVERIFY(m_peer->awaitEnd());
    QTRY_COMPARE_WITH_TIMEOUT(m_recorder.closed, 1, kWaitMs);
}

void RawWebSocketTest::closesOnBadFrames_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<int>("code");
    QTest::newRow("unmasked") << maskedFrame(0x81, "hi", false) << 1002;
    QTest::newRow("reserved bits") << maskedFrame(0xF1, "hi") << 1002;
    QTest::newRow("opcode 5") << maskedFrame(0x85, "hi") << 1002;
    QTest::newRow("ping over 125 bytes") << maskedFrame(0x89, QByteArray(126, 'p')) << 1002;
    QTest::newRow("fragmented ping") << maskedFrame(0x09, "p") << 1002;
    QTest::newRow("text not utf-8") << maskedFrame(0x81, "\xFF\xFE") << 1007;
    QTest::newRow("oversize") << maskedFrame(0x80, QByteArray(65535, 'b')).first(200) << 1009;
}

void RawWebSocketTest::closesOnBadFrames()
{
    QFETCH(QByteArray, frame);
    QFETCH(int, code);
    // The transport's own limit here is 64 KiB; "oversize" announces 65,535 + fragments.
    pair();
    if (code == 1009) {
        m_peer->write(maskedFrame(0x02, QByteArray(1000, 'a')));
    }
    m_peer->write(frame);
    const auto [opcode, payload] = m_peer->awaitFrame();
    QCOMPARE(opcode, 0x8);
    QCOMPARE(closeCodeOf(payload), code);
    QVERIFY(m_peer->awaitEnd());
    QTRY_COMPARE_WITH_TIMEOUT(m_recorder.closed, 1, kWaitMs);
    QVERIFY(m_recorder.texts.isEmpty());
}

void RawWebSocketTest::qtClientsTalkToIt()
{
    platform();
    QWebSocket client;
    QSignalSpy texts(&client, &QWebSocket::textMessageReceived);
    QSignalSpy closed(&client, &QWebSocket::disconnected);
    client.open(QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(m_port)));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::ConnectedState, kWaitMs);
    QCOMPARE(m_hub->sessionCount(), 1);
    client.sendTextMessage(QString::fromUtf8(
        json({{u"type"_s, u"hello"_s}, {u"version"_s, 1}, {u"client"_s, u"qt"_s}})));
    QTRY_COMPARE_WITH_TIMEOUT(texts.size(), 1, kWaitMs);
    QVERIFY(texts.at(0).at(0).toString().contains(u"\"welcome\""_s));
    // Unicode both ways, a message a bit over the protocol limit (a readable error), pings.
    client.sendTextMessage(u"{\"type\":\"ping\",\"seq\":7,\"note\":\"é Привет 🏓\"}"_s);
    QTRY_COMPARE_WITH_TIMEOUT(texts.size(), 2, kWaitMs);
    QVERIFY(texts.at(1).at(0).toString().contains(u"\"pong\""_s));
    client.sendTextMessage(QString(transcendence::protocol::kMaxMessageBytes + 10, u'a'));
    QTRY_COMPARE_WITH_TIMEOUT(texts.size(), 3, kWaitMs);
    QVERIFY(texts.at(2).at(0).toString().contains(u"message_too_large"_s));
    QSignalSpy pongs(&client, &QWebSocket::pong);
    client.ping("qt");
    QTRY_COMPARE_WITH_TIMEOUT(pongs.size(), 1, kWaitMs);
    // Far over the limit: closed with 1009.
    client.sendTextMessage(QString(transcendence::protocol::kMaxMessageBytes * 5, u'a'));
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, kWaitMs);
    QCOMPARE(int(client.closeCode()), 1009);
    QTRY_COMPARE_WITH_TIMEOUT(m_hub->sessionCount(), 0, kWaitMs);
}

void RawWebSocketTest::takesAnUpgradeAfterHttpOnTheSameConnection()
{
    // nginx reuses its keep-alive connections to the server for upgrades.
    platform();
    auto peer = RawPeer::connectTo(m_port);
    QVERIFY(peer);
    peer->write("GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const QByteArray plain = peer->awaitHttpHead();
    QVERIFY2(plain.startsWith("HTTP/1.1 426 "), plain.constData());
    const qsizetype length = plain.indexOf("Content-Length: ");
    QVERIFY(length > 0);
    const int bodySize = plain.mid(length + 16, plain.indexOf('\r', length) - length - 16).toInt();
    QVERIFY(QTest::qWaitFor(
        [&] {
            peer->pump();
            return peer->received.size() >= bodySize;
        },
        kWaitMs));
    peer->received.remove(0, bodySize);
    peer->write(upgradeRequest(kKey));
    const QByteArray head = peer->awaitHttpHead();
    QVERIFY2(head.startsWith("HTTP/1.1 101 "), head.constData());
    peer->write(maskedFrame(0x81, json({{u"type"_s, u"hello"_s}, {u"version"_s, 1}})));
    const auto [opcode, welcome] = peer->awaitFrame();
    QCOMPARE(opcode, 1);
    QVERIFY(welcome.contains("\"welcome\""));
}

void RawWebSocketTest::answersBadUpgradesWithHttpErrors()
{
    platform();
    const QList<std::pair<QByteArray, QByteArray>> cases = {
        {upgradeRequest(kKey, "8"), "HTTP/1.1 426 "},
        {upgradeRequest(), "HTTP/1.1 400 "},
        {upgradeRequest("Sec-WebSocket-Key: c2hvcnQ=\r\n"), "HTTP/1.1 400 "},
        {upgradeRequest(kKey).replace("HTTP/1.1", "HTTP/1.0"), "HTTP/1.1 400 "},
    };
    for (const auto &[request, status] : cases) {
        auto peer = RawPeer::connectTo(m_port);
        QVERIFY(peer);
        peer->write(request);
        const QByteArray head = peer->awaitHttpHead();
        QVERIFY2(head.startsWith(status), head.constData());
        QVERIFY(peer->awaitEnd());
        QVERIFY(peer->received.contains("{\"error\":{\"code\":"));
    }
    QCOMPARE(m_hub->sessionCount(), 0);
    // A foreign page's origin: upgraded, then closed with 1008 as before.
    auto peer = RawPeer::connectTo(m_port);
    peer->write(upgradeRequest(kKey + "Origin: https://evil.example\r\n"));
    QVERIFY(peer->awaitHttpHead().startsWith("HTTP/1.1 101 "));
    const auto [opcode, payload] = peer->awaitFrame();
    QCOMPARE(opcode, 0x8);
    QCOMPARE(closeCodeOf(payload), 1008);
    peer->write(maskedFrame(0x88, payload));
    QVERIFY(peer->awaitEnd());
}

void RawWebSocketTest::rawClientsBadFramesAreClosed()
{
    platform();
    for (const auto &[frame, code] :
         QList<std::pair<QByteArray, int>>{{maskedFrame(0x81, "{}", false), 1002},
                                           {maskedFrame(0x81, "\xC0\xAF"), 1007},
                                           {maskedFrame(0xA1, "{}"), 1002}}) {
        auto peer = openRaw();
        QVERIFY(peer);
        QTRY_COMPARE_WITH_TIMEOUT(m_hub->sessionCount(), 1, kWaitMs);
        peer->write(frame);
        const auto [opcode, payload] = peer->awaitFrame();
        QCOMPARE(opcode, 0x8);
        QCOMPARE(closeCodeOf(payload), code);
        QVERIFY(peer->awaitEnd());
        QTRY_COMPARE_WITH_TIMEOUT(m_hub->sessionCount(), 0, kWaitMs);
    }
}

void RawWebSocketTest::aClientThatStopsReadingIsClosed()
{
    RawWebSocket::setCloseTimeoutMs(500);
    platform();
    auto peer = openRaw();
    QVERIFY(peer);
    // The welcome names the connection.
    const QString id = [&] {
        const auto sessions = m_hub->findChildren<RealtimeSession *>();
        return sessions.isEmpty() ? QString() : sessions.first()->connectionId();
    }();
    QPointer<RealtimeSession> session = m_hub->session(id);
    QVERIFY(session);
    QSignalSpy finished(session.data(), &RealtimeSession::finished);
    // The client reads nothing from here on. One buffer of 1 MiB, shared by every send.
    const QByteArray message = "\"" + QByteArray(1024 * 1024, 'x') + "\"";
    bool dropped = false;
    for (int i = 0; i < 400 && session && finished.isEmpty(); ++i) {
        if (!session->sendIfKeepingUp(message)) {
            dropped = true; // a snapshot-like message is dropped while 64 KiB wait
            session->sendSerialized(message);
        }
        QCoreApplication::processEvents();
    }
    QVERIFY(dropped);
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, kWaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(m_hub->sessionCount(), 0, kWaitMs);
}

int main(int argc, char **argv)
{
    // The server thread's dispatcher, as in the server.
    QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    RawWebSocketTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "RawWebSocketTest.moc"
