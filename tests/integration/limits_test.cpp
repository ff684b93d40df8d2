// What a client reaching the server directly (without nginx) gains: nothing (issue 15, item 10).
// - X-Real-IP is believed only from TRANSCENDENCE_TRUSTED_PROXIES (nginx's address; none by
//   default): a local process cannot pose as many clients to escape the rate limits;
// - the server's own request limits: a body above the limit is refused before it is read (413),
//   chunked bodies (411), an oversized header block (431), a request not complete in time (408),
//   and an idle keep-alive connection is closed; pipelined requests still get their answers.
// Raw TCP sockets, so the test chooses its source address (127.0.0.1 or nginx's 127.0.0.2).
// - nginx's Unix socket (TRANSCENDENCE_HTTP_SOCKET, what scripts/ use): X-Real-IP is believed
//   through it, the file is for its owner and group only, and the same request limits hold.
#include "PostgresCluster.h"
#include "ServerProcess.h"
#include "TestEnvironment.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <cstring>
#include <memory>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace transcendence::testing;
using namespace Qt::StringLiterals;

namespace {

const QString kPublicUrl = u"https://localhost:9443"_s;
const QByteArray kSecret = QByteArrayLiteral("limits-test-secret-key-with-more-than-32-bytes!");

// A connection speaking raw HTTP/1.1: TCP from a chosen local address, or the proxy's Unix socket.
class RawConnection {
public:
    RawConnection(const QString &fromAddress, quint16 port)
    {
        auto *socket = new QTcpSocket;
        socket->bind(QHostAddress(fromAddress));
        socket->connectToHost(QHostAddress(u"127.0.0.1"_s), port);
        m_connected = socket->waitForConnected(5000);
        m_socket.reset(socket);
    }
    explicit RawConnection(const QString &unixSocketPath)
    {
        auto *socket = new QLocalSocket;
        socket->connectToServer(unixSocketPath);
        m_connected = socket->waitForConnected(5000);
        m_local = socket;
        m_socket.reset(socket);
    }
    bool connected() const { return m_connected; }
    void send(const QByteArray &bytes)
    {
        m_socket->write(bytes);
        if (m_local) {
            m_local->flush();
        } else {
            static_cast<QTcpSocket *>(m_socket.get())->flush();
        }
        m_socket->waitForBytesWritten(2000);
    }
    // Reads until `answers` complete responses arrived, the peer closed, or the time is up.
    QByteArray readAnswers(int answers, int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        while (countComplete() < answers && timer.elapsed() < timeoutMs && isOpen()) {
            if (m_socket->waitForReadyRead(100)) {
                m_received += m_socket->readAll();
            }
        }
        m_received += m_socket->readAll();
        return m_received;
    }
    // Whether the server closes the connection within the time.
    bool closedWithin(int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            if (!isOpen()) {
                return true;
            }
            if (m_socket->waitForReadyRead(100)) {
                m_received += m_socket->readAll();
            } else if (!isOpen()) {
                return true;
            }
        }
        return false;
    }
    const QByteArray &received() const { return m_received; }

private:
    bool isOpen() const
    {
        if (m_local) {
            return m_local->state() == QLocalSocket::ConnectedState;
        }
        const auto *tcp = static_cast<const QTcpSocket *>(m_socket.get());
        return tcp->state() == QAbstractSocket::ConnectedState &&
               tcp->error() != QAbstractSocket::RemoteHostClosedError;
    }
    // Complete answers so far (each has a Content-Length).
    int countComplete() const
    {
        int complete = 0;
        qsizetype at = 0;
        while (true) {
            const qsizetype headEnd = m_received.indexOf("\r\n\r\n", at);
            if (headEnd < 0) {
                return complete;
            }
            const QByteArray head = m_received.mid(at, headEnd - at).toLower();
            const qsizetype lengthAt = head.indexOf("content-length:");
            qint64 length = 0;
            if (lengthAt >= 0) {
                const qsizetype lineEnd = head.indexOf("\r\n", lengthAt);
                length = head.mid(lengthAt + 15, lineEnd < 0 ? -1 : lineEnd - lengthAt - 15)
                             .trimmed()
                             .toLongLong();
            }
            if (m_received.size() < headEnd + 4 + length) {
                return complete;
            }
            ++complete;
            at = headEnd + 4 + length;
        }
    }

    std::unique_ptr<QIODevice> m_socket;
    QLocalSocket *m_local = nullptr; // m_socket, when it is the Unix socket
    QByteArray m_received;
    bool m_connected = false;
};

