#include "core/EpollEventDispatcher.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSocketNotifier>
#include <QTimerEvent>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace transcendence::server {

namespace {

constexpr int kMaxEventsPerWait = 512;
constexpr qint64 kNsPerMs = 1'000'000;

int typeIndex(QSocketNotifier::Type type)
{
    switch (type) {
    case QSocketNotifier::Read:
        return 0;
    case QSocketNotifier::Write:
        return 1;
    case QSocketNotifier::Exception:
        return 2;
    }
    return 0;
}

// Qt's rounding for very coarse timers: the interval in whole seconds, to the nearest.
qint64 roundedToSeconds(qint64 intervalMs)
{
    return ((intervalMs + 500) / 1000) * 1000;
}

timespec toTimespec(qint64 ns)
{
    return timespec{time_t(ns / 1'000'000'000), long(ns % 1'000'000'000)};
}

} // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
    , m_epoll(epoll_create1(EPOLL_CLOEXEC))
    , m_wakeFd(eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC))
{
    if (m_epoll < 0 || m_wakeFd < 0) {
        qFatal("EpollEventDispatcher: epoll_create1/eventfd failed: %s", std::strerror(errno));
    }
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.fd = m_wakeFd;
    if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &event) != 0) {
        qFatal("EpollEventDispatcher: epoll_ctl(eventfd) failed: %s", std::strerror(errno));
    }
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    ::close(m_wakeFd);
    ::close(m_epoll);
}

qint64 EpollEventDispatcher::now()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.store(false, std::memory_order_relaxed);
    emit awake();
    QCoreApplication::sendPostedEvents();

    const bool includeNotifiers = !flags.testFlag(QEventLoop::ExcludeSocketNotifiers);
    const bool includeTimers = !flags.testFlag(QEventLoop::X11ExcludeTimers);
    if (m_interrupted.load(std::memory_order_relaxed)) {
        return false;
    }
    // Events posted from here on (by this thread or another) write the eventfd, so the wait
    // below returns at once: nothing posted is left waiting.
    const bool mayBlock = flags.testFlag(QEventLoop::WaitForMoreEvents);
    qint64 waitNs = 0;
    if (mayBlock) {
        waitNs = includeTimers ? nextTimerWaitNs() : -1;
        emit aboutToBlock();
    }
    const timespec timeout = toTimespec(waitNs < 0 ? 0 : waitNs);
    const timespec *timeoutOrForever = waitNs < 0 ? nullptr : &timeout;

    // This pass's lists, kept between passes so that a pass allocates nothing; one set per
    // nesting level (a slot may run a nested event loop).
    if (m_passes.size() <= m_depth) {
        m_passes.emplace_back();
    }
    Pass &pass = m_passes[m_depth];
    ++m_depth;
    const auto leave = qScopeGuard([this] { --m_depth; });
    int handled = 0;
    ++m_counters.waits;
    if (includeNotifiers) {
        std::vector<Activation> &pending = pass.pending;
        std::vector<int> &probedWritable = pass.probedWritable;
        pending.clear();
        probedWritable.clear();
        probeWrites(pending, probedWritable);
        applyChanges();
        const timespec zero{0, 0};
        epoll_event events[kMaxEventsPerWait];
        const int count = epoll_pwait2(m_epoll, events, kMaxEventsPerWait,
                                       pending.empty() ? timeoutOrForever : &zero, nullptr);
        if (count < 0 && errno != EINTR) {
            qWarning("EpollEventDispatcher: epoll_pwait2 failed: %s", std::strerror(errno));
        }
        handled += activateNotifiers(pending, events, count < 0 ? 0 : count);
        // A write notifier found writable and still enabled after its activation (the socket
        // took only part of the buffer) is asked again before the next wait.
        for (const int fd : probedWritable) {
            const auto found = m_descriptors.find(fd);
            if (found != m_descriptors.end() && found->notifiers[1] && !found->writeInKernel &&
                !found->writeProbe) {
                found->writeProbe = true;
                m_writeProbes.push_back(fd);
            }
        }
    } else {
        pollfd wake{m_wakeFd, POLLIN, 0};
        if (ppoll(&wake, 1, timeoutOrForever, nullptr) > 0) {
            drainWakeUps();
            ++handled;
        }
    }
    if (includeTimers) {
        handled += activateTimers(pass.dueTimers);
    }
    return handled > 0;
}

