#include "privacy/PrivacyStore.h"

#include "mail/MailOutbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlQuery>

namespace transcendence::server::privacy_store {
namespace {

// Columns never exported: they are secrets (or hashes of secrets), not information about you.
const QStringList kSecretColumns{QStringLiteral("password_hash"),
                                 QStringLiteral("totp_secret"),
                                 QStringLiteral("totp_pending_secret"),
                                 QStringLiteral("token_hash"),
                                 QStringLiteral("code_hash"),
                                 QStringLiteral("challenge_hash"),
                                 QStringLiteral("ticket_hash"),
                                 QStringLiteral("email_code_hash"),
                                 QStringLiteral("email_2fa_pending_hash")};

struct ForeignKey {
    QString table;
    QString column;
};

// Single-column foreign keys to users(id), from the catalog.
std::optional<QList<ForeignKey>> foreignKeysToUsers(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT c.conrelid::regclass::text, a.attname FROM pg_constraint c "
            "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
            "WHERE c.contype = 'f' AND c.confrelid = 'users'::regclass "
            "AND cardinality(c.conkey) = 1 ORDER BY 1, 2"))) {
        return std::nullopt;
    }
    QList<ForeignKey> keys;
    while (query.next()) {
        keys.append({query.value(0).toString(), query.value(1).toString()});
    }
    return keys;
}

QString secretColumnsArray()
{
    return QStringLiteral("ARRAY['") + kSecretColumns.join(QStringLiteral("','")) +
           QStringLiteral("']::text[]");
}

// Rows of one table as JSON (identifiers from the catalog, quoted by the driver; the user id
// bound).
std::optional<QJsonArray> rowsOf(QSqlDatabase &db, const ForeignKey &key, qint64 userId)
{
    const QSqlDriver *driver = db.driver();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT coalesce(jsonb_agg(to_jsonb(t) - %1), '[]'::jsonb)::text "
                                 "FROM %2 t WHERE %3 = ?")
                      .arg(secretColumnsArray(),
                           driver->escapeIdentifier(key.table, QSqlDriver::TableName),
                           driver->escapeIdentifier(key.column, QSqlDriver::FieldName)));
    query.addBindValue(userId);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).array();
}

// Mail still waiting for the relay is dropped (links to an account that is gone); only the
// farewell stays, until the relay takes it (docs/security.md, "E-mail").
bool sayFarewell(QSqlDatabase &db, const std::optional<MailMessage> &farewell)
{
    if (!farewell) {
        return true;
    }
    QSqlQuery drop(db);
    drop.prepare(QStringLiteral("DELETE FROM mail_outbox WHERE lower(recipient) = lower(?)"));
    drop.addBindValue(farewell->recipient);
    return drop.exec() && mail_outbox::enqueue(db, *farewell);
}

bool exec(QSqlDatabase &db, const QString &sql, qint64 userId)
{
    QSqlQuery query(db);
    query.prepare(sql);
    const int placeholders = int(sql.count(QLatin1Char('?')));
    for (int i = 0; i < placeholders; ++i) {
        query.addBindValue(userId);
    }
    return query.exec();
}

// Tournaments (sql/0009_tournaments.sql): entries in tournaments that have not started are
// withdrawn, and open tournaments the user owns are cancelled (nobody could start them); local
// tournaments are the owner's own notes (aliases they typed) and go with them. Entries in
// running or finished brackets stay, without a name, so the other players' results stand.
bool forgetTournaments(QSqlDatabase &db, qint64 userId)
{
    return exec(db,
                QStringLiteral("DELETE FROM tournament_entries e USING tournaments t WHERE "
                               "e.tournament_id = t.id AND t.status = 'open' AND e.user_id = ?"),
                userId) &&
           exec(db,
                QStringLiteral("UPDATE tournaments SET status = 'cancelled', finished_at = now() "
                               "WHERE owner_id = ? AND status = 'open'"),
                userId) &&
           exec(db, QStringLiteral("DELETE FROM tournaments WHERE owner_id = ? AND kind = 'local'"),
                userId) &&
           exec(db, QStringLiteral("UPDATE tournament_entries SET label = NULL WHERE user_id = ?"),
                userId);
}

} // namespace

