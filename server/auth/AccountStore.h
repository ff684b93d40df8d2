#pragma once

#include "core/DomainError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <variant>

namespace transcendence::server {

struct UserRecord {
    qint64 id = 0;
    QString username;
    QString email;
    QString displayName;
    QString role;
    QString bio;
    QString language;
    QDateTime createdAt;
    bool banned = false;
    bool hasPassword = false;
    bool twoFactorEnabled = false;      // TOTP (an authenticator app)
    bool emailVerified = false;         // the current address was proven (sql/0019_mail.sql)
    bool emailTwoFactorEnabled = false; // codes by e-mail as the second factor instead

    // Whether a sign-in ends on a challenge for a second factor (TOTP or an e-mailed code).
    bool needsSecondFactor() const { return twoFactorEnabled || emailTwoFactorEnabled; }

    QJsonObject toPrivateJson() const; // what the user sees of themselves
};

struct NewAccount {
    QString username;
    QString email;
    QString displayName;    // normalized
    QString displayNameKey; // account_rules::displayNameKey
    QByteArray passwordHash;
    bool emailVerified = false; // a provider vouched for the address
};

// SQL on the users table. Worker threads only (see DatabaseWorkers); every query is prepared
// with bound values.
namespace account_store {

// conflict naming the taken fields (username, email, displayName) when one is in use.
std::variant<UserRecord, DomainError> create(QSqlDatabase &db, const NewAccount &account);

struct LoginCandidate {
    UserRecord user;
    QByteArray passwordHash;
    bool emailVerified = false; // a provider vouched for the address
};
// By user name or e-mail address (case-insensitive). nullopt: no such account.
std::variant<std::optional<LoginCandidate>, DomainError> findForLogin(QSqlDatabase &db,
                                                                      const QString &login);

// not_found for an unknown user.
std::variant<UserRecord, DomainError> byId(QSqlDatabase &db, qint64 userId);
// The account's Argon2id PHC string; empty when it has no password (created with a provider).
std::variant<QByteArray, DomainError> passwordHash(QSqlDatabase &db, qint64 userId);

// The kUserColumns columns of the current row, starting at column firstColumn.
UserRecord fromQuery(const class QSqlQuery &query, int firstColumn = 0);
extern const char *const kUserColumns;
inline constexpr int kUserColumnCount = 13; // columns after them start at this index

} // namespace account_store
} // namespace transcendence::server
