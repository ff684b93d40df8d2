#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace transcendence::client {

class ChatController;

// The messages of one conversation (docs/chat.md), oldest first, as the conversation page shows
// them: history paged back with REST `before=`, live pushes and catch-up merged by `seq` and
// deduplicated by `id`, and this device's sends while they are pending (identified by their
// clientMessageId, which every retry reuses, so the server stores each message once). Also who
// is typing, and the peer's read marker ("Seen").
class ConversationModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ChatController.conversation(id) gives a conversation's messages")
    Q_PROPERTY(qint64 conversationId READ conversationId CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Older messages exist on the server (paging back has not reached the first).
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY pagingChanged)
    Q_PROPERTY(bool loadingOlder READ isLoadingOlder NOTIFY pagingChanged)
    // The first page has been read (or failed).
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY pagingChanged)
    // The highest seq shown, and the peer's read marker (direct conversations).
    Q_PROPERTY(qint64 lastSeq READ lastSeq NOTIFY countChanged)
    Q_PROPERTY(qint64 peerReadSeq READ peerReadSeq NOTIFY seenChanged)
    // The peer has read my last message.
    Q_PROPERTY(bool seen READ isSeen NOTIFY seenChanged)
    // The seq of my newest stored message (0: none): "Seen" goes under it.
    Q_PROPERTY(qint64 myLastSeq READ myLastSeq NOTIFY countChanged)
    // Display names of who is typing now (each shown for 5 s after their last notice).
    Q_PROPERTY(QStringList typingNames READ typingNames NOTIFY typingChanged)
    // The last refusal or failure in words (a send, a page); empty when none.
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    enum Role {
        MessageIdRole = Qt::UserRole + 1,
        SeqRole,
        KindRole,
        TextRole,
        SenderRole,
        SenderIdRole,
        SentAtRole,
        RemovedRole,
        SystemRole,
        InvitationRole,
        ClientMessageIdRole,
        PendingRole,
        FailedRole,
        FailureRole,
        MineRole,
        FirstOfRunRole,
    };

    ConversationModel(qint64 conversationId, qint64 myUserId, ChatController *chat = nullptr,
                      QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 conversationId() const { return m_conversationId; }
    int count() const { return int(m_entries.size()); }
    bool hasMore() const { return m_hasMore; }
    bool isLoadingOlder() const { return m_loadingOlder; }
    bool isLoaded() const { return m_loaded; }
    qint64 lastSeq() const;
    qint64 firstSeq() const;
    qint64 peerReadSeq() const { return m_peerReadSeq; }
    bool isSeen() const;
    qint64 myLastSeq() const;
    QStringList typingNames() const;
    QString errorMessage() const { return m_errorMessage; }

    // Reads the newest page (again).
    Q_INVOKABLE void refresh();
    // Pages back from the oldest message shown.
    Q_INVOKABLE void loadOlder();
    // Sends a text (trimmed, at most ChatTexts::kMaxTextLength code points); false when refused
    // here (empty, too long), with errorMessage saying why.
    Q_INVOKABLE bool send(const QString &text);
    // Sends a failed message again, with the same clientMessageId.
    Q_INVOKABLE void retry(const QString &clientMessageId);
    // Forgets a failed message.
    Q_INVOKABLE void discard(const QString &clientMessageId);
    // Tells the server the player read everything shown (when the page is in view).
    Q_INVOKABLE void markRead();
    // The player types: the peer is told at most every 2 s.
    Q_INVOKABLE void typing();
    Q_INVOKABLE void clearError();
    Q_INVOKABLE QVariantMap get(int row) const;

    // Pure merging (also what the unit tests drive). Each returns whether the list changed.
    // One stored message: updated in place when its id is known, replacing this device's pending
    // send with the same clientMessageId, else inserted by seq.
    bool merge(const QJsonObject &message);
    void mergeAll(const QJsonArray &messages);
    // A pending send shown at once; returns its clientMessageId.
    QString addPending(const QString &text, const QString &clientMessageId = {});
    void markFailed(const QString &clientMessageId, const QString &failure);
    void setPeerReadSeq(qint64 seq);
    void setTyping(qint64 userId, const QString &name);
    void setHasMore(bool hasMore);
    // The pending sends not yet answered, in order (to send again after a reconnect).
    QList<QJsonObject> unansweredSends() const;

    // From the realtime connection (routed by ChatController).
    void onSent(const QJsonObject &message);
    void onSendFailed(const QJsonObject &failure);
    void onCatchUp(const QJsonArray &messages, bool complete);
    void onReconnected();

signals:
    void countChanged();
    void pagingChanged();
    void seenChanged();
    void typingChanged();
    void errorMessageChanged();
    // Messages arrived at the end (live or a send): the view may follow them.
    void messagesAppended();

private:
    struct Entry {
        QJsonObject message;
        bool pending = false;
        bool failed = false;
        QString failure;
    };
    struct Typist {
        QString name;
        qint64 until = 0;
    };

    int rowOfId(qint64 id) const;
    int rowOfClientId(const QString &clientMessageId) const;
    int firstPendingRow() const;
    bool isMine(const Entry &entry) const;
    void dispatch(const QJsonObject &message);
    void fetchAfter(qint64 afterSeq);
    void setError(const QString &message);
    void pruneTyping();
    void emitRunChanged(int row);

    qint64 m_conversationId = 0;
    qint64 m_myUserId = 0;
    QPointer<ChatController> m_chat;
    QList<Entry> m_entries;
    bool m_hasMore = true;
    bool m_loadingOlder = false;
    bool m_loaded = false;
    qint64 m_peerReadSeq = 0;
    qint64 m_sentReadSeq = 0;
    qint64 m_lastTypingSentMs = 0;
    QHash<qint64, Typist> m_typing;
    QTimer m_typingTimer;
    QString m_errorMessage;
};

} // namespace transcendence::client