int statusOf(const QByteArray &answer)
{
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

QString errorCodeOf(const QByteArray &answer)
{
    const QByteArray body = answer.mid(answer.indexOf("\r\n\r\n") + 4);
    return QJsonDocument::fromJson(body)
        .object()
        .value(u"error"_s)
        .toObject()
        .value(u"code"_s)
        .toString();
}

QByteArray registration(const QString &claimedAddress)
{
    const QString name = u"lim"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"username"_s, name},
                                  {u"email"_s, name + u"@example.com"_s},
                                  {u"password"_s, u"correct horse battery staple"_s}})
            .toJson(QJsonDocument::Compact);
    return "POST /api/auth/register HTTP/1.1\r\nHost: localhost\r\nUser-Agent: limits-test\r\n"
           "Content-Type: application/json\r\nX-Real-IP: " +
           claimedAddress.toLatin1() + "\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n\r\n" + body;
}

} // namespace

class LimitsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void xRealIpIsNotBelievedByDefault();
    void xRealIpIsBelievedFromTheTrustedProxyOnly();
    void aBodyAboveTheLimitIsRefusedBeforeItIsRead();
    void aChunkedBodyIsRefused();
    void anOversizedHeaderBlockIsRefused();
    void aRequestNotCompleteInTimeIsRefused();
    void anIdleConnectionIsClosed();
    void pipelinedRequestsAreAllAnswered();
    void requestsSplitAnywhereAreAnswered();
    void aBusyConnectionOutlivesTheTimeOuts();
    void xRealIpIsBelievedThroughTheProxySocket();
    void aWebSocketUpgradeThroughTheProxySocketTakesOurTransport();
    void theProxySocketKeepsTheRequestLimits();
    void aFileInTheSocketsPlaceStopsTheStart();
    void aStaleSocketIsReplaced();

private:
    std::unique_ptr<ServerProcess> startServer(const QList<std::pair<QString, QString>> &env,
                                               bool keepTrustedProxies);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_default;     // no TRANSCENDENCE_TRUSTED_PROXIES
    std::unique_ptr<ServerProcess> m_behindProxy; // trusts 127.0.0.2 only; small HTTP limits
    QTemporaryDir m_socketDir;
    QString m_socketPath;                          // m_behindSocket's TRANSCENDENCE_HTTP_SOCKET
    std::unique_ptr<ServerProcess> m_behindSocket; // nginx's Unix socket, as scripts/ set it up
};

std::unique_ptr<ServerProcess>
LimitsTest::startServer(const QList<std::pair<QString, QString>> &env, bool keepTrustedProxies)
{
    auto server = std::make_unique<ServerProcess>(m_database->url(), kPublicUrl);
    if (!keepTrustedProxies) {
        server->environment().remove(u"TRANSCENDENCE_TRUSTED_PROXIES"_s);
    }
    server->environment().insert(u"TRANSCENDENCE_SECRET_KEY"_s, QString::fromLatin1(kSecret));
    for (const auto &[name, value] : env) {
        server->environment().insert(name, value);
    }
    if (!server->start()) {
        qWarning("%s", qPrintable(server->log()));
        return nullptr;
    }
    return server;
}

void LimitsTest::initTestCase()
{
    TRANSCENDENCE_REQUIRE_TEST_ENV("TRANSCENDENCE_TEST_ADMIN_DATABASE_URL");
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    m_default = startServer({{u"TRANSCENDENCE_REGISTRATIONS_PER_HOUR"_s, u"2"_s}}, false);
    QVERIFY(m_default);
    m_behindProxy = startServer({{u"TRANSCENDENCE_REGISTRATIONS_PER_HOUR"_s, u"2"_s},
                                 {u"TRANSCENDENCE_TRUSTED_PROXIES"_s, u"127.0.0.2/32"_s},
                                 {u"TRANSCENDENCE_HTTP_MAX_BODY_BYTES"_s, u"4096"_s},
                                 {u"TRANSCENDENCE_HTTP_READ_TIMEOUT_SECONDS"_s, u"1"_s},
                                 {u"TRANSCENDENCE_HTTP_IDLE_TIMEOUT_SECONDS"_s, u"2"_s}},
                                true);
    QVERIFY(m_behindProxy);
    QVERIFY(m_socketDir.isValid());
    m_socketPath = m_socketDir.filePath(u"server.sock"_s);
    m_behindSocket = startServer({{u"TRANSCENDENCE_REGISTRATIONS_PER_HOUR"_s, u"2"_s},
                                  {u"TRANSCENDENCE_HTTP_SOCKET"_s, m_socketPath},
                                  {u"TRANSCENDENCE_HTTP_MAX_BODY_BYTES"_s, u"4096"_s}},
                                 false);
    QVERIFY(m_behindSocket);
}

