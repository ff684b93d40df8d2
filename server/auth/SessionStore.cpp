#include "auth/SessionStore.h"

#include "db/PreparedStatements.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace transcendence::server::session_store {
namespace {

// Refusals the caller must sign in again after (401 over HTTP).
DomainError unauthorized(const QString &code, const QString &message)
{
    return {code, message, {}};
}

DomainError banned() // 403
{
    return {QStringLiteral("account_banned"), QStringLiteral("this account is banned"), {}};
}

bool insertRefreshToken(QSqlDatabase &db, const QString &sessionId, const QByteArray &token)
{
    QSqlQuery &insert = prepared_statements::get(
        db, QStringLiteral("INSERT INTO refresh_tokens (token_hash, session_id) VALUES (?, ?)"));
    insert.addBindValue(tokenHash(token));
    insert.addBindValue(sessionId);
    return insert.exec();
}

// Whether a spent token's answer may have been lost rather than its value copied: it was spent
// less than kLostAnswerGraceSeconds ago and no token of its session has been spent since (the
// client never renewed with what that answer carried).
const QString kLostAnswerColumn =
    QStringLiteral("(t.used_at > now() - make_interval(secs => %1) AND NOT EXISTS (SELECT 1 FROM "
                   "refresh_tokens later WHERE later.session_id = t.session_id AND later.used_at > "
                   "t.used_at))")
        .arg(kLostAnswerGraceSeconds);

} // namespace

