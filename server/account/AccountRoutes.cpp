#include "account/AccountRoutes.h"

#include "account/AccountTokenStore.h"
#include "app/ServerConfig.h"
#include "auth/AccountRules.h"
#include "auth/AuthRoutes.h"
#include "auth/PasswordCheck.h"
#include "auth/PasswordHasher.h"
#include "auth/PasswordPolicy.h"
#include "auth/RequestAuthenticator.h"
#include "auth/SessionStore.h"
#include "auth/StepUp.h"
#include "db/DatabaseWorkers.h"
#include "db/Transaction.h"
#include "http/JsonBody.h"
#include "http/Router.h"
#include "http/ServerBusy.h"
#include "mail/MailOutbox.h"
#include "mail/MailSender.h"
#include "mail/MailTemplates.h"

#include <QDateTime>
#include <QHttpServer>
#include <QSqlError>
#include <QSqlQuery>

namespace transcendence::server {
namespace {

using Status = QHttpServerResponder::StatusCode;
using Method = QHttpServerRequest::Method;

// "Forgot password?" answers the same whatever the address: these limits keep it from being a
// way to flood someone's mailbox or to probe at speed.
constexpr RateLimiter::Rule kForgotPerAddress{5, 900};
constexpr RateLimiter::Rule kForgotPerEmail{3, 3600};
constexpr RateLimiter::Rule kTokenPerAddress{20, 900}; // following links (guessing is hopeless:
                                                       // 256 bits, but keep the database calm)
constexpr RateLimiter::Rule kResendPerAccount{3, 3600};
constexpr RateLimiter::Rule kChangePerAccount{5, 900}; // current-password checks

ApiError invalidLink()
{
    return {Status::BadRequest,
            QStringLiteral("invalid_token"),
            QStringLiteral("this link is invalid, was already used, or has expired"),
            {}};
}

ApiError wrongPassword()
{
    return {Status::Forbidden,
            QStringLiteral("wrong_password"),
            QStringLiteral("the current password is wrong"),
            {}};
}

ApiError databaseError()
{
    return ApiError::from(DomainError::unavailable());
}

QHttpServerResponse accepted()
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("sent")}},
                               Status::Accepted);
}

QString link(const QString &publicUrl, const QString &page, const QByteArray &token)
{
    // In the fragment: never sent to a server, so it stays out of access logs and Referer.
    return publicUrl + QLatin1Char('/') + page + QStringLiteral("#token=") +
           QString::fromLatin1(token);
}

// The verification link to the account's current address (queued, in the caller's
// transaction). False on a database error.
bool queueVerification(QSqlDatabase &db, const UserRecord &user, const QString &publicUrl)
{
    const QByteArray token =
        account_tokens::issue(db, user.id, account_tokens::kVerifyEmail, user.email,
                              account_tokens::kEmailLinkLifetimeSeconds);
    return !token.isEmpty() &&
           mail_outbox::enqueue(db, mail_templates::verifyAddress(
                                        user.language, user.email, user.displayName,
                                        link(publicUrl, QStringLiteral("verify-email"), token)));
}

std::optional<UserRecord> userByEmail(QSqlDatabase &db, const QString &email, bool *failed)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT ") + QLatin1String(account_store::kUserColumns) +
                  QStringLiteral(" FROM users u WHERE u.email = ?"));
    query.addBindValue(email);
    *failed = !query.exec();
    if (*failed || !query.next()) {
        return std::nullopt;
    }
    return account_store::fromQuery(query);
}

std::optional<QByteArray> passwordHashOf(QSqlDatabase &db, qint64 userId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT coalesce(password_hash, '') FROM users WHERE id = ?"));
    query.addBindValue(userId);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return query.value(0).toString().toLatin1();
}

bool setPassword(QSqlDatabase &db, qint64 userId, const QByteArray &hash)
{
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
    update.addBindValue(QString::fromLatin1(hash));
    update.addBindValue(userId);
    return update.exec() && update.numRowsAffected() == 1;
}

// Ends the user's sessions except keep (empty: all). The ids, for their WebSockets.
std::optional<QStringList> endSessions(QSqlDatabase &db, qint64 userId, const QString &keep,
                                       const QString &reason)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "UPDATE auth_sessions SET revoked_at = now(), revoked_reason = ? WHERE user_id = ? "
        "AND revoked_at IS NULL AND id::text <> coalesce(?, '') RETURNING id"));
    query.addBindValue(reason);
    query.addBindValue(userId);
    query.addBindValue(keep);
    if (!query.exec()) {
        return std::nullopt;
    }
    QStringList ids;
    while (query.next()) {
        ids << query.value(0).toString();
    }
    return ids;
}

