#pragma once

#include "engine/Match.h"
#include "play/MatchSession.h"
#include "protocol/LobbyMessages.h"
#include "protocol/PlayMessages.h"

#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <deque>
#include <optional>

namespace transcendence::client {

class RealtimeClient;

// A match the server runs (docs/protocol.md, "Play"), as this app plays or watches it. The
// server's snapshots (60 a second while running) are drawn a little in the past, interpolated
// between the two around that moment on the server's tick clock; the paddles played here are
// predicted with the engine: the newest server state is restored, the keys sent since the last
// one the server applied (lastInputSeq) are replayed on it, and it is stepped to the moment a key
// pressed now would reach the server. The server's state always wins at the next snapshot.
class RemoteMatch : public MatchSession {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the PlayLobby creates one for each matchStarted")
    Q_PROPERTY(QString roomId READ roomId CONSTANT)
    // The stored match (GET /api/matches/{id}) once over; null when not stored.
    Q_PROPERTY(QVariant matchId READ matchId NOTIFY overChanged)
    // This connection is no longer in the room: the connection dropped (the seat waits for the
    // reconnection to join again), or another client of the account took the seats (moved).
    Q_PROPERTY(bool detached READ isDetached NOTIFY detachedChanged)
    Q_PROPERTY(bool moved READ wasMoved NOTIFY detachedChanged)
    // Snapshots received, for the curious (and the tests).
    Q_PROPERTY(int snapshotCount READ snapshotCount NOTIFY stateUpdated)

public:
    RemoteMatch(RealtimeClient *client, const protocol::MatchStarted &started,
                QObject *parent = nullptr);
    ~RemoteMatch() override;

    bool isOffline() const override { return false; }
    bool canPause() const override;
    QString roomId() const { return m_roomId; }
    QVariant matchId() const { return m_matchId ? QVariant(*m_matchId) : QVariant(); }
    bool isDetached() const { return m_detached; }
    bool wasMoved() const { return m_moved; }
    int snapshotCount() const { return m_snapshotCount; }

    // What the lobby hands over for this room.
    void rejoined(const protocol::MatchStarted &started);
    void applySnapshot(const protocol::MatchSnapshot &snapshot);
    void applyPaused(const protocol::MatchPaused &paused);
    void applyResumed(const protocol::MatchResumed &resumed);
    void applyLatency(const protocol::LatencyReport &latency);
    void applyOver(const protocol::MatchOver &over);
    void applyMoved();
    void connectionLost();

    // A seat's paddle in the newest state the server sent; NaN before any.
    Q_INVOKABLE double serverPaddle(int seat) const;

    void pause() override;
    void resume() override;
    void leave() override;
    bool frameAt(qint64 nowNs, engine::Snapshot &frame) override;

signals:
    void detachedChanged();

protected:
    void heldKeyChanged(int seat, engine::Input key) override;

private:
    struct Received {
        qint64 tick = 0;
        engine::Snapshot state;
    };
    struct PendingInput {
        qint64 seq = 0;
        int seat = 0;
        engine::Input key = engine::Input::None;
        qint64 tick = 0; // the server tick it is expected to apply at
    };

    void setUp(const protocol::MatchStarted &started);
    double serverTickAt(qint64 nowNs) const;
    qint64 presentTick(qint64 nowNs) const;
    void advancePrediction(qint64 targetTick);
    bool send(const QJsonObject &message);

    QPointer<RealtimeClient> m_client;
    QString m_roomId;
    bool m_detached = false;
    bool m_moved = false;
    int m_snapshotCount = 0;
    std::optional<qint64> m_matchId;
    QString m_serverPhase;

    std::deque<Received> m_buffer; // running snapshots, oldest first
    std::optional<Received> m_latest;
    std::optional<double> m_tickOffset; // server tick - local ms * ticks per ms

    qint64 m_seq = 0;
    std::deque<PendingInput> m_pending; // sent, not yet in a snapshot
    std::optional<engine::Match> m_predicted;
    bool m_predictionStale = true;
};

} // namespace transcendence::client