QByteArray newSecretToken()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray tokenHash(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

std::variant<IssuedSession, DomainError> openWithin(QSqlDatabase &db, const UserRecord &user,
                                                    const SessionOrigin &origin)
{
    QSqlQuery &insert = prepared_statements::get(
        db,
        QStringLiteral(
            "INSERT INTO auth_sessions (user_id, client_kind, user_agent, ip_address, expires_at) "
            "VALUES (?, ?, ?, ?, now() + make_interval(days => ?)) RETURNING id"));
    insert.addBindValue(user.id);
    insert.addBindValue(origin.clientKind);
    // A client that sends no User-Agent gets an empty one, not NULL (the column is NOT NULL).
    insert.addBindValue(origin.userAgent.isNull() ? QStringLiteral("")
                                                  : origin.userAgent.left(300));
    insert.addBindValue(origin.ipAddress);
    insert.addBindValue(kSessionLifetimeDays);
    IssuedSession issued{user, {}, newSecretToken()};
    if (!insert.exec() || !insert.next()) {
        return DomainError::unavailable();
    }
    issued.sessionId = insert.value(0).toString();
    if (!insertRefreshToken(db, issued.sessionId, issued.refreshToken)) {
        return DomainError::unavailable();
    }
    return issued;
}

std::variant<IssuedSession, DomainError> open(QSqlDatabase &db, const UserRecord &user,
                                              const SessionOrigin &origin)
{
    if (!db.isOpen() || !db.transaction()) {
        return DomainError::unavailable();
    }
    auto issued = openWithin(db, user, origin);
    if (std::holds_alternative<DomainError>(issued) || !db.commit()) {
        db.rollback();
        return DomainError::unavailable();
    }
    return issued;
}

std::variant<IssuedSession, RotationRefused> rotate(QSqlDatabase &db,
                                                    const QByteArray &refreshToken)
{
    if (!db.isOpen() || !db.transaction()) {
        return RotationRefused{DomainError::unavailable(), {}};
    }
    // The row lock serializes two refreshes racing with the same token: one wins, one is reuse.
    QSqlQuery &find = prepared_statements::get(
        db, QStringLiteral("SELECT t.used_at IS NOT NULL, s.id, s.revoked_at IS NOT NULL, "
                           "s.expires_at < now(), ") +
                kLostAnswerColumn + QStringLiteral(", ") +
                QLatin1String(account_store::kUserColumns) +
                QStringLiteral(
                    " FROM refresh_tokens t JOIN auth_sessions s ON s.id = t.session_id "
                    "JOIN users u ON u.id = s.user_id WHERE t.token_hash = ? FOR UPDATE OF t, s"));
    find.addBindValue(tokenHash(refreshToken));
    if (!find.exec()) {
        db.rollback();
        return RotationRefused{DomainError::unavailable(), {}};
    }
    if (!find.next()) {
        db.rollback();
        return RotationRefused{
            unauthorized(QStringLiteral("invalid_refresh_token"), QStringLiteral("sign in again")),
            {}};
    }
    const bool reused = find.value(0).toBool();
    const QString sessionId = find.value(1).toString();
    const bool revoked = find.value(2).toBool();
    const bool expired = find.value(3).toBool();
    const bool lostAnswer = find.value(4).toBool();
    IssuedSession issued;
    issued.user = account_store::fromQuery(find, 5);
    issued.sessionId = sessionId;

    if (reused && lostAnswer && !revoked && !expired && !issued.user.banned) {
        // The answer to the first use never reached the client (a page left while its renewal
        // was in flight, a dropped connection, two tabs renewing at once): nothing in the
        // session has been renewed since, so the client still holds this token. It gets a
        // fresh one beside the one it lost; the first renewal after it closes this window.
        QSqlQuery &extend = prepared_statements::get(
            db, QStringLiteral("UPDATE auth_sessions SET last_seen_at = now(), "
                               "expires_at = now() + make_interval(days => ?) WHERE id = ?"));
        extend.addBindValue(kSessionLifetimeDays);
        extend.addBindValue(sessionId);
        issued.refreshToken = newSecretToken();
        if (!extend.exec() || !insertRefreshToken(db, sessionId, issued.refreshToken) ||
            !db.commit()) {
            db.rollback();
            return RotationRefused{DomainError::unavailable(), {}};
        }
        return issued;
    }
    if (reused && !revoked) {
        QSqlQuery &revoke = prepared_statements::get(
            db, QStringLiteral("UPDATE auth_sessions SET revoked_at = now(), revoked_reason = "
                               "'refresh_token_reused' "
                               "WHERE id = ?"));
        revoke.addBindValue(sessionId);
        if (!revoke.exec() || !db.commit()) {
            db.rollback();
            return RotationRefused{DomainError::unavailable(), {}};
        }
        return RotationRefused{
            unauthorized(QStringLiteral("refresh_token_reused"),
                         QStringLiteral("this sign-in was ended because its token was used twice; "
                                        "sign in again")),
            sessionId};
    }
    if (reused || revoked || expired) {
        db.rollback();
        return RotationRefused{
            unauthorized(QStringLiteral("invalid_refresh_token"), QStringLiteral("sign in again")),
            {}};
    }
    if (issued.user.banned) {
        db.rollback();
        return RotationRefused{banned(), {}};
    }
    QSqlQuery &spend = prepared_statements::get(
        db, QStringLiteral("UPDATE refresh_tokens SET used_at = now() WHERE token_hash = ?"));
    spend.addBindValue(tokenHash(refreshToken));
    QSqlQuery &extend = prepared_statements::get(
        db, QStringLiteral("UPDATE auth_sessions SET last_seen_at = now(), "
                           "expires_at = now() + make_interval(days => ?) WHERE id = ?"));
    extend.addBindValue(kSessionLifetimeDays);
    extend.addBindValue(sessionId);
    issued.refreshToken = newSecretToken();
    if (!spend.exec() || !extend.exec() ||
        !insertRefreshToken(db, sessionId, issued.refreshToken) || !db.commit()) {
        db.rollback();
        return RotationRefused{DomainError::unavailable(), {}};
    }
    return issued;
}

std::variant<LiveSession, DomainError> requireLiveSession(QSqlDatabase &db, qint64 userId,
                                                          const QString &sessionId)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    // One statement for both questions (is the sign-in live, who is the user), kept prepared.
    QSqlQuery &query = prepared_statements::get(
        db,
        QStringLiteral("SELECT ") + QLatin1String(account_store::kUserColumns) +
            QStringLiteral(", s.expires_at FROM auth_sessions s JOIN users u ON u.id = s.user_id "
                           "WHERE s.id = ? AND s.user_id = ? AND s.revoked_at IS NULL AND "
                           "s.expires_at > now()"));
    query.addBindValue(sessionId);
    query.addBindValue(userId);
    if (!query.exec()) {
        return DomainError::unavailable();
    }
    if (!query.next()) {
        return unauthorized(QStringLiteral("session_revoked"),
                            QStringLiteral("this sign-in has ended; sign in again"));
    }
    LiveSession live{account_store::fromQuery(query),
                     query.value(account_store::kUserColumnCount).toDateTime()};
    if (live.user.banned) {
        return banned();
    }
    return live;
}

std::variant<UserRecord, DomainError> requireLive(QSqlDatabase &db, qint64 userId,
                                                  const QString &sessionId)
{
    auto live = requireLiveSession(db, userId, sessionId);
    if (const auto *error = std::get_if<DomainError>(&live)) {
        return *error;
    }
    return std::get<LiveSession>(std::move(live)).user;
}

