#include "protocol/ChatMessages.h"

#include <QJsonArray>
#include <QUuid>

#include <cmath>

namespace transcendence::protocol {
namespace {

using namespace Qt::StringLiterals;

constexpr qint64 kMaxId = (qint64(1) << 53) - 1; // largest integer a JSON double holds exactly

ProtocolError invalidField(const QString &type, const QString &field, const QString &expected)
{
    return ProtocolError{error_code::InvalidField,
                         u"%1.%2 must be %3"_s.arg(type, field, expected)};
}

std::optional<qint64> readInteger(const QJsonValue &value, qint64 min, qint64 max = kMaxId)
{
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number) || std::trunc(number) != number ||
        number < double(min) || number > double(max)) {
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime readTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QJsonValue objectOrNull(const QJsonObject &object)
{
    return object.isEmpty() ? QJsonValue() : QJsonValue(object);
}

QJsonValue userOrNull(const std::optional<UserRef> &user)
{
    return user ? QJsonValue(user->toJson()) : QJsonValue();
}

bool isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

} // namespace

// --- rules -------------------------------------------------------------------------------------

QString chat_rules::normalizedText(const QString &text)
{
    return text.trimmed();
}

int chat_rules::codePoints(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() &&
            text.at(i + 1).isLowSurrogate()) {
            ++i;
        }
        ++count;
    }
    return count;
}

QString chat_rules::textProblem(const QString &normalized)
{
    if (normalized.isEmpty()) {
        return chat_error::TextEmpty;
    }
    // Counting stops being needed once the UTF-16 length is within the limit.
    if (normalized.size() > kMaxTextCodePoints && codePoints(normalized) > kMaxTextCodePoints) {
        return chat_error::TextTooLong;
    }
    if (normalized.contains(QChar(0))) {
        return error_code::InvalidField;
    }
    return {};
}

QString chat_rules::floodKey(const QString &normalized)
{
    return normalized.toCaseFolded().simplified();
}

// --- records -----------------------------------------------------------------------------------

QJsonObject UserRef::toJson() const
{
    return {{u"id"_s, id}, {u"displayName"_s, displayName}, {u"avatarUrl"_s, avatarUrl}};
}

std::optional<UserRef> UserRef::fromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const auto id = readInteger(object.value(u"id"_s), 1);
    if (!value.isObject() || !id || !object.value(u"displayName"_s).isString()) {
        return std::nullopt;
    }
    return UserRef{*id, object.value(u"displayName"_s).toString(),
                   object.value(u"avatarUrl"_s).toString()};
}

QJsonObject ChatMessageRecord::toJson() const
{
    return {{u"id"_s, id},
            {u"conversationId"_s, conversationId},
            {u"seq"_s, seq},
            {u"kind"_s, kind},
            {u"text"_s, removed.isEmpty() ? text : QString()},
            {u"sender"_s, userOrNull(sender)},
            {u"sentAt"_s, timeOrNull(sentAt)},
            {u"clientMessageId"_s,
             clientMessageId.isEmpty() ? QJsonValue() : QJsonValue(clientMessageId)},
            {u"removed"_s, removed.isEmpty() ? QJsonValue() : QJsonValue(removed)},
            {u"system"_s, objectOrNull(system)},
            {u"invitation"_s, objectOrNull(invitation)}};
}

std::variant<ChatMessageRecord, ProtocolError> ChatMessageRecord::fromJson(const QJsonValue &value)
{
    const QString type = u"message"_s;
    if (!value.isObject()) {
        return invalidField(type, u"message"_s, u"an object"_s);
    }
    const QJsonObject object = value.toObject();
    ChatMessageRecord message;
    const auto id = readInteger(object.value(u"id"_s), 1);
    const auto conversation = readInteger(object.value(u"conversationId"_s), 1);
    const auto seq = readInteger(object.value(u"seq"_s), 1);
    if (!id || !conversation || !seq) {
        return invalidField(type, u"id/conversationId/seq"_s, u"positive integers"_s);
    }
    message.id = *id;
    message.conversationId = *conversation;
    message.seq = *seq;
    message.kind = object.value(u"kind"_s).toString();
    if (message.kind != u"text"_s && message.kind != u"system"_s &&
        message.kind != u"invitation"_s) {
        return invalidField(type, u"kind"_s, u"text, system or invitation"_s);
    }
    message.text = object.value(u"text"_s).toString();
    message.sender = UserRef::fromJson(object.value(u"sender"_s));
    message.sentAt = readTime(object.value(u"sentAt"_s));
    message.clientMessageId = object.value(u"clientMessageId"_s).toString();
    message.removed = object.value(u"removed"_s).toString();
    message.system = object.value(u"system"_s).toObject();
    message.invitation = object.value(u"invitation"_s).toObject();
    return message;
}

