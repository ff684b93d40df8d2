#pragma once

#include "protocol/ProtocolError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

// Messages of the chat and the notification inbox. docs/chat.md is the contract (guarantees,
// limits, REST); docs/protocol.md, "Chat" and "Notifications", lists every field. The server
// builds its JSON with these types and the app reads it with them.
namespace transcendence::protocol {

namespace message_type {
// client -> server
inline const QString ChatSend = QStringLiteral("chatSend");
inline const QString ChatSync = QStringLiteral("chatSync");
// both directions (the server's carries who and, for the reader's own devices, the unread count)
inline const QString ChatTyping = QStringLiteral("chatTyping");
inline const QString ChatRead = QStringLiteral("chatRead");
// server -> client
inline const QString ChatSent = QStringLiteral("chatSent");
inline const QString ChatSendFailed = QStringLiteral("chatSendFailed");
inline const QString ChatMessage = QStringLiteral("chatMessage");
inline const QString ChatMessageUpdated = QStringLiteral("chatMessageUpdated");
inline const QString ChatConversation = QStringLiteral("chatConversation");
inline const QString ChatMessages = QStringLiteral("chatMessages");
inline const QString Notification = QStringLiteral("notification");
inline const QString NotificationsRead = QStringLiteral("notificationsRead");
} // namespace message_type

// Why a send (or another chat request) was refused: the same codes over REST and WebSocket.
namespace chat_error {
inline const QString TextEmpty = QStringLiteral("text_empty");
inline const QString TextTooLong = QStringLiteral("text_too_long");
inline const QString RateLimited = QStringLiteral("rate_limited");
inline const QString Flooding = QStringLiteral("flooding");
inline const QString Muted = QStringLiteral("muted");
inline const QString Blocked = QStringLiteral("blocked");
inline const QString NotMember = QStringLiteral("not_member");
inline const QString NotFound = QStringLiteral("not_found");
inline const QString AlreadyReported = QStringLiteral("already_reported");
inline const QString Unavailable = QStringLiteral("unavailable"); // the database, for a moment
} // namespace chat_error

// The text rules both sides apply before sending (the server decides).
namespace chat_rules {
constexpr int kMaxTextCodePoints = 2000;
constexpr int kHistoryPageDefault = 50;
constexpr int kHistoryPageMax = 100;
constexpr int kSyncMaxMessages = 200; // per conversation in one chatMessages answer
constexpr int kSyncMaxConversations = 200;
constexpr int kRateBurst = 5;           // messages at once
constexpr int kRateRefillMs = 1000;     // one more every second: 5 per 5 s
constexpr int kFloodRepeats = 3;        // the same text this many times ...
constexpr int kFloodWindowMs = 30'000;  // ... within this window: the last one is refused
constexpr int kTypingIntervalMs = 2000; // clients send chatTyping at most this often
// Trimmed text (what is stored and counted).
QString normalizedText(const QString &text);
int codePoints(const QString &text);
// Empty when the normalized text may be sent, else text_empty / text_too_long / invalid_field
// (a NUL character, which PostgreSQL text cannot hold).
QString textProblem(const QString &normalized);
// Case-insensitive comparison key for the flood rule.
QString floodKey(const QString &normalized);
} // namespace chat_rules

// A person as chat shows them.
struct UserRef {
    qint64 id = 0;
    QString displayName;
    QString avatarUrl;

    QJsonObject toJson() const;
    static std::optional<UserRef> fromJson(const QJsonValue &value);
};

// One message of a conversation. kind: "text", "system" or "invitation".
struct ChatMessageRecord {
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 seq = 0;
    QString kind = QStringLiteral("text");
    QString text; // "" once removed
    std::optional<UserRef> sender;
    QDateTime sentAt;
    QString clientMessageId; // empty: none (system and invitation messages)
    QString removed;         // "", "moderator" or "deleted_account"
    QJsonObject system;      // {"code", "args"} for system messages, else empty
    QJsonObject invitation;  // the card for invitation messages, else empty

