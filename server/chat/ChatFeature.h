#pragma once

#include "app/FeatureContext.h"
#include "chat/ChatLimiter.h"
#include "chat/ChatStore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QQueue>
#include <QSet>

namespace transcendence::protocol {
struct Envelope;
}

namespace transcendence::server {

class RealtimeSession;

// Chat on this instance: the WebSocket messages (chatSend, chatTyping, chatRead, chatSync), the
// REST routes (ChatRoutes), and the pushes to members' connections. Stores run on the
// DatabaseWorkers; pushes are encoded once per message and sent to every recipient's
// connections. Other features find it with find(context.owner) and post server messages.
class ChatFeature : public QObject {
    Q_OBJECT
public:
    ChatFeature(const FeatureContext &context, QObject *parent);
    static ChatFeature *find(const QObject &featureOwner);

    ChatLimiter &limiter() { return m_limiter; }

    // After a message was stored: chatMessage to every connection of every recipient, except
    // the sending connection (it gets chatSent).
    void publish(const chat_store::ChatMessageRecord &message, const QList<qint64> &recipients,
                 const QString &exceptConnection = {});
    // A changed message (invitation state, removal): chatMessageUpdated to the recipients.
    void publishUpdate(const chat_store::ChatMessageRecord &message,
                       const QList<qint64> &recipients);
    // A conversation someone is now a member of, as they see it.
    void publishConversation(qint64 userId, const chat_store::ConversationRecord &conversation);
    // A read marker moved: the reader's connections get their unread count, the others not.
    void publishRead(qint64 readerId, qint64 conversationId, const chat_store::ReadOutcome &read);

    // Game invitations (from RoomService's signals) become cards in the players' conversation.
    void onInvitationOpened(const QString &inviteId, qint64 fromUserId, qint64 toUserId,
                            const QJsonObject &config, const QDateTime &expiresAt);
    void onInvitationClosed(const QString &inviteId, const QString &reason);

    // Online tournaments: the conversation follows the entrants; pairings, results and the end
    // are posted as system messages; a player whose match is ready gets tournament_match.
    void onTournamentChanged(qint64 tournamentId);
    void onTournamentMatchReady(qint64 userId, const QJsonObject &ready);
    void onTournamentMatchesDecided(qint64 tournamentId, const QJsonArray &matches);
    void onTournamentOver(qint64 tournamentId, const QJsonObject &winner);

private:
    void postTournamentNotice(qint64 tournamentId, const QString &text, const QString &code,
                              const QJsonObject &args);
    void updateInvitation(const QString &inviteId, const QString &state);
    void onSend(RealtimeSession *session, const protocol::Envelope &envelope);
    // One WebSocket send of an account at a time, so that its messages get seqs in the order
    // they were sent; the others wait in m_sendQueues (bounded).
    struct QueuedSend {
        QString connectionId;
        protocol::ChatSend send;
    };
    void startSend(qint64 userId, const QueuedSend &queued);
    void onTyping(RealtimeSession *session, const protocol::Envelope &envelope);
    void onRead(RealtimeSession *session, const protocol::Envelope &envelope);
    void onSync(RealtimeSession *session, const protocol::Envelope &envelope);

    FeatureContext m_context;
    ChatLimiter m_limiter;
    QElapsedTimer m_clock;
    QHash<QString, qint64> m_lastTyping; // "user:conversation" -> when relayed (m_clock ms)
    // Invitations whose card is being posted, and how they closed meanwhile ("" while open).
    QHash<QString, QString> m_postingInvites;
    QSet<QString> m_announcedRooms; // tournament rooms whose pairing was posted
    // Accounts with a send on a worker -> their sends waiting behind it.
    QHash<qint64, QQueue<QueuedSend>> m_sendQueues;
};

void registerChatFeature(const FeatureContext &context);

} // namespace transcendence::server
