-- 0012: the notification inbox: one per account (friend requests, accepted requests, game
-- invitations, tournament notices, moderation notices). Written by notification_store
-- (server/notifications/NotificationStore.h); clients render the text from kind and data.

CREATE TABLE notifications (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind        text        NOT NULL CHECK (kind IN ('friend_request', 'friend_accepted',
                                                     'invitation', 'tournament_match',
                                                     'tournament_notice', 'moderation')),
    -- Who caused it (the friend, the inviter); NULL for the server and erased accounts.
    actor_id    bigint      REFERENCES users (id) ON DELETE SET NULL,
    data        jsonb       NOT NULL DEFAULT '{}'::jsonb,
    link        text        NOT NULL DEFAULT '' CHECK (char_length(link) <= 200),
    created_at  timestamptz NOT NULL DEFAULT now(),
    read_at     timestamptz
);
CREATE INDEX notifications_user_idx ON notifications (user_id, id DESC);
CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL;
CREATE INDEX notifications_actor_idx ON notifications (actor_id) WHERE actor_id IS NOT NULL;
