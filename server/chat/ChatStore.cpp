#include "chat/ChatStore.h"

#include "chat/ChatLimiter.h"
#include "db/PreparedStatements.h"
#include "users/AvatarStore.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace transcendence::server::chat_store {
namespace {

using namespace Qt::StringLiterals;
using protocol::UserRef;
namespace chat_error = protocol::chat_error;
namespace rules = protocol::chat_rules;

// The columns of one message (alias m), its sender (su) and avatar (sa), in readMessage order.
const QString kMessageColumns =
    u"m.id, m.conversation_id, m.seq, m.kind, m.body, m.sender_id, su.display_name, "
    "coalesce(sa.etag, ''), m.sent_at, m.client_message_id::text, m.removed, m.payload::text"_s;
const QString kMessageJoins = u" LEFT JOIN users su ON su.id = m.sender_id "
                              "LEFT JOIN avatars sa ON sa.user_id = m.sender_id "_s;
constexpr int kMessageColumnCount = 12;
// Messages hidden from the reader bound at this point are left out.
const QString kVisibleTo = u" NOT EXISTS (SELECT 1 FROM chat_hidden_messages h "
                           "WHERE h.user_id = ? AND h.message_id = m.id) "_s;

qint64 monotonicMs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock.elapsed();
}

QDateTime utc(const QVariant &value)
{
    return value.isNull() ? QDateTime() : value.toDateTime().toUTC();
}

std::optional<UserRef> userRef(const QVariant &id, const QVariant &name, const QVariant &etag)
{
    if (id.isNull()) {
        return std::nullopt;
    }
    const qint64 userId = id.toLongLong();
    return UserRef{userId, name.toString(), avatar_store::urlFor(userId, etag.toString().toUtf8())};
}

ChatMessageRecord readMessage(const QSqlQuery &query, int first = 0)
{
    ChatMessageRecord message;
    message.id = query.value(first).toLongLong();
    message.conversationId = query.value(first + 1).toLongLong();
    message.seq = query.value(first + 2).toLongLong();
    message.kind = query.value(first + 3).toString();
    message.text = query.value(first + 4).toString();
    message.sender =
        userRef(query.value(first + 5), query.value(first + 6), query.value(first + 7));
    message.sentAt = utc(query.value(first + 8));
    message.clientMessageId = query.value(first + 9).toString();
    message.removed = query.value(first + 10).toString();
    const QJsonObject payload =
        QJsonDocument::fromJson(query.value(first + 11).toString().toUtf8()).object();
    if (message.kind == u"system"_s) {
        message.system = payload;
    } else if (message.kind == u"invitation"_s) {
        message.invitation = payload;
    }
    return message;
}

ChatError notMember()
{
    return {chat_error::NotMember, u"you are not a member of this conversation"_s, 0, {}, {}};
}

std::optional<ChatMessageRecord> messageById(QSqlDatabase &db, qint64 id, bool *ok)
{
    QSqlQuery &query =
        prepared_statements::get(db, u"SELECT "_s + kMessageColumns + u" FROM chat_messages m"_s +
                                         kMessageJoins + u"WHERE m.id = ?"_s);
    query.addBindValue(id);
    *ok = query.exec();
    if (!*ok || !query.next()) {
        return std::nullopt;
    }
    return readMessage(query);
}

std::optional<ChatMessageRecord> storedRetry(QSqlDatabase &db, qint64 senderId,
                                             const QString &clientMessageId, bool *ok)
{
    QSqlQuery &query = prepared_statements::get(
        db, u"SELECT "_s + kMessageColumns + u" FROM chat_messages m"_s + kMessageJoins +
                u"WHERE m.sender_id = ? AND m.client_message_id = ?::uuid"_s);
    query.addBindValue(senderId);
    query.addBindValue(clientMessageId);
    *ok = query.exec();
    if (!*ok || !query.next()) {
        return std::nullopt;
    }
    return readMessage(query);
}

// Members who may see message messageId (current members not hiding it).
std::optional<QList<qint64>> recipientsOf(QSqlDatabase &db, qint64 conversationId, qint64 messageId)
{
    QSqlQuery &query = prepared_statements::get(
        db, u"SELECT cm.user_id FROM chat_members cm WHERE cm.conversation_id = ? AND "
            "cm.left_at IS NULL AND NOT EXISTS (SELECT 1 FROM chat_hidden_messages h "
            "WHERE h.user_id = cm.user_id AND h.message_id = ?)"_s);
    query.addBindValue(conversationId);
    query.addBindValue(messageId);
    if (!query.exec()) {
        return std::nullopt;
    }
    QList<qint64> ids;
    while (query.next()) {
        ids << query.value(0).toLongLong();
    }
    return ids;
}

