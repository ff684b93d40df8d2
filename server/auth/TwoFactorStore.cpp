#include "auth/TwoFactorStore.h"

#include "auth/twofactor/ConstantTime.h"
#include "auth/twofactor/RecoveryCodes.h"
#include "auth/twofactor/Totp.h"
#include "core/FieldProblem.h"
#include "db/Transaction.h"
#include "mail/MailOutbox.h"
#include "mail/MailTemplates.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace transcendence::server {

TwoFactorKeys::TwoFactorKeys(const QByteArray &serverSecret)
    : secrets(serverSecret, QByteArrayLiteral("transcendence totp secrets v1"))
    , recoveryPepper(
          SecretBox::deriveKey(serverSecret, QByteArrayLiteral("transcendence recovery codes v1")))
    , devices(serverSecret)
{}

namespace two_factor_store {
namespace {

// A refusal because of the account's two-factor state, named by its code (409 over HTTP).
DomainError conflict(const QString &code, const QString &message)
{
    return {code, message, {}};
}

DomainError invalidField(const QString &field, const QString &code, const QString &message)
{
    return {QStringLiteral("validation_failed"), QStringLiteral("some fields are invalid"),
            QJsonObject{{field, FieldProblem{code, message, {}}.toJson()}}};
}

DomainError invalidChallenge() // 401: the client starts the sign-in again
{
    return {QStringLiteral("invalid_challenge"),
            QStringLiteral("this sign-in step has expired or was used up; sign in again"),
            {}};
}

bool replaceRecoveryCodes(QSqlDatabase &db, qint64 userId, const QStringList &codes,
                          const QByteArray &pepper)
{
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM two_factor_recovery_codes WHERE user_id = ?"));
    remove.addBindValue(userId);
    if (!remove.exec()) {
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO two_factor_recovery_codes (user_id, code_hash) VALUES (?, ?)"));
    for (const QString &code : codes) {
        insert.addBindValue(userId);
        insert.addBindValue(twofactor::recoverycodes::hash(code, pepper));
        if (!insert.exec()) {
            return false;
        }
    }
    return true;
}

// Deletes the stored hash the presented recovery code matches. False: no match.
bool consumeRecoveryCode(QSqlDatabase &db, qint64 userId, const QString &presented,
                         const QByteArray &pepper)
{
    QSqlQuery select(db);
    select.prepare(
        QStringLiteral("SELECT code_hash FROM two_factor_recovery_codes WHERE user_id = ?"));
    select.addBindValue(userId);
    if (!select.exec()) {
        return false;
    }
    QList<QByteArray> hashes;
    while (select.next()) {
        hashes << select.value(0).toByteArray();
    }
    const auto index = twofactor::recoverycodes::find(presented, hashes, pepper);
    if (!index) {
        return false;
    }
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral(
        "DELETE FROM two_factor_recovery_codes WHERE user_id = ? AND code_hash = ?"));
    remove.addBindValue(userId);
    remove.addBindValue(hashes.at(*index));
    return remove.exec() && remove.numRowsAffected() == 1;
}

// Six random digits, for a code sent by e-mail.
QString newEmailCode()
{
    return QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(1'000'000), 6, 10,
                                    QLatin1Char('0'));
}

// Codes sent by e-mail are stored as an HMAC with the recovery-code pepper (another label).
QByteArray emailCodeHash(const TwoFactorKeys &keys, const QString &code)
{
    return QMessageAuthenticationCode::hash("email code:" + code.toLatin1(), keys.recoveryPepper,
                                            QCryptographicHash::Sha256);
}

// A code refused only because its step was already used (e.g. the one that turned two-factor
// sign-in on a moment ago): the person is told to wait for the next one, not that it is wrong.
bool wasJustUsed(const QByteArray &secret, const QString &code, qint64 unixTime)
{
    return twofactor::totp::verify(secret, code, unixTime, twofactor::totp::kNoStepUsedYet)
        .has_value();
}

FieldProblem justUsed()
{
    return {QStringLiteral("just_used"),
            QStringLiteral("this code was just used; wait for the next one"),
            {}};
}

// Accepts a TOTP code only for a step newer than the last one used, atomically.
bool acceptTotp(QSqlDatabase &db, qint64 userId, const QByteArray &secret, qint64 lastStep,
                const QString &code, qint64 unixTime)
{
    const auto step = twofactor::totp::verify(secret, code, unixTime, lastStep);
    if (!step) {
        return false;
    }
    QSqlQuery update(db);
    update.prepare(
        QStringLiteral("UPDATE users SET totp_last_step = ? WHERE id = ? AND totp_last_step < ?"));
    update.addBindValue(*step);
    update.addBindValue(userId);
    update.addBindValue(*step);
    return update.exec() && update.numRowsAffected() == 1;
}

} // namespace

