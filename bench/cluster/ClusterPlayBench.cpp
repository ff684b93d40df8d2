// Remote matches across two instances over Redis, next to matches within one instance, and the
// time a match needs to come back after kill -9 of its host.
//
// Pairs of accounts queue together (one pair at a time, so each pair meets): "cross" pairs have
// one socket on each instance (the match runs on one of them; the other player's snapshots and
// inputs go through the Redis relay), "same" pairs have both sockets on instance 1. Nobody
// moves (the ball scores by itself), so every match runs at full rate for the measured time.
// For each socket: running-phase snapshots per second and the gaps between them, on this
// process's clock. Which instance hosts a room comes from the servers' room_opened log lines.
//
// --kill: afterwards, kill -9 of the instance hosting the first cross pair's match (by the PID
// the run script started), the dead instance's player reconnecting to the other instance as a
// client does (hello, activeMatch, join), the other player taken back by the server: the time
// from the kill to both players back in the room (matchStarted), and to the first snapshot of
// the match running again (after the 1.5 s countdown of the first resume after a takeover).
//
// Usage: cluster_play_bench --one URL --two URL --log-one FILE --log-two FILE
//        [--pid-one N --pid-two N --kill] [--pairs 10] [--seconds 20]
#include "ApiTestClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <memory>
#include <signal.h>
#include <vector>

using namespace transcendence::testing;
using namespace Qt::StringLiterals;