QStringList liveSessions(QSqlDatabase &db, qint64 userId)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT id FROM auth_sessions WHERE user_id = ? AND revoked_at IS NULL"));
    query.addBindValue(userId);
    QStringList ids;
    if (query.exec()) {
        while (query.next()) {
            ids << query.value(0).toString();
        }
    }
    return ids;
}

std::variant<QJsonObject, DomainError> exportData(QSqlDatabase &db, qint64 userId)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    const auto keys = foreignKeysToUsers(db);
    if (!keys) {
        return DomainError::unavailable();
    }
    QJsonObject tables;
    const auto account = rowsOf(db, {QStringLiteral("users"), QStringLiteral("id")}, userId);
    if (!account) {
        return DomainError::unavailable();
    }
    tables.insert(QStringLiteral("users"), *account);
    for (const ForeignKey &key : *keys) {
        if (key.table == QLatin1String("blocks") && key.column == QLatin1String("blocked_id")) {
            continue; // who blocked you is their decision, not your data
        }
        const auto rows = rowsOf(db, key, userId);
        if (!rows) {
            return DomainError::unavailable();
        }
        QJsonArray merged = tables.value(key.table).toArray();
        for (const QJsonValue &row : *rows) {
            if (!merged.contains(
                    row)) { // a row may refer to the user twice (e.g. an admin's own ban)
                merged.append(row);
            }
        }
        tables.insert(key.table, merged);
    }
    // The matches the user played in (their seats are in match_players).
    QSqlQuery matches(db);
    matches.prepare(
        QStringLiteral("SELECT coalesce(jsonb_agg(to_jsonb(m)), '[]'::jsonb)::text FROM matches m "
                       "WHERE m.id IN (SELECT match_id FROM match_players WHERE user_id = ?)"));
    matches.addBindValue(userId);
    if (!matches.exec() || !matches.next()) {
        return DomainError::unavailable();
    }
    tables.insert(QStringLiteral("matches"),
                  QJsonDocument::fromJson(matches.value(0).toString().toUtf8()).array());
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("transcendence-export/1")},
        {QStringLiteral("exportedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("userId"), userId},
        {QStringLiteral("note"),
         QStringLiteral("Every row the platform keeps about you, by table. Binary "
                        "columns (avatar image, match input logs) are hex.")},
        {QStringLiteral("tables"), tables}};
}

namespace {

// Refuses (409 last_admin) when the user is the platform's only admin: erasing or anonymizing
// that account would leave nobody to moderate. Locks every admin row first, as
// admin_store::setRole does, so a demotion racing with this cannot leave none either.
std::optional<DomainError> refuseLastAdmin(QSqlDatabase &db, qint64 userId)
{
    QSqlQuery admins(db);
    if (!admins.exec(QStringLiteral("SELECT id FROM users WHERE role = 'admin' FOR UPDATE"))) {
        return DomainError::unavailable();
    }
    QList<qint64> adminIds;
    while (admins.next()) {
        adminIds << admins.value(0).toLongLong();
    }
    if (adminIds == QList<qint64>{userId}) {
        return DomainError{QStringLiteral("last_admin"),
                           QStringLiteral("you are the only admin: make someone else admin first"),
                           {}};
    }
    return std::nullopt;
}

} // namespace

