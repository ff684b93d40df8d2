#pragma once

#include "engine/AiPlayer.h"
#include "engine/Match.h"
#include "matches/MatchRecord.h"
#include "play/MatchCheckpoint.h"
#include "play/SnapshotDelivery.h"
#include "protocol/ConnectionMessages.h"
#include "protocol/LobbyMessages.h"
#include "protocol/PlayMessages.h"
#include "replay/InputLog.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace transcendence::server {

class GameClock;

// Everything a room needs to start; decided on the server thread by the play feature.
struct MatchRoomSetup {
    QString roomId;
    protocol::RoomKind kind = protocol::RoomKind::Local;
    MatchKind recordKind = MatchKind::Local;
    engine::MatchConfig config;
    std::uint64_t seed = 0;
    engine::AiDifficulty difficulty = engine::AiDifficulty::Normal;
    std::vector<MatchSeat> seats; // one per engine player: who sits there (results filled later)
    // By seat: the connection that controls it from the start; empty for AI seats and for
    // players who have not entered yet (they have showUpMs to do so).
    std::vector<QString> controllers;
    // Those of the controllers that take binary snapshots (hello "encoding"); JSON otherwise.
    QStringList binaryControllers;
    std::optional<qint64> tournamentId;
    int graceMs = 30'000;    // a player whose connection dropped may come back this long
    int showUpMs = 60'000;   // a player who never entered loses by walkover after this long
    int countdownMs = 3'000; // before play starts in a room of several people, and on resume
    // The first resume of a room restored after its host died: the players have just waited
    // for the takeover (docs/architecture.md, "Checkpoints and takeover"), and still get a
    // countdown they can see.
    int takeoverCountdownMs = 1'500;
    // With several instances: the accounts owning each seat (kept in checkpoints), whether the
    // room sends a checkpoint every second (checkpointReady), and, for a room restored on
    // another instance after its host died, where the match stood.
    std::vector<qint64> owners;
    bool checkpoints = false;
    std::optional<MatchResume> resume;
    // Opened through RoomService::openRoom (a RoomOutcome follows its end), with the
    // requester's note (RoomRequest::tag); both kept in checkpoints.
    bool requested = false;
    QJsonObject requesterTag;
};

// What a room hands back when it ends, once: the matchOver message (without the stored id)
// and the record to store.
struct MatchRoomResult {
    QString roomId;
    QStringList participants; // connected players and spectators: they get matchOver
    protocol::MatchOver over;
    MatchRecord record;
    bool walkover = false; // ended before play started: someone never entered
};

// One running match, living on a game thread (GameThreads): owns the engine, the AI players of
// AI seats and the input log, steps the engine in real time and sends snapshots. It knows which
// connection controls which seat and who watches, pauses while a player is missing and forfeits
// them when their time is up. The server thread talks to it only through queued invocations
// and hears from it only through its queued signals; nothing in it is shared but its input
// inbox (postInput).
class MatchRoom : public QObject {
    Q_OBJECT
public:
    static constexpr int kSnapshotsPerSecond = 60;
    // While nothing moves (waiting, countdown, paused) clients still get the phase and its
    // deadline this often.
    static constexpr int kIdleSnapshotsPerSecond = 10;

    explicit MatchRoom(MatchRoomSetup setup);
    ~MatchRoom() override;

    const QString &roomId() const { return m_setup.roomId; }

    // Any thread (the server thread): a player's input, applied as applyInput at the room's next
    // tick, after the commands queued to the room before it. Inputs are most of what reaches a
    // room; this way they cost neither an event nor a wake-up of the game thread (its clock
    // wakes it at every step anyway). The caller does not post to a room it knows has ended.
    void postInput(const QString &connectionId, qint64 seq, int seat, engine::Input key);

