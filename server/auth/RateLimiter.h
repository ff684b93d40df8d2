#pragma once

#include <QHash>
#include <QHttpServerResponse>
#include <QString>

#include <list>
#include <vector>

namespace transcendence::server {

class SharedRateLimitStore;

// Sliding-window limits on attempts per key ("login-ip:203.0.113.5", "login-account:alice"),
// used on the event-loop thread only. Alone, in memory per instance. With several instances
// (TRANSCENDENCE_REDIS_URL) every limiter counts in the shared store, so a client has one budget
// for the whole cluster; while Redis does not answer, each instance counts in memory again.
//
// In memory, the keys live in least-recently-used order within a byte budget: a flood of fresh
// keys (one attacker rotating addresses or names) evicts the buckets nobody touched for longest,
// never the whole table, so a bucket in use (an account under attack) keeps its count.
class RateLimiter {
public:
    // Set once at start-up, before serving (nullptr: in memory); not owned.
    static void setSharedStore(SharedRateLimitStore *store);

    static constexpr qsizetype kDefaultMaxBytes = 16 * 1024 * 1024;
    explicit RateLimiter(qsizetype maxBytes = kDefaultMaxBytes);

    struct Rule {
        int limit;
        int windowSeconds;
    };

    // Counts an attempt. Returns 0 when it is allowed, else the seconds until one is (Retry-After).
    int hit(const QString &key, Rule rule, qint64 nowMs);
    // Whether the key has used its budget, without counting an attempt: the seconds until it has
    // room again (Retry-After), or 0. For limits counted only on failure (see hit()). Never
    // creates a bucket.
    int exhausted(const QString &key, Rule rule, qint64 nowMs);
    void clear(const QString &key);

    // What the in-memory table holds now (tests and metrics).
    qsizetype keyCount() const { return m_index.size(); }
    qsizetype approximateBytes() const { return m_bytes; }

    // 429 rate_limited in the JSON error shape, with Retry-After.
    static QHttpServerResponse tooManyRequests(int retryAfterSeconds);

private:
    struct Bucket {
        QString key;
        std::vector<qint64> attempts; // oldest first; at most the rule's limit
    };
    using Buckets = std::list<Bucket>; // most recently used first

    static qsizetype costOf(const Bucket &bucket);
    // Drops attempts older than the window; the seconds to wait when the bucket is full, else 0.
    static int retryAfter(Bucket &bucket, Rule rule, qint64 nowMs);
    void touch(Buckets::iterator bucket);
    void remove(Buckets::iterator bucket);
    void evictBeyondBudget();

    Buckets m_buckets;
    QHash<QString, Buckets::iterator> m_index;
    qsizetype m_bytes = 0;
    qsizetype m_maxBytes;
};

} // namespace transcendence::server