void EpollEventDispatcher::drainWakeUps()
{
    std::uint64_t value = 0;
    while (::read(m_wakeFd, &value, sizeof value) == sizeof value) {
    }
    // After the read: a wakeUp() from here on writes again; one before it left its event in
    // the posted-event list, which the next processEvents sends before it waits.
    m_wakeUpPending.store(false, std::memory_order_release);
}

void EpollEventDispatcher::probeWrites(std::vector<Activation> &ready, std::vector<int> &readyFds)
{
    if (m_writeProbes.empty()) {
        return;
    }
    std::vector<pollfd> &probes = m_probeBuffer; // probeWrites calls out to nobody: one buffer
    probes.clear();
    for (const int fd : m_writeProbes) {
        const auto found = m_descriptors.find(fd);
        if (found == m_descriptors.end() || !found->writeProbe) {
            continue; // listed twice, or gone meanwhile
        }
        found->writeProbe = false;
        if (found->notifiers[1] && !found->writeInKernel) {
            probes.push_back(pollfd{fd, POLLOUT, 0});
        }
    }
    m_writeProbes.clear();
    if (probes.empty()) {
        return;
    }
    ++m_counters.writeProbes;
    if (::poll(probes.data(), nfds_t(probes.size()), 0) < 0) {
        for (pollfd &probe : probes) {
            probe.revents = 0; // (EINTR) let epoll answer for all of them
        }
    }
    for (const pollfd &probe : probes) {
        Descriptor &descriptor = m_descriptors[probe.fd];
        if (probe.revents & (POLLOUT | POLLERR)) {
            addPending(ready, probe.fd, descriptor, 1);
            readyFds.push_back(probe.fd);
        } else {
            descriptor.writeInKernel = true; // full (or hung up): wait for it on epoll
            markChanged(probe.fd, descriptor);
        }
    }
}

void EpollEventDispatcher::addPending(std::vector<Activation> &pending, int fd,
                                      Descriptor &descriptor, int type)
{
    pending.push_back(Activation{descriptor.notifiers[type], fd, type});
    ++descriptor.pending[type];
}

int EpollEventDispatcher::activateNotifiers(std::vector<Activation> &pending,
                                            const ::epoll_event *events, int count)
{
    int handled = 0;
    for (int i = 0; i < count; ++i) {
        const int fd = events[i].data.fd;
        if (fd == m_wakeFd) {
            drainWakeUps();
            ++handled;
            continue;
        }
        const auto found = m_descriptors.find(fd);
        if (found == m_descriptors.end()) {
            continue;
        }
        const std::uint32_t ready = events[i].events;
        if (found->notifiers[0] && (ready & (EPOLLIN | EPOLLHUP | EPOLLERR))) {
            addPending(pending, fd, *found, 0);
        }
        if (found->notifiers[1] && found->writeInKernel && (ready & (EPOLLOUT | EPOLLERR))) {
            addPending(pending, fd, *found, 1);
        }
        if (found->notifiers[2] && (ready & EPOLLPRI)) {
            addPending(pending, fd, *found, 2);
        }
    }
    m_pendingPasses.push_back(&pending);
    for (std::size_t i = 0; i < pending.size(); ++i) {
        QSocketNotifier *notifier = pending[i].notifier;
        if (!notifier) {
            continue; // unregistered by an earlier activation
        }
        pending[i].notifier = nullptr;
        // Still registered (unregistering clears its entries), so its descriptor is there.
        --m_descriptors[pending[i].fd].pending[pending[i].type];
        QEvent event(QEvent::SockAct);
        QCoreApplication::sendEvent(notifier, &event);
        ++handled;
        ++m_counters.notifierActivations;
    }
    m_pendingPasses.pop_back();
    return handled;
}

