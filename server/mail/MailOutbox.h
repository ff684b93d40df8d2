#pragma once

#include "mail/MailMessage.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace transcendence::server {

// SQL on mail_outbox (sql/0019_mail.sql). enqueue() runs inside the caller's transaction, so a
// mail is written together with what it announces; the rest is the sender's.
namespace mail_outbox {

bool enqueue(QSqlDatabase &db, const MailMessage &message);

struct Pending {
    qint64 id = 0;
    int attempts = 0; // before this one
    qint64 ageSeconds = 0;
    MailMessage message;
};

// Claims up to limit due rows for claimSeconds (other senders leave them alone meanwhile).
// nullopt when the database cannot be reached.
std::optional<QList<Pending>> claimDue(QSqlDatabase &db, int limit, int claimSeconds);
bool markSent(QSqlDatabase &db, qint64 id); // deletes the row
bool markFailed(QSqlDatabase &db, qint64 id, const QString &error, int retryInSeconds);
bool drop(QSqlDatabase &db, qint64 id); // given up (too old): deleted, the log says so
// Seconds until the next row is due (0: now), or nullopt when the outbox is empty or
// unreachable.
std::optional<qint64> secondsUntilNextDue(QSqlDatabase &db);

// The wait before attempt n+1 after n failures: first, then doubling (15 s, 30 s, 1 min, ...
// by default), capped at 30 min.
int retryDelaySeconds(int failures, int first = 15);
// A mail still failing after this long is given up (the relay has been down for three days).
inline constexpr qint64 kGiveUpAfterSeconds = 3 * 86400;

} // namespace mail_outbox
} // namespace transcendence::server
