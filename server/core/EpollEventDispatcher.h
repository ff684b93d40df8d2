#pragma once

#include <QAbstractEventDispatcher>
#include <QHash>
#include <QMultiHash>

#include <atomic>
#include <cstdint>
#include <deque>
#include <set>
#include <utility>
#include <vector>

class QSocketNotifier;
struct epoll_event;
struct pollfd;

namespace transcendence::server {

// The server thread's event dispatcher, on Linux epoll. Qt 6.4's own dispatchers (glib's and
// the UNIX one) hand the kernel every enabled socket at every wake-up (poll()), so each wake-up
// costs O(sockets): with thousands of WebSockets that was a third of the server thread's time
// (bench/README.md, match_load profile). Here the kernel keeps the set (epoll) and a wake-up
// costs O(ready sockets); enabling and disabling a notifier is an epoll_ctl, deferred to the
// next wait so that a notifier toggled twice between two waits costs nothing.
//
// Write notifiers are the exception: QAbstractSocket enables one after every write and disables
// it once its buffer is flushed, i.e. once per send to every socket. Those are first asked with
// one poll() over just the newly enabled ones before the wait (a socket with room in its send
// buffer is writable at once, and then costs no epoll_ctl at all); only a socket that is not
// writable then is handed to epoll until its notifier is disabled.
//
// Install it before the application exists: QCoreApplication::setEventDispatcher(new
// EpollEventDispatcher) (it then belongs to the main thread, and Qt deletes it). Other threads
// keep Qt's own dispatcher.
//
// Semantics follow Qt's UNIX dispatcher: posted events first, then one wait (none without
// WaitForMoreEvents, none after interrupt()), then socket notifiers, then timers. A read
// notifier is activated on readable/hang-up/error, a write notifier on writable/error, an
// exception notifier on urgent data. Precise and coarse timers fire on their deadline, never
// before it (coarse ones are never moved: "exact" is within the 5 % Qt allows them); very
// coarse timers have their interval rounded to whole seconds, as in Qt. Repeating timers keep
// their phase (next = previous deadline + interval) unless they fell a whole interval behind.
// Descriptors epoll refuses (regular files) are not supported (a warning; the notifier never
// fires): the server thread watches sockets, pipes and eventfds only.
class EpollEventDispatcher final : public QAbstractEventDispatcher {
    Q_OBJECT
public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    using QAbstractEventDispatcher::registerTimer;
    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                       QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

    // What the dispatcher did since it was created (tests and bench/: waits, not wall time).
    struct Counters {
        qint64 waits = 0;        // epoll_wait / poll calls
        qint64 epollChanges = 0; // epoll_ctl calls
        qint64 writeProbes = 0;  // poll() calls over newly enabled write notifiers
        qint64 notifierActivations = 0;
        qint64 timerActivations = 0;
    };
    const Counters &counters() const { return m_counters; }
    // Whether the kernel currently watches this descriptor (for tests).
    bool watchesDescriptor(qintptr fd) const;

private:
    struct Descriptor {
        QSocketNotifier *notifiers[3] = {nullptr, nullptr, nullptr}; // Read, Write, Exception
        std::uint32_t kernelEvents = 0; // what epoll has for it (0: not registered)
        bool changed = false;           // in m_changed
        bool writeInKernel = false;     // its write notifier waits on epoll (was not writable)
        bool writeProbe = false;        // in m_writeProbes
        int pending[3] = {0, 0, 0};     // its notifiers' entries in unfinished activation passes
    };
    struct Timer {
        QObject *object = nullptr;
        qint64 interval = 0;          // ms, as registered
        qint64 effectiveInterval = 0; // ms, very coarse ones rounded to seconds
        Qt::TimerType type = Qt::CoarseTimer;
        qint64 deadline = 0; // ns on the monotonic clock
        quint64 serial = 0; // registration order: timers registered during a pass wait for the next
        bool firing = false; // its event is being delivered (no recursion from nested loops)
    };

    struct Activation {
        QSocketNotifier *notifier = nullptr; // null once activated or unregistered
        int fd = -1;
        int type = 0;
    };

    static qint64 now();
    static bool hasNotifiers(const Descriptor &descriptor);
    static std::uint32_t wantedEvents(const Descriptor &descriptor);
    void markChanged(int fd, Descriptor &descriptor);
    void probeWrites(std::vector<Activation> &ready, std::vector<int> &readyFds);
    void applyChanges();
    void setKernelEvents(int fd, Descriptor &descriptor, std::uint32_t events);
    void addPending(std::vector<Activation> &pending, int fd, Descriptor &descriptor, int type);
    int activateNotifiers(std::vector<Activation> &pending, const ::epoll_event *events, int count);
    int activateTimers(std::vector<int> &due);
    void drainWakeUps();
    void forgetPending(QSocketNotifier *notifier, Descriptor &descriptor, int type);
    qint64 nextTimerWaitNs() const;

    struct Pass {
        std::vector<Activation> pending;
        std::vector<int> probedWritable;
        std::vector<int> dueTimers;
    };
    std::deque<Pass> m_passes; // by nesting depth; a deque: references stay valid as it grows
    std::size_t m_depth = 0;
    std::vector<::pollfd> m_probeBuffer;

    int m_epoll = -1;
    int m_wakeFd = -1;
    std::atomic<bool> m_wakeUpPending{false};
    std::atomic<bool> m_interrupted{false};
    QHash<int, Descriptor> m_descriptors;
    std::vector<int> m_changed;
    std::vector<int> m_writeProbes; // descriptors whose write notifier was just enabled
    // The notifiers of each activation pass in progress (nested event loops stack them): an
    // unregistered notifier is cleared from them so it is never activated afterwards.
    std::vector<std::vector<Activation> *> m_pendingPasses;

    QHash<int, Timer> m_timers;
    std::set<std::pair<qint64, int>> m_timerQueue; // (deadline, id)
    QMultiHash<QObject *, int> m_timersByObject;
    quint64 m_timerSerial = 0;
    Counters m_counters;
};

} // namespace transcendence::server
