#pragma once

#include "chat/ChatError.h"
#include "protocol/ChatMessages.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>
#include <variant>

namespace transcendence::server {

class ChatLimiter;

// Chat in PostgreSQL (sql/0011_chat.sql): plain functions on a worker's connection returning
// records or a ChatError. Every answer is from one member's point of view (hidden messages left
// out, their read marker, their unread count). docs/chat.md is the contract.
namespace chat_store {

using protocol::ChatMessageRecord;
using protocol::ConversationRecord;

struct SendOutcome {
    ChatMessageRecord message;
    bool replay = false;      // the clientMessageId was already stored: nothing new
    QList<qint64> recipients; // members who may see it (the sender included); empty on a replay
};
// Stores a text message: checks the text, returns the stored message on a retry of the same
// (sender, clientMessageId), then membership, blocks (direct), mutes and the limiter. Committed
// before it returns.
std::variant<SendOutcome, ChatError> sendText(QSqlDatabase &db, ChatLimiter &limiter,
                                              qint64 senderId, qint64 conversationId,
                                              const QString &text, const QString &clientMessageId);

// A message the server writes (system or invitation) into a conversation, to every member.
struct PostedMessage {
    ChatMessageRecord message;
    QList<qint64> recipients;
};
std::variant<PostedMessage, ChatError> postServerMessage(QSqlDatabase &db, qint64 conversationId,
                                                         const QString &kind, qint64 senderId,
                                                         const QString &text,
                                                         const QJsonObject &payload);

// A stored message as members see it now, and who may see it (for chatMessageUpdated).
std::variant<PostedMessage, ChatError> messageWithAudience(QSqlDatabase &db, qint64 messageId);

struct InvitationPosted {
    PostedMessage posted;
    qint64 conversationId = 0;
    bool conversationCreated = false;
    ConversationRecord fromView; // the conversation as each side sees it (when created)
    ConversationRecord toView;
};
// Posts a game invitation's card (state "pending") into the direct conversation of the two
// players, created if needed. The play feature checked friendship/conversation and blocks.
std::variant<InvitationPosted, ChatError> postInvitation(QSqlDatabase &db, const QString &inviteId,
                                                         qint64 fromUserId, qint64 toUserId,
                                                         const QJsonObject &config,
                                                         const QDateTime &expiresAt);
// Sets the card's state (accepted, declined, cancelled, expired, unavailable); not_found when
// no card has this invitation id.
std::variant<PostedMessage, ChatError> updateInvitation(QSqlDatabase &db, const QString &inviteId,
                                                        const QString &state);

struct TournamentSync {
    qint64 conversationId = 0;
    QList<std::pair<qint64, ConversationRecord>> joined; // new members, and what they see
};
// The online tournament's conversation, created if needed, with one member per entrant
// (entrants who withdrew keep reading but are no longer members who get pushes or may write).
std::variant<TournamentSync, ChatError> syncTournament(QSqlDatabase &db, qint64 tournamentId);
// A system message (code + args; English text for older clients) in the tournament's
// conversation, to its members.
std::variant<PostedMessage, ChatError> postTournamentNotice(QSqlDatabase &db, qint64 tournamentId,
                                                            const QString &text,
                                                            const QString &code,
                                                            const QJsonObject &args);

struct DirectOutcome {
    ConversationRecord conversation; // as the caller sees it
    ConversationRecord peerView;     // as the peer sees it
    qint64 peerId = 0;
    bool created = false;
};
// The direct conversation between the two accounts, created once (not_found for an unknown
// peer, blocked when either blocked the other).
std::variant<DirectOutcome, ChatError> openDirect(QSqlDatabase &db, qint64 userId, qint64 peerId);

std::variant<ConversationRecord, ChatError> conversation(QSqlDatabase &db, qint64 userId,
                                                         qint64 conversationId);

struct ConversationList {
    QList<ConversationRecord> conversations; // most recent activity first
    qint64 totalUnread = 0;
    QDateTime mutedUntil; // invalid when not muted
};
std::variant<ConversationList, ChatError> conversations(QSqlDatabase &db, qint64 userId);

struct HistoryPage {
    QList<ChatMessageRecord> messages;
    bool hasMore = false;
};
// before: newest first with seq < before; after: oldest first with seq > after. Exactly one of
// them is set (before = last_seq + 1 for the newest page).
std::variant<HistoryPage, ChatError> history(QSqlDatabase &db, qint64 userId, qint64 conversationId,
                                             std::optional<qint64> before,
                                             std::optional<qint64> after, int limit);

struct ReadOutcome {
    qint64 readSeq = 0;
    qint64 unread = 0;
    QList<qint64> members; // every current member, the reader included
};
// Moves the reader's marker up to seq (never back, never past the last message).
std::variant<ReadOutcome, ChatError> markRead(QSqlDatabase &db, qint64 userId,
                                              qint64 conversationId, qint64 seq);

struct TypingAudience {
    protocol::UserRef typist;
    QList<qint64> userIds; // members other than the typist with no block either way
};
std::variant<TypingAudience, ChatError> typingAudience(QSqlDatabase &db, qint64 userId,
                                                       qint64 conversationId);

// The current members of a conversation.
std::variant<QList<qint64>, ChatError> members(QSqlDatabase &db, qint64 conversationId);

} // namespace chat_store
} // namespace transcendence::server
