#pragma once

#include "matches/MatchRecord.h"
#include "play/MatchRoom.h"
#include "protocol/LobbyMessages.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace transcendence::server {

// The rooms running on this instance as the server thread sees them, and who sits where: which
// account owns which seat, which connection controls it, who watches. It lives on the server
// thread; the rooms themselves run on the game threads.
//
// Seat state has one writer here: every seat change goes through a method of this class, which
// changes its own view and queues the same change to the MatchRoom in the same call (they cannot
// drift apart), or applies a change the room decided itself (seatsForfeited, its end). Readers get
// const views. The two indexes (account -> room, connection -> room) are kept by the same
// methods, never by callers. docs/architecture.md, "Play", says why the server thread keeps this
// view rather than reading the rooms' own seats across threads.
class RoomDirectory {
public:
    struct Room {
        MatchRoom *room = nullptr; // on a game thread; deleted there after it ended
        bool ended = false;
        protocol::RoomKind kind = protocol::RoomKind::Local;
        engine::MatchConfig config;
        std::vector<MatchSeat> seats;     // by seat index
        std::vector<qint64> seatOwners;   // by seat: the account that may play it (0: the AI)
        std::vector<QString> controllers; // by seat: the connection playing it now, or empty
        QSet<QString> spectators;
        std::optional<qint64> tournamentId;
        bool requested = false;    // opened through openRoom(): roomFinished follows
        QJsonObject tag;           // RoomRequest::tag
        bool checkpointed = false; // its checkpoints go to Redis: another instance may take it
        QDateTime startedAt;
        QJsonObject status; // MatchRoom::statusChanged: phase and score, for the live list
        // A guest's room (PlayGuests.cpp): nobody owns its seats, it is never stored, and it
        // ends when its connection closes or sends no input for a while.
        bool guest = false;
        QString guestAddress;
        QString guestConnection;
        QElapsedTimer guestLastInput;
    };
    // How a player's connection paces its inputs (the input throttle and the seq check).
    struct InputPacing {
        std::optional<qint64> lastSeq;
        QElapsedTimer window;
        int inWindow = 0;
        bool throttleReported = false;
    };
    // A connection in a room, as a player or a spectator.
    struct Participant {
        QString roomId;
        bool spectator = false;
        InputPacing pacing;
    };

    // Reads
    const QHash<QString, Room> &rooms() const { return m_rooms; }
    const Room *find(const QString &roomId) const;
    // The room, unless it is unknown or has ended.
    const Room *running(const QString &roomId) const;
    bool contains(const QString &roomId) const { return m_rooms.contains(roomId); }
    qsizetype size() const { return m_rooms.size(); }
    // The room the account has a seat in, or empty.
    QString roomOf(qint64 userId) const { return m_userRooms.value(userId); }
    bool hasSeat(qint64 userId) const { return m_userRooms.contains(userId); }
    const Participant *participant(const QString &connectionId) const;
    // The connections in the room (players and spectators).
    QStringList connectionsIn(const QString &roomId) const;
    // The participant's input pacing (not its place: that changes through the methods below).
    InputPacing *pacing(const QString &connectionId);
    static std::vector<int> seatsOf(const Room &room, qint64 userId);
    // The accounts owning a seat, each once.
    static std::vector<qint64> playersOf(const Room &room);

    // Rooms
    // A new room: its seat owners become the account index, its controllers participants.
    void add(const QString &roomId, Room room);
    // The room ended (or another instance took it over): nobody has a seat in it any more.
    // Returns the room as it was and the accounts freed; nullopt if unknown or ended already.
    struct Ended {
        Room room;
        std::vector<qint64> freed;
    };
    std::optional<Ended> end(const QString &roomId);
    // The room object is gone: forgets the room; its kind if it was known.
    std::optional<protocol::RoomKind> remove(const QString &roomId);
    // Its connections leave the ended room: each with whether it played (not watched).
    QList<std::pair<QString, bool>> takeParticipants(const QString &roomId);
    void setStatus(const QString &roomId, const QJsonObject &status);
    void markGuest(const QString &roomId, const QString &address, const QString &connectionId);
    void noteGuestInput(const QString &roomId);

    // Seats. Each changes this view and queues the same change to the room.
    // The connection plays in the room it was seated in by add() (launch); an unknown room is
    // ignored.
    void seat(const QString &roomId, const QString &connectionId);
    // The connection takes the account's seats in the room (and stops watching it). Returns
    // the connections that controlled those seats before and now control none: they are out
    // of the room.
    QStringList attach(const QString &roomId, const QString &connectionId, qint64 userId,
                       protocol::SnapshotEncoding encoding);
    // The account gives its seats up (the connection's seats forfeit in the room): nullopt if
    // the room is not running, else whether that freed the account (it had a seat here).
    std::optional<bool> giveUp(const QString &roomId, const QString &connectionId, qint64 userId);
    // The connection is gone: out of the room; its seats are missing until someone attaches
    // them (or their grace time runs out).
    void detach(const QString &roomId, const QString &connectionId);
    // The seats forfeited in the room (it decided so): the accounts freed by it.
    std::vector<qint64> forfeit(const QString &roomId, const QList<int> &seats);
    // The connection watches the room; false (nothing changes) if the room is unknown or ended.
    bool watch(const QString &roomId, const QString &connectionId,
               protocol::SnapshotEncoding encoding);
    // The connection stops watching; the room it watched, or empty if it watched none.
    QString stopWatching(const QString &connectionId);
    // The connection leaves whatever room it is in, as a spectator would (a replay starts).
    void leave(const QString &connectionId);

    // A player's input for the room (MatchRoom::postInput), unless the room has ended.
    void postInput(const QString &roomId, const QString &connectionId, qint64 seq, int seat,
                   engine::Input key) const;

    // Runs work(room) on the room's game thread, unless the room has ended.
    template <typename Work>
    void invoke(const QString &roomId, Work work) const
    {
        const auto found = m_rooms.constFind(roomId);
        if (found == m_rooms.cend() || found->ended) {
            return;
        }
        MatchRoom *room = found->room;
        QMetaObject::invokeMethod(
            room, [room, work = std::move(work)] { work(*room); }, Qt::QueuedConnection);
    }

private:
    void unindexRoom(const QString &roomId, std::vector<qint64> &freed);
    void leaveAudience(const QString &roomId, const QString &connectionId);

    QHash<QString, Room> m_rooms;               // by room id, until the room object is gone
    QHash<qint64, QString> m_userRooms;         // account -> the room it has a seat in
    QHash<QString, Participant> m_participants; // by connection id
};

} // namespace transcendence::server
