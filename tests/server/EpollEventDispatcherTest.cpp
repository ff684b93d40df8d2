// The server thread's epoll event dispatcher (server/core/EpollEventDispatcher): installed the
// way the server installs it (before the application exists), then driven through Qt's own
// classes — posted events, queued calls from other threads, QTimer, QSocketNotifier, real TCP
// sockets and WebSockets, nested event loops — and its edge cases: notifiers unregistered
// during a pass, descriptors closed and their numbers reused, timers killed or started from
// handlers. Timing assertions only check order and "never early"; upper bounds are generous
// (the machine is shared), and speed is measured in bench/, not here.
#include "core/EpollEventDispatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QPointer>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <atomic>
#include <fcntl.h>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

using transcendence::server::EpollEventDispatcher;

namespace {

EpollEventDispatcher *dispatcher()
{
    return qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance());
}

// A connected pair of non-blocking Unix stream sockets, closed on destruction.
struct SocketPair {
    int fds[2] = {-1, -1};
    SocketPair()
    {
        if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fds) != 0) {
            qFatal("socketpair failed");
        }
    }
    ~SocketPair() { closeBoth(); }
    void closeBoth()
    {
        for (int &fd : fds) {
            if (fd >= 0) {
                ::close(fd);
                fd = -1;
            }
        }
    }
    void send(const char *text) const { QVERIFY(::write(fds[1], text, strlen(text)) > 0); }
    QByteArray drain(int index = 0) const
    {
        QByteArray all;
        char buffer[4096];
        qint64 n = 0;
        while ((n = ::read(fds[index], buffer, sizeof buffer)) > 0) {
            all.append(buffer, n);
        }
        return all;
    }
};

class Recorder : public QObject {
public:
    QList<int> timerIds;
    QList<QEvent::Type> events;
    std::function<void(int)> onTimer;

protected:
    void timerEvent(QTimerEvent *event) override
    {
        timerIds.append(event->timerId());
        if (onTimer) {
            onTimer(event->timerId());
        }
    }
    void customEvent(QEvent *event) override { events.append(event->type()); }
};

const auto kPing = QEvent::Type(QEvent::User + 1);