    // The rest runs on the room's thread only.
    void start();
    // The connection's seat now holds `key`, from the next step on; ignored unless the
    // connection controls the seat. seq is echoed in that connection's snapshots.
    void applyInput(const QString &connectionId, qint64 seq, int seat, engine::Input key);
    // The connection now controls these seats (a player entering, coming back, or moving to
    // another client: whoever controlled them before no longer does).
    // `encoding` is the connection's choice from hello: how its snapshots are encoded.
    void attach(const QString &connectionId, const std::vector<int> &seats,
                protocol::SnapshotEncoding encoding = protocol::SnapshotEncoding::Json);
    // The connection is gone (socket closed): its seats are missing until someone attaches
    // them or their grace time runs out. A spectator simply stops watching.
    void detach(const QString &connectionId);
    // The player gives up: every seat the connection controls forfeits now.
    void leave(const QString &connectionId);
    void addSpectator(const QString &connectionId,
                      protocol::SnapshotEncoding encoding = protocol::SnapshotEncoding::Json);
    void removeSpectator(const QString &connectionId);
    // A local or ai match: the player stops and restarts the clock (the feature checks who may).
    void pause();
    void resume();
    // The server is stopping: the match ends now, nobody wins.
    void abandon();

signals:
    // A serialized message for one connection (a pause notice, a leaver's matchOver).
    void messageReady(const QString &connectionId, const QByteArray &message);
    // The room's snapshot for every connection in it (players and spectators), encoded once
    // per encoding its recipients use: how snapshots go out at 60 Hz; also the first one a
    // connection gets alone when it enters. Each one replaces the previous.
    void snapshotsReady(const transcendence::server::SnapshotDelivery &delivery);
    // These seats forfeited (their players did not come back) while the match goes on (four
    // players): their accounts are free to play elsewhere.
    void seatsForfeited(const QString &roomId, const QList<int> &seats);
    // The phase or the score changed: what the live match list shows.
    void statusChanged(const QString &roomId, const QJsonObject &status);
    // Emitted once; the room does nothing more afterwards and waits to be deleted.
    void ended(const transcendence::server::MatchRoomResult &result);
    // Where the match stands (encodeCheckpoint), at least once a second and after every point,
    // when setup.checkpoints is set.
    void checkpointReady(const QString &roomId, const QByteArray &checkpoint);

private:
    friend class GameClock;
    // Called by the thread's GameClock at every step of the 120 Hz grid.
    void tick();
    void runSteps();
    // Applies the inputs posted since the last tick, in the order they came.
    void takeInputs();
    // Replays setup.resume into the engine; false if the state does not come out the same.
    bool restore();
    void sendCheckpoint();
    void advanceOneStep();
    void holdKey(int seat, engine::Input key);
    qint64 now() const { return m_wall.elapsed(); }
    bool needsPlayer(int seat) const;
    std::vector<int> missingSeats() const;
    void setPhase(protocol::RoomPhase phase, qint64 endsAt);
    void startCountdown(int countdownMs);
    void enterRunning();
    void onPlayersChanged();
    void forfeitExpiredSeats();
    bool endIfDecided(protocol::MatchOverReason reason);
    bool lastPlayerStanding() const;
    int completedWinner() const;
    void sendPauseNotice();
    void broadcast(const QByteArray &message);
    void sendSnapshots();
    void sendSnapshotTo(const QString &connectionId);
    void noteEncoding(const QString &connectionId, protocol::SnapshotEncoding encoding);
    SnapshotDelivery::Recipient recipient(const QString &connectionId) const;
    // Everyone a snapshot goes to (participants() with their lastInputSeq and encoding).
    const QList<SnapshotDelivery::Recipient> &recipients();
    protocol::MatchSnapshot snapshotMessage() const;
    QStringList participants() const;
    void emitStatus();
    void finish(protocol::MatchOverReason reason, int winner);
    MatchRoomResult result(protocol::MatchOverReason reason, int winner) const;
    std::vector<int> placements(int winner) const;

    struct PostedInput {
        QString connectionId;
        qint64 seq = 0;
        int seat = 0;
        engine::Input key = engine::Input::None;
    };
    QMutex m_inboxMutex;
    std::vector<PostedInput> m_inbox;  // guarded by m_inboxMutex
    std::vector<PostedInput> m_taking; // the game thread's: the inbox swapped out at a tick

    MatchRoomSetup m_setup;
    engine::Match m_match;
    replay::InputLog m_log;
    std::vector<std::pair<int, std::unique_ptr<engine::AiPlayer>>> m_aiPlayers; // by seat
    std::vector<QString> m_controllers; // by seat: the connection playing it, or empty
    std::vector<qint64> m_missingUntil; // by seat: forfeit deadline while missing, or -1
    std::vector<bool> m_forfeited;      // by seat
    std::vector<bool> m_everEntered;    // by seat: someone played it at some point
    QStringList m_spectators;
    QHash<QString, qint64> m_lastInputSeq; // by connection id
    QSet<QString> m_binaryConnections;     // participants that take binary snapshots
    // recipients(), kept rather than rebuilt from the hashes at every snapshot: rebuilt after a
    // change of seats, spectators or encodings (stale), updated in place by applyInput. Shared
    // with the deliveries in flight (implicitly: an input between two snapshots copies it).
    QList<SnapshotDelivery::Recipient> m_recipients;
    bool m_recipientsStale = true;
    std::vector<engine::MatchEvent> m_pendingEvents; // since the last snapshot
    std::vector<int> m_eliminationOrder; // four players: seats in the order they went out
    QPointer<GameClock> m_clock;         // this thread's, from start() until the room ends
    QElapsedTimer m_wall;                // since start(): phase deadlines
    qint64 m_runStartIndex = 0;          // the GameClock grid step at which play last (re)started
    std::int64_t m_runBaseStep = 0;
    std::int64_t m_nextSnapshotStep = 0;
    qint64 m_nextIdleSnapshotAt = 0;
    QElapsedTimer m_sinceSnapshot; // for the snapshot-gap metric
    protocol::RoomPhase m_phase = protocol::RoomPhase::Waiting;
    qint64 m_phaseEndsAt = -1; // countdown: when play starts
    bool m_pauseRequested = false;
    bool m_backFromTakeover = false; // restored, and not yet resumed
    QString m_leaving; // during leave(): the connection gets matchOver if the match ends now
    bool m_everRan = false;
    QDateTime m_startedAt;
    QDateTime m_showUpBy; // a seat nobody entered yet loses by walkover after this
    bool m_ended = false;
    qint64 m_nextCheckpointAt = 0;
};

} // namespace transcendence::server

Q_DECLARE_METATYPE(transcendence::server::MatchRoomResult)
