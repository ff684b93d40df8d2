-- 0009: tournaments, their entries and single-elimination brackets.
-- Written by tournament_store (server/tournaments/TournamentStore.h), always with the
-- tournament's row locked (SELECT ... FOR UPDATE), so two results arriving at once cannot both
-- advance the same bracket. docs/game.md, "Tournaments", has the rules.

CREATE TABLE tournaments (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- local: 3..16 aliases at one keyboard, played from the owner's connection; online:
    -- registered players join until the owner starts it.
    kind            text        NOT NULL CHECK (kind IN ('local', 'online')),
    name            text        NOT NULL CHECK (char_length(btrim(name)) BETWEEN 1 AND 64),
    -- NULL once the owner's account is erased (an open tournament is cancelled then).
    owner_id        bigint      REFERENCES users (id) ON DELETE SET NULL,
    -- open: taking entries (online only); running: the bracket is being played; finished: it
    -- has its result; cancelled: the owner cancelled it before it started.
    status          text        NOT NULL CHECK (status IN ('open', 'running', 'finished',
                                                           'cancelled')),
    -- MatchConfig::toJson() (docs/game.md) of every match; brackets are one-vs-one.
    config          jsonb       NOT NULL CHECK (config ->> 'mode' = 'one_vs_one'),
    min_players     smallint    NOT NULL CHECK (min_players BETWEEN 3 AND 16),
    max_players     smallint    NOT NULL CHECK (max_players BETWEEN 3 AND 16),
    -- 4, 8 or 16 once started: the next power of two at or above the number of entries.
    bracket_size    smallint    CHECK (bracket_size IN (4, 8, 16)),
    created_at      timestamptz NOT NULL DEFAULT now(),
    started_at      timestamptz,
    -- When it finished or was cancelled.
    finished_at     timestamptz,
    -- The entry that won; NULL for a bracket nobody won (every finalist absent or gone).
    winner_entry_id bigint,
    CHECK (min_players <= max_players),
    CHECK (kind = 'online' OR status <> 'open'),
    CHECK ((status IN ('running', 'finished')) = (started_at IS NOT NULL)),
    CHECK ((status IN ('running', 'finished')) = (bracket_size IS NOT NULL)),
    CHECK ((status IN ('finished', 'cancelled')) = (finished_at IS NOT NULL)),
    CHECK (winner_entry_id IS NULL OR status = 'finished'),
    CHECK (finished_at IS NULL OR finished_at >= created_at)
);
CREATE INDEX tournaments_status_idx ON tournaments (status, id DESC);
CREATE INDEX tournaments_owner_idx ON tournaments (owner_id) WHERE owner_id IS NOT NULL;

-- One player of a tournament: an account (online) or an alias (local; aliases are new for every
-- tournament and belong to nobody).
CREATE TABLE tournament_entries (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tournament_id  bigint      NOT NULL REFERENCES tournaments (id) ON DELETE CASCADE,
    -- NULL for local aliases, and for an account erased since (the entry keeps its place in
    -- the bracket, without a name).
    user_id        bigint      REFERENCES users (id) ON DELETE SET NULL,
    -- The name shown in this tournament: an alias, or the display name at the time of joining.
    -- NULL once the account behind it was erased or anonymized.
    label          text        CHECK (label IS NULL OR char_length(btrim(label)) BETWEEN 1 AND 32),
    -- 1 = top seed; set when the tournament starts (local: at once, in the order given).
    seed           smallint    CHECK (seed BETWEEN 1 AND 16),
    joined_at      timestamptz NOT NULL DEFAULT now(),
    -- Left the running tournament: every remaining match of this entry is forfeited.
    left_at        timestamptz,
    -- The round this entry went out in (lost, walked over, forfeited, or its match voided).
    eliminated_in  smallint    CHECK (eliminated_in BETWEEN 1 AND 4),
    UNIQUE (tournament_id, id), -- the target of the bracket's same-tournament foreign keys
    CHECK (user_id IS NOT NULL OR label IS NOT NULL OR seed IS NOT NULL)
);
CREATE UNIQUE INDEX tournament_entries_label_key
    ON tournament_entries (tournament_id, lower(btrim(label))) WHERE label IS NOT NULL;
CREATE UNIQUE INDEX tournament_entries_user_key
    ON tournament_entries (tournament_id, user_id) WHERE user_id IS NOT NULL;
