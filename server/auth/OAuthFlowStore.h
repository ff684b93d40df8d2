#pragma once

#include "auth/oauth/PendingAuthorizationStore.h"

#include <QSqlDatabase>

#include <optional>

namespace transcendence::server {

// Sign-ins with a provider that went to the provider and have not come back yet, in PostgreSQL
// (sql/0022_oauth_pending_flows.sql): the provider's redirect may reach any instance, and a flood
// of starts cannot push other players' flows out (they are limited per address instead).
// Worker threads only.
namespace oauth_flow_store {

// Keeps the flow until taken or expired, and sweeps expired ones. False when the database failed.
bool put(QSqlDatabase &db, const oauth::OAuthFlowState &flow);
// Removes and returns the flow with this state: a second take finds nothing, and neither does
// any instance after the first. Expired flows are never returned.
std::optional<oauth::OAuthFlowState> take(QSqlDatabase &db, const QByteArray &state);

} // namespace oauth_flow_store

namespace oauth {

// The PendingAuthorizationStore the oauth functions expect, around one flow: beginAuthorization()
// puts the new flow here (then saved with oauth_flow_store::put), and completeAuthorization
// Callback() takes the one oauth_flow_store::take found. Used on the server thread.
class OneFlowStore final : public PendingAuthorizationStore {
public:
    explicit OneFlowStore(std::optional<OAuthFlowState> flow = std::nullopt)
        : m_flow(std::move(flow))
    {}
    void put(const OAuthFlowState &flow) override { m_flow = flow; }
    std::optional<OAuthFlowState> take(const QByteArray &state) override;
    const std::optional<OAuthFlowState> &flow() const { return m_flow; }

private:
    std::optional<OAuthFlowState> m_flow;
};

} // namespace oauth
} // namespace transcendence::server
