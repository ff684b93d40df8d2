#include "auth/PasswordCheck.h"

#include "auth/PasswordHasher.h"
#include "db/DatabaseWorkers.h"
#include "http/ServerBusy.h"

#include <QSqlQuery>
#include <QVariant>

namespace transcendence::server::password_check {

void verify(DatabaseWorkers &workers, QObject *context, const DeferredReplyPtr &reply,
            QByteArray hash, QString password, std::function<void(bool matches)> done)
{
    const bool queued = workers.cpu().tryRun<bool>(
        context,
        [hash = std::move(hash), password = std::move(password)] {
            return !hash.isEmpty() && PasswordHasher::verify(hash, password);
        },
        std::move(done));
    if (!queued) {
        reply->send(serverBusyResponse());
    }
}

void verifyAndHash(DatabaseWorkers &workers, QObject *context, const DeferredReplyPtr &reply,
                   QByteArray hash, QString password, QString newPassword,
                   std::function<void(const NewPassword &result)> done)
{
    const bool queued = workers.cpu().tryRun<NewPassword>(
        context,
        [hash = std::move(hash), password = std::move(password),
         newPassword = std::move(newPassword)] {
            NewPassword result;
            result.matches = hash.isEmpty() || PasswordHasher::verify(hash, password);
            if (result.matches) {
                result.hash = PasswordHasher::hash(newPassword);
            }
            return result;
        },
        [done = std::move(done)](NewPassword result) { done(result); });
    if (!queued) {
        reply->send(serverBusyResponse());
    }
}

std::optional<bool> unchanged(QSqlDatabase &db, qint64 userId, const QByteArray &hash)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT password_hash FROM users WHERE id = ? FOR UPDATE"));
    query.addBindValue(userId);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return query.value(0).toString().toLatin1() == hash;
}

} // namespace transcendence::server::password_check
