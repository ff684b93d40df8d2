#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <optional>

namespace transcendence::server {

struct ChatError;

// The per-account send limits of docs/chat.md: a token bucket (burst 5, one more a second) and
// the flood rule (the same text, case-insensitive, 3 times in 30 s: the third is refused).
// Called by chat_store on worker threads after a send passed every other check, so a retry of a
// stored message or a refused send costs nothing. In memory, per instance.
class ChatLimiter {
public:
    // A refusal (rate_limited with retryAfterMs, or flooding), or nullopt when the send may go
    // on; then it counts. nowMs: a monotonic clock in milliseconds.
    std::optional<ChatError> admit(qint64 userId, const QString &normalizedText, qint64 nowMs);
    // Forgets a send admitted but not stored (it failed later), so it does not count.
    void refund(qint64 userId, const QString &normalizedText);

private:
    struct Account {
        double tokens = 0;
        qint64 refilledAtMs = 0;
        QList<QPair<qint64, QString>> recent; // (when, flood key), within the flood window
        qint64 seenAtMs = 0;
    };
    void forgetIdle(qint64 nowMs);

    QMutex m_mutex;
    QHash<qint64, Account> m_accounts;
    qint64 m_sweptAtMs = 0;
};

} // namespace transcendence::server
