// chat_bench: chat deliveries through the real server (bench/README.md, "chat_bench"). N
// accounts in online tournaments' conversations of --group members each send a message every
// 1/--rate s over real WebSockets (within the per-account limit); every member's socket
// receives the others' messages. Reports deliveries per second, end-to-end latency (send to
// receive, one clock: this process) and the CPU the server (and PostgreSQL) spent per 1,000
// deliveries, from /proc.
#include "ApiTestClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>

#include <algorithm>
#include <memory>
#include <unistd.h>
#include <vector>

using namespace transcendence::testing;
using namespace Qt::StringLiterals;

namespace {

QElapsedTimer g_clock;

// utime + stime of a process, in seconds (/proc/PID/stat fields 14 and 15).
double cpuSeconds(qint64 pid)
{
    QFile file(u"/proc/%1/stat"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QByteArray stat = file.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13) {
        return 0;
    }
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) /
           double(sysconf(_SC_CLK_TCK));
}

qint64 parentOf(qint64 pid)
{
    QFile file(u"/proc/%1/stat"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray stat = file.readAll();
    return stat.mid(stat.lastIndexOf(')') + 2).split(' ').value(1).toLongLong();
}

// A parent and all its children: PostgreSQL's postmaster with its backends and WAL writer, or
// nginx's master with its workers.
double clusterCpuSeconds(qint64 postmaster)
{
    if (postmaster <= 0) {
        return 0;
    }
    double total = cpuSeconds(postmaster);
    for (const QString &entry : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (ok && parentOf(pid) == postmaster) {
            total += cpuSeconds(pid);
        }
    }
    return total;
}

struct Member {
    ApiTestClient::Account account;
    qint64 conversationId = 0;
    std::unique_ptr<QWebSocket> socket;
    bool welcomed = false;
};

double percentile(std::vector<double> &values, double p)
{
    if (values.empty()) {
        return 0;
    }
    const auto index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    std::nth_element(values.begin(), values.begin() + qsizetype(index), values.end());
    return values[index];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{u"url"_s, u"the platform, https://localhost:PORT through nginx"_s, u"url"_s},
         {u"ws"_s, u"its WebSocket, wss://localhost:PORT/ws"_s, u"url"_s},
         {u"ca"_s, u"CA certificate of the platform's TLS"_s, u"file"_s},
         {u"nginx-pid"_s, u"nginx's master pid, for its CPU"_s, u"pid"_s, u"0"_s},
         {u"users"_s, u"accounts"_s, u"n"_s, u"320"_s},
         {u"group"_s, u"members per conversation (3..16)"_s, u"n"_s, u"16"_s},
         {u"rate"_s, u"messages per second per account (<= 1)"_s, u"r"_s, u"0.9"_s},
         {u"seconds"_s, u"measured seconds"_s, u"s"_s, u"20"_s},
         {u"warmup"_s, u"seconds before measuring"_s, u"s"_s, u"4"_s},
         {u"server-pid"_s, u"the server's pid, for its CPU"_s, u"pid"_s, u"0"_s},
         {u"postmaster-pid"_s, u"PostgreSQL's postmaster pid"_s, u"pid"_s, u"0"_s},
         {u"json"_s, u"also write the results here"_s, u"file"_s}});
    parser.process(app);
    if (parser.isSet(u"ca"_s)) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(parser.value(u"ca"_s));
        QSslConfiguration::setDefaultConfiguration(tls);
    }
    const int users = parser.value(u"users"_s).toInt();
    const int group = std::clamp(parser.value(u"group"_s).toInt(), 3, 16);
    const double rate = std::clamp(parser.value(u"rate"_s).toDouble(), 0.05, 1.0);
    const double seconds = parser.value(u"seconds"_s).toDouble();
    const double warmup = parser.value(u"warmup"_s).toDouble();
    const qint64 serverPid = parser.value(u"server-pid"_s).toLongLong();
    const qint64 postmasterPid = parser.value(u"postmaster-pid"_s).toLongLong();
    const qint64 nginxPid = parser.value(u"nginx-pid"_s).toLongLong();
    ApiTestClient api(parser.value(u"url"_s));
    g_clock.start();

    // Accounts, then one online tournament per group: its conversation is the group's.
    std::vector<Member> members(static_cast<size_t>(users));
    for (int i = 0; i < users; ++i) {
        members[size_t(i)].account = api.registerAccount(u"bench_"_s);
        if (members[size_t(i)].account.id == 0) {
            qFatal("registration failed (raise TRANSCENDENCE_REGISTRATIONS_PER_HOUR)");
        }
    }
    qInfo("%d accounts registered in %.1f s", users, double(g_clock.elapsed()) / 1000);
    for (int first = 0; first < users; first += group) {
        const auto &owner = members[size_t(first)].account;
        const HttpAnswer created = api.authorized(
            "POST", u"/api/tournaments"_s, owner.accessToken,
            {{u"kind"_s, u"online"_s}, {u"name"_s, u"Bench %1"_s.arg(first / group)}});
        const qint64 tournament = created.json().value(u"id"_s).toInteger();
        for (int i = first; i < std::min(users, first + group); ++i) {
            api.authorized("POST", u"/api/tournaments/%1/join"_s.arg(tournament),
                           members[size_t(i)].account.accessToken);
        }
    }
    for (Member &member : members) {
        for (int attempt = 0; attempt < 50 && member.conversationId == 0; ++attempt) {
            const QJsonArray list =
                api.authorized("GET", u"/api/chat/conversations"_s, member.account.accessToken)
                    .json()
                    .value(u"conversations"_s)
                    .toArray();
            member.conversationId = list.isEmpty() ? 0 : list.first()[u"id"_s].toInteger();
            if (member.conversationId == 0) {
                QThread::msleep(100);
            }
        }
        if (member.conversationId == 0) {
            qFatal("no tournament conversation");
        }
    }

    // Measured window (set when warm-up ends), and what happens inside it.
    qint64 windowStartNs = -1;
    qint64 windowEndNs = -1;
    std::vector<double> latenciesMs;
    qint64 deliveries = 0;
    qint64 sent = 0;
    qint64 refused = 0;
    int welcomed = 0;
    QNetworkAccessManager network;
    for (Member &member : members) {
        member.socket = std::make_unique<QWebSocket>(QString(), QWebSocketProtocol::VersionLatest);
        Member *self = &member;
        // The ticket is asked for without blocking: a synchronous REST call here stalled every
        // other socket's handshake (at 320 accounts and more over wss, sockets then missed the
        // server's 10 s hello limit).
        QObject::connect(member.socket.get(), &QWebSocket::connected, [self, &network, &parser] {
            QNetworkRequest request(QUrl(parser.value(u"url"_s) + u"/api/auth/ws-ticket"_s));
            request.setRawHeader("Authorization", "Bearer " + self->account.accessToken.toLatin1());
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            QNetworkReply *reply = network.post(request, QByteArray("{}"));
            QObject::connect(reply, &QNetworkReply::finished, reply, [self, reply] {
                reply->deleteLater();
                const QString ticket = QJsonDocument::fromJson(reply->readAll())
                                           .object()
                                           .value(u"ticket"_s)
                                           .toString();
                if (ticket.isEmpty()) {
                    qWarning("no ticket: %s", qPrintable(reply->errorString()));
                    return;
                }
                self->socket->sendTextMessage(
                    QString::fromUtf8(QJsonDocument(QJsonObject{{u"type"_s, u"hello"_s},
                                                                {u"version"_s, 1},
                                                                {u"client"_s, u"chat-bench"_s},
                                                                {u"ticket"_s, ticket}})
                                          .toJson(QJsonDocument::Compact)));
            });
        });
        QObject::connect(member.socket.get(), &QWebSocket::textMessageReceived,
                         [self, &welcomed, &windowStartNs, &windowEndNs, &latenciesMs, &deliveries,
                          &refused](const QString &text) {
                             const qint64 now = g_clock.nsecsElapsed();
                             const QJsonObject message =
                                 QJsonDocument::fromJson(text.toUtf8()).object();
                             const QString type = message.value(u"type"_s).toString();
                             if (type == u"welcome"_s) {
                                 self->welcomed = true;
                                 ++welcomed;
                             } else if (type == u"chatMessage"_s) {
                                 // "bench <sent ns>"
                                 const qint64 sentNs = message.value(u"message"_s)
                                                           .toObject()
                                                           .value(u"text"_s)
                                                           .toString()
                                                           .section(u' ', 1, 1)
                                                           .toLongLong();
                                 if (windowStartNs >= 0 && sentNs >= windowStartNs &&
                                     (windowEndNs < 0 || sentNs < windowEndNs)) {
                                     latenciesMs.push_back(double(now - sentNs) / 1e6);
                                     ++deliveries;
                                 }
                             } else if (type == u"chatSendFailed"_s) {
                                 ++refused;
                             }
                         });
        member.socket->open(QUrl(parser.value(u"ws"_s)));
    }
    QElapsedTimer opening;
    opening.start();
    while (welcomed < users) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        if (opening.elapsed() > 120'000) {
            qFatal("only %d of %d sockets were welcomed in 120 s", welcomed, users);
        }
    }
    qInfo("%d sockets welcomed; sending", users);

    // Each account sends every 1/rate s, starting at a random offset (a steady aggregate rate).
    const qint64 periodMs = qint64(1000.0 / rate);
    std::vector<std::unique_ptr<QTimer>> timers;
    for (Member &member : members) {
        auto timer = std::make_unique<QTimer>();
        timer->setTimerType(Qt::PreciseTimer);
        timer->setInterval(int(periodMs));
        Member *self = &member;
        QObject::connect(timer.get(), &QTimer::timeout, [self, &sent] {
            self->socket->sendTextMessage(QString::fromUtf8(
                QJsonDocument(QJsonObject{{u"type"_s, u"chatSend"_s},
                                          {u"conversationId"_s, self->conversationId},
                                          {u"text"_s, u"bench %1"_s.arg(g_clock.nsecsElapsed())},
                                          {u"clientMessageId"_s,
                                           QUuid::createUuid().toString(QUuid::WithoutBraces)}})
                    .toJson(QJsonDocument::Compact)));
            ++sent;
        });
        QTimer *raw = timer.get();
        QTimer::singleShot(int(QRandomGenerator::global()->bounded(periodMs)), raw,
                           [raw] { raw->start(); });
        timers.push_back(std::move(timer));
    }
    double serverCpu0 = 0;
    double databaseCpu0 = 0;
    double nginxCpu0 = 0;
    qint64 sent0 = 0;
    QTimer::singleShot(int(warmup * 1000), [&] {
        windowStartNs = g_clock.nsecsElapsed();
        serverCpu0 = cpuSeconds(serverPid);
        databaseCpu0 = clusterCpuSeconds(postmasterPid);
        nginxCpu0 = clusterCpuSeconds(nginxPid);
        sent0 = sent;
    });
    double serverCpu = 0;
    double databaseCpu = 0;
    double nginxCpu = 0;
    qint64 sentInWindow = 0;
    QTimer::singleShot(int((warmup + seconds) * 1000), [&] {
        windowEndNs = g_clock.nsecsElapsed();
        serverCpu = cpuSeconds(serverPid) - serverCpu0;
        databaseCpu = clusterCpuSeconds(postmasterPid) - databaseCpu0;
        nginxCpu = clusterCpuSeconds(nginxPid) - nginxCpu0;
        sentInWindow = sent - sent0;
        for (auto &timer : timers) {
            timer->stop();
        }
        QTimer::singleShot(2000, &app, &QCoreApplication::quit); // the last deliveries land
    });
    app.exec();

    const double windowS = double(windowEndNs - windowStartNs) / 1e9;
    std::vector<double> sorted = latenciesMs;
    const double p50 = percentile(sorted, 0.50);
    const double p99 = percentile(sorted, 0.99);
    const double worst = sorted.empty() ? 0 : *std::max_element(sorted.begin(), sorted.end());
    const double perThousand = deliveries > 0 ? serverCpu * 1e6 / double(deliveries) : 0;
    const double dbPerThousand = deliveries > 0 ? databaseCpu * 1e6 / double(deliveries) : 0;
    const double nginxPerThousand = deliveries > 0 ? nginxCpu * 1e6 / double(deliveries) : 0;
    const QJsonObject results{
        {u"users"_s, users},
        {u"group"_s, group},
        {u"ratePerUser"_s, rate},
        {u"seconds"_s, windowS},
        {u"messagesPerSecond"_s, double(sentInWindow) / windowS},
        {u"refused"_s, refused},
        {u"deliveriesPerSecond"_s, double(deliveries) / windowS},
        {u"latencyP50Ms"_s, p50},
        {u"latencyP99Ms"_s, p99},
        {u"latencyMaxMs"_s, worst},
        {u"serverCpuSeconds"_s, serverCpu},
        {u"serverCpuMsPer1000Deliveries"_s, perThousand},
        {u"deliveriesPerServerCoreSecond"_s, serverCpu > 0 ? double(deliveries) / serverCpu : 0},
        {u"databaseCpuMsPer1000Deliveries"_s, dbPerThousand},
        {u"nginxCpuMsPer1000Deliveries"_s, nginxPerThousand}};
    printf("| users | group | msgs/s | deliveries/s | p50 ms | p99 ms | max ms | server CPU ms "
           "/ 1k deliveries | deliveries / server core-s | PostgreSQL CPU ms / 1k | nginx CPU ms / "
           "1k | refused |\n");
    printf("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    printf("| %d | %d | %.0f | %.0f | %.1f | %.1f | %.1f | %.1f | %.0f | %.1f | %.1f | %lld |\n",
           users, group, double(sentInWindow) / windowS, double(deliveries) / windowS, p50, p99,
           worst, perThousand, serverCpu > 0 ? double(deliveries) / serverCpu : 0, dbPerThousand,
           nginxPerThousand, refused);
    if (parser.isSet(u"json"_s)) {
        QFile out(parser.value(u"json"_s));
        if (out.open(QIODevice::WriteOnly)) {
            out.write(QJsonDocument(results).toJson());
        }
    }
    return 0;
}
