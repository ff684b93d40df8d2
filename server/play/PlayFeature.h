#pragma once

#include "play/GameThreads.h"
#include "play/MatchRoom.h"
#include "social/PresenceTracker.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>
#include <vector>

namespace transcendence::protocol {
struct Envelope;
}

namespace transcendence::server {

class DatabaseWorkers;
class RealtimeHub;
class RealtimeSession;
struct FeatureContext;

// Real-time play over the WebSocket (docs/protocol.md, "Play"): the play, input and leave
// messages, one MatchRoom per match on the game threads, and storing every finished match.
void registerPlayFeature(const FeatureContext &context);

// Lives on the server thread. Knows which connection plays in which room and which seats it
// controls; checks every message before anything reaches a room.
class PlayFeature : public QObject {
    Q_OBJECT
public:
    PlayFeature(RealtimeHub &hub, DatabaseWorkers &workers, PresenceTracker *presence,
                QObject *parent);
    // Ends the rooms still running (stored as left), then stops the game threads.
    ~PlayFeature() override;

private:
    struct Player {
        QString roomId;
        std::vector<int> seats; // the seats this connection controls
        std::optional<qint64> lastSeq;
        QElapsedTimer inputWindow;
        int inputsInWindow = 0;
        bool throttleReported = false;
        // The room ended; until matchOver is sent, inputs still in flight are dropped quietly.
        bool matchEnding = false;
    };
    struct ActiveRoom {
        MatchRoom *room = nullptr; // on a game thread; deleted there after it ended
        bool ended = false;
    };

    void onPlay(RealtimeSession *session, const protocol::Envelope &envelope);
    void onInput(RealtimeSession *session, const protocol::Envelope &envelope);
    void onLeave(RealtimeSession *session, const protocol::Envelope &envelope);
    void onConnectionEnded(const QString &connectionId);
    void onRoomEnded(const MatchRoomResult &result);
    void onRoomDestroyed(const QString &roomId);
    bool admitInput(RealtimeSession *session, Player &player);
    void sendToConnection(const QString &connectionId, const QByteArray &message);

    RealtimeHub &m_hub;
    DatabaseWorkers &m_workers;
    QPointer<PresenceTracker> m_presence; // null without the social feature, or once it is gone
    GameThreads m_threads;
    QHash<QString, Player> m_players;   // by connection id, while in a room
    QHash<QString, ActiveRoom> m_rooms; // by room id, until the room object is gone
};

} // namespace transcendence::server
