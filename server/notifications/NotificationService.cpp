#include "notifications/NotificationService.h"

#include "app/StructuredLog.h"
#include "db/DatabaseWorkers.h"
#include "http/JsonBody.h"
#include "http/RequestParameters.h"
#include "http/Router.h"
#include "notifications/NotificationStore.h"
#include "realtime/RealtimeHub.h"

#include <QHttpServer>
#include <QJsonArray>

#include <cmath>

namespace transcendence::server {

using namespace Qt::StringLiterals;
using Status = QHttpServerResponder::StatusCode;
using Method = QHttpServerRequest::Method;
namespace proto = transcendence::protocol;

namespace {
constexpr int kMaxIdsPerRead = 200;
}

NotificationService::NotificationService(const FeatureContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    setObjectName(u"notificationService"_s);
}

NotificationService *NotificationService::find(const QObject &featureOwner)
{
    return featureOwner.findChild<NotificationService *>(u"notificationService"_s,
                                                         Qt::FindDirectChildrenOnly);
}

void NotificationService::send(const QObject &featureOwner, qint64 userId, const QString &kind,
                               qint64 actorId, const QJsonObject &data, const QString &link)
{
    if (NotificationService *service = find(featureOwner)) {
        service->notify(userId, kind, actorId, data, link);
    }
}

void NotificationService::notify(qint64 userId, const QString &kind, qint64 actorId,
                                 const QJsonObject &data, const QString &link)
{
    using Result = std::variant<notification_store::Created, ChatError>;
    m_context.workers.run<Result>(
        this,
        [userId, kind, actorId, data, link](QSqlDatabase &db) {
            return notification_store::create(db, userId, kind, actorId, data, link);
        },
        [this, userId, kind](Result result) {
            if (const auto *error = std::get_if<ChatError>(&result)) {
                StructuredLog::warning(
                    u"notification_not_stored"_s,
                    {{u"userId"_s, userId}, {u"kind"_s, kind}, {u"error"_s, error->code}});
                return;
            }
            const auto &created = std::get<notification_store::Created>(result);
            m_context.hub.deliverToUser(
                userId, proto::NotificationPush{created.notification, created.unread}.toJson());
        });
}

void NotificationService::registerRoutes(Router &router)
{
    router.add(this, {
                         {Method::Get, u"/api/notifications"_s, Access::SignedIn, BodyRule::none(),
                          &NotificationService::handleList},
                         {Method::Post, u"/api/notifications/read"_s, Access::SignedIn,
                          BodyRule::json(), &NotificationService::handleRead},
                     });
}

void NotificationService::handleList(const RouteCall &call)
{
    const QUrlQuery &query = call.query;
    FieldErrors errors;
    const int limit = integerParameter(query, u"limit"_s, errors, 1, 100, 50);
    std::optional<qint64> before;
    if (query.hasQueryItem(u"before"_s)) {
        bool ok = false;
        const qint64 value = query.queryItemValue(u"before"_s).toLongLong(&ok);
        if (!ok || value < 1) {
            errors.add(u"before"_s, FieldProblem::invalid(u"must be a notification id"_s));
        } else {
            before = value;
        }
    }
    if (!errors.isEmpty()) {
        call.fail(errors.toError());
        return;
    }
    using Result = std::variant<notification_store::Page, ChatError>;
    m_context.workers.run<Result>(
        this,
        [me = call.user.id, before, limit](QSqlDatabase &db) {
            return notification_store::list(db, me, before, limit);
        },
        answer<notification_store::Page, ChatError>(
            call.reply, [](const notification_store::Page &page) {
                QJsonArray list;
                for (const auto &notification : page.notifications) {
                    list.append(notification.toJson());
                }
                return QHttpServerResponse(QJsonObject{{u"notifications"_s, list},
                                                       {u"unread"_s, page.unread},
                                                       {u"hasMore"_s, page.hasMore}});
            }));
}

void NotificationService::handleRead(const RouteCall &call)
{
    const QJsonObject &body = call.json;
    const bool all = body.value(u"all"_s).toBool(false);
    QList<qint64> ids;
    const QJsonValue given = body.value(u"ids"_s);
    bool valid = all || (given.isArray() && given.toArray().size() <= kMaxIdsPerRead);
    for (const QJsonValue &id : given.toArray()) {
        const double number = id.toDouble();
        if (!id.isDouble() || !std::isfinite(number) || std::trunc(number) != number ||
            number < 1 || number > 9007199254740991.0) {
            valid = false;
            break;
        }
        ids << qint64(number);
    }
    if (!valid) {
        call.send(ChatError::invalidField(u"ids"_s,
                                          u"must be an array of at most %1 notification ids, or "
                                          "give \"all\": true"_s.arg(kMaxIdsPerRead))
                      .toResponse());
        return;
    }
    using Result = std::variant<qint64, ChatError>;
    m_context.workers.run<Result>(
        this,
        [me = call.user.id, ids, all](QSqlDatabase &db) {
            return notification_store::markRead(db, me, ids, all);
        },
        answer<qint64, ChatError>(call.reply, [this, me = call.user.id](qint64 unread) {
            m_context.hub.deliverToUser(me, proto::NotificationsRead{unread}.toJson());
            return QHttpServerResponse(QJsonObject{{u"unread"_s, unread}});
        }));
}

} // namespace transcendence::server
