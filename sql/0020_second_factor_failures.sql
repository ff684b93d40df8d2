-- 0020: wrong second-factor codes per account, whatever the address or the challenge (issue 15).
-- A correct password starts a fresh challenge (5 attempts each) and addresses are many, so only a
-- count per account bounds guessing: at most 10 wrong codes in 15 minutes (docs/security.md).
-- Rows older than the window are deleted as new ones come, and by the hourly maintenance.
CREATE TABLE second_factor_failures (
    user_id    bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    failed_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX second_factor_failures_user_idx ON second_factor_failures (user_id, failed_at);
