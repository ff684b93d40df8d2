#include "account/AccountTokenStore.h"

#include "auth/SessionStore.h"

#include <QSqlQuery>
#include <QVariant>

namespace transcendence::server::account_tokens {

QByteArray issue(QSqlDatabase &db, qint64 userId, const QString &purpose, const QString &email,
                 int lifetimeSeconds)
{
    QSqlQuery retire(db);
    retire.prepare(QStringLiteral(
        "DELETE FROM account_tokens WHERE user_id = ? AND purpose = ? AND used_at IS NULL"));
    retire.addBindValue(userId);
    retire.addBindValue(purpose);
    if (!retire.exec()) {
        return {};
    }
    const QByteArray token = session_store::newSecretToken();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO account_tokens (token_hash, user_id, purpose, email, expires_at) "
        "VALUES (?, ?, ?, ?, now() + make_interval(secs => ?))"));
    insert.addBindValue(session_store::tokenHash(token));
    insert.addBindValue(userId);
    insert.addBindValue(purpose);
    insert.addBindValue(email.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                        : QVariant(email));
    insert.addBindValue(lifetimeSeconds);
    return insert.exec() ? token : QByteArray();
}

Lookup redeem(QSqlDatabase &db, const QByteArray &token, const QStringList &purposes, Redeemed *out)
{
    QSqlQuery use(db);
    use.prepare(QStringLiteral(
        "UPDATE account_tokens SET used_at = now() WHERE token_hash = ? AND used_at IS NULL "
        "AND expires_at > now() AND purpose = ANY (string_to_array(?, ',')) "
        "RETURNING user_id, purpose, coalesce(email::text, '')"));
    use.addBindValue(session_store::tokenHash(token));
    use.addBindValue(purposes.join(QLatin1Char(',')));
    if (!use.exec()) {
        return Lookup::DatabaseError;
    }
    if (!use.next()) {
        return Lookup::Invalid;
    }
    *out = {use.value(0).toLongLong(), use.value(1).toString(), use.value(2).toString()};
    return Lookup::Found;
}

} // namespace transcendence::server::account_tokens
