#include "chat/ChatController.h"

#include "chat/ChatTexts.h"
#include "chat/ConversationList.h"
#include "protocol/ChatMessages.h"

#include <QDateTime>
#include <QHash>
#include <QQmlEngine>

namespace transcendence::client {
namespace {

namespace wire = protocol::message_type;
const QString kId = QStringLiteral("id");
const QString kConversationId = QStringLiteral("conversationId");
const QString kUnread = QStringLiteral("unread");

} // namespace

ChatController::ChatController(QObject *parent)
    : SessionController(parent)
    , m_conversations({QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("title"),
                       QStringLiteral("peer"), QStringLiteral("tournamentId"),
                       QStringLiteral("lastSeq"), QStringLiteral("readSeq"),
                       QStringLiteral("peerReadSeq"), QStringLiteral("unread"),
                       QStringLiteral("lastMessage")})
{}

void ChatController::setRealtimeClient(RealtimeClient *client)
{
    if (client == m_realtime) {
        return;
    }
    if (m_realtime) {
        disconnect(m_realtime, nullptr, this, nullptr);
    }
    m_realtime = client;
    if (m_realtime) {
        connect(m_realtime, &RealtimeClient::messageReceived, this, &ChatController::onMessage);
        connect(m_realtime, &RealtimeClient::stateChanged, this,
                &ChatController::onRealtimeStateChanged);
    }
    emit realtimeClientChanged();
}

QString ChatController::mutedUntil() const
{
    const QDateTime until = QDateTime::fromString(m_mutedUntil, Qt::ISODateWithMs);
    return until.isValid() && until > QDateTime::currentDateTimeUtc() ? m_mutedUntil : QString();
}

void ChatController::setMutedUntil(const QString &until)
{
    if (m_mutedUntil != until) {
        m_mutedUntil = until;
        emit mutedChanged();
    }
}

void ChatController::noteMuted(const QString &until)
{
    setMutedUntil(until);
}

void ChatController::setActiveConversationId(qint64 id)
{
    if (m_activeConversationId != id) {
        m_activeConversationId = id;
        emit activeConversationIdChanged();
    }
}

bool ChatController::isConnected() const
{
    return m_realtime && m_realtime->state() == RealtimeClient::ConnectionState::Connected &&
           m_realtime->userId() > 0;
}

bool ChatController::sendRealtime(const QJsonObject &message)
{
    return isConnected() && m_realtime->send(message);
}

qint64 ChatController::myUserId() const
{
    return session() ? session()->userId() : 0;
}

QJsonObject ChatController::me() const
{
    if (!session()) {
        return {};
    }
    const QVariantMap user = session()->user();
    return {{kId, session()->userId()},
            {QStringLiteral("displayName"), user.value(QStringLiteral("displayName")).toString()},
            {QStringLiteral("avatarUrl"), user.value(QStringLiteral("avatarUrl")).toString()}};
}

void ChatController::load()
{
    request("GET", QStringLiteral("/api/chat/conversations"), {}, [this](const ApiAnswer &answer) {
        if (!answer.ok()) {
            setError(ChatTexts::refusal(answer.errorCode, {}, 0, answer.errorMessage));
            return;
        }
        const QJsonObject body = answer.object();
        // What this client read meanwhile wins over an older list (chat/ConversationList.h).
        QHash<qint64, qint64> readHere;
        for (int row = 0; row < m_conversations.count(); ++row) {
            const QJsonObject &known = m_conversations.at(row);
            readHere.insert(known.value(kId).toInteger(),
                            known.value(QStringLiteral("readSeq")).toInteger());
        }
        const QJsonArray conversations =
            withReadMarkersKept(readHere, body.value(QStringLiteral("conversations")).toArray());
        m_conversations.setItems(conversations);
        setMutedUntil(body.value(QStringLiteral("mutedUntil")).toString());
        for (int row = 0; row < m_conversations.count(); ++row) {
            const QJsonObject &conversation = m_conversations.at(row);
            if (ConversationModel *model = m_models.value(conversation.value(kId).toInteger())) {
                model->setPeerReadSeq(
                    conversation.value(QStringLiteral("peerReadSeq")).toInteger());
            }
        }
        recountUnread();
    });
}

void ChatController::clear()
{
    m_conversations.clear();
    qDeleteAll(m_models);
    m_models.clear();
    setMutedUntil({});
    setActiveConversationId(0);
    recountUnread();
}

ConversationModel *ChatController::conversation(qint64 conversationId)
{
    if (conversationId <= 0 || !api()) {
        return nullptr;
    }
    ConversationModel *model = m_models.value(conversationId);
    if (!model) {
        model = new ConversationModel(conversationId, myUserId(), this, this);
        QQmlEngine::setObjectOwnership(model, QQmlEngine::CppOwnership);
        m_models.insert(conversationId, model);
        const QVariantMap info = conversationInfo(conversationId);
        model->setPeerReadSeq(info.value(QStringLiteral("peerReadSeq")).toLongLong());
        model->refresh();
    }
    return model;
}

QVariantMap ChatController::conversationInfo(qint64 conversationId) const
{
    const int row = m_conversations.rowOfId(conversationId);
    return row < 0 ? QVariantMap() : m_conversations.at(row).toVariantMap();
}

void ChatController::openDirect(qint64 userId)
{
    act("POST", QStringLiteral("/api/chat/direct/%1").arg(userId), {},
        [this](const ApiAnswer &answer) {
            if (!answer.ok()) {
                emit actionFailed(ChatTexts::refusal(answer.errorCode, {}, 0, answer.errorMessage));
                return;
            }
            const QJsonObject conversation =
                answer.object().value(QStringLiteral("conversation")).toObject();
            upsertConversation(conversation);
            emit directOpened(conversation.value(kId).toInteger());
        });
}

bool ChatController::inviteToMatch(qint64 conversationId, qint64 userId, const QVariantMap &config)
{
    return sendRealtime({{QStringLiteral("type"), QStringLiteral("invite")},
                         {QStringLiteral("userId"), userId},
                         {kConversationId, conversationId},
                         {QStringLiteral("config"), QJsonObject::fromVariantMap(config)}});
}

void ChatController::report(qint64 messageId, const QString &reason, const QString &comment)
{
    QJsonObject body{{QStringLiteral("reason"), reason}};
    if (!comment.trimmed().isEmpty()) {
        body.insert(QStringLiteral("comment"), comment.trimmed());
    }
    act("POST", QStringLiteral("/api/chat/messages/%1/report").arg(messageId), body,
        [this](const ApiAnswer &answer) {
            if (answer.ok()) {
                emit actionSucceeded(tr("Thank you: the moderators will look at this message."));
            } else {
                emit actionFailed(ChatTexts::refusal(answer.errorCode, {}, 0, answer.errorMessage));
            }
        });
}

void ChatController::onRealtimeStateChanged()
{
    const bool connected = isConnected();
    if (connected && !m_wasConnected) {
        reload();
        sendSync();
        for (ConversationModel *model : std::as_const(m_models)) {
            model->onReconnected();
        }
    }
    m_wasConnected = connected;
}

void ChatController::sendSync()
{
    protocol::ChatSync sync;
    for (int row = 0; row < m_conversations.count(); ++row) {
        const qint64 id = m_conversations.at(row).value(kId).toInteger();
        const ConversationModel *model = m_models.value(id);
        // What this device shows of an open conversation; the list's last seq otherwise.
        const qint64 afterSeq =
            model ? model->lastSeq()
                  : m_conversations.at(row).value(QStringLiteral("lastSeq")).toInteger();
        sync.conversations.append({id, afterSeq});
    }
    if (!sync.conversations.isEmpty()) {
        sendRealtime(sync.toJson());
    }
}

void ChatController::upsertConversation(const QJsonObject &conversation)
{
    if (!m_conversations.update(conversation)) {
        QJsonArray items{conversation};
        for (int row = 0; row < m_conversations.count(); ++row) {
            items.append(m_conversations.at(row));
        }
        m_conversations.setItems(items);
    }
    recountUnread();
}

void ChatController::noteMessage(const QJsonObject &message)
{
    const qint64 conversationId = message.value(kConversationId).toInteger();
    const int row = m_conversations.rowOfId(conversationId);
    if (row < 0) {
        reload(); // a conversation this list does not know yet
        return;
    }
    QJsonObject conversation = m_conversations.at(row);
    const qint64 seq = message.value(QStringLiteral("seq")).toInteger();
    const QJsonObject last = conversation.value(QStringLiteral("lastMessage")).toObject();
    if (seq < last.value(QStringLiteral("seq")).toInteger()) {
        return;
    }
    const bool fresh = seq > conversation.value(QStringLiteral("lastSeq")).toInteger();
    conversation.insert(QStringLiteral("lastMessage"), message);
    conversation.insert(QStringLiteral("lastSeq"),
                        qMax(seq, conversation.value(QStringLiteral("lastSeq")).toInteger()));
    const qint64 sender = message.value(QStringLiteral("sender")).toObject().value(kId).toInteger();
    if (fresh && sender != myUserId() && conversationId != m_activeConversationId) {
        // The server's own count follows with the next list load or chatRead.
        conversation.insert(kUnread, conversation.value(kUnread).toInt() + 1);
    }
    // The most recent activity first.
    QJsonArray items{conversation};
    for (int other = 0; other < m_conversations.count(); ++other) {
        if (other != row) {
            items.append(m_conversations.at(other));
        }
    }
    m_conversations.setItems(items);
    recountUnread();
}

void ChatController::noteReadSeq(qint64 conversationId, qint64 seq)
{
    const int row = m_conversations.rowOfId(conversationId);
    if (row < 0) {
        return;
    }
    const QJsonObject &conversation = m_conversations.at(row);
    if (seq >= conversation.value(QStringLiteral("lastSeq")).toInteger()) {
        setRowUnread(conversationId, 0, seq);
    }
}

void ChatController::setRowUnread(qint64 conversationId, int unread, qint64 readSeq)
{
    QJsonObject update{{kId, conversationId}, {kUnread, unread}};
    if (readSeq > 0) {
        update.insert(QStringLiteral("readSeq"), readSeq);
    }
    m_conversations.update(update);
    recountUnread();
}

void ChatController::recountUnread()
{
    int total = 0;
    for (int row = 0; row < m_conversations.count(); ++row) {
        total += m_conversations.at(row).value(kUnread).toInt();
    }
    if (total != m_totalUnread) {
        m_totalUnread = total;
        emit unreadChanged();
    }
}

void ChatController::onMessage(const QString &type, const QJsonObject &message)
{
    const qint64 conversationId = message.value(kConversationId).toInteger();
    if (type == wire::ChatMessage || type == wire::ChatMessageUpdated) {
        const QJsonObject stored = message.value(QStringLiteral("message")).toObject();
        const qint64 id = stored.value(kConversationId).toInteger();
        if (ConversationModel *model = m_models.value(id)) {
            model->merge(stored);
            if (type == wire::ChatMessage) {
                emit model->messagesAppended();
            }
        }
        noteMessage(stored);
    } else if (type == wire::ChatSent) {
        const QJsonObject stored = message.value(QStringLiteral("message")).toObject();
        if (ConversationModel *model = m_models.value(stored.value(kConversationId).toInteger())) {
            model->onSent(message);
        } else {
            noteMessage(stored);
        }
    } else if (type == wire::ChatSendFailed) {
        // The failure names the send, not the conversation: ask every open one.
        for (ConversationModel *model : std::as_const(m_models)) {
            model->onSendFailed(message);
        }
    } else if (type == wire::ChatMessages) {
        const QJsonArray messages = message.value(QStringLiteral("messages")).toArray();
        if (ConversationModel *model = m_models.value(conversationId)) {
            model->onCatchUp(messages, message.value(QStringLiteral("complete")).toBool(true));
        }
        if (!messages.isEmpty()) {
            noteMessage(messages.last().toObject());
        }
    } else if (type == wire::ChatTyping) {
        const QJsonObject user = message.value(QStringLiteral("user")).toObject();
        if (ConversationModel *model = m_models.value(conversationId)) {
            model->setTyping(user.value(kId).toInteger(),
                             user.value(QStringLiteral("displayName")).toString());
        }
    } else if (type == wire::ChatRead) {
        const qint64 reader = message.value(QStringLiteral("userId")).toInteger();
        const qint64 seq = message.value(QStringLiteral("seq")).toInteger();
        if (reader == myUserId()) {
            const int row = m_conversations.rowOfId(conversationId);
            const qint64 held =
                row < 0 ? 0 : m_conversations.at(row).value(QStringLiteral("readSeq")).toInteger();
            if (message.contains(kUnread) && isCurrentReadAnswer(held, seq)) {
                setRowUnread(conversationId, message.value(kUnread).toInt(), seq);
            }
        } else {
            m_conversations.update({{kId, conversationId}, {QStringLiteral("peerReadSeq"), seq}});
            if (ConversationModel *model = m_models.value(conversationId)) {
                model->setPeerReadSeq(seq);
            }
        }
    } else if (type == wire::Notification) {
        // A moderator muted or unmuted this account: the list says until when.
        const QJsonObject notification = message.value(QStringLiteral("notification")).toObject();
        if (notification.value(QStringLiteral("kind")).toString() == QLatin1String("moderation")) {
            reload();
        }
    } else if (type == wire::ChatConversation) {
        upsertConversation(message.value(QStringLiteral("conversation")).toObject());
    }
}

} // namespace transcendence::client
