#pragma once

#include "db/DatabaseUrl.h"
#include "social/PresenceSettings.h"
#include "social/PresenceStore.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

namespace transcendence::server {

class DatabaseWorkers;
class PresenceListener;
class RealtimeHub;

// Keeps this instance's presence rows in step with its authenticated WebSockets (RealtimeHub's
// authenticatedSessionReady/Ended), beats the instance's heartbeat, sweeps crashed instances'
// rows, and pushes "presence" messages to the local sockets of friends of a user whose presence
// changed — here, or on another instance (PostgreSQL NOTIFY, through PresenceListener).
class PresenceTracker : public QObject {
    Q_OBJECT
public:
    PresenceTracker(DatabaseWorkers &workers, RealtimeHub &hub, const DatabaseSettings &database,
                    PresenceSettings settings, QObject *parent = nullptr);
    ~PresenceTracker() override; // this instance's rows go at once

    const PresenceSettings &settings() const { return m_settings; }
    const QString &instanceId() const { return m_instanceId; }

    // For the game code: the WebSocket connectionId that plays (or stopped playing) a match.
    // Its user is "in_game" while any of their connections plays; the flag ends with the socket.
    void setInGame(const QString &connectionId, bool inGame);
    // The tracker of a server, found among the features' objects (FeatureContext::owner).
    static PresenceTracker *find(const QObject &featureOwner);

private:
    using Job = std::function<std::variant<PresenceChange, DomainError>(QSqlDatabase &)>;

    void onSessionReady(qint64 userId, const QString &connectionId);
    void onSessionEnded(qint64 userId, const QString &connectionId);
    // Jobs of one connection run one after another (its insert before its delete).
    void enqueue(const QString &connectionId, Job job);
    void runNext(const QString &connectionId);
    void beat();
    void onRemoteChange(const QString &instanceId, qint64 userId, const QString &status);
    void pushToFriends(qint64 userId, const QString &status, const QList<qint64> &friendIds);

    DatabaseWorkers &m_workers;
    RealtimeHub &m_hub;
    PresenceSettings m_settings;
    QString m_instanceId;
    QHash<QString, LiveConnection> m_live; // connectionId → its connection, while open
    struct JobQueue {
        std::deque<Job> jobs;
        bool running = false;
    };
    QHash<QString, JobQueue> m_queues;
    QTimer m_heartbeat;
    bool m_beating = false;
    PresenceListener *m_listener = nullptr;
};

} // namespace transcendence::server
