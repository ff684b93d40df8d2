#include "auth/oauth/InMemoryPendingAuthorizationStore.h"

#include <algorithm>

namespace transcendence::server::oauth {

InMemoryPendingAuthorizationStore::InMemoryPendingAuthorizationStore(qsizetype capacity,
                                                                     Clock clock)
    : m_capacity(std::max<qsizetype>(1, capacity))
    , m_clock(std::move(clock))
{}

QDateTime InMemoryPendingAuthorizationStore::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void InMemoryPendingAuthorizationStore::removeExpired()
{
    const QDateTime current = now();
    // Oldest first: stop at the first live flow (creation times rise with insertion order).
    while (!m_insertionOrder.empty()) {
        const auto found = m_flows.constFind(m_insertionOrder.front());
        if (found != m_flows.cend() && !found->isExpiredAt(current)) {
            break;
        }
        if (found != m_flows.cend()) {
            m_flows.erase(found);
        }
        m_insertionOrder.pop_front();
    }
}

void InMemoryPendingAuthorizationStore::put(const OAuthFlowState &flow)
{
    removeExpired();
    if (m_flows.contains(flow.state)) {
        m_flows.insert(flow.state, flow); // cannot happen with 256 random bits; keep one entry
        return;
    }
    while (m_flows.size() >= m_capacity && !m_insertionOrder.empty()) {
        m_flows.remove(m_insertionOrder.front());
        m_insertionOrder.pop_front();
    }
    m_flows.insert(flow.state, flow);
    m_insertionOrder.push_back(flow.state);
    // Taken states linger in m_insertionOrder; compact when they outnumber the live ones.
    if (qsizetype(m_insertionOrder.size()) > 2 * m_capacity) {
        std::deque<QByteArray> live;
        for (const QByteArray &state : m_insertionOrder) {
            if (m_flows.contains(state)) {
                live.push_back(state);
            }
        }
        m_insertionOrder.swap(live);
    }
}

std::optional<OAuthFlowState> InMemoryPendingAuthorizationStore::take(const QByteArray &state)
{
    const auto found = m_flows.find(state);
    if (found == m_flows.end()) {
        return std::nullopt;
    }
    OAuthFlowState flow = found.value();
    m_flows.erase(found);
    if (flow.isExpiredAt(now())) {
        return std::nullopt;
    }
    return flow;
}

} // namespace transcendence::server::oauth