// Conversations as one member sees them; conversationId 0: all of theirs.
std::optional<QList<ConversationRecord>> conversationsOf(QSqlDatabase &db, qint64 userId,
                                                         qint64 conversationId)
{
    QSqlQuery &query = prepared_statements::get(
        db,
        u"SELECT c.id, c.kind, c.tournament_id, c.last_seq, c.created_at, me.read_seq, "
        "peer.user_id, pu.display_name, coalesce(pa.etag, ''), coalesce(peer.read_seq, 0), "
        "t.name, "
        "(SELECT count(*) FROM chat_messages m WHERE m.conversation_id = c.id AND "
        "m.seq > me.read_seq AND m.sender_id IS DISTINCT FROM me.user_id AND "
        "NOT EXISTS (SELECT 1 FROM chat_hidden_messages h WHERE h.user_id = me.user_id AND "
        "h.message_id = m.id)), "
        "lm.* "
        "FROM chat_members me JOIN chat_conversations c ON c.id = me.conversation_id "
        "LEFT JOIN chat_members peer ON c.kind = 'direct' AND peer.conversation_id = c.id AND "
        "peer.user_id <> me.user_id "
        "LEFT JOIN users pu ON pu.id = peer.user_id "
        "LEFT JOIN avatars pa ON pa.user_id = peer.user_id "
        "LEFT JOIN tournaments t ON t.id = c.tournament_id "
        "LEFT JOIN LATERAL (SELECT "_s +
            kMessageColumns + u" FROM chat_messages m"_s + kMessageJoins +
            u"WHERE m.conversation_id = c.id AND NOT EXISTS (SELECT 1 FROM chat_hidden_messages h "
            "WHERE h.user_id = me.user_id AND h.message_id = m.id) ORDER BY m.seq DESC LIMIT 1) lm "
            "ON true "
            "WHERE me.user_id = ? AND (? = 0 OR c.id = ?) "
            "ORDER BY c.last_message_at DESC, c.id DESC"_s);
    query.addBindValue(userId);
    query.addBindValue(conversationId);
    query.addBindValue(conversationId);
    if (!query.exec()) {
        return std::nullopt;
    }
    QList<ConversationRecord> list;
    while (query.next()) {
        ConversationRecord conversation;
        conversation.id = query.value(0).toLongLong();
        conversation.kind = query.value(1).toString();
        conversation.tournamentId = query.value(2).toLongLong();
        conversation.lastSeq = query.value(3).toLongLong();
        conversation.createdAt = utc(query.value(4));
        conversation.readSeq = query.value(5).toLongLong();
        conversation.peer = userRef(query.value(6), query.value(7), query.value(8));
        conversation.peerReadSeq = query.value(9).toLongLong();
        conversation.title = conversation.kind == u"direct"_s
                                 ? (conversation.peer ? conversation.peer->displayName : QString())
                                 : query.value(10).toString();
        conversation.unread = query.value(11).toLongLong();
        if (!query.value(12).isNull()) {
            conversation.lastMessage = readMessage(query, 12);
        }
        list.append(conversation);
    }
    Q_UNUSED(kMessageColumnCount);
    return list;
}

// Blocks either way between two accounts.
std::optional<bool> blockedEitherWay(QSqlDatabase &db, qint64 a, qint64 b)
{
    QSqlQuery &query = prepared_statements::get(
        db, u"SELECT EXISTS (SELECT 1 FROM blocks WHERE (blocker_id = ? AND blocked_id = ?) "
            "OR (blocker_id = ? AND blocked_id = ?))"_s);
    query.addBindValue(a);
    query.addBindValue(b);
    query.addBindValue(b);
    query.addBindValue(a);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return query.value(0).toBool();
}

} // namespace

