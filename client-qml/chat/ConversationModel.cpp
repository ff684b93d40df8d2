#include "chat/ConversationModel.h"

#include "chat/ChatController.h"
#include "chat/ChatTexts.h"
#include "protocol/ChatMessages.h"

#include <QDateTime>
#include <QUrlQuery>
#include <QUuid>

namespace transcendence::client {
namespace {

constexpr int kPageSize = 30;
constexpr qint64 kTypingShownMs = 5000;
constexpr qint64 kTypingEveryMs = protocol::chat_rules::kTypingIntervalMs;

const QString kId = QStringLiteral("id");
const QString kSeq = QStringLiteral("seq");
const QString kSender = QStringLiteral("sender");
const QString kClientMessageId = QStringLiteral("clientMessageId");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 senderId(const QJsonObject &message)
{
    return message.value(kSender).toObject().value(kId).toInteger();
}

} // namespace

ConversationModel::ConversationModel(qint64 conversationId, qint64 myUserId, ChatController *chat,
                                     QObject *parent)
    : QAbstractListModel(parent)
    , m_conversationId(conversationId)
    , m_myUserId(myUserId)
    , m_chat(chat)
{
    m_typingTimer.setInterval(1000);
    connect(&m_typingTimer, &QTimer::timeout, this, &ConversationModel::pruneTyping);
}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Entry &entry = m_entries.at(index.row());
    const QJsonObject &message = entry.message;
    switch (role) {
    case MessageIdRole:
        return message.value(kId).toInteger();
    case SeqRole:
        return message.value(kSeq).toInteger();
    case KindRole:
        return message.value(QStringLiteral("kind")).toString(QStringLiteral("text"));
    case TextRole:
        return message.value(QStringLiteral("text")).toString();
    case SenderRole:
        return message.value(kSender).toObject().toVariantMap();
    case SenderIdRole:
        return senderId(message);
    case SentAtRole:
        return message.value(QStringLiteral("sentAt")).toString();
    case RemovedRole:
        return message.value(QStringLiteral("removed")).toString();
    case SystemRole:
        return message.value(QStringLiteral("system")).toObject().toVariantMap();
    case InvitationRole:
        return message.value(QStringLiteral("invitation")).toObject().toVariantMap();
    case ClientMessageIdRole:
        return message.value(kClientMessageId).toString();
    case PendingRole:
        return entry.pending;
    case FailedRole:
        return entry.failed;
    case FailureRole:
        return entry.failure;
    case MineRole:
        return isMine(entry);
    case FirstOfRunRole: {
        const int row = index.row();
        if (row == 0) {
            return true;
        }
        const QJsonObject &previous = m_entries.at(row - 1).message;
        return senderId(previous) != senderId(message) ||
               previous.value(QStringLiteral("kind")).toString() !=
                   message.value(QStringLiteral("kind")).toString();
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationModel::roleNames() const
{
    return {{MessageIdRole, "messageId"},
            {SeqRole, "seq"},
            {KindRole, "kind"},
            {TextRole, "text"},
            {SenderRole, "sender"},
            {SenderIdRole, "senderId"},
            {SentAtRole, "sentAt"},
            {RemovedRole, "removed"},
            {SystemRole, "system"},
            {InvitationRole, "invitation"},
            {ClientMessageIdRole, "clientMessageId"},
            {PendingRole, "pending"},
            {FailedRole, "failed"},
            {FailureRole, "failure"},
            {MineRole, "mine"},
            {FirstOfRunRole, "firstOfRun"}};
}

QVariantMap ConversationModel::get(int row) const
{
    QVariantMap item;
    if (row < 0 || row >= m_entries.size()) {
        return item;
    }
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.begin(); it != names.end(); ++it) {
        item.insert(QString::fromUtf8(it.value()), data(index(row), it.key()));
    }
    return item;
}

qint64 ConversationModel::lastSeq() const
{
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (!it->pending) {
            return it->message.value(kSeq).toInteger();
        }
    }
    return 0;
}

qint64 ConversationModel::firstSeq() const
{
    for (const Entry &entry : m_entries) {
        if (!entry.pending) {
            return entry.message.value(kSeq).toInteger();
        }
    }
    return 0;
}

bool ConversationModel::isSeen() const
{
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (it->pending) {
            return false; // my newest message is not even stored yet
        }
        if (isMine(*it)) {
            return m_peerReadSeq >= it->message.value(kSeq).toInteger();
        }
    }
    return false;
}

