#include "auth/RateLimiter.h"

#include "cluster/SharedRateLimitStore.h"
#include "metrics/ServerMetrics.h"

#include <QJsonObject>

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

int RateLimiter::hit(const QString &key, Rule rule, qint64 nowMs)
{
    if (sharedStore) {
        if (const auto shared = sharedStore->check(key, rule.limit, rule.windowSeconds, true)) {
            return sharedOutcome(key, *shared);
        }
    }
    evictIfFull(nowMs);
    std::deque<qint64> &attempts = m_attempts[key];
    const qint64 windowMs = qint64(rule.windowSeconds) * 1000;
    while (!attempts.empty() && attempts.front() <= nowMs - windowMs) {
        attempts.pop_front();
    }
    if (qsizetype(attempts.size()) >= rule.limit) {
        const qint64 waitMs = attempts.front() + windowMs - nowMs;
        metrics::rateLimitRefused(key.section(QLatin1Char(':'), 0, 0)); // "login-ip", not the ip
        return int(std::max<qint64>(1, (waitMs + 999) / 1000));
    }
    attempts.push_back(nowMs);
    return 0;
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
    const auto found = m_attempts.find(key);
    if (found == m_attempts.end()) {
        return 0;
    }
    std::deque<qint64> &attempts = *found;
    const qint64 windowMs = qint64(rule.windowSeconds) * 1000;
    while (!attempts.empty() && attempts.front() <= nowMs - windowMs) {
        attempts.pop_front();
    }
    if (qsizetype(attempts.size()) < rule.limit) {
        return 0;
    }
    metrics::rateLimitRefused(key.section(QLatin1Char(':'), 0, 0));
    const qint64 waitMs = attempts.front() + windowMs - nowMs;
    return int(std::max<qint64>(1, (waitMs + 999) / 1000));
}

void RateLimiter::clear(const QString &key)
{
    if (sharedStore) {
        sharedStore->clear(key);
    }
    m_attempts.remove(key);
}

void RateLimiter::evictIfFull(qint64 nowMs)
{
    if (m_attempts.size() < kMaxKeys) {
        return;
    }
    // Drop keys whose newest attempt is over an hour old; a flood of fresh keys (one attacker
    // rotating addresses) then resets everything rather than growing without bound.
    for (auto it = m_attempts.begin(); it != m_attempts.end();) {
        it = (it->empty() || it->back() < nowMs - 3'600'000) ? m_attempts.erase(it) : std::next(it);
    }
    if (m_attempts.size() >= kMaxKeys) {
        m_attempts.clear();
    }
}

} // namespace transcendence::server