std::variant<SendOutcome, ChatError> sendText(QSqlDatabase &db, ChatLimiter &limiter,
                                              qint64 senderId, qint64 conversationId,
                                              const QString &text, const QString &clientMessageId)
{
    const QString body = rules::normalizedText(text);
    if (const QString problem = rules::textProblem(body); !problem.isEmpty()) {
        if (problem == chat_error::TextEmpty) {
            return ChatError{problem, u"the message is empty"_s, 0, {}, {}};
        }
        if (problem == chat_error::TextTooLong) {
            return ChatError{
                problem,
                u"a message has at most %1 characters"_s.arg(rules::kMaxTextCodePoints),
                0,
                {},
                {}};
        }
        return ChatError::invalidField(u"text"_s, u"must not contain NUL characters"_s);
    }
    if (!db.isOpen()) {
        return ChatError::unavailable();
    }
    // A stored retry, membership, the sender as shown, a mute, and (direct) a block either way:
    // one round trip (a send costs two: this and the insert).
    QSqlQuery &check = prepared_statements::get(
        db,
        u"SELECT c.kind, (SELECT m.id FROM chat_messages m WHERE m.sender_id = me.user_id AND "
        "m.client_message_id = ?::uuid), u.display_name, coalesce(a.etag, ''), "
        "(SELECT muted_until FROM chat_mutes WHERE user_id = me.user_id AND muted_until > now()), "
        "(c.kind = 'direct' AND (c.direct_low_id IS NULL OR c.direct_high_id IS NULL OR EXISTS "
        "(SELECT 1 FROM blocks b WHERE (b.blocker_id = c.direct_low_id AND b.blocked_id = "
        "c.direct_high_id) OR (b.blocker_id = c.direct_high_id AND b.blocked_id = "
        "c.direct_low_id)))) "
        "FROM chat_members me JOIN chat_conversations c ON c.id = me.conversation_id "
        "JOIN users u ON u.id = me.user_id LEFT JOIN avatars a ON a.user_id = me.user_id "
        "WHERE me.conversation_id = ? AND me.user_id = ? AND me.left_at IS NULL"_s);
    check.addBindValue(clientMessageId);
    check.addBindValue(conversationId);
    check.addBindValue(senderId);
    if (!check.exec()) {
        return ChatError::unavailable();
    }
    bool ok = false;
    if (!check.next() || !check.value(1).isNull()) {
        // A retry (perhaps after leaving the conversation) gets the stored message back.
        if (auto stored = storedRetry(db, senderId, clientMessageId, &ok)) {
            return SendOutcome{*stored, true, {}};
        }
        return ok ? notMember() : ChatError::unavailable();
    }
    const bool direct = check.value(0).toString() == u"direct"_s;
    const UserRef sender{senderId, check.value(2).toString(),
                         avatar_store::urlFor(senderId, check.value(3).toString().toUtf8())};
    if (!check.value(4).isNull()) {
        return ChatError{chat_error::Muted, u"a moderator muted you"_s, 0, utc(check.value(4)), {}};
    }
    if (check.value(5).toBool()) {
        return ChatError{chat_error::Blocked, u"you cannot message this player"_s, 0, {}, {}};
    }
    if (auto refusal = limiter.admit(senderId, body, monotonicMs())) {
        return *refusal;
    }
    // One statement: the seq is taken under the conversation row's lock and the message stored
    // with it, or neither (a racing retry's unique violation undoes both). Tournament messages
    // are hidden at once from members with a block either way with the sender, and the
    // recipients are the other members (the CTE's rows are not visible to the final SELECT, so
    // it applies the same block rule).
    const QString blockedWithSender =
        u"EXISTS (SELECT 1 FROM blocks b WHERE (b.blocker_id = cm.user_id AND b.blocked_id = ?) "
        "OR (b.blocker_id = ? AND b.blocked_id = cm.user_id))"_s;
    QSqlQuery &insert = prepared_statements::get(
        db,
        u"WITH s AS (UPDATE chat_conversations SET last_seq = last_seq + 1, last_message_at = "
        "now() WHERE id = ? RETURNING last_seq), "
        "i AS (INSERT INTO chat_messages (conversation_id, seq, kind, sender_id, "
        "client_message_id, body) SELECT ?, s.last_seq, 'text', ?, ?::uuid, ? FROM s "
        "RETURNING id, seq, sent_at), "
        "h AS (INSERT INTO chat_hidden_messages (user_id, message_id) SELECT cm.user_id, i.id "
        "FROM i, chat_members cm WHERE ? AND cm.conversation_id = ? AND cm.user_id <> ? AND "_s +
            blockedWithSender +
            u") SELECT id, seq, sent_at, (SELECT string_agg(cm.user_id::text, ',') FROM "
            u"chat_members "
            "cm WHERE cm.conversation_id = ? AND cm.left_at IS NULL AND NOT (? AND cm.user_id <> ? "
            "AND "_s +
            blockedWithSender + u")) FROM i"_s);
    for (const QVariant &value :
         {QVariant(conversationId), QVariant(conversationId), QVariant(senderId),
          QVariant(clientMessageId), QVariant(body), QVariant(!direct), QVariant(conversationId),
          QVariant(senderId), QVariant(senderId), QVariant(senderId), QVariant(conversationId),
          QVariant(!direct), QVariant(senderId), QVariant(senderId), QVariant(senderId)}) {
        insert.addBindValue(value);
    }
    if (!insert.exec() || !insert.next()) {
        limiter.refund(senderId, body);
        // A retry racing this send stored it first: answer with that one.
        if (auto stored = storedRetry(db, senderId, clientMessageId, &ok)) {
            return SendOutcome{*stored, true, {}};
        }
        return ChatError::unavailable();
    }
    ChatMessageRecord message;
    message.id = insert.value(0).toLongLong();
    message.conversationId = conversationId;
    message.seq = insert.value(1).toLongLong();
    message.kind = u"text"_s;
    message.text = body;
    message.sender = sender;
    message.sentAt = utc(insert.value(2));
    message.clientMessageId = clientMessageId.toLower();
    SendOutcome outcome{message, false, {}};
    for (const QString &id : insert.value(3).toString().split(u',', Qt::SkipEmptyParts)) {
        outcome.recipients << id.toLongLong();
    }
    return outcome;
}

