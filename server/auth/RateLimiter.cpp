#include "auth/RateLimiter.h"

#include "cluster/SharedRateLimitStore.h"
#include "metrics/ServerMetrics.h"

#include <QJsonObject>

#include <algorithm>

namespace transcendence::server {

namespace {
SharedRateLimitStore *sharedStore = nullptr;

int sharedOutcome(const QString &key, int retryAfter)
{
    if (retryAfter > 0) {
        metrics::rateLimitRefused(key.section(QLatin1Char(':'), 0, 0));
    }
    return retryAfter;
}
} // namespace

void RateLimiter::setSharedStore(SharedRateLimitStore *store)
{
    sharedStore = store;
}

RateLimiter::RateLimiter(qsizetype maxBytes)
    : m_maxBytes(maxBytes)
{}

qsizetype RateLimiter::costOf(const Bucket &bucket)
{
    // The list node, the hash entry and both copies of the key's characters (shared, but
    // counted twice to stay on the safe side), and the attempt log's allocation.
    constexpr qsizetype kOverhead = sizeof(Bucket) + 2 * sizeof(void *) + 64;
    return kOverhead + 2 * bucket.key.size() * qsizetype(sizeof(QChar)) +
           qsizetype(bucket.attempts.capacity() * sizeof(qint64));
}

int RateLimiter::retryAfter(Bucket &bucket, Rule rule, qint64 nowMs)
{
    const qint64 windowMs = qint64(rule.windowSeconds) * 1000;
    std::vector<qint64> &attempts = bucket.attempts;
    const auto firstLive = std::find_if(attempts.begin(), attempts.end(),
                                        [&](qint64 at) { return at > nowMs - windowMs; });
    attempts.erase(attempts.begin(), firstLive);
    if (qsizetype(attempts.size()) < rule.limit) {
        return 0;
    }
    const qint64 waitMs = attempts.front() + windowMs - nowMs;
    return int(std::max<qint64>(1, (waitMs + 999) / 1000));
}

int RateLimiter::hit(const QString &key, Rule rule, qint64 nowMs)
{
    if (sharedStore) {
        if (const auto shared = sharedStore->check(key, rule.limit, rule.windowSeconds, true)) {
            return sharedOutcome(key, *shared);
        }
    }
    auto found = m_index.find(key);
    if (found == m_index.end()) {
        if (rule.limit <= 0) {
            return sharedOutcome(key, rule.windowSeconds);
        }
        m_buckets.push_front(Bucket{key, {}});
        found = m_index.insert(key, m_buckets.begin());
        m_bytes += costOf(m_buckets.front());
    }
    const Buckets::iterator bucket = *found;
    touch(bucket);
    const qsizetype before = costOf(*bucket);
    const int wait = retryAfter(*bucket, rule, nowMs);
    if (wait == 0) {
        bucket->attempts.push_back(nowMs);
    }
    m_bytes += costOf(*bucket) - before;
    evictBeyondBudget();
    if (wait > 0) {
        metrics::rateLimitRefused(key.section(QLatin1Char(':'), 0, 0)); // "login-ip", not the ip
    }
    return wait;
}

QHttpServerResponse RateLimiter::tooManyRequests(int retryAfterSeconds)
{
    QHttpServerResponse response(
        QJsonObject{{QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("code"), QStringLiteral("rate_limited")},
                                 {QStringLiteral("message"),
                                  QStringLiteral("too many attempts; try again in %1 seconds")
                                      .arg(retryAfterSeconds)}}}},
        QHttpServerResponder::StatusCode::TooManyRequests);
    response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

int RateLimiter::exhausted(const QString &key, Rule rule, qint64 nowMs)
{
    if (sharedStore) {
        if (const auto shared = sharedStore->check(key, rule.limit, rule.windowSeconds, false)) {
            return sharedOutcome(key, *shared);
        }
    }
    const auto found = m_index.constFind(key);
    if (found == m_index.constEnd()) {
        return 0;
    }
    const Buckets::iterator bucket = *found;
    touch(bucket);
    const qsizetype before = costOf(*bucket);
    const int wait = retryAfter(*bucket, rule, nowMs);
    m_bytes += costOf(*bucket) - before;
    if (wait > 0) {
        metrics::rateLimitRefused(key.section(QLatin1Char(':'), 0, 0));
    }
    return wait;
}

void RateLimiter::clear(const QString &key)
{
    if (sharedStore) {
        sharedStore->clear(key);
    }
    if (const auto found = m_index.constFind(key); found != m_index.constEnd()) {
        remove(*found);
    }
}

void RateLimiter::touch(Buckets::iterator bucket)
{
    m_buckets.splice(m_buckets.begin(), m_buckets, bucket);
}

void RateLimiter::remove(Buckets::iterator bucket)
{
    m_bytes -= costOf(*bucket);
    m_index.remove(bucket->key);
    m_buckets.erase(bucket);
}

void RateLimiter::evictBeyondBudget()
{
    // Never the bucket just used (the front): a budget smaller than one bucket still counts it.
    while (m_bytes > m_maxBytes && m_buckets.size() > 1) {
        remove(std::prev(m_buckets.end()));
    }
}

} // namespace transcendence::server