DomainError tooManyFailures(int retryAfterSeconds)
{
    return {QStringLiteral("rate_limited"),
            QStringLiteral("too many wrong codes for this account; try again in %1 seconds")
                .arg(retryAfterSeconds),
            QJsonObject{{QStringLiteral("retryAfterSeconds"), retryAfterSeconds}}};
}

std::optional<int> retryAfterSeconds(const DomainError &error)
{
    if (error.code != QLatin1String("rate_limited") ||
        !error.fields.contains(QStringLiteral("retryAfterSeconds"))) {
        return std::nullopt;
    }
    return error.fields.value(QStringLiteral("retryAfterSeconds")).toInt();
}

std::optional<int> secondsUntilAllowed(QSqlDatabase &db, qint64 userId)
{
    // The oldest of the last kFailuresPerAccount failures in the window: when it leaves the
    // window, one attempt is free again.
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT count(*), ceil(extract(epoch FROM min(failed_at) + make_interval(secs => ?) - "
        "now())) FROM (SELECT failed_at FROM second_factor_failures WHERE user_id = ? AND "
        "failed_at > now() - make_interval(secs => ?) ORDER BY failed_at DESC LIMIT ?) recent"));
    query.addBindValue(kFailureWindowSeconds);
    query.addBindValue(userId);
    query.addBindValue(kFailureWindowSeconds);
    query.addBindValue(kFailuresPerAccount);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    if (query.value(0).toInt() < kFailuresPerAccount) {
        return 0;
    }
    return std::max(1, query.value(1).toInt());
}

// The account's budget of wrong codes (secondsUntilAllowed): nullopt while a code may be tried,
// else the refusal to answer (429 with Retry-After, or the database being unreachable).
std::optional<DomainError> refuseOverBudget(QSqlDatabase &db, qint64 userId)
{
    const std::optional<int> wait = secondsUntilAllowed(db, userId);
    if (!wait) {
        return DomainError::unavailable();
    }
    if (*wait > 0) {
        return tooManyFailures(*wait);
    }
    return std::nullopt;
}

bool recordFailure(QSqlDatabase &db, qint64 userId)
{
    QSqlQuery forget(db);
    forget.prepare(QStringLiteral("DELETE FROM second_factor_failures WHERE user_id = ? AND "
                                  "failed_at < now() - make_interval(secs => ?)"));
    forget.addBindValue(userId);
    forget.addBindValue(kFailureWindowSeconds);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO second_factor_failures (user_id) VALUES (?)"));
    insert.addBindValue(userId);
    return forget.exec() && insert.exec();
}

std::optional<DomainError> storePending(QSqlDatabase &db, qint64 userId,
                                        const QByteArray &sealedSecret)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE users SET totp_pending_secret = ? WHERE id = ? AND totp_enabled_at IS NULL AND "
        "email_2fa_enabled_at IS NULL"));
    update.addBindValue(sealedSecret);
    update.addBindValue(userId);
    if (!update.exec()) {
        return DomainError::unavailable();
    }
    if (update.numRowsAffected() != 1) {
        return conflict(QStringLiteral("two_factor_already_enabled"),
                        QStringLiteral("two-factor sign-in is already on"));
    }
    return std::nullopt;
}