std::variant<bool, DomainError> revoke(QSqlDatabase &db, qint64 userId, const QString &sessionId,
                                       const QString &reason)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery &query = prepared_statements::get(
        db, QStringLiteral("UPDATE auth_sessions SET revoked_at = now(), revoked_reason = ? "
                           "WHERE id = ? AND user_id = ? AND revoked_at IS NULL"));
    query.addBindValue(reason);
    query.addBindValue(sessionId);
    query.addBindValue(userId);
    if (!query.exec()) {
        // A malformed uuid is "not yours", not an outage.
        return query.lastError().nativeErrorCode() == QLatin1String("22P02")
                   ? std::variant<bool, DomainError>(false)
                   : std::variant<bool, DomainError>(DomainError::unavailable());
    }
    return query.numRowsAffected() == 1;
}

std::variant<QStringList, DomainError> revokeAll(QSqlDatabase &db, qint64 userId,
                                                 const QString &reason)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery &query = prepared_statements::get(
        db, QStringLiteral("UPDATE auth_sessions SET revoked_at = now(), revoked_reason = ? "
                           "WHERE user_id = ? AND revoked_at IS NULL RETURNING id"));
    query.addBindValue(reason);
    query.addBindValue(userId);
    if (!query.exec()) {
        return DomainError::unavailable();
    }
    QStringList ids;
    while (query.next()) {
        ids << query.value(0).toString();
    }
    return ids;
}

std::variant<QJsonArray, DomainError> list(QSqlDatabase &db, qint64 userId,
                                           const QString &currentSessionId)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery &query = prepared_statements::get(
        db,
        QStringLiteral(
            "SELECT id, client_kind, user_agent, ip_address, created_at, last_seen_at, expires_at "
            "FROM auth_sessions WHERE user_id = ? AND revoked_at IS NULL AND expires_at > now() "
            "ORDER BY last_seen_at DESC"));
    query.addBindValue(userId);
    if (!query.exec()) {
        return DomainError::unavailable();
    }
    QJsonArray sessions;
    while (query.next()) {
        const QString id = query.value(0).toString();
        sessions.append(
            QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("client"), query.value(1).toString()},
                        {QStringLiteral("userAgent"), query.value(2).toString()},
                        {QStringLiteral("ipAddress"), query.value(3).toString()},
                        {QStringLiteral("createdAt"),
                         query.value(4).toDateTime().toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("lastSeenAt"),
                         query.value(5).toDateTime().toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("expiresAt"),
                         query.value(6).toDateTime().toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("current"), id == currentSessionId}});
    }
    return sessions;
}

std::variant<QByteArray, DomainError> issueWsTicket(QSqlDatabase &db, const QString &sessionId)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    const QByteArray ticket = newSecretToken();
    QSqlQuery query(db);
    // Expired tickets of any session are swept as new ones are issued.
    if (!query.exec(QStringLiteral("DELETE FROM ws_tickets WHERE expires_at < now()"))) {
        return DomainError::unavailable();
    }
    query.prepare(QStringLiteral("INSERT INTO ws_tickets (ticket_hash, session_id, expires_at) "
                                 "VALUES (?, ?, now() + make_interval(secs => ?))"));
    query.addBindValue(tokenHash(ticket));
    query.addBindValue(sessionId);
    query.addBindValue(kWsTicketLifetimeSeconds);
    if (!query.exec()) {
        return DomainError::unavailable();
    }
    return ticket;
}

std::variant<std::optional<TicketOwner>, DomainError> consumeWsTicket(QSqlDatabase &db,
                                                                      const QByteArray &ticket)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery &query = prepared_statements::get(
        db, QStringLiteral(
                "WITH used AS (DELETE FROM ws_tickets WHERE ticket_hash = ? RETURNING session_id, "
                "expires_at) "
                "SELECT s.user_id, s.id, u.display_name FROM used "
                "JOIN auth_sessions s ON s.id = used.session_id JOIN users u ON u.id = s.user_id "
                "WHERE used.expires_at > now() AND s.revoked_at IS NULL AND s.expires_at > now() "
                "AND u.banned_at IS NULL"));
    query.addBindValue(tokenHash(ticket));
    if (!query.exec()) {
        return DomainError::unavailable();
    }
    if (!query.next()) {
        return std::optional<TicketOwner>();
    }
    return std::optional<TicketOwner>(TicketOwner{
        query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
}

} // namespace transcendence::server::session_store
