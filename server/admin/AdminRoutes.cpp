#include "admin/AdminRoutes.h"

#include "admin/AdminStore.h"
#include "app/FeatureContext.h"
#include "auth/AuthRoutes.h"
#include "db/DatabaseWorkers.h"
#include "http/JsonBody.h"
#include "http/RequestParameters.h"
#include "http/Router.h"
#include "play/RoomService.h"
#include "social/PresenceTracker.h"

#include <QDateTime>
#include <QHttpServer>
#include <QUrlQuery>

namespace transcendence::server {
namespace {

using Status = QHttpServerResponder::StatusCode;

// A store's refusal as answerNoContent takes it.
std::optional<ApiError> httpError(const std::optional<DomainError> &error)
{
    return error ? std::optional<ApiError>(ApiError::from(*error)) : std::nullopt;
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
std::variant<Page, ApiError> pageOf(const QUrlQuery &query)
{
    FieldErrors errors;
    Page page;
    page.limit = integerParameter(query, QStringLiteral("limit"), errors, 1, 100, 50);
    page.offset = integerParameter(query, QStringLiteral("offset"), errors, 0, 1'000'000, 0);
    if (!errors.isEmpty()) {
        return errors.toError();
    }
    return page;
}

// The user id in the path; nullopt after answering 404 when it names nobody.
std::optional<qint64> userIdOf(const RouteCall &call)
{
    const auto userId = positiveIdFrom(call.arg());
    if (!userId) {
        call.fail(noSuchUser());
    }
    return userId;
}

} // namespace

AdminRoutes::AdminRoutes(const FeatureContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

void registerAdminFeature(const FeatureContext &context)
{
    auto *routes = new AdminRoutes(context, &context.owner);
    routes->registerRoutes(context.router);
}

void AdminRoutes::registerRoutes(Router &router)
{
    using Method = QHttpServerRequest::Method;
    const BodyRule none = BodyRule::none();
    const BodyRule json = BodyRule::json();
    router.add(this, {
                         {Method::Get, QStringLiteral("/api/admin/users"), Access::Admin, none,
                          &AdminRoutes::handleSearch},
                         {Method::Get, QStringLiteral("/api/admin/audit-log"), Access::Admin, none,
                          &AdminRoutes::handleAuditLog},
                         {Method::Get, QStringLiteral("/api/admin/stats"), Access::Admin, none,
                          &AdminRoutes::handleFigures},
                         {Method::Get, QStringLiteral("/api/admin/users/<arg>"), Access::Admin,
                          none, &AdminRoutes::handleUser},
                         {Method::Post, QStringLiteral("/api/admin/users/<arg>/ban"), Access::Admin,
                          json, &AdminRoutes::handleBan, Proof::Recent},
                         {Method::Post, QStringLiteral("/api/admin/users/<arg>/unban"),
                          Access::Admin, none, &AdminRoutes::handleUnban, Proof::Recent},
                         {Method::Put, QStringLiteral("/api/admin/users/<arg>/role"), Access::Admin,
                          json, &AdminRoutes::handleRole, Proof::Recent},
                         {Method::Delete, QStringLiteral("/api/admin/users/<arg>/avatar"),
                          Access::Admin, none, &AdminRoutes::handleRemoveAvatar},
                     });
}

void AdminRoutes::handleSearch(const RouteCall &call)
{
    const QString text =
        call.query.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded).left(100);
    const auto paged = pageOf(call.query);
    if (const auto *error = std::get_if<ApiError>(&paged)) {
        call.fail(*error);
        return;
    }
    const Page page = std::get<Page>(paged);
    using Result = std::variant<admin_store::UserPage, DomainError>;
    m_context.workers.run<Result>(
        this,
        [text, page](QSqlDatabase &db) {
            return admin_store::searchUsers(db, text, page.limit, page.offset);
        },
        answer<admin_store::UserPage, DomainError>(
            call.reply, [](const admin_store::UserPage &found) {
                return QHttpServerResponse(QJsonObject{{QStringLiteral("users"), found.users},
                                                       {QStringLiteral("total"), found.total}});
            }));
}

void AdminRoutes::handleUser(const RouteCall &call)
{
    const auto userId = userIdOf(call);
    if (!userId) {
        return;
    }
    using Result = std::variant<QJsonObject, DomainError>;
    m_context.workers.run<Result>(
        this, [userId](QSqlDatabase &db) { return admin_store::userDetails(db, *userId); },
        answer<QJsonObject, DomainError>(
            call.reply, [](const QJsonObject &details) { return QHttpServerResponse(details); }));
}

void AdminRoutes::handleBan(const RouteCall &call)
{
    FieldErrors errors;
    const QString reason =
        stringField(call.json, QStringLiteral("reason"), errors, true, 500).trimmed();
    if (!errors.has(QStringLiteral("reason")) && reason.isEmpty()) {
        errors.add(QStringLiteral("reason"), QStringLiteral("required"),
                   QStringLiteral("say why, for the audit log and the user"));
    }
    if (!errors.isEmpty()) {
        call.fail(errors.toError());
        return;
    }
    changeBan(call, true, reason);
}

void AdminRoutes::handleUnban(const RouteCall &call)
{
    changeBan(call, false, {});
}

void AdminRoutes::changeBan(const RouteCall &call, bool ban, const QString &reason)
{
    const auto userId = userIdOf(call);
    if (!userId) {
        return;
    }
    using Result = std::variant<QStringList, DomainError>;
    m_context.workers.run<Result>(
        this,
        [adminId = call.user.id, userId, reason, ban](QSqlDatabase &db) -> Result {
            if (ban) {
                return admin_store::ban(db, adminId, *userId, reason);
            }
            if (auto error = admin_store::unban(db, adminId, *userId)) {
                return *error;
            }
            return QStringList();
        },
        answer<QStringList, DomainError>(call.reply, [this](const QStringList &revoked) {
            emit m_context.auth.sessionsRevoked(revoked);
            return QHttpServerResponse(Status::NoContent);
        }));
}

void AdminRoutes::handleRole(const RouteCall &call)
{
    FieldErrors errors;
    const QString role = stringField(call.json, QStringLiteral("role"), errors, true, 10);
    if (!errors.has(QStringLiteral("role")) && role != QLatin1String("user") &&
        role != QLatin1String("admin")) {
        errors.add(QStringLiteral("role"), QStringLiteral("one_of"),
                   QStringLiteral("must be \"user\" or \"admin\""));
    }
    if (!errors.isEmpty()) {
        call.fail(errors.toError());
        return;
    }
    const auto userId = userIdOf(call);
    if (!userId) {
        return;
    }
    m_context.workers.run<std::optional<ApiError>>(
        this,
        [adminId = call.user.id, userId, role](QSqlDatabase &db) {
            return httpError(admin_store::setRole(db, adminId, *userId, role));
        },
        answerNoContent(call.reply));
}

void AdminRoutes::handleRemoveAvatar(const RouteCall &call)
{
    const auto userId = userIdOf(call);
    if (!userId) {
        return;
    }
    m_context.workers.run<std::optional<ApiError>>(
        this,
        [adminId = call.user.id, userId](QSqlDatabase &db) {
            return httpError(admin_store::removeAvatar(db, adminId, *userId));
        },
        answerNoContent(call.reply));
}

void AdminRoutes::handleAuditLog(const RouteCall &call)
{
    const auto paged = pageOf(call.query);
    if (const auto *error = std::get_if<ApiError>(&paged)) {
        call.fail(*error);
        return;
    }
    const Page page = std::get<Page>(paged);
    using Result = std::variant<QJsonArray, DomainError>;
    m_context.workers.run<Result>(
        this,
        [page](QSqlDatabase &db) { return admin_store::auditLog(db, page.limit, page.offset); },
        answer<QJsonArray, DomainError>(call.reply, [](const QJsonArray &entries) {
            return QHttpServerResponse(QJsonObject{{QStringLiteral("entries"), entries}});
        }));
}

void AdminRoutes::handleFigures(const RouteCall &call)
{
    // Found now, not at registration: the social and play features register after this one.
    const PresenceTracker *presence = PresenceTracker::find(m_context.owner);
    const int stale =
        presence ? presence->settings().staleAfterSeconds : PresenceSettings().staleAfterSeconds;
    using Result = std::variant<admin_store::StoredFigures, DomainError>;
    m_context.workers.run<Result>(
        this, [stale](QSqlDatabase &db) { return admin_store::figures(db, stale); },
        [this, reply = call.reply](Result result) {
            if (const auto *error = std::get_if<DomainError>(&result)) {
                reply->send(ApiError::from(*error).toResponse());
                return;
            }
            const admin_store::StoredFigures stored = std::get<admin_store::StoredFigures>(result);
            const auto send = [reply, stored](const QJsonValue &liveMatches) {
                reply->send(QHttpServerResponse(
                    QJsonObject{{QStringLiteral("connectedUsers"), stored.connectedUsers},
                                {QStringLiteral("liveMatches"), liveMatches},
                                {QStringLiteral("matchesToday"), stored.matchesToday},
                                {QStringLiteral("generatedAt"),
                                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}}));
            };
            // The cluster's running matches (the play feature registers after this one).
            RoomService *rooms = RoomService::find(m_context.owner);
            if (!rooms) {
                send(QJsonValue());
                return;
            }
            rooms->countLiveMatches([send](int count) { send(count); });
        });
}

} // namespace transcendence::server
