// The hub's one idle sweep (realtime/IdleSweep) instead of timers per WebSocket: members are
// expired when their deadline has passed and never before it, activity only moves a deadline
// later, far deadlines wait at the wheel's end, a member that leaves is never touched again.
// Then the real hub and sessions on loopback WebSockets, on a clock the test sets: the session
// that never says hello, the guest that only sends heartbeats, the busy guest and the silent
// signed-in player are each closed with their own code at their own deadline, and only then.
// No wall-clock assertion: the test moves the sweep's clock and waits for what the client sees.
#include "protocol/ProtocolVersion.h"
#include "realtime/IdleSweep.h"
#include "realtime/RealtimeHub.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QWebSocket>

#include <memory>
#include <vector>

using namespace transcendence::server;
using namespace Qt::StringLiterals;
namespace proto = transcendence::protocol;

namespace {

// A member with a deadline the test moves; it counts its expiries.
class FakeMember : public IdleSweep::Member {
public:
    qint64 deadline = -1;
    int expired = 0;
    qint64 expiredAt = -1;
    std::function<void()> onExpire;

    qint64 nextDeadline() const override { return deadline; }
    void expire(qint64 nowMs) override
    {
        ++expired;
        expiredAt = nowMs;
        if (onExpire) {
            onExpire();
        }
    }
};

// A client socket of the hub test, with what it received and how it was closed.
struct Client {
    QWebSocket socket;
    QList<QJsonObject> received;
    int closeCode = -1;

    Client()
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString &text) {
                             received << QJsonDocument::fromJson(text.toUtf8()).object();
                         });
        QObject::connect(&socket, &QWebSocket::disconnected, &socket,
                         [this] { closeCode = int(socket.closeCode()); });
    }
    void send(const QJsonObject &message)
    {
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson()));
    }
    bool receivedType(const QString &type, int atLeast = 1) const
    {
        int count = 0;
        for (const QJsonObject &message : received) {
            count += message.value(u"type"_s).toString() == type ? 1 : 0;
        }
        return count >= atLeast;
    }
};

} // namespace

class RealtimeIdleSweepTest : public QObject {
    Q_OBJECT

private slots:
    void expiresAtTheDeadlineAndNotBefore()
    {
        qint64 now = 0;
        IdleSweep sweep(250, 16);
        sweep.setClock([&now] { return now; });
        FakeMember early;
        FakeMember late;
        early.deadline = 1000;
        late.deadline = 1600;
        sweep.schedule(early);
        sweep.schedule(late);
        QCOMPARE(sweep.size(), 2);

        now = 999;
        QCOMPARE(sweep.advance(), 0);
        now = 1000;
        QCOMPARE(sweep.advance(), 1);
        QCOMPARE(early.expired, 1);
        QCOMPARE(early.expiredAt, 1000);
        QVERIFY(!sweep.contains(early)); // expired and not scheduled again: unwatched
        QCOMPARE(late.expired, 0);

        // Activity moved the deadline later: looked at in its old slot, not expired, kept.
        late.deadline = 2600;
        now = 1750;
        QCOMPARE(sweep.advance(), 0);
        QVERIFY(sweep.contains(late));
        now = 2599;
        QCOMPARE(sweep.advance(), 0);
        // Its slot is the one that starts at or after the deadline: at most one slot late.
        now = 2749;
        QCOMPARE(sweep.advance(), 0);
        now = 2750;
        QCOMPARE(sweep.advance(), 1);
        QCOMPARE(late.expiredAt, 2750);
        QCOMPARE(sweep.size(), 0);
    }

    void farDeadlinesWaitAtTheWheelsEnd()
    {
        qint64 now = 0;
        IdleSweep sweep(100, 8); // a span of 800 ms
        sweep.setClock([&now] { return now; });
        FakeMember far;
        far.deadline = 5000;
        sweep.schedule(far);
        for (now = 0; now < 5000; now += 50) {
            QCOMPARE(sweep.advance(), 0);
            QVERIFY(sweep.contains(far));
        }
        now = 5000;
        QCOMPARE(sweep.advance(), 1);
        QCOMPARE(far.expired, 1);
    }

    void aLongStallLooksAtEverySlotOnce()
    {
        qint64 now = 0;
        IdleSweep sweep(100, 8);
        sweep.setClock([&now] { return now; });
        std::vector<std::unique_ptr<FakeMember>> members;
        for (int i = 0; i < 20; ++i) {
            members.push_back(std::make_unique<FakeMember>());
            members.back()->deadline = 100 + 150 * i; // 100 .. 2950 ms
            sweep.schedule(*members.back());
        }
        now = 10'000; // the event loop was stuck for ten seconds
        QCOMPARE(sweep.advance(), 20);
        for (const auto &member : members) {
            QCOMPARE(member->expired, 1);
        }
    }

    void membersThatLeaveAreNeverTouched()
    {
        qint64 now = 0;
        IdleSweep sweep(250, 16);
        sweep.setClock([&now] { return now; });
        auto gone = std::make_unique<FakeMember>();
        FakeMember first;
        FakeMember second;
        gone->deadline = first.deadline = second.deadline = 500;
        sweep.schedule(*gone);
        sweep.schedule(first);
        sweep.schedule(second);
        gone.reset(); // destroyed while watched: leaves the sweep
        QCOMPARE(sweep.size(), 2);
        // Expiring one member may remove another of the same slot (a close that ends another
        // connection): the sweep must not look at it afterwards.
        first.onExpire = [&] {
            sweep.remove(second);
        };
        second.onExpire = [&] {
            sweep.remove(first);
        };
        now = 600;
        QCOMPARE(sweep.advance(), 1);
        QCOMPARE(first.expired + second.expired, 1);
        QCOMPARE(sweep.size(), 0);
        // A negative deadline unwatches.
        FakeMember idle;
        idle.deadline = -1;
        sweep.schedule(idle);
        QVERIFY(!sweep.contains(idle));
    }

