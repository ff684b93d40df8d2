#include "chat/ChatRoutes.h"

#include "auth/RequestAuthenticator.h"
#include "chat/ChatFeature.h"
#include "db/DatabaseWorkers.h"
#include "http/JsonBody.h"
#include "http/RequestParameters.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QUuid>

#include <cmath>

namespace transcendence::server {
namespace {

using namespace Qt::StringLiterals;
using Status = QHttpServerResponder::StatusCode;
using Method = QHttpServerRequest::Method;
namespace proto = transcendence::protocol;

// Sends done(value) as JSON with the status, or the error.
template <typename Value, typename ToJson>
std::function<void(std::variant<Value, ChatError>)> answerWith(const DeferredReplyPtr &reply,
                                                               Status status, ToJson toJson)
{
    return [reply, status, toJson](std::variant<Value, ChatError> result) {
        if (const auto *error = std::get_if<ChatError>(&result)) {
            reply->send(error->toResponse());
            return;
        }
        reply->send(QHttpServerResponse(toJson(std::get<Value>(result)), status));
    };
}

std::optional<qint64> integerField(const QJsonObject &body, const QString &field, qint64 minimum)
{
    const QJsonValue value = body.value(field);
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number) || std::trunc(number) != number ||
        number < double(minimum) || number > 9007199254740991.0) {
        return std::nullopt;
    }
    return qint64(number);
}

QJsonArray messagesJson(const QList<proto::ChatMessageRecord> &messages)
{
    QJsonArray list;
    for (const auto &message : messages) {
        list.append(message.toJson());
    }
    return list;
}

// A JSON body parsed before authentication, answered only once the caller is known; nullopt
// when an answer (415/400) was sent.
std::optional<QJsonObject> bodyOrAnswer(const std::variant<QJsonObject, ApiError> &parsed,
                                        const DeferredReplyPtr &reply)
{
    if (const auto *error = std::get_if<ApiError>(&parsed)) {
        reply->send(error->toResponse());
        return std::nullopt;
    }
    return std::get<QJsonObject>(parsed);
}

} // namespace