std::variant<QStringList, DomainError> enable(QSqlDatabase &db, qint64 userId, const QString &code,
                                              qint64 unixTime, const TwoFactorKeys &keys)
{
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery select(db);
    select.prepare(QStringLiteral("SELECT totp_pending_secret, totp_enabled_at IS NOT NULL FROM "
                                  "users WHERE id = ? FOR UPDATE"));
    select.addBindValue(userId);
    if (!select.exec() || !select.next()) {
        return DomainError::unavailable();
    }
    if (select.value(1).toBool()) {
        return conflict(QStringLiteral("two_factor_already_enabled"),
                        QStringLiteral("two-factor sign-in is already on"));
    }
    const auto secret = keys.secrets.open(select.value(0).toByteArray());
    if (select.value(0).isNull() || !secret) {
        return conflict(QStringLiteral("two_factor_setup_required"),
                        QStringLiteral("start the two-factor setup first"));
    }
    const auto step =
        twofactor::totp::verify(*secret, code, unixTime, twofactor::totp::kNoStepUsedYet);
    if (!step) {
        return invalidField(QStringLiteral("code"), QStringLiteral("wrong_code"),
                            QStringLiteral("is not the code your app shows now"));
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE users SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, "
        "totp_enabled_at = now(), totp_last_step = ? WHERE id = ?"));
    update.addBindValue(*step);
    update.addBindValue(userId);
    const QStringList codes = twofactor::recoverycodes::generate();
    if (!update.exec() || !replaceRecoveryCodes(db, userId, codes, keys.recoveryPepper) ||
        !transaction.commit()) {
        return DomainError::unavailable();
    }
    return codes;
}

std::variant<QByteArray, DomainError> passwordForDisable(QSqlDatabase &db, qint64 userId)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery select(db);
    select.prepare(QStringLiteral("SELECT totp_secret, password_hash FROM users WHERE id = ?"));
    select.addBindValue(userId);
    if (!select.exec() || !select.next()) {
        return DomainError::unavailable();
    }
    if (select.value(0).isNull()) {
        return conflict(QStringLiteral("two_factor_not_enabled"),
                        QStringLiteral("two-factor sign-in is off"));
    }
    if (auto refused = refuseOverBudget(db, userId)) {
        return *refused;
    }
    return select.value(1).toString().toLatin1();
}

std::optional<DomainError> disable(QSqlDatabase &db, qint64 userId, const QString &code,
                                   const QString &recoveryCode,
                                   const std::optional<CheckedPassword> &password, qint64 unixTime,
                                   const TwoFactorKeys &keys)
{
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery select(db);
    select.prepare(QStringLiteral(
        "SELECT totp_secret, totp_last_step, password_hash FROM users WHERE id = ? FOR UPDATE"));
    select.addBindValue(userId);
    if (!select.exec() || !select.next()) {
        return DomainError::unavailable();
    }
    const auto secret = keys.secrets.open(select.value(0).toByteArray());
    if (select.value(0).isNull() || !secret) {
        return conflict(QStringLiteral("two_factor_not_enabled"),
                        QStringLiteral("two-factor sign-in is off"));
    }
    if (auto refused = refuseOverBudget(db, userId)) {
        return *refused;
    }
    bool proven = false;
    QString field;
    if (!code.isEmpty()) {
        field = QStringLiteral("code");
        proven = acceptTotp(db, userId, *secret, select.value(1).toLongLong(), code, unixTime);
    } else if (!recoveryCode.isEmpty()) {
        field = QStringLiteral("recoveryCode");
        proven = consumeRecoveryCode(db, userId, recoveryCode, keys.recoveryPepper);
    } else if (password) {
        field = QStringLiteral("password");
        const QByteArray hash = select.value(2).toString().toLatin1();
        proven = password->matches && !hash.isEmpty() && hash == password->hash;
    } else {
        return invalidField(
            QStringLiteral("code"), QStringLiteral("required"),
            QStringLiteral("give a current code, a recovery code or your password"));
    }
    if (!proven) {
        if (!recordFailure(db, userId) || !transaction.commit()) {
            return DomainError::unavailable();
        }
        if (field == QLatin1String("code") && wasJustUsed(*secret, code, unixTime)) {
            const FieldProblem problem = justUsed();
            return invalidField(field, problem.code, problem.message);
        }
        return invalidField(field, QStringLiteral("wrong_code"), QStringLiteral("is not valid"));
    }
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral(
        "UPDATE users SET totp_secret = NULL, totp_pending_secret = NULL, totp_enabled_at = NULL, "
        "totp_last_step = -1 WHERE id = ?"));
    clear.addBindValue(userId);
    QSqlQuery challenges(db);
    challenges.prepare(QStringLiteral("DELETE FROM login_challenges WHERE user_id = ?"));
    challenges.addBindValue(userId);
    if (!clear.exec() || !challenges.exec() ||
        !replaceRecoveryCodes(db, userId, {}, keys.recoveryPepper) || !transaction.commit()) {
        return DomainError::unavailable();
    }
    return std::nullopt;
}