void EpollEventDispatcher::markChanged(int fd, Descriptor &descriptor)
{
    if (!descriptor.changed) {
        descriptor.changed = true;
        m_changed.push_back(fd);
    }
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    Q_ASSERT(notifier);
    const int fd = int(notifier->socket());
    if (fd < 0) {
        qWarning("EpollEventDispatcher: socket notifier with an invalid descriptor");
        return;
    }
    Descriptor &descriptor = m_descriptors[fd];
    const int index = typeIndex(notifier->type());
    QSocketNotifier *&slot = descriptor.notifiers[index];
    if (slot && slot != notifier) {
        qWarning("EpollEventDispatcher: several socket notifiers for descriptor %d and one type",
                 fd);
    }
    slot = notifier;
    if (index == 1) {
        if (!descriptor.writeInKernel && !descriptor.writeProbe) {
            descriptor.writeProbe = true;
            m_writeProbes.push_back(fd);
        }
        return;
    }
    markChanged(fd, descriptor);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    Q_ASSERT(notifier);
    const int fd = int(notifier->socket());
    const auto found = m_descriptors.find(fd);
    if (found == m_descriptors.end()) {
        return;
    }
    const int index = typeIndex(notifier->type());
    forgetPending(notifier, *found, index);
    QSocketNotifier *&slot = found->notifiers[index];
    if (slot != notifier) {
        return;
    }
    slot = nullptr;
    if (index == 1) {
        found->writeInKernel = false;
    }
    if (!hasNotifiers(*found)) {
        // At once, not at the next wait: the descriptor may be closed right after this and its
        // number reused by a new socket, which then needs an EPOLL_CTL_ADD of its own (closing
        // a descriptor silently removes it from the epoll set).
        if (found->kernelEvents != 0) {
            if (epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr) != 0 && errno != ENOENT &&
                errno != EBADF) {
                qWarning("EpollEventDispatcher: epoll_ctl(DEL %d) failed: %s", fd,
                         std::strerror(errno));
            }
            ++m_counters.epollChanges;
        }
        m_descriptors.erase(found); // stale entries in m_changed / m_writeProbes are skipped
        return;
    }
    if (wantedEvents(*found) != found->kernelEvents) {
        markChanged(fd, *found);
    }
}

void EpollEventDispatcher::forgetPending(QSocketNotifier *notifier, Descriptor &descriptor,
                                         int type)
{
    // Counted, so that the common case (a notifier disabled in its own activation, or not due
    // at all) costs no scan of the pass lists.
    if (descriptor.pending[type] == 0) {
        return;
    }
    for (std::vector<Activation> *pass : m_pendingPasses) {
        for (Activation &activation : *pass) {
            if (activation.notifier == notifier) {
                activation.notifier = nullptr;
                --descriptor.pending[type];
            }
        }
    }
}

bool EpollEventDispatcher::hasNotifiers(const Descriptor &descriptor)
{
    return descriptor.notifiers[0] || descriptor.notifiers[1] || descriptor.notifiers[2];
}

std::uint32_t EpollEventDispatcher::wantedEvents(const Descriptor &descriptor)
{
    return (descriptor.notifiers[0] ? std::uint32_t(EPOLLIN) : 0u) |
           (descriptor.notifiers[1] && descriptor.writeInKernel ? std::uint32_t(EPOLLOUT) : 0u) |
           (descriptor.notifiers[2] ? std::uint32_t(EPOLLPRI) : 0u);
}

void EpollEventDispatcher::applyChanges()
{
    for (const int fd : m_changed) {
        const auto found = m_descriptors.find(fd);
        if (found == m_descriptors.end() || !found->changed) {
            continue; // gone, or listed twice
        }
        found->changed = false;
        const std::uint32_t wanted = wantedEvents(*found);
        if (wanted == found->kernelEvents) {
            continue;
        }
        if (wanted == 0) {
            // Only a write notifier being probed is left: the kernel needs nothing meanwhile.
            if (epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr) != 0 && errno != ENOENT) {
                qWarning("EpollEventDispatcher: epoll_ctl(DEL %d) failed: %s", fd,
                         std::strerror(errno));
            }
            ++m_counters.epollChanges;
            found->kernelEvents = 0;
            continue;
        }
        setKernelEvents(fd, *found, wanted);
    }
    m_changed.clear();
}

void EpollEventDispatcher::setKernelEvents(int fd, Descriptor &descriptor, std::uint32_t events)
{
    epoll_event event{};
    event.events = events;
    event.data.fd = fd;
    int operation = descriptor.kernelEvents == 0 ? EPOLL_CTL_ADD : EPOLL_CTL_MOD;
    int result = epoll_ctl(m_epoll, operation, fd, &event);
    ++m_counters.epollChanges;
    if (result != 0 && operation == EPOLL_CTL_MOD && errno == ENOENT) {
        operation = EPOLL_CTL_ADD; // closed and reopened behind our back
        result = epoll_ctl(m_epoll, operation, fd, &event);
        ++m_counters.epollChanges;
    } else if (result != 0 && operation == EPOLL_CTL_ADD && errno == EEXIST) {
        operation = EPOLL_CTL_MOD;
        result = epoll_ctl(m_epoll, operation, fd, &event);
        ++m_counters.epollChanges;
    }
    if (result != 0) {
        qWarning("EpollEventDispatcher: epoll_ctl(%d) failed: %s", fd, std::strerror(errno));
        descriptor.kernelEvents = 0;
        return;
    }
    descriptor.kernelEvents = events;
}

