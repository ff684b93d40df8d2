-- 0015: the status page's incident notes. An admin posts one (it replaces the open one) and
-- resolves it; the public /status page shows the open note. Admin actions are in
-- admin_audit_log as well.

CREATE TABLE status_incidents (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message      text        NOT NULL CHECK (char_length(message) BETWEEN 1 AND 500),
    severity     text        NOT NULL CHECK (severity IN ('info', 'degraded', 'outage')),
    created_by   bigint      REFERENCES users (id) ON DELETE SET NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    resolved_at  timestamptz
);
-- At most one open note.
CREATE UNIQUE INDEX status_incidents_open_idx ON status_incidents ((true)) WHERE resolved_at IS NULL;
