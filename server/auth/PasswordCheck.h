#pragma once

#include "http/DeferredReply.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace transcendence::server {

class DatabaseWorkers;

// A signed-in person confirming their password (step-up, e-mail or password change, two-factor
// off, account removal). Argon2id runs on the CPU pool like sign-in's, never on a SQL worker, so
// a few confirmations cannot hold the connections reads need: the hash is read in one SQL job,
// verified here, and what the proof allows is written in a second SQL job that first checks, row
// locked, that the hash it verified is still the account's (a password changed in between is a
// wrong password).
namespace password_check {

// Verifies password against hash on the CPU pool, then done(matches) on context's thread. When
// the pool's queue is full, reply gets 503 + Retry-After at once and done is never called.
void verify(DatabaseWorkers &workers, QObject *context, const DeferredReplyPtr &reply,
            QByteArray hash, QString password, std::function<void(bool matches)> done);

// A password change: verifies password against hash (an empty hash, an account without a
// password yet, needs no proof here) and, when it matches, hashes newPassword in the same job.
struct NewPassword {
    bool matches = false;
    QByteArray hash; // empty when it did not match, or hashing failed
};
void verifyAndHash(DatabaseWorkers &workers, QObject *context, const DeferredReplyPtr &reply,
                   QByteArray hash, QString password, QString newPassword,
                   std::function<void(const NewPassword &result)> done);

// In the writing transaction: locks the user's row and tells whether its password hash is still
// hash (empty: still none). nullopt when the query failed.
std::optional<bool> unchanged(QSqlDatabase &db, qint64 userId, const QByteArray &hash);

} // namespace password_check
} // namespace transcendence::server