ChatRoutes::ChatRoutes(const FeatureContext &context, ChatFeature &feature, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_feature(feature)
{}

void ChatRoutes::registerRoutes(QHttpServer &server)
{
    using IdHandler =
        void (ChatRoutes::*)(const QString &, const QHttpServerRequest &, const DeferredReplyPtr &);
    const auto bindId = [&](const QString &path, IdHandler handler) {
        server.route(path, [this, handler](const QString &id, const QHttpServerRequest &request,
                                           QHttpServerResponder &&responder) {
            (this->*handler)(id, request, deferReply(request, std::move(responder)));
        });
    };
    server.route(QStringLiteral("/api/chat/conversations"),
                 [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     handleList(request, deferReply(request, std::move(responder)));
                 });
    // Longer paths first: <arg> matches one segment, but the router takes the first match.
    bindId(QStringLiteral("/api/chat/conversations/<arg>/messages"), &ChatRoutes::handleMessages);
    bindId(QStringLiteral("/api/chat/conversations/<arg>/read"), &ChatRoutes::handleRead);
    bindId(QStringLiteral("/api/chat/conversations/<arg>"), &ChatRoutes::handleConversation);
    bindId(QStringLiteral("/api/chat/direct/<arg>"), &ChatRoutes::handleDirect);
}

void ChatRoutes::handleDirect(const QString &userId, const QHttpServerRequest &request,
                              const DeferredReplyPtr &reply)
{
    if (!requireMethod(request, reply, {Method::Post})) {
        return;
    }
    m_context.authenticator.authenticate(
        request, reply, [this, reply, userId](const UserRecord &user, const AccessClaims &) {
            const auto peerId = positiveIdFrom(userId);
            if (!peerId) {
                reply->send(ChatError::notFound(u"no such user"_s).toResponse());
                return;
            }
            using Result = std::variant<chat_store::DirectOutcome, ChatError>;
            m_context.workers.run<Result>(
                this,
                [me = user.id, peer = *peerId](QSqlDatabase &db) {
                    return chat_store::openDirect(db, me, peer);
                },
                [this, reply, me = user.id](Result result) {
                    if (const auto *error = std::get_if<ChatError>(&result)) {
                        reply->send(error->toResponse());
                        return;
                    }
                    const auto &outcome = std::get<chat_store::DirectOutcome>(result);
                    if (outcome.created) {
                        m_feature.publishConversation(me, outcome.conversation);
                        m_feature.publishConversation(outcome.peerId, outcome.peerView);
                    }
                    reply->send(QHttpServerResponse(
                        QJsonObject{{u"conversation"_s, outcome.conversation.toJson()}},
                        outcome.created ? Status::Created : Status::Ok));
                });
        });
}

void ChatRoutes::handleList(const QHttpServerRequest &request, const DeferredReplyPtr &reply)
{
    if (!requireMethod(request, reply, {Method::Get})) {
        return;
    }
    m_context.authenticator.authenticate(
        request, reply, [this, reply](const UserRecord &user, const AccessClaims &) {
            using List = chat_store::ConversationList;
            m_context.workers.run<std::variant<List, ChatError>>(
                this,
                [me = user.id](QSqlDatabase &db) { return chat_store::conversations(db, me); },
                answerWith<List>(reply, Status::Ok, [](const List &list) {
                    QJsonArray conversations;
                    for (const auto &conversation : list.conversations) {
                        conversations.append(conversation.toJson());
                    }
                    return QJsonObject{{u"conversations"_s, conversations},
                                       {u"totalUnread"_s, list.totalUnread},
                                       {u"mutedUntil"_s, list.mutedUntil.isValid()
                                                             ? QJsonValue(list.mutedUntil.toString(
                                                                   Qt::ISODateWithMs))
                                                             : QJsonValue()}};
                }));
        });
}

void ChatRoutes::handleConversation(const QString &id, const QHttpServerRequest &request,
                                    const DeferredReplyPtr &reply)
{
    if (!requireMethod(request, reply, {Method::Get})) {
        return;
    }
    m_context.authenticator.authenticate(
        request, reply, [this, reply, id](const UserRecord &user, const AccessClaims &) {
            const auto conversationId = positiveIdFrom(id);
            if (!conversationId) {
                reply->send(ChatError::notFound(u"no such conversation"_s).toResponse());
                return;
            }
            using Record = proto::ConversationRecord;
            m_context.workers.run<std::variant<Record, ChatError>>(
                this,
                [me = user.id, conversation = *conversationId](QSqlDatabase &db) {
                    return chat_store::conversation(db, me, conversation);
                },
                answerWith<Record>(reply, Status::Ok, [](const Record &conversation) {
                    return QJsonObject{{u"conversation"_s, conversation.toJson()}};
                }));
        });
}

void ChatRoutes::handleMessages(const QString &id, const QHttpServerRequest &request,
                                const DeferredReplyPtr &reply)
{
    if (!requireMethod(request, reply, {Method::Get, Method::Post})) {
        return;
    }
    const auto conversationId = positiveIdFrom(id);
    if (request.method() == Method::Get) {
        m_context.authenticator.authenticate(
            request, reply,
            [this, reply, conversationId, query = request.query()](const UserRecord &user,
                                                                   const AccessClaims &) {
                if (!conversationId) {
                    reply->send(ChatError::notFound(u"no such conversation"_s).toResponse());
                    return;
                }
                FieldErrors errors;
                const int limit = integerParameter(query, u"limit"_s, errors, 1,
                                                   proto::chat_rules::kHistoryPageMax,
                                                   proto::chat_rules::kHistoryPageDefault);
                std::optional<qint64> before;
                std::optional<qint64> after;
                for (const QString &name : {u"before"_s, u"after"_s}) {
                    if (!query.hasQueryItem(name)) {
                        continue;
                    }
                    bool ok = false;
                    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
                    if (!ok || value < 0) {
                        errors.add(name,
                                   FieldProblem::invalid(u"must be a whole number >= 0 (a seq)"_s));
                    } else {
                        (name == u"before"_s ? before : after) = value;
                    }
                }
                if (before && after) {
                    errors.add(u"after"_s,
                               FieldProblem::invalid(u"give before or after, not both"_s));
                }
                if (!errors.isEmpty()) {
                    reply->send(errors.toError().toResponse());
                    return;
                }
                using Page = chat_store::HistoryPage;
                m_context.workers.run<std::variant<Page, ChatError>>(
                    this,
                    [me = user.id, conversation = *conversationId, before, after,
                     limit](QSqlDatabase &db) {
                        return chat_store::history(db, me, conversation, before, after, limit);
                    },
                    answerWith<Page>(reply, Status::Ok, [](const Page &page) {
                        return QJsonObject{{u"messages"_s, messagesJson(page.messages)},
                                           {u"hasMore"_s, page.hasMore}};
                    }));
            });
        return;
    }
    const auto parsed = readJsonObject(request);
    m_context.authenticator.authenticate(
        request, reply,
        [this, reply, conversationId, parsed](const UserRecord &user, const AccessClaims &) {
            const auto body = bodyOrAnswer(parsed, reply);
            if (!body) {
                return;
            }
            if (!conversationId) {
                reply->send(ChatError::notFound(u"no such conversation"_s).toResponse());
                return;
            }
            const QJsonValue text = body->value(u"text"_s);
            const QString clientId = body->value(u"clientMessageId"_s).toString();
            if (!text.isString()) {
                reply->send(ChatError::invalidField(u"text"_s, u"must be a string"_s).toResponse());
                return;
            }
            if (clientId.size() != 36 || QUuid::fromString(clientId).isNull()) {
                reply->send(ChatError::invalidField(u"clientMessageId"_s, u"must be a UUID"_s)
                                .toResponse());
                return;
            }
            using Result = std::variant<chat_store::SendOutcome, ChatError>;
            ChatLimiter *limiter = &m_feature.limiter();
            m_context.workers.run<Result>(
                this,
                [limiter, me = user.id, conversation = *conversationId, text = text.toString(),
                 clientId](QSqlDatabase &db) {
                    return chat_store::sendText(db, *limiter, me, conversation, text, clientId);
                },
                [this, reply](Result result) {
                    if (const auto *error = std::get_if<ChatError>(&result)) {
                        reply->send(error->toResponse());
                        return;
                    }
                    const auto &outcome = std::get<chat_store::SendOutcome>(result);
                    reply->send(
                        QHttpServerResponse(QJsonObject{{u"message"_s, outcome.message.toJson()}},
                                            outcome.replay ? Status::Ok : Status::Created));
                    if (!outcome.replay) {
                        m_feature.publish(outcome.message, outcome.recipients);
                    }
                });
        });
}

void ChatRoutes::handleRead(const QString &id, const QHttpServerRequest &request,
                            const DeferredReplyPtr &reply)
{
    if (!requireMethod(request, reply, {Method::Post})) {
        return;
    }
    const auto conversationId = positiveIdFrom(id);
    const auto parsed = readJsonObject(request);
    m_context.authenticator.authenticate(
        request, reply,
        [this, reply, conversationId, parsed](const UserRecord &user, const AccessClaims &) {
            const auto body = bodyOrAnswer(parsed, reply);
            if (!body) {
                return;
            }
            if (!conversationId) {
                reply->send(ChatError::notFound(u"no such conversation"_s).toResponse());
                return;
            }
            const auto seq = integerField(*body, u"seq"_s, 0);
            if (!seq) {
                reply->send(ChatError::invalidField(u"seq"_s, u"must be a whole number >= 0"_s)
                                .toResponse());
                return;
            }
            using Result = std::variant<chat_store::ReadOutcome, ChatError>;
            m_context.workers.run<Result>(
                this,
                [me = user.id, conversation = *conversationId, seq = *seq](QSqlDatabase &db) {
                    return chat_store::markRead(db, me, conversation, seq);
                },
                [this, reply, me = user.id, conversation = *conversationId](Result result) {
                    if (const auto *error = std::get_if<ChatError>(&result)) {
                        reply->send(error->toResponse());
                        return;
                    }
                    const auto &read = std::get<chat_store::ReadOutcome>(result);
                    reply->send(QHttpServerResponse(QJsonObject{{u"conversationId"_s, conversation},
                                                                {u"readSeq"_s, read.readSeq},
                                                                {u"unread"_s, read.unread}}));
                    m_feature.publishRead(me, conversation, read);
                });
        });
}

} // namespace transcendence::server
