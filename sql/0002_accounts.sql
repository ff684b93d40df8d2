-- 0002: accounts, sessions and refresh tokens, WebSocket tickets.

CREATE TABLE users (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- Sign-in name: 3..20 of [A-Za-z0-9_], unique whatever the case, kept as typed.
    username          citext      NOT NULL UNIQUE CHECK (username ~ '^[A-Za-z0-9_]{3,20}$'),
    email             citext      UNIQUE CHECK (char_length(email) <= 254),
    -- Shown to others and used in tournaments; display_name_key is its NFKC case-folded form,
    -- which is what must be unique ("Ａlice" and "alice" are the same name).
    display_name      text        NOT NULL,
    display_name_key  text        NOT NULL UNIQUE,
    -- Argon2id PHC string; NULL for accounts that only sign in through a provider.
    password_hash     text,
    role              text        NOT NULL DEFAULT 'user' CHECK (role IN ('user', 'admin')),
    bio               text        NOT NULL DEFAULT '' CHECK (char_length(bio) <= 500),
    language          text        NOT NULL DEFAULT 'en' CHECK (language ~ '^[a-z]{2,3}(_[A-Z]{2})?$'),
    created_at        timestamptz NOT NULL DEFAULT now(),
    banned_at         timestamptz
);

-- One sign-in on one device: the "family" its refresh tokens belong to.
CREATE TABLE auth_sessions (
    id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id         bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_kind     text        NOT NULL CHECK (client_kind IN ('web', 'app')),
    user_agent      text        NOT NULL DEFAULT '' CHECK (char_length(user_agent) <= 300),
    ip_address      text        NOT NULL DEFAULT '',
    created_at      timestamptz NOT NULL DEFAULT now(),
    last_seen_at    timestamptz NOT NULL DEFAULT now(),
    expires_at      timestamptz NOT NULL,
    revoked_at      timestamptz,
    revoked_reason  text
);
CREATE INDEX auth_sessions_user_idx ON auth_sessions (user_id) WHERE revoked_at IS NULL;

-- Only SHA-256 hashes of refresh tokens are stored. A token is used once: using it again means
-- it was stolen, and the whole session is revoked.
CREATE TABLE refresh_tokens (
    token_hash  bytea       PRIMARY KEY,
    session_id  uuid        NOT NULL REFERENCES auth_sessions (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    used_at     timestamptz
);
CREATE INDEX refresh_tokens_session_idx ON refresh_tokens (session_id);

-- Single-use, short-lived tickets that authenticate a WebSocket's hello (browsers cannot set
-- headers on a WebSocket). In the database so any instance can accept a ticket any issued.
CREATE TABLE ws_tickets (
    ticket_hash  bytea       PRIMARY KEY,
    session_id   uuid        NOT NULL REFERENCES auth_sessions (id) ON DELETE CASCADE,
    expires_at   timestamptz NOT NULL
);
