#pragma once

#include "app/FeatureContext.h"
#include "play/RoomService.h"
#include "tournaments/TournamentStore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>

namespace transcendence::protocol {
struct Envelope;
}

namespace transcendence::server {

class RealtimeSession;

// Tournaments: the REST API (TournamentRoutes), their matches played through the play feature's
// RoomService, and the WebSocket messages of docs/protocol.md, "Tournaments". Register after the
// play feature (it looks the RoomService up among the owner's children).
void registerTournamentFeature(const FeatureContext &context);

// Lives on the server thread. Opens a room for every ready match of a running online tournament
// (and for a local one when its owner asks, with playTournamentMatch), records each room's
// outcome in the bracket, and tells the players. At start-up it opens the rooms of every running
// tournament whose room is gone: a match that never finished gets a new show-up deadline; a
// finished one is never played again (tournament_store::recordResult refuses it).
//
// With several instances PostgreSQL, not this object's memory, says which room decides a
// match: a room is claimed in tournament_matches before it opens (claimRoom: only while the
// room named there is gone), and a result counts only for the room named there
// (recordResult). Each room carries its bracket match in its RoomRequest::tag, kept in its
// checkpoints: after its host died, the instance that took it over decides the match.
class TournamentFeature : public QObject {
    Q_OBJECT
public:
    TournamentFeature(const FeatureContext &context, RoomService *rooms, QObject *parent);

    // After every change (REST or a result): notifications, and rooms for newly ready matches.
    void applyChange(const tournament_store::Changed &changed);

signals:
    // For the chat's tournament conversations (online tournaments only): the entrants or the
    // state changed; a player's match is ready (their tournamentMatchReady); matches were
    // decided (TournamentMatchState JSON); the tournament is over (winner: a player, or empty).
    void onlineTournamentChanged(qint64 tournamentId);
    void onlineMatchReady(qint64 userId, const QJsonObject &ready);
    void onlineMatchesDecided(qint64 tournamentId, const QJsonArray &matches);
    void onlineTournamentOver(qint64 tournamentId, const QJsonObject &winner);

private:
    struct OpenRoom {
        qint64 tournamentId = 0;
        TournamentBracket::Key key;
        qint64 entries[2] = {0, 0}; // seat 0, seat 1
        bool local = false;
        std::vector<QJsonObject> readyMessages; // online: {userId, message}, re-sent on connect
        int recordAttempts = 0;
    };

    void resumeRunning();
    void sweep();
    void reload(qint64 tournamentId, int delayMs);
    void openRooms(const tournament_store::Tournament &tournament);
    void openOnlineRoom(const tournament_store::Tournament &tournament, TournamentBracket::Key key,
                        const QString &previous);
    void launchOnlineRoom(const tournament_store::Tournament &tournament,
                          TournamentBracket::Key key, const QString &roomId,
                          const QDateTime &deadline);
    void decideFromStoredMatch(qint64 tournamentId, TournamentBracket::Key key,
                               const QString &roomId);
    static QJsonObject tagOf(const OpenRoom &room);
    static std::optional<OpenRoom> roomOf(const RoomOutcome &outcome);
    void withdrawErased(qint64 tournamentId, qint64 entryId);
    void onPlayTournamentMatch(RealtimeSession *session, const protocol::Envelope &envelope);
    void openLocalRoom(const QString &connectionId, qint64 userId,
                       const tournament_store::Tournament &tournament);
    void onRoomFinished(const RoomOutcome &outcome);
    void record(const QString &roomId, OpenRoom room, TournamentBracket::Result result,
                std::optional<qint64> winner, std::optional<qint64> matchId);
    void onSessionReady(qint64 userId, const QString &connectionId);
    bool hasRoom(qint64 tournamentId, std::optional<TournamentBracket::Key> key) const;
    void notify(const tournament_store::Changed &changed);

    FeatureContext m_context;
    QPointer<RoomService> m_rooms;
    QHash<QString, OpenRoom> m_open; // by room id
    // Bracket matches whose room is being looked up or claimed here ("tournament/round/slot").
    QSet<QString> m_opening;
    // Rooms whose result is on its way into the bracket: their match is not opened again.
    QSet<QString> m_deciding;
    QTimer m_sweep; // several instances: rooms of matches whose room is gone, now and then
};

} // namespace transcendence::server
