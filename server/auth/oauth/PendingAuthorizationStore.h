#pragma once

#include "auth/oauth/OAuthFlowState.h"

#include <optional>

namespace transcendence::server::oauth {

// Where started sign-ins wait for the provider's redirect back. The in-memory store suits one
// server instance; with several instances behind nginx the callback may reach another one, so
// multi-instance deployments need a database-backed store (a row per state, deleted by
// `DELETE ... WHERE state = $1 RETURNING ...` so taking it stays atomic and single-use).
class PendingAuthorizationStore {
public:
    virtual ~PendingAuthorizationStore() = default;

    // Keeps the flow under flow.state until taken or expired.
    virtual void put(const OAuthFlowState &flow) = 0;
    // Removes and returns the flow: a second take() of the same state finds nothing. Expired
    // flows are never returned.
    virtual std::optional<OAuthFlowState> take(const QByteArray &state) = 0;
};

} // namespace transcendence::server::oauth