void LimitsTest::cleanupTestCase()
{
    m_default.reset();
    m_behindProxy.reset();
    m_behindSocket.reset();
    m_database.reset();
}

void LimitsTest::xRealIpIsNotBelievedByDefault()
{
    // One local process claiming three client addresses is one client: the third sign-up in
    // the hour is refused (limit 2).
    QList<int> statuses;
    for (int i = 1; i <= 3; ++i) {
        RawConnection connection(u"127.0.0.1"_s, m_default->port());
        QVERIFY(connection.connected());
        connection.send(registration(u"198.51.100.%1"_s.arg(i)));
        statuses << statusOf(connection.readAnswers(1));
    }
    QCOMPARE(statuses, (QList<int>{201, 201, 429}));
}

void LimitsTest::xRealIpIsBelievedFromTheTrustedProxyOnly()
{
    // From nginx's address (127.0.0.2, as scripts/run sets it up), three clients are three.
    for (int i = 1; i <= 3; ++i) {
        RawConnection connection(u"127.0.0.2"_s, m_behindProxy->port());
        QVERIFY(connection.connected());
        connection.send(registration(u"198.51.100.%1"_s.arg(10 + i)));
        QCOMPARE(statusOf(connection.readAnswers(1)), 201);
    }
    // From anywhere else on this machine the header counts for nothing.
    QList<int> statuses;
    for (int i = 1; i <= 3; ++i) {
        RawConnection connection(u"127.0.0.1"_s, m_behindProxy->port());
        QVERIFY(connection.connected());
        connection.send(registration(u"198.51.100.%1"_s.arg(20 + i)));
        statuses << statusOf(connection.readAnswers(1));
    }
    QCOMPARE(statuses, (QList<int>{201, 201, 429}));
}

void LimitsTest::aBodyAboveTheLimitIsRefusedBeforeItIsRead()
{
    RawConnection connection(u"127.0.0.1"_s, m_behindProxy->port());
    QVERIFY(connection.connected());
    // The headers alone: the server answers without waiting for the 5,000 bytes.
    connection.send("POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\n"
                    "Content-Type: application/json\r\nContent-Length: 5000\r\n\r\n");
    const QByteArray answer = connection.readAnswers(1);
    QCOMPARE(statusOf(answer), 413);
    QCOMPARE(errorCodeOf(answer), u"payload_too_large"_s);
    QVERIFY(connection.closedWithin(3000));
    // At the limit, the request reaches its handler (bad JSON: 400, not 413).
    RawConnection atLimit(u"127.0.0.1"_s, m_behindProxy->port());
    QVERIFY(atLimit.connected());
    atLimit.send("POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\n"
                 "Content-Type: application/json\r\nContent-Length: 4096\r\n\r\n" +
                 QByteArray(4096, 'x'));
    QCOMPARE(statusOf(atLimit.readAnswers(1)), 400);
}

void LimitsTest::aChunkedBodyIsRefused()
{
    RawConnection connection(u"127.0.0.1"_s, m_behindProxy->port());
    QVERIFY(connection.connected());
    connection.send("POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\n"
                    "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                    "2\r\n{}\r\n");
    const QByteArray answer = connection.readAnswers(1);
    QCOMPARE(statusOf(answer), 411);
    QCOMPARE(errorCodeOf(answer), u"length_required"_s);
}

void LimitsTest::anOversizedHeaderBlockIsRefused()
{
    RawConnection connection(u"127.0.0.1"_s, m_behindProxy->port());
    QVERIFY(connection.connected());
    connection.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Padding: " +
                    QByteArray(70 * 1024, 'a') + "\r\n\r\n");
    const QByteArray answer = connection.readAnswers(1);
    QCOMPARE(statusOf(answer), 431);
    QCOMPARE(errorCodeOf(answer), u"headers_too_large"_s);
}

void LimitsTest::aRequestNotCompleteInTimeIsRefused()
{
    // A slow client (slowloris): half a body, then silence. Read time-out: 1 s.
    RawConnection connection(u"127.0.0.1"_s, m_behindProxy->port());
    QVERIFY(connection.connected());
    connection.send("POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\n"
                    "Content-Type: application/json\r\nContent-Length: 20\r\n\r\n{\"login\":");
    const QByteArray answer = connection.readAnswers(1, 6000);
    QCOMPARE(statusOf(answer), 408);
    QCOMPARE(errorCodeOf(answer), u"request_timeout"_s);
    QVERIFY(connection.closedWithin(3000));
}

