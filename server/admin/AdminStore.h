#pragma once

#include "auth/AccountStore.h"
#include "core/DomainError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>
#include <variant>

namespace transcendence::server {

// SQL for moderation. Worker threads only. Every change writes its audit-log entry in the same
// transaction: no action without its record.
namespace admin_store {

struct UserPage {
    QJsonArray users;
    qint64 total = 0;
};
// By user name, display name or e-mail (substring, case-insensitive), newest first.
std::variant<UserPage, DomainError> searchUsers(QSqlDatabase &db, const QString &query, int limit,
                                                int offset);

// A user as an admin sees them: account, ban state, uploaded avatar (hasAvatar, avatarUrl),
// active sessions.
std::variant<QJsonObject, DomainError> userDetails(QSqlDatabase &db, qint64 userId);

// Bans (revoking every session; returns their ids so their sockets close) or unbans.
std::variant<QStringList, DomainError> ban(QSqlDatabase &db, qint64 adminId, qint64 userId,
                                           const QString &reason);
std::optional<DomainError> unban(QSqlDatabase &db, qint64 adminId, qint64 userId);

// Changes a role; refuses to leave the platform without an admin (last_admin).
std::optional<DomainError> setRole(QSqlDatabase &db, qint64 adminId, qint64 userId,
                                   const QString &role);

std::variant<QJsonArray, DomainError> auditLog(QSqlDatabase &db, int limit, int offset);

// The live figures the database knows, for every instance at once.
struct StoredFigures {
    qint64 connectedUsers = 0; // users with a WebSocket counted by presence (fresh instance)
    qint64 matchesToday = 0;   // matches recorded since 00:00 UTC
};
std::variant<StoredFigures, DomainError> figures(QSqlDatabase &db, int staleAfterSeconds);

// Removes a user's uploaded avatar (they get the generated one back). 404 when there is none.
std::optional<DomainError> removeAvatar(QSqlDatabase &db, qint64 adminId, qint64 userId);

// Records an action done elsewhere (e.g. an avatar removal) in the caller's transaction.
bool record(QSqlDatabase &db, qint64 adminId, const QString &action, qint64 targetUserId,
            const QJsonObject &details);

// create-admin (the command an operator runs on the server): makes the account an admin,
// creating it when it does not exist (with the password, which must pass the password policy).
// Returns the user and whether it was created.
struct AdminAccount {
    UserRecord user;
    bool created = false;
};
std::variant<AdminAccount, DomainError> ensureAdmin(QSqlDatabase &db, const QString &username,
                                                    const QString &email, const QString &password);

// TRANSCENDENCE_ADMIN_* at start-up: creates the admin with the configured password when no
// account has that name, and never promotes an existing one (anyone may have registered the
// name, e.g. after the real admin erased their account). An existing admin of that name is
// left as it is (created = false); an existing non-admin is admin_name_taken.
std::variant<AdminAccount, DomainError> createAdminIfAbsent(QSqlDatabase &db,
                                                            const QString &username,
                                                            const QString &email,
                                                            const QString &password);

} // namespace admin_store
} // namespace transcendence::server