qint64 ConversationModel::myLastSeq() const
{
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (!it->pending && isMine(*it)) {
            return it->message.value(kSeq).toInteger();
        }
    }
    return 0;
}

QStringList ConversationModel::typingNames() const
{
    QStringList names;
    const qint64 now = nowMs();
    for (const Typist &typist : m_typing) {
        if (typist.until > now) {
            names.append(typist.name);
        }
    }
    names.sort();
    return names;
}

bool ConversationModel::isMine(const Entry &entry) const
{
    return entry.pending || (m_myUserId > 0 && senderId(entry.message) == m_myUserId);
}

int ConversationModel::rowOfId(qint64 id) const
{
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (!m_entries.at(row).pending && m_entries.at(row).message.value(kId).toInteger() == id) {
            return row;
        }
    }
    return -1;
}

int ConversationModel::rowOfClientId(const QString &clientMessageId) const
{
    if (clientMessageId.isEmpty()) {
        return -1;
    }
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (m_entries.at(row).pending &&
            m_entries.at(row).message.value(kClientMessageId).toString() == clientMessageId) {
            return row;
        }
    }
    return -1;
}

int ConversationModel::firstPendingRow() const
{
    int row = int(m_entries.size());
    while (row > 0 && m_entries.at(row - 1).pending) {
        --row;
    }
    return row;
}

void ConversationModel::emitRunChanged(int row)
{
    // The next row's "first of a run" depends on this one.
    if (row + 1 < m_entries.size()) {
        emit dataChanged(index(row + 1), index(row + 1), {FirstOfRunRole});
    }
}

bool ConversationModel::merge(const QJsonObject &message)
{
    const qint64 id = message.value(kId).toInteger();
    const qint64 seq = message.value(kSeq).toInteger();
    if (id <= 0 || seq <= 0 ||
        message.value(QStringLiteral("conversationId")).toInteger(m_conversationId) !=
            m_conversationId) {
        return false;
    }
    const bool wasSeen = isSeen();
    const int known = rowOfId(id);
    if (known >= 0) {
        if (m_entries.at(known).message == message) {
            return false;
        }
        m_entries[known].message = message;
        emit dataChanged(index(known), index(known));
        return true;
    }
    const int pendingRow = senderId(message) == m_myUserId
                               ? rowOfClientId(message.value(kClientMessageId).toString())
                               : -1;
    if (pendingRow >= 0) {
        beginRemoveRows({}, pendingRow, pendingRow);
        m_entries.removeAt(pendingRow);
        endRemoveRows();
    }
    // Stored messages are in seq order, before the pending ones.
    int row = firstPendingRow();
    while (row > 0 && m_entries.at(row - 1).message.value(kSeq).toInteger() > seq) {
        --row;
    }
    beginInsertRows({}, row, row);
    m_entries.insert(row, Entry{message, false, false, {}});
    endInsertRows();
    emitRunChanged(row);
    if (pendingRow < 0) {
        emit countChanged();
    } else {
        emit countChanged(); // lastSeq changed
    }
    // A message from someone means they stopped typing.
    if (m_typing.remove(senderId(message)) > 0) {
        emit typingChanged();
    }
    if (wasSeen != isSeen()) {
        emit seenChanged();
    }
    return true;
}

void ConversationModel::mergeAll(const QJsonArray &messages)
{
    for (const QJsonValue &value : messages) {
        merge(value.toObject());
    }
}