void LimitsTest::anIdleConnectionIsClosed()
{
    RawConnection connection(u"127.0.0.1"_s, m_behindProxy->port());
    QVERIFY(connection.connected());
    connection.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QCOMPARE(statusOf(connection.readAnswers(1)), 200);
    // Keep-alive, then nothing: closed after the idle limit (2 s).
    QVERIFY(connection.closedWithin(8000));
}

void LimitsTest::pipelinedRequestsAreAllAnswered()
{
    // Several requests in one write, one with a body: the guard follows QHttpServer's framing
    // and lets every one through.
    RawConnection connection(u"127.0.0.1"_s, m_behindProxy->port());
    QVERIFY(connection.connected());
    const QByteArray body = "{\"login\":\"nobody-here\",\"password\":\"wrong password 1\"}";
    connection.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    "POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\n"
                    "Content-Type: application/json\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\n\r\n" + body +
                    "GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n");
    const QByteArray answers = connection.readAnswers(3, 8000);
    QCOMPARE(answers.count("HTTP/1.1 200"), 2);
    QCOMPARE(answers.count("HTTP/1.1 401"), 1);
}

void LimitsTest::requestsSplitAnywhereAreAnswered()
{
    // The guard finds lines across reads: cuts inside the request line, a header, the blank line
    // and a body.
    RawConnection connection(u"127.0.0.1"_s, m_behindProxy->port());
    QVERIFY(connection.connected());
    const QByteArray body = "{\"login\":\"nobody-here\",\"password\":\"wrong password 2\"}";
    const QList<QByteArray> pieces = {
        "GE",
        "T /healthz HTTP/1.1\r",
        "\nHost: loc",
        "alhost\r\n\r",
        "\n",
        "POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        "Content-Len",
        "gth: " + QByteArray::number(body.size()) + "\r\n\r\n" + body.left(10),
        body.mid(10)};
    for (const QByteArray &piece : pieces) {
        connection.send(piece);
        QTest::qWait(20); // so that most pieces arrive in reads of their own
    }
    const QByteArray answers = connection.readAnswers(2, 8000);
    QCOMPARE(answers.count("HTTP/1.1 200"), 1);
    QCOMPARE(answers.count("HTTP/1.1 401"), 1);
}

void LimitsTest::aBusyConnectionOutlivesTheTimeOuts()
{
    // Read time-out 1 s, idle 2 s: eight requests 300 ms apart keep one connection busy past
    // both (each request moves the deadline), and it is closed once idle.
    RawConnection connection(u"127.0.0.1"_s, m_behindProxy->port());
    QVERIFY(connection.connected());
    for (int i = 1; i <= 8; ++i) {
        connection.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QCOMPARE(connection.readAnswers(i).count("HTTP/1.1 200"), i);
        QTest::qWait(300);
    }
    QVERIFY(connection.closedWithin(8000));
}

