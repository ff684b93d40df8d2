#pragma once

#include "play/GameThreads.h"
#include "play/ReplayRoom.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

namespace transcendence::protocol {
struct Envelope;
}

namespace transcendence::server {

class DatabaseWorkers;
class PlayOutbox;
class RealtimeHub;
class RealtimeSession;
class RoomDirectory;
struct RealtimeLimits;

// Stored matches played back (the `replay` message): one ReplayRoom per viewer connection on the
// game threads, at most so many per account (or guest address) and per server (docs/security.md,
// "Connection limits"). Lives on the server thread beside the play feature; a connection that
// starts a replay stops watching any live match (RoomDirectory), and never while it plays one.
class PlayReplays : public QObject {
    Q_OBJECT
public:
    PlayReplays(RealtimeHub &hub, DatabaseWorkers &workers, const RealtimeLimits &limits,
                GameThreads &threads, RoomDirectory &directory, PlayOutbox &outbox);

    void onReplay(RealtimeSession *session, const protocol::Envelope &envelope);
    bool stopReplay(const QString &connectionId); // true if the connection watched one
    // The server is stopping: every replay stops now (its room is deleted as its thread ends).
    void stopAll();

private:
    void startReplay(const QString &connectionId, qint64 matchId, double speed,
                     const QJsonObject &stored);
    // Whether the viewer may start a replay now; sends the refusal and returns false when not.
    bool mayStartReplay(RealtimeSession &viewer);

    RealtimeHub &m_hub;
    DatabaseWorkers &m_workers;
    const RealtimeLimits &m_limits;
    GameThreads &m_threads;
    RoomDirectory &m_directory;
    PlayOutbox &m_outbox;
    QHash<QString, ReplayRoom *> m_replays; // by viewer connection id
    QHash<QString, QString> m_replayOwners; // viewer connection id -> "user:7" or "address:..."
};

} // namespace transcendence::server