std::variant<PostedMessage, ChatError> postServerMessage(QSqlDatabase &db, qint64 conversationId,
                                                         const QString &kind, qint64 senderId,
                                                         const QString &text,
                                                         const QJsonObject &payload)
{
    if (!db.isOpen()) {
        return ChatError::unavailable();
    }
    QSqlQuery &insert = prepared_statements::get(
        db, u"WITH s AS (UPDATE chat_conversations SET last_seq = last_seq + 1, last_message_at = "
            "now() WHERE id = ? RETURNING last_seq) "
            "INSERT INTO chat_messages (conversation_id, seq, kind, sender_id, body, payload) "
            "SELECT ?, s.last_seq, ?, ?, ?, ?::jsonb FROM s RETURNING id"_s);
    insert.addBindValue(conversationId);
    insert.addBindValue(conversationId);
    insert.addBindValue(kind);
    insert.addBindValue(senderId > 0 ? QVariant(senderId)
                                     : QVariant(QMetaType::fromType<qint64>()));
    // Never NULL: a card has an empty body (a null QString would bind as NULL).
    insert.addBindValue(text.isNull() ? u""_s : text.left(rules::kMaxTextCodePoints));
    insert.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    if (!insert.exec()) {
        return ChatError::unavailable();
    }
    if (!insert.next()) {
        return ChatError::notFound(u"no such conversation"_s);
    }
    bool ok = false;
    const auto message = messageById(db, insert.value(0).toLongLong(), &ok);
    const auto recipients = recipientsOf(db, conversationId, insert.value(0).toLongLong());
    if (!message || !recipients) {
        return ChatError::unavailable();
    }
    return PostedMessage{*message, *recipients};
}

