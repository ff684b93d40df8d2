-- 0007: moderation. Bans carry a reason; every admin action is recorded.

ALTER TABLE users ADD COLUMN ban_reason text CHECK (char_length(ban_reason) <= 500);

-- Append-only from the application's side: nothing updates or deletes these rows, except that
-- erasing an account (GDPR) keeps the entry and nulls the person's id (ON DELETE SET NULL).
CREATE TABLE admin_audit_log (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    admin_id        bigint      REFERENCES users (id) ON DELETE SET NULL,
    action          text        NOT NULL,
    target_user_id  bigint      REFERENCES users (id) ON DELETE SET NULL,
    details         jsonb       NOT NULL DEFAULT '{}'::jsonb,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX admin_audit_log_created_idx ON admin_audit_log (created_at DESC);
