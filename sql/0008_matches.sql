-- 0008: finished matches, their players and replays, and Elo ratings.
-- Written once per match by match_store::recordMatch (server/matches/MatchStore.h), in one
-- transaction with the rating changes; rows are never updated afterwards, except that erasing an
-- account anonymizes its seats (below). docs/game.md, "Matches and ratings", has the rules.

-- One rating per account: only ranked remote 1v1 matches are rated, so one number is enough
-- (a per-mode table can replace it if four-player matches are ever rated). Plain Elo, integer
-- points, everyone starts at 1500; the floor of 100 keeps a losing streak from going negative.
ALTER TABLE users ADD COLUMN rating integer NOT NULL DEFAULT 1500 CHECK (rating >= 100);

CREATE TABLE matches (
    id                bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- local: one keyboard; ai: against the AI; remote: ranked 1v1 from matchmaking (the only
    -- rated kind); private: 1v1 on an invite; four_players: online four-player match;
    -- tournament: a match of a tournament bracket.
    kind              text        NOT NULL
                      CHECK (kind IN ('local', 'ai', 'remote', 'private', 'four_players',
                                      'tournament')),
    mode              text        NOT NULL CHECK (mode IN ('one_vs_one', 'four_players')),
    -- MatchConfig::toJson() (docs/game.md): what the engine needs, with mode repeated above for
    -- queries.
    config            jsonb       NOT NULL CHECK (config ->> 'mode' = mode),
    -- The engine's 64-bit seed and Match::stateHash() at the end, as two's-complement bigint
    -- (the API shows them as 16 hex digits: JSON numbers lose precision past 2^53).
    seed              bigint      NOT NULL,
    final_state_hash  bigint      NOT NULL,
    -- replay::InputLog::encode() (common/replay/InputLog.h): the held-key changes and the last
    -- step; about one byte per change. bytea, not jsonb: it is written once and read whole,
    -- nobody queries inside it, and the binary form is 5 to 10 times smaller.
    input_log         bytea       NOT NULL,
    started_at        timestamptz NOT NULL,
    ended_at          timestamptz NOT NULL,
    -- completed: the engine declared a winner; forfeit: a player left or gave up and the others
    -- won; abandoned: nobody won (everyone left, the server stopped): no result, no rating.
    end_reason        text        NOT NULL CHECK (end_reason IN ('completed', 'forfeit', 'abandoned')),
    winner_seat       smallint    CHECK (winner_seat BETWEEN 0 AND 3),
    -- Whether ratings changed with this match (match_players.rating_before/after are set).
    rated             boolean     NOT NULL DEFAULT false,
    -- The tournament this match belongs to; the tournaments migration adds the foreign key.
    tournament_id     bigint,
    -- The server (and so engine) version that played it: a replay reproduces the match on the
    -- same engine.
    server_version    text        NOT NULL,
    recorded_at       timestamptz NOT NULL DEFAULT now(),
    CHECK (ended_at >= started_at),
    CHECK ((end_reason = 'abandoned') = (winner_seat IS NULL)),
    CHECK (NOT rated OR kind = 'remote')
);
CREATE INDEX matches_tournament_idx ON matches (tournament_id) WHERE tournament_id IS NOT NULL;

-- Seats 0..1 (left, right) or 0..3 (left, right, top, bottom), as in the engine.
CREATE TABLE match_players (
    match_id       bigint      NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
    seat           smallint    NOT NULL CHECK (seat BETWEEN 0 AND 3),
    -- user: an account; guest: a second person on the same keyboard, or a tournament alias
    -- without an account; ai: the AI.
    player_kind    text        NOT NULL CHECK (player_kind IN ('user', 'guest', 'ai')),
    -- NULL for guests and the AI, and for an account erased since (shown as an anonymous
    -- player; the match and everyone else's history stay).
    user_id        bigint      REFERENCES users (id) ON DELETE SET NULL,
    -- The name shown for this seat in that match: display name or tournament alias at the time,
    -- "AI (hard)". Blanked when the account is erased (trigger below).
    label          text        NOT NULL DEFAULT '' CHECK (char_length(label) <= 100),
    score          integer     NOT NULL DEFAULT 0 CHECK (score >= 0),  -- one_vs_one
    lives_left     integer     NOT NULL DEFAULT 0 CHECK (lives_left >= 0), -- four_players
    -- 1 for the winner; NULL when the match was abandoned.
    placement      smallint    CHECK (placement BETWEEN 1 AND 4),
    forfeited      boolean     NOT NULL DEFAULT false,
    rating_before  integer,
    rating_after   integer,
    PRIMARY KEY (match_id, seat),
    CHECK (player_kind = 'user' OR user_id IS NULL),
    CHECK ((rating_before IS NULL) = (rating_after IS NULL))
);
-- History, stats and rating history: one user's seats, newest match first.
CREATE INDEX match_players_user_idx ON match_players (user_id, match_id DESC);

-- Erasing an account (ON DELETE SET NULL above) also blanks the name it played under, so
-- nothing in old matches still says who it was. Anonymizing without deleting can do the same
-- with UPDATE match_players SET label = '' WHERE user_id = ...
CREATE FUNCTION match_players_forget_label() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.user_id IS NOT NULL AND NEW.user_id IS NULL THEN
        NEW.label := '';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER match_players_forget_label
    BEFORE UPDATE OF user_id ON match_players
    FOR EACH ROW EXECUTE FUNCTION match_players_forget_label();
