-- 0004: profile avatars, and indexes for the user search.

-- Uploaded avatars, re-encoded by the server (256 x 256 PNG without metadata). Kept out of the
-- users row so profile and sign-in queries never carry image bytes. No row: the user shows the
-- generated default avatar.
CREATE TABLE avatars (
    user_id     bigint      PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    png         bytea       NOT NULL,
    -- The strong ETag header value (quoted hex SHA-256 of png); its first hex digits version
    -- the avatar's URL, so clients may cache it for long.
    etag        text        NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- GET /api/users?query=: prefix search on the user name (case-insensitive) and on the display
-- name's uniqueness key (NFKC, case-folded). text_pattern_ops lets LIKE 'prefix%' use them
-- whatever the database's collation.
CREATE INDEX users_username_prefix_idx ON users (lower(username::text) text_pattern_ops);
CREATE INDEX users_display_name_key_prefix_idx ON users (display_name_key text_pattern_ops);
