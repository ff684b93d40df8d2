// match_load: end-to-end load on a running platform, through nginx (https, wss), the way players
// make it. Signs up bot accounts, pairs them through the matchmaking queue into N remote 1v1
// matches, plays (a few inputs a second per player) and reports, for each N: the server's and
// nginx's CPU (from /proc), snapshots received per client per second, the gaps between them,
// input -> snapshot latency, the server's RSS per match and this program's own CPU. See
// bench/README.md ("load") and bench/load/run.sh, which starts a platform and runs this.
// --encoding binary: the bots ask for binary snapshots (docs/protocol.md, "Binary snapshots")
// and decode them with the common codec, as the QML app does; --encoding json,binary measures
// both at each N, one after the other (paired rows on a machine whose load drifts).
#include "core/EpollEventDispatcher.h"
#include "protocol/BinarySnapshot.h"
#include "protocol/ProtocolVersion.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QThread>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <deque>
#include <map>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>
#include <vector>

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// ---- /proc -------------------------------------------------------------------------------------

double clockTicks()
{
    static const double ticks = double(sysconf(_SC_CLK_TCK));
    return ticks;
}

// utime + stime of a process or thread, in seconds; -1 when it is gone.
double cpuSeconds(const QString &statPath)
{
    QFile file(statPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray stat = file.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // After "pid (comm) ": state is field 3, utime 14, stime 15 (1-based in proc(5)).
    if (fields.size() < 13) {
        return -1;
    }
    return (fields[11].toDouble() + fields[12].toDouble()) / clockTicks();
}

double processCpu(qint64 pid)
{
    return cpuSeconds(QStringLiteral("/proc/%1/stat").arg(pid));
}

double mainThreadCpu(qint64 pid)
{
    return cpuSeconds(QStringLiteral("/proc/%1/task/%1/stat").arg(pid));
}

qint64 rssKiB(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

// The workers of an nginx master: its children.
QList<qint64> childrenOf(qint64 parent)
{
    QList<qint64> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric) {
            continue;
        }
        QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray stat = file.readAll();
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields[1].toLongLong() == parent) {
            children << pid;
        }
    }
    return children;
}

double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').value(0).toDouble() : -1;
}

// ---- the server's own figures (GET /metrics on its port: loopback may read it) ---------------

// name{labels} -> value of every sample line; empty when the server did not answer.
std::map<QByteArray, double> scrapeMetrics(int port)
{
    std::map<QByteArray, double> samples;
    if (port <= 0) {
        return samples;
    }
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) {
        return samples;
    }
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const timeval timeout{5, 0}; // a server that does not answer costs 5 s, not the run
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    QByteArray answer;
    qsizetype body = -1;
    qint64 length = -1;
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0) {
        const QByteArray request =
            "GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
        if (::send(fd, request.constData(), std::size_t(request.size()), MSG_NOSIGNAL) ==
            request.size()) {
            char buffer[16384];
            ssize_t got = 0;
            // Until the body's Content-Length is in (the server may keep the connection).
            while ((got = ::recv(fd, buffer, sizeof buffer, 0)) > 0) {
                answer.append(buffer, got);
                if (body < 0 && (body = answer.indexOf("\r\n\r\n")) >= 0) {
                    for (const QByteArray &header : answer.left(body).split('\n')) {
                        if (header.toLower().startsWith("content-length:")) {
                            length = header.mid(15).trimmed().toLongLong();
                        }
                    }
                }
                if (body >= 0 && length >= 0 && answer.size() >= body + 4 + length) {
                    break;
                }
            }
        }
    }
    ::close(fd);
    if (body < 0) {
        return samples;
    }
    for (const QByteArray &line : answer.mid(body + 4).split('\n')) {
        if (line.isEmpty() || line.startsWith('#')) {
            continue;
        }
        const qsizetype space = line.lastIndexOf(' ');
        if (space > 0) {
            samples[line.left(space)] = line.mid(space + 1).toDouble();
        }
    }
    return samples;
}

double sampleDelta(const std::map<QByteArray, double> &before,
                   const std::map<QByteArray, double> &after, const QByteArray &key)
{
    const auto a = after.find(key);
    const auto b = before.find(key);
    return (a == after.end() ? 0 : a->second) - (b == before.end() ? 0 : b->second);
}

// Observations of a histogram above the bucket `le` between two scrapes.
double observedAbove(const std::map<QByteArray, double> &before,
                     const std::map<QByteArray, double> &after, const QByteArray &histogram,
                     const QByteArray &le)
{
    return sampleDelta(before, after, histogram + "_count") -
           sampleDelta(before, after, histogram + "_bucket{le=\"" + le + "\"}");
}

// ---- statistics
// ----------------------------------------------------------------------------------

double percentile(std::vector<float> &values, double p)
{
    if (values.empty()) {
        return 0;
    }
    const auto index = std::min(values.size() - 1, std::size_t(p / 100.0 * double(values.size())));
    std::nth_element(values.begin(), values.begin() + qsizetype(index), values.end());
    return values[index];
}

// A gap >= 40 ms, classified where it happened (bench/README.md, "Where the 40 ms gaps come
// from"). The snapshot's tick says how far apart the room itself sent the two (8.3 ms a step):
// 5 steps or more (>= 41.7 ms) is the server's game thread; otherwise the delay came after the
// room, and it is this client's when its thread's own stalls (time it was not running its event
// loop) explain it, i.e. the gap without them is under 40 ms; the rest is in transit (the
// server thread's send, nginx, the kernels).
struct BigGaps {
    qint64 roomSpaced = 0;
    qint64 clientStalled = 0;
    qint64 inTransit = 0;
};

