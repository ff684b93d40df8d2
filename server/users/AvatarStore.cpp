#include "users/AvatarStore.h"

#include "auth/AccountStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace transcendence::server::avatar_store {

std::variant<QByteArray, DomainError> save(QSqlDatabase &db, qint64 userId,
                                           const avatar::ProcessedAvatar &avatar)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO avatars (user_id, png, etag) VALUES (?, ?, ?) ON CONFLICT (user_id) "
        "DO UPDATE SET png = EXCLUDED.png, etag = EXCLUDED.etag, updated_at = now()"));
    query.addBindValue(userId);
    query.addBindValue(avatar.png);
    query.addBindValue(QString::fromLatin1(avatar.etag));
    if (!query.exec()) {
        return DomainError::unavailable();
    }
    return avatar.etag;
}

std::variant<bool, DomainError> remove(QSqlDatabase &db, qint64 userId)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM avatars WHERE user_id = ?"));
    query.addBindValue(userId);
    if (!query.exec()) {
        return DomainError::unavailable();
    }
    return query.numRowsAffected() > 0;
}

std::variant<std::optional<QByteArray>, DomainError> currentEtag(QSqlDatabase &db, qint64 userId)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT coalesce(a.etag, '') FROM users u "
                                 "LEFT JOIN avatars a ON a.user_id = u.id WHERE u.id = ?"));
    query.addBindValue(userId);
    if (!query.exec()) {
        return DomainError::unavailable();
    }
    if (!query.next()) {
        return std::optional<QByteArray>();
    }
    return std::optional<QByteArray>(query.value(0).toString().toLatin1());
}

std::variant<StoredAvatar, DomainError> load(QSqlDatabase &db, qint64 userId)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT png, etag FROM avatars WHERE user_id = ?"));
    query.addBindValue(userId);
    if (!query.exec()) {
        return DomainError::unavailable();
    }
    if (!query.next()) {
        return StoredAvatar{};
    }
    return StoredAvatar{query.value(0).toByteArray(), query.value(1).toString().toLatin1()};
}

QByteArray versionOf(const QByteArray &etag)
{
    // The tag is the quoted hex SHA-256: 64 bits of it tell versions apart.
    return etag.mid(1, 16);
}

QString urlFor(qint64 userId, const QByteArray &etag)
{
    const QString url = QStringLiteral("/api/users/%1/avatar").arg(userId);
    if (etag.isEmpty()) {
        return url;
    }
    return url + QStringLiteral("?v=") + QString::fromLatin1(versionOf(etag));
}

} // namespace transcendence::server::avatar_store