namespace {

// The direct conversation of a pair, created (with both members) when missing.
std::optional<std::pair<qint64, bool>> ensureDirect(QSqlDatabase &db, qint64 a, qint64 b)
{
    QSqlQuery &create = prepared_statements::get(
        db, u"WITH c AS (INSERT INTO chat_conversations (kind, direct_low_id, "
            "direct_high_id) VALUES ('direct', ?, ?) ON CONFLICT (direct_low_id, "
            "direct_high_id) WHERE kind = 'direct' DO NOTHING RETURNING id), "
            "m AS (INSERT INTO chat_members (conversation_id, user_id) SELECT c.id, u "
            "FROM c, unnest(ARRAY[?::bigint, ?::bigint]) u) SELECT id FROM c"_s);
    create.addBindValue(qMin(a, b));
    create.addBindValue(qMax(a, b));
    create.addBindValue(a);
    create.addBindValue(b);
    if (!create.exec()) {
        return std::nullopt;
    }
    if (create.next()) {
        return std::pair{create.value(0).toLongLong(), true};
    }
    QSqlQuery &existing =
        prepared_statements::get(db, u"SELECT id FROM chat_conversations WHERE kind = 'direct' AND "
                                     "direct_low_id = ? AND direct_high_id = ?"_s);
    existing.addBindValue(qMin(a, b));
    existing.addBindValue(qMax(a, b));
    if (!existing.exec() || !existing.next()) {
        return std::nullopt;
    }
    return std::pair{existing.value(0).toLongLong(), false};
}

std::optional<UserRef> userRefOf(QSqlDatabase &db, qint64 userId)
{
    QSqlQuery &query = prepared_statements::get(
        db, u"SELECT u.id, u.display_name, coalesce(a.etag, '') FROM users u "
            "LEFT JOIN avatars a ON a.user_id = u.id WHERE u.id = ?"_s);
    query.addBindValue(userId);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return userRef(query.value(0), query.value(1), query.value(2));
}

} // namespace

std::variant<PostedMessage, ChatError> messageWithAudience(QSqlDatabase &db, qint64 messageId)
{
    bool ok = false;
    const auto message = messageById(db, messageId, &ok);
    if (!message) {
        return ok ? ChatError::notFound(u"no such message"_s) : ChatError::unavailable();
    }
    const auto recipients = recipientsOf(db, message->conversationId, messageId);
    if (!recipients) {
        return ChatError::unavailable();
    }
    return PostedMessage{*message, *recipients};
}

std::variant<InvitationPosted, ChatError> postInvitation(QSqlDatabase &db, const QString &inviteId,
                                                         qint64 fromUserId, qint64 toUserId,
                                                         const QJsonObject &config,
                                                         const QDateTime &expiresAt)
{
    if (!db.isOpen()) {
        return ChatError::unavailable();
    }
    const auto from = userRefOf(db, fromUserId);
    const auto to = userRefOf(db, toUserId);
    const auto direct = ensureDirect(db, fromUserId, toUserId);
    if (!from || !to || !direct) {
        return ChatError::unavailable();
    }
    const QJsonObject card{{u"inviteId"_s, inviteId},
                           {u"state"_s, u"pending"_s},
                           {u"from"_s, from->toJson()},
                           {u"to"_s, to->toJson()},
                           {u"config"_s, config},
                           {u"expiresAt"_s, expiresAt.toUTC().toString(Qt::ISODateWithMs)}};
    auto posted = postServerMessage(db, direct->first, u"invitation"_s, fromUserId, {}, card);
    if (const auto *error = std::get_if<ChatError>(&posted)) {
        return *error;
    }
    InvitationPosted outcome{
        std::get<PostedMessage>(std::move(posted)), direct->first, direct->second, {}, {}};
    if (direct->second) {
        const auto fromView = conversationsOf(db, fromUserId, direct->first);
        const auto toView = conversationsOf(db, toUserId, direct->first);
        if (fromView && !fromView->isEmpty() && toView && !toView->isEmpty()) {
            outcome.fromView = fromView->first();
            outcome.toView = toView->first();
        }
    }
    return outcome;
}

std::variant<PostedMessage, ChatError> updateInvitation(QSqlDatabase &db, const QString &inviteId,
                                                        const QString &state)
{
    if (!db.isOpen()) {
        return ChatError::unavailable();
    }
    QSqlQuery &update = prepared_statements::get(
        db, u"UPDATE chat_messages SET payload = jsonb_set(payload, '{state}', "
            "to_jsonb(?::text)) WHERE kind = 'invitation' AND payload ->> 'inviteId' = ? "
            "RETURNING id, conversation_id"_s);
    update.addBindValue(state);
    update.addBindValue(inviteId);
    if (!update.exec()) {
        return ChatError::unavailable();
    }
    if (!update.next()) {
        return ChatError::notFound(u"no invitation card with this id"_s);
    }
    const qint64 id = update.value(0).toLongLong();
    bool ok = false;
    const auto message = messageById(db, id, &ok);
    const auto recipients = recipientsOf(db, update.value(1).toLongLong(), id);
    if (!message || !recipients) {
        return ChatError::unavailable();
    }
    return PostedMessage{*message, *recipients};
}

