#include "privacy/PrivacyRoutes.h"

#include "auth/AuthRoutes.h"
#include "auth/PasswordHasher.h"
#include "auth/RequestAuthenticator.h"
#include "db/DatabaseWorkers.h"
#include "http/JsonBody.h"
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
constexpr int kRecentSignInSeconds = 600;

// Proof that the person at the keyboard owns the account, checked on a worker (Argon2id).
std::optional<ApiError> confirmOwner(QSqlDatabase &db, qint64 userId, const QString &sessionId,
                                     const QString &password)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT u.password_hash, s.created_at > now() - make_interval(secs => ?) "
        "FROM users u JOIN auth_sessions s ON s.user_id = u.id WHERE u.id = ? AND s.id = ?"));
    query.addBindValue(kRecentSignInSeconds);
    query.addBindValue(userId);
    query.addBindValue(sessionId);
    if (!query.exec() || !query.next()) {
        return account_store::databaseUnavailable();
    }
    const QByteArray hash = query.value(0).toString().toLatin1();
    if (!hash.isEmpty()) {
        if (password.isEmpty() || !PasswordHasher::verify(hash, password)) {
            return ApiError{Status::UnprocessableEntity, QStringLiteral("validation_failed"),
                            QStringLiteral("confirm with your password"),
                            QJsonObject{{QStringLiteral("password"),
                                         FieldProblem{QStringLiteral("wrong_password"),
                                                      QStringLiteral("is not your password"),
                                                      {}}
                                             .toJson()}}};
        }
        return std::nullopt;
    }
    if (!query.value(1).toBool()) {
        return ApiError{Status::Forbidden,
                        QStringLiteral("recent_sign_in_required"),
                        QStringLiteral("sign in again (within the last 10 minutes) to confirm"),
                        {}};
    }
    return std::nullopt;
}

} // namespace

PrivacyRoutes::PrivacyRoutes(FeatureContext context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

void registerPrivacyFeature(const FeatureContext &context)
{
    auto *routes = new PrivacyRoutes(context, &context.owner);
    routes->registerRoutes(context.http);
}

void PrivacyRoutes::registerRoutes(QHttpServer &server)
{
    server.route(QStringLiteral("/api/users/me/export"),
                 [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     handleExport(request, deferReply(request, std::move(responder)));
                 });
    server.route(QStringLiteral("/api/users/me/anonymize"),
                 [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     handleRemoval(request, deferReply(request, std::move(responder)),
                                   Removal::Anonymize);
                 });
    server.route(QStringLiteral("/api/users/me/delete"), [this](const QHttpServerRequest &request,
                                                                QHttpServerResponder &&responder) {
        handleRemoval(request, deferReply(request, std::move(responder)), Removal::Erase);
    });
}

void PrivacyRoutes::handleExport(const QHttpServerRequest &request, const DeferredReplyPtr &reply)
{
    if (request.method() != QHttpServerRequest::Method::Get) {
        reply->send(ApiError::methodNotAllowedResponse(reply->exchange().method(), "GET"));
        return;
    }
    m_context.authenticator.authenticate(
        request, reply, [this, reply](const UserRecord &user, const AccessClaims &) {
            using Result = std::variant<QJsonObject, ApiError>;
            m_context.workers.run<Result>(
                this,
                [user](QSqlDatabase &db) -> Result {
                    auto exported = privacy_store::exportData(db, user.id);
                    // The owner hears of every export: a stolen session's download is noticed.
                    if (std::holds_alternative<QJsonObject>(exported) && !user.email.isEmpty()) {
                        mail_outbox::enqueue(db, mail_templates::dataExported(
                                                     user.language, user.email, user.displayName));
                    }
                    return exported;
                },
                [reply, user](Result result) {
                    if (const auto *error = std::get_if<ApiError>(&result)) {
                        reply->send(error->toResponse());
                        return;
                    }
                    QHttpServerResponse response(std::get<QJsonObject>(result));
                    response.setHeader("Content-Disposition",
                                       "attachment; filename=\"transcendence-data-" +
                                           QByteArray::number(user.id) + ".json\"");
                    reply->send(std::move(response));
                });
        });
}

void PrivacyRoutes::handleRemoval(const QHttpServerRequest &request, const DeferredReplyPtr &reply,
                                  Removal removal)
{
    if (request.method() != QHttpServerRequest::Method::Post) {
        reply->send(ApiError::methodNotAllowedResponse(reply->exchange().method(), "POST"));
        return;
    }
    auto parsed = readJsonObject(request);
    if (const auto *error = std::get_if<ApiError>(&parsed)) {
        reply->send(error->toResponse());
        return;
    }
    FieldErrors errors;
    const QString password =
        stringField(std::get<QJsonObject>(parsed), QStringLiteral("password"), errors, false, 1024);
    if (!errors.isEmpty()) {
        reply->send(errors.toError().toResponse());
        return;
    }
    m_context.authenticator.authenticate(
        request, reply,
        [this, reply, removal, password](const UserRecord &user, const AccessClaims &claims) {
            if (const int retryAfter =
                    m_limits.hit(QStringLiteral("removal:%1").arg(user.id),
                                 kRemovalAttemptsPerAccount, QDateTime::currentMSecsSinceEpoch())) {
                reply->send(RateLimiter::tooManyRequests(retryAfter));
                return;
            }
            using Result = std::variant<QStringList, ApiError>;
            m_context.workers.run<Result>(
                this,
                [user, claims, password, removal](QSqlDatabase &db) -> Result {
                    if (!db.isOpen()) {
                        return account_store::databaseUnavailable();
                    }
                    if (auto refused = confirmOwner(db, user.id, claims.sessionId, password)) {
                        return *refused;
                    }
                    std::optional<MailMessage> farewell;
                    if (!user.email.isEmpty()) {
                        farewell = mail_templates::accountDeleted(user.language, user.email,
                                                                  user.displayName);
                    }
                    return removal == Removal::Erase
                               ? privacy_store::erase(db, user.id, farewell)
                               : privacy_store::anonymize(db, user.id, farewell);
                },
                [this, reply](Result result) {
                    if (const auto *error = std::get_if<ApiError>(&result)) {
                        reply->send(error->toResponse());
                        return;
                    }
                    emit m_context.auth.sessionsRevoked(std::get<QStringList>(result));
                    QHttpServerResponse response(Status::NoContent);
                    response.setHeader("Set-Cookie", AuthRoutes::refreshCookie("", 0));
                    reply->send(std::move(response));
                });
        });
}

} // namespace transcendence::server
