-- 0019: e-mail: the outbox the mail sender drains, verified addresses, and the single-use tokens
-- of the links we mail (verify an address, reset a password).

-- When the account's current address was proven to be theirs (a link followed, or a provider
-- that vouched for it). NULL: unverified; the player can play but is asked to verify.
ALTER TABLE users ADD COLUMN email_verified_at timestamptz;
-- Accounts created with a provider got a verified address from it (OAuthIdentityStore only
-- copies a verified one).
UPDATE users u SET email_verified_at = u.created_at
 WHERE u.email IS NOT NULL AND u.password_hash IS NULL;

-- Mail waiting for the relay. Written in the same transaction as what it announces, so a mail
-- is never promised and lost; the sender (server/mail/MailSender) claims due rows, sends them,
-- and deletes them. A failed attempt moves next_attempt_at back (exponential back-off). No
-- reference to users: a deletion confirmation must still go out after the account is gone.
CREATE TABLE mail_outbox (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient        text        NOT NULL CHECK (char_length(recipient) BETWEEN 3 AND 254),
    subject          text        NOT NULL,
    text_body        text        NOT NULL,
    html_body        text        NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    -- A sender working on the row: others leave it alone until then (a crashed sender's claim
    -- lapses and another retries).
    claimed_until    timestamptz,
    last_error       text
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at);
-- Wakes the mail senders of every instance when a transaction that queued mail commits.
CREATE FUNCTION mail_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('mail_outbox', '');
    RETURN NULL;
END $$;
CREATE TRIGGER mail_outbox_queued AFTER INSERT ON mail_outbox
    FOR EACH STATEMENT EXECUTE FUNCTION mail_outbox_notify();

-- The tokens of mailed links. Only SHA-256 hashes are stored; a token is used once
-- (used_at), and expires. email: the address a verify_email or change_email token proves.
CREATE TABLE account_tokens (
    token_hash  bytea       PRIMARY KEY,
    user_id     bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose     text        NOT NULL CHECK (purpose IN ('verify_email', 'change_email',
                                                        'reset_password')),
    email       citext      CHECK (char_length(email) <= 254),
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);
CREATE INDEX account_tokens_user_idx ON account_tokens (user_id, purpose);
