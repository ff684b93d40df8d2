#include "mail/MailOutbox.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace transcendence::server::mail_outbox {

bool enqueue(QSqlDatabase &db, const MailMessage &message)
{
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO mail_outbox (recipient, subject, text_body, "
                                  "html_body) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(message.recipient);
    insert.addBindValue(message.subject);
    insert.addBindValue(message.text);
    insert.addBindValue(message.html);
    return insert.exec();
}

std::optional<QList<Pending>> claimDue(QSqlDatabase &db, int limit, int claimSeconds)
{
    QSqlQuery claim(db);
    claim.prepare(QStringLiteral(
        "UPDATE mail_outbox o SET claimed_until = now() + make_interval(secs => ?) "
        "WHERE o.id IN (SELECT id FROM mail_outbox WHERE next_attempt_at <= now() "
        "AND (claimed_until IS NULL OR claimed_until < now()) ORDER BY next_attempt_at, id "
        "LIMIT ? FOR UPDATE SKIP LOCKED) "
        "RETURNING o.id, o.attempts, extract(epoch FROM now() - o.created_at)::bigint, "
        "o.recipient, o.subject, o.text_body, o.html_body"));
    claim.addBindValue(claimSeconds);
    claim.addBindValue(limit);
    if (!claim.exec()) {
        return std::nullopt;
    }
    QList<Pending> due;
    while (claim.next()) {
        due.append({claim.value(0).toLongLong(),
                    claim.value(1).toInt(),
                    claim.value(2).toLongLong(),
                    {claim.value(3).toString(), claim.value(4).toString(),
                     claim.value(5).toString(), claim.value(6).toString()}});
    }
    return due;
}

bool markSent(QSqlDatabase &db, qint64 id)
{
    return drop(db, id);
}

bool markFailed(QSqlDatabase &db, qint64 id, const QString &error, int retryInSeconds)
{
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE mail_outbox SET attempts = attempts + 1, claimed_until = NULL, last_error = ?, "
        "next_attempt_at = now() + make_interval(secs => ?) WHERE id = ?"));
    update.addBindValue(error.left(500));
    update.addBindValue(retryInSeconds);
    update.addBindValue(id);
    return update.exec();
}

bool drop(QSqlDatabase &db, qint64 id)
{
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM mail_outbox WHERE id = ?"));
    remove.addBindValue(id);
    return remove.exec();
}

std::optional<qint64> secondsUntilNextDue(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT greatest(0, ceil(extract(epoch FROM min(greatest(next_attempt_at, "
            "coalesce(claimed_until, next_attempt_at))) - now())))::bigint FROM mail_outbox")) ||
        !query.next() || query.value(0).isNull()) {
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

int retryDelaySeconds(int failures, int first)
{
    constexpr int kLongest = 30 * 60;
    const int doublings = std::clamp(failures, 0, 12);
    return std::min(kLongest, std::max(1, first) << doublings);
}

} // namespace transcendence::server::mail_outbox
