-- 0025: a match is stored once (issue 16, "Matches that survive a crash").
--
-- With several instances a room can be run by two of them: an instance that stalled longer than
-- its lease had its rooms taken over by another, and may finish one before it learns so. Redis
-- decides which of them records it (docs/architecture.md, "Checkpoints and takeover"); this
-- column makes the database refuse a second record of the same room whatever happens before:
-- match_store::recordMatch inserts with ON CONFLICT (room_id) DO NOTHING and rolls back the
-- rest of a record that lost. Matches stored before this migration, and matches of no room,
-- have no room id (NULLs never collide).
ALTER TABLE matches ADD COLUMN room_id uuid;
ALTER TABLE matches ADD CONSTRAINT matches_room_id_key UNIQUE (room_id);