struct WindowStats {
    BigGaps bigGaps;
    std::vector<float> stallsMs; // this client's event-loop stalls >= kStallMs
    std::vector<float> gapsMs;
    std::vector<float> latencyMs;
    std::vector<int> snapshotsPerClient;
    qint64 bytes = 0;
    qint64 frames = 0;
    qint64 errors = 0;
    qint64 closes = 0;

    void merge(WindowStats &&other)
    {
        gapsMs.insert(gapsMs.end(), other.gapsMs.begin(), other.gapsMs.end());
        stallsMs.insert(stallsMs.end(), other.stallsMs.begin(), other.stallsMs.end());
        bigGaps.roomSpaced += other.bigGaps.roomSpaced;
        bigGaps.clientStalled += other.bigGaps.clientStalled;
        bigGaps.inTransit += other.bigGaps.inTransit;
        latencyMs.insert(latencyMs.end(), other.latencyMs.begin(), other.latencyMs.end());
        snapshotsPerClient.insert(snapshotsPerClient.end(), other.snapshotsPerClient.begin(),
                                  other.snapshotsPerClient.end());
        bytes += other.bytes;
        frames += other.frames;
        errors += other.errors;
        closes += other.closes;
    }
};

// ---- bots
// ----------------------------------------------------------------------------------------

// An account; it may hold several sockets (idle measurement).
struct Bot {
    QString username;
    QString accessToken;
};

// A share of the bots, all on one thread: their REST calls and sockets.
class BotGroup : public QObject {
public:
    BotGroup(QUrl base, QString password)
        : m_base(std::move(base))
        , m_password(std::move(password))
    {}

    std::atomic<int> signedUp{0};
    std::atomic<int> signUpFailures{0};
    std::atomic<int> welcomed{0};
    std::atomic<int> matched{0};
    std::atomic<int> open{0};
    std::atomic<int> connectFailures{0};
    std::atomic<int> lost{0}; // welcomed sockets the server closed

    void sendDueHeartbeats()
    {
        const qint64 now = nowNs();
        for (auto &connection : m_sockets) {
            if (connection.welcomed &&
                connection.socket->state() == QAbstractSocket::ConnectedState &&
                now - connection.lastPingNs >=
                    qint64(transcendence::protocol::kHeartbeatIntervalMs) * 1'000'000) {
                connection.lastPingNs = now;
                connection.socket->sendTextMessage(
                    QStringLiteral("{\"type\":\"ping\",\"seq\":%1}").arg(++connection.pings));
            }
        }
    }

    // Runs on the group's thread from here on.
    void init()
    {
        m_network = new QNetworkAccessManager(this);
        m_inputTimer = new QTimer(this);
        m_inputTimer->setInterval(10);
        connect(m_inputTimer, &QTimer::timeout, this, &BotGroup::sendDueInputs);
        // Like every client: a heartbeat (ping) every kHeartbeatIntervalMs, or the server
        // closes a silent socket after kIdleTimeoutMs (idle sockets would not stay open).
        m_heartbeatTimer = new QTimer(this);
        m_heartbeatTimer->setInterval(1000);
        connect(m_heartbeatTimer, &QTimer::timeout, this, &BotGroup::sendDueHeartbeats);
        m_heartbeatTimer->start();
        // This thread's own lateness: a precise timer every kBeatMs; when it runs late by
        // kStallMs or more, the thread did not run its event loop (busy with other sockets, or
        // not given a core) and read nothing in that time.
        m_beatTimer = new QTimer(this);
        m_beatTimer->setTimerType(Qt::PreciseTimer);
        m_beatTimer->setInterval(kBeatMs);
        connect(m_beatTimer, &QTimer::timeout, this, &BotGroup::beat);
        m_lastBeatNs = nowNs();
        m_beatTimer->start();
    }

    void addBots(const QStringList &usernames)
    {
        for (const QString &name : usernames) {
            m_bots.push_back(std::make_unique<Bot>());
            m_bots.back()->username = name;
        }
    }

    int botCount() const { return int(m_bots.size()); }

    void signUpAll(int inFlight)
    {
        m_signUpNext = 0;
        for (int i = 0; i < inFlight; ++i) {
            signUpNext();
        }
    }

    // Opens `count` authenticated sockets: bot i % size for socket i (a bot may have several).
    void connectSockets(int count, int inFlight)
    {
        m_toConnect = count;
        m_connectNext = 0;
        for (int i = 0; i < inFlight; ++i) {
            connectNext();
        }
    }

    void queueAll(int scoreLimit)
    {
        const QJsonObject message{
            {QStringLiteral("type"), QStringLiteral("queue")},
            {QStringLiteral("mode"), QStringLiteral("one_vs_one")},
            {QStringLiteral("config"),
             QJsonObject{{QStringLiteral("mode"), QStringLiteral("one_vs_one")},
                         {QStringLiteral("scoreLimit"), scoreLimit}}}};
        m_queueText = QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
        for (auto &socket : m_sockets) {
            socket.socket->sendTextMessage(m_queueText);
        }
        m_inputTimer->start();
    }

    void startWindow()
    {
        m_inWindow = true;
        m_stalls.clear();
        m_bigGaps.clear();
        for (auto &socket : m_sockets) {
            socket.windowSnapshots = 0;
            socket.lastSnapshotNs = 0;
        }
    }

    WindowStats endWindow()
    {
        m_inWindow = false;
        WindowStats stats = std::move(m_stats);
        m_stats = {};
        classifyBigGaps(stats);
        for (auto &socket : m_sockets) {
            if (socket.playing) {
                stats.snapshotsPerClient.push_back(socket.windowSnapshots);
            }
        }
        return stats;
    }