std::variant<TournamentSync, ChatError> syncTournament(QSqlDatabase &db, qint64 tournamentId)
{
    if (!db.isOpen() || !db.transaction()) {
        return ChatError::unavailable();
    }
    const auto fail = [&db] {
        db.rollback();
        return ChatError::unavailable();
    };
    QSqlQuery &create = prepared_statements::get(
        db, u"INSERT INTO chat_conversations (kind, tournament_id) SELECT 'tournament', id "
            "FROM tournaments WHERE id = ? AND kind = 'online' ON CONFLICT (tournament_id) "
            "DO NOTHING"_s);
    create.addBindValue(tournamentId);
    QSqlQuery &find = prepared_statements::get(
        db, u"SELECT id FROM chat_conversations WHERE tournament_id = ? FOR UPDATE"_s);
    find.addBindValue(tournamentId);
    if (!create.exec() || !find.exec()) {
        return fail();
    }
    if (!find.next()) {
        db.rollback();
        return ChatError::notFound(u"no online tournament with this id"_s);
    }
    TournamentSync sync;
    sync.conversationId = find.value(0).toLongLong();
    QSqlQuery &join = prepared_statements::get(
        db,
        u"INSERT INTO chat_members (conversation_id, user_id) SELECT DISTINCT "
        "?::bigint, e.user_id FROM tournament_entries e WHERE e.tournament_id = ? AND e.user_id IS "
        "NOT NULL ON CONFLICT (conversation_id, user_id) DO UPDATE SET left_at = NULL "
        "WHERE chat_members.left_at IS NOT NULL RETURNING user_id"_s);
    join.addBindValue(sync.conversationId);
    join.addBindValue(tournamentId);
    if (!join.exec()) {
        return fail();
    }
    QList<qint64> joined;
    while (join.next()) {
        joined << join.value(0).toLongLong();
    }
    QSqlQuery &leave = prepared_statements::get(
        db, u"UPDATE chat_members m SET left_at = now() WHERE m.conversation_id = ? AND "
            "m.left_at IS NULL AND NOT EXISTS (SELECT 1 FROM tournament_entries e WHERE "
            "e.tournament_id = ? AND e.user_id = m.user_id)"_s);
    leave.addBindValue(sync.conversationId);
    leave.addBindValue(tournamentId);
    if (!leave.exec() || !db.commit()) {
        return fail();
    }
    for (const qint64 userId : joined) {
        const auto view = conversationsOf(db, userId, sync.conversationId);
        if (view && !view->isEmpty()) {
            sync.joined.append({userId, view->first()});
        }
    }
    return sync;
}

std::variant<PostedMessage, ChatError> postTournamentNotice(QSqlDatabase &db, qint64 tournamentId,
                                                            const QString &text,
                                                            const QString &code,
                                                            const QJsonObject &args)
{
    auto synced = syncTournament(db, tournamentId);
    if (const auto *error = std::get_if<ChatError>(&synced)) {
        return *error;
    }
    return postServerMessage(db, std::get<TournamentSync>(synced).conversationId, u"system"_s, 0,
                             text, QJsonObject{{u"code"_s, code}, {u"args"_s, args}});
}

