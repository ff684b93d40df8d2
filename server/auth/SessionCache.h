#pragma once

#include "auth/AccountStore.h"

#include <QDateTime>
#include <QHash>
#include <QMultiHash>
#include <QMutex>

#include <optional>

namespace transcendence::server {

// The live sign-ins this instance has checked, with their user, so that a request with an access
// token needs no query (RequestAuthenticator). Correct only while every change that ends a
// sign-in or alters its user is heard: PostgreSQL announces them (sql/0017_session_events.sql),
// the writing worker hands its own announcements over before its caller hears of the write
// (DatabaseWorkers::listenOnConnections: a sign-out is refused by the very next request), and
// SessionEventListener brings those of other instances. While that listener is down the cache
// is off and every request queries, as before it existed. Thread-safe.
class SessionCache {
public:
    static constexpr qint64 kMaxAgeMs = 60'000; // an entry is checked again after a minute anyway
    static constexpr int kMaxEntries = 100'000;

    // The user of a live, cached sign-in; nullopt: ask the database.
    std::optional<UserRecord> find(const QString &sessionId, qint64 userId, qint64 nowMs) const;

    // Read on the worker before the query whose answer store() may keep: an announcement
    // handled between the two (a sign-out racing the check) keeps that answer out.
    quint64 generation() const;
    void store(const QString &sessionId, const UserRecord &user, const QDateTime &expiresAt,
               quint64 generationBeforeQuery, qint64 nowMs);

    // An announcement from session_events: "s:<session id>" or "u:<user id>".
    void apply(const QString &payload);
    // Whether announcements are being heard; turning it on starts from an empty cache (what
    // happened while nobody listened is unknown).
    void setListening(bool listening);
    bool isListening() const;
    int size() const;

private:
    struct Entry {
        UserRecord user;
        qint64 expiresAtMs = 0;
        qint64 storedAtMs = 0;
    };
    void clearLocked();

    mutable QMutex m_mutex;
    QHash<QString, Entry> m_bySession;
    QMultiHash<qint64, QString> m_sessionsOfUser;
    quint64 m_generation = 0;
    bool m_listening = false;
};

} // namespace transcendence::server
