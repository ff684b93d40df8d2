#include "chat/ChatModerationRoutes.h"

#include "chat/ChatFeature.h"
#include "chat/ChatModerationStore.h"
#include "db/DatabaseWorkers.h"
#include "http/JsonBody.h"
#include "http/RequestParameters.h"
#include "http/Router.h"
#include "notifications/NotificationService.h"

#include <QHttpServer>

#include <cmath>

namespace transcendence::server {
namespace {

using namespace Qt::StringLiterals;
using Status = QHttpServerResponder::StatusCode;
using Method = QHttpServerRequest::Method;

constexpr int kMaxMuteMinutes = 43'200; // 30 days
constexpr int kMaxReasonLength = 500;

std::optional<QString> reasonOf(const QJsonObject &body, const RouteCall &call)
{
    const QJsonValue reason = body.value(u"reason"_s);
    if (!reason.isUndefined() && !reason.isNull() &&
        (!reason.isString() || reason.toString().size() > kMaxReasonLength)) {
        call.send(
            ChatError::invalidField(
                u"reason"_s, u"must be a text of at most %1 characters"_s.arg(kMaxReasonLength))
                .toResponse());
        return std::nullopt;
    }
    // Never a null QString: it would be bound as SQL NULL.
    const QString text = reason.toString().trimmed();
    return text.isNull() ? u""_s : text;
}

// The id in the path; nullopt after answering 404 (with the message) when it names nothing.
std::optional<qint64> idOf(const RouteCall &call, const QString &notFound)
{
    const auto id = positiveIdFrom(call.arg());
    if (!id) {
        call.send(ChatError::notFound(notFound).toResponse());
    }
    return id;
}

} // namespace

ChatModerationRoutes::ChatModerationRoutes(const FeatureContext &context, ChatFeature &feature,
                                           QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_feature(feature)
{}

void ChatModerationRoutes::registerRoutes(Router &router)
{
    const BodyRule none = BodyRule::none();
    // A DELETE may say why, or not.
    const BodyRule optionalJson = BodyRule::optionalJson();
    router.add(this, {
                         {Method::Post, u"/api/chat/messages/<arg>/report"_s, Access::SignedIn,
                          BodyRule::json(), &ChatModerationRoutes::handleReport},
                         {Method::Get, u"/api/admin/chat/reports"_s, Access::Admin, none,
                          &ChatModerationRoutes::handleList},
                         {Method::Post, u"/api/admin/chat/reports/<arg>/dismiss"_s, Access::Admin,
                          none, &ChatModerationRoutes::handleDismiss},
                         {Method::Delete, u"/api/admin/chat/messages/<arg>"_s, Access::Admin,
                          optionalJson, &ChatModerationRoutes::handleRemove},
                         {Method::Post, u"/api/admin/users/<arg>/mute"_s, Access::Admin,
                          BodyRule::json(), &ChatModerationRoutes::handleMute},
                         {Method::Delete, u"/api/admin/users/<arg>/mute"_s, Access::Admin,
                          optionalJson, &ChatModerationRoutes::handleUnmute},
                     });
}

void ChatModerationRoutes::handleReport(const RouteCall &call)
{
    const auto messageId = idOf(call, u"no such message"_s);
    if (!messageId) {
        return;
    }
    const QString reason = call.json.value(u"reason"_s).toString();
    static const QStringList reasons{u"spam"_s, u"abuse"_s, u"cheating"_s, u"other"_s};
    if (!reasons.contains(reason)) {
        call.send(ChatError::invalidField(u"reason"_s, u"must be spam, abuse, cheating or other"_s)
                      .toResponse());
        return;
    }
    const QJsonValue comment = call.json.value(u"comment"_s);
    if (!comment.isUndefined() && !comment.isNull() &&
        (!comment.isString() || comment.toString().size() > kMaxReasonLength)) {
        call.send(
            ChatError::invalidField(u"comment"_s, u"must be a text of at most 500 characters"_s)
                .toResponse());
        return;
    }
    using Result = std::variant<QJsonObject, ChatError>;
    m_context.workers.run<Result>(
        this,
        [me = call.user.id, message = *messageId, reason, comment = comment.toString().trimmed()](
            QSqlDatabase &db) { return chat_moderation::report(db, me, message, reason, comment); },
        answer<QJsonObject, ChatError>(call.reply, [](const QJsonObject &report) {
            return QHttpServerResponse(QJsonObject{{u"report"_s, report}}, Status::Created);
        }));
}

void ChatModerationRoutes::handleList(const RouteCall &call)
{
    const QUrlQuery &query = call.query;
    FieldErrors errors;
    const int limit = integerParameter(query, u"limit"_s, errors, 1, 100, 50);
    const int offset = integerParameter(query, u"offset"_s, errors, 0, 1'000'000, 0);
    const QString status =
        query.queryItemValue(u"status"_s).isEmpty() ? u"open"_s : query.queryItemValue(u"status"_s);
    if (status != u"open"_s && status != u"resolved"_s) {
        errors.add(u"status"_s, FieldProblem::invalid(u"must be open or resolved"_s));
    }
    if (!errors.isEmpty()) {
        call.fail(errors.toError());
        return;
    }
    using Result = std::variant<chat_moderation::ReportPage, ChatError>;
    m_context.workers.run<Result>(
        this,
        [status, limit, offset](QSqlDatabase &db) {
            return chat_moderation::listReports(db, status, limit, offset);
        },
        answer<chat_moderation::ReportPage, ChatError>(
            call.reply, [](const chat_moderation::ReportPage &page) {
                return QHttpServerResponse(
                    QJsonObject{{u"reports"_s, page.reports}, {u"total"_s, page.total}});
            }));
}

void ChatModerationRoutes::handleDismiss(const RouteCall &call)
{
    const auto reportId = idOf(call, u"no open report with this id"_s);
    if (!reportId) {
        return;
    }
    using Result = std::variant<QJsonObject, ChatError>;
    m_context.workers.run<Result>(
        this,
        [adminId = call.user.id, report = *reportId](QSqlDatabase &db) {
            return chat_moderation::dismissReport(db, adminId, report);
        },
        answer<QJsonObject, ChatError>(call.reply, [](const QJsonObject &report) {
            return QHttpServerResponse(QJsonObject{{u"report"_s, report}});
        }));
}

void ChatModerationRoutes::handleRemove(const RouteCall &call)
{
    const auto messageId = idOf(call, u"no such message"_s);
    if (!messageId) {
        return;
    }
    const auto reason = reasonOf(call.json, call);
    if (!reason) {
        return;
    }
    using Result = std::variant<chat_moderation::Removed, ChatError>;
    m_context.workers.run<Result>(
        this,
        [adminId = call.user.id, message = *messageId, reason = *reason](QSqlDatabase &db) {
            return chat_moderation::removeMessage(db, adminId, message, reason);
        },
        [this, reply = call.reply, reason = *reason, messageId = *messageId](Result result) {
            if (const auto *error = std::get_if<ChatError>(&result)) {
                reply->send(error->toResponse());
                return;
            }
            const auto &removed = std::get<chat_moderation::Removed>(result);
            reply->send(
                QHttpServerResponse(QJsonObject{{u"message"_s, removed.updated.message.toJson()}}));
            m_feature.publishUpdate(removed.updated.message, removed.updated.recipients);
            if (removed.authorId > 0) {
                NotificationService::send(
                    *m_feature.parent(), removed.authorId, u"moderation"_s, 0,
                    {{u"action"_s, u"message_removed"_s},
                     {u"messageId"_s, messageId},
                     {u"conversationId"_s, removed.updated.message.conversationId},
                     {u"reason"_s, reason}},
                    u"/chat/%1"_s.arg(removed.updated.message.conversationId));
            }
        });
}

void ChatModerationRoutes::handleUnmute(const RouteCall &call)
{
    const auto userId = idOf(call, u"no such user"_s);
    if (!userId) {
        return;
    }
    using Result = std::variant<bool, ChatError>;
    m_context.workers.run<Result>(
        this,
        [adminId = call.user.id, user = *userId](QSqlDatabase &db) {
            return chat_moderation::unmute(db, adminId, user);
        },
        [this, reply = call.reply, user = *userId](Result result) {
            if (const auto *error = std::get_if<ChatError>(&result)) {
                reply->send(error->toResponse());
                return;
            }
            reply->send(QHttpServerResponse(Status::NoContent));
            NotificationService::send(*m_feature.parent(), user, u"moderation"_s, 0,
                                      {{u"action"_s, u"unmuted"_s}}, u"/chat"_s);
        });
}

void ChatModerationRoutes::handleMute(const RouteCall &call)
{
    const auto userId = idOf(call, u"no such user"_s);
    if (!userId) {
        return;
    }
    const QJsonValue minutes = call.json.value(u"minutes"_s);
    const double number = minutes.toDouble();
    if (!minutes.isDouble() || !std::isfinite(number) || std::trunc(number) != number ||
        number < 1 || number > kMaxMuteMinutes) {
        call.send(ChatError::invalidField(
                      u"minutes"_s, u"must be a whole number from 1 to %1"_s.arg(kMaxMuteMinutes))
                      .toResponse());
        return;
    }
    const auto reason = reasonOf(call.json, call);
    if (!reason) {
        return;
    }
    using Result = std::variant<QDateTime, ChatError>;
    m_context.workers.run<Result>(
        this,
        [adminId = call.user.id, user = *userId, minutes = int(number), reason = *reason](
            QSqlDatabase &db) { return chat_moderation::mute(db, adminId, user, minutes, reason); },
        [this, reply = call.reply, user = *userId, reason = *reason](Result result) {
            if (const auto *error = std::get_if<ChatError>(&result)) {
                reply->send(error->toResponse());
                return;
            }
            const QString until = std::get<QDateTime>(result).toString(Qt::ISODateWithMs);
            reply->send(QHttpServerResponse(
                QJsonObject{{u"userId"_s, user}, {u"mutedUntil"_s, until}, {u"reason"_s, reason}}));
            NotificationService::send(
                *m_feature.parent(), user, u"moderation"_s, 0,
                {{u"action"_s, u"muted"_s}, {u"until"_s, until}, {u"reason"_s, reason}},
                u"/chat"_s);
        });
}

} // namespace transcendence::server