std::variant<DirectOutcome, ChatError> openDirect(QSqlDatabase &db, qint64 userId, qint64 peerId)
{
    if (userId == peerId) {
        return ChatError::invalidField(u"userId"_s, u"cannot be yourself"_s);
    }
    if (!db.isOpen()) {
        return ChatError::unavailable();
    }
    QSqlQuery &peer =
        prepared_statements::get(db, u"SELECT banned_at IS NOT NULL FROM users WHERE id = ?"_s);
    peer.addBindValue(peerId);
    if (!peer.exec()) {
        return ChatError::unavailable();
    }
    if (!peer.next()) {
        return ChatError::notFound(u"no such user"_s);
    }
    const auto blocked = blockedEitherWay(db, userId, peerId);
    if (!blocked) {
        return ChatError::unavailable();
    }
    if (*blocked) {
        return ChatError{chat_error::Blocked, u"you cannot message this player"_s, 0, {}, {}};
    }
    if (!db.transaction()) {
        return ChatError::unavailable();
    }
    QSqlQuery &create = prepared_statements::get(
        db, u"INSERT INTO chat_conversations (kind, direct_low_id, direct_high_id) "
            "VALUES ('direct', ?, ?) ON CONFLICT (direct_low_id, direct_high_id) "
            "WHERE kind = 'direct' DO NOTHING RETURNING id"_s);
    create.addBindValue(qMin(userId, peerId));
    create.addBindValue(qMax(userId, peerId));
    if (!create.exec()) {
        db.rollback();
        return ChatError::unavailable();
    }
    const bool created = create.next();
    qint64 id = created ? create.value(0).toLongLong() : 0;
    if (created) {
        QSqlQuery &members = prepared_statements::get(
            db, u"INSERT INTO chat_members (conversation_id, user_id) VALUES (?, ?), "
                "(?, ?)"_s);
        members.addBindValue(id);
        members.addBindValue(userId);
        members.addBindValue(id);
        members.addBindValue(peerId);
        if (!members.exec()) {
            db.rollback();
            return ChatError::unavailable();
        }
    } else {
        QSqlQuery &existing = prepared_statements::get(
            db, u"SELECT id FROM chat_conversations WHERE kind = 'direct' AND "
                "direct_low_id = ? AND direct_high_id = ?"_s);
        existing.addBindValue(qMin(userId, peerId));
        existing.addBindValue(qMax(userId, peerId));
        if (!existing.exec() || !existing.next()) {
            db.rollback();
            return ChatError::unavailable();
        }
        id = existing.value(0).toLongLong();
    }
    if (!db.commit()) {
        db.rollback();
        return ChatError::unavailable();
    }
    const auto mine = conversationsOf(db, userId, id);
    const auto theirs = conversationsOf(db, peerId, id);
    if (!mine || !theirs || mine->isEmpty() || theirs->isEmpty()) {
        return ChatError::unavailable();
    }
    return DirectOutcome{mine->first(), theirs->first(), peerId, created};
}

std::variant<ConversationRecord, ChatError> conversation(QSqlDatabase &db, qint64 userId,
                                                         qint64 conversationId)
{
    if (!db.isOpen()) {
        return ChatError::unavailable();
    }
    const auto list = conversationsOf(db, userId, conversationId);
    if (!list) {
        return ChatError::unavailable();
    }
    if (list->isEmpty()) {
        return ChatError::notFound(u"no such conversation"_s);
    }
    return list->first();
}

std::variant<ConversationList, ChatError> conversations(QSqlDatabase &db, qint64 userId)
{
    if (!db.isOpen()) {
        return ChatError::unavailable();
    }
    const auto list = conversationsOf(db, userId, 0);
    if (!list) {
        return ChatError::unavailable();
    }
    ConversationList answer;
    answer.conversations = *list;
    for (const ConversationRecord &entry : *list) {
        answer.totalUnread += entry.unread;
    }
    QSqlQuery &mute = prepared_statements::get(
        db, u"SELECT muted_until FROM chat_mutes WHERE user_id = ? AND muted_until > now()"_s);
    mute.addBindValue(userId);
    if (!mute.exec()) {
        return ChatError::unavailable();
    }
    if (mute.next()) {
        answer.mutedUntil = utc(mute.value(0));
    }
    return answer;
}

