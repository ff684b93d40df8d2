-- 0022: sign-ins with a provider ("Sign in with 42") that went to the provider and have not come
-- back yet, in the database instead of one instance's memory: the provider's redirect may reach
-- any instance behind nginx, and a flood of starts can no longer push other players' flows out
-- of a bounded table (server/auth/oauth/PendingFlowStore.h). Taken once with DELETE ...
-- RETURNING (single use, atomic across instances); expired rows are swept as new flows arrive.
-- state_hash: SHA-256 of the OAuth state parameter (the state itself is never stored).
CREATE TABLE oauth_pending_flows (
    state_hash           bytea PRIMARY KEY,
    code_verifier        text NOT NULL,
    provider_id          text NOT NULL,
    purpose              text NOT NULL CHECK (purpose IN ('sign_in', 'link_account')),
    link_user_id         bigint REFERENCES users (id) ON DELETE CASCADE,
    return_path          text NOT NULL,
    browser_binding_hash bytea NOT NULL,
    app                  jsonb,
    created_at           timestamptz NOT NULL,
    expires_at           timestamptz NOT NULL
);
CREATE INDEX oauth_pending_flows_expiry ON oauth_pending_flows (expires_at);
