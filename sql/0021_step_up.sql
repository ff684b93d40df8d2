-- 0021: step-up authentication (issue 15, item 3), and e-mail codes as a second factor.
-- When the person holding this session last proved who they are: a sign-in (password, second
-- factor, provider), or POST /api/auth/reauthenticate. Renewing the refresh token proves nothing
-- and leaves it as it is.
-- Linking a provider, two-factor changes, e-mail and password changes, exports, erasure and
-- admin role changes and bans need a proof within the last 10 minutes.
ALTER TABLE auth_sessions ADD COLUMN proven_at timestamptz NOT NULL DEFAULT now();

-- E-mail codes as the second factor, for players without an authenticator app (issue 15): one
-- second factor at a time (TOTP or e-mail), the same recovery codes, the same per-account budget
-- of wrong codes (second_factor_failures).
ALTER TABLE users
    ADD COLUMN email_2fa_enabled_at    timestamptz,
    -- HMAC of the code mailed to switch it on (10 minutes), as for every code: never in clear.
    ADD COLUMN email_2fa_pending_hash  bytea,
    ADD COLUMN email_2fa_pending_until timestamptz;
-- The code mailed for this sign-in (HMAC); NULL for challenges answered with TOTP.
ALTER TABLE login_challenges ADD COLUMN email_code_hash bytea;