QJsonObject ConversationRecord::toJson() const
{
    return {{u"id"_s, id},
            {u"kind"_s, kind},
            {u"title"_s, title},
            {u"peer"_s, userOrNull(peer)},
            {u"tournamentId"_s, tournamentId > 0 ? QJsonValue(tournamentId) : QJsonValue()},
            {u"lastSeq"_s, lastSeq},
            {u"readSeq"_s, readSeq},
            {u"peerReadSeq"_s, peerReadSeq},
            {u"unread"_s, unread},
            {u"lastMessage"_s, lastMessage ? QJsonValue(lastMessage->toJson()) : QJsonValue()},
            {u"createdAt"_s, timeOrNull(createdAt)}};
}

std::variant<ConversationRecord, ProtocolError>
ConversationRecord::fromJson(const QJsonValue &value)
{
    const QString type = u"conversation"_s;
    const QJsonObject object = value.toObject();
    const auto id = readInteger(object.value(u"id"_s), 1);
    if (!value.isObject() || !id) {
        return invalidField(type, u"id"_s, u"a positive integer"_s);
    }
    ConversationRecord conversation;
    conversation.id = *id;
    conversation.kind = object.value(u"kind"_s).toString();
    if (conversation.kind != u"direct"_s && conversation.kind != u"tournament"_s) {
        return invalidField(type, u"kind"_s, u"direct or tournament"_s);
    }
    conversation.title = object.value(u"title"_s).toString();
    conversation.peer = UserRef::fromJson(object.value(u"peer"_s));
    conversation.tournamentId = readInteger(object.value(u"tournamentId"_s), 1).value_or(0);
    conversation.lastSeq = readInteger(object.value(u"lastSeq"_s), 0).value_or(0);
    conversation.readSeq = readInteger(object.value(u"readSeq"_s), 0).value_or(0);
    conversation.peerReadSeq = readInteger(object.value(u"peerReadSeq"_s), 0).value_or(0);
    conversation.unread = readInteger(object.value(u"unread"_s), 0).value_or(0);
    if (object.value(u"lastMessage"_s).isObject()) {
        auto last = ChatMessageRecord::fromJson(object.value(u"lastMessage"_s));
        if (const auto *error = std::get_if<ProtocolError>(&last)) {
            return *error;
        }
        conversation.lastMessage = std::get<ChatMessageRecord>(std::move(last));
    }
    conversation.createdAt = readTime(object.value(u"createdAt"_s));
    return conversation;
}

QJsonObject NotificationRecord::toJson() const
{
    return {{u"id"_s, id},
            {u"kind"_s, kind},
            {u"createdAt"_s, timeOrNull(createdAt)},
            {u"read"_s, read},
            {u"actor"_s, userOrNull(actor)},
            {u"data"_s, data},
            {u"link"_s, link}};
}

std::variant<NotificationRecord, ProtocolError>
NotificationRecord::fromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const auto id = readInteger(object.value(u"id"_s), 1);
    if (!value.isObject() || !id || object.value(u"kind"_s).toString().isEmpty()) {
        return invalidField(u"notification"_s, u"id/kind"_s, u"an id and a kind"_s);
    }
    return NotificationRecord{*id,
                              object.value(u"kind"_s).toString(),
                              readTime(object.value(u"createdAt"_s)),
                              object.value(u"read"_s).toBool(),
                              UserRef::fromJson(object.value(u"actor"_s)),
                              object.value(u"data"_s).toObject(),
                              object.value(u"link"_s).toString()};
}

// --- messages ----------------------------------------------------------------------------------

QJsonObject ChatSend::toJson() const
{
    return {{u"type"_s, message_type::ChatSend},
            {u"conversationId"_s, conversationId},
            {u"text"_s, text},
            {u"clientMessageId"_s, clientMessageId}};
}