    void leaveAndCloseAll()
    {
        m_closingAll = true;
        m_inputTimer->stop();
        for (auto &socket : m_sockets) {
            if (socket.socket->state() == QAbstractSocket::ConnectedState) {
                socket.socket->sendTextMessage(QStringLiteral("{\"type\":\"leave\"}"));
                socket.socket->close();
            }
        }
    }

    void forgetSockets()
    {
        for (auto &socket : m_sockets) {
            socket.socket->disconnect(this);
            socket.socket->abort();
            socket.socket->deleteLater();
        }
        m_sockets.clear();
        m_closingAll = false;
        lost = 0;
        welcomed = 0;
        matched = 0;
        open = 0;
        connectFailures = 0;
    }

    static constexpr int kBeatMs = 4;
    static constexpr qint64 kStallMs = 10;

private:
    struct Gap {
        qint64 startNs = 0; // the previous snapshot's arrival
        qint64 endNs = 0;   // this one's
        qint64 ticks = 0;   // the room's steps between the two
    };

    void beat()
    {
        const qint64 now = nowNs();
        const qint64 due = m_lastBeatNs + qint64(kBeatMs) * 1'000'000;
        m_lastBeatNs = now;
        if (m_inWindow && now - due >= kStallMs * 1'000'000) {
            m_stalls.emplace_back(due, now);
            m_stats.stallsMs.push_back(float(double(now - due) / 1e6));
        }
    }

    // A gap the thread's stalls explain: without the time it was not listening, the gap would
    // have been under 40 ms.
    void classifyBigGaps(WindowStats &stats)
    {
        for (const Gap &gap : m_bigGaps) {
            if (gap.ticks >= 5) { // the room's steps alone were >= 40 ms apart (120 Hz)
                ++stats.bigGaps.roomSpaced;
                continue;
            }
            qint64 stalledNs = 0;
            for (const auto &[from, to] : m_stalls) {
                stalledNs +=
                    std::max<qint64>(0, std::min(to, gap.endNs) - std::max(from, gap.startNs));
            }
            if (gap.endNs - gap.startNs - stalledNs < 40'000'000) {
                ++stats.bigGaps.clientStalled;
            } else {
                ++stats.bigGaps.inTransit;
            }
        }
    }

    struct Connection {
        Bot *bot = nullptr;
        QWebSocket *socket = nullptr;
        bool welcomed = false;
        bool playing = false;
        int seat = -1;
        qint64 seq = 0;
        std::deque<std::pair<qint64, qint64>> pendingInputs; // seq, sent at (ns)
        qint64 nextInputAt = 0;
        qint64 lastTick = -1;
        qint64 lastSnapshotNs = 0;
        int windowSnapshots = 0;
        int queueRetries = 0;
        qint64 lastPingNs = 0;
        qint64 pings = 0;
    };

    QNetworkRequest jsonRequest(const QString &path, const QString &token = {}) const
    {
        QUrl url = m_base;
        url.setPath(path);
        QNetworkRequest request(url);
        // HTTP/1.1: nginx ends an HTTP/2 connection after 1,000 requests, which would fail the
        // ones still in flight on it.
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        if (!token.isEmpty()) {
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        }
        return request;
    }

    void signUpNext()
    {
        if (m_signUpNext >= int(m_bots.size())) {
            return;
        }
        Bot *bot = m_bots[std::size_t(m_signUpNext++)].get();
        const QJsonObject body{
            {QStringLiteral("username"), bot->username},
            {QStringLiteral("email"), bot->username + QStringLiteral("@bench.invalid")},
            {QStringLiteral("password"), m_password},
            {QStringLiteral("client"), QStringLiteral("app")}};
        QNetworkReply *reply = m_network->post(jsonRequest(QStringLiteral("/api/auth/register")),
                                               QJsonDocument(body).toJson(QJsonDocument::Compact));
        connect(reply, &QNetworkReply::finished, this, [this, reply, bot] {
            reply->deleteLater();
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            bot->accessToken = answer.value(QStringLiteral("accessToken")).toString();
            if (bot->accessToken.isEmpty()) {
                ++signUpFailures;
                std::fprintf(stderr, "sign-up of %s failed: %s\n", qPrintable(bot->username),
                             qPrintable(reply->errorString()));
            } else {
                ++signedUp;
            }
            signUpNext();
        });
    }

    void connectNext()
    {
        if (m_connectNext >= m_toConnect) {
            return;
        }
        Bot *bot = m_bots[std::size_t(m_connectNext++ % int(m_bots.size()))].get();
        QNetworkReply *reply = m_network->post(
            jsonRequest(QStringLiteral("/api/auth/ws-ticket"), bot->accessToken), QByteArray());
        connect(reply, &QNetworkReply::finished, this, [this, reply, bot] {
            reply->deleteLater();
            const QString ticket = QJsonDocument::fromJson(reply->readAll())
                                       .object()
                                       .value(QStringLiteral("ticket"))
                                       .toString();
            if (ticket.isEmpty()) {
                ++connectFailures;
                std::fprintf(stderr, "no ticket for %s: %s\n", qPrintable(bot->username),
                             qPrintable(reply->errorString()));
                connectNext();
                return;
            }
            openSocket(bot, ticket);
        });
    }

