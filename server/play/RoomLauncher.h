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

    // The account at the next seat, played from controller (empty: missing until it enters);
    // binary: the controller is another instance's connection that takes binary snapshots (a
    // connection of this instance says so itself, in its hello).
    void addPlayer(qint64 userId, const QString &label, const QString &controller,
                   bool binary = false)
    {
        setup.seats.push_back(MatchSeat{int(setup.seats.size()), SeatKind::User, userId, label});
        setup.controllers.push_back(controller);
        seatOwners.push_back(userId);
        if (binary && !controller.isEmpty()) {
            setup.binaryControllers << controller;
        }
    }
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
