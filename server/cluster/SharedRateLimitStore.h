#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace transcendence::server {

class RedisClient;

// The sliding-window attempt logs of RateLimiter in Redis, shared by every instance: one Lua
// script per check (a sorted set of attempt times per key on Redis's clock), so counting and
// deciding are one atomic step for the whole cluster.
//
// Asynchronous, on the instance's Redis command connection (RedisClient): a check never blocks
// the event loop, however slow or frozen Redis is. Its answer comes when Redis replies, or as
// "no answer" once the timeout has passed (the caller then counts in memory, per instance, as it
// did alone); after such a failure the store steps aside for a second (isAvailable() is false:
// callers decide in memory at once), as it does while the connection is down.
class SharedRateLimitStore : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 200;

    SharedRateLimitStore(RedisClient &redis, int timeoutMs = kDefaultTimeoutMs,
                         QObject *parent = nullptr);

    struct Check {
        QString key;
        int limit = 0;
        int windowSeconds = 0;
        bool count = true;
    };
    // The first full limit of a check: its index, and the seconds until it has room again (0:
    // every limit allowed the attempt).
    struct Refusal {
        qsizetype index = 0;
        int retryAfter = 0;
    };
    // The limits in order, each counting the attempt (when count) until one is full. done runs
    // once, later, on this thread: the outcome, or nullopt when Redis did not answer in time.
    void check(const QList<Check> &checks, std::function<void(std::optional<Refusal>)> done);
    void clear(const QString &key);

    // Connected, and no check failed within the last second.
    bool isAvailable() const;
    // Checks sent and not answered yet (/metrics).
    int pending() const { return int(m_waiting.size()); }

private:
    void failed(const QString &why);
    void finish(quint64 id, std::optional<Refusal> outcome);
    void sweep();

    RedisClient &m_redis;
    int m_timeoutMs;
    quint64 m_sequence = 0;
    QHash<quint64, std::function<void(std::optional<Refusal>)>> m_waiting; // by check
    std::deque<std::pair<qint64, quint64>> m_deadlines; // (m_clock ms, check), oldest first
    QElapsedTimer m_clock;
    QTimer m_sweep;
    QByteArray m_memberPrefix;
    QElapsedTimer m_failedAt; // valid for a second after a failure
    std::shared_ptr<int> m_lifetime = std::make_shared<int>(0); // guards replies after its end
};

} // namespace transcendence::server