    void openSocket(Bot *bot, const QString &ticket)
    {
        auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
        m_sockets.push_back(Connection{});
        const std::size_t index = m_sockets.size() - 1;
        m_sockets[index].bot = bot;
        m_sockets[index].socket = socket;
        connect(socket, &QWebSocket::connected, this, [this, socket, ticket] {
            ++open;
            const QJsonObject hello{{QStringLiteral("type"), QStringLiteral("hello")},
                                    {QStringLiteral("version"), 1},
                                    {QStringLiteral("client"), QStringLiteral("bench/1")},
                                    {QStringLiteral("ticket"), ticket},
                                    {QStringLiteral("encoding"), m_encoding}};
            socket->sendTextMessage(
                QString::fromUtf8(QJsonDocument(hello).toJson(QJsonDocument::Compact)));
        });
        connect(socket, &QWebSocket::disconnected, this, [this, index] {
            if (!m_closingAll && m_sockets[index].welcomed) {
                ++lost;
            }
            if (m_inWindow && m_sockets[index].playing) {
                ++m_stats.closes;
            }
        });
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, index](const QString &text) { onText(m_sockets[index], text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this,
                [this, index](const QByteArray &data) { onBinary(m_sockets[index], data); });
        QUrl url = m_base;
        url.setScheme(m_base.scheme() == QStringLiteral("https") ? QStringLiteral("wss")
                                                                 : QStringLiteral("ws"));
        url.setPath(QStringLiteral("/ws"));
        socket->open(url);
    }

    static qint64 numberAfter(QStringView text, QStringView key)
    {
        const qsizetype at = text.indexOf(key);
        if (at < 0) {
            return -1;
        }
        qint64 value = 0;
        bool any = false;
        for (qsizetype i = at + key.size(); i < text.size() && text[i].isDigit(); ++i) {
            value = value * 10 + (text[i].unicode() - '0');
            any = true;
        }
        return any ? value : -1;
    }

    void onText(Connection &connection, const QString &text)
    {
        if (m_inWindow) {
            m_stats.bytes += text.size();
            ++m_stats.frames;
        }
        if (text.contains(u"\"type\":\"snapshot\"")) {
            onSnapshot(connection, numberAfter(text, u"\"tick\":"),
                       numberAfter(text, u"\"lastInputSeq\":"));
            return;
        }
        const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString type = message.value(QStringLiteral("type")).toString();
        if (type == QStringLiteral("welcome")) {
            connection.welcomed = true;
            connection.lastPingNs = nowNs(); // heartbeats spread as the sockets were welcomed
            ++welcomed;
            connectNext();
        } else if (type == QStringLiteral("matchStarted")) {
            for (const QJsonValue &seat : message.value(QStringLiteral("seats")).toArray()) {
                if (seat.toObject().value(QStringLiteral("controlledByYou")).toBool()) {
                    connection.seat = seat.toObject().value(QStringLiteral("seat")).toInt();
                }
            }
            connection.playing = true;
            connection.nextInputAt =
                nowNs() + qint64(QRandomGenerator::global()->bounded(250)) * 1'000'000;
            ++matched;
        } else if (type == QStringLiteral("matchOver")) {
            connection.playing = false;
        } else if (type == QStringLiteral("error") &&
                   message.value(QStringLiteral("code")).toString() ==
                       QStringLiteral("already_playing") &&
                   message.value(QStringLiteral("ref")).toString() == QStringLiteral("queue") &&
                   !connection.playing && connection.queueRetries < 240) {
            // The account's match of the previous run is still being stored (a minute at most on
            // a busy machine): queue again soon.
            ++connection.queueRetries;
            QTimer::singleShot(250, connection.socket,
                               [socket = connection.socket, text = m_queueText] {
                                   socket->sendTextMessage(text);
                               });
        } else if (type == QStringLiteral("error")) {
            if (m_inWindow) {
                ++m_stats.errors;
            }
            std::fprintf(stderr, "error: %s\n", qPrintable(text.left(300)));
        }
    }

    // Binary snapshots (--encoding binary); anything else in a binary frame is an error.
    void onBinary(Connection &connection, const QByteArray &data)
    {
        if (m_inWindow) {
            m_stats.bytes += data.size();
            ++m_stats.frames;
        }
        const auto decoded = transcendence::protocol::decodeBinarySnapshot(data);
        const auto *binary = std::get_if<transcendence::protocol::BinarySnapshot>(&decoded);
        if (!binary) {
            if (m_inWindow) {
                ++m_stats.errors;
            }
            return;
        }
        onSnapshot(connection, binary->snapshot.tick, binary->snapshot.lastInputSeq.value_or(-1));
    }

    void onSnapshot(Connection &connection, qint64 tick, qint64 lastInputSeq)
    {
        const qint64 now = nowNs();
        if (m_inWindow && connection.playing) {
            ++connection.windowSnapshots;
            if (connection.lastSnapshotNs != 0 && tick != connection.lastTick) {
                m_stats.gapsMs.push_back(float(double(now - connection.lastSnapshotNs) / 1e6));
                if (now - connection.lastSnapshotNs >= 40'000'000) {
                    m_bigGaps.push_back(
                        {connection.lastSnapshotNs, now, tick - connection.lastTick});
                }
            }
            connection.lastSnapshotNs = now;
        }
        connection.lastTick = tick;
        while (!connection.pendingInputs.empty() && lastInputSeq >= 0 &&
               connection.pendingInputs.front().first <= lastInputSeq) {
            if (m_inWindow) {
                m_stats.latencyMs.push_back(
                    float(double(now - connection.pendingInputs.front().second) / 1e6));
            }
            connection.pendingInputs.pop_front();
        }
    }

