#pragma once

#include "core/DomainError.h"

#include <QSqlDatabase>
#include <QString>

#include <variant>

namespace transcendence::server::play_store {

// The little SQL real-time play needs before a match (results go through match_store).
// Worker threads only (DatabaseWorkers::run); every query is prepared with bound values.

// The account's Elo rating (users.rating); 404 not_found when it is gone.
std::variant<int, DomainError> rating(QSqlDatabase &db, qint64 userId);

struct InviteCheck {
    QString inviteeName; // the invitee's display name
    bool friends = false;
    bool talking = false; // a direct conversation between them (chat)
    bool blocked = false; // either way
    bool banned = false;  // the invitee's account
    bool online = false;  // connected to any instance (presence), filled in by the caller
};
// What inviting `inviteeId` needs to know; 404 not_found when the invitee does not exist.
std::variant<InviteCheck, DomainError> inviteCheck(QSqlDatabase &db, qint64 inviterId,
                                                   qint64 inviteeId);

} // namespace transcendence::server::play_store
