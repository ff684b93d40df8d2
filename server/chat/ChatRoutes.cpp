#include "chat/ChatRoutes.h"

#include "chat/ChatFeature.h"
#include "db/DatabaseWorkers.h"
#include "http/JsonBody.h"
#include "http/RequestParameters.h"
#include "http/Router.h"

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

// The conversation id in the path; nullopt after answering 404 when it names none.
std::optional<qint64> conversationIdOf(const RouteCall &call)
{
    const auto conversationId = positiveIdFrom(call.arg());
    if (!conversationId) {
        call.send(ChatError::notFound(u"no such conversation"_s).toResponse());
    }
    return conversationId;
}

} // namespace

ChatRoutes::ChatRoutes(const FeatureContext &context, ChatFeature &feature, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_feature(feature)
{}

void ChatRoutes::registerRoutes(Router &router)
{
    const BodyRule none = BodyRule::none();
    const BodyRule json = BodyRule::json();
    const Access user = Access::SignedIn;
    router.add(
        this,
        {
            {Method::Get, u"/api/chat/conversations"_s, user, none, &ChatRoutes::handleList},
            {Method::Get, u"/api/chat/conversations/<arg>"_s, user, none,
             &ChatRoutes::handleConversation},
            {Method::Get, u"/api/chat/conversations/<arg>/messages"_s, user, none,
             &ChatRoutes::handleHistory},
            {Method::Post, u"/api/chat/conversations/<arg>/messages"_s, user, json,
             &ChatRoutes::handleSend},
            {Method::Post, u"/api/chat/conversations/<arg>/read"_s, user, json,
             &ChatRoutes::handleRead},
            {Method::Post, u"/api/chat/direct/<arg>"_s, user, none, &ChatRoutes::handleDirect},
        });
}

void ChatRoutes::handleDirect(const RouteCall &call)
{
    const auto peerId = positiveIdFrom(call.arg());
    if (!peerId) {
        call.send(ChatError::notFound(u"no such user"_s).toResponse());
        return;
    }
    using Result = std::variant<chat_store::DirectOutcome, ChatError>;
    m_context.workers.run<Result>(
        this,
        [me = call.user.id, peer = *peerId](QSqlDatabase &db) {
            return chat_store::openDirect(db, me, peer);
        },
        answer<chat_store::DirectOutcome, ChatError>(
            call.reply, [this, me = call.user.id](const chat_store::DirectOutcome &outcome) {
                if (outcome.created) {
                    m_feature.publishConversation(me, outcome.conversation);
                    m_feature.publishConversation(outcome.peerId, outcome.peerView);
                }
                return QHttpServerResponse(
                    QJsonObject{{u"conversation"_s, outcome.conversation.toJson()}},
                    outcome.created ? Status::Created : Status::Ok);
            }));
}

void ChatRoutes::handleList(const RouteCall &call)
{
    using List = chat_store::ConversationList;
    m_context.workers.run<std::variant<List, ChatError>>(
        this, [me = call.user.id](QSqlDatabase &db) { return chat_store::conversations(db, me); },
        answerWith<List>(call.reply, Status::Ok, [](const List &list) {
            QJsonArray conversations;
            for (const auto &conversation : list.conversations) {
                conversations.append(conversation.toJson());
            }
            return QJsonObject{
                {u"conversations"_s, conversations},
                {u"totalUnread"_s, list.totalUnread},
                {u"mutedUntil"_s, list.mutedUntil.isValid()
                                      ? QJsonValue(list.mutedUntil.toString(Qt::ISODateWithMs))
                                      : QJsonValue()}};
        }));
}

void ChatRoutes::handleConversation(const RouteCall &call)
{
    const auto conversationId = conversationIdOf(call);
    if (!conversationId) {
        return;
    }
    using Record = proto::ConversationRecord;
    m_context.workers.run<std::variant<Record, ChatError>>(
        this,
        [me = call.user.id, conversation = *conversationId](QSqlDatabase &db) {
            return chat_store::conversation(db, me, conversation);
        },
        answerWith<Record>(call.reply, Status::Ok, [](const Record &conversation) {
            return QJsonObject{{u"conversation"_s, conversation.toJson()}};
        }));
}

void ChatRoutes::handleHistory(const RouteCall &call)
{
    const auto conversationId = conversationIdOf(call);
    if (!conversationId) {
        return;
    }
    const QUrlQuery &query = call.query;
    FieldErrors errors;
    const int limit =
        integerParameter(query, u"limit"_s, errors, 1, proto::chat_rules::kHistoryPageMax,
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
            errors.add(name, FieldProblem::invalid(u"must be a whole number >= 0 (a seq)"_s));
        } else {
            (name == u"before"_s ? before : after) = value;
        }
    }
    if (before && after) {
        errors.add(u"after"_s, FieldProblem::invalid(u"give before or after, not both"_s));
    }
    if (!errors.isEmpty()) {
        call.fail(errors.toError());
        return;
    }
    using Page = chat_store::HistoryPage;
    m_context.workers.run<std::variant<Page, ChatError>>(
        this,
        [me = call.user.id, conversation = *conversationId, before, after,
         limit](QSqlDatabase &db) {
            return chat_store::history(db, me, conversation, before, after, limit);
        },
        answerWith<Page>(call.reply, Status::Ok, [](const Page &page) {
            return QJsonObject{{u"messages"_s, messagesJson(page.messages)},
                               {u"hasMore"_s, page.hasMore}};
        }));
}

