#include "play/RoomDirectory.h"

#include <algorithm>

namespace transcendence::server {

const RoomDirectory::Room *RoomDirectory::find(const QString &roomId) const
{
    const auto found = m_rooms.constFind(roomId);
    return found == m_rooms.cend() ? nullptr : &*found;
}

const RoomDirectory::Room *RoomDirectory::running(const QString &roomId) const
{
    const Room *room = find(roomId);
    return room && !room->ended ? room : nullptr;
}

const RoomDirectory::Participant *RoomDirectory::participant(const QString &connectionId) const
{
    const auto found = m_participants.constFind(connectionId);
    return found == m_participants.cend() ? nullptr : &*found;
}

QStringList RoomDirectory::connectionsIn(const QString &roomId) const
{
    QStringList connections;
    for (auto it = m_participants.cbegin(); it != m_participants.cend(); ++it) {
        if (it->roomId == roomId) {
            connections << it.key();
        }
    }
    return connections;
}

RoomDirectory::InputPacing *RoomDirectory::pacing(const QString &connectionId)
{
    const auto found = m_participants.find(connectionId);
    return found == m_participants.end() ? nullptr : &found->pacing;
}

std::vector<int> RoomDirectory::seatsOf(const Room &room, qint64 userId)
{
    std::vector<int> seats;
    for (int seat = 0; seat < int(room.seatOwners.size()); ++seat) {
        if (userId != 0 && room.seatOwners[std::size_t(seat)] == userId) {
            seats.push_back(seat);
        }
    }
    return seats;
}

std::vector<qint64> RoomDirectory::playersOf(const Room &room)
{
    std::vector<qint64> players;
    for (qint64 owner : room.seatOwners) {
        if (owner != 0 && std::find(players.begin(), players.end(), owner) == players.end()) {
            players.push_back(owner);
        }
    }
    return players;
}

void RoomDirectory::add(const QString &roomId, Room room)
{
    for (qint64 owner : room.seatOwners) {
        if (owner != 0) {
            m_userRooms.insert(owner, roomId);
        }
    }
    m_rooms.insert(roomId, std::move(room));
}

void RoomDirectory::unindexRoom(const QString &roomId, std::vector<qint64> &freed)
{
    for (auto it = m_userRooms.begin(); it != m_userRooms.end();) {
        if (it.value() == roomId) {
            freed.push_back(it.key());
            it = m_userRooms.erase(it);
        } else {
            ++it;
        }
    }
}

std::optional<RoomDirectory::Ended> RoomDirectory::end(const QString &roomId)
{
    const auto active = m_rooms.find(roomId);
    if (active == m_rooms.end() || active->ended) {
        return std::nullopt;
    }
    active->ended = true;
    Ended ended{*active, {}};
    unindexRoom(roomId, ended.freed);
    return ended;
}

std::optional<protocol::RoomKind> RoomDirectory::remove(const QString &roomId)
{
    const auto room = m_rooms.constFind(roomId);
    if (room == m_rooms.cend()) {
        return std::nullopt;
    }
    const protocol::RoomKind kind = room->kind;
    m_rooms.erase(room);
    return kind;
}

QList<std::pair<QString, bool>> RoomDirectory::takeParticipants(const QString &roomId)
{
    QList<std::pair<QString, bool>> taken;
    for (auto it = m_participants.begin(); it != m_participants.end();) {
        if (it->roomId == roomId) {
            taken.append({it.key(), !it->spectator});
            it = m_participants.erase(it);
        } else {
            ++it;
        }
    }
    return taken;
}

void RoomDirectory::setStatus(const QString &roomId, const QJsonObject &status)
{
    if (const auto room = m_rooms.find(roomId); room != m_rooms.end()) {
        room->status = status;
    }
}

void RoomDirectory::markGuest(const QString &roomId, const QString &address,
                              const QString &connectionId)
{
    const auto found = m_rooms.find(roomId);
    if (found == m_rooms.end()) {
        return; // never a room of its own: only a launched one is marked
    }
    found->guest = true;
    found->guestAddress = address;
    found->guestConnection = connectionId;
    found->guestLastInput.start();
}

void RoomDirectory::noteGuestInput(const QString &roomId)
{
    if (const auto room = m_rooms.find(roomId); room != m_rooms.end() && room->guest) {
        room->guestLastInput.restart();
    }
}

void RoomDirectory::postInput(const QString &roomId, const QString &connectionId, qint64 seq,
                              int seat, engine::Input key) const
{
    // The room is deleted only after the server thread has seen it end (and marked it so here).
    const auto found = m_rooms.constFind(roomId);
    if (found != m_rooms.cend() && !found->ended) {
        found->room->postInput(connectionId, seq, seat, key);
    }
}

void RoomDirectory::seat(const QString &roomId, const QString &connectionId)
{
    if (!m_rooms.contains(roomId)) {
        return; // launch seats its controllers right after add(); a room is never made up here
    }
    Participant participant;
    participant.roomId = roomId;
    participant.pacing.window.start();
    m_participants.insert(connectionId, participant);
}

QStringList RoomDirectory::attach(const QString &roomId, const QString &connectionId, qint64 userId,
                                  protocol::SnapshotEncoding encoding)
{
    QStringList displaced;
    const auto found = m_rooms.find(roomId);
    if (found == m_rooms.end()) {
        return displaced; // the callers check first; a room is never made up here
    }
    Room &room = *found;
    const std::vector<int> seats = seatsOf(room, userId);
    for (int seat : seats) {
        QString &controller = room.controllers[std::size_t(seat)];
        if (!controller.isEmpty() && controller != connectionId) {
            const QString previous = controller;
            controller.clear();
            if (std::find(room.controllers.begin(), room.controllers.end(), previous) ==
                room.controllers.end()) {
                m_participants.remove(previous);
                displaced << previous;
            }
        }
        controller = connectionId;
    }
    room.spectators.remove(connectionId);
    seat(roomId, connectionId);
    invoke(roomId, [connectionId, seats, encoding](MatchRoom &target) {
        target.attach(connectionId, seats, encoding);
    });
    return displaced;
}

std::optional<bool> RoomDirectory::giveUp(const QString &roomId, const QString &connectionId,
                                          qint64 userId)
{
    const auto room = m_rooms.find(roomId);
    if (room == m_rooms.end() || room->ended) {
        return std::nullopt;
    }
    for (QString &controller : room->controllers) {
        if (controller == connectionId) {
            controller.clear();
        }
    }
    for (qint64 &owner : room->seatOwners) {
        if (owner == userId) {
            owner = 0;
        }
    }
    const bool freed = m_userRooms.value(userId) == roomId;
    if (freed) {
        m_userRooms.remove(userId);
    }
    m_participants.remove(connectionId);
    invoke(roomId, [connectionId](MatchRoom &target) { target.leave(connectionId); });
    return freed;
}

void RoomDirectory::detach(const QString &roomId, const QString &connectionId)
{
    m_participants.remove(connectionId);
    const auto room = m_rooms.find(roomId);
    if (room != m_rooms.end()) {
        room->spectators.remove(connectionId);
        for (QString &controller : room->controllers) {
            if (controller == connectionId) {
                controller.clear();
            }
        }
    }
    invoke(roomId, [connectionId](MatchRoom &target) { target.detach(connectionId); });
}

std::vector<qint64> RoomDirectory::forfeit(const QString &roomId, const QList<int> &seats)
{
    std::vector<qint64> freed;
    const auto room = m_rooms.find(roomId);
    if (room == m_rooms.end() || room->ended) {
        return freed;
    }
    for (int seat : seats) {
        const auto index = std::size_t(seat);
        const qint64 owner = room->seatOwners[index];
        room->seatOwners[index] = 0;
        room->controllers[index].clear();
        if (owner != 0 && seatsOf(*room, owner).empty() && m_userRooms.value(owner) == roomId) {
            m_userRooms.remove(owner); // free to play elsewhere; the match goes on without them
            freed.push_back(owner);
        }
    }
    return freed;
}

bool RoomDirectory::watch(const QString &roomId, const QString &connectionId,
                          protocol::SnapshotEncoding encoding)
{
    const auto room = m_rooms.find(roomId);
    if (room == m_rooms.end() || room->ended) {
        return false;
    }
    Participant participant;
    participant.roomId = roomId;
    participant.spectator = true;
    m_participants.insert(connectionId, participant);
    room->spectators.insert(connectionId);
    invoke(roomId, [connectionId, encoding](MatchRoom &target) {
        target.addSpectator(connectionId, encoding);
    });
    return true;
}

QString RoomDirectory::stopWatching(const QString &connectionId)
{
    const auto watching = m_participants.constFind(connectionId);
    if (watching == m_participants.cend() || !watching->spectator) {
        return {};
    }
    const QString watched = watching->roomId;
    m_participants.erase(watching);
    leaveAudience(watched, connectionId);
    return watched;
}

void RoomDirectory::leave(const QString &connectionId)
{
    const auto found = m_participants.constFind(connectionId);
    if (found == m_participants.cend()) {
        return;
    }
    const QString roomId = found->roomId;
    m_participants.erase(found);
    leaveAudience(roomId, connectionId);
}

void RoomDirectory::leaveAudience(const QString &roomId, const QString &connectionId)
{
    if (const auto room = m_rooms.find(roomId); room != m_rooms.end()) {
        room->spectators.remove(connectionId);
    }
    invoke(roomId, [connectionId](MatchRoom &target) { target.removeSpectator(connectionId); });
}

} // namespace transcendence::server
