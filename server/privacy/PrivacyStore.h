#pragma once

#include "core/DomainError.h"
#include "mail/MailMessage.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>
#include <variant>

namespace transcendence::server {

// GDPR: a user's data out (export), or away (anonymize, erase). Worker threads only.
namespace privacy_store {

// Every row of every table that refers to the user (found through the foreign keys to users,
// so a new table is covered the day it is added), minus secrets (password and token hashes,
// TOTP secrets). Blocks others made against the user are theirs and left out.
std::variant<QJsonObject, DomainError> exportData(QSqlDatabase &db, qint64 userId);

// Replaces everything personal (names, e-mail, bio, avatar, password, 2FA, provider links,
// friends, blocks, sessions) and keeps the account row so match results stay, as an anonymous
// player who can no longer sign in. Returns the sessions ended, to close their sockets.
std::variant<QStringList, DomainError> anonymize(QSqlDatabase &db, qint64 userId,
                                                 const std::optional<MailMessage> &farewell = {});

// Deletes the account and everything that refers to it; matches keep a seat with no name.
std::variant<QStringList, DomainError> erase(QSqlDatabase &db, qint64 userId,
                                             const std::optional<MailMessage> &farewell = {});

// The sessions of the user still live (their sockets must close after anonymize/erase).
QStringList liveSessions(QSqlDatabase &db, qint64 userId);

} // namespace privacy_store
} // namespace transcendence::server
