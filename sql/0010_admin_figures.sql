-- 0010: the admin view's "matches today" counts matches by end time; without an index that is a
-- scan of every match ever played, every few seconds while an admin watches the figures.

CREATE INDEX matches_ended_idx ON matches (ended_at);
