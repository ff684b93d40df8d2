#include "chat/ChatModerationRoutes.h"

#include "auth/RequestAuthenticator.h"
#include "chat/ChatFeature.h"
#include "chat/ChatModerationStore.h"
#include "db/DatabaseWorkers.h"
#include "http/JsonBody.h"
#include "http/RequestParameters.h"
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

// A body that may be absent (DELETE with or without a reason): empty object then.
std::variant<QJsonObject, ApiError> optionalBody(const QHttpServerRequest &request)
{
    if (request.body().trimmed().isEmpty()) {
        return QJsonObject{};
    }
    return readJsonObject(request);
}

std::optional<QString> reasonOf(const QJsonObject &body, const DeferredReplyPtr &reply)
{
    const QJsonValue reason = body.value(u"reason"_s);
    if (!reason.isUndefined() && !reason.isNull() &&
        (!reason.isString() || reason.toString().size() > kMaxReasonLength)) {
        reply->send(
            ChatError::invalidField(
                u"reason"_s, u"must be a text of at most %1 characters"_s.arg(kMaxReasonLength))
                .toResponse());
        return std::nullopt;
    }
    // Never a null QString: it would be bound as SQL NULL.
    const QString text = reason.toString().trimmed();
    return text.isNull() ? u""_s : text;
}

ApiError forbidden()
{
    return {Status::Forbidden, u"forbidden"_s, u"this needs an admin account"_s, {}};
}

} // namespace

