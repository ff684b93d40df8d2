// Matchmaking: joining (with the rating read on a worker), leaving, and forming matches once a
// second (Matchmaker has the rules); the cluster's shared queue in the second part.
#include "play/PlayQueue.h"

#include "app/StructuredLog.h"
#include "db/DatabaseWorkers.h"
#include "metrics/ServerMetrics.h"
#include "play/PlayStore.h"
#include "protocol/Envelope.h"
#include "protocol/LobbyMessages.h"
#include "realtime/RealtimeHub.h"
#include "realtime/RealtimeSession.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

namespace transcendence::server {
namespace proto = transcendence::protocol;
using namespace Qt::StringLiterals;

namespace {

// A match the queue formed: a remote 1v1 or four players, with the settings they all asked for.
NewRoom queueRoom(proto::QueueMode mode, const engine::MatchConfig &config)
{
    NewRoom room;
    const bool four = mode == proto::QueueMode::FourPlayers;
    room.setup.kind = four ? proto::RoomKind::FourPlayers : proto::RoomKind::Remote;
    room.setup.recordKind = four ? MatchKind::FourPlayers : MatchKind::Remote;
    room.setup.config = config;
    return room;
}

} // namespace

PlayQueue::PlayQueue(const FeatureContext &context, RoomLauncher rooms, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_rooms(std::move(rooms))
{
    m_clock.start();
}

bool PlayQueue::isQueued(qint64 userId) const
{
    return m_matchmaker.modeOf(userId) || m_ratingLookups.contains(userId) ||
           m_sharedQueued.contains(userId);
}

void PlayQueue::formMatches()
{
    if (m_cluster) {
        matchSharedQueue();
    } else {
        matchLocalQueue();
    }
}

void PlayQueue::connectionEnded(qint64 userId, const QString &connectionId)
{
    const Matchmaker::Ticket *ticket = m_matchmaker.ticketOf(userId);
    if (ticket && ticket->connectionId == connectionId) {
        m_matchmaker.removeUser(userId);
    }
    if (m_cluster) {
        if (m_sharedTickets.value(userId).connectionId == connectionId) {
            m_sharedQueued.remove(userId);
            m_sharedTickets.remove(userId);
        }
        m_cluster->dequeue(userId, connectionId, {});
    }
}

void PlayQueue::forget(qint64 userId)
{
    m_sharedQueued.remove(userId);
    m_sharedTickets.remove(userId);
}

void PlayQueue::onQueue(RealtimeSession *session, const proto::Envelope &envelope)
{
    const auto parsed = proto::QueueRequest::fromJson(envelope.body);
    if (const auto *error = std::get_if<proto::ProtocolError>(&parsed)) {
        session->sendError(error->code, error->message, envelope.type);
        return;
    }
    const proto::QueueMode mode = std::get<proto::QueueRequest>(parsed).mode;
    const engine::MatchConfig config = std::get<proto::QueueRequest>(parsed).config;
    const qint64 userId = session->identity()->userId;
    if (m_rooms.isPlaying(userId)) {
        session->sendError(proto::error_code::AlreadyPlaying,
                           QStringLiteral("finish or leave the current match first"),
                           envelope.type);
        return;
    }
    if (isQueued(userId)) {
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
            if (m_cluster) {
                joinShared(userId, connectionId, mode, config, std::get<int>(result));
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
            matchLocalQueue(); // someone may be waiting for exactly this player
        });
}

void PlayQueue::onLeaveQueue(RealtimeSession *session, const proto::Envelope &envelope)
{
    const qint64 userId = session->identity()->userId;
    if (m_cluster && !m_ratingLookups.contains(userId)) {
        // The account's ticket, queued from whichever instance.
        const QString connectionId = session->connectionId();
        m_cluster->dequeue(
            userId, {}, [this, userId, connectionId](std::optional<PlayCluster::Ticket> ticket) {
                m_sharedQueued.remove(userId);
                m_sharedTickets.remove(userId);
                if (ticket) {
                    m_context.hub.deliverToUser(userId,
                                                proto::QueueLeft{ticket->mode, u"left"_s}.toJson());
                } else if (RealtimeSession *leaver = m_context.hub.session(connectionId)) {
                    leaver->sendError(proto::error_code::NotQueued, u"not in a queue"_s,
                                      proto::message_type::LeaveQueue);
                }
            });
        return;
    }
    if (!m_matchmaker.modeOf(userId) && !m_ratingLookups.contains(userId)) {
        session->sendError(proto::error_code::NotQueued, QStringLiteral("not in a queue"),
                           envelope.type);
        return;
    }
    leave(userId, QStringLiteral("left"));
}

void PlayQueue::leave(qint64 userId, const QString &reason)
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

void PlayQueue::matchLocalQueue()
{
    const qint64 now = m_clock.elapsed();
    const std::vector<Matchmaker::Group> groups = m_matchmaker.takeGroups(now);
    for (const Matchmaker::Group &group : groups) {
        NewRoom newRoom = queueRoom(group.mode, group.tickets.front().config);
        QJsonArray players;
        for (const Matchmaker::Ticket &ticket : group.tickets) {
            const RealtimeSession *session = m_context.hub.session(ticket.connectionId);
            // A connection that closed since is simply missing: the player may come back.
            newRoom.addPlayer(ticket.userId,
                              session && session->identity() ? session->identity()->displayName
                                                             : QString(),
                              session ? ticket.connectionId : QString());
            m_context.hub.sendToUser(
                ticket.userId, proto::QueueLeft{group.mode, QStringLiteral("matched")}.toJson());
            players.append(QJsonObject{{QStringLiteral("userId"), ticket.userId},
                                       {QStringLiteral("rating"), ticket.rating},
                                       {QStringLiteral("waitedMs"), now - ticket.joinedAtMs}});
        }
        StructuredLog::info(QStringLiteral("queue_matched"),
                            {{QStringLiteral("mode"), proto::queueModeName(group.mode)},
                             {QStringLiteral("players"), players}});
        m_rooms.launch(std::move(newRoom));
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

namespace transcendence::server {

// The shared queue: the ticket goes to Redis (refused there when the account is queued or has a
// seat anywhere in the cluster). Every instance reads the whole queue once a second and forms the
// same groups; an instance with a player in a group claims it, all or none, and hosts the match.
void PlayQueue::joinShared(qint64 userId, const QString &connectionId, proto::QueueMode mode,
                           const engine::MatchConfig &config, int rating)
{
    const RealtimeSession *session = m_context.hub.session(connectionId);
    if (!session) {
        return;
    }
    PlayCluster::Ticket ticket;
    ticket.userId = userId;
    ticket.mode = mode;
    ticket.instance = m_cluster->instanceId();
    ticket.connectionId = connectionId;
    ticket.name = session->identity()->displayName;
    ticket.rating = rating;
    ticket.joinedAtMs = QDateTime::currentMSecsSinceEpoch();
    ticket.config = config;
    ticket.binary = session->snapshotEncoding() == proto::SnapshotEncoding::Binary;
    m_sharedQueued.insert(userId, mode); // until Redis answers: one queue request at a time
    m_cluster->enqueue(ticket, [this, ticket](PlayCluster::Enqueued result) {
        RealtimeSession *queuer = m_context.hub.session(ticket.connectionId);
        if (result != PlayCluster::Enqueued::Queued) {
            if (m_sharedTickets.value(ticket.userId).connectionId.isEmpty()) {
                m_sharedQueued.remove(ticket.userId);
            }
            if (!queuer) {
                return;
            }
            if (result == PlayCluster::Enqueued::AlreadyQueued) {
                queuer->sendError(proto::error_code::AlreadyQueued, u"already waiting in a queue"_s,
                                  proto::message_type::Queue);
            } else if (result == PlayCluster::Enqueued::AlreadyPlaying) {
                queuer->sendError(proto::error_code::AlreadyPlaying,
                                  u"finish or leave the current match first"_s,
                                  proto::message_type::Queue);
            } else {
                queuer->sendError(proto::error_code::Unavailable,
                                  u"could not join the queue, try again"_s,
                                  proto::message_type::Queue);
            }
            return;
        }
        if (!queuer) { // closed meanwhile: its ticket goes too
            m_sharedQueued.remove(ticket.userId);
            m_cluster->dequeue(ticket.userId, ticket.connectionId, {});
            return;
        }
        const Matchmaker::Ticket local{ticket.userId, ticket.connectionId, ticket.rating,
                                       ticket.joinedAtMs, ticket.config};
        m_sharedTickets.insert(ticket.userId, local);
        const int waiting = ++m_sharedWaiting[int(ticket.mode)];
        proto::Queued queued{ticket.mode,   ticket.config,
                             ticket.rating, m_matchmaker.windowFor(local, ticket.joinedAtMs),
                             waiting,       0};
        queuer->sendJson(queued.toJson());
        StructuredLog::info(u"queue_joined"_s, {{u"userId"_s, ticket.userId},
                                                {u"mode"_s, proto::queueModeName(ticket.mode)},
                                                {u"rating"_s, ticket.rating},
                                                {u"shared"_s, true}});
        matchSharedQueue(); // someone may be waiting for exactly this player
    });
}

void PlayQueue::matchSharedQueue()
{
    if (m_sharedMatching) {
        return; // the previous round's answer is on its way
    }
    m_sharedMatching = true;
    const qint64 asked = QDateTime::currentMSecsSinceEpoch();
    m_cluster->tickets([this, asked](std::optional<std::vector<PlayCluster::Ticket>> all) {
        m_sharedMatching = false;
        if (all) {
            onSharedQueueRead(*all, asked);
        }
    });
}

void PlayQueue::onSharedQueueRead(const std::vector<PlayCluster::Ticket> &all, qint64 now)
{
    const QByteArray &self = m_cluster->instanceId();
    Matchmaker matchmaker;
    QHash<qint64, PlayCluster::Ticket> byUser;
    m_sharedWaiting.clear();
    for (const PlayCluster::Ticket &ticket : all) {
        byUser.insert(ticket.userId, ticket);
        ++m_sharedWaiting[int(ticket.mode)];
        matchmaker.add(ticket.mode,
                       {ticket.userId,
                        PlayCluster::remoteConnection(ticket.instance, ticket.connectionId),
                        ticket.rating, ticket.joinedAtMs, ticket.config});
    }
    // This instance's accounts no longer in the queue (matched by another instance, or gone)
    // are free again; tickets written after the read began stay.
    for (auto it = m_sharedTickets.begin(); it != m_sharedTickets.end();) {
        if (!byUser.contains(it.key()) && it->joinedAtMs < now) {
            m_sharedQueued.remove(it.key());
            it = m_sharedTickets.erase(it);
        } else {
            ++it;
        }
    }
    for (const Matchmaker::Group &group : matchmaker.takeGroups(now)) {
        std::vector<PlayCluster::Ticket> tickets;
        std::vector<qint64> userIds;
        bool hasLocal = false;
        for (const Matchmaker::Ticket &member : group.tickets) {
            tickets.push_back(byUser.value(member.userId));
            userIds.push_back(member.userId);
            hasLocal = hasLocal || tickets.back().instance == self;
        }
        if (!hasLocal) {
            continue; // an instance of its players hosts it
        }
        const QString roomId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const proto::QueueMode mode = group.mode;
        m_cluster->claim(userIds, roomId,
                         [this, tickets, mode, roomId](const PlayCluster::Claim &claim) {
                             if (claim.claimed) {
                                 launchSharedGroup(tickets, mode, roomId);
                             }
                             for (qint64 userId : claim.seated) {
                                 leftForAMatch(userId, mode);
                             }
                         });
    }
    // This instance's players hear how far their window reaches now (only when it changed).
    for (const proto::QueueMode mode :
         {proto::QueueMode::OneVsOne, proto::QueueMode::FourPlayers}) {
        metrics::setQueueSize(proto::queueModeName(mode), m_sharedWaiting.value(int(mode)));
        for (const Matchmaker::Ticket &ticket : matchmaker.tickets(mode)) {
            const auto [instance, connectionId] = PlayCluster::splitRemote(ticket.connectionId);
            const int window = matchmaker.windowFor(ticket, now);
            if (instance != self || window == matchmaker.windowFor(ticket, now - 1000)) {
                continue;
            }
            proto::Queued queued{mode,
                                 ticket.config,
                                 ticket.rating,
                                 window,
                                 m_sharedWaiting.value(int(mode)),
                                 now - ticket.joinedAtMs};
            if (RealtimeSession *session = m_context.hub.session(connectionId)) {
                session->sendJson(queued.toJson());
            }
        }
    }
}

// The account started a match on another instance while it waited here: its ticket is gone
// (claim removed it), and every connection of the account hears it left the queue.
void PlayQueue::leftForAMatch(qint64 userId, proto::QueueMode mode)
{
    forget(userId);
    m_context.hub.deliverToUser(userId, proto::QueueLeft{mode, u"left"_s}.toJson());
    StructuredLog::info(u"queue_left_for_a_match"_s, {{u"userId"_s, userId}});
}

// The claimed players' match, hosted here; players connected elsewhere play it through the relay.
void PlayQueue::launchSharedGroup(const std::vector<PlayCluster::Ticket> &tickets,
                                  proto::QueueMode mode, const QString &roomId)
{
    const QByteArray &self = m_cluster->instanceId();
    NewRoom newRoom = queueRoom(mode, tickets.front().config);
    newRoom.setup.roomId = roomId; // as claimed in Redis
    QJsonArray players;
    for (const PlayCluster::Ticket &ticket : tickets) {
        if (ticket.instance != self) { // relayed to its instance, in the encoding it asked for
            newRoom.addPlayer(ticket.userId, ticket.name,
                              PlayCluster::remoteConnection(ticket.instance, ticket.connectionId),
                              ticket.binary);
        } else { // a connection closed since is simply missing
            newRoom.addPlayer(ticket.userId, ticket.name,
                              m_context.hub.session(ticket.connectionId) ? ticket.connectionId
                                                                         : QString());
        }
        m_sharedQueued.remove(ticket.userId);
        m_sharedTickets.remove(ticket.userId);
        m_context.hub.deliverToUser(ticket.userId, proto::QueueLeft{mode, u"matched"_s}.toJson());
        players.append(QJsonObject{{u"userId"_s, ticket.userId},
                                   {u"rating"_s, ticket.rating},
                                   {u"instance"_s, QString::fromLatin1(ticket.instance)}});
    }
    StructuredLog::info(
        u"queue_matched"_s,
        {{u"mode"_s, proto::queueModeName(mode)}, {u"players"_s, players}, {u"shared"_s, true}});
    m_rooms.launch(std::move(newRoom));
}

} // namespace transcendence::server
