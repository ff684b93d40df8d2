#include "privacy/PrivacyRoutes.h"

#include "auth/AuthRoutes.h"
#include "auth/PasswordCheck.h"
#include "auth/StepUp.h"
#include "db/DatabaseWorkers.h"
#include "http/JsonBody.h"
#include "http/Router.h"
#include "mail/MailOutbox.h"
#include "mail/MailTemplates.h"
#include "privacy/PrivacyStore.h"

#include <QDateTime>
#include <QHttpServer>
#include <QSqlQuery>

namespace transcendence::server {
namespace {

using Status = QHttpServerResponder::StatusCode;

constexpr RateLimiter::Rule kRemovalAttemptsPerAccount{10, 900};

// What proves that the person at the keyboard owns the account: the password (its hash, verified
// on the CPU pool) or, for an account without one, a recent sign-in or code.
struct OwnerProof {
    QByteArray hash; // empty: no password
    bool recentlyProven = false;
};

std::variant<OwnerProof, DomainError> readOwnerProof(QSqlDatabase &db, qint64 userId,
                                                     const QString &sessionId)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT u.password_hash, s.proven_at > now() - make_interval(secs => ?) "
        "FROM users u JOIN auth_sessions s ON s.user_id = u.id WHERE u.id = ? AND s.id = ?"));
    query.addBindValue(step_up::kWindowSeconds);
    query.addBindValue(userId);
    query.addBindValue(sessionId);
    if (!query.exec() || !query.next()) {
        return DomainError::unavailable();
    }
    return OwnerProof{query.value(0).toString().toLatin1(), query.value(1).toBool()};
}

ApiError wrongPassword()
{
    return {Status::UnprocessableEntity, QStringLiteral("validation_failed"),
            QStringLiteral("confirm with your password"),
            QJsonObject{
                {QStringLiteral("password"), FieldProblem{QStringLiteral("wrong_password"),
                                                          QStringLiteral("is not your password"),
                                                          {}}
                                                 .toJson()}}};
}

} // namespace

