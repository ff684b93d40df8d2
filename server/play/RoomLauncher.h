#pragma once

#include "play/MatchRoom.h"

#include <QString>

#include <functional>
#include <vector>

namespace transcendence::server {

// A match to start on this instance: the room's setup and the account owning each seat (0 for
// AI and guest seats of nobody's).
struct NewRoom {
    MatchRoomSetup setup;
    std::vector<qint64> seatOwners;
    bool requested = false; // opened through RoomService::openRoom
};

// What the parts that start matches (the queue, the invitations) need from the play feature:
// whether an account is in a match already, on this instance or (with several instances) on
// another one, and a way to start one. launch() seats the controllers, tells them
// matchStarted and returns the room's id; a controller that is another instance's connection
// (PlayCluster::remoteConnection) plays through the relay.
struct RoomLauncher {
    std::function<bool(qint64 userId)> isPlaying;
    std::function<QString(NewRoom room)> launch;
};

} // namespace transcendence::server