    // The real hub: four WebSockets, each closed by the sweep at its own deadline with its own
    // code, on the test's clock.
    void hubClosesTheRightSessions()
    {
        QHttpServer http;
        auto listener = std::make_unique<QTcpServer>();
        QVERIFY(listener->listen(QHostAddress::LocalHost, 0));
        const quint16 port = listener->serverPort();
        http.bind(listener.release());
        TicketCheck checkTicket = [](const QByteArray &ticket, QObject *,
                                     std::function<void(std::optional<RealtimeIdentity>)> done) {
            if (ticket == "good") {
                done(RealtimeIdentity{42, u"auth-1"_s, u"Ann"_s});
            } else {
                done(std::nullopt);
            }
        };
        RealtimeHub hub(http, {}, checkTicket);
        RealtimeLimits limits;
        limits.guestIdleSeconds = 2;
        hub.setLimits(limits);
        hub.registerHandler(u"noop"_s, RealtimeHub::HandlerAccess::AnyConnection,
                            [](RealtimeSession *session, const proto::Envelope &) {
                                session->sendJson({{u"type"_s, u"noop_done"_s}});
                            });
        qint64 now = 0;
        hub.idleSweep().setClock([&now] { return now; });

        Client silent; // never says hello
        Client idle;   // a guest sending only heartbeats
        Client busy;   // a guest that also asks for something
        Client player; // signed in, then silent
        const QUrl url(u"ws://127.0.0.1:%1/ws"_s.arg(port));
        for (Client *client : {&silent, &idle, &busy, &player}) {
            client->socket.open(url);
        }
        for (Client *client : {&silent, &idle, &busy, &player}) {
            QTRY_VERIFY_WITH_TIMEOUT(client->socket.state() == QAbstractSocket::ConnectedState,
                                     30'000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(hub.sessionCount(), 4, 30'000);
        const QJsonObject guestHello{{u"type"_s, u"hello"_s},
                                     {u"version"_s, proto::kProtocolVersion},
                                     {u"client"_s, u"test"_s}};
        QJsonObject playerHello = guestHello;
        playerHello.insert(u"ticket"_s, u"good"_s);
        idle.send(guestHello);
        busy.send(guestHello);
        player.send(playerHello);
        for (Client *client : {&idle, &busy, &player}) {
            QTRY_VERIFY_WITH_TIMEOUT(client->receivedType(u"welcome"_s), 30'000);
        }

        // At 1.5 s both guests send a heartbeat, the busy one also a real request.
        now = 1500;
        idle.send({{u"type"_s, u"ping"_s}, {u"seq"_s, 1}});
        busy.send({{u"type"_s, u"ping"_s}, {u"seq"_s, 1}});
        busy.send({{u"type"_s, u"noop"_s}});
        QTRY_VERIFY_WITH_TIMEOUT(idle.receivedType(u"pong"_s), 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(busy.receivedType(u"noop_done"_s), 30'000);

        // Just before the idle guest's limit (2 s after its welcome at 0): nobody goes.
        now = 1999;
        QCOMPARE(hub.idleSweep().advance(), 0);
        // Past it: the guest that only sent heartbeats is closed as idle; the busy one stays.
        now = 2300;
        QCOMPARE(hub.idleSweep().advance(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(idle.closeCode, proto::kCloseIdleGuest, 30'000);
        QCOMPARE(busy.socket.state(), QAbstractSocket::ConnectedState);
        // The busy guest's limit runs from its request at 1.5 s.
        now = 3499;
        QCOMPARE(hub.idleSweep().advance(), 0);
        now = 3600;
        QCOMPARE(hub.idleSweep().advance(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(busy.closeCode, proto::kCloseIdleGuest, 30'000);

        // The connection that never said hello goes at 10 s; the signed-in player stays (it has
        // no guest limit, and its heartbeat deadline is 45 s).
        now = 9999;
        QCOMPARE(hub.idleSweep().advance(), 0);
        now = 10'100;
        QCOMPARE(hub.idleSweep().advance(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(silent.closeCode, proto::kCloseHelloRequired, 30'000);
        QCOMPARE(player.socket.state(), QAbstractSocket::ConnectedState);

        // A heartbeat at 30 s carries the player past 45 s; silence until 75 s closes it.
        now = 30'000;
        player.send({{u"type"_s, u"ping"_s}, {u"seq"_s, 1}});
        QTRY_VERIFY_WITH_TIMEOUT(player.receivedType(u"pong"_s), 30'000);
        now = 45'100;
        QCOMPARE(hub.idleSweep().advance(), 0);
        QCOMPARE(player.socket.state(), QAbstractSocket::ConnectedState);
        now = 74'999;
        QCOMPARE(hub.idleSweep().advance(), 0);
        now = 75'000;
        QCOMPARE(hub.idleSweep().advance(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(player.closeCode, proto::kCloseHeartbeatTimeout, 30'000);

        // Every session ended and left the sweep; the hub forgot them.
        QTRY_COMPARE_WITH_TIMEOUT(hub.sessionCount(), 0, 30'000);
        QCOMPARE(hub.idleSweep().size(), 0);
    }
};

QTEST_GUILESS_MAIN(RealtimeIdleSweepTest)
#include "RealtimeIdleSweepTest.moc"
