-- 0001: the database-wide foundations later migrations rely on.
-- Applied in one transaction by the server's MigrationRunner; never edit after it shipped.

-- Case-insensitive text for user names and e-mail addresses (trusted extension since PG 13,
-- so the database owner may create it without superuser rights).
CREATE EXTENSION IF NOT EXISTS citext;

-- Every instance records itself here at start-up; operators see which versions ran against
-- this database and when.
CREATE TABLE server_instances (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version     text        NOT NULL,
    host_name   text        NOT NULL,
    started_at  timestamptz NOT NULL DEFAULT now()
);