std::optional<DomainError> proveWithCode(QSqlDatabase &db, qint64 userId, const QString &code,
                                         const QString &recoveryCode, qint64 unixTime,
                                         const TwoFactorKeys &keys)
{
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery select(db);
    select.prepare(
        QStringLiteral("SELECT totp_secret, totp_last_step FROM users WHERE id = ? FOR UPDATE"));
    select.addBindValue(userId);
    if (!select.exec() || !select.next()) {
        return DomainError::unavailable();
    }
    const auto secret = keys.secrets.open(select.value(0).toByteArray());
    if (select.value(0).isNull() || !secret) {
        return conflict(QStringLiteral("two_factor_not_enabled"),
                        QStringLiteral("two-factor sign-in is off: confirm with your password"));
    }
    if (auto refused = refuseOverBudget(db, userId)) {
        return *refused;
    }
    const bool proven =
        !code.isEmpty()
            ? acceptTotp(db, userId, *secret, select.value(1).toLongLong(), code, unixTime)
            : consumeRecoveryCode(db, userId, recoveryCode, keys.recoveryPepper);
    if (!proven) {
        if (!recordFailure(db, userId) || !transaction.commit()) {
            return DomainError::unavailable();
        }
        return invalidField(
            code.isEmpty() ? QStringLiteral("recoveryCode") : QStringLiteral("code"),
            QStringLiteral("wrong_code"), QStringLiteral("is not valid, or was already used"));
    }
    if (!transaction.commit()) {
        return DomainError::unavailable();
    }
    return std::nullopt;
}

std::variant<Challenge, DomainError> createChallenge(QSqlDatabase &db, qint64 userId,
                                                     const SessionOrigin &origin,
                                                     const TwoFactorKeys &keys)
{
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery user(db);
    user.prepare(QStringLiteral("SELECT email, language, display_name, totp_enabled_at IS NULL "
                                "AND email_2fa_enabled_at IS NOT NULL FROM users WHERE id = ?"));
    user.addBindValue(userId);
    if (!user.exec() || !user.next()) {
        return DomainError::unavailable();
    }
    const bool byEmail = user.value(3).toBool();
    const QString code = byEmail ? newEmailCode() : QString();
    Challenge challenge{session_store::newSecretToken(),
                        byEmail ? QStringLiteral("email") : QStringLiteral("totp")};
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO login_challenges (challenge_hash, user_id, client_kind, "
                       "user_agent, ip_address, expires_at, email_code_hash) VALUES (?, ?, ?, ?, "
                       "?, now() + make_interval(secs => ?), ?)"));
    insert.addBindValue(session_store::tokenHash(challenge.token));
    insert.addBindValue(userId);
    insert.addBindValue(origin.clientKind);
    insert.addBindValue(origin.userAgent);
    insert.addBindValue(origin.ipAddress);
    insert.addBindValue(kChallengeLifetimeSeconds);
    insert.addBindValue(byEmail ? QVariant(emailCodeHash(keys, code))
                                : QVariant(QMetaType::fromType<QByteArray>()));
    QSqlQuery sweep(db);
    if (!sweep.exec(QStringLiteral("DELETE FROM login_challenges WHERE expires_at < now()")) ||
        !insert.exec()) {
        return DomainError::unavailable();
    }
    const QString email = user.value(0).toString();
    if (byEmail && !email.isEmpty() &&
        !mail_outbox::enqueue(db, mail_templates::secondFactorCode(user.value(1).toString(), email,
                                                                   user.value(2).toString(), code,
                                                                   false))) {
        return DomainError::unavailable();
    }
    if (!transaction.commit()) {
        return DomainError::unavailable();
    }
    return challenge;
}