std::variant<HistoryPage, ChatError> history(QSqlDatabase &db, qint64 userId, qint64 conversationId,
                                             std::optional<qint64> before,
                                             std::optional<qint64> after, int limit)
{
    if (!db.isOpen()) {
        return ChatError::unavailable();
    }
    QSqlQuery &member = prepared_statements::get(
        db, u"SELECT 1 FROM chat_members WHERE conversation_id = ? AND user_id = ?"_s);
    member.addBindValue(conversationId);
    member.addBindValue(userId);
    if (!member.exec()) {
        return ChatError::unavailable();
    }
    if (!member.next()) {
        return ChatError::notFound(u"no such conversation"_s);
    }
    QSqlQuery query(db);
    const bool backwards = !after.has_value();
    query.prepare(u"SELECT "_s + kMessageColumns + u" FROM chat_messages m"_s + kMessageJoins +
                  u"WHERE m.conversation_id = ? AND "_s +
                  (backwards ? u"m.seq < ? "_s : u"m.seq > ? "_s) + u"AND"_s + kVisibleTo +
                  (backwards ? u"ORDER BY m.seq DESC"_s : u"ORDER BY m.seq ASC"_s) + u" LIMIT ?"_s);
    query.addBindValue(conversationId);
    query.addBindValue(backwards ? before.value_or(std::numeric_limits<qint64>::max()) : *after);
    query.addBindValue(userId);
    query.addBindValue(limit + 1);
    if (!query.exec()) {
        return ChatError::unavailable();
    }
    HistoryPage page;
    while (query.next()) {
        if (page.messages.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.messages.append(readMessage(query));
    }
    return page;
}

std::variant<ReadOutcome, ChatError> markRead(QSqlDatabase &db, qint64 userId,
                                              qint64 conversationId, qint64 seq)
{
    if (!db.isOpen()) {
        return ChatError::unavailable();
    }
    QSqlQuery &update = prepared_statements::get(
        db, u"UPDATE chat_members me SET read_seq = GREATEST(me.read_seq, LEAST(?, "
            "c.last_seq)) FROM chat_conversations c WHERE c.id = me.conversation_id AND "
            "me.conversation_id = ? AND me.user_id = ? RETURNING me.read_seq"_s);
    update.addBindValue(seq);
    update.addBindValue(conversationId);
    update.addBindValue(userId);
    if (!update.exec()) {
        return ChatError::unavailable();
    }
    if (!update.next()) {
        return ChatError::notFound(u"no such conversation"_s);
    }
    ReadOutcome outcome;
    outcome.readSeq = update.value(0).toLongLong();
    QSqlQuery &unread = prepared_statements::get(
        db, u"SELECT count(*) FROM chat_messages m WHERE m.conversation_id = ? AND "
            "m.seq > ? AND m.sender_id IS DISTINCT FROM ? AND"_s +
                kVisibleTo);
    unread.addBindValue(conversationId);
    unread.addBindValue(outcome.readSeq);
    unread.addBindValue(userId);
    unread.addBindValue(userId);
    if (!unread.exec() || !unread.next()) {
        return ChatError::unavailable();
    }
    outcome.unread = unread.value(0).toLongLong();
    auto everyone = members(db, conversationId);
    if (auto *list = std::get_if<QList<qint64>>(&everyone)) {
        outcome.members = *list;
    }
    return outcome;
}

std::variant<TypingAudience, ChatError> typingAudience(QSqlDatabase &db, qint64 userId,
                                                       qint64 conversationId)
{
    if (!db.isOpen()) {
        return ChatError::unavailable();
    }
    QSqlQuery &me = prepared_statements::get(
        db, u"SELECT u.display_name, coalesce(a.etag, '') FROM chat_members cm "
            "JOIN users u ON u.id = cm.user_id LEFT JOIN avatars a ON a.user_id = cm.user_id "
            "WHERE cm.conversation_id = ? AND cm.user_id = ? AND cm.left_at IS NULL"_s);
    me.addBindValue(conversationId);
    me.addBindValue(userId);
    if (!me.exec()) {
        return ChatError::unavailable();
    }
    if (!me.next()) {
        return notMember();
    }
    TypingAudience audience;
    audience.typist = UserRef{userId, me.value(0).toString(),
                              avatar_store::urlFor(userId, me.value(1).toString().toUtf8())};
    QSqlQuery &others = prepared_statements::get(
        db, u"SELECT cm.user_id FROM chat_members cm WHERE cm.conversation_id = ? AND "
            "cm.user_id <> ? AND cm.left_at IS NULL AND NOT EXISTS (SELECT 1 FROM blocks "
            "b WHERE (b.blocker_id = cm.user_id AND b.blocked_id = ?) OR (b.blocker_id = ? "
            "AND b.blocked_id = cm.user_id))"_s);
    others.addBindValue(conversationId);
    others.addBindValue(userId);
    others.addBindValue(userId);
    others.addBindValue(userId);
    if (!others.exec()) {
        return ChatError::unavailable();
    }
    while (others.next()) {
        audience.userIds << others.value(0).toLongLong();
    }
    return audience;
}

std::variant<QList<qint64>, ChatError> members(QSqlDatabase &db, qint64 conversationId)
{
    QSqlQuery &query = prepared_statements::get(
        db, u"SELECT user_id FROM chat_members WHERE conversation_id = ? AND left_at IS "
            "NULL"_s);
    query.addBindValue(conversationId);
    if (!query.exec()) {
        return ChatError::unavailable();
    }
    QList<qint64> ids;
    while (query.next()) {
        ids << query.value(0).toLongLong();
    }
    return ids;
}

} // namespace transcendence::server::chat_store
