#pragma once

#include <QByteArray>
#include <QCache>
#include <QMutex>

namespace transcendence::server {

// The generated default avatars (avatar::DefaultAvatar), kept in memory per user id: rendering
// and encoding one costs a few milliseconds, serving it again nothing. Bounded by bytes; the
// least recently used go first. Thread-safe: workers render and read it.
class DefaultAvatarCache {
public:
    static constexpr qsizetype kDefaultMaxBytes = 8 * 1024 * 1024;

    explicit DefaultAvatarCache(qsizetype maxBytes = kDefaultMaxBytes);

    struct Entry {
        QByteArray png;
        QByteArray etag; // strong ETag header value
    };
    // Renders on a miss: CPU work, call it on a worker thread.
    Entry get(qint64 userId);

private:
    QMutex m_mutex;
    QCache<qint64, Entry> m_entries;
};

} // namespace transcendence::server
