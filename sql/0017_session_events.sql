-- 0017: session events. Each server instance keeps the live sign-ins it has checked in memory
-- (server/auth/SessionCache.h), so a request with an access token needs no query. Whatever can end
-- a sign-in or change what a request learns about its user is announced on the channel
-- session_events, and every instance forgets the entry at once:
--   's:<session id>'  a session was revoked (sign-out, revocation, refresh-token reuse, ban,
--                     anonymization) or deleted (expiry sweep, account deletion);
--   'u:<user id>'     a user row changed (ban, role, profile, anonymization) or was deleted.
-- Triggers rather than application code: no write path can forget to announce. NOTIFY is sent
-- at commit, never for a change rolled back; the writing connection receives its own
-- notifications with the COMMIT's reply (server/db/DatabaseWorkers.h, listenOnConnections).

CREATE FUNCTION announce_session_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'auth_sessions' THEN
        PERFORM pg_notify('session_events', 's:' || OLD.id::text);
    ELSE
        PERFORM pg_notify('session_events', 'u:' || OLD.id::text);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER auth_sessions_revoked AFTER UPDATE OF revoked_at ON auth_sessions
    FOR EACH ROW WHEN (OLD.revoked_at IS DISTINCT FROM NEW.revoked_at)
    EXECUTE FUNCTION announce_session_event();
CREATE TRIGGER auth_sessions_deleted AFTER DELETE ON auth_sessions
    FOR EACH ROW EXECUTE FUNCTION announce_session_event();
CREATE TRIGGER users_changed AFTER UPDATE ON users
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*)
    EXECUTE FUNCTION announce_session_event();
CREATE TRIGGER users_deleted AFTER DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION announce_session_event();