    QJsonObject toJson() const;
    static std::variant<ChatMessageRecord, ProtocolError> fromJson(const QJsonValue &value);
};

// One conversation as one member sees it.
struct ConversationRecord {
    qint64 id = 0;
    QString kind = QStringLiteral("direct"); // or "tournament"
    QString title;
    std::optional<UserRef> peer; // direct only
    qint64 tournamentId = 0;     // tournament only
    qint64 lastSeq = 0;
    qint64 readSeq = 0;
    qint64 peerReadSeq = 0;
    qint64 unread = 0;
    std::optional<ChatMessageRecord> lastMessage;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static std::variant<ConversationRecord, ProtocolError> fromJson(const QJsonValue &value);
};

// client -> server: send a text message. clientMessageId is a UUID made once per message and
// reused on every retry.
struct ChatSend {
    qint64 conversationId = 0;
    QString text;
    QString clientMessageId;

    QJsonObject toJson() const;
    static std::variant<ChatSend, ProtocolError> fromJson(const QJsonObject &object);
};

// server -> client (the sending connection): stored; the message as committed.
struct ChatSent {
    QString clientMessageId;
    ChatMessageRecord message;

    QJsonObject toJson() const;
    static std::variant<ChatSent, ProtocolError> fromJson(const QJsonObject &object);
};

// server -> client (the sending connection): refused; nothing was stored.
struct ChatSendFailed {
    QString clientMessageId;
    QString code; // chat_error
    QString message;
    qint64 retryAfterMs = 0; // rate_limited
    QDateTime until;         // muted

    QJsonObject toJson() const;
    static std::variant<ChatSendFailed, ProtocolError> fromJson(const QJsonObject &object);
};

// server -> client: a new message (type chatMessage) or a changed one (chatMessageUpdated).
struct ChatMessagePush {
    ChatMessageRecord message;

    QJsonObject toJson(const QString &type = message_type::ChatMessage) const;
    static std::variant<ChatMessagePush, ProtocolError> fromJson(const QJsonObject &object);
};

// server -> client: a conversation the user is now a member of (or that changed).
struct ChatConversationPush {
    ConversationRecord conversation;

    QJsonObject toJson() const;
    static std::variant<ChatConversationPush, ProtocolError> fromJson(const QJsonObject &object);
};

// client -> server: "I am typing" (conversationId only); server -> client: who (user).
struct ChatTyping {
    qint64 conversationId = 0;
    std::optional<UserRef> user; // server -> client only

    QJsonObject toJson() const;
    static std::variant<ChatTyping, ProtocolError> fromJson(const QJsonObject &object);
};

// client -> server: read up to seq; server -> client: someone's marker moved (userId; unread
// only for the reader's own connections).
struct ChatRead {
    qint64 conversationId = 0;
    qint64 seq = 0;
    qint64 userId = 0;            // server -> client
    std::optional<qint64> unread; // server -> client, the reader's own devices

    QJsonObject toJson() const;
    static std::variant<ChatRead, ProtocolError> fromJson(const QJsonObject &object);
};

// client -> server: what I have, per conversation; the server answers chatMessages for each.
struct ChatSync {
    struct Position {
        qint64 conversationId = 0;
        qint64 afterSeq = 0;
    };
    QList<Position> conversations;

    QJsonObject toJson() const;
    static std::variant<ChatSync, ProtocolError> fromJson(const QJsonObject &object);
};

// server -> client: the missed messages of one conversation, oldest first; complete false when
// more than chat_rules::kSyncMaxMessages were missed (page the rest with REST after=).
struct ChatMessages {
    qint64 conversationId = 0;
    QList<ChatMessageRecord> messages;
    bool complete = true;

    QJsonObject toJson() const;
    static std::variant<ChatMessages, ProtocolError> fromJson(const QJsonObject &object);
};

// One entry of the notification inbox. kind: friend_request, friend_accepted, invitation,
// tournament_match, tournament_notice, moderation.
struct NotificationRecord {
    qint64 id = 0;
    QString kind;
    QDateTime createdAt;
    bool read = false;
    std::optional<UserRef> actor;
    QJsonObject data;
    QString link;

    QJsonObject toJson() const;
    static std::variant<NotificationRecord, ProtocolError> fromJson(const QJsonValue &value);
};

// server -> client: a new notification and the inbox's unread count.
struct NotificationPush {
    NotificationRecord notification;
    qint64 unread = 0;

    QJsonObject toJson() const;
    static std::variant<NotificationPush, ProtocolError> fromJson(const QJsonObject &object);
};

// server -> client: another device marked notifications read.
struct NotificationsRead {
    qint64 unread = 0;

    QJsonObject toJson() const;
    static std::variant<NotificationsRead, ProtocolError> fromJson(const QJsonObject &object);
};

} // namespace transcendence::protocol