    void sendDueInputs()
    {
        static const QString keys[] = {QStringLiteral("up"), QStringLiteral("down"),
                                       QStringLiteral("none")};
        const qint64 now = nowNs();
        for (auto &connection : m_sockets) {
            if (!connection.playing || connection.seat < 0 || now < connection.nextInputAt) {
                continue;
            }
            connection.nextInputAt = now + m_inputIntervalNs;
            const qint64 seq = ++connection.seq;
            const QString &key = keys[QRandomGenerator::global()->bounded(3)];
            connection.socket->sendTextMessage(
                QStringLiteral("{\"type\":\"input\",\"seq\":%1,\"seat\":%2,\"key\":\"%3\"}")
                    .arg(seq)
                    .arg(connection.seat)
                    .arg(key));
            connection.pendingInputs.emplace_back(seq, now);
            if (connection.pendingInputs.size() > 64) {
                connection.pendingInputs.pop_front();
            }
        }
    }

public:
    qint64 m_inputIntervalNs = 250'000'000;
    QString m_encoding = QStringLiteral("json"); // hello's "encoding"

private:
    QUrl m_base;
    QString m_password;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_inputTimer = nullptr;
    QTimer *m_heartbeatTimer = nullptr;
    QTimer *m_beatTimer = nullptr;
    qint64 m_lastBeatNs = 0;
    std::vector<std::pair<qint64, qint64>> m_stalls; // [due, ran) in this window
    std::vector<Gap> m_bigGaps;
    bool m_closingAll = false;
    std::vector<std::unique_ptr<Bot>> m_bots;
    std::vector<Connection> m_sockets;
    int m_signUpNext = 0;
    int m_toConnect = 0;
    int m_connectNext = 0;
    bool m_inWindow = false;
    WindowStats m_stats;
    QString m_queueText;
};

// ---- orchestration
// -------------------------------------------------------------------------------

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QThread::msleep(50);
        QCoreApplication::processEvents();
    }
    return true;
}

void sleepMs(int ms)
{
    QThread::msleep(ms);
}

template <typename F>
void onGroups(std::vector<BotGroup *> &groups, F f)
{
    for (BotGroup *group : groups) {
        QMetaObject::invokeMethod(
            group, [group, f] { f(group); }, Qt::BlockingQueuedConnection);
    }
}

int sumOf(std::vector<BotGroup *> &groups, std::atomic<int> BotGroup::*counter)
{
    int sum = 0;
    for (BotGroup *group : groups) {
        sum += (group->*counter).load();
    }
    return sum;
}

struct CpuSample {
    double server = 0, serverMain = 0, nginx = 0, self = 0;
};

