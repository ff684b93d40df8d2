#include "chat/ChatLimiter.h"

#include "chat/ChatError.h"
#include "protocol/ChatMessages.h"

#include <QMutexLocker>

#include <cmath>

namespace transcendence::server {

using namespace Qt::StringLiterals;
namespace rules = protocol::chat_rules;

std::optional<ChatError> ChatLimiter::admit(qint64 userId, const QString &normalizedText,
                                            qint64 nowMs)
{
    const QString key = rules::floodKey(normalizedText);
    QMutexLocker lock(&m_mutex);
    forgetIdle(nowMs);
    auto found = m_accounts.find(userId);
    if (found == m_accounts.end()) {
        found = m_accounts.insert(userId, Account{double(rules::kRateBurst), nowMs, {}, nowMs});
    }
    Account &account = *found;
    account.seenAtMs = nowMs;
    account.tokens =
        std::min(double(rules::kRateBurst), account.tokens + double(nowMs - account.refilledAtMs) /
                                                                 double(rules::kRateRefillMs));
    account.refilledAtMs = nowMs;
    while (!account.recent.isEmpty() &&
           nowMs - account.recent.first().first >= rules::kFloodWindowMs) {
        account.recent.removeFirst();
    }
    if (account.tokens < 1.0) {
        const auto wait = qint64(std::ceil((1.0 - account.tokens) * rules::kRateRefillMs));
        return ChatError{protocol::chat_error::RateLimited,
                         u"too many messages: wait %1 ms"_s.arg(wait),
                         std::max<qint64>(wait, 1),
                         {},
                         {}};
    }
    int repeats = 0;
    for (const auto &entry : std::as_const(account.recent)) {
        repeats += entry.second == key ? 1 : 0;
    }
    if (repeats >= rules::kFloodRepeats - 1) {
        return ChatError{
            protocol::chat_error::Flooding,
            u"the same message was sent %1 times within %2 s"_s.arg(rules::kFloodRepeats)
                .arg(rules::kFloodWindowMs / 1000),
            0,
            {},
            {}};
    }
    account.tokens -= 1.0;
    account.recent.append({nowMs, key});
    return std::nullopt;
}

void ChatLimiter::refund(qint64 userId, const QString &normalizedText)
{
    const QString key = rules::floodKey(normalizedText);
    QMutexLocker lock(&m_mutex);
    auto found = m_accounts.find(userId);
    if (found == m_accounts.end()) {
        return;
    }
    found->tokens = std::min(double(rules::kRateBurst), found->tokens + 1.0);
    for (qsizetype i = found->recent.size() - 1; i >= 0; --i) {
        if (found->recent.at(i).second == key) {
            found->recent.removeAt(i);
            break;
        }
    }
}

void ChatLimiter::forgetIdle(qint64 nowMs)
{
    // An account idle for longer than the flood window has a full bucket and no recent texts:
    // its entry says nothing a new one would not.
    if (nowMs - m_sweptAtMs < rules::kFloodWindowMs) {
        return;
    }
    m_sweptAtMs = nowMs;
    for (auto it = m_accounts.begin(); it != m_accounts.end();) {
        it = nowMs - it->seenAtMs > rules::kFloodWindowMs ? m_accounts.erase(it) : std::next(it);
    }
}

} // namespace transcendence::server
