// The matchmaking queues of the play feature: joining (with the rating read on a worker),
// leaving, and forming matches once a second (Matchmaker has the rules).
#include "app/StructuredLog.h"
#include "db/DatabaseWorkers.h"
#include "metrics/ServerMetrics.h"
#include "play/PlayFeature.h"
#include "play/PlayStore.h"
#include "protocol/Envelope.h"
#include "protocol/LobbyMessages.h"
#include "realtime/RealtimeHub.h"
#include "realtime/RealtimeSession.h"

namespace transcendence::server {
namespace proto = transcendence::protocol;

void PlayFeature::onQueue(RealtimeSession *session, const proto::Envelope &envelope)
{
    const auto parsed = proto::QueueRequest::fromJson(envelope.body);
    if (const auto *error = std::get_if<proto::ProtocolError>(&parsed)) {
        session->sendError(error->code, error->message, envelope.type);
        return;
    }
    const proto::QueueMode mode = std::get<proto::QueueRequest>(parsed).mode;
    const engine::MatchConfig config = std::get<proto::QueueRequest>(parsed).config;
    const qint64 userId = session->identity()->userId;
    if (m_userRooms.contains(userId)) {
        session->sendError(proto::error_code::AlreadyPlaying,
                           QStringLiteral("finish or leave the current match first"),
                           envelope.type);
        return;
    }
    if (m_matchmaker.modeOf(userId) || m_ratingLookups.contains(userId)) {
        session->sendError(proto::error_code::AlreadyQueued,
                           QStringLiteral("already waiting in a queue"), envelope.type);
        return;
    }
    m_ratingLookups.insert(userId, mode);
    const QString connectionId = session->connectionId();
    using Result = std::variant<int, DomainError>;
    m_context.workers.run<Result>(
        this, [userId](QSqlDatabase &db) { return play_store::rating(db, userId); },
        [this, userId, connectionId, mode, config](Result result) {
            if (m_ratingLookups.value(userId) != mode || !m_ratingLookups.remove(userId)) {
                return; // left the queue meanwhile
            }
            RealtimeSession *queuer = m_context.hub.session(connectionId);
            if (!queuer) {
                return;
            }
            if (const auto *error = std::get_if<DomainError>(&result)) {
                queuer->sendError(
                    proto::error_code::Unavailable,
                    QStringLiteral("could not join the queue: %1, try again").arg(error->message),
                    proto::message_type::Queue);
                return;
            }
            Matchmaker::Ticket ticket{userId, connectionId, std::get<int>(result),
                                      m_clock.elapsed(), config};
            m_matchmaker.add(mode, ticket);
            proto::Queued queued{mode,
                                 config,
                                 ticket.rating,
                                 m_matchmaker.windowFor(ticket, ticket.joinedAtMs),
                                 m_matchmaker.waiting(mode),
                                 0};
            queuer->sendJson(queued.toJson());
            StructuredLog::info(QStringLiteral("queue_joined"),
                                {{QStringLiteral("userId"), userId},
                                 {QStringLiteral("mode"), proto::queueModeName(mode)},
                                 {QStringLiteral("rating"), ticket.rating}});
            matchQueuedPlayers(); // someone may be waiting for exactly this player
        });
}

void PlayFeature::onLeaveQueue(RealtimeSession *session, const proto::Envelope &envelope)
{
    const qint64 userId = session->identity()->userId;
    if (!m_matchmaker.modeOf(userId) && !m_ratingLookups.contains(userId)) {
        session->sendError(proto::error_code::NotQueued, QStringLiteral("not in a queue"),
                           envelope.type);
        return;
    }
    leaveQueue(userId, QStringLiteral("left"));
}

void PlayFeature::leaveQueue(qint64 userId, const QString &reason)
{
    std::optional<proto::QueueMode> mode = m_matchmaker.removeUser(userId);
    if (!mode && m_ratingLookups.contains(userId)) {
        mode = m_ratingLookups.take(userId);
    }
    if (mode) {
        // Every connection of the account: the queue is the account's, not one tab's.
        m_context.hub.sendToUser(userId, proto::QueueLeft{*mode, reason}.toJson());
    }
}

void PlayFeature::matchQueuedPlayers()
{
    const qint64 now = m_clock.elapsed();
    const std::vector<Matchmaker::Group> groups = m_matchmaker.takeGroups(now);
    for (const Matchmaker::Group &group : groups) {
        NewRoom newRoom;
        MatchRoomSetup &setup = newRoom.setup;
        const bool four = group.mode == proto::QueueMode::FourPlayers;
        setup.kind = four ? proto::RoomKind::FourPlayers : proto::RoomKind::Remote;
        setup.recordKind = four ? MatchKind::FourPlayers : MatchKind::Remote;
        setup.config = group.tickets.front().config;
        QJsonArray players;
        for (std::size_t seat = 0; seat < group.tickets.size(); ++seat) {
            const Matchmaker::Ticket &ticket = group.tickets[seat];
            const RealtimeSession *session = m_context.hub.session(ticket.connectionId);
            MatchSeat entry;
            entry.seat = int(seat);
            entry.kind = SeatKind::User;
            entry.userId = ticket.userId;
            entry.label =
                session && session->identity() ? session->identity()->displayName : QString();
            setup.seats.push_back(entry);
            // A connection that closed since is simply missing: the player may come back.
            setup.controllers.push_back(session ? ticket.connectionId : QString());
            newRoom.seatOwners.push_back(ticket.userId);
            m_context.hub.sendToUser(
                ticket.userId, proto::QueueLeft{group.mode, QStringLiteral("matched")}.toJson());
            players.append(QJsonObject{{QStringLiteral("userId"), ticket.userId},
                                       {QStringLiteral("rating"), ticket.rating},
                                       {QStringLiteral("waitedMs"), now - ticket.joinedAtMs}});
        }
        StructuredLog::info(QStringLiteral("queue_matched"),
                            {{QStringLiteral("mode"), proto::queueModeName(group.mode)},
                             {QStringLiteral("players"), players}});
        launch(std::move(newRoom));
    }
    // The others hear how far their window reaches now (only when it changed).
    for (const proto::QueueMode mode :
         {proto::QueueMode::OneVsOne, proto::QueueMode::FourPlayers}) {
        metrics::setQueueSize(proto::queueModeName(mode), m_matchmaker.waiting(mode));
        for (const Matchmaker::Ticket &ticket : m_matchmaker.tickets(mode)) {
            const int window = m_matchmaker.windowFor(ticket, now);
            if (window == m_matchmaker.windowFor(ticket, now - 1000)) {
                continue;
            }
            proto::Queued queued{mode,
                                 ticket.config,
                                 ticket.rating,
                                 window,
                                 m_matchmaker.waiting(mode),
                                 now - ticket.joinedAtMs};
            if (RealtimeSession *session = m_context.hub.session(ticket.connectionId)) {
                session->sendJson(queued.toJson());
            }
        }
    }
}

} // namespace transcendence::server