QString ConversationModel::addPending(const QString &text, const QString &clientMessageId)
{
    const QString id = clientMessageId.isEmpty()
                           ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                           : clientMessageId;
    QJsonObject message{
        {QStringLiteral("conversationId"), m_conversationId},
        {QStringLiteral("kind"), QStringLiteral("text")},
        {QStringLiteral("text"), text},
        {kClientMessageId, id},
        {QStringLiteral("sentAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
    };
    if (m_chat) {
        message.insert(kSender, m_chat->me());
    } else {
        message.insert(kSender, QJsonObject{{kId, m_myUserId}});
    }
    const bool wasSeen = isSeen();
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(Entry{message, true, false, {}});
    endInsertRows();
    emit countChanged();
    if (wasSeen) {
        emit seenChanged();
    }
    return id;
}

void ConversationModel::markFailed(const QString &clientMessageId, const QString &failure)
{
    const int row = rowOfClientId(clientMessageId);
    if (row < 0) {
        return;
    }
    m_entries[row].failed = true;
    m_entries[row].failure = failure;
    emit dataChanged(index(row), index(row), {FailedRole, FailureRole});
}

void ConversationModel::setPeerReadSeq(qint64 seq)
{
    if (seq <= m_peerReadSeq) {
        return;
    }
    m_peerReadSeq = seq;
    emit seenChanged();
}

void ConversationModel::setTyping(qint64 userId, const QString &name)
{
    if (userId == m_myUserId) {
        return;
    }
    m_typing.insert(userId, Typist{name, nowMs() + kTypingShownMs});
    if (!m_typingTimer.isActive()) {
        m_typingTimer.start();
    }
    emit typingChanged();
}

void ConversationModel::pruneTyping()
{
    const qint64 now = nowMs();
    const auto before = m_typing.size();
    m_typing.removeIf([now](const auto &item) { return item.value().until <= now; });
    if (m_typing.isEmpty()) {
        m_typingTimer.stop();
    }
    if (before != m_typing.size()) {
        emit typingChanged();
    }
}

void ConversationModel::setHasMore(bool hasMore)
{
    if (m_hasMore != hasMore) {
        m_hasMore = hasMore;
        emit pagingChanged();
    }
}

QList<QJsonObject> ConversationModel::unansweredSends() const
{
    QList<QJsonObject> sends;
    for (const Entry &entry : m_entries) {
        if (entry.pending && !entry.failed) {
            sends.append(entry.message);
        }
    }
    return sends;
}

void ConversationModel::setError(const QString &message)
{
    if (m_errorMessage != message) {
        m_errorMessage = message;
        emit errorMessageChanged();
    }
}

void ConversationModel::clearError()
{
    setError({});
}

void ConversationModel::refresh()
{
    ApiClient *api = m_chat ? m_chat->chatApi() : nullptr;
    if (!api) {
        return;
    }
    m_loadingOlder = true;
    emit pagingChanged();
    api->request("GET",
                 QStringLiteral("/api/chat/conversations/%1/messages?limit=%2")
                     .arg(m_conversationId)
                     .arg(kPageSize),
                 {}, [guard = QPointer<ConversationModel>(this)](const ApiAnswer &answer) {
                     if (!guard) {
                         return;
                     }
                     guard->m_loadingOlder = false;
                     guard->m_loaded = true;
                     if (answer.ok()) {
                         const QJsonObject body = answer.object();
                         const qint64 newestBefore = guard->lastSeq();
                         guard->mergeAll(body.value(QStringLiteral("messages")).toArray());
                         // Only the first page says whether older ones exist.
                         if (newestBefore == 0) {
                             guard->m_hasMore = body.value(QStringLiteral("hasMore")).toBool();
                         }
                         emit guard->messagesAppended();
                     } else {
                         guard->setError(
                             ChatTexts::refusal(answer.errorCode, {}, 0, answer.errorMessage));
                     }
                     emit guard->pagingChanged();
                 });
}

void ConversationModel::loadOlder()
{
    ApiClient *api = m_chat ? m_chat->chatApi() : nullptr;
    if (!api || m_loadingOlder || !m_hasMore) {
        return;
    }
    const qint64 before = firstSeq();
    if (before == 0) {
        refresh();
        return;
    }
    m_loadingOlder = true;
    emit pagingChanged();
    api->request("GET",
                 QStringLiteral("/api/chat/conversations/%1/messages?before=%2&limit=%3")
                     .arg(m_conversationId)
                     .arg(before)
                     .arg(kPageSize),
                 {}, [guard = QPointer<ConversationModel>(this)](const ApiAnswer &answer) {
                     if (!guard) {
                         return;
                     }
                     guard->m_loadingOlder = false;
                     if (answer.ok()) {
                         const QJsonObject body = answer.object();
                         guard->mergeAll(body.value(QStringLiteral("messages")).toArray());
                         guard->m_hasMore = body.value(QStringLiteral("hasMore")).toBool();
                     } else {
                         guard->setError(
                             ChatTexts::refusal(answer.errorCode, {}, 0, answer.errorMessage));
                     }
                     emit guard->pagingChanged();
                 });
}

bool ConversationModel::send(const QString &text)
{
    const QString trimmed = protocol::chat_rules::normalizedText(text);
    if (trimmed.isEmpty()) {
        setError(ChatTexts::refusal(protocol::chat_error::TextEmpty));
        return false;
    }
    if (ChatTexts::textLength(trimmed) > ChatTexts::kMaxTextLength) {
        setError(ChatTexts::refusal(protocol::chat_error::TextTooLong));
        return false;
    }
    clearError();
    const QString id = addPending(trimmed);
    dispatch(m_entries.at(rowOfClientId(id)).message);
    emit messagesAppended();
    return true;
}

void ConversationModel::dispatch(const QJsonObject &pending)
{
    const QString clientMessageId = pending.value(kClientMessageId).toString();
    const QString text = pending.value(QStringLiteral("text")).toString();
    if (!m_chat) {
        return;
    }
    // Over the WebSocket when connected (acknowledged by chatSent); a send lost with the
    // connection goes again after the reconnection, with the same clientMessageId.
    if (m_chat->sendRealtime(
            protocol::ChatSend{m_conversationId, text, clientMessageId}.toJson())) {
        return;
    }
    ApiClient *api = m_chat->chatApi();
    if (!api) {
        markFailed(clientMessageId, ChatTexts::refusal(QStringLiteral("not_connected")));
        return;
    }
    api->request(
        "POST", QStringLiteral("/api/chat/conversations/%1/messages").arg(m_conversationId),
        {{QStringLiteral("text"), text}, {kClientMessageId, clientMessageId}},
        [guard = QPointer<ConversationModel>(this), clientMessageId](const ApiAnswer &answer) {
            if (!guard) {
                return;
            }
            if (answer.ok()) {
                guard->onSent({{kClientMessageId, clientMessageId},
                               {QStringLiteral("message"),
                                answer.object().value(QStringLiteral("message"))}});
                return;
            }
            // The chat's refusals carry retryAfterMs and until in the error object.
            const QJsonObject error = answer.object().value(QStringLiteral("error")).toObject();
            const int retryAfterMs =
                error.value(QStringLiteral("retryAfterMs")).toInt(answer.retryAfterSeconds * 1000);
            guard->onSendFailed(
                {{kClientMessageId, clientMessageId},
                 {QStringLiteral("code"),
                  answer.status == 0 ? QStringLiteral("network_error") : answer.errorCode},
                 {QStringLiteral("message"), answer.errorMessage},
                 {QStringLiteral("retryAfterMs"), retryAfterMs},
                 {QStringLiteral("until"), error.value(QStringLiteral("until"))}});
        });
}

void ConversationModel::retry(const QString &clientMessageId)
{
    const int row = rowOfClientId(clientMessageId);
    if (row < 0) {
        return;
    }
    m_entries[row].failed = false;
    m_entries[row].failure.clear();
    emit dataChanged(index(row), index(row), {FailedRole, FailureRole});
    clearError();
    dispatch(m_entries.at(row).message);
}

void ConversationModel::discard(const QString &clientMessageId)
{
    const int row = rowOfClientId(clientMessageId);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    emit countChanged();
}

void ConversationModel::onSent(const QJsonObject &sent)
{
    const QJsonObject message = sent.value(QStringLiteral("message")).toObject();
    if (!merge(message)) {
        // Already known by id (its chatMessage came first): drop the pending copy.
        discard(sent.value(kClientMessageId).toString());
    }
    if (m_chat) {
        m_chat->noteMessage(message);
    }
}

void ConversationModel::onSendFailed(const QJsonObject &failure)
{
    if (rowOfClientId(failure.value(kClientMessageId).toString()) < 0) {
        return; // another conversation's send
    }
    const QString code = failure.value(QStringLiteral("code")).toString();
    const QString until = failure.value(QStringLiteral("until")).toString();
    const QString text =
        ChatTexts::refusal(code, until, failure.value(QStringLiteral("retryAfterMs")).toInt(),
                           failure.value(QStringLiteral("message")).toString());
    markFailed(failure.value(kClientMessageId).toString(), text);
    setError(text);
    if (code == protocol::chat_error::Muted && m_chat) {
        m_chat->noteMuted(until);
    }
}

void ConversationModel::onCatchUp(const QJsonArray &messages, bool complete)
{
    mergeAll(messages);
    emit messagesAppended();
    if (!complete) {
        fetchAfter(lastSeq());
    }
}

void ConversationModel::fetchAfter(qint64 afterSeq)
{
    ApiClient *api = m_chat ? m_chat->chatApi() : nullptr;
    if (!api) {
        return;
    }
    api->request("GET",
                 QStringLiteral("/api/chat/conversations/%1/messages?after=%2&limit=100")
                     .arg(m_conversationId)
                     .arg(afterSeq),
                 {}, [guard = QPointer<ConversationModel>(this)](const ApiAnswer &answer) {
                     if (!guard || !answer.ok()) {
                         return;
                     }
                     const QJsonObject body = answer.object();
                     const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
                     guard->mergeAll(messages);
                     emit guard->messagesAppended();
                     if (body.value(QStringLiteral("hasMore")).toBool() && !messages.isEmpty()) {
                         guard->fetchAfter(guard->lastSeq());
                     }
                 });
}

void ConversationModel::onReconnected()
{
    for (const QJsonObject &pending : unansweredSends()) {
        dispatch(pending);
    }
}

void ConversationModel::markRead()
{
    const qint64 seq = lastSeq();
    if (!m_chat || seq <= 0 || seq <= m_sentReadSeq) {
        return;
    }
    m_sentReadSeq = seq;
    m_chat->noteReadSeq(m_conversationId, seq);
    protocol::ChatRead read;
    read.conversationId = m_conversationId;
    read.seq = seq;
    if (m_chat->sendRealtime(read.toJson())) {
        return;
    }
    if (ApiClient *api = m_chat->chatApi()) {
        api->request("POST",
                     QStringLiteral("/api/chat/conversations/%1/read").arg(m_conversationId),
                     {{kSeq, seq}}, [](const ApiAnswer &) {});
    }
}

void ConversationModel::typing()
{
    const qint64 now = nowMs();
    if (!m_chat || now - m_lastTypingSentMs < kTypingEveryMs) {
        return;
    }
    if (m_chat->sendRealtime(protocol::ChatTyping{m_conversationId, std::nullopt}.toJson())) {
        m_lastTypingSentMs = now;
    }
}

} // namespace transcendence::client
