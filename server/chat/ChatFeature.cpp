#include "chat/ChatFeature.h"

#include "app/StructuredLog.h"
#include "chat/ChatModerationRoutes.h"
#include "chat/ChatRoutes.h"
#include "db/DatabaseWorkers.h"
#include "metrics/ServerMetrics.h"
#include "notifications/NotificationService.h"
#include "play/RoomService.h"
#include "protocol/Envelope.h"
#include "realtime/RealtimeHub.h"
#include "realtime/RealtimeSession.h"
#include "tournaments/TournamentFeature.h"

namespace transcendence::server {

using namespace Qt::StringLiterals;
namespace proto = transcendence::protocol;

namespace {
// Sends of one account waiting behind the one on a worker: the limiter lets 5 through in a burst,
// so more than this waiting is a client flooding the socket.
constexpr qsizetype kMaxQueuedSends = 20;
} // namespace

void registerChatFeature(const FeatureContext &context)
{
    auto *feature = new ChatFeature(context, &context.owner);
    auto *routes = new ChatRoutes(context, *feature, feature);
    routes->registerRoutes(context.router);
    auto *moderation = new ChatModerationRoutes(context, *feature, feature);
    moderation->registerRoutes(context.router);
    auto *notifications = new NotificationService(context, &context.owner);
    notifications->registerRoutes(context.router);
    if (RoomService *rooms = RoomService::find(context.owner)) {
        QObject::connect(rooms, &RoomService::invitationOpened, feature,
                         &ChatFeature::onInvitationOpened);
        QObject::connect(rooms, &RoomService::invitationClosed, feature,
                         &ChatFeature::onInvitationClosed);
    }
    if (auto *tournaments =
            context.owner.findChild<TournamentFeature *>(QString(), Qt::FindDirectChildrenOnly)) {
        QObject::connect(tournaments, &TournamentFeature::onlineTournamentChanged, feature,
                         &ChatFeature::onTournamentChanged);
        QObject::connect(tournaments, &TournamentFeature::onlineMatchReady, feature,
                         &ChatFeature::onTournamentMatchReady);
        QObject::connect(tournaments, &TournamentFeature::onlineMatchesDecided, feature,
                         &ChatFeature::onTournamentMatchesDecided);
        QObject::connect(tournaments, &TournamentFeature::onlineTournamentOver, feature,
                         &ChatFeature::onTournamentOver);
    }
}

ChatFeature::ChatFeature(const FeatureContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    setObjectName(u"chatFeature"_s);
    m_clock.start();
    using Access = RealtimeHub::HandlerAccess;
    const auto handle = [this](const QString &type, auto method) {
        m_context.hub.registerHandler(
            type, Access::SignedInOnly,
            [this, method](RealtimeSession *session, const proto::Envelope &envelope) {
                (this->*method)(session, envelope);
            });
    };
    handle(proto::message_type::ChatSend, &ChatFeature::onSend);
    handle(proto::message_type::ChatTyping, &ChatFeature::onTyping);
    handle(proto::message_type::ChatRead, &ChatFeature::onRead);
    handle(proto::message_type::ChatSync, &ChatFeature::onSync);
}

ChatFeature *ChatFeature::find(const QObject &featureOwner)
{
    return featureOwner.findChild<ChatFeature *>(u"chatFeature"_s, Qt::FindDirectChildrenOnly);
}

void ChatFeature::publish(const chat_store::ChatMessageRecord &message,
                          const QList<qint64> &recipients, const QString &exceptConnection)
{
    const QByteArray encoded = proto::serialize(proto::ChatMessagePush{message}.toJson());
    // Every instance sends to its own connections of the recipients (the count is this one's).
    metrics::chatDelivered(m_context.hub.deliverToUsers(recipients, encoded, exceptConnection));
}

void ChatFeature::publishUpdate(const chat_store::ChatMessageRecord &message,
                                const QList<qint64> &recipients)
{
    const QByteArray encoded = proto::serialize(
        proto::ChatMessagePush{message}.toJson(proto::message_type::ChatMessageUpdated));
    m_context.hub.deliverToUsers(recipients, encoded);
}

void ChatFeature::publishConversation(qint64 userId,
                                      const chat_store::ConversationRecord &conversation)
{
    m_context.hub.deliverToUser(userId, proto::ChatConversationPush{conversation}.toJson());
}

void ChatFeature::publishRead(qint64 readerId, qint64 conversationId,
                              const chat_store::ReadOutcome &read)
{
    m_context.hub.deliverToUser(
        readerId, proto::ChatRead{conversationId, read.readSeq, readerId, read.unread}.toJson());
    QList<qint64> others = read.members;
    others.removeAll(readerId);
    m_context.hub.deliverToUsers(
        others,
        proto::serialize(proto::ChatRead{conversationId, read.readSeq, readerId, {}}.toJson()));
}

void ChatFeature::onInvitationOpened(const QString &inviteId, qint64 fromUserId, qint64 toUserId,
                                     const QJsonObject &config, const QDateTime &expiresAt)
{
    m_postingInvites.insert(inviteId, QString());
    using Result = std::variant<chat_store::InvitationPosted, ChatError>;
    m_context.workers.run<Result>(
        this,
        [inviteId, fromUserId, toUserId, config, expiresAt](QSqlDatabase &db) {
            return chat_store::postInvitation(db, inviteId, fromUserId, toUserId, config,
                                              expiresAt);
        },
        [this, inviteId, fromUserId, toUserId](Result result) {
            const QString closedMeanwhile = m_postingInvites.take(inviteId);
            if (const auto *error = std::get_if<ChatError>(&result)) {
                StructuredLog::warning(u"invitation_card_not_posted"_s,
                                       {{u"inviteId"_s, inviteId}, {u"error"_s, error->code}});
                return;
            }
            const auto &outcome = std::get<chat_store::InvitationPosted>(result);
            if (outcome.conversationCreated) {
                publishConversation(fromUserId, outcome.fromView);
                publishConversation(toUserId, outcome.toView);
            }
            publish(outcome.posted.message, outcome.posted.recipients);
            NotificationService::send(
                *parent(), toUserId, u"invitation"_s, fromUserId,
                {{u"inviteId"_s, inviteId}, {u"conversationId"_s, outcome.conversationId}},
                u"/chat/%1"_s.arg(outcome.conversationId));
            if (!closedMeanwhile.isEmpty()) {
                updateInvitation(inviteId, closedMeanwhile);
            }
        });
}

void ChatFeature::onTournamentChanged(qint64 tournamentId)
{
    using Result = std::variant<chat_store::TournamentSync, ChatError>;
    m_context.workers.run<Result>(
        this,
        [tournamentId](QSqlDatabase &db) { return chat_store::syncTournament(db, tournamentId); },
        [this, tournamentId](Result result) {
            if (const auto *error = std::get_if<ChatError>(&result)) {
                StructuredLog::warning(
                    u"tournament_conversation_not_synced"_s,
                    {{u"tournamentId"_s, tournamentId}, {u"error"_s, error->code}});
                return;
            }
            for (const auto &[userId, view] : std::get<chat_store::TournamentSync>(result).joined) {
                publishConversation(userId, view);
            }
        });
}

void ChatFeature::onTournamentMatchReady(qint64 userId, const QJsonObject &ready)
{
    const qint64 tournamentId = ready.value(u"tournamentId"_s).toInteger();
    const QString roomId = ready.value(u"roomId"_s).toString();
    const QJsonObject you = ready.value(u"you"_s).toObject();
    const QJsonObject opponent = ready.value(u"opponent"_s).toObject();
    NotificationService::send(*parent(), userId, u"tournament_match"_s, 0,
                              {{u"tournamentId"_s, tournamentId},
                               {u"roomId"_s, roomId},
                               {u"deadline"_s, ready.value(u"deadline"_s)},
                               {u"opponent"_s, opponent}},
                              u"/tournaments/%1"_s.arg(tournamentId));
    if (m_announcedRooms.contains(roomId)) {
        return; // both seats are told; the pairing is posted once
    }
    if (m_announcedRooms.size() > 10'000) {
        m_announcedRooms.clear();
    }
    m_announcedRooms.insert(roomId);
    const int round = ready.value(u"round"_s).toInt();
    const QString a = you.value(u"label"_s).toString();
    const QString b = opponent.value(u"label"_s).toString();
    postTournamentNotice(tournamentId, u"Round %1: %2 vs %3"_s.arg(round).arg(a, b),
                         u"tournament_pairing"_s,
                         {{u"round"_s, round},
                          {u"slot"_s, ready.value(u"slot"_s)},
                          {u"roomId"_s, roomId},
                          {u"players"_s, QJsonArray{you, opponent}},
                          {u"deadline"_s, ready.value(u"deadline"_s)}});
}

void ChatFeature::onTournamentMatchesDecided(qint64 tournamentId, const QJsonArray &matches)
{
    for (const QJsonValue &value : matches) {
        const QJsonObject match = value.toObject();
        const QString result = match.value(u"result"_s).toString();
        if (result == u"bye"_s) {
            continue; // nobody played: nothing to announce
        }
        const qint64 winnerId = match.value(u"winnerEntryId"_s).toInteger();
        QJsonObject winner;
        QJsonObject loser;
        for (const QJsonValue &side : match.value(u"players"_s).toArray()) {
            (side.toObject().value(u"entryId"_s).toInteger() == winnerId ? winner : loser) =
                side.toObject();
        }
        const QString text =
            winner.isEmpty() ? u"Round %1: no winner"_s.arg(match.value(u"round"_s).toInt())
                             : u"Round %1: %2 beat %3 (%4)"_s.arg(match.value(u"round"_s).toInt())
                                   .arg(winner.value(u"label"_s).toString(),
                                        loser.value(u"label"_s).toString(), result);
        postTournamentNotice(tournamentId, text, u"tournament_result"_s,
                             {{u"round"_s, match.value(u"round"_s)},
                              {u"slot"_s, match.value(u"slot"_s)},
                              {u"result"_s, result},
                              {u"winner"_s, winner.isEmpty() ? QJsonValue() : winner},
                              {u"loser"_s, loser.isEmpty() ? QJsonValue() : loser},
                              {u"matchId"_s, match.value(u"matchId"_s)}});
    }
}

void ChatFeature::onTournamentOver(qint64 tournamentId, const QJsonObject &winner)
{
    postTournamentNotice(
        tournamentId,
        winner.isEmpty()
            ? u"The tournament is over."_s
            : u"The tournament is over: %1 won."_s.arg(winner.value(u"label"_s).toString()),
        u"tournament_over"_s, {{u"winner"_s, winner.isEmpty() ? QJsonValue() : winner}});
}

void ChatFeature::postTournamentNotice(qint64 tournamentId, const QString &text,
                                       const QString &code, const QJsonObject &args)
{
    using Result = std::variant<chat_store::PostedMessage, ChatError>;
    m_context.workers.run<Result>(
        this,
        [tournamentId, text, code, args](QSqlDatabase &db) {
            return chat_store::postTournamentNotice(db, tournamentId, text, code, args);
        },
        [this, tournamentId, code, args](Result result) {
            if (const auto *error = std::get_if<ChatError>(&result)) {
                StructuredLog::warning(u"tournament_notice_not_posted"_s,
                                       {{u"tournamentId"_s, tournamentId},
                                        {u"code"_s, code},
                                        {u"error"_s, error->code}});
                return;
            }
            const auto &posted = std::get<chat_store::PostedMessage>(result);
            publish(posted.message, posted.recipients);
            if (code == u"tournament_over") {
                // The end is news for the inbox too: players may have left the page long ago.
                for (const qint64 userId : posted.recipients) {
                    NotificationService::send(
                        *parent(), userId, u"tournament_notice"_s, 0,
                        {{u"tournamentId"_s, tournamentId}, {u"code"_s, code}, {u"args"_s, args}},
                        u"/tournaments/%1"_s.arg(tournamentId));
                }
            }
        });
}

void ChatFeature::onInvitationClosed(const QString &inviteId, const QString &reason)
{
    if (m_postingInvites.contains(inviteId)) {
        m_postingInvites.insert(inviteId, reason); // applied once the card is stored
        return;
    }
    updateInvitation(inviteId, reason);
}

void ChatFeature::updateInvitation(const QString &inviteId, const QString &state)
{
    using Result = std::variant<chat_store::PostedMessage, ChatError>;
    m_context.workers.run<Result>(
        this,
        [inviteId, state](QSqlDatabase &db) {
            return chat_store::updateInvitation(db, inviteId, state);
        },
        [this](Result result) {
            if (const auto *posted = std::get_if<chat_store::PostedMessage>(&result)) {
                publishUpdate(posted->message, posted->recipients);
            }
        });
}

void ChatFeature::onSend(RealtimeSession *session, const proto::Envelope &envelope)
{
    auto parsed = proto::ChatSend::fromJson(envelope.body);
    if (const auto *error = std::get_if<proto::ProtocolError>(&parsed)) {
        // Answered as a failed send when the id can be told, so the client can mark that one.
        const QString clientId = envelope.body.value(u"clientMessageId"_s).toString();
        if (!clientId.isEmpty()) {
            session->sendJson(
                proto::ChatSendFailed{clientId.left(64), error->code, error->message, 0, {}}
                    .toJson());
        } else {
            session->sendError(error->code, error->message, envelope.type);
        }
        return;
    }
    const qint64 userId = session->identity()->userId;
    QueuedSend queued{session->connectionId(), std::get<proto::ChatSend>(std::move(parsed))};
    const auto waiting = m_sendQueues.find(userId);
    if (waiting == m_sendQueues.end()) {
        m_sendQueues.insert(userId, {});
        startSend(userId, queued);
        return;
    }
    // More waiting than the rate limit would let through anyway: refused now, like the limiter.
    if (waiting->size() >= kMaxQueuedSends) {
        session->sendJson(proto::ChatSendFailed{
            queued.send.clientMessageId,
            proto::chat_error::RateLimited,
            u"too many messages at once"_s,
            1000,
            {}}.toJson());
        return;
    }
    waiting->enqueue(std::move(queued));
}

void ChatFeature::startSend(qint64 userId, const QueuedSend &queued)
{
    const proto::ChatSend send = queued.send;
    const QString connectionId = queued.connectionId;
    using Result = std::variant<chat_store::SendOutcome, ChatError>;
    ChatLimiter *limiter = &m_limiter;
    m_context.workers.run<Result>(
        this,
        [limiter, userId, send](QSqlDatabase &db) {
            return chat_store::sendText(db, *limiter, userId, send.conversationId, send.text,
                                        send.clientMessageId);
        },
        [this, userId, connectionId, send](Result result) {
            RealtimeSession *sender = m_context.hub.session(connectionId);
            if (const auto *error = std::get_if<ChatError>(&result)) {
                if (sender) {
                    sender->sendJson(proto::ChatSendFailed{send.clientMessageId, error->code,
                                                           error->message, error->retryAfterMs,
                                                           error->until}
                                         .toJson());
                }
            } else {
                const auto &outcome = std::get<chat_store::SendOutcome>(result);
                // Committed: acknowledge first, then tell everyone else.
                if (sender) {
                    sender->sendJson(
                        proto::ChatSent{send.clientMessageId, outcome.message}.toJson());
                }
                if (!outcome.replay) {
                    publish(outcome.message, outcome.recipients, connectionId);
                }
            }
            // The account's next send, if any.
            const auto waiting = m_sendQueues.find(userId);
            if (waiting == m_sendQueues.end()) {
                return;
            }
            if (waiting->isEmpty()) {
                m_sendQueues.erase(waiting);
                return;
            }
            startSend(userId, waiting->dequeue());
        });
}

void ChatFeature::onTyping(RealtimeSession *session, const proto::Envelope &envelope)
{
    const auto parsed = proto::ChatTyping::fromJson(envelope.body);
    if (const auto *error = std::get_if<proto::ProtocolError>(&parsed)) {
        session->sendError(error->code, error->message, envelope.type);
        return;
    }
    const qint64 conversationId = std::get<proto::ChatTyping>(parsed).conversationId;
    const qint64 userId = session->identity()->userId;
    // Clients send at most every 2 s; more often is relayed no more often (nothing to lose: the
    // indicator lasts 5 s).
    const QString key = u"%1:%2"_s.arg(userId).arg(conversationId);
    const qint64 now = m_clock.elapsed();
    if (m_lastTyping.contains(key) &&
        now - m_lastTyping.value(key) < proto::chat_rules::kTypingIntervalMs / 2) {
        return;
    }
    if (m_lastTyping.size() > 10'000) {
        m_lastTyping.clear();
    }
    m_lastTyping.insert(key, now);
    const QString connectionId = session->connectionId();
    using Result = std::variant<chat_store::TypingAudience, ChatError>;
    m_context.workers.run<Result>(
        this,
        [userId, conversationId](QSqlDatabase &db) {
            return chat_store::typingAudience(db, userId, conversationId);
        },
        [this, connectionId, conversationId, type = envelope.type](Result result) {
            if (const auto *error = std::get_if<ChatError>(&result)) {
                if (RealtimeSession *typist = m_context.hub.session(connectionId)) {
                    typist->sendError(error->code, error->message, type);
                }
                return;
            }
            const auto &audience = std::get<chat_store::TypingAudience>(result);
            const QByteArray encoded =
                proto::serialize(proto::ChatTyping{conversationId, audience.typist}.toJson());
            m_context.hub.deliverToUsers(audience.userIds, encoded);
        });
}

void ChatFeature::onRead(RealtimeSession *session, const proto::Envelope &envelope)
{
    const auto parsed = proto::ChatRead::fromJson(envelope.body);
    if (const auto *error = std::get_if<proto::ProtocolError>(&parsed)) {
        session->sendError(error->code, error->message, envelope.type);
        return;
    }
    const proto::ChatRead read = std::get<proto::ChatRead>(parsed);
    const qint64 userId = session->identity()->userId;
    const QString connectionId = session->connectionId();
    using Result = std::variant<chat_store::ReadOutcome, ChatError>;
    m_context.workers.run<Result>(
        this,
        [userId, read](QSqlDatabase &db) {
            return chat_store::markRead(db, userId, read.conversationId, read.seq);
        },
        [this, userId, connectionId, read, type = envelope.type](Result result) {
            if (const auto *error = std::get_if<ChatError>(&result)) {
                if (RealtimeSession *reader = m_context.hub.session(connectionId)) {
                    reader->sendError(error->code, error->message, type);
                }
                return;
            }
            publishRead(userId, read.conversationId, std::get<chat_store::ReadOutcome>(result));
        });
}

void ChatFeature::onSync(RealtimeSession *session, const proto::Envelope &envelope)
{
    const auto parsed = proto::ChatSync::fromJson(envelope.body);
    if (const auto *error = std::get_if<proto::ProtocolError>(&parsed)) {
        session->sendError(error->code, error->message, envelope.type);
        return;
    }
    const proto::ChatSync sync = std::get<proto::ChatSync>(parsed);
    const qint64 userId = session->identity()->userId;
    const QString connectionId = session->connectionId();
    using Answers = std::variant<QList<proto::ChatMessages>, ChatError>;
    m_context.workers.run<Answers>(
        this,
        [userId, sync](QSqlDatabase &db) -> Answers {
            QList<proto::ChatMessages> answers;
            for (const auto &position : sync.conversations) {
                auto page =
                    chat_store::history(db, userId, position.conversationId, std::nullopt,
                                        position.afterSeq, proto::chat_rules::kSyncMaxMessages);
                if (const auto *error = std::get_if<ChatError>(&page)) {
                    if (error->code == proto::chat_error::Unavailable) {
                        return *error;
                    }
                    continue; // not a member (any more): nothing to catch up on
                }
                const auto &messages = std::get<chat_store::HistoryPage>(page);
                answers.append({position.conversationId, messages.messages, !messages.hasMore});
            }
            return answers;
        },
        [this, connectionId, type = envelope.type](Answers result) {
            RealtimeSession *client = m_context.hub.session(connectionId);
            if (!client) {
                return;
            }
            if (const auto *error = std::get_if<ChatError>(&result)) {
                client->sendError(error->code, error->message, type);
                return;
            }
            for (const proto::ChatMessages &answer : std::get<QList<proto::ChatMessages>>(result)) {
                client->sendJson(answer.toJson());
            }
        });
}

} // namespace transcendence::server