void ChatRoutes::handleSend(const RouteCall &call)
{
    const auto conversationId = conversationIdOf(call);
    if (!conversationId) {
        return;
    }
    const QJsonValue text = call.json.value(u"text"_s);
    const QString clientId = call.json.value(u"clientMessageId"_s).toString();
    if (!text.isString()) {
        call.send(ChatError::invalidField(u"text"_s, u"must be a string"_s).toResponse());
        return;
    }
    if (clientId.size() != 36 || QUuid::fromString(clientId).isNull()) {
        call.send(ChatError::invalidField(u"clientMessageId"_s, u"must be a UUID"_s).toResponse());
        return;
    }
    using Result = std::variant<chat_store::SendOutcome, ChatError>;
    ChatLimiter *limiter = &m_feature.limiter();
    m_context.workers.run<Result>(
        this,
        [limiter, me = call.user.id, conversation = *conversationId, text = text.toString(),
         clientId](QSqlDatabase &db) {
            return chat_store::sendText(db, *limiter, me, conversation, text, clientId);
        },
        [this, reply = call.reply](Result result) {
            if (const auto *error = std::get_if<ChatError>(&result)) {
                reply->send(error->toResponse());
                return;
            }
            const auto &outcome = std::get<chat_store::SendOutcome>(result);
            reply->send(QHttpServerResponse(QJsonObject{{u"message"_s, outcome.message.toJson()}},
                                            outcome.replay ? Status::Ok : Status::Created));
            if (!outcome.replay) {
                m_feature.publish(outcome.message, outcome.recipients);
            }
        });
}

void ChatRoutes::handleRead(const RouteCall &call)
{
    const auto conversationId = conversationIdOf(call);
    if (!conversationId) {
        return;
    }
    const auto seq = integerField(call.json, u"seq"_s, 0);
    if (!seq) {
        call.send(ChatError::invalidField(u"seq"_s, u"must be a whole number >= 0"_s).toResponse());
        return;
    }
    using Result = std::variant<chat_store::ReadOutcome, ChatError>;
    m_context.workers.run<Result>(
        this,
        [me = call.user.id, conversation = *conversationId, seq = *seq](QSqlDatabase &db) {
            return chat_store::markRead(db, me, conversation, seq);
        },
        [this, reply = call.reply, me = call.user.id,
         conversation = *conversationId](Result result) {
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
}

} // namespace transcendence::server
