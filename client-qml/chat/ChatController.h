#pragma once

#include "chat/ConversationModel.h"
#include "network/RealtimeClient.h"
#include "shell/JsonListModel.h"
#include "social/SessionController.h"

#include <QHash>
#include <QPointer>

namespace transcendence::client {

// The account's chat (docs/chat.md), one per window: the conversations with their unread counts
// (computed by the server), the total for the navigation badge, the account's mute, and one
// ConversationModel per conversation opened. It routes the WebSocket's chat pushes to them and,
// after every (re)connection, reloads the list and sends chatSync with the last seq it has of
// each conversation, so nothing sent meanwhile is missed.
class ChatController : public SessionController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(RealtimeClient *realtimeClient READ realtimeClient WRITE setRealtimeClient NOTIFY
                   realtimeClientChanged)
    // id, kind, title, peer, tournamentId, lastSeq, readSeq, peerReadSeq, unread, lastMessage.
    Q_PROPERTY(JsonListModel *conversations READ conversations CONSTANT)
    Q_PROPERTY(int totalUnread READ totalUnread NOTIFY unreadChanged)
    // ISO time the account's mute ends; empty when not muted.
    Q_PROPERTY(QString mutedUntil READ mutedUntil NOTIFY mutedChanged)
    // The conversation the player has in view (its pushes are read at once); 0 for none.
    Q_PROPERTY(qint64 activeConversationId READ activeConversationId WRITE setActiveConversationId
                   NOTIFY activeConversationIdChanged)

public:
    explicit ChatController(QObject *parent = nullptr);

    RealtimeClient *realtimeClient() const { return m_realtime; }
    void setRealtimeClient(RealtimeClient *client);
    JsonListModel *conversations() { return &m_conversations; }
    int totalUnread() const { return m_totalUnread; }
    QString mutedUntil() const;
    qint64 activeConversationId() const { return m_activeConversationId; }
    void setActiveConversationId(qint64 id);

    // The messages of a conversation (made once, kept while signed in).
    Q_INVOKABLE transcendence::client::ConversationModel *conversation(qint64 conversationId);
    // The list's row of a conversation, or an empty map.
    Q_INVOKABLE QVariantMap conversationInfo(qint64 conversationId) const;
    // The DM with a player (created by the server once): directOpened(conversationId), or
    // actionFailed with the reason.
    Q_INVOKABLE void openDirect(qint64 userId);
    // Invites the peer of a DM to a match with these settings; the invitation card appears in the
    // conversation. False when not connected.
    Q_INVOKABLE bool inviteToMatch(qint64 conversationId, qint64 userId, const QVariantMap &config);
    // Reports a message to the moderators (spam, abuse, cheating, other).
    Q_INVOKABLE void report(qint64 messageId, const QString &reason, const QString &comment = {});

    // For the conversation models.
    ApiClient *chatApi() const { return api(); }
    bool sendRealtime(const QJsonObject &message);
    bool isConnected() const;
    qint64 myUserId() const;
    QJsonObject me() const;
    void noteMuted(const QString &until);
    void noteMessage(const QJsonObject &message);
    void noteReadSeq(qint64 conversationId, qint64 seq);

signals:
    void realtimeClientChanged();
    void unreadChanged();
    void mutedChanged();
    void activeConversationIdChanged();
    void directOpened(qint64 conversationId);
    void actionSucceeded(const QString &message);
    void actionFailed(const QString &message);

protected:
    void load() override;
    void clear() override;

private:
    void onMessage(const QString &type, const QJsonObject &message);
    void onRealtimeStateChanged();
    void sendSync();
    void upsertConversation(const QJsonObject &conversation);
    void setRowUnread(qint64 conversationId, int unread, qint64 readSeq);
    void recountUnread();
    void setMutedUntil(const QString &until);

    QPointer<RealtimeClient> m_realtime;
    JsonListModel m_conversations;
    QHash<qint64, ConversationModel *> m_models;
    int m_totalUnread = 0;
    QString m_mutedUntil;
    qint64 m_activeConversationId = 0;
    bool m_wasConnected = false;
};

} // namespace transcendence::client
