#pragma once

#include "auth/oauth/PendingAuthorizationStore.h"

#include <QHash>

#include <deque>
#include <functional>

namespace transcendence::server::oauth {

// A bounded PendingAuthorizationStore for a single server instance. Sign-ins started but never
// finished cost memory until they expire, so past `capacity` the oldest flows are dropped (an
// attacker starting flows in a loop can only push out other unfinished sign-ins, which then
// fail with state_mismatch and can simply be retried). Used from one thread.
class InMemoryPendingAuthorizationStore final : public PendingAuthorizationStore {
public:
    static constexpr qsizetype kDefaultCapacity = 10'000;
    using Clock = std::function<QDateTime()>;

    explicit InMemoryPendingAuthorizationStore(qsizetype capacity = kDefaultCapacity,
                                               Clock clock = {});

    void put(const OAuthFlowState &flow) override;
    std::optional<OAuthFlowState> take(const QByteArray &state) override;

    qsizetype size() const { return m_flows.size(); }
    // Drops expired flows; put() does it too, so calling this is optional.
    void removeExpired();

private:
    QDateTime now() const;

    qsizetype m_capacity;
    Clock m_clock;
    QHash<QByteArray, OAuthFlowState> m_flows;
    std::deque<QByteArray> m_insertionOrder; // may hold states already taken; skipped lazily
};

} // namespace transcendence::server::oauth
