#include "admin/AdminRoutes.h"

#include "admin/AdminStore.h"
#include "app/FeatureContext.h"
#include "auth/AuthRoutes.h"
#include "auth/RequestAuthenticator.h"
#include "db/DatabaseWorkers.h"
#include "http/JsonBody.h"
#include "http/RequestParameters.h"
#include "play/RoomService.h"
#include "social/PresenceTracker.h"

#include <QDateTime>
#include <QHttpServer>
#include <QUrlQuery>

namespace transcendence::server {
namespace {

using Status = QHttpServerResponder::StatusCode;

ApiError forbidden()
{
    return {Status::Forbidden,
            QStringLiteral("forbidden"),
            QStringLiteral("this needs an admin account"),
            {}};
}

ApiError noSuchUser()
{
    return {Status::NotFound, QStringLiteral("not_found"), QStringLiteral("no such user"), {}};
}

struct Page {
    int limit = 50;
    int offset = 0;
};

// limit 1..100 (default 50), offset 0..1,000,000 (default 0); anything else is a 422.
std::variant<Page, ApiError> pageOf(const QHttpServerRequest &request)
{
    FieldErrors errors;
    const QUrlQuery query = request.query();
    Page page;
    page.limit = integerParameter(query, QStringLiteral("limit"), errors, 1, 100, 50);
    page.offset = integerParameter(query, QStringLiteral("offset"), errors, 0, 1'000'000, 0);
    if (!errors.isEmpty()) {
        return errors.toError();
    }
    return page;
}

template <typename Result>
void sendResult(const DeferredReplyPtr &reply, const Result &result,
                const std::function<QHttpServerResponse()> &ok)
{
    if (const auto *error = std::get_if<ApiError>(&result)) {
        reply->send(error->toResponse());
        return;
    }
    reply->send(ok());
}

} // namespace

AdminRoutes::AdminRoutes(const FeatureContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

void registerAdminFeature(const FeatureContext &context)
{
    auto *routes = new AdminRoutes(context, &context.owner);
    routes->registerRoutes(context.http);
}

void AdminRoutes::asAdmin(const QHttpServerRequest &request, const DeferredReplyPtr &reply,
                          AdminAction action)
{
    m_context.authenticator.authenticate(
        request, reply,
        [reply, action = std::move(action)](const UserRecord &user, const AccessClaims &) {
            if (user.role != QLatin1String("admin")) {
                reply->send(forbidden().toResponse());
                return;
            }
            action(user);
        });
}

void AdminRoutes::registerRoutes(QHttpServer &server)
{
    server.route(QStringLiteral("/api/admin/users"),
                 [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     handleSearch(request, deferReply(request, std::move(responder)));
                 });
    server.route(QStringLiteral("/api/admin/audit-log"),
                 [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     handleAuditLog(request, deferReply(request, std::move(responder)));
                 });
    server.route(QStringLiteral("/api/admin/stats"),
                 [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     handleFigures(request, deferReply(request, std::move(responder)));
                 });
    server.route(QStringLiteral("/api/admin/users/<arg>"),
                 [this](const QString &id, const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) {
                     handleUser(id, request, deferReply(request, std::move(responder)));
                 });
    server.route(QStringLiteral("/api/admin/users/<arg>/ban"),
                 [this](const QString &id, const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) {
                     handleBan(id, request, deferReply(request, std::move(responder)), true);
                 });
    server.route(QStringLiteral("/api/admin/users/<arg>/unban"),
                 [this](const QString &id, const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) {
                     handleBan(id, request, deferReply(request, std::move(responder)), false);
                 });
    server.route(QStringLiteral("/api/admin/users/<arg>/role"),
                 [this](const QString &id, const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) {
                     handleRole(id, request, deferReply(request, std::move(responder)));
                 });
    server.route(QStringLiteral("/api/admin/users/<arg>/avatar"),
                 [this](const QString &id, const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) {
                     handleRemoveAvatar(id, request, deferReply(request, std::move(responder)));
                 });
}

void AdminRoutes::handleSearch(const QHttpServerRequest &request, const DeferredReplyPtr &reply)
{
    if (request.method() != QHttpServerRequest::Method::Get) {
        reply->send(ApiError::methodNotAllowedResponse(reply->exchange().method(), "GET"));
        return;
    }
    const QString text =
        request.query().queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded).left(100);
    const auto paged = pageOf(request);
    if (const auto *error = std::get_if<ApiError>(&paged)) {
        reply->send(error->toResponse());
        return;
    }
    const int limit = std::get<Page>(paged).limit;
    const int offset = std::get<Page>(paged).offset;
    asAdmin(request, reply, [this, reply, text, limit, offset](const UserRecord &) {
        using Result = std::variant<admin_store::UserPage, ApiError>;
        m_context.workers.run<Result>(
            this,
            [text, limit, offset](QSqlDatabase &db) {
                return admin_store::searchUsers(db, text, limit, offset);
            },
            [reply](Result result) {
                sendResult(reply, result, [&] {
                    const auto &page = std::get<admin_store::UserPage>(result);
                    return QHttpServerResponse(QJsonObject{{QStringLiteral("users"), page.users},
                                                           {QStringLiteral("total"), page.total}});
                });
            });
    });
}

void AdminRoutes::handleUser(const QString &id, const QHttpServerRequest &request,
                             const DeferredReplyPtr &reply)
{
    if (request.method() != QHttpServerRequest::Method::Get) {
        reply->send(ApiError::methodNotAllowedResponse(reply->exchange().method(), "GET"));
        return;
    }
    const auto userId = positiveIdFrom(id);
    asAdmin(request, reply, [this, reply, userId](const UserRecord &) {
        if (!userId) {
            reply->send(noSuchUser().toResponse());
            return;
        }
        using Result = std::variant<QJsonObject, ApiError>;
        m_context.workers.run<Result>(
            this, [userId](QSqlDatabase &db) { return admin_store::userDetails(db, *userId); },
            [reply](Result result) {
                sendResult(reply, result,
                           [&] { return QHttpServerResponse(std::get<QJsonObject>(result)); });
            });
    });
}

void AdminRoutes::handleBan(const QString &id, const QHttpServerRequest &request,
                            const DeferredReplyPtr &reply, bool ban)
{
    if (request.method() != QHttpServerRequest::Method::Post) {
        reply->send(ApiError::methodNotAllowedResponse(reply->exchange().method(), "POST"));
        return;
    }
    QString reason;
    if (ban) {
        auto parsed = readJsonObject(request);
        if (const auto *error = std::get_if<ApiError>(&parsed)) {
            reply->send(error->toResponse());
            return;
        }
        FieldErrors errors;
        reason =
            stringField(std::get<QJsonObject>(parsed), QStringLiteral("reason"), errors, true, 500)
                .trimmed();
        if (!errors.has(QStringLiteral("reason")) && reason.isEmpty()) {
            errors.add(QStringLiteral("reason"), QStringLiteral("required"),
                       QStringLiteral("say why, for the audit log and the user"));
        }
        if (!errors.isEmpty()) {
            reply->send(errors.toError().toResponse());
            return;
        }
    }
    const auto userId = positiveIdFrom(id);
    asAdmin(request, reply, [this, reply, userId, reason, ban](const UserRecord &admin) {
        if (!userId) {
            reply->send(noSuchUser().toResponse());
            return;
        }
        using Result = std::variant<QStringList, ApiError>;
        m_context.workers.run<Result>(
            this,
            [admin, userId, reason, ban](QSqlDatabase &db) -> Result {
                if (ban) {
                    return admin_store::ban(db, admin.id, *userId, reason);
                }
                if (auto error = admin_store::unban(db, admin.id, *userId)) {
                    return *error;
                }
                return QStringList();
            },
            [this, reply](Result result) {
                if (const auto *error = std::get_if<ApiError>(&result)) {
                    reply->send(error->toResponse());
                    return;
                }
                emit m_context.auth.sessionsRevoked(std::get<QStringList>(result));
                reply->send(QHttpServerResponse(Status::NoContent));
            });
    });
}

void AdminRoutes::handleRole(const QString &id, const QHttpServerRequest &request,
                             const DeferredReplyPtr &reply)
{
    if (request.method() != QHttpServerRequest::Method::Put) {
        reply->send(ApiError::methodNotAllowedResponse(reply->exchange().method(), "PUT"));
        return;
    }
    auto parsed = readJsonObject(request);
    if (const auto *error = std::get_if<ApiError>(&parsed)) {
        reply->send(error->toResponse());
        return;
    }
    FieldErrors errors;
    const QString role =
        stringField(std::get<QJsonObject>(parsed), QStringLiteral("role"), errors, true, 10);
    if (!errors.has(QStringLiteral("role")) && role != QLatin1String("user") &&
        role != QLatin1String("admin")) {
        errors.add(QStringLiteral("role"), QStringLiteral("one_of"),
                   QStringLiteral("must be \"user\" or \"admin\""));
    }
    if (!errors.isEmpty()) {
        reply->send(errors.toError().toResponse());
        return;
    }
    const auto userId = positiveIdFrom(id);
    asAdmin(request, reply, [this, reply, userId, role](const UserRecord &admin) {
        if (!userId) {
            reply->send(noSuchUser().toResponse());
            return;
        }
        m_context.workers.run<std::optional<ApiError>>(
            this,
            [admin, userId, role](QSqlDatabase &db) {
                return admin_store::setRole(db, admin.id, *userId, role);
            },
            [reply](std::optional<ApiError> error) {
                reply->send(error ? error->toResponse() : QHttpServerResponse(Status::NoContent));
            });
    });
}

void AdminRoutes::handleRemoveAvatar(const QString &id, const QHttpServerRequest &request,
                                     const DeferredReplyPtr &reply)
{
    if (request.method() != QHttpServerRequest::Method::Delete) {
        reply->send(ApiError::methodNotAllowedResponse(reply->exchange().method(), "DELETE"));
        return;
    }
    const auto userId = positiveIdFrom(id);
    asAdmin(request, reply, [this, reply, userId](const UserRecord &admin) {
        if (!userId) {
            reply->send(noSuchUser().toResponse());
            return;
        }
        m_context.workers.run<std::optional<ApiError>>(
            this,
            [admin, userId](QSqlDatabase &db) {
                return admin_store::removeAvatar(db, admin.id, *userId);
            },
            [reply](std::optional<ApiError> error) {
                reply->send(error ? error->toResponse() : QHttpServerResponse(Status::NoContent));
            });
    });
}

void AdminRoutes::handleAuditLog(const QHttpServerRequest &request, const DeferredReplyPtr &reply)
{
    if (request.method() != QHttpServerRequest::Method::Get) {
        reply->send(ApiError::methodNotAllowedResponse(reply->exchange().method(), "GET"));
        return;
    }
    const auto paged = pageOf(request);
    if (const auto *error = std::get_if<ApiError>(&paged)) {
        reply->send(error->toResponse());
        return;
    }
    const int limit = std::get<Page>(paged).limit;
    const int offset = std::get<Page>(paged).offset;
    asAdmin(request, reply, [this, reply, limit, offset](const UserRecord &) {
        using Result = std::variant<QJsonArray, ApiError>;
        m_context.workers.run<Result>(
            this,
            [limit, offset](QSqlDatabase &db) { return admin_store::auditLog(db, limit, offset); },
            [reply](Result result) {
                sendResult(reply, result, [&] {
                    return QHttpServerResponse(
                        QJsonObject{{QStringLiteral("entries"), std::get<QJsonArray>(result)}});
                });
            });
    });
}

void AdminRoutes::handleFigures(const QHttpServerRequest &request, const DeferredReplyPtr &reply)
{
    if (request.method() != QHttpServerRequest::Method::Get) {
        reply->send(ApiError::methodNotAllowedResponse(reply->exchange().method(), "GET"));
        return;
    }
    asAdmin(request, reply, [this, reply](const UserRecord &) {
        // Found now, not at registration: the social and play features register after this one.
        const PresenceTracker *presence = PresenceTracker::find(m_context.owner);
        const int stale = presence ? presence->settings().staleAfterSeconds
                                   : PresenceSettings().staleAfterSeconds;
        using Result = std::variant<admin_store::StoredFigures, ApiError>;
        m_context.workers.run<Result>(
            this, [stale](QSqlDatabase &db) { return admin_store::figures(db, stale); },
            [this, reply](Result result) {
                sendResult(reply, result, [&] {
                    const auto &stored = std::get<admin_store::StoredFigures>(result);
                    // Rooms live in the memory of the instance that runs them.
                    const RoomService *rooms = RoomService::find(m_context.owner);
                    return QHttpServerResponse(
                        QJsonObject{{QStringLiteral("connectedUsers"), stored.connectedUsers},
                                    {QStringLiteral("liveMatches"),
                                     rooms ? QJsonValue(rooms->liveMatchCount()) : QJsonValue()},
                                    {QStringLiteral("matchesToday"), stored.matchesToday},
                                    {QStringLiteral("generatedAt"),
                                     QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}});
                });
            });
    });
}

} // namespace transcendence::server
