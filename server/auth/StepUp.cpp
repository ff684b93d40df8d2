#include "auth/StepUp.h"

#include <QSqlQuery>

namespace transcendence::server::step_up {

DomainError required()
{
    return {QStringLiteral("reauthentication_required"),
            QStringLiteral("confirm it is you: your password, a code from your authenticator app "
                           "or a recovery code (or sign in again) within the last 10 minutes"),
            {}};
}

std::optional<DomainError> requireRecent(QSqlDatabase &db, const QString &sessionId)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT proven_at > now() - make_interval(secs => ?) FROM "
                                 "auth_sessions WHERE id = ? AND revoked_at IS NULL"));
    query.addBindValue(kWindowSeconds);
    query.addBindValue(sessionId);
    if (!query.exec()) {
        return DomainError::unavailable();
    }
    if (!query.next() || !query.value(0).toBool()) {
        return required();
    }
    return std::nullopt;
}

bool markProven(QSqlDatabase &db, const QString &sessionId)
{
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE auth_sessions SET proven_at = now() WHERE id = ?"));
    update.addBindValue(sessionId);
    return update.exec();
}

} // namespace transcendence::server::step_up
