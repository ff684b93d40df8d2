-- 0011: chat. Conversations (direct: one per pair of accounts; tournament: the players of one
-- online tournament), their members with read markers, and messages numbered per conversation.
-- Written by chat_store (server/chat/ChatStore.h); docs/chat.md is the contract.

CREATE TABLE chat_conversations (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind             text        NOT NULL CHECK (kind IN ('direct', 'tournament')),
    -- direct: the two accounts, lower id first (NULL once that account is erased).
    direct_low_id    bigint      REFERENCES users (id) ON DELETE SET NULL,
    direct_high_id   bigint      REFERENCES users (id) ON DELETE SET NULL,
    tournament_id    bigint      UNIQUE REFERENCES tournaments (id) ON DELETE CASCADE,
    -- The seq of the newest message: a send increments it under the row's lock, so seqs are
    -- 1, 2, 3 ... without gaps, in commit order.
    last_seq         bigint      NOT NULL DEFAULT 0 CHECK (last_seq >= 0),
    last_message_at  timestamptz NOT NULL DEFAULT now(),
    created_at       timestamptz NOT NULL DEFAULT now(),
    CHECK (direct_low_id IS NULL OR direct_high_id IS NULL OR direct_low_id < direct_high_id),
    CHECK ((kind = 'tournament') = (tournament_id IS NOT NULL))
);
CREATE UNIQUE INDEX chat_conversations_direct_pair_key
    ON chat_conversations (direct_low_id, direct_high_id) WHERE kind = 'direct';
CREATE INDEX chat_conversations_direct_high_idx ON chat_conversations (direct_high_id);

-- read_seq: the highest seq this member has read (never moves back). left_at: a tournament
-- player who withdrew; they keep reading what was said while they were in it.
CREATE TABLE chat_members (
    conversation_id  bigint      NOT NULL REFERENCES chat_conversations (id) ON DELETE CASCADE,
    user_id          bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    read_seq         bigint      NOT NULL DEFAULT 0 CHECK (read_seq >= 0),
    joined_at        timestamptz NOT NULL DEFAULT now(),
    left_at          timestamptz,
    PRIMARY KEY (conversation_id, user_id)
);
CREATE INDEX chat_members_user_idx ON chat_members (user_id);

CREATE TABLE chat_messages (
    id                 bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    conversation_id    bigint      NOT NULL REFERENCES chat_conversations (id) ON DELETE CASCADE,
    seq                bigint      NOT NULL CHECK (seq >= 1),
    kind               text        NOT NULL CHECK (kind IN ('text', 'system', 'invitation')),
    -- NULL for system messages and once the sender's account is erased.
    sender_id          bigint      REFERENCES users (id) ON DELETE SET NULL,
    -- The sender's idempotency key: a retry with the same key stores nothing new.
    client_message_id  uuid,
    -- Trimmed; 1..2000 code points for text messages (checked in code first).
    body               text        NOT NULL DEFAULT '' CHECK (char_length(body) <= 2000),
    -- system: {"code", "args"}; invitation: the card (docs/chat.md, "Shapes").
    payload            jsonb,
    -- Why the text is gone: removed by a moderator, or its author erased their account.
    removed            text        CHECK (removed IN ('moderator', 'deleted_account')),
    removed_at         timestamptz,
    sent_at            timestamptz NOT NULL DEFAULT now(),
    UNIQUE (conversation_id, seq),
    CHECK ((removed IS NULL) = (removed_at IS NULL)),
    CHECK (kind <> 'text' OR client_message_id IS NOT NULL OR sender_id IS NULL)
);
CREATE UNIQUE INDEX chat_messages_client_key ON chat_messages (sender_id, client_message_id)
    WHERE client_message_id IS NOT NULL;
CREATE INDEX chat_messages_sender_idx ON chat_messages (sender_id) WHERE sender_id IS NOT NULL;

-- Tournament messages whose sender and this reader had a block either way when it was sent:
-- never shown to that reader, even after an unblock.
CREATE TABLE chat_hidden_messages (
    user_id     bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    message_id  bigint NOT NULL REFERENCES chat_messages (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, message_id)
);
CREATE INDEX chat_hidden_messages_message_idx ON chat_hidden_messages (message_id);

-- A member's report of someone else's message. open until an admin dismisses it or removes the
-- message; an open report keeps the text of an erased account's message for the moderators.
CREATE TABLE chat_reports (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id   bigint      NOT NULL REFERENCES chat_messages (id) ON DELETE CASCADE,
    reporter_id  bigint      REFERENCES users (id) ON DELETE SET NULL,
    reason       text        NOT NULL CHECK (reason IN ('spam', 'abuse', 'cheating', 'other')),
    comment      text        NOT NULL DEFAULT '' CHECK (char_length(comment) <= 500),
    status       text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    resolution   text        CHECK (resolution IN ('dismissed', 'message_removed')),
    resolved_by  bigint      REFERENCES users (id) ON DELETE SET NULL,
    resolved_at  timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CHECK ((status = 'resolved') = (resolved_at IS NOT NULL))
);
CREATE UNIQUE INDEX chat_reports_once_key ON chat_reports (message_id, reporter_id);
CREATE INDEX chat_reports_status_idx ON chat_reports (status, created_at DESC);
CREATE INDEX chat_reports_reporter_idx ON chat_reports (reporter_id);

-- A user who may read but not send until muted_until (one row per user, replaced by a new mute).
CREATE TABLE chat_mutes (
    user_id      bigint      PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    muted_until  timestamptz NOT NULL,
    reason       text        NOT NULL DEFAULT '' CHECK (char_length(reason) <= 500),
    muted_by     bigint      REFERENCES users (id) ON DELETE SET NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX chat_mutes_muted_by_idx ON chat_mutes (muted_by);
