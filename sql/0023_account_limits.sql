-- 0023: account limits (issue 15): look-alike display names, names of anonymized players in
-- matches that end afterwards, and an absolute session lifetime.
--
-- Display names a reader can mistake for one another ("admin" and "аdmin" with a Cyrillic
-- а) are refused. display_name_skeleton is the Unicode TR39 confusable skeleton of
-- the display name, case-folded, computed by the server (ICU; server/auth/ConfusableSkeleton.h) on every
-- write; unique, so two look-alikes cannot both be stored, whatever the race. Rows from before
-- this migration are filled in by the server at start-up (users/DisplayNameSkeletons.h); where
-- two existing names already look alike, the later account keeps its name and gets a
-- skeleton marked with its id, which blocks nothing.
ALTER TABLE users ADD COLUMN display_name_skeleton text;
CREATE UNIQUE INDEX users_display_name_skeleton_key ON users (display_name_skeleton);

-- A match that ends after one of its players anonymized their account (docs/privacy: the
-- account stays, nothing says who it was) must not record the name that player had at the
-- start: the seat's label is blanked as it is written, whatever wrote it.
CREATE FUNCTION match_players_anonymous_label() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.user_id IS NOT NULL AND EXISTS (
        SELECT 1 FROM users u
        WHERE u.id = NEW.user_id AND u.password_hash IS NULL
          AND u.username = left('anonymous_' || u.id::text, 20)) THEN
        NEW.label := '';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER match_players_anonymous_label
    BEFORE INSERT ON match_players
    FOR EACH ROW EXECUTE FUNCTION match_players_anonymous_label();

-- A sign-in lives 30 days after its last refresh (server/auth/SessionStore.h), and never more
-- than 90 days after it began, however often it is refreshed: a stolen refresh token kept
-- fresh does not last for ever. Enforced here, whichever statement sets the expiry.
CREATE FUNCTION auth_sessions_absolute_lifetime() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.expires_at := least(NEW.expires_at, NEW.created_at + interval '90 days');
    RETURN NEW;
END;
$$;
CREATE TRIGGER auth_sessions_absolute_lifetime
    BEFORE INSERT OR UPDATE OF expires_at, created_at ON auth_sessions
    FOR EACH ROW EXECUTE FUNCTION auth_sessions_absolute_lifetime();
