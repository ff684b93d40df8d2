-- 0006: accounts signed in through OAuth 2.0 / OIDC providers (42 intra and others).

-- One row per provider account linked to one of ours. Matching is on (provider, subject) only,
-- never on e-mail: an address alone proves nothing about who signs in.
CREATE TABLE oauth_identities (
    provider   text        NOT NULL,
    subject    text        NOT NULL,
    user_id    bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    login      text        NOT NULL DEFAULT '',
    email      text        NOT NULL DEFAULT '',
    linked_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (provider, subject),
    UNIQUE (user_id, provider)
);
