-- 0024: the one-time codes a native app's sign-in with a provider ends with (RFC 8252; the app
-- exchanges one at POST /api/auth/oauth/app-token), in the database instead of one instance's
-- memory: nginx may send the exchange to any instance. Only the SHA-256 of a code is kept; it is
-- taken once with DELETE ... RETURNING (single use, atomic across instances), before any other
-- check, so a failed exchange spends it too. Expired rows are swept as new codes are issued.
CREATE TABLE oauth_app_codes (
    code_hash      bytea PRIMARY KEY,
    user_id        bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_challenge text NOT NULL,
    redirect_uri   text NOT NULL,
    expires_at     timestamptz NOT NULL
);
CREATE INDEX oauth_app_codes_expiry ON oauth_app_codes (expires_at);
