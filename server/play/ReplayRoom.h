#pragma once

#include "engine/Match.h"
#include "play/SnapshotDelivery.h"
#include "protocol/ConnectionMessages.h"
#include "protocol/PlayMessages.h"
#include "replay/InputLog.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QObject>

#include <memory>
#include <vector>

class QTimer;

namespace transcendence::server {

// What a stored match needs to be played back to one viewer.
struct ReplaySetup {
    QString roomId;
    QString viewerConnectionId;
    protocol::SnapshotEncoding viewerEncoding = protocol::SnapshotEncoding::Json;
    engine::MatchConfig config;
    std::uint64_t seed = 0;
    replay::InputLog log;
    protocol::MatchOver over; // sent when the log ends: the stored result
    double speed = 1.0;       // 0.25 .. 4: steps per second of real time, times 120
};

// Plays a stored match back on a game thread, in real time (times speed): the engine is fed the
// recorded keys step by step (replay::InputLogPlayer), and the viewer gets snapshots at 60 Hz of
// match time exactly like a spectator of a live match, then the stored matchOver. Nothing is
// recorded. The server thread talks to it through queued invocations (start, stop) and hears
// from it through its queued signals.
class ReplayRoom : public QObject {
    Q_OBJECT
public:
    explicit ReplayRoom(ReplaySetup setup);
    ~ReplayRoom() override;

    const QString &roomId() const { return m_setup.roomId; }

    void start();
    void stop(); // the viewer left: no matchOver

signals:
    void snapshotsReady(const transcendence::server::SnapshotDelivery &delivery); // the viewer's
    void messageReady(const QString &connectionId, const QByteArray &message);
    void finished(const QString &roomId); // once, after the last message

private:
    void tick();
    void sendSnapshot();
    void finish(bool sendOver);

    ReplaySetup m_setup;
    engine::Match m_match;
    replay::InputLogPlayer m_player; // reads m_setup.log
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    std::int64_t m_nextSnapshotStep = 0;
    std::vector<engine::MatchEvent> m_pendingEvents;
    bool m_done = false;
};

} // namespace transcendence::server