CREATE UNIQUE INDEX tournament_entries_seed_key
    ON tournament_entries (tournament_id, seed) WHERE seed IS NOT NULL;
CREATE INDEX tournament_entries_user_idx ON tournament_entries (user_id) WHERE user_id IS NOT NULL;

ALTER TABLE tournaments ADD FOREIGN KEY (id, winner_entry_id)
    REFERENCES tournament_entries (tournament_id, id);

-- The bracket: round 1 has bracket_size / 2 matches (slot 0 first), each later round half as
-- many; the winner of (round r, slot s) plays in (r + 1, s / 2), on side s % 2 (0 = a, 1 = b).
CREATE TABLE tournament_matches (
    tournament_id  bigint      NOT NULL REFERENCES tournaments (id) ON DELETE CASCADE,
    round          smallint    NOT NULL CHECK (round BETWEEN 1 AND 4),
    slot           smallint    NOT NULL CHECK (slot >= 0 AND slot < (16 >> round)),
    -- NULL: not known yet (pending), or nobody (a bye, or an earlier match nobody won).
    entry_a        bigint,
    entry_b        bigint,
    -- pending: a side is still to be decided; ready: both players known, to be played;
    -- finished: decided, never played again.
    status         text        NOT NULL CHECK (status IN ('pending', 'ready', 'finished')),
    -- How it was decided (finished only): played (a match was played to its end), walkover
    -- (a player did not show up in time; no winner when neither came), bye (no opponent),
    -- forfeit (a player left the tournament or the match; no winner when both did).
    result         text        CHECK (result IN ('played', 'walkover', 'bye', 'forfeit')),
    winner_entry   bigint,
    -- The stored match (played, and walkovers the play feature stored).
    match_id       bigint      REFERENCES matches (id) ON DELETE SET NULL,
    -- Online: the room opened for it, when, and until when both players must have joined.
    room_id        text,
    ready_at       timestamptz,
    deadline       timestamptz,
    finished_at    timestamptz,
    PRIMARY KEY (tournament_id, round, slot),
    FOREIGN KEY (tournament_id, entry_a) REFERENCES tournament_entries (tournament_id, id),
    FOREIGN KEY (tournament_id, entry_b) REFERENCES tournament_entries (tournament_id, id),
    FOREIGN KEY (tournament_id, winner_entry) REFERENCES tournament_entries (tournament_id, id),
    CHECK (entry_a IS NULL OR entry_b IS NULL OR entry_a <> entry_b),
    CHECK (status <> 'ready' OR (entry_a IS NOT NULL AND entry_b IS NOT NULL)),
    CHECK ((status = 'finished') = (result IS NOT NULL)),
    CHECK ((status = 'finished') = (finished_at IS NOT NULL)),
    CHECK (winner_entry IS NULL OR (status = 'finished' AND winner_entry IN (entry_a, entry_b))),
    CHECK (result <> 'played' OR (winner_entry IS NOT NULL AND entry_a IS NOT NULL
                                  AND entry_b IS NOT NULL)),
    CHECK (result <> 'bye' OR entry_a IS NULL OR entry_b IS NULL),
    CHECK (status <> 'pending' OR (room_id IS NULL AND deadline IS NULL)),
    CHECK (room_id IS NULL OR ready_at IS NOT NULL),
    -- Local matches have no deadline: the players are at the keyboard.
    CHECK (deadline IS NULL OR deadline >= ready_at)
);
CREATE UNIQUE INDEX tournament_matches_match_key ON tournament_matches (match_id)
    WHERE match_id IS NOT NULL;

-- 0008 left matches.tournament_id without its foreign key: this is the table it names.
ALTER TABLE matches ADD FOREIGN KEY (tournament_id) REFERENCES tournaments (id) ON DELETE SET NULL;

-- Erasing an account (ON DELETE SET NULL above) also drops the name its entries showed: the
-- bracket and results stay, the entry shows as anonymous. Anonymizing does the same with
-- UPDATE tournament_entries SET label = NULL WHERE user_id = ...
CREATE FUNCTION tournament_entries_forget_label() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.user_id IS NOT NULL AND NEW.user_id IS NULL THEN
        NEW.label := NULL;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER tournament_entries_forget_label
    BEFORE UPDATE OF user_id ON tournament_entries
    FOR EACH ROW EXECUTE FUNCTION tournament_entries_forget_label();