std::variant<QString, DomainError> startEmailCodes(QSqlDatabase &db, qint64 userId,
                                                   const TwoFactorKeys &keys)
{
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery select(db);
    select.prepare(QStringLiteral(
        "SELECT email, language, display_name, email_verified_at IS NOT NULL, totp_enabled_at IS "
        "NOT NULL, email_2fa_enabled_at IS NOT NULL FROM users WHERE id = ? FOR UPDATE"));
    select.addBindValue(userId);
    if (!select.exec() || !select.next()) {
        return DomainError::unavailable();
    }
    const QString email = select.value(0).toString();
    if (select.value(4).toBool() || select.value(5).toBool()) {
        return conflict(QStringLiteral("two_factor_already_enabled"),
                        QStringLiteral("two-factor sign-in is already on"));
    }
    if (email.isEmpty() || !select.value(3).toBool()) {
        return conflict(QStringLiteral("email_not_verified"),
                        QStringLiteral("confirm your e-mail address first: the codes go there"));
    }
    const QString code = newEmailCode();
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE users SET email_2fa_pending_hash = ?, email_2fa_pending_until = now() + "
        "make_interval(secs => ?) WHERE id = ?"));
    update.addBindValue(emailCodeHash(keys, code));
    update.addBindValue(kEmailSetupLifetimeSeconds);
    update.addBindValue(userId);
    if (!update.exec() ||
        !mail_outbox::enqueue(
            db, mail_templates::secondFactorCode(select.value(1).toString(), email,
                                                 select.value(2).toString(), code, true)) ||
        !transaction.commit()) {
        return DomainError::unavailable();
    }
    return mail_templates::maskedAddress(email);
}

std::variant<QStringList, DomainError>
enableEmailCodes(QSqlDatabase &db, qint64 userId, const QString &code, const TwoFactorKeys &keys)
{
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery select(db);
    select.prepare(QStringLiteral(
        "SELECT email_2fa_pending_hash, email_2fa_pending_until > now(), totp_enabled_at IS NOT "
        "NULL OR email_2fa_enabled_at IS NOT NULL FROM users WHERE id = ? FOR UPDATE"));
    select.addBindValue(userId);
    if (!select.exec() || !select.next()) {
        return DomainError::unavailable();
    }
    if (select.value(2).toBool()) {
        return conflict(QStringLiteral("two_factor_already_enabled"),
                        QStringLiteral("two-factor sign-in is already on"));
    }
    if (select.value(0).isNull() || !select.value(1).toBool()) {
        return conflict(QStringLiteral("two_factor_setup_required"),
                        QStringLiteral("ask for a code by e-mail first (it works for 10 minutes)"));
    }
    if (auto refused = refuseOverBudget(db, userId)) {
        return *refused;
    }
    if (!twofactor::constantTimeEquals(select.value(0).toByteArray(), emailCodeHash(keys, code))) {
        if (!recordFailure(db, userId) || !transaction.commit()) {
            return DomainError::unavailable();
        }
        return invalidField(QStringLiteral("code"), QStringLiteral("wrong_code"),
                            QStringLiteral("is not the code we sent"));
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE users SET email_2fa_enabled_at = now(), email_2fa_pending_hash = NULL, "
        "email_2fa_pending_until = NULL WHERE id = ?"));
    update.addBindValue(userId);
    const QStringList codes = twofactor::recoverycodes::generate();
    if (!update.exec() || !replaceRecoveryCodes(db, userId, codes, keys.recoveryPepper) ||
        !transaction.commit()) {
        return DomainError::unavailable();
    }
    return codes;
}

std::optional<DomainError> disableEmailCodes(QSqlDatabase &db, qint64 userId)
{
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE users SET email_2fa_enabled_at = NULL, email_2fa_pending_hash = NULL, "
        "email_2fa_pending_until = NULL WHERE id = ? AND email_2fa_enabled_at IS NOT NULL"));
    update.addBindValue(userId);
    if (!update.exec()) {
        return DomainError::unavailable();
    }
    if (update.numRowsAffected() != 1) {
        return conflict(QStringLiteral("two_factor_not_enabled"),
                        QStringLiteral("sign-in codes by e-mail are off"));
    }
    QSqlQuery codes(db);
    codes.prepare(QStringLiteral("DELETE FROM two_factor_recovery_codes WHERE user_id = ?"));
    codes.addBindValue(userId);
    QSqlQuery challenges(db);
    challenges.prepare(QStringLiteral("DELETE FROM login_challenges WHERE user_id = ?"));
    challenges.addBindValue(userId);
    if (!codes.exec() || !challenges.exec() || !transaction.commit()) {
        return DomainError::unavailable();
    }
    return std::nullopt;
}