std::variant<ChatSend, ProtocolError> ChatSend::fromJson(const QJsonObject &object)
{
    const QString type = message_type::ChatSend;
    const auto conversation = readInteger(object.value(u"conversationId"_s), 1);
    if (!conversation) {
        return invalidField(type, u"conversationId"_s, u"a positive integer"_s);
    }
    if (!object.value(u"text"_s).isString()) {
        return invalidField(type, u"text"_s, u"a string"_s);
    }
    const QString clientId = object.value(u"clientMessageId"_s).toString();
    if (!isUuid(clientId)) {
        return invalidField(type, u"clientMessageId"_s, u"a UUID"_s);
    }
    return ChatSend{*conversation, object.value(u"text"_s).toString(), clientId};
}

QJsonObject ChatSent::toJson() const
{
    return {{u"type"_s, message_type::ChatSent},
            {u"clientMessageId"_s, clientMessageId},
            {u"message"_s, message.toJson()}};
}

std::variant<ChatSent, ProtocolError> ChatSent::fromJson(const QJsonObject &object)
{
    auto message = ChatMessageRecord::fromJson(object.value(u"message"_s));
    if (const auto *error = std::get_if<ProtocolError>(&message)) {
        return *error;
    }
    return ChatSent{object.value(u"clientMessageId"_s).toString(),
                    std::get<ChatMessageRecord>(std::move(message))};
}

QJsonObject ChatSendFailed::toJson() const
{
    QJsonObject object{{u"type"_s, message_type::ChatSendFailed},
                       {u"clientMessageId"_s, clientMessageId},
                       {u"code"_s, code},
                       {u"message"_s, message}};
    if (retryAfterMs > 0) {
        object.insert(u"retryAfterMs"_s, retryAfterMs);
    }
    if (until.isValid()) {
        object.insert(u"until"_s, timeOrNull(until));
    }
    return object;
}

std::variant<ChatSendFailed, ProtocolError> ChatSendFailed::fromJson(const QJsonObject &object)
{
    if (object.value(u"code"_s).toString().isEmpty()) {
        return invalidField(message_type::ChatSendFailed, u"code"_s, u"a code"_s);
    }
    return ChatSendFailed{object.value(u"clientMessageId"_s).toString(),
                          object.value(u"code"_s).toString(), object.value(u"message"_s).toString(),
                          readInteger(object.value(u"retryAfterMs"_s), 0).value_or(0),
                          object.contains(u"until"_s) ? readTime(object.value(u"until"_s))
                                                      : QDateTime()};
}

QJsonObject ChatMessagePush::toJson(const QString &type) const
{
    return {{u"type"_s, type}, {u"message"_s, message.toJson()}};
}

std::variant<ChatMessagePush, ProtocolError> ChatMessagePush::fromJson(const QJsonObject &object)
{
    auto message = ChatMessageRecord::fromJson(object.value(u"message"_s));
    if (const auto *error = std::get_if<ProtocolError>(&message)) {
        return *error;
    }
    return ChatMessagePush{std::get<ChatMessageRecord>(std::move(message))};
}

QJsonObject ChatConversationPush::toJson() const
{
    return {{u"type"_s, message_type::ChatConversation},
            {u"conversation"_s, conversation.toJson()}};
}

std::variant<ChatConversationPush, ProtocolError>
ChatConversationPush::fromJson(const QJsonObject &object)
{
    auto conversation = ConversationRecord::fromJson(object.value(u"conversation"_s));
    if (const auto *error = std::get_if<ProtocolError>(&conversation)) {
        return *error;
    }
    return ChatConversationPush{std::get<ConversationRecord>(std::move(conversation))};
}

QJsonObject ChatTyping::toJson() const
{
    QJsonObject object{{u"type"_s, message_type::ChatTyping},
                       {u"conversationId"_s, conversationId}};
    if (user) {
        object.insert(u"user"_s, user->toJson());
    }
    return object;
}

std::variant<ChatTyping, ProtocolError> ChatTyping::fromJson(const QJsonObject &object)
{
    const auto conversation = readInteger(object.value(u"conversationId"_s), 1);
    if (!conversation) {
        return invalidField(message_type::ChatTyping, u"conversationId"_s, u"a positive integer"_s);
    }
    return ChatTyping{*conversation, UserRef::fromJson(object.value(u"user"_s))};
}

QJsonObject ChatRead::toJson() const
{
    QJsonObject object{{u"type"_s, message_type::ChatRead},
                       {u"conversationId"_s, conversationId},
                       {u"seq"_s, seq}};
    if (userId > 0) {
        object.insert(u"userId"_s, userId);
    }
    if (unread) {
        object.insert(u"unread"_s, *unread);
    }
    return object;
}

