#include "auth/RateLimiter.h"

#include "cluster/SharedRateLimitStore.h"
#include "metrics/ServerMetrics.h"

#include <QJsonObject>

#include <algorithm>

namespace transcendence::server {

namespace {
SharedRateLimitStore *sharedStore = nullptr;

void noteRefused(const QString &key, int retryAfter)
{
    if (retryAfter > 0) {
        metrics::rateLimitRefused(key.section(QLatin1Char(':'), 0, 0)); // "login-ip", not the ip
    }
}
} // namespace

void RateLimiter::setSharedStore(SharedRateLimitStore *store)
{
    sharedStore = store;
}

RateLimiter::RateLimiter(qsizetype maxBytes)
    : m_maxBytes(maxBytes)
{
    m_clock.start();
}

void RateLimiter::check(QList<Check> checks, std::function<void(int)> done)
{
    if (!sharedStore || !sharedStore->isAvailable()) {
        const int wait = checkHere(checks);
        if (done) {
            done(wait);
        }
        return;
    }
    QList<SharedRateLimitStore::Check> shared;
    shared.reserve(checks.size());
    for (const Check &check : std::as_const(checks)) {
        shared.push_back({check.key, check.rule.limit, check.rule.windowSeconds, check.count});
    }
    sharedStore->check(
        shared, [this, alive = std::weak_ptr<int>(m_lifetime), checks = std::move(checks),
                 done = std::move(done)](std::optional<SharedRateLimitStore::Refusal> outcome) {
            if (!alive.lock()) {
                return; // the limiter (and its owner) is gone
            }
            int wait = 0;
            if (!outcome) {
                wait = checkHere(checks); // Redis did not answer in time: this instance counts
            } else if (outcome->retryAfter > 0) {
                wait = outcome->retryAfter;
                noteRefused(checks.value(outcome->index).key, wait);
            }
            if (done) {
                done(wait);
            }
        });
}

void RateLimiter::count(const QString &key, Rule rule, std::function<void()> counted)
{
    check({Check{key, rule, true}}, [counted = std::move(counted)](int) {
        if (counted) {
            counted();
        }
    });
}

void RateLimiter::clear(const QString &key)
{
    if (sharedStore) {
        sharedStore->clear(key);
    }
    clearHere(key);
}

int RateLimiter::checkHere(const QList<Check> &checks)
{
    const qint64 now = m_clock.elapsed();
    for (const Check &check : checks) {
        const int wait = check.count ? hitHere(check.key, check.rule, now)
                                     : exhaustedHere(check.key, check.rule, now);
        if (wait > 0) {
            return wait;
        }
    }
    return 0;
}

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

int RateLimiter::hitHere(const QString &key, Rule rule, qint64 nowMs)
{
    auto found = m_index.find(key);
    if (found == m_index.end()) {
        if (rule.limit <= 0) {
            noteRefused(key, rule.windowSeconds);
            return rule.windowSeconds;
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
    noteRefused(key, wait);
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

int RateLimiter::exhaustedHere(const QString &key, Rule rule, qint64 nowMs)
{
    const auto found = m_index.constFind(key);
    if (found == m_index.constEnd()) {
        return 0;
    }
    const Buckets::iterator bucket = *found;
    touch(bucket);
    const qsizetype before = costOf(*bucket);
    const int wait = retryAfter(*bucket, rule, nowMs);
    m_bytes += costOf(*bucket) - before;
    noteRefused(key, wait);
    return wait;
}

void RateLimiter::clearHere(const QString &key)
{
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