CpuSample sampleCpu(qint64 serverPid, const QList<qint64> &nginxPids)
{
    CpuSample sample;
    sample.server = processCpu(serverPid);
    sample.serverMain = mainThreadCpu(serverPid);
    for (qint64 pid : nginxPids) {
        sample.nginx += std::max(0.0, processCpu(pid));
    }
    sample.self = processCpu(QCoreApplication::applicationPid());
    return sample;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("End-to-end match load through nginx"));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("url"), QStringLiteral("The platform (https://localhost:PORT)."),
         QStringLiteral("url")},
        {QStringLiteral("ca"), QStringLiteral("CA certificate of the platform's TLS."),
         QStringLiteral("file")},
        {QStringLiteral("matches"), QStringLiteral("Match counts, e.g. 100,200,500,1000."),
         QStringLiteral("list"), QStringLiteral("100,200,500,1000")},
        {QStringLiteral("idle"), QStringLiteral("Also measure this many idle signed-in sockets."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("seconds"), QStringLiteral("Measured seconds per match count."),
         QStringLiteral("s"), QStringLiteral("20")},
        {QStringLiteral("warmup"), QStringLiteral("Seconds after the countdown before measuring."),
         QStringLiteral("s"), QStringLiteral("2")},
        {QStringLiteral("threads"), QStringLiteral("Client threads."), QStringLiteral("n"),
         QStringLiteral("2")},
        {QStringLiteral("inputs"), QStringLiteral("Inputs per second per player."),
         QStringLiteral("n"), QStringLiteral("4")},
        {QStringLiteral("server-pid"), QStringLiteral("transcendence-server's PID."),
         QStringLiteral("pid")},
        {QStringLiteral("nginx-pid"), QStringLiteral("nginx master's PID (workers are found)."),
         QStringLiteral("pid")},
        {QStringLiteral("prefix"), QStringLiteral("Bot user name prefix."), QStringLiteral("p"),
         QStringLiteral("bot")},
        {QStringLiteral("json"), QStringLiteral("Also write the results here."),
         QStringLiteral("file")},
        {QStringLiteral("encoding"),
         QStringLiteral("Snapshot encodings: json, binary, or both (json,binary) at each N."),
         QStringLiteral("list"), QStringLiteral("json")},
        {QStringLiteral("dispatcher"),
         QStringLiteral("The client threads' event dispatcher: epoll (default) or qt (glib)."),
         QStringLiteral("name"), QStringLiteral("epoll")},
        {QStringLiteral("metrics-port"),
         QStringLiteral("The server's own port: its /metrics is read around each window."),
         QStringLiteral("port"), QStringLiteral("0")},
    });
    parser.process(app);

    const QUrl base(parser.value(QStringLiteral("url")));
    if (!base.isValid() || base.host().isEmpty()) {
        std::fprintf(stderr, "--url https://localhost:PORT is required\n");
        return 2;
    }
    // Loopback only: this program generates load, and may only send it to this machine.
    if (base.host() != QStringLiteral("localhost") &&
        !base.host().startsWith(QStringLiteral("127."))) {
        std::fprintf(stderr, "refusing to load anything but loopback (%s)\n",
                     qPrintable(base.host()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("ca"))) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(parser.value(QStringLiteral("ca")));
        QSslConfiguration::setDefaultConfiguration(tls);
    }
    QList<int> counts;
    for (const QString &n :
         parser.value(QStringLiteral("matches")).split(u',', Qt::SkipEmptyParts)) {
        counts << n.toInt();
    }
    const int idleSockets = parser.value(QStringLiteral("idle")).toInt();
    const QStringList encodings =
        parser.value(QStringLiteral("encoding")).split(u',', Qt::SkipEmptyParts);
    for (const QString &encoding : encodings) {
        if (encoding != QStringLiteral("json") && encoding != QStringLiteral("binary")) {
            std::fprintf(stderr, "--encoding takes json and/or binary\n");
            return 2;
        }
    }
    if (encodings.isEmpty()) {
        std::fprintf(stderr, "--encoding takes json and/or binary\n");
        return 2;
    }
    const int seconds = std::max(1, parser.value(QStringLiteral("seconds")).toInt());
    const int warmup = std::max(0, parser.value(QStringLiteral("warmup")).toInt());
    const int threadCount = std::clamp(parser.value(QStringLiteral("threads")).toInt(), 1, 16);
    const int inputsPerSecond = std::clamp(parser.value(QStringLiteral("inputs")).toInt(), 1, 60);
    const qint64 serverPid = parser.value(QStringLiteral("server-pid")).toLongLong();
    const qint64 nginxMaster = parser.value(QStringLiteral("nginx-pid")).toLongLong();
    const int metricsPort = parser.value(QStringLiteral("metrics-port")).toInt();
    QList<qint64> nginxPids = childrenOf(nginxMaster);
    nginxPids << nginxMaster;
    const int maxMatches = counts.isEmpty() ? 0 : *std::max_element(counts.begin(), counts.end());
    // Idle sockets are spread over enough accounts to stay under the per-account connection cap
    // (16, TRANSCENDENCE_WS_PER_ACCOUNT) and the WebSocket ticket rate (per player and minute).
    const int idleBots = idleSockets > 0 ? std::max(2, (idleSockets + 11) / 12) : 0;
    const int botCount = std::max(2 * maxMatches, idleBots);
    const QString prefix = parser.value(QStringLiteral("prefix")) +
                           QString::number(QRandomGenerator::global()->bounded(100000));

    const bool epoll = parser.value(QStringLiteral("dispatcher")) != QStringLiteral("qt");
    std::vector<QThread *> threads;
    std::vector<BotGroup *> groups;
    for (int t = 0; t < threadCount; ++t) {
        auto *thread = new QThread;
        if (epoll) {
            thread->setEventDispatcher(new transcendence::server::EpollEventDispatcher);
        }
        auto *group = new BotGroup(base, QStringLiteral("bench-password-%1").arg(prefix));
        group->m_inputIntervalNs = 1'000'000'000 / inputsPerSecond;
        group->moveToThread(thread);
        thread->start();
        QMetaObject::invokeMethod(
            group, [group] { group->init(); }, Qt::BlockingQueuedConnection);
        threads.push_back(thread);
        groups.push_back(group);
    }
    for (int t = 0; t < threadCount; ++t) {
        QStringList names;
        for (int i = t; i < botCount; i += threadCount) {
            names << QStringLiteral("%1_%2").arg(prefix).arg(i);
        }
        QMetaObject::invokeMethod(
            groups[std::size_t(t)], [g = groups[std::size_t(t)], names] { g->addBots(names); },
            Qt::BlockingQueuedConnection);
    }

    std::printf("# match_load: %d bots, %d client threads on %s, %s snapshots, %d s windows, "
                "load average %.2f before\n",
                botCount, threadCount, epoll ? "epoll" : "glib", qPrintable(encodings.join(u'+')),
                seconds, loadAverage());
    std::fflush(stdout);
    QElapsedTimer phase;
    phase.start();
    onGroups(groups, [](BotGroup *g) { g->signUpAll(4); });
    if (!waitUntil(
            [&] {
                return sumOf(groups, &BotGroup::signedUp) +
                           sumOf(groups, &BotGroup::signUpFailures) >=
                       botCount;
            },
            30 * 60 * 1000) ||
        sumOf(groups, &BotGroup::signUpFailures) > 0) {
        std::fprintf(stderr, "sign-ups failed: %d of %d\n",
                     sumOf(groups, &BotGroup::signUpFailures), botCount);
        return 1;
    }
    std::printf("# signed up %d bots in %.1f s\n", botCount, double(phase.elapsed()) / 1000.0);
    std::printf("| matches | load avg | server CPU ms per match-s | server cores (main thread) | "
                "nginx cores | snapshots/s per client min / mean | gap ms p50 / p99 / max | "
                "gaps >= 40 ms | input->snapshot ms p50 / p99 | server RSS KiB per match | "
                "bytes per snapshot | client cores | errors / closes |\n");
    std::printf("|---:|---:|---:|---|---:|---|---|---:|---|---:|---:|---:|---|\n");
    std::fflush(stdout);

    QJsonArray results;
    int exitCode = 0;
    QList<std::pair<int, QString>> runs; // each N in each encoding
    for (int n : counts) {
        for (const QString &encoding : encodings) {
            runs.append({n, encoding});
        }
    }
    for (const auto &[n, encoding] : runs) {
        onGroups(groups, [encoding](BotGroup *g) { g->m_encoding = encoding; });
        const qint64 rssBefore = rssKiB(serverPid);
        const int sockets = 2 * n;
        // Spread the sockets: each group opens its share (its bots, in order).
        for (std::size_t t = 0; t < groups.size(); ++t) {
            const int share = sockets / threadCount + (int(t) < sockets % threadCount ? 1 : 0);
            QMetaObject::invokeMethod(
                groups[t], [g = groups[t], share] { g->connectSockets(share, 16); },
                Qt::BlockingQueuedConnection);
        }
        if (!waitUntil([&] { return sumOf(groups, &BotGroup::welcomed) >= sockets; }, 300'000)) {
            std::fprintf(stderr, "N=%d: only %d of %d sockets welcomed\n", n,
                         sumOf(groups, &BotGroup::welcomed), sockets);
            exitCode = 1;
            break;
        }
        onGroups(groups, [](BotGroup *g) { g->queueAll(50); });
        if (!waitUntil([&] { return sumOf(groups, &BotGroup::matched) >= sockets; }, 120'000)) {
            std::fprintf(stderr, "N=%d: only %d of %d players matched\n", n,
                         sumOf(groups, &BotGroup::matched), sockets);
            exitCode = 1;
            break;
        }
        sleepMs(3000 + warmup * 1000); // the countdown, then a little play
        const double load = loadAverage();
        const auto metricsBefore = scrapeMetrics(metricsPort);
        const CpuSample before = sampleCpu(serverPid, nginxPids);
        const qint64 windowStart = nowNs();
        onGroups(groups, [](BotGroup *g) { g->startWindow(); });
        sleepMs(seconds * 1000);
        WindowStats stats;
        for (BotGroup *group : groups) {
            WindowStats part;
            QMetaObject::invokeMethod(
                group, [group, &part] { part = group->endWindow(); }, Qt::BlockingQueuedConnection);
            stats.merge(std::move(part));
        }
        const double elapsed = double(nowNs() - windowStart) / 1e9;
        const CpuSample after = sampleCpu(serverPid, nginxPids);
        const qint64 rssDuring = rssKiB(serverPid);
        const auto metricsAfter = scrapeMetrics(metricsPort);

        const double serverCpu = after.server - before.server;
        const double msPerMatchSecond = serverCpu * 1000.0 / (double(n) * elapsed);
        std::vector<float> perClient;
        for (int count : stats.snapshotsPerClient) {
            perClient.push_back(float(double(count) / elapsed));
        }
        const double minRate =
            perClient.empty() ? 0 : *std::min_element(perClient.begin(), perClient.end());
        double meanRate = 0;
        for (float rate : perClient) {
            meanRate += rate;
        }
        meanRate = perClient.empty() ? 0 : meanRate / double(perClient.size());
        const auto bigGaps = std::count_if(stats.gapsMs.begin(), stats.gapsMs.end(),
                                           [](float gap) { return gap >= 40.0f; });
        const double gapMax =
            stats.gapsMs.empty() ? 0 : *std::max_element(stats.gapsMs.begin(), stats.gapsMs.end());
        const double gap50 = percentile(stats.gapsMs, 50), gap99 = percentile(stats.gapsMs, 99);
        const double lat50 = percentile(stats.latencyMs, 50),
                     lat99 = percentile(stats.latencyMs, 99);
        const double rssPerMatch = double(rssDuring - rssBefore) / double(n);
        const double bytesPerFrame = stats.frames ? double(stats.bytes) / double(stats.frames) : 0;
        std::printf(
            "| %d %s | %.2f | %.2f | %.2f (%.2f) | %.2f | %.1f / %.1f | %.1f / %.1f / %.1f | "
            "%lld of %zu | %.1f / %.1f | %.0f | %.0f | %.2f | %lld / %lld |\n",
            n, qPrintable(encoding), load, msPerMatchSecond, serverCpu / elapsed,
            (after.serverMain - before.serverMain) / elapsed,
            (after.nginx - before.nginx) / elapsed, minRate, meanRate, gap50, gap99, gapMax,
            qint64(bigGaps), stats.gapsMs.size(), lat50, lat99, rssPerMatch, bytesPerFrame,
            (after.self - before.self) / elapsed, stats.errors, stats.closes);
        // Where the gaps >= 40 ms came from, and what the server saw of its own delays in the
        // window (its metrics; -1 without --metrics-port).
        const bool haveMetrics = !metricsBefore.empty() && !metricsAfter.empty();
        const auto serverAbove = [&](const QByteArray &histogram, const QByteArray &le) {
            return haveMetrics ? observedAbove(metricsBefore, metricsAfter, histogram, le) : -1.0;
        };
        const double stepsLate = serverAbove("transcendence_tick_lateness_seconds", "0.016");
        const double serverGaps = serverAbove("transcendence_snapshot_gap_seconds", "0.04");
        const double handoffsLate = serverAbove("transcendence_snapshot_handoff_seconds", "0.016");
        const double sendsLate = serverAbove("transcendence_websocket_send_wait_seconds", "0.016");
        const double handoffs = haveMetrics
                                    ? sampleDelta(metricsBefore, metricsAfter,
                                                  "transcendence_snapshot_handoff_seconds_count")
                                    : -1.0;
        const double sends = haveMetrics
                                 ? sampleDelta(metricsBefore, metricsAfter,
                                               "transcendence_websocket_send_wait_seconds_count")
                                 : -1.0;
        const double blocked = haveMetrics
                                   ? sampleDelta(metricsBefore, metricsAfter,
                                                 "transcendence_websocket_writes_blocked_total")
                                   : -1.0;
        const double stallMax = stats.stallsMs.empty() ? 0
                                                       : *std::max_element(stats.stallsMs.begin(),
                                                                           stats.stallsMs.end());
        std::printf(
            "#   N=%d gaps >= 40 ms: %lld sent >= 40 ms apart by the room (game thread), %lld "
            "explained by this client's stalls, %lld in transit | client event-loop "
            "stalls >= %lld ms: %zu, max %.1f ms | server: steps late > 16 ms %.0f, "
            "snapshot gaps > 40 ms %.0f, handoffs > 16 ms %.0f of %.0f, socket send "
            "waits > 16 ms %.0f of %.0f, writes blocked %.0f\n",
            n, stats.bigGaps.roomSpaced, stats.bigGaps.clientStalled, stats.bigGaps.inTransit,
            BotGroup::kStallMs, stats.stallsMs.size(), stallMax, stepsLate, serverGaps,
            handoffsLate, handoffs, sendsLate, sends, blocked);
        std::fflush(stdout);
        results.append(QJsonObject{
            {QStringLiteral("matches"), n},
            {QStringLiteral("bigGapsRoomSpaced"), stats.bigGaps.roomSpaced},
            {QStringLiteral("bigGapsClientStalled"), stats.bigGaps.clientStalled},
            {QStringLiteral("bigGapsInTransit"), stats.bigGaps.inTransit},
            {QStringLiteral("clientStalls"), qint64(stats.stallsMs.size())},
            {QStringLiteral("clientStallMaxMs"), stallMax},
            {QStringLiteral("serverStepsLateOver16ms"), stepsLate},
            {QStringLiteral("serverSnapshotGapsOver40ms"), serverGaps},
            {QStringLiteral("serverHandoffsOver16ms"), handoffsLate},
            {QStringLiteral("serverSendWaitsOver16ms"), sendsLate},
            {QStringLiteral("serverWritesBlocked"), blocked},
            {QStringLiteral("encoding"), encoding},
            {QStringLiteral("loadAverage"), load},
            {QStringLiteral("serverCpuMsPerMatchSecond"), msPerMatchSecond},
            {QStringLiteral("serverCores"), serverCpu / elapsed},
            {QStringLiteral("serverMainThreadCores"),
             (after.serverMain - before.serverMain) / elapsed},
            {QStringLiteral("nginxCores"), (after.nginx - before.nginx) / elapsed},
            {QStringLiteral("snapshotsPerSecondMin"), minRate},
            {QStringLiteral("snapshotsPerSecondMean"), meanRate},
            {QStringLiteral("gapMsP50"), gap50},
            {QStringLiteral("gapMsP99"), gap99},
            {QStringLiteral("gapMsMax"), gapMax},
            {QStringLiteral("gapsOver40ms"), qint64(bigGaps)},
            {QStringLiteral("inputLatencyMsP50"), lat50},
            {QStringLiteral("inputLatencyMsP99"), lat99},
            {QStringLiteral("serverRssKiBPerMatch"), rssPerMatch},
            {QStringLiteral("bytesPerSnapshot"), bytesPerFrame},
            {QStringLiteral("clientCores"), (after.self - before.self) / elapsed},
            {QStringLiteral("errors"), stats.errors},
            {QStringLiteral("closes"), stats.closes},
        });
        onGroups(groups, [](BotGroup *g) { g->leaveAndCloseAll(); });
        waitUntil([&] { return false; }, 3000); // matches end and are stored
        onGroups(groups, [](BotGroup *g) { g->forgetSockets(); });
        sleepMs(2000);
    }

    if (exitCode == 0 && idleSockets > 0) {
        const qint64 rssBefore = rssKiB(serverPid);
        for (std::size_t t = 0; t < groups.size(); ++t) {
            const int share =
                idleSockets / threadCount + (int(t) < idleSockets % threadCount ? 1 : 0);
            QMetaObject::invokeMethod(
                groups[t], [g = groups[t], share] { g->connectSockets(share, 16); },
                Qt::BlockingQueuedConnection);
        }
        if (!waitUntil([&] { return sumOf(groups, &BotGroup::welcomed) >= idleSockets; },
                       300'000)) {
            std::fprintf(stderr, "idle: only %d of %d sockets welcomed\n",
                         sumOf(groups, &BotGroup::welcomed), idleSockets);
            exitCode = 1;
        } else {
            sleepMs(2000);
            const CpuSample before = sampleCpu(serverPid, nginxPids);
            const qint64 start = nowNs();
            sleepMs(seconds * 1000);
            const double elapsed = double(nowNs() - start) / 1e9;
            const CpuSample after = sampleCpu(serverPid, nginxPids);
            const double bytesPerSocket =
                double(rssKiB(serverPid) - rssBefore) * 1024.0 / double(idleSockets);
            std::printf("\n# idle: %d signed-in sockets: server %.0f bytes RSS each, server %.4f "
                        "cores, nginx %.4f cores (load average %.2f); %d closed by the server\n",
                        idleSockets, bytesPerSocket, (after.server - before.server) / elapsed,
                        (after.nginx - before.nginx) / elapsed, loadAverage(),
                        sumOf(groups, &BotGroup::lost));
            results.append(QJsonObject{
                {QStringLiteral("idleSockets"), idleSockets},
                {QStringLiteral("serverBytesPerSocket"), bytesPerSocket},
                {QStringLiteral("serverCores"), (after.server - before.server) / elapsed},
                {QStringLiteral("nginxCores"), (after.nginx - before.nginx) / elapsed}});
        }
        onGroups(groups, [](BotGroup *g) { g->leaveAndCloseAll(); });
        waitUntil([&] { return false; }, 2000);
        onGroups(groups, [](BotGroup *g) { g->forgetSockets(); });
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QFile out(parser.value(QStringLiteral("json")));
        if (out.open(QIODevice::WriteOnly)) {
            out.write(QJsonDocument(results).toJson());
        }
    }
    for (std::size_t t = 0; t < groups.size(); ++t) {
        QMetaObject::invokeMethod(
            groups[t], [g = groups[t]] { delete g; }, Qt::BlockingQueuedConnection);
        threads[t]->quit();
        threads[t]->wait();
        delete threads[t];
    }
    return exitCode;
}
