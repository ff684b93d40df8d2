// dispatcher_bench: what one busy connection costs the server thread while many others are
// connected and silent, with Qt's dispatcher or with EpollEventDispatcher. One thread, loopback
// TCP: --idle N connected socket pairs that say nothing, and one pair that plays ping-pong
// (--bytes per message, --round-trips of them). Reports process CPU per round trip (getrusage),
// loop passes per round trip and the load average, so the machine's state is on record.
//   dispatcher_bench --dispatcher epoll --idle 2000 --round-trips 20000
#include "core/EpollEventDispatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QByteArray loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    return file.open(QIODevice::ReadOnly) ? file.readLine().split(' ').value(0) : "?";
}

} // namespace

int main(int argc, char *argv[])
{
    // Two descriptors per connection: lift the soft limit to the hard one.
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }
    // The choice has to be made before the application exists.
    bool epoll = true;
    for (int i = 1; i + 1 < argc; ++i) {
        if (QByteArray(argv[i]) == "--dispatcher") {
            epoll = QByteArray(argv[i + 1]) != "qt";
        }
    }
    if (epoll) {
        QCoreApplication::setEventDispatcher(new transcendence::server::EpollEventDispatcher);
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{u"dispatcher"_s, u"epoll (default) or qt"_s, u"name"_s, u"epoll"_s},
                       {u"idle"_s, u"silent connections"_s, u"count"_s, u"1000"_s},
                       {u"round-trips"_s, u"ping-pong round trips"_s, u"count"_s, u"20000"_s},
                       {u"bytes"_s, u"bytes per message"_s, u"count"_s, u"100"_s}});
    parser.process(app);
    const int idle = parser.value(u"idle"_s).toInt();
    const int roundTrips = parser.value(u"round-trips"_s).toInt();
    const QByteArray message(parser.value(u"bytes"_s).toInt(), 'x');

    QTcpServer listener;
    listener.setMaxPendingConnections(idle + 10);
    if (!listener.listen(QHostAddress::LocalHost)) {
        fprintf(stderr, "listen failed\n");
        return 1;
    }
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    std::vector<QTcpSocket *> accepted;
    QObject::connect(&listener, &QTcpServer::newConnection, &listener, [&] {
        while (QTcpSocket *socket = listener.nextPendingConnection()) {
            accepted.push_back(socket);
        }
    });
    // idle + 1 connections, a few at a time (the listen backlog is short); the last one plays.
    QElapsedTimer setup;
    setup.start();
    for (int i = 0; i <= idle && setup.elapsed() < 120'000; ++i) {
        clients.push_back(std::make_unique<QTcpSocket>());
        clients.back()->connectToHost(QHostAddress::LocalHost, listener.serverPort());
        while (accepted.size() + 16 <= clients.size() && setup.elapsed() < 120'000) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
    }
    while (accepted.size() < std::size_t(idle + 1) && setup.elapsed() < 120'000) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    if (accepted.size() < std::size_t(idle + 1)) {
        fprintf(stderr, "only %zu of %d connections\n", accepted.size(), idle + 1);
        return 1;
    }
    QTcpSocket *ping = clients.back().get();
    QTcpSocket *pong = accepted.back();
    for (auto *socket : {ping, pong}) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }

    int done = 0;
    qint64 passes = 0;
    QEventLoop loop;
    QObject::connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::awake, &loop,
                     [&] { ++passes; });
    QObject::connect(pong, &QTcpSocket::readyRead, pong, [&] {
        if (pong->bytesAvailable() >= message.size()) {
            pong->write(pong->read(message.size()));
        }
    });
    QObject::connect(ping, &QTcpSocket::readyRead, ping, [&] {
        if (ping->bytesAvailable() < message.size()) {
            return;
        }
        ping->read(message.size());
        if (++done == roundTrips) {
            loop.quit();
        } else {
            ping->write(message);
        }
    });
    const double cpuBefore = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    passes = 0;
    QTimer::singleShot(0, ping, [&] { ping->write(message); });
    loop.exec();
    const double cpu = cpuSeconds() - cpuBefore;
    const double wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    printf("| %s | %d | %d | %.2f | %.1f | %.1f | %.0f | %s |\n", epoll ? "epoll" : "qt", idle,
           roundTrips, cpu * 1e6 / roundTrips, double(passes) / roundTrips,
           wallSeconds * 1e6 / roundTrips, double(roundTrips) / cpu, loadAverage().constData());
    return 0;
}
