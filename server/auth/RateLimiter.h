#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHttpServerResponse>
#include <QList>
#include <QString>

#include <functional>
#include <list>
#include <memory>
#include <vector>

namespace transcendence::server {

class SharedRateLimitStore;

// Sliding-window limits on attempts per key ("login-ip:203.0.113.5", "login-account:alice"),
// used on the event-loop thread only. Alone, in memory per instance. With several instances
// (TRANSCENDENCE_REDIS_URL) every limiter counts in the shared store, so a client has one budget
// for the whole cluster; while Redis does not answer, each instance counts in memory again.
//
// check() never blocks the event loop: alone it decides at once (done runs before check()
// returns); with the shared store, done runs once Redis has answered, or after the store's
// timeout (then counted in memory). Callers answer their request from done, through its
// DeferredReply (docs/security.md, "Rate limits").
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
    // One limit to check: count = true counts an attempt when it is allowed; false only asks
    // whether the budget is used up (for limits counted on failure only).
    struct Check {
        QString key;
        Rule rule;
        bool count = true;
    };
    // done(retryAfter): 0 when every limit allows the attempt, else the seconds until the first
    // one that does not has room again (Retry-After). The limits are checked in order and the
    // first full one stops the check (the ones before it have counted the attempt). done does
    // not run once this limiter is gone.
    void check(QList<Check> checks, std::function<void(int retryAfter)> done);
    // Counts an attempt as check() does, nobody deciding on it (a failure counted after the
    // fact); counted (optional) runs once it is (shared: once Redis has it, or gave no answer).
    void count(const QString &key, Rule rule, std::function<void()> counted = {});
    void clear(const QString &key);

    // The same in this instance's memory only, at once (the fallback of the shared store;
    // tests). hitHere counts an attempt: 0 when it is allowed, else the seconds until one is.
    // exhaustedHere does not count: the seconds until the key has room again, or 0; it never
    // creates a bucket.
    int hitHere(const QString &key, Rule rule, qint64 nowMs);
    int exhaustedHere(const QString &key, Rule rule, qint64 nowMs);

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

    // The checks in memory, at once; the outcome as for check().
    int checkHere(const QList<Check> &checks);
    void clearHere(const QString &key);

    QElapsedTimer m_clock;                                      // the in-memory windows' clock
    std::shared_ptr<int> m_lifetime = std::make_shared<int>(0); // see check()
    Buckets m_buckets;
    QHash<QString, Buckets::iterator> m_index;
    qsizetype m_bytes = 0;
    qsizetype m_maxBytes;
};

} // namespace transcendence::server