PrivacyRoutes::PrivacyRoutes(FeatureContext context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

void registerPrivacyFeature(const FeatureContext &context)
{
    auto *routes = new PrivacyRoutes(context, &context.owner);
    routes->registerRoutes(context.router);
}

void PrivacyRoutes::registerRoutes(Router &router)
{
    using Method = QHttpServerRequest::Method;
    router.add(this, {
                         {Method::Get, QStringLiteral("/api/users/me/export"), Access::SignedIn,
                          BodyRule::none(), &PrivacyRoutes::handleExport, Proof::Recent},
                         {Method::Post, QStringLiteral("/api/users/me/anonymize"), Access::SignedIn,
                          BodyRule::json(), &PrivacyRoutes::handleAnonymize},
                         {Method::Post, QStringLiteral("/api/users/me/delete"), Access::SignedIn,
                          BodyRule::json(), &PrivacyRoutes::handleErase},
                     });
}

void PrivacyRoutes::handleExport(const RouteCall &call)
{
    using Result = std::variant<QJsonObject, DomainError>;
    const UserRecord user = call.user;
    m_context.workers.run<Result>(
        this,
        [user](QSqlDatabase &db) -> Result {
            auto exported = privacy_store::exportData(db, user.id);
            // The owner hears of every export: a stolen session's download is noticed.
            if (std::holds_alternative<QJsonObject>(exported) && !user.email.isEmpty()) {
                mail_outbox::enqueue(
                    db, mail_templates::dataExported(user.language, user.email, user.displayName));
            }
            return exported;
        },
        answer<QJsonObject, DomainError>(call.reply, [userId = user.id](const QJsonObject &data) {
            QHttpServerResponse response(data);
            response.setHeader("Content-Disposition", "attachment; filename=\"transcendence-data-" +
                                                          QByteArray::number(userId) + ".json\"");
            return response;
        }));
}

void PrivacyRoutes::handleAnonymize(const RouteCall &call)
{
    remove(call, Removal::Anonymize);
}

void PrivacyRoutes::handleErase(const RouteCall &call)
{
    remove(call, Removal::Erase);
}

void PrivacyRoutes::remove(const RouteCall &call, Removal removal)
{
    FieldErrors errors;
    const QString password =
        stringField(call.json, QStringLiteral("password"), errors, false, 1024);
    if (!errors.isEmpty()) {
        call.fail(errors.toError());
        return;
    }
    m_limits.check({{QStringLiteral("removal:%1").arg(call.user.id), kRemovalAttemptsPerAccount}},
                   [this, call, removal, password](int retryAfter) {
                       if (retryAfter > 0) {
                           call.send(RateLimiter::tooManyRequests(retryAfter));
                           return;
                       }
                       proveOwner(call, removal, password);
                   });
}

void PrivacyRoutes::proveOwner(const RouteCall &call, Removal removal, const QString &password)
{
    // The proof read on a SQL worker, the password verified on the CPU pool, the removal on a
    // SQL worker (auth/PasswordCheck.h).
    m_context.workers.run<std::variant<OwnerProof, DomainError>>(
        this,
        [userId = call.user.id, sessionId = call.claims.sessionId](QSqlDatabase &db) {
            return readOwnerProof(db, userId, sessionId);
        },
        [this, reply = call.reply, user = call.user, password,
         removal](std::variant<OwnerProof, DomainError> read) {
            if (const auto *error = std::get_if<DomainError>(&read)) {
                reply->send(ApiError::from(*error).toResponse());
                return;
            }
            const OwnerProof proof = std::get<OwnerProof>(read);
            if (proof.hash.isEmpty()) {
                if (!proof.recentlyProven) {
                    reply->send(ApiError::from(step_up::required()).toResponse());
                    return;
                }
                removeAccount(reply, user, removal, {});
                return;
            }
            if (password.isEmpty()) {
                reply->send(wrongPassword().toResponse());
                return;
            }
            password_check::verify(m_context.workers, this, reply, proof.hash, password,
                                   [this, reply, user, removal, proof](bool matches) {
                                       if (!matches) {
                                           reply->send(wrongPassword().toResponse());
                                           return;
                                       }
                                       removeAccount(reply, user, removal, proof.hash);
                                   });
        });
}

void PrivacyRoutes::removeAccount(const DeferredReplyPtr &reply, const UserRecord &user,
                                  Removal removal, const QByteArray &verified)
{
    using Result = std::variant<QStringList, ApiError>;
    m_context.workers.run<Result>(
        this,
        [user, removal, verified](QSqlDatabase &db) -> Result {
            if (!db.isOpen()) {
                return ApiError::from(DomainError::unavailable());
            }
            if (!verified.isEmpty()) {
                // The password verified must still be the account's.
                const std::optional<bool> same = password_check::unchanged(db, user.id, verified);
                if (!same) {
                    return ApiError::from(DomainError::unavailable());
                }
                if (!*same) {
                    return wrongPassword();
                }
            }
            std::optional<MailMessage> farewell;
            if (!user.email.isEmpty()) {
                farewell =
                    mail_templates::accountDeleted(user.language, user.email, user.displayName);
            }
            auto removed = removal == Removal::Erase
                               ? privacy_store::erase(db, user.id, farewell)
                               : privacy_store::anonymize(db, user.id, farewell);
            if (const auto *error = std::get_if<DomainError>(&removed)) {
                return ApiError::from(*error);
            }
            return std::get<QStringList>(removed);
        },
        answer<QStringList>(reply, [this](const QStringList &revoked) {
            emit m_context.auth.sessionsRevoked(revoked);
            QHttpServerResponse response(Status::NoContent);
            response.setHeader("Set-Cookie", AuthRoutes::refreshCookie("", 0));
            return response;
        }));
}

} // namespace transcendence::server
