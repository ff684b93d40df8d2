#pragma once

#include "ApiTestClient.h"
#include "WebSocketTestClient.h"
#include "engine/BallTrackingBot.h"
#include "engine/MatchConfig.h"

#include <QJsonObject>
#include <QList>

#include <map>
#include <optional>
#include <vector>

namespace transcendence::testing {

// A "type" message with these fields.
QJsonObject playMessage(const QString &type, QJsonObject fields = {});

// Opens /ws on the server at `port` and says hello with a fresh ticket of the account; true once
// welcomed as that account.
bool openSignedIn(WebSocketTestClient &socket, ApiTestClient &api, quint16 port,
                  const ApiTestClient::Account &account,
                  const QString &client = QStringLiteral("test"));
// The same at any address (ws:// to an instance, wss:// through nginx); the ticket comes from
// `api`, which may be another instance's.
bool openSignedInAt(WebSocketTestClient &socket, ApiTestClient &api, const QString &url,
                    const ApiTestClient::Account &account,
                    const QString &client = QStringLiteral("test"));

// The points scored so far in a JSON snapshot, all players together.
int snapshotScore(const QJsonObject &snapshot);

// The next message of this type from the socket, skipping others; empty if none came in time.
QJsonObject nextOfType(WebSocketTestClient &socket, const QString &type, int timeoutMs = 5'000);

// Plays the seats one connection controls, like a client: it reads matchStarted for the seats
// and the settings, drives each seat with a BallTrackingBot from the snapshots (or holds still,
// when told to lose), and remembers what it saw.
class SeatPlayer {
public:
    explicit SeatPlayer(WebSocketTestClient &socket)
        : m_socket(socket)
    {}

    // Stops moving: the others score at will (a quick, one-sided match).
    void setIdle(bool idle) { m_idle = idle; }
    // Plays until it has sent this many inputs, then stops moving: the match is certain to end,
    // where two bots that both follow the ball can rally for ever.
    void setIdleAfterInputs(qint64 inputs) { m_idleAfterInputs = inputs; }
    // Takes what has arrived (waiting up to waitMs for the first message); true if any came.
    bool poll(int waitMs = 10);

    WebSocketTestClient &socket() { return m_socket; }
    bool isOver() const { return !over.isEmpty(); }
    std::vector<int> seats() const;

    QJsonObject started;
    QJsonObject over;
    QJsonObject firstSnapshot;
    QJsonObject lastSnapshot;
    QList<QJsonObject> notices; // everything but snapshots, in order
    int snapshots = 0;
    bool ticksIncreased = true;
    qint64 inputsSent = 0;
    QString problem; // an error message from the server, or an undecodable snapshot

private:
    void onStarted(const QJsonObject &message);
    void onSnapshot(const QJsonObject &message);

    WebSocketTestClient &m_socket;
    bool m_idle = false;
    qint64 m_idleAfterInputs = -1; // never
    std::optional<engine::MatchConfig> m_config;
    std::map<int, engine::BallTrackingBot> m_bots;
    std::map<int, engine::Input> m_held;
    qint64 m_lastTick = -1;
};

// Polls every player until each has matchOver, or the time is up; true if all finished.
bool playUntilOver(const std::vector<SeatPlayer *> &players, int timeoutMs);

// Fast and unforgiving settings: a match to 2 points ends in seconds of real time.
engine::MatchConfig quickMatchConfig();

} // namespace transcendence::testing