ChatModerationRoutes::ChatModerationRoutes(const FeatureContext &context, ChatFeature &feature,
                                           QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_feature(feature)
{}

void ChatModerationRoutes::registerRoutes(QHttpServer &server)
{
    using IdHandler = void (ChatModerationRoutes::*)(const QString &, const QHttpServerRequest &,
                                                     const DeferredReplyPtr &);
    const auto bindId = [&](const QString &path, IdHandler handler) {
        server.route(path, [this, handler](const QString &id, const QHttpServerRequest &request,
                                           QHttpServerResponder &&responder) {
            (this->*handler)(id, request, deferReply(request, std::move(responder)));
        });
    };
    bindId(QStringLiteral("/api/chat/messages/<arg>/report"), &ChatModerationRoutes::handleReport);
    server.route(QStringLiteral("/api/admin/chat/reports"),
                 [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     handleList(request, deferReply(request, std::move(responder)));
                 });
    bindId(QStringLiteral("/api/admin/chat/reports/<arg>/dismiss"),
           &ChatModerationRoutes::handleDismiss);
    bindId(QStringLiteral("/api/admin/chat/messages/<arg>"), &ChatModerationRoutes::handleRemove);
    bindId(QStringLiteral("/api/admin/users/<arg>/mute"), &ChatModerationRoutes::handleMute);
}

void ChatModerationRoutes::asAdmin(const QHttpServerRequest &request, const DeferredReplyPtr &reply,
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

void ChatModerationRoutes::handleReport(const QString &id, const QHttpServerRequest &request,
                                        const DeferredReplyPtr &reply)
{
    if (!requireMethod(request, reply, {Method::Post})) {
        return;
    }
    const auto messageId = positiveIdFrom(id);
    const auto parsed = readJsonObject(request);
    m_context.authenticator.authenticate(
        request, reply,
        [this, reply, messageId, parsed](const UserRecord &user, const AccessClaims &) {
            if (const auto *error = std::get_if<ApiError>(&parsed)) {
                reply->send(error->toResponse());
                return;
            }
            if (!messageId) {
                reply->send(ChatError::notFound(u"no such message"_s).toResponse());
                return;
            }
            const QJsonObject body = std::get<QJsonObject>(parsed);
            const QString reason = body.value(u"reason"_s).toString();
            static const QStringList reasons{u"spam"_s, u"abuse"_s, u"cheating"_s, u"other"_s};
            if (!reasons.contains(reason)) {
                reply->send(ChatError::invalidField(u"reason"_s,
                                                    u"must be spam, abuse, cheating or other"_s)
                                .toResponse());
                return;
            }
            const QJsonValue comment = body.value(u"comment"_s);
            if (!comment.isUndefined() && !comment.isNull() &&
                (!comment.isString() || comment.toString().size() > kMaxReasonLength)) {
                reply->send(ChatError::invalidField(u"comment"_s,
                                                    u"must be a text of at most 500 characters"_s)
                                .toResponse());
                return;
            }
            using Result = std::variant<QJsonObject, ChatError>;
            m_context.workers.run<Result>(
                this,
                [me = user.id, message = *messageId, reason,
                 comment = comment.toString().trimmed()](QSqlDatabase &db) {
                    return chat_moderation::report(db, me, message, reason, comment);
                },
                [reply](Result result) {
                    if (const auto *error = std::get_if<ChatError>(&result)) {
                        reply->send(error->toResponse());
                        return;
                    }
                    reply->send(QHttpServerResponse(
                        QJsonObject{{u"report"_s, std::get<QJsonObject>(result)}},
                        Status::Created));
                });
        });
}

void ChatModerationRoutes::handleList(const QHttpServerRequest &request,
                                      const DeferredReplyPtr &reply)
{
    if (!requireMethod(request, reply, {Method::Get})) {
        return;
    }
    asAdmin(request, reply, [this, reply, query = request.query()](const UserRecord &) {
        FieldErrors errors;
        const int limit = integerParameter(query, u"limit"_s, errors, 1, 100, 50);
        const int offset = integerParameter(query, u"offset"_s, errors, 0, 1'000'000, 0);
        const QString status = query.queryItemValue(u"status"_s).isEmpty()
                                   ? u"open"_s
                                   : query.queryItemValue(u"status"_s);
        if (status != u"open"_s && status != u"resolved"_s) {
            errors.add(u"status"_s, FieldProblem::invalid(u"must be open or resolved"_s));
        }
        if (!errors.isEmpty()) {
            reply->send(errors.toError().toResponse());
            return;
        }
        using Result = std::variant<chat_moderation::ReportPage, ChatError>;
        m_context.workers.run<Result>(
            this,
            [status, limit, offset](QSqlDatabase &db) {
                return chat_moderation::listReports(db, status, limit, offset);
            },
            [reply](Result result) {
                if (const auto *error = std::get_if<ChatError>(&result)) {
                    reply->send(error->toResponse());
                    return;
                }
                const auto &page = std::get<chat_moderation::ReportPage>(result);
                reply->send(QHttpServerResponse(
                    QJsonObject{{u"reports"_s, page.reports}, {u"total"_s, page.total}}));
            });
    });
}

void ChatModerationRoutes::handleDismiss(const QString &id, const QHttpServerRequest &request,
                                         const DeferredReplyPtr &reply)
{
    if (!requireMethod(request, reply, {Method::Post})) {
        return;
    }
    const auto reportId = positiveIdFrom(id);
    asAdmin(request, reply, [this, reply, reportId](const UserRecord &admin) {
        if (!reportId) {
            reply->send(ChatError::notFound(u"no open report with this id"_s).toResponse());
            return;
        }
        using Result = std::variant<QJsonObject, ChatError>;
        m_context.workers.run<Result>(
            this,
            [adminId = admin.id, report = *reportId](QSqlDatabase &db) {
                return chat_moderation::dismissReport(db, adminId, report);
            },
            [reply](Result result) {
                if (const auto *error = std::get_if<ChatError>(&result)) {
                    reply->send(error->toResponse());
                    return;
                }
                reply->send(
                    QHttpServerResponse(QJsonObject{{u"report"_s, std::get<QJsonObject>(result)}}));
            });
    });
}

void ChatModerationRoutes::handleRemove(const QString &id, const QHttpServerRequest &request,
                                        const DeferredReplyPtr &reply)
{
    if (!requireMethod(request, reply, {Method::Delete})) {
        return;
    }
    const auto messageId = positiveIdFrom(id);
    const auto parsed = optionalBody(request);
    asAdmin(request, reply, [this, reply, messageId, parsed](const UserRecord &admin) {
        if (const auto *error = std::get_if<ApiError>(&parsed)) {
            reply->send(error->toResponse());
            return;
        }
        if (!messageId) {
            reply->send(ChatError::notFound(u"no such message"_s).toResponse());
            return;
        }
        const auto reason = reasonOf(std::get<QJsonObject>(parsed), reply);
        if (!reason) {
            return;
        }
        using Result = std::variant<chat_moderation::Removed, ChatError>;
        m_context.workers.run<Result>(
            this,
            [adminId = admin.id, message = *messageId, reason = *reason](QSqlDatabase &db) {
                return chat_moderation::removeMessage(db, adminId, message, reason);
            },
            [this, reply, reason = *reason, messageId = *messageId](Result result) {
                if (const auto *error = std::get_if<ChatError>(&result)) {
                    reply->send(error->toResponse());
                    return;
                }
                const auto &removed = std::get<chat_moderation::Removed>(result);
                reply->send(QHttpServerResponse(
                    QJsonObject{{u"message"_s, removed.updated.message.toJson()}}));
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
    });
}

void ChatModerationRoutes::handleMute(const QString &id, const QHttpServerRequest &request,
                                      const DeferredReplyPtr &reply)
{
    if (!requireMethod(request, reply, {Method::Post, Method::Delete})) {
        return;
    }
    const auto userId = positiveIdFrom(id);
    const bool muting = request.method() == Method::Post;
    const auto parsed = muting ? readJsonObject(request) : optionalBody(request);
    asAdmin(request, reply, [this, reply, userId, parsed, muting](const UserRecord &admin) {
        if (const auto *error = std::get_if<ApiError>(&parsed)) {
            reply->send(error->toResponse());
            return;
        }
        if (!userId) {
            reply->send(ChatError::notFound(u"no such user"_s).toResponse());
            return;
        }
        if (!muting) {
            using Result = std::variant<bool, ChatError>;
            m_context.workers.run<Result>(
                this,
                [adminId = admin.id, user = *userId](QSqlDatabase &db) {
                    return chat_moderation::unmute(db, adminId, user);
                },
                [this, reply, user = *userId](Result result) {
                    if (const auto *error = std::get_if<ChatError>(&result)) {
                        reply->send(error->toResponse());
                        return;
                    }
                    reply->send(QHttpServerResponse(Status::NoContent));
                    NotificationService::send(*m_feature.parent(), user, u"moderation"_s, 0,
                                              {{u"action"_s, u"unmuted"_s}}, u"/chat"_s);
                });
            return;
        }
        const QJsonObject body = std::get<QJsonObject>(parsed);
        const QJsonValue minutes = body.value(u"minutes"_s);
        const double number = minutes.toDouble();
        if (!minutes.isDouble() || !std::isfinite(number) || std::trunc(number) != number ||
            number < 1 || number > kMaxMuteMinutes) {
            reply->send(
                ChatError::invalidField(
                    u"minutes"_s, u"must be a whole number from 1 to %1"_s.arg(kMaxMuteMinutes))
                    .toResponse());
            return;
        }
        const auto reason = reasonOf(body, reply);
        if (!reason) {
            return;
        }
        using Result = std::variant<QDateTime, ChatError>;
        m_context.workers.run<Result>(
            this,
            [adminId = admin.id, user = *userId, minutes = int(number),
             reason = *reason](QSqlDatabase &db) {
                return chat_moderation::mute(db, adminId, user, minutes, reason);
            },
            [this, reply, user = *userId, reason = *reason](Result result) {
                if (const auto *error = std::get_if<ChatError>(&result)) {
                    reply->send(error->toResponse());
                    return;
                }
                const QString until = std::get<QDateTime>(result).toString(Qt::ISODateWithMs);
                reply->send(QHttpServerResponse(QJsonObject{
                    {u"userId"_s, user}, {u"mutedUntil"_s, until}, {u"reason"_s, reason}}));
                NotificationService::send(
                    *m_feature.parent(), user, u"moderation"_s, 0,
                    {{u"action"_s, u"muted"_s}, {u"until"_s, until}, {u"reason"_s, reason}},
                    u"/chat"_s);
            });
    });
}

} // namespace transcendence::server
