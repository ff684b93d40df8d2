#include "auth/SessionCache.h"

namespace transcendence::server {

std::optional<UserRecord> SessionCache::find(const QString &sessionId, qint64 userId,
                                             qint64 nowMs) const
{
    const QMutexLocker lock(&m_mutex);
    if (!m_listening) {
        return std::nullopt;
    }
    const auto found = m_bySession.constFind(sessionId);
    if (found == m_bySession.constEnd() || found->user.id != userId ||
        nowMs >= found->expiresAtMs || nowMs - found->storedAtMs >= kMaxAgeMs) {
        return std::nullopt;
    }
    return found->user;
}

quint64 SessionCache::generation() const
{
    const QMutexLocker lock(&m_mutex);
    return m_generation;
}

void SessionCache::store(const QString &sessionId, const UserRecord &user,
                         const QDateTime &expiresAt, quint64 generationBeforeQuery, qint64 nowMs)
{
    const QMutexLocker lock(&m_mutex);
    if (!m_listening || m_generation != generationBeforeQuery || user.banned) {
        return;
    }
    if (m_bySession.size() >= kMaxEntries) {
        clearLocked(); // rare; simpler than an LRU, and the next requests refill it
    }
    const auto existing = m_bySession.constFind(sessionId);
    if (existing == m_bySession.constEnd()) {
        m_sessionsOfUser.insert(user.id, sessionId);
    }
    m_bySession.insert(sessionId, Entry{user, expiresAt.toMSecsSinceEpoch(), nowMs});
}

void SessionCache::apply(const QString &payload)
{
    const QStringView kind = QStringView(payload).left(2);
    const QString subject = payload.mid(2);
    const QMutexLocker lock(&m_mutex);
    ++m_generation; // even when nothing is cached: a query in flight must not store its answer
    if (kind == u"s:") {
        const auto found = m_bySession.constFind(subject);
        if (found != m_bySession.constEnd()) {
            m_sessionsOfUser.remove(found->user.id, subject);
            m_bySession.erase(found);
        }
    } else if (kind == u"u:") {
        bool ok = false;
        const qint64 userId = subject.toLongLong(&ok);
        if (!ok) {
            clearLocked();
            return;
        }
        for (const QString &sessionId : m_sessionsOfUser.values(userId)) {
            m_bySession.remove(sessionId);
        }
        m_sessionsOfUser.remove(userId);
    } else {
        clearLocked(); // an announcement we do not understand: forget everything, to be safe
    }
}

void SessionCache::setListening(bool listening)
{
    const QMutexLocker lock(&m_mutex);
    ++m_generation;
    m_listening = listening;
    clearLocked();
}

bool SessionCache::isListening() const
{
    const QMutexLocker lock(&m_mutex);
    return m_listening;
}

int SessionCache::size() const
{
    const QMutexLocker lock(&m_mutex);
    return int(m_bySession.size());
}

void SessionCache::clearLocked()
{
    ++m_generation;
    m_bySession.clear();
    m_sessionsOfUser.clear();
}

} // namespace transcendence::server
