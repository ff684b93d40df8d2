#include "users/DefaultAvatarCache.h"

#include "users/avatar/AvatarPng.h"
#include "users/avatar/DefaultAvatar.h"

#include <QMutexLocker>

namespace transcendence::server {

DefaultAvatarCache::DefaultAvatarCache(qsizetype maxBytes)
    : m_entries(maxBytes)
{}

DefaultAvatarCache::Entry DefaultAvatarCache::get(qint64 userId)
{
    {
        const QMutexLocker lock(&m_mutex);
        if (const Entry *cached = m_entries.object(userId)) {
            return *cached;
        }
    }
    // Rendered outside the lock: two workers may both render a missing one, never wait on it.
    Entry entry;
    entry.png = avatar::DefaultAvatar::render(quint64(userId));
    entry.etag = avatar::avatarEtag(entry.png);
    const QMutexLocker lock(&m_mutex);
    m_entries.insert(userId, new Entry(entry), qMax<qsizetype>(1, entry.png.size()));
    return entry;
}

} // namespace transcendence::server
