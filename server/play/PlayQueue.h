#pragma once

#include "app/FeatureContext.h"
#include "cluster/PlayCluster.h"
#include "play/Matchmaker.h"
#include "play/RoomLauncher.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <vector>

namespace transcendence::protocol {
struct Envelope;
}

namespace transcendence::server {

class RealtimeSession;

// Matchmaking (docs/protocol.md, "Starting a match"): the queue and leaveQueue messages, the
// rating read on a database worker, and matches formed once a second by Matchmaker's rules,
// started through the RoomLauncher. Alone, the queues live here; with several instances
// (setCluster) the one queue of the cluster lives in Redis: every instance reads it once a
// second, forms the same groups, and an instance with a player in a group claims it, all or
// none, and hosts the match. An account waits in one queue at most, and never while it plays.
// Lives on the server thread.
class PlayQueue : public QObject {
    Q_OBJECT
public:
    PlayQueue(const FeatureContext &context, RoomLauncher rooms, QObject *parent = nullptr);

    // With TRANSCENDENCE_REDIS_URL: the cluster's shared queue from now on.
    void setCluster(PlayCluster *cluster) { m_cluster = cluster; }

    // The messages (signed-in connections only).
    void onQueue(RealtimeSession *session, const protocol::Envelope &envelope);
    void onLeaveQueue(RealtimeSession *session, const protocol::Envelope &envelope);

    // Whether the account waits in a queue from this instance, or is about to (its rating is
    // being read, or Redis has not answered yet).
    bool isQueued(qint64 userId) const;
    // Forms the matches that can start, and tells the others how far their window reaches.
    // Once a second.
    void formMatches();
    // A connection closed: a ticket it queued leaves the queue (the match would start on a
    // connection that is gone).
    void connectionEnded(qint64 userId, const QString &connectionId);
    // The account plays a match hosted on another instance now: no longer queued from here.
    void forget(qint64 userId);

private:
    void leave(qint64 userId, const QString &reason);
    void matchLocalQueue();
    // The shared queue (PlayQueue.cpp, second part).
    void joinShared(qint64 userId, const QString &connectionId, protocol::QueueMode mode,
                    const engine::MatchConfig &config, int rating);
    void matchSharedQueue();
    void onSharedQueueRead(const std::vector<PlayCluster::Ticket> &all, qint64 now);
    void leftForAMatch(qint64 userId, protocol::QueueMode mode);
    void launchSharedGroup(const std::vector<PlayCluster::Ticket> &tickets,
                           protocol::QueueMode mode, const QString &roomId);

    FeatureContext m_context;
    RoomLauncher m_rooms;
    QElapsedTimer m_clock; // the local queue's times
    Matchmaker m_matchmaker;
    QHash<qint64, protocol::QueueMode> m_ratingLookups; // queued, rating on its way

    // With several instances only (otherwise null and empty).
    PlayCluster *m_cluster = nullptr;
    QHash<qint64, protocol::QueueMode> m_sharedQueued; // this instance's accounts in the queue
    QHash<qint64, Matchmaker::Ticket> m_sharedTickets; // their tickets, as last read
    QHash<int, int> m_sharedWaiting;                   // by QueueMode: tickets, as last read
    bool m_sharedMatching = false;                     // a round is on its way
};

} // namespace transcendence::server
