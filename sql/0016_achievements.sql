-- 0016: achievements (server/matches/Achievements.h; docs/game.md, "Achievements and levels").
-- One row per achievement a player earned, the first time: when, and by which match (none for
-- a tournament win). Codes are the server's list; clients translate them.
CREATE TABLE user_achievements (
    user_id    bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code       text        NOT NULL CHECK (code ~ '^[a-z0-9_]{1,40}$'),
    earned_at  timestamptz NOT NULL,
    match_id   bigint      REFERENCES matches (id) ON DELETE SET NULL,
    PRIMARY KEY (user_id, code)
);

-- Which versions of the rules were applied to every past match (the start-up backfill runs
-- once per version, in one transaction).
CREATE TABLE achievement_backfills (
    rules_version  integer     PRIMARY KEY,
    done_at        timestamptz NOT NULL DEFAULT now()
);
