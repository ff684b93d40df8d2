-- 0013: game invitations are chat messages (kind 'invitation'); each state change finds its card
-- by the invitation's id (a UUID string made by the play feature).
CREATE UNIQUE INDEX chat_messages_invitation_key ON chat_messages ((payload ->> 'inviteId'))
    WHERE kind = 'invitation';