// Runs the main loop (blocking waits, a 10 ms tick as a floor) until done() or the limit;
// true when done() held.
template <typename Done>
bool spinUntil(Done done, int limitMs = 10'000)
{
    QElapsedTimer clock;
    clock.start();
    QTimer tick;
    tick.start(10);
    while (!done()) {
        if (clock.elapsed() > limitMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

} // namespace

class EpollEventDispatcherTest : public QObject {
    Q_OBJECT

private slots:
    void installedOnTheMainThreadOnly()
    {
        QVERIFY(dispatcher());
        QCOMPARE(dispatcher()->parent(), qApp); // so the application deletes it
        // Asked inside the thread: its dispatcher ends with it.
        bool hasDispatcher = false;
        bool isEpoll = true;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            QAbstractEventDispatcher *own = QAbstractEventDispatcher::instance();
            hasDispatcher = own != nullptr;
            isEpoll = qobject_cast<EpollEventDispatcher *>(own) != nullptr;
        }));
        worker->start();
        worker->wait();
        QVERIFY(hasDispatcher);
        QVERIFY(!isEpoll);
    }

    void postedEventsAreDeliveredOnceInOrder()
    {
        Recorder recorder;
        for (int i = 0; i < 100; ++i) {
            QCoreApplication::postEvent(&recorder, new QEvent(kPing));
        }
        QVERIFY(spinUntil([&] { return recorder.events.size() == 100; }));
        QCoreApplication::processEvents();
        QCOMPARE(recorder.events.size(), 100);
    }

    void queuedCallsFromOtherThreadsWakeABlockedLoop()
    {
        // Two threads post 5,000 calls each to the main thread while it blocks in exec().
        std::atomic<int> received{0};
        QObject target;
        constexpr int kPerThread = 5'000;
        auto post = [&] {
            for (int i = 0; i < kPerThread; ++i) {
                QMetaObject::invokeMethod(
                    &target, [&] { ++received; }, Qt::QueuedConnection);
                if (i % 500 == 0) {
                    QThread::usleep(200); // let the main thread fall asleep now and then
                }
            }
        };
        std::unique_ptr<QThread> a(QThread::create(post));
        std::unique_ptr<QThread> b(QThread::create(post));
        QEventLoop loop;
        QTimer check;
        connect(&check, &QTimer::timeout, &loop, [&] {
            if (received == 2 * kPerThread) {
                loop.quit();
            }
        });
        check.start(5);
        QTimer::singleShot(20'000, &loop, [&] { loop.exit(1); });
        a->start();
        b->start();
        QCOMPARE(loop.exec(), 0);
        a->wait();
        b->wait();
        QCoreApplication::processEvents();
        QCOMPARE(received.load(), 2 * kPerThread);
    }

    void wakeUpFromAnotherThreadEndsAWait()
    {
        // No socket and only a far timer (the failure guard): wakeUp() must end the wait.
        std::atomic<bool> woken{false};
        bool timedOut = false;
        QTimer guard;
        guard.setSingleShot(true);
        connect(&guard, &QTimer::timeout, this, [&] { timedOut = true; });
        guard.start(10'000);
        std::unique_ptr<QThread> waker(QThread::create([&woken] {
            QThread::msleep(100);
            woken = true;
            QAbstractEventDispatcher::instance(qApp->thread())->wakeUp();
        }));
        QElapsedTimer clock;
        clock.start();
        waker->start();
        while (!woken && !timedOut) {
            dispatcher()->processEvents(QEventLoop::WaitForMoreEvents);
        }
        waker->wait();
        QVERIFY(!timedOut);
        QVERIFY(clock.elapsed() >= 90);
    }

    void exitFromAnotherThreadInterruptsTheLoop()
    {
        QEventLoop loop;
        std::unique_ptr<QThread> stopper(QThread::create([&loop] {
            QThread::msleep(50);
            loop.exit(7); // QEventLoop::exit interrupts the dispatcher from this thread
        }));
        stopper->start();
        QTimer::singleShot(20'000, &loop, [&] { loop.exit(1); });
        QCOMPARE(loop.exec(), 7);
        stopper->wait();
    }

    void processEventsWithoutWaitReturnsAtOnce()
    {
        QTimer far;
        far.start(60'000);
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 100; ++i) {
            dispatcher()->processEvents(QEventLoop::AllEvents);
        }
        QVERIFY(clock.elapsed() < 5'000);
    }

    void preciseTimersNeverFireEarlyAndFireInDeadlineOrder()
    {
        QList<int> order;
        QElapsedTimer clock;
        clock.start();
        qint64 firedAt[3] = {0, 0, 0};
        const int intervals[3] = {120, 40, 80};
        for (int i = 0; i < 3; ++i) {
            QTimer::singleShot(intervals[i], Qt::PreciseTimer, this, [&, i] {
                firedAt[i] = clock.nsecsElapsed();
                order << i;
            });
        }
        QVERIFY(spinUntil([&] { return order.size() == 3; }));
        QCOMPARE(order, (QList<int>{1, 2, 0}));
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(firedAt[i] >= qint64(intervals[i]) * 1'000'000,
                     qPrintable(QStringLiteral("timer %1 fired after %2 ns")
                                    .arg(intervals[i])
                                    .arg(firedAt[i])));
        }
    }

    void everyTimerTypeFiresAndRepeats()
    {
        for (const Qt::TimerType type : {Qt::PreciseTimer, Qt::CoarseTimer}) {
            QTimer timer;
            timer.setTimerType(type);
            int fired = 0;
            connect(&timer, &QTimer::timeout, this, [&] { ++fired; });
            QElapsedTimer clock;
            clock.start();
            timer.start(20);
            QVERIFY(spinUntil([&] { return fired >= 5; }));
            // Five periods of a repeating timer cannot pass in less than five intervals.
            QVERIFY(clock.elapsed() >= 100);
            timer.stop();
            const int stoppedAt = fired;
            QTest::qWait(60);
            QCOMPARE(fired, stoppedAt);
        }
    }

    void veryCoarseTimersAreRoundedToSeconds()
    {
        Recorder recorder;
        const int id = recorder.startTimer(1400, Qt::VeryCoarseTimer);
        const auto infos = dispatcher()->registeredTimers(&recorder);
        QCOMPARE(infos.size(), 1);
        QCOMPARE(infos.first().timerId, id);
        QCOMPARE(infos.first().interval, 1000);
        QCOMPARE(infos.first().timerType, Qt::VeryCoarseTimer);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(spinUntil([&] { return !recorder.timerIds.isEmpty(); }));
        QVERIFY(clock.elapsed() >= 990);
        recorder.killTimer(id);
    }

    void remainingTimeAndRegisteredTimers()
    {
        Recorder recorder;
        const int a = recorder.startTimer(5'000, Qt::PreciseTimer);
        const int b = recorder.startTimer(300, Qt::CoarseTimer);
        const int leftA = dispatcher()->remainingTime(a);
        QVERIFY(leftA > 4'000 && leftA <= 5'000);
        QVERIFY(dispatcher()->remainingTime(b) <= 300);
        QCOMPARE(dispatcher()->registeredTimers(&recorder).size(), 2);
        QTimer timer;
        timer.start(2'000);
        QVERIFY(timer.remainingTime() > 1'000 && timer.remainingTime() <= 2'000);
        recorder.killTimer(a);
        QCOMPARE(dispatcher()->remainingTime(a), -1);
        QCOMPARE(dispatcher()->registeredTimers(&recorder).size(), 1);
        recorder.killTimer(b);
        QVERIFY(dispatcher()->registeredTimers(&recorder).isEmpty());
        QVERIFY(!dispatcher()->unregisterTimer(a));
    }

    void aTimerKilledByAnEarlierHandlerOfTheSamePassDoesNotFire()
    {
        Recorder recorder;
        const int first = recorder.startTimer(10, Qt::PreciseTimer);
        const int second = recorder.startTimer(10, Qt::PreciseTimer);
        recorder.onTimer = [&](int id) {
            recorder.killTimer(first);
            recorder.killTimer(second);
            recorder.onTimer = nullptr;
            Q_UNUSED(id);
        };
        QThread::msleep(30); // both are due by the next pass
        QVERIFY(spinUntil([&] { return !recorder.timerIds.isEmpty(); }));
        QTest::qWait(50);
        QCOMPARE(recorder.timerIds.size(), 1);
    }

    void aTimerStartedInAHandlerWaitsForTheNextPass()
    {
        // A zero-interval timer started from a handler must not run in the pass that started
        // it, or a handler restarting it would never let the loop wait.
        Recorder recorder;
        int zeroTimer = 0;
        recorder.onTimer = [&](int id) {
            if (zeroTimer == 0) {
                recorder.killTimer(id);
                zeroTimer = recorder.startTimer(0);
                QCOMPARE(recorder.timerIds.size(), 1);
            }
        };
        recorder.startTimer(5);
        QVERIFY(spinUntil([&] { return recorder.timerIds.size() >= 3; }));
        recorder.killTimer(zeroTimer);
    }

    void zeroTimersDoNotStarveOtherEvents()
    {
        QTimer busy;
        int spins = 0;
        connect(&busy, &QTimer::timeout, this, [&] { ++spins; });
        busy.start(0);
        Recorder recorder;
        QCoreApplication::postEvent(&recorder, new QEvent(kPing));
        bool timerFired = false;
        QTimer::singleShot(30, this, [&] { timerFired = true; });
        QVERIFY(spinUntil([&] { return timerFired && recorder.events.size() == 1; }));
        busy.stop();
        QVERIFY(spins > 0);
    }

    void deletingTheObjectUnregistersItsTimers()
    {
        auto *recorder = new Recorder;
        const int a = recorder->startTimer(10);
        const int b = recorder->startTimer(20);
        QCOMPARE(dispatcher()->registeredTimers(recorder).size(), 2);
        delete recorder;
        QCOMPARE(dispatcher()->remainingTime(a), -1);
        QCOMPARE(dispatcher()->remainingTime(b), -1);
        QTest::qWait(50); // nothing fires into the deleted object
    }

    void readNotifierFiresOnDataAndStopsWhenDisabled()
    {
        SocketPair pair;
        QSocketNotifier notifier(pair.fds[0], QSocketNotifier::Read);
        int activations = 0;
        connect(&notifier, &QSocketNotifier::activated, this, [&] {
            ++activations;
            pair.drain();
        });
        QTest::qWait(20);
        QVERIFY(dispatcher()->watchesDescriptor(pair.fds[0]));
        QCOMPARE(activations, 0);
        pair.send("hello");
        QVERIFY(spinUntil([&] { return activations == 1; }));
        // Unread data and a disabled notifier: no activation, and no busy loop either.
        notifier.setEnabled(false);
        pair.send("more");
        const qint64 waitsBefore = dispatcher()->counters().waits;
        QTest::qWait(100);
        QCOMPARE(activations, 1);
        QVERIFY(dispatcher()->counters().waits - waitsBefore < 50);
        QVERIFY(!dispatcher()->watchesDescriptor(pair.fds[0]));
        notifier.setEnabled(true);
        QVERIFY(spinUntil([&] { return activations == 2; }));
    }

    void writeNotifierFollowsTheSendBuffer()
    {
        SocketPair pair;
        // Fill the send buffer of fds[1] until the kernel refuses more.
        const QByteArray chunk(65536, 'x');
        while (::write(pair.fds[1], chunk.constData(), chunk.size()) > 0) {
        }
        QSocketNotifier writable(pair.fds[1], QSocketNotifier::Write);
        int activations = 0;
        connect(&writable, &QSocketNotifier::activated, this, [&] {
            ++activations;
            writable.setEnabled(false);
        });
        QTest::qWait(50);
        QCOMPARE(activations, 0); // full: not writable
        pair.drain(0);
        QVERIFY(spinUntil([&] { return activations == 1; }));
    }

    void aWriteNotifierLeftEnabledKeepsFiring()
    {
        // Level-triggered, as Qt's own: enabled and writable means activated at every pass.
        SocketPair pair;
        QSocketNotifier writable(pair.fds[0], QSocketNotifier::Write);
        int activations = 0;
        connect(&writable, &QSocketNotifier::activated, this, [&] { ++activations; });
        QVERIFY(spinUntil([&] { return activations >= 5; }));
        writable.setEnabled(false);
        const int stoppedAt = activations;
        QTest::qWait(30);
        QCOMPARE(activations, stoppedAt);
    }

    void aWritableSocketCostsNoEpollChange()
    {
        // QAbstractSocket enables its write notifier after each write and disables it once
        // flushed: with room in the send buffer that round trip needs no epoll_ctl.
        SocketPair pair;
        QSocketNotifier readable(pair.fds[0], QSocketNotifier::Read);
        QSocketNotifier writable(pair.fds[0], QSocketNotifier::Write);
        writable.setEnabled(false);
        int writes = 0;
        connect(&writable, &QSocketNotifier::activated, this, [&] {
            ++writes;
            QVERIFY(::write(pair.fds[0], "x", 1) == 1);
            writable.setEnabled(false);
        });
        QTest::qWait(10); // the read notifier is in the kernel now
        const qint64 changesBefore = dispatcher()->counters().epollChanges;
        for (int i = 1; i <= 20; ++i) {
            writable.setEnabled(true);
            QVERIFY(spinUntil([&] { return writes == i; }));
        }
        QCOMPARE(dispatcher()->counters().epollChanges, changesBefore);
        QCOMPARE(pair.drain(1), QByteArray(20, 'x'));
    }

    void readAndWriteNotifiersShareADescriptor()
    {
        SocketPair pair;
        QSocketNotifier readable(pair.fds[0], QSocketNotifier::Read);
        QSocketNotifier writable(pair.fds[0], QSocketNotifier::Write);
        int reads = 0;
        int writes = 0;
        connect(&readable, &QSocketNotifier::activated, this, [&] {
            ++reads;
            pair.drain();
        });
        connect(&writable, &QSocketNotifier::activated, this, [&] {
            ++writes;
            writable.setEnabled(false); // as QAbstractSocket does once its buffer is flushed
        });
        QVERIFY(spinUntil([&] { return writes == 1; }));
        QCOMPARE(reads, 0);
        pair.send("x");
        QVERIFY(spinUntil([&] { return reads == 1; }));
        writable.setEnabled(true);
        QVERIFY(spinUntil([&] { return writes == 2; }));
        QCOMPARE(reads, 1);
        // The read notifier stays watched after the write one is disabled.
        QVERIFY(dispatcher()->watchesDescriptor(pair.fds[0]));
    }

    void aNotifierDeletedDuringThePassIsNotActivated()
    {
        SocketPair a;
        SocketPair b;
        auto *first = new QSocketNotifier(a.fds[0], QSocketNotifier::Read);
        auto *second = new QSocketNotifier(b.fds[0], QSocketNotifier::Read);
        QPointer<QSocketNotifier> firstAlive(first);
        QPointer<QSocketNotifier> secondAlive(second);
        int activations = 0;
        // Whichever runs first deletes the other: exactly one activation.
        connect(first, &QSocketNotifier::activated, this, [&] {
            ++activations;
            delete secondAlive.data();
            a.drain();
        });
        connect(second, &QSocketNotifier::activated, this, [&] {
            ++activations;
            delete firstAlive.data();
            b.drain();
        });
        a.send("1");
        b.send("2");
        QThread::msleep(5);
        QVERIFY(spinUntil([&] { return activations >= 1; }));
        QTest::qWait(30);
        QCOMPARE(activations, 1);
        delete firstAlive.data();
        delete secondAlive.data();
    }

    void aNotifierDisabledInANestedLoopIsNotActivatedByTheOuterPass()
    {
        // Both sockets are ready in one pass. The first slot to run spins a nested loop, in
        // which the other notifier fires (its data is still there) and disables itself; the
        // outer pass, when it resumes, must not activate it a second time.
        SocketPair a;
        SocketPair b;
        QSocketNotifier first(a.fds[0], QSocketNotifier::Read);
        QSocketNotifier second(b.fds[0], QSocketNotifier::Read);
        int firstCount = 0;
        int secondCount = 0;
        bool nested = false;
        auto handler = [&](QSocketNotifier &self, const SocketPair &pair, int &count) {
            ++count;
            pair.drain();
            if (!nested) {
                nested = true;
                QTest::qWait(50); // the other one fires in here
            }
            self.setEnabled(false);
        };
        connect(&first, &QSocketNotifier::activated, this, [&] { handler(first, a, firstCount); });
        connect(&second, &QSocketNotifier::activated, this,
                [&] { handler(second, b, secondCount); });
        a.send("1");
        b.send("2");
        QThread::msleep(5);
        QVERIFY(spinUntil([&] {
            return firstCount + secondCount >= 2 && !first.isEnabled() && !second.isEnabled();
        }));
        QTest::qWait(30);
        QCOMPARE(firstCount, 1);
        QCOMPARE(secondCount, 1);
    }

    void aReusedDescriptorNumberIsWatchedAgain()
    {
        // A notifier goes, its descriptor closes, a new socket gets the same number and a new
        // notifier, all before the next wait: the new one must still be activated.
        int activations = 0;
        auto pair = std::make_unique<SocketPair>();
        auto notifier = std::make_unique<QSocketNotifier>(pair->fds[0], QSocketNotifier::Read);
        QTest::qWait(10); // registered in the kernel
        QVERIFY(dispatcher()->watchesDescriptor(pair->fds[0]));
        const int number = pair->fds[0];
        notifier.reset();
        pair->closeBoth();
        SocketPair fresh;
        QCOMPARE(fresh.fds[0], number); // the lowest free number comes back
        QSocketNotifier again(fresh.fds[0], QSocketNotifier::Read);
        connect(&again, &QSocketNotifier::activated, this, [&] {
            ++activations;
            fresh.drain();
        });
        fresh.send("again");
        QVERIFY(spinUntil([&] { return activations == 1; }));
    }

    void excludeSocketNotifiersStillDeliversPostedEvents()
    {
        SocketPair pair;
        QSocketNotifier notifier(pair.fds[0], QSocketNotifier::Read);
        int activations = 0;
        connect(&notifier, &QSocketNotifier::activated, this, [&] {
            ++activations;
            pair.drain();
        });
        pair.send("waiting");
        Recorder recorder;
        QCoreApplication::postEvent(&recorder, new QEvent(kPing));
        dispatcher()->processEvents(QEventLoop::ExcludeSocketNotifiers);
        QCOMPARE(recorder.events.size(), 1);
        QCOMPARE(activations, 0);
        // A wait that excludes notifiers ends on a wake-up, not on the readable socket.
        std::unique_ptr<QThread> waker(QThread::create([] {
            QThread::msleep(50);
            QAbstractEventDispatcher::instance(qApp->thread())->wakeUp();
        }));
        waker->start();
        dispatcher()->processEvents(QEventLoop::ExcludeSocketNotifiers |
                                    QEventLoop::WaitForMoreEvents);
        waker->wait();
        QCOMPARE(activations, 0);
        QVERIFY(spinUntil([&] { return activations == 1; }));
    }

    void tcpSocketsMoveMegabytesBothWays()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(spinUntil([&] { return server.hasPendingConnections(); }));
        QTcpSocket *accepted = server.nextPendingConnection();
        QVERIFY(spinUntil([&] { return client.state() == QAbstractSocket::ConnectedState; }));
        // 8 MB each way, written at once: the write notifiers toggle as the buffers fill and
        // drain, and the read notifiers keep up on both ends.
        QByteArray payload(8 * 1024 * 1024, '\0');
        for (qsizetype i = 0; i < payload.size(); ++i) {
            payload[i] = char(i * 131 % 251);
        }
        QByteArray atServer;
        QByteArray atClient;
        connect(accepted, &QTcpSocket::readyRead, this,
                [&] { atServer.append(accepted->readAll()); });
        connect(&client, &QTcpSocket::readyRead, this, [&] { atClient.append(client.readAll()); });
        client.write(payload);
        accepted->write(payload);
        QVERIFY(spinUntil(
            [&] { return atServer.size() == payload.size() && atClient.size() == payload.size(); },
            60'000));
        QVERIFY(atServer == payload);
        QVERIFY(atClient == payload);
        // A hang-up reaches the other side.
        QSignalSpy gone(accepted, &QTcpSocket::disconnected);
        client.disconnectFromHost();
        QVERIFY(gone.wait(10'000));
    }

    void manyWebSocketsExchangeMessages()
    {
        QWebSocketServer server(QStringLiteral("test"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QList<QWebSocket *> serverSide;
        int echoed = 0;
        connect(&server, &QWebSocketServer::newConnection, this, [&] {
            while (QWebSocket *socket = server.nextPendingConnection()) {
                serverSide << socket;
                connect(socket, &QWebSocket::textMessageReceived, socket,
                        [socket, &echoed](const QString &text) {
                            socket->sendTextMessage(text + QStringLiteral("!"));
                            ++echoed;
                        });
            }
        });
        constexpr int kClients = 200;
        constexpr int kMessages = 20;
        std::vector<std::unique_ptr<QWebSocket>> clients;
        int received = 0;
        int connected = 0;
        for (int i = 0; i < kClients; ++i) {
            clients.push_back(std::make_unique<QWebSocket>());
            QWebSocket *client = clients.back().get();
            connect(client, &QWebSocket::connected, this, [client, &connected] {
                ++connected;
                for (int m = 0; m < kMessages; ++m) {
                    client->sendTextMessage(QStringLiteral("m%1").arg(m));
                }
            });
            connect(client, &QWebSocket::textMessageReceived, this,
                    [&received](const QString &text) {
                        if (text.endsWith(QLatin1Char('!'))) {
                            ++received;
                        }
                    });
            client->open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort())));
        }
        QVERIFY(spinUntil([&] { return received == kClients * kMessages; }, 60'000));
        QCOMPARE(connected, kClients);
        QCOMPARE(echoed, kClients * kMessages);
        for (auto &client : clients) {
            client->close();
        }
        QVERIFY(spinUntil([&] {
            for (QWebSocket *socket : serverSide) {
                if (socket->state() != QAbstractSocket::UnconnectedState) {
                    return false;
                }
            }
            return true;
        }));
        qDeleteAll(serverSide);
    }

    void nestedEventLoopsRunSocketsAndTimers()
    {
        SocketPair pair;
        QSocketNotifier notifier(pair.fds[0], QSocketNotifier::Read);
        int activations = 0;
        bool innerDone = false;
        connect(&notifier, &QSocketNotifier::activated, this, [&] {
            ++activations;
            pair.drain();
            if (activations == 1) {
                // A nested loop inside a notifier's slot: its own socket and a timer still work.
                QEventLoop inner;
                QTimer::singleShot(10, &inner, [&] { pair.send("second"); });
                QTimer::singleShot(20'000, &inner, [&] { inner.exit(1); });
                QTimer poll;
                connect(&poll, &QTimer::timeout, &inner, [&] {
                    if (activations == 2) {
                        inner.quit();
                    }
                });
                poll.start(1);
                innerDone = inner.exec() == 0;
            }
        });
        pair.send("first");
        QVERIFY(spinUntil([&] { return innerDone; }));
        QCOMPARE(activations, 2);
    }

    void aTimerDoesNotRecurseIntoItsOwnNestedLoop()
    {
        Recorder recorder;
        int depth = 0;
        int maxDepth = 0;
        int fired = 0;
        const int id = recorder.startTimer(1, Qt::PreciseTimer);
        recorder.onTimer = [&](int) {
            ++fired;
            ++depth;
            maxDepth = std::max(maxDepth, depth);
            if (fired == 1) {
                QTest::qWait(30); // a nested loop while this timer is due again and again
            }
            --depth;
        };
        QVERIFY(spinUntil([&] { return fired >= 3; }));
        recorder.killTimer(id);
        QCOMPARE(maxDepth, 1);
    }

    void deferredDeleteRunsInARunningLoop()
    {
        QPointer<QObject> doomed(new QObject);
        QEventLoop loop;
        connect(doomed, &QObject::destroyed, &loop, &QEventLoop::quit);
        QTimer::singleShot(10'000, &loop, [&] { loop.exit(1); });
        doomed->deleteLater();
        QCOMPARE(loop.exec(), 0);
        QVERIFY(doomed.isNull());
    }

    void idleLoopDoesNotSpin()
    {
        // With sockets watched and nothing happening, the loop sleeps until its next timer.
        SocketPair pair;
        QSocketNotifier notifier(pair.fds[0], QSocketNotifier::Read);
        QTest::qWait(10);
        const qint64 before = dispatcher()->counters().waits;
        QEventLoop loop;
        QTimer::singleShot(300, &loop, &QEventLoop::quit);
        loop.exec();
        QVERIFY2(dispatcher()->counters().waits - before < 20,
                 qPrintable(QString::number(dispatcher()->counters().waits - before)));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    EpollEventDispatcherTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "EpollEventDispatcherTest.moc"