QString tokenFrom(const QJsonObject &body, FieldErrors &errors)
{
    const QString token = stringField(body, QStringLiteral("token"), errors, true, 100).trimmed();
    if (!errors.has(QStringLiteral("token")) && token.isEmpty()) {
        errors.add(QStringLiteral("token"), FieldProblem::required());
    }
    return token;
}

} // namespace

void registerAccountFeature(const FeatureContext &context, MailSender &mail)
{
    auto *routes = new AccountRoutes(context, mail, &context.owner);
    routes->registerRoutes(context.router);
    QObject::connect(&context.auth, &AuthRoutes::accountCreated, routes,
                     &AccountRoutes::sendVerification);
}

AccountRoutes::AccountRoutes(const FeatureContext &context, MailSender &mail, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_mail(mail)
    , m_publicUrl(context.config.publicUrl)
{}

void AccountRoutes::registerRoutes(Router &router)
{
    using Method = QHttpServerRequest::Method;
    router.add(this, {
                         {Method::Post, QStringLiteral("/api/account/email/verify"), Access::Public,
                          BodyRule::json(), &AccountRoutes::handleVerify},
                         {Method::Post, QStringLiteral("/api/account/email/resend"),
                          Access::SignedIn, BodyRule::optionalJson(), &AccountRoutes::handleResend},
                         {Method::Post, QStringLiteral("/api/account/email"), Access::SignedIn,
                          BodyRule::json(), &AccountRoutes::handleChangeEmail},
                         {Method::Post, QStringLiteral("/api/account/password"), Access::SignedIn,
                          BodyRule::json(), &AccountRoutes::handleChangePassword},
                         {Method::Post, QStringLiteral("/api/account/password/forgot"),
                          Access::Public, BodyRule::json(), &AccountRoutes::handleForgot},
                         {Method::Post, QStringLiteral("/api/account/password/reset"),
                          Access::Public, BodyRule::json(), &AccountRoutes::handleReset},
                     });
}

void AccountRoutes::withinLimits(const DeferredReplyPtr &reply, QList<RateLimiter::Check> limits,
                                 std::function<void()> then)
{
    m_limits.check(std::move(limits), [reply, then = std::move(then)](int retryAfter) {
        if (retryAfter > 0) {
            reply->send(RateLimiter::tooManyRequests(retryAfter));
            return;
        }
        then();
    });
}

void AccountRoutes::mailQueued()
{
    m_mail.wake();
}

void AccountRoutes::sendVerification(qint64 userId)
{
    const QString publicUrl = m_publicUrl;
    m_context.workers.run<bool>(
        this,
        [userId, publicUrl](QSqlDatabase &db) {
            Transaction transaction(db);
            auto user = account_store::byId(db, userId);
            const auto *record = std::get_if<UserRecord>(&user);
            if (!transaction.isOpen() || !record || record->email.isEmpty() ||
                record->emailVerified) {
                return false;
            }
            return queueVerification(db, *record, publicUrl) && transaction.commit();
        },
        [this](bool queued) {
            if (queued) {
                mailQueued();
            }
        });
}

void AccountRoutes::handleVerify(const RouteCall &call)
{
    const DeferredReplyPtr &reply = call.reply;
    withinLimits(
        reply,
        {{QStringLiteral("account-token-ip:") + reply->exchange().clientAddress(),
          kTokenPerAddress}},
        [this, call, reply] {
            FieldErrors errors;
            const QString token = tokenFrom(call.json, errors);
            if (!errors.isEmpty()) {
                reply->send(errors.toError().toResponse());
                return;
            }
            using Result = std::variant<UserRecord, ApiError>;
            m_context.workers.run<Result>(
                this,
                [token](QSqlDatabase &db) -> Result {
                    Transaction transaction(db);
                    if (!transaction.isOpen()) {
                        return databaseError();
                    }
                    account_tokens::Redeemed redeemed;
                    switch (account_tokens::redeem(
                        db, token.toLatin1(),
                        {account_tokens::kVerifyEmail, account_tokens::kChangeEmail}, &redeemed)) {
                    case account_tokens::Lookup::DatabaseError:
                        return databaseError();
                    case account_tokens::Lookup::Invalid:
                        return invalidLink();
                    case account_tokens::Lookup::Found:
                        break;
                    }
                    // verify_email proves the address the account still has; change_email moves the
                    // account to the address the link was sent to.
                    QSqlQuery update(db);
                    if (redeemed.purpose == account_tokens::kVerifyEmail) {
                        update.prepare(
                            QStringLiteral("UPDATE users u SET email_verified_at = now() WHERE "
                                           "u.id = ? AND u.email = ? "
                                           "RETURNING ") +
                            QLatin1String(account_store::kUserColumns));
                        update.addBindValue(redeemed.userId);
                        update.addBindValue(redeemed.email);
                    } else {
                        update.prepare(
                            QStringLiteral("UPDATE users u SET email = ?, email_verified_at = "
                                           "now() WHERE u.id = ? RETURNING ") +
                            QLatin1String(account_store::kUserColumns));
                        update.addBindValue(redeemed.email);
                        update.addBindValue(redeemed.userId);
                    }
                    if (!update.exec()) {
                        if (update.lastError().nativeErrorCode() == QLatin1String("23505")) {
                            return ApiError{Status::Conflict,
                                            QStringLiteral("email_in_use"),
                                            QStringLiteral("another account uses this address now"),
                                            {}};
                        }
                        return databaseError();
                    }
                    if (!update.next()) {
                        return invalidLink(); // the account's address changed since the link was
                                              // sent
                    }
                    UserRecord user = account_store::fromQuery(update);
                    if (!transaction.commit()) {
                        return databaseError();
                    }
                    return user;
                },
                [reply](Result result) {
                    if (const auto *error = std::get_if<ApiError>(&result)) {
                        reply->send(error->toResponse());
                        return;
                    }
                    const UserRecord &user = std::get<UserRecord>(result);
                    reply->send(QHttpServerResponse(
                        QJsonObject{{QStringLiteral("email"), user.email},
                                    {QStringLiteral("emailVerified"), user.emailVerified}}));
                });
        });
}

void AccountRoutes::handleResend(const RouteCall &call)
{
    const DeferredReplyPtr &reply = call.reply;
    const QString publicUrl = m_publicUrl;
    const UserRecord &user = call.user;
    {
        if (user.email.isEmpty() || user.emailVerified) {
            reply->send(ApiError{
                Status::Conflict,
                QStringLiteral("nothing_to_verify"),
                QStringLiteral("this account has no unverified address"),
                {}}.toResponse());
            return;
        }
        withinLimits(reply, {{QStringLiteral("verify-resend:%1").arg(user.id), kResendPerAccount}},
                     [this, reply, user, publicUrl] {
                         m_context.workers.run<bool>(
                             this,
                             [user, publicUrl](QSqlDatabase &db) {
                                 Transaction transaction(db);
                                 return transaction.isOpen() &&
                                        queueVerification(db, user, publicUrl) &&
                                        transaction.commit();
                             },
                             [this, reply](bool queued) {
                                 if (!queued) {
                                     reply->send(databaseError().toResponse());
                                     return;
                                 }
                                 mailQueued();
                                 reply->send(accepted());
                             });
                     });
    }
}

void AccountRoutes::handleChangeEmail(const RouteCall &call)
{
    const DeferredReplyPtr &reply = call.reply;
    const QString publicUrl = m_publicUrl;
    const UserRecord &user = call.user;
    {
        const QJsonObject body = call.json;
        FieldErrors errors;
        const QString email =
            stringField(body, QStringLiteral("email"), errors, true, 254).trimmed();
        const QString password =
            stringField(body, QStringLiteral("currentPassword"), errors, user.hasPassword, 1024);
        if (!errors.has(QStringLiteral("email"))) {
            if (const FieldProblem problem = account_rules::emailProblem(email);
                !problem.isEmpty()) {
                errors.add(QStringLiteral("email"), problem);
            } else if (email.compare(user.email, Qt::CaseInsensitive) == 0) {
                errors.add(QStringLiteral("email"), QStringLiteral("unchanged"),
                           QStringLiteral("is already your address"));
            }
        }
        if (!errors.isEmpty()) {
            reply->send(errors.toError().toResponse());
            return;
        }
        withinLimits(reply, {{QStringLiteral("account-change:%1").arg(user.id), kChangePerAccount}},
                     [this, call, email, password] { requestEmailChange(call, email, password); });
    }
}

void AccountRoutes::requestEmailChange(const RouteCall &call, const QString &email,
                                       const QString &password)
{
    const DeferredReplyPtr &reply = call.reply;
    const QString publicUrl = m_publicUrl;
    const UserRecord &user = call.user;
    using Result = std::optional<ApiError>;
    // Written on a SQL worker once the proof is known (auth/PasswordCheck.h).
    const auto write = [this, reply, user, email, publicUrl,
                        sessionId = call.claims.sessionId](std::optional<QByteArray> verified) {
        m_context.workers.run<Result>(
            this,
            [user, email, publicUrl, sessionId, verified](QSqlDatabase &db) -> Result {
                Transaction transaction(db);
                if (!transaction.isOpen()) {
                    return databaseError();
                }
                // The current password is the proof (verified against this hash, which must
                // still be the account's); without one, a recent sign-in or code.
                if (verified) {
                    const std::optional<bool> same =
                        password_check::unchanged(db, user.id, *verified);
                    if (!same) {
                        return databaseError();
                    }
                    if (!*same) {
                        return wrongPassword();
                    }
                } else if (auto stale = step_up::requireRecent(db, sessionId)) {
                    return ApiError::from(*stale);
                }
                bool failed = false;
                const auto owner = userByEmail(db, email, &failed);
                if (failed) {
                    return databaseError();
                }
                if (owner) {
                    FieldErrors taken;
                    taken.add(QStringLiteral("email"), QStringLiteral("has_account"),
                              QStringLiteral("already has an account"));
                    ApiError error = taken.toError();
                    error.status = Status::Conflict;
                    return error;
                }
                const QByteArray token =
                    account_tokens::issue(db, user.id, account_tokens::kChangeEmail, email,
                                          account_tokens::kEmailLinkLifetimeSeconds);
                const bool queued =
                    !token.isEmpty() &&
                    mail_outbox::enqueue(
                        db, mail_templates::confirmNewAddress(
                                user.language, email, user.displayName,
                                link(publicUrl, QStringLiteral("verify-email"), token))) &&
                    (user.email.isEmpty() ||
                     mail_outbox::enqueue(
                         db, mail_templates::addressChangeNotice(user.language, user.email,
                                                                 user.displayName, email)));
                if (!queued || !transaction.commit()) {
                    return databaseError();
                }
                return std::nullopt;
            },
            [this, reply](Result error) {
                if (error) {
                    reply->send(error->toResponse());
                    return;
                }
                mailQueued();
                reply->send(accepted());
            });
    };
    if (!user.hasPassword) {
        write(std::nullopt);
        return;
    }
    m_context.workers.run<std::optional<QByteArray>>(
        this, [userId = user.id](QSqlDatabase &db) { return passwordHashOf(db, userId); },
        [this, reply, password, write](std::optional<QByteArray> hash) {
            if (!hash) {
                reply->send(databaseError().toResponse());
                return;
            }
            password_check::verify(m_context.workers, this, reply, *hash, password,
                                   [reply, hash, write](bool matches) {
                                       if (!matches) {
                                           reply->send(wrongPassword().toResponse());
                                           return;
                                       }
                                       write(*hash);
                                   });
        });
}

void AccountRoutes::handleChangePassword(const RouteCall &call)
{
    const DeferredReplyPtr &reply = call.reply;
    const UserRecord &user = call.user;
    const AccessClaims &claims = call.claims;
    {
        const QJsonObject body = call.json;
        FieldErrors errors;
        // An account created with a provider has no password yet: it sets one without.
        const QString current =
            stringField(body, QStringLiteral("currentPassword"), errors, user.hasPassword, 1024);
        const QString next = stringField(body, QStringLiteral("newPassword"), errors, true, 1024);
        if (!errors.has(QStringLiteral("newPassword"))) {
            if (FieldProblem problem = PasswordPolicy::problem(next, user.username, user.email);
                !problem.isEmpty()) {
                errors.add(QStringLiteral("newPassword"), problem);
            }
        }
        if (!errors.isEmpty()) {
            reply->send(errors.toError().toResponse());
            return;
        }
        withinLimits(reply, {{QStringLiteral("account-change:%1").arg(user.id), kChangePerAccount}},
                     [this, reply, user, current, next, keep = claims.sessionId] {
                         changePassword(reply, user, current, next, keep);
                     });
    }
}

void AccountRoutes::changePassword(const DeferredReplyPtr &reply, const UserRecord &user,
                                   const QString &current, const QString &next, const QString &keep)
{
    // The hash read on a SQL worker; the current password verified and the new one hashed on
    // the CPU pool; the change written on a SQL worker if the verified hash is still the
    // account's (auth/PasswordCheck.h).
    m_context.workers.run<std::optional<QByteArray>>(
        this, [userId = user.id](QSqlDatabase &db) { return passwordHashOf(db, userId); },
        [this, reply, user, current, next, keep](std::optional<QByteArray> stored) {
            if (!stored) {
                reply->send(databaseError().toResponse());
                return;
            }
            // An account created with a provider has no hash: it sets its first password
            // after a recent sign-in or code (checked when writing).
            if (user.hasPassword && stored->isEmpty()) {
                reply->send(wrongPassword().toResponse());
                return;
            }
            password_check::verifyAndHash(
                m_context.workers, this, reply, *stored, current, next,
                [this, reply, user, keep, stored](const password_check::NewPassword &verdict) {
                    if (!verdict.matches) {
                        reply->send(wrongPassword().toResponse());
                        return;
                    }
                    if (verdict.hash.isEmpty()) {
                        reply->send(databaseError().toResponse());
                        return;
                    }
                    writePassword(reply, user, keep, *stored, verdict.hash);
                });
        });
}

void AccountRoutes::writePassword(const DeferredReplyPtr &reply, const UserRecord &user,
                                  const QString &keep, const QByteArray &verified,
                                  const QByteArray &hash)
{
    using Result = std::variant<QStringList, ApiError>;
    m_context.workers.run<Result>(
        this,
        [user, keep, verified, hash](QSqlDatabase &db) -> Result {
            Transaction transaction(db);
            if (!transaction.isOpen()) {
                return databaseError();
            }
            const std::optional<bool> same = password_check::unchanged(db, user.id, verified);
            if (!same) {
                return databaseError();
            }
            if (!*same) {
                return wrongPassword(); // changed since it was verified
            }
            // No password yet: a stolen token must not add one without a recent proof.
            if (verified.isEmpty()) {
                if (auto stale = step_up::requireRecent(db, keep)) {
                    return ApiError::from(*stale);
                }
            }
            if (!setPassword(db, user.id, hash)) {
                return databaseError();
            }
            // Whoever knew the old password is signed out; this device stays signed in.
            const auto ended = endSessions(db, user.id, keep, QStringLiteral("password_changed"));
            if (!ended ||
                (!user.email.isEmpty() &&
                 !mail_outbox::enqueue(db, mail_templates::passwordChanged(
                                               user.language, user.email, user.displayName))) ||
                !transaction.commit()) {
                return databaseError();
            }
            return *ended;
        },
        [this, reply, user](Result result) {
            if (const auto *error = std::get_if<ApiError>(&result)) {
                reply->send(error->toResponse());
                return;
            }
            if (!user.email.isEmpty()) {
                mailQueued();
            }
            emit m_context.auth.sessionsRevoked(std::get<QStringList>(result));
            reply->send(QHttpServerResponse(Status::NoContent));
        });
}

void AccountRoutes::handleForgot(const RouteCall &call)
{
    const DeferredReplyPtr &reply = call.reply;
    FieldErrors errors;
    const QString email =
        stringField(call.json, QStringLiteral("email"), errors, true, 254).trimmed();
    if (!errors.has(QStringLiteral("email"))) {
        if (const FieldProblem problem = account_rules::emailProblem(email); !problem.isEmpty()) {
            errors.add(QStringLiteral("email"), problem);
        }
    }
    if (!errors.isEmpty()) {
        reply->send(errors.toError().toResponse());
        return;
    }
    withinLimits(
        reply,
        {{QStringLiteral("forgot-ip:") + reply->exchange().clientAddress(), kForgotPerAddress},
         {QStringLiteral("forgot-email:") + email.toCaseFolded(), kForgotPerEmail}},
        [this, reply, email] {
            // The answer is the same, and sent at once, whether or not the address has an account:
            // the lookup and the mail happen after it.
            reply->send(accepted());
            const QString publicUrl = m_publicUrl;
            m_context.workers.run<bool>(
                this,
                [email, publicUrl](QSqlDatabase &db) {
                    Transaction transaction(db);
                    bool failed = false;
                    const auto user = userByEmail(db, email, &failed);
                    if (!transaction.isOpen() || failed || !user || user->banned) {
                        return false;
                    }
                    const QByteArray token =
                        account_tokens::issue(db, user->id, account_tokens::kResetPassword,
                                              user->email, account_tokens::kResetLifetimeSeconds);
                    return !token.isEmpty() &&
                           mail_outbox::enqueue(
                               db, mail_templates::passwordReset(
                                       user->language, user->email, user->displayName,
                                       link(publicUrl, QStringLiteral("reset-password"), token))) &&
                           transaction.commit();
                },
                [this](bool queued) {
                    if (queued) {
                        mailQueued();
                    }
                });
        });
}

void AccountRoutes::handleReset(const RouteCall &call)
{
    const DeferredReplyPtr &reply = call.reply;
    withinLimits(reply,
                 {{QStringLiteral("account-token-ip:") + reply->exchange().clientAddress(),
                   kTokenPerAddress}},
                 [this, call] { reset(call); });
}

void AccountRoutes::reset(const RouteCall &call)
{
    const DeferredReplyPtr &reply = call.reply;
    const QJsonObject body = call.json;
    FieldErrors errors;
    const QString token = tokenFrom(body, errors);
    const QString password = stringField(body, QStringLiteral("password"), errors, true, 1024);
    if (!errors.isEmpty()) {
        reply->send(errors.toError().toResponse());
        return;
    }
    // Argon2id first, on the CPU pool (a wrong link wastes one hash: the per-address limit above
    // bounds that), then the reset in one transaction on a SQL worker.
    const bool queued = m_context.workers.cpu().tryRun<QByteArray>(
        this, [password] { return PasswordHasher::hash(password); },
        [this, reply, token, password](QByteArray hash) {
            if (hash.isEmpty()) {
                reply->send(databaseError().toResponse());
                return;
            }
            writeReset(reply, token, password, hash);
        });
    if (!queued) {
        reply->send(serverBusyResponse());
    }
}

void AccountRoutes::writeReset(const DeferredReplyPtr &reply, const QString &token,
                               const QString &password, const QByteArray &hash)
{
    using Result = std::variant<QStringList, ApiError>;
    m_context.workers.run<Result>(
        this,
        [token, password, hash](QSqlDatabase &db) -> Result {
            Transaction transaction(db);
            if (!transaction.isOpen()) {
                return databaseError();
            }
            account_tokens::Redeemed redeemed;
            switch (account_tokens::redeem(db, token.toLatin1(), {account_tokens::kResetPassword},
                                           &redeemed)) {
            case account_tokens::Lookup::DatabaseError:
                return databaseError();
            case account_tokens::Lookup::Invalid:
                return invalidLink();
            case account_tokens::Lookup::Found:
                break;
            }
            auto found = account_store::byId(db, redeemed.userId);
            const auto *user = std::get_if<UserRecord>(&found);
            if (!user) {
                return invalidLink();
            }
            // A refused password rolls back: the link still works for a better one.
            if (const FieldProblem problem =
                    PasswordPolicy::problem(password, user->username, user->email);
                !problem.isEmpty()) {
                FieldErrors weak;
                weak.add(QStringLiteral("password"), problem);
                return weak.toError();
            }
            if (!setPassword(db, user->id, hash)) {
                return databaseError();
            }
            // Following the link proves the mailbox too.
            QSqlQuery verified(db);
            verified.prepare(
                QStringLiteral("UPDATE users SET email_verified_at = coalesce("
                               "email_verified_at, now()) WHERE id = ? AND email = ?"));
            verified.addBindValue(user->id);
            verified.addBindValue(redeemed.email);
            const auto ended =
                endSessions(db, user->id, QString(), QStringLiteral("password_reset"));
            if (!verified.exec() || !ended ||
                !mail_outbox::enqueue(db, mail_templates::passwordChanged(
                                              user->language, user->email, user->displayName)) ||
                !transaction.commit()) {
                return databaseError();
            }
            return *ended;
        },
        [this, reply](Result result) {
            if (const auto *error = std::get_if<ApiError>(&result)) {
                reply->send(error->toResponse());
                return;
            }
            mailQueued();
            emit m_context.auth.sessionsRevoked(std::get<QStringList>(result));
            reply->send(QHttpServerResponse(Status::NoContent));
        });
}

} // namespace transcendence::server