std::variant<std::pair<IssuedSession, bool>, DomainError>
completeChallenge(QSqlDatabase &db, const QByteArray &challenge, const QString &code,
                  const QString &recoveryCode, qint64 unixTime, const TwoFactorKeys &keys)
{
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery select(db);
    select.prepare(QStringLiteral("SELECT c.client_kind, c.user_agent, c.ip_address, "
                                  "c.attempts_left, c.expires_at > now(), "
                                  "u.totp_secret, u.totp_last_step, c.email_code_hash, ") +
                   QLatin1String(account_store::kUserColumns) +
                   QStringLiteral(" FROM login_challenges c JOIN users u ON u.id = c.user_id "
                                  "WHERE c.challenge_hash = ? FOR UPDATE OF c, u"));
    select.addBindValue(session_store::tokenHash(challenge));
    if (!select.exec()) {
        return DomainError::unavailable();
    }
    if (!select.next()) {
        return invalidChallenge();
    }
    const SessionOrigin origin{select.value(0).toString(), select.value(1).toString(),
                               select.value(2).toString()};
    const UserRecord user = account_store::fromQuery(select, 8);
    QSqlQuery spend(db);
    spend.prepare(QStringLiteral(
        "UPDATE login_challenges SET attempts_left = attempts_left - 1 WHERE challenge_hash = ?"));
    spend.addBindValue(session_store::tokenHash(challenge));
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM login_challenges WHERE challenge_hash = ?"));
    remove.addBindValue(session_store::tokenHash(challenge));
    if (select.value(3).toInt() <= 0 || !select.value(4).toBool()) {
        remove.exec();
        transaction.commit();
        return invalidChallenge();
    }
    if (auto refused = refuseOverBudget(db, user.id)) { // the challenge keeps its attempts
        return *refused;
    }
    const auto secret = keys.secrets.open(select.value(5).toByteArray());
    const QByteArray mailedCode = select.value(7).toByteArray();
    bool proven = false;
    if (!mailedCode.isEmpty() && !code.isEmpty()) {
        // The code mailed for this challenge: it goes with the challenge, so it works once.
        proven = twofactor::constantTimeEquals(mailedCode, emailCodeHash(keys, code.trimmed()));
    } else if (secret && !code.isEmpty()) {
        proven = acceptTotp(db, user.id, *secret, select.value(6).toLongLong(), code, unixTime);
    } else if ((secret || !mailedCode.isEmpty()) && !recoveryCode.isEmpty()) {
        proven = consumeRecoveryCode(db, user.id, recoveryCode, keys.recoveryPepper);
    }
    if (!proven) {
        if (!spend.exec() || !recordFailure(db, user.id) || !transaction.commit()) {
            return DomainError::unavailable();
        }
        // The same error code as for a wrong code (clients know it), with the reason in fields.
        if (secret && !code.isEmpty() && wasJustUsed(*secret, code, unixTime)) {
            const FieldProblem problem = justUsed();
            return DomainError{QStringLiteral("invalid_second_factor"), problem.message,
                               QJsonObject{{QStringLiteral("code"), problem.toJson()}}};
        }
        return DomainError{QStringLiteral("invalid_second_factor"),
                           QStringLiteral("the code is wrong, already used, or expired"),
                           {}};
    }
    if (!remove.exec() || !transaction.commit()) {
        return DomainError::unavailable();
    }
    if (user.banned) {
        return DomainError{
            QStringLiteral("account_banned"), QStringLiteral("this account is banned"), {}};
    }
    auto opened = session_store::open(db, user, origin);
    if (const auto *error = std::get_if<DomainError>(&opened)) {
        return *error;
    }
    return std::pair{std::get<IssuedSession>(opened), origin.clientKind == QLatin1String("web")};
}

} // namespace two_factor_store
} // namespace transcendence::server