namespace {

QElapsedTimer clockNow;

struct Player {
    int instance = 0; // 0 or 1
    ApiTestClient::Account account;
    std::unique_ptr<QWebSocket> socket;
    bool welcomed = false;
    QString roomId;
    QString activeRoom;   // from activeMatch
    bool started = false; // matchStarted since the last reset
    bool running = false; // a running snapshot since the last reset
    bool over = false;
    bool measuring = false;
    std::vector<qint64> arrivalsNs; // running snapshots while measuring
};

struct Pair {
    bool cross = false;
    Player players[2];
    int host = -1;
};

void send(QWebSocket &socket, const QJsonObject &message)
{
    socket.sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void open(Player &player, ApiTestClient &api)
{
    player.socket = std::make_unique<QWebSocket>();
    player.welcomed = false;
    QWebSocket *socket = player.socket.get();
    const QString ticket = api.wsTicket(player.account.accessToken);
    QObject::connect(socket, &QWebSocket::connected, socket, [socket, ticket] {
        send(*socket, {{u"type"_s, u"hello"_s},
                       {u"version"_s, 1},
                       {u"client"_s, u"bench"_s},
                       {u"ticket"_s, ticket}});
    });
    QObject::connect(
        socket, &QWebSocket::textMessageReceived, socket, [&player](const QString &text) {
            const qint64 now = clockNow.nsecsElapsed();
            if (text.endsWith(u"\"type\":\"snapshot\"}"_s)) { // compact JSON: keys sorted
                if (text.contains(u"\"phase\":\"running\""_s)) {
                    player.running = true;
                    if (player.measuring) {
                        player.arrivalsNs.push_back(now);
                    }
                }
                return;
            }
            const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
            const QString type = message.value(u"type"_s).toString();
            if (type == u"welcome") {
                player.welcomed = true;
            } else if (type == u"matchStarted") {
                player.started = true;
                player.roomId = message.value(u"roomId"_s).toString();
            } else if (type == u"activeMatch") {
                player.activeRoom = message.value(u"roomId"_s).toString();
            } else if (type == u"matchOver") {
                player.over = true;
            }
        });
    QString url = api.baseUrl();
    url.replace(u"http://"_s, u"ws://"_s);
    socket->open(QUrl(url + u"/ws"_s));
}

template <typename Done>
bool waitFor(Done done, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (!done()) {
        if (waited.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

void pump(int ms)
{
    waitFor([] { return false; }, ms);
}

// Which instance logged room_opened for the room (-1: neither, yet).
int hostOf(const QString &roomId, const QString logs[2])
{
    for (int i = 0; i < 2; ++i) {
        QFile file(logs[i]);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.contains("\"event\":\"room_opened\"") && line.contains(roomId.toUtf8())) {
                return i;
            }
        }
    }
    return -1;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

struct Figures {
    int sockets = 0;
    std::vector<double> rates;
    std::vector<double> gapsMs;
};

void add(Figures &figures, const Player &player)
{
    const auto &times = player.arrivalsNs;
    if (times.size() < 2) {
        return;
    }
    ++figures.sockets;
    figures.rates.push_back(double(times.size() - 1) /
                            (double(times.back() - times.front()) / 1e9));
    for (size_t i = 1; i < times.size(); ++i) {
        figures.gapsMs.push_back(double(times[i] - times[i - 1]) / 1e6);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"one"_s, u"instance 1"_s, u"url"_s},
                       {u"two"_s, u"instance 2"_s, u"url"_s},
                       {u"log-one"_s, u"instance 1's log"_s, u"file"_s},
                       {u"log-two"_s, u"instance 2's log"_s, u"file"_s},
                       {u"pid-one"_s, u"instance 1's PID"_s, u"pid"_s},
                       {u"pid-two"_s, u"instance 2's PID"_s, u"pid"_s},
                       {u"kill"_s, u"kill -9 a host afterwards and time the resumption"_s},
                       {u"pairs"_s, u"pairs of each kind"_s, u"n"_s, u"10"_s},
                       {u"seconds"_s, u"measured time"_s, u"s"_s, u"20"_s}});
    parser.process(app);
    clockNow.start();
    ApiTestClient apis[2] = {ApiTestClient(parser.value(u"one"_s)),
                             ApiTestClient(parser.value(u"two"_s))};
    const QString logs[2] = {parser.value(u"log-one"_s), parser.value(u"log-two"_s)};
    const qint64 pids[2] = {parser.value(u"pid-one"_s).toLongLong(),
                            parser.value(u"pid-two"_s).toLongLong()};

    // A long match nobody plays: the ball scores by itself every few seconds.
    const QJsonObject config{{u"scoreLimit"_s, 50}};
    const QJsonObject queue{
        {u"type"_s, u"queue"_s}, {u"mode"_s, u"one_vs_one"_s}, {u"config"_s, config}};
    const int pairsOfEach = parser.value(u"pairs"_s).toInt();
    std::vector<std::unique_ptr<Pair>> pairs;
    for (int i = 0; i < pairsOfEach * 2; ++i) {
        auto pair = std::make_unique<Pair>();
        pair->cross = i % 2 == 0;
        pair->players[1].instance = pair->cross ? 1 : 0;
        for (Player &player : pair->players) {
            player.account = apis[player.instance].registerAccount(u"bp_"_s);
            if (player.account.id == 0) {
                std::fprintf(stderr, "could not register an account\n");
                return 1;
            }
            open(player, apis[player.instance]);
        }
        Pair *current = pair.get();
        if (!waitFor(
                [current] { return current->players[0].welcomed && current->players[1].welcomed; },
                10'000)) {
            std::fprintf(stderr, "no welcome\n");
            return 1;
        }
        // One pair at a time in the queue, so its two players meet.
        send(*current->players[0].socket, queue);
        pump(50);
        send(*current->players[1].socket, queue);
        if (!waitFor(
                [current] { return current->players[0].started && current->players[1].started; },
                10'000)) {
            std::fprintf(stderr, "pair %d was not matched\n", i);
            return 1;
        }
        pairs.push_back(std::move(pair));
    }
    // Past every countdown, then measure.
    waitFor(
        [&pairs] {
            return std::all_of(pairs.begin(), pairs.end(), [](const auto &p) {
                return p->players[0].running && p->players[1].running;
            });
        },
        15'000);
    for (auto &pair : pairs) {
        pair->host = hostOf(pair->players[0].roomId, logs);
        for (Player &player : pair->players) {
            player.measuring = true;
        }
    }
    pump(parser.value(u"seconds"_s).toInt() * 1000);
    Figures relayed;
    Figures hostLocal;
    Figures same;
    int ended = 0;
    for (auto &pair : pairs) {
        for (Player &player : pair->players) {
            player.measuring = false;
            ended += player.over ? 1 : 0;
            add(!pair->cross ? same : player.instance == pair->host ? hostLocal : relayed, player);
        }
    }
    std::printf(
        "| sockets | n | snapshots/s (min) | snapshots/s (median) | gap p50 ms | gap p99 ms "
        "| gap max ms |\n| --- | --- | --- | --- | --- | --- | --- |\n");
    for (const auto &[name, figures] :
         {std::pair{"cross pair, relayed through Redis", &relayed},
          std::pair{"cross pair, on the hosting instance", &hostLocal},
          std::pair{"same-instance pair", &same}}) {
        std::printf("| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f |\n", name, figures->sockets,
                    figures->rates.empty()
                        ? 0.0
                        : *std::min_element(figures->rates.begin(), figures->rates.end()),
                    percentile(figures->rates, 0.5), percentile(figures->gapsMs, 0.5),
                    percentile(figures->gapsMs, 0.99),
                    figures->gapsMs.empty()
                        ? 0.0
                        : *std::max_element(figures->gapsMs.begin(), figures->gapsMs.end()));
    }
    if (ended > 0) {
        std::printf("(%d sockets saw their match end during the measurement)\n", ended);
    }
    if (relayed.sockets == 0 || same.sockets == 0) {
        return 1;
    }
    if (!parser.isSet(u"kill"_s)) {
        return 0;
    }

    // kill -9 of the first cross pair's host.
    Pair &victim = *pairs.front();
    const int host = victim.host;
    const int survivor = 1 - host;
    if (host < 0 || pids[host] <= 0) {
        std::fprintf(stderr, "no host or PID for the kill\n");
        return 1;
    }
    Player &dead = victim.players[0].instance == host ? victim.players[0] : victim.players[1];
    Player &alive = &dead == &victim.players[0] ? victim.players[1] : victim.players[0];
    alive.started = false;
    alive.running = false;
    const QString roomId = alive.roomId;
    const qint64 killedAt = clockNow.nsecsElapsed();
    ::kill(pid_t(pids[host]), SIGKILL);
    // The dead instance's player reconnects to the survivor, as a client would (nginx would
    // pick the survivor for it): hello, then join on activeMatch.
    dead.started = false;
    dead.running = false;
    dead.instance = survivor;
    open(dead, apis[survivor]);
    if (!waitFor([&dead] { return !dead.activeRoom.isEmpty(); }, 15'000)) {
        std::fprintf(stderr, "no activeMatch after the kill\n");
        return 1;
    }
    send(*dead.socket, {{u"type"_s, u"join"_s}, {u"roomId"_s, dead.activeRoom}});
    if (!waitFor([&] { return dead.started && alive.started; }, 15'000)) {
        std::fprintf(stderr, "the players did not get back to the room\n");
        return 1;
    }
    const qint64 backAt = clockNow.nsecsElapsed();
    if (!waitFor([&] { return dead.running && alive.running; }, 15'000)) {
        std::fprintf(stderr, "the match did not run again\n");
        return 1;
    }
    const qint64 runningAt = clockNow.nsecsElapsed();
    std::printf("\nkill -9 of the host of room %s: both players back in the room after %.0f ms, "
                "the match running again after %.0f ms (same room: %s)\n",
                qPrintable(roomId), double(backAt - killedAt) / 1e6,
                double(runningAt - killedAt) / 1e6, dead.roomId == roomId ? "yes" : "no");
    return 0;
}
