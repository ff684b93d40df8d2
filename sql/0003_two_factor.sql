-- 0003: two-factor authentication (TOTP, RFC 6238) and its recovery codes.

-- TOTP secrets are stored encrypted (libsodium secretbox, a key derived from the server's
-- secret key): a database dump alone does not give anyone the codes.
ALTER TABLE users
    ADD COLUMN totp_secret          bytea,
    ADD COLUMN totp_pending_secret  bytea,
    ADD COLUMN totp_enabled_at      timestamptz,
    -- The last TOTP time step accepted: codes of that step or older are refused (no replay).
    ADD COLUMN totp_last_step       bigint NOT NULL DEFAULT -1;

-- HMAC-SHA256 of each single-use recovery code; a used code's row is deleted.
CREATE TABLE two_factor_recovery_codes (
    user_id    bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash  bytea  NOT NULL,
    PRIMARY KEY (user_id, code_hash)
);

-- Between a correct password and the second factor: a short-lived, single-use challenge with
-- a bounded number of code attempts.
CREATE TABLE login_challenges (
    challenge_hash  bytea       PRIMARY KEY,
    user_id         bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_kind     text        NOT NULL CHECK (client_kind IN ('web', 'app')),
    user_agent      text        NOT NULL DEFAULT '',
    ip_address      text        NOT NULL DEFAULT '',
    attempts_left   integer     NOT NULL DEFAULT 5,
    expires_at      timestamptz NOT NULL
);
CREATE INDEX login_challenges_user_idx ON login_challenges (user_id);