bool EpollEventDispatcher::watchesDescriptor(qintptr fd) const
{
    const auto found = m_descriptors.constFind(int(fd));
    return found != m_descriptors.cend() && found->kernelEvents != 0;
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                                         QObject *object)
{
    Q_ASSERT(timerId > 0 && interval >= 0 && object);
    unregisterTimer(timerId); // a stale registration under a reused id must not survive
    Timer timer;
    timer.object = object;
    timer.interval = interval;
    timer.type = timerType;
    timer.effectiveInterval =
        timerType == Qt::VeryCoarseTimer ? roundedToSeconds(interval) : interval;
    timer.deadline = now() + timer.effectiveInterval * kNsPerMs;
    timer.serial = ++m_timerSerial;
    m_timers.insert(timerId, timer);
    m_timerQueue.emplace(timer.deadline, timerId);
    m_timersByObject.insert(object, timerId);
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    const auto found = m_timers.find(timerId);
    if (found == m_timers.end()) {
        return false;
    }
    m_timerQueue.erase({found->deadline, timerId});
    m_timersByObject.remove(found->object, timerId);
    m_timers.erase(found);
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    const QList<int> ids = m_timersByObject.values(object);
    for (const int id : ids) {
        unregisterTimer(id);
    }
    return !ids.isEmpty();
}

QList<QAbstractEventDispatcher::TimerInfo>
EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> infos;
    for (auto it = m_timersByObject.constFind(object);
         it != m_timersByObject.cend() && it.key() == object; ++it) {
        const Timer &timer = m_timers[it.value()];
        infos.append(TimerInfo(it.value(), int(timer.effectiveInterval), timer.type));
    }
    return infos;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto found = m_timers.constFind(timerId);
    if (found == m_timers.cend()) {
        return -1;
    }
    const qint64 left = found->deadline - now();
    // Whole milliseconds, rounded up: 0 only when the timer is due.
    return left <= 0 ? 0 : int((left + kNsPerMs - 1) / kNsPerMs);
}

qint64 EpollEventDispatcher::nextTimerWaitNs() const
{
    if (m_timerQueue.empty()) {
        return -1;
    }
    const qint64 left = m_timerQueue.begin()->first - now();
    return left < 0 ? 0 : left;
}

int EpollEventDispatcher::activateTimers(std::vector<int> &due)
{
    if (m_timerQueue.empty()) {
        return 0;
    }
    const qint64 passTime = now();
    const quint64 passSerial = m_timerSerial;
    due.clear();
    for (auto it = m_timerQueue.begin(); it != m_timerQueue.end() && it->first <= passTime; ++it) {
        due.push_back(it->second);
    }
    int fired = 0;
    for (const int id : due) {
        auto found = m_timers.find(id);
        // Gone, re-registered during this pass, already rescheduled by a nested loop, or in
        // its own handler further up the stack: not now.
        if (found == m_timers.end() || found->serial > passSerial || found->deadline > passTime ||
            found->firing) {
            continue;
        }
        m_timerQueue.erase({found->deadline, id});
        qint64 next = found->deadline + found->effectiveInterval * kNsPerMs;
        if (next <= passTime) {
            next = passTime + found->effectiveInterval * kNsPerMs; // fell a whole interval behind
        }
        found->deadline = next;
        m_timerQueue.emplace(next, id);
        found->firing = true;
        QObject *object = found->object;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
        ++fired;
        ++m_counters.timerActivations;
        found = m_timers.find(id); // the handler may have killed or replaced it
        if (found != m_timers.end()) {
            found->firing = false;
        }
    }
    return fired;
}

void EpollEventDispatcher::wakeUp()
{
    if (!m_wakeUpPending.exchange(true, std::memory_order_acq_rel)) {
        const std::uint64_t one = 1;
        while (::write(m_wakeFd, &one, sizeof one) < 0 && errno == EINTR) {
        }
    }
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.store(true, std::memory_order_relaxed);
    wakeUp();
}

} // namespace transcendence::server