void LimitsTest::xRealIpIsBelievedThroughTheProxySocket()
{
    // Only the socket's owner and group may connect: whoever can is the proxy.
    const QFileInfo socketFile(m_socketPath);
    QVERIFY(socketFile.exists());
    QCOMPARE(socketFile.permissions() & (QFile::ReadOther | QFile::WriteOther | QFile::ExeOther),
             QFile::Permissions());
    // Through the socket, three clients are three (limit 2 sign-ups an hour per client).
    for (int i = 1; i <= 3; ++i) {
        RawConnection connection(m_socketPath);
        QVERIFY(connection.connected());
        connection.send(registration(u"198.51.100.%1"_s.arg(30 + i)));
        QCOMPARE(statusOf(connection.readAnswers(1)), 201);
    }
    // The same server over TCP, from this machine: the header counts for nothing (no trusted
    // proxies configured besides the socket).
    QList<int> statuses;
    for (int i = 1; i <= 3; ++i) {
        RawConnection connection(u"127.0.0.1"_s, m_behindSocket->port());
        QVERIFY(connection.connected());
        connection.send(registration(u"198.51.100.%1"_s.arg(40 + i)));
        statuses << statusOf(connection.readAnswers(1));
    }
    QCOMPARE(statuses, (QList<int>{201, 201, 429}));
    // The server's log names the client nginx named (awaited: a log thread writes the lines).
    const auto namesTheClient = [this] {
        const auto logged = m_behindSocket->events(u"http_request"_s);
        return std::any_of(logged.cbegin(), logged.cend(), [](const QJsonObject &line) {
            return line.value(u"remote"_s).toString() == u"198.51.100.31"_s;
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(namesTheClient(), 10'000);
}

// nginx's WebSocket upgrades arrive through the socket too: our transport takes them (not
// QWebSocket), and the client is the one nginx named.
void LimitsTest::aWebSocketUpgradeThroughTheProxySocketTakesOurTransport()
{
    RawConnection upgrade(m_socketPath);
    QVERIFY(upgrade.connected());
    upgrade.send("GET /ws HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n"
                 "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                 "Sec-WebSocket-Version: 13\r\nX-Real-IP: 198.51.100.77\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(upgrade.readAnswers(1, 200).contains("\r\n\r\n"), 5'000);
    QVERIFY2(upgrade.received().startsWith("HTTP/1.1 101"), upgrade.received().constData());
    QVERIFY(upgrade.received().contains("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
    const auto connected = [this] {
        const auto logged = m_behindSocket->events(u"ws_connected"_s);
        return std::any_of(logged.cbegin(), logged.cend(), [](const QJsonObject &line) {
            return line.value(u"remote"_s).toString() == u"198.51.100.77"_s &&
                   line.value(u"transport"_s).toString() == u"raw"_s;
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(connected(), 10'000);
}

void LimitsTest::theProxySocketKeepsTheRequestLimits()
{
    RawConnection tooLarge(m_socketPath);
    QVERIFY(tooLarge.connected());
    tooLarge.send("POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\n"
                  "Content-Type: application/json\r\nContent-Length: 5000\r\n\r\n");
    const QByteArray refused = tooLarge.readAnswers(1);
    QCOMPARE(statusOf(refused), 413);
    QCOMPARE(errorCodeOf(refused), u"payload_too_large"_s);
    QVERIFY(tooLarge.closedWithin(3000));
    // Keep-alive and pipelining through the socket, as nginx's upstream pool uses it.
    RawConnection pipelined(m_socketPath);
    QVERIFY(pipelined.connected());
    pipelined.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n"
                   "GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QCOMPARE(pipelined.readAnswers(2, 8000).count("HTTP/1.1 200"), 2);
}

void LimitsTest::aFileInTheSocketsPlaceStopsTheStart()
{
    // A regular file where the socket should be is not removed: the server refuses to start.
    const QString path = m_socketDir.filePath(u"not-a-socket"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    ServerProcess server(m_database->url(), kPublicUrl);
    server.environment().insert(u"TRANSCENDENCE_SECRET_KEY"_s, QString::fromLatin1(kSecret));
    server.environment().insert(u"TRANSCENDENCE_HTTP_SOCKET"_s, path);
    QVERIFY(!server.start());
    QVERIFY(server.waitForExit() != 0);
    QVERIFY(!server.events(u"listen_failed"_s).isEmpty());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
    // Another server's live socket is not taken over either.
    ServerProcess second(m_database->url(), kPublicUrl);
    second.environment().insert(u"TRANSCENDENCE_SECRET_KEY"_s, QString::fromLatin1(kSecret));
    second.environment().insert(u"TRANSCENDENCE_HTTP_SOCKET"_s, m_socketPath);
    QVERIFY(!second.start());
    QVERIFY(second.waitForExit() != 0);
    RawConnection stillServed(m_socketPath);
    QVERIFY(stillServed.connected());
    stillServed.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QCOMPARE(statusOf(stillServed.readAnswers(1)), 200);
}

void LimitsTest::aStaleSocketIsReplaced()
{
    // What a crash leaves: a socket file nobody listens on. The next start takes its place.
    const QString path = m_socketDir.filePath(u"stale.sock"_s);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray native = QFile::encodeName(path);
    std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
    QCOMPARE(::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address), 0);
    ::close(fd);
    QVERIFY(QFileInfo(path).exists());
    ServerProcess server(m_database->url(), kPublicUrl);
    server.environment().insert(u"TRANSCENDENCE_SECRET_KEY"_s, QString::fromLatin1(kSecret));
    server.environment().insert(u"TRANSCENDENCE_HTTP_SOCKET"_s, path);
    QVERIFY2(server.start(), qPrintable(server.log()));
    RawConnection connection(path);
    QVERIFY(connection.connected());
    connection.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QCOMPARE(statusOf(connection.readAnswers(1)), 200);
    // Stopped, it removes its socket.
    QCOMPARE(server.terminate(), 0);
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_GUILESS_MAIN(LimitsTest)
#include "limits_test.moc"
