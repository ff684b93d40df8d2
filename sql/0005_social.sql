-- 0005: friends, blocks, and live presence.

-- One table for requests and friendships: a friendship is a request that was accepted. One row
-- per unordered pair (the unique index on LEAST/GREATEST), so "Alice asked Bob" and "Bob asked
-- Alice" can never both exist, and no separate table has to be kept in step with this one.
-- Declined and cancelled requests are deleted, not kept: either may ask again later.
CREATE TABLE friendships (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    requester_id  bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    addressee_id  bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status        text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    responded_at  timestamptz,
    CHECK (requester_id <> addressee_id),
    CHECK ((status = 'accepted') = (responded_at IS NOT NULL))
);
CREATE UNIQUE INDEX friendships_pair_key
    ON friendships (LEAST(requester_id, addressee_id), GREATEST(requester_id, addressee_id));
CREATE INDEX friendships_requester_idx ON friendships (requester_id);
CREATE INDEX friendships_addressee_idx ON friendships (addressee_id);

-- A block is one-way in the table and two-way in effect: neither side can send the other
-- requests, messages or invites (social_store::isBlockedEitherWay).
CREATE TABLE blocks (
    blocker_id  bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    blocked_id  bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (blocker_id, blocked_id),
    CHECK (blocker_id <> blocked_id)
);
CREATE INDEX blocks_blocked_idx ON blocks (blocked_id);

-- Presence comes from live WebSockets on any instance. Each running server process has a row
-- here and refreshes last_seen_at on a heartbeat; a row that stopped being refreshed belongs to
-- a process that crashed (or lost the database), and its connections no longer count. Separate
-- from server_instances (0001), which is a start-up history, not a liveness record.
CREATE TABLE presence_instances (
    instance_id   uuid        PRIMARY KEY,
    host_name     text        NOT NULL DEFAULT '',
    started_at    timestamptz NOT NULL DEFAULT now(),
    last_seen_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX presence_instances_seen_idx ON presence_instances (last_seen_at);

-- One row per authenticated WebSocket, written when its hello is welcomed and deleted when it
-- closes. in_game is set by the game code for the connection that plays a match; a user is
-- "in_game" while any of their live connections has it, "online" while they have any live
-- connection, else "offline".
CREATE TABLE presence_connections (
    connection_id  uuid        PRIMARY KEY,
    instance_id    uuid        NOT NULL REFERENCES presence_instances (instance_id) ON DELETE CASCADE,
    user_id        bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    in_game        boolean     NOT NULL DEFAULT false,
    connected_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX presence_connections_user_idx ON presence_connections (user_id);
CREATE INDEX presence_connections_instance_idx ON presence_connections (instance_id);