std::variant<QStringList, DomainError> anonymize(QSqlDatabase &db, qint64 userId,
                                                 const std::optional<MailMessage> &farewell)
{
    if (!db.isOpen() || !db.transaction()) {
        return DomainError::unavailable();
    }
    if (auto refused = refuseLastAdmin(db, userId)) {
        db.rollback();
        return *refused;
    }
    const QStringList sessions = liveSessions(db, userId);
    // A name no one can sign in with or mistake for a person: unique through the id.
    const QString name = QStringLiteral("anonymous_%1").arg(userId);
    QSqlQuery user(db);
    user.prepare(QStringLiteral(
        "UPDATE users SET username = ?, email = NULL, display_name = ?, display_name_key = ?, "
        "display_name_skeleton = NULL, "
        "bio = '', language = 'en', password_hash = NULL, totp_secret = NULL, "
        "totp_pending_secret = NULL, totp_enabled_at = NULL, totp_last_step = -1, "
        "email_verified_at = NULL, email_2fa_enabled_at = NULL, email_2fa_pending_hash = NULL, "
        "email_2fa_pending_until = NULL WHERE id = ?"));
    user.addBindValue(name.left(20));
    user.addBindValue(QStringLiteral("Anonymous %1").arg(userId).left(20));
    user.addBindValue(QStringLiteral("anonymous %1").arg(userId));
    user.addBindValue(userId);
    const bool ok =
        user.exec() && user.numRowsAffected() == 1 &&
        exec(db, QStringLiteral("DELETE FROM auth_sessions WHERE user_id = ?"), userId) &&
        exec(db, QStringLiteral("DELETE FROM avatars WHERE user_id = ?"), userId) &&
        exec(db, QStringLiteral("DELETE FROM oauth_identities WHERE user_id = ?"), userId) &&
        exec(db, QStringLiteral("DELETE FROM two_factor_recovery_codes WHERE user_id = ?"),
             userId) &&
        exec(db, QStringLiteral("DELETE FROM login_challenges WHERE user_id = ?"), userId) &&
        exec(db, QStringLiteral("DELETE FROM second_factor_failures WHERE user_id = ?"), userId) &&
        exec(db, QStringLiteral("DELETE FROM oauth_pending_flows WHERE link_user_id = ?"),
             userId) &&
        exec(db, QStringLiteral("DELETE FROM oauth_app_codes WHERE user_id = ?"), userId) &&
        exec(db, QStringLiteral("DELETE FROM account_tokens WHERE user_id = ?"), userId) &&
        exec(db,
             QStringLiteral("DELETE FROM friendships WHERE requester_id = ? OR addressee_id = ?"),
             userId) &&
        exec(db, QStringLiteral("DELETE FROM blocks WHERE blocker_id = ? OR blocked_id = ?"),
             userId) &&
        exec(db, QStringLiteral("DELETE FROM presence_connections WHERE user_id = ?"), userId) &&
        exec(db, QStringLiteral("UPDATE match_players SET label = '' WHERE user_id = ?"), userId) &&
        forgetTournaments(db, userId) && sayFarewell(db, farewell);
    if (!ok || !db.commit()) {
        db.rollback();
        return DomainError::unavailable();
    }
    return sessions;
}

std::variant<QStringList, DomainError> erase(QSqlDatabase &db, qint64 userId,
                                             const std::optional<MailMessage> &farewell)
{
    if (!db.isOpen() || !db.transaction()) {
        return DomainError::unavailable();
    }
    if (auto refused = refuseLastAdmin(db, userId)) {
        db.rollback();
        return *refused;
    }
    const QStringList sessions = liveSessions(db, userId);
    // Foreign keys do the rest: CASCADE for the user's own rows, SET NULL (with the shown name
    // blanked by a trigger) for match seats, tournament entries and audit-log references.
    // Chat messages stay in the others' histories, without their text, unless an open report
    // holds one for the moderators (docs/chat.md; resources/legal/privacy.en.html).
    if (!forgetTournaments(db, userId) ||
        !exec(db,
              QStringLiteral("UPDATE chat_messages m SET body = '', payload = NULL, removed = "
                             "'deleted_account', removed_at = now() WHERE m.sender_id = ? AND "
                             "m.removed IS NULL AND NOT EXISTS (SELECT 1 FROM chat_reports r "
                             "WHERE r.message_id = m.id AND r.status = 'open')"),
              userId) ||
        !exec(db, QStringLiteral("DELETE FROM users WHERE id = ?"), userId) ||
        !sayFarewell(db, farewell) || !db.commit()) {
        db.rollback();
        return DomainError::unavailable();
    }
    return sessions;
}

} // namespace transcendence::server::privacy_store
