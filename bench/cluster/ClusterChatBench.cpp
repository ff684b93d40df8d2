// Chat delivery latency between two instances over Redis, next to the same measure within one
// instance. Pairs of accounts: the sender's socket on instance 1; the receiver's on instance 2
// ("cross") or also on instance 1 ("same"). Every sender sends chatSend every --interval ms
// (inside the chat limit of 5 per 5 s; each text differs, for the flood rule); latency = the
// receiver's chatMessage − the send, on this process's clock. Usage: cluster_chat_bench --one URL
// --two URL [--pairs 20] [--seconds 20]
#include "ApiTestClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace transcendence::testing;
using namespace Qt::StringLiterals;

namespace {

QElapsedTimer clockNow;

struct Pair {
    bool cross = false;
    qint64 conversation = 0;
    std::unique_ptr<QWebSocket> sender;
    std::unique_ptr<QWebSocket> receiver;
    int welcomed = 0;
};

void openSocket(QWebSocket &socket, const QString &baseUrl, ApiTestClient &api,
                const ApiTestClient::Account &account, Pair &pair)
{
    const QString ticket = api.wsTicket(account.accessToken);
    QObject::connect(&socket, &QWebSocket::connected, &socket, [&socket, ticket] {
        socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(QJsonObject{{u"type"_s, u"hello"_s},
                                                        {u"version"_s, 1},
                                                        {u"client"_s, u"bench"_s},
                                                        {u"ticket"_s, ticket}})
                                  .toJson(QJsonDocument::Compact)));
    });
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                     [&pair](const QString &text) {
                         if (text.contains(u"\"type\":\"welcome\""_s)) {
                             ++pair.welcomed;
                         }
                     });
    QString url = baseUrl;
    url.replace(u"http://"_s, u"ws://"_s);
    socket.open(QUrl(url + u"/ws"_s));
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"one"_s, u"instance 1"_s, u"url"_s},
                       {u"two"_s, u"instance 2"_s, u"url"_s},
                       {u"pairs"_s, u"pairs of each kind"_s, u"n"_s, u"20"_s},
                       {u"seconds"_s, u"measured time"_s, u"s"_s, u"20"_s},
                       {u"interval"_s, u"ms between one sender's messages"_s, u"ms"_s, u"1100"_s}});
    parser.process(app);
    ApiTestClient one(parser.value(u"one"_s));
    ApiTestClient two(parser.value(u"two"_s));
    const int pairsOfEach = parser.value(u"pairs"_s).toInt();
    std::vector<std::unique_ptr<Pair>> pairs;
    for (int i = 0; i < pairsOfEach * 2; ++i) {
        auto pair = std::make_unique<Pair>();
        pair->cross = i % 2 == 0;
        ApiTestClient &receiverApi = pair->cross ? two : one;
        const auto sender = one.registerAccount(u"bs_"_s);
        const auto receiver = receiverApi.registerAccount(u"br_"_s);
        if (sender.id == 0 || receiver.id == 0) {
            std::fprintf(stderr, "could not register accounts\n");
            return 1;
        }
        pair->conversation =
            one.authorized("POST", u"/api/chat/direct/%1"_s.arg(receiver.id), sender.accessToken)
                .json()
                .value(u"conversation"_s)
                .toObject()
                .value(u"id"_s)
                .toInteger();
        pair->sender = std::make_unique<QWebSocket>();
        pair->receiver = std::make_unique<QWebSocket>();
        openSocket(*pair->sender, one.baseUrl(), one, sender, *pair);
        openSocket(*pair->receiver, receiverApi.baseUrl(), receiverApi, receiver, *pair);
        pairs.push_back(std::move(pair));
    }
    clockNow.start();
    std::vector<double> cross;
    std::vector<double> same;
    QHash<QString, qint64> sentAtNs; // by clientMessageId
    for (auto &pair : pairs) {
        std::vector<double> *samples = pair->cross ? &cross : &same;
        QObject::connect(
            pair->receiver.get(), &QWebSocket::textMessageReceived, pair->receiver.get(),
            [samples, &sentAtNs](const QString &text) {
                if (!text.contains(u"\"type\":\"chatMessage\""_s)) {
                    return;
                }
                const QJsonObject message =
                    QJsonDocument::fromJson(text.toUtf8()).object().value(u"message"_s).toObject();
                const qint64 sent = sentAtNs.take(message.value(u"clientMessageId"_s).toString());
                if (sent > 0) {
                    samples->push_back(double(clockNow.nsecsElapsed() - sent) / 1e6);
                }
            });
    }
    // Wait for every welcome, then send on a staggered clock.
    QElapsedTimer waiting;
    waiting.start();
    while (waiting.elapsed() < 15'000 &&
           std::any_of(pairs.begin(), pairs.end(), [](const auto &p) { return p->welcomed < 2; })) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    const int interval = parser.value(u"interval"_s).toInt();
    for (size_t i = 0; i < pairs.size(); ++i) {
        Pair *pair = pairs[i].get();
        auto *timer = new QTimer(pair->sender.get());
        timer->setTimerType(Qt::PreciseTimer);
        QObject::connect(timer, &QTimer::timeout, pair->sender.get(), [pair, &sentAtNs] {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            sentAtNs.insert(id, clockNow.nsecsElapsed());
            pair->sender->sendTextMessage(QString::fromUtf8(
                QJsonDocument(QJsonObject{{u"type"_s, u"chatSend"_s},
                                          {u"conversationId"_s, pair->conversation},
                                          {u"text"_s, u"bench "_s + id},
                                          {u"clientMessageId"_s, id}})
                    .toJson(QJsonDocument::Compact)));
        });
        QTimer::singleShot(int(i) * interval / int(pairs.size()), timer,
                           [timer, interval] { timer->start(interval); });
    }
    QTimer::singleShot(parser.value(u"seconds"_s).toInt() * 1000 + 1000, &app,
                       &QCoreApplication::quit);
    app.exec();
    std::printf(
        "| path | deliveries | p50 ms | p99 ms | max ms |\n| --- | --- | --- | --- | --- |\n");
    for (const auto &[name, samples] :
         {std::pair{"cross-instance (Redis)", &cross}, std::pair{"same instance", &same}}) {
        std::printf("| %s | %zu | %.2f | %.2f | %.2f |\n", name, samples->size(),
                    percentile(*samples, 0.50), percentile(*samples, 0.99),
                    samples->empty() ? 0.0 : *std::max_element(samples->begin(), samples->end()));
    }
    return cross.empty() || same.empty() ? 1 : 0;
}
