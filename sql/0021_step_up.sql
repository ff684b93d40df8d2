-- 0021: step-up authentication (issue 15, item 3). When the person holding this session last
-- proved who they are: a sign-in (password, second factor, provider), or POST
-- /api/auth/reauthenticate. Renewing the refresh token proves nothing and leaves it as it is.
-- Linking a provider, two-factor changes, e-mail and password changes, exports, erasure and
-- admin role changes and bans need a proof within the last 10 minutes.
ALTER TABLE auth_sessions ADD COLUMN proven_at timestamptz NOT NULL DEFAULT now();
