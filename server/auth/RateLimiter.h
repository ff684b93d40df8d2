#pragma once

#include <QHash>
#include <QHttpServerResponse>
#include <QString>

#include <deque>

namespace transcendence::server {

class SharedRateLimitStore;

// Sliding-window limits on attempts per key ("login-ip:203.0.113.5", "login-account:alice"),
// used on the event-loop thread only. Alone, in memory per instance. With several instances
// (TRANSCENDENCE_REDIS_URL) every limiter counts in the shared store, so a client has one budget
// for the whole cluster; while Redis does not answer, each instance counts in memory again.
class RateLimiter {
public:
    // Set once at start-up, before serving (nullptr: in memory); not owned.
    static void setSharedStore(SharedRateLimitStore *store);

    struct Rule {
        int limit;
        int windowSeconds;
    };

    // Counts an attempt. Returns 0 when it is allowed, else the seconds until one is (Retry-After).
    int hit(const QString &key, Rule rule, qint64 nowMs);
    // Whether the key has used its budget, without counting an attempt: the seconds until it has
    // room again (Retry-After), or 0. For limits counted only on failure (see hit()).
    int exhausted(const QString &key, Rule rule, qint64 nowMs);
    void clear(const QString &key);

    // 429 rate_limited in the JSON error shape, with Retry-After.
    static QHttpServerResponse tooManyRequests(int retryAfterSeconds);

private:
    void evictIfFull(qint64 nowMs);

    QHash<QString, std::deque<qint64>> m_attempts;
    static constexpr qsizetype kMaxKeys = 100'000;
};

} // namespace transcendence::server