std::variant<ChatRead, ProtocolError> ChatRead::fromJson(const QJsonObject &object)
{
    const auto conversation = readInteger(object.value(u"conversationId"_s), 1);
    const auto seq = readInteger(object.value(u"seq"_s), 0);
    if (!conversation) {
        return invalidField(message_type::ChatRead, u"conversationId"_s, u"a positive integer"_s);
    }
    if (!seq) {
        return invalidField(message_type::ChatRead, u"seq"_s, u"an integer >= 0"_s);
    }
    ChatRead read{*conversation, *seq, readInteger(object.value(u"userId"_s), 1).value_or(0), {}};
    if (const auto unread = readInteger(object.value(u"unread"_s), 0)) {
        read.unread = *unread;
    }
    return read;
}

QJsonObject ChatSync::toJson() const
{
    QJsonArray positions;
    for (const Position &position : conversations) {
        positions.append(
            QJsonObject{{u"id"_s, position.conversationId}, {u"afterSeq"_s, position.afterSeq}});
    }
    return {{u"type"_s, message_type::ChatSync}, {u"conversations"_s, positions}};
}

std::variant<ChatSync, ProtocolError> ChatSync::fromJson(const QJsonObject &object)
{
    const QString type = message_type::ChatSync;
    const QJsonValue list = object.value(u"conversations"_s);
    if (!list.isArray() || list.toArray().size() > chat_rules::kSyncMaxConversations) {
        return invalidField(
            type, u"conversations"_s,
            u"an array of at most %1 {id, afterSeq}"_s.arg(chat_rules::kSyncMaxConversations));
    }
    ChatSync sync;
    for (const QJsonValue &entry : list.toArray()) {
        const auto id = readInteger(entry.toObject().value(u"id"_s), 1);
        const auto after = readInteger(entry.toObject().value(u"afterSeq"_s), 0);
        if (!id || !after) {
            return invalidField(type, u"conversations"_s,
                                u"entries {id: positive integer, afterSeq: integer >= 0}"_s);
        }
        sync.conversations.append({*id, *after});
    }
    return sync;
}

QJsonObject ChatMessages::toJson() const
{
    QJsonArray list;
    for (const ChatMessageRecord &message : messages) {
        list.append(message.toJson());
    }
    return {{u"type"_s, message_type::ChatMessages},
            {u"conversationId"_s, conversationId},
            {u"messages"_s, list},
            {u"complete"_s, complete}};
}

std::variant<ChatMessages, ProtocolError> ChatMessages::fromJson(const QJsonObject &object)
{
    const auto conversation = readInteger(object.value(u"conversationId"_s), 1);
    if (!conversation || !object.value(u"messages"_s).isArray()) {
        return invalidField(message_type::ChatMessages, u"conversationId/messages"_s,
                            u"an id and an array"_s);
    }
    ChatMessages answer{*conversation, {}, object.value(u"complete"_s).toBool(true)};
    for (const QJsonValue &entry : object.value(u"messages"_s).toArray()) {
        auto message = ChatMessageRecord::fromJson(entry);
        if (const auto *error = std::get_if<ProtocolError>(&message)) {
            return *error;
        }
        answer.messages.append(std::get<ChatMessageRecord>(std::move(message)));
    }
    return answer;
}

QJsonObject NotificationPush::toJson() const
{
    return {{u"type"_s, message_type::Notification},
            {u"notification"_s, notification.toJson()},
            {u"unread"_s, unread}};
}

std::variant<NotificationPush, ProtocolError> NotificationPush::fromJson(const QJsonObject &object)
{
    auto notification = NotificationRecord::fromJson(object.value(u"notification"_s));
    if (const auto *error = std::get_if<ProtocolError>(&notification)) {
        return *error;
    }
    return NotificationPush{std::get<NotificationRecord>(std::move(notification)),
                            readInteger(object.value(u"unread"_s), 0).value_or(0)};
}

QJsonObject NotificationsRead::toJson() const
{
    return {{u"type"_s, message_type::NotificationsRead}, {u"unread"_s, unread}};
}

std::variant<NotificationsRead, ProtocolError>
NotificationsRead::fromJson(const QJsonObject &object)
{
    const auto unread = readInteger(object.value(u"unread"_s), 0);
    if (!unread) {
        return invalidField(message_type::NotificationsRead, u"unread"_s, u"an integer >= 0"_s);
    }
    return NotificationsRead{*unread};
}

} // namespace transcendence::protocol
