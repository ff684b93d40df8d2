#pragma once

#include "engine/AiPlayer.h"
#include "engine/Match.h"
#include "matches/MatchRecord.h"
#include "protocol/PlayMessages.h"
#include "replay/InputLog.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace transcendence::server {

// Everything a room needs to start; decided on the server thread by the play feature.
struct MatchRoomSetup {
    QString roomId;
    protocol::PlayKind kind = protocol::PlayKind::Local;
    engine::MatchConfig config;
    std::uint64_t seed = 0;
    engine::AiDifficulty difficulty = engine::AiDifficulty::Normal;
    std::vector<MatchSeat> seats; // one per engine player: who sits there (results filled later)
    QStringList participants;     // connection ids that receive snapshots
};

// What a room hands back when it ends, once: the matchOver message (without the stored id)
// and the record to store.
struct MatchRoomResult {
    QString roomId;
    QStringList participants;
    protocol::MatchOver over;
    MatchRecord record;
};

// One running match, living on a game thread (GameThreads): owns the engine, the AI players of
// AI seats and the input log, steps the engine in real time and sends snapshots. The server
// thread talks to it only through queued invocations (start, applyInput, participantLeft) and
// hears from it only through its queued signals; nothing in it is shared.
class MatchRoom : public QObject {
    Q_OBJECT
public:
    static constexpr int kSnapshotsPerSecond = 60;

    explicit MatchRoom(MatchRoomSetup setup);
    ~MatchRoom() override;

    const QString &roomId() const { return m_setup.roomId; }
    const QStringList &participants() const { return m_setup.participants; }

    // The rest runs on the room's thread only.
    void start();
    // The connection's seat now holds `key`, from the next step on. seq is echoed in snapshots.
    void applyInput(const QString &connectionId, qint64 seq, int seat, engine::Input key);
    // The connection left (leave, or its socket closed): this slice ends the match ("left").
    void participantLeft(const QString &connectionId);

signals:
    // A serialized message for one participant's connection (a snapshot).
    void messageReady(const QString &connectionId, const QByteArray &message);
    // Emitted once; the room does nothing more afterwards and waits to be deleted.
    void ended(const transcendence::server::MatchRoomResult &result);

private:
    void tick();
    void advanceOneStep();
    void holdKey(int seat, engine::Input key);
    void sendSnapshots();
    void finish(protocol::MatchOverReason reason);
    MatchRoomResult result(protocol::MatchOverReason reason) const;
    std::vector<int> placements(int winner) const;

    MatchRoomSetup m_setup;
    engine::Match m_match;
    replay::InputLog m_log;
    std::vector<std::pair<int, std::unique_ptr<engine::AiPlayer>>> m_aiPlayers; // by seat
    QHash<QString, qint64> m_lastInputSeq;                                      // by connection id
    QJsonArray m_pendingEvents;          // since the last snapshot
    std::vector<int> m_eliminationOrder; // four players: seats in the order they went out
    QTimer *m_tickTimer = nullptr;
    QElapsedTimer m_clock;
    std::int64_t m_stepsDue = 0; // steps the clock has asked for (dropped backlog included)
    std::int64_t m_nextSnapshotStep = 0;
    QDateTime m_startedAt;
    bool m_ended = false;
};

} // namespace transcendence::server

Q_DECLARE_METATYPE(transcendence::server::MatchRoomResult)
