#include "play/PlayFeature.h"

#include "app/ServerConfig.h"
#include "app/StructuredLog.h"
#include "auth/AuthRoutes.h"
#include "db/DatabaseWorkers.h"
#include "metrics/ServerMetrics.h"
#include "protocol/ConnectionMessages.h"
#include "protocol/Envelope.h"
#include "protocol/LobbyMessages.h"
#include "protocol/PlayMessages.h"
#include "realtime/RealtimeHub.h"
#include "realtime/RealtimeSession.h"
#include "replay/InputLog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

namespace transcendence::server {
namespace proto = transcendence::protocol;

namespace {

constexpr int kLatencyIntervalMs = 2000;

} // namespace

void registerPlayFeature(const FeatureContext &context)
{
    new PlayFeature(context, PresenceTracker::find(context.owner), &context.owner);
}

PlayFeature::PlayFeature(const FeatureContext &context, PresenceTracker *presence, QObject *parent)
    : RoomService(parent)
    , m_context(context)
    , m_presence(presence)
    , m_outbox(context.hub)
    , m_replays(context.hub, context.workers, context.config.realtimeLimits, m_threads, m_directory,
                m_outbox)
    , m_queue(context, launcher())
    , m_invites(context, presence, launcher(), m_queue)
{
    qRegisterMetaType<RoomOutcome>();
    qRegisterMetaType<SnapshotDelivery>();
    m_clock.start();
    using Access = RealtimeHub::HandlerAccess;
    const auto handleFrom = [this](Access access, const QString &type, auto method) {
        m_context.hub.registerHandler(
            type, access,
            [this, method](RealtimeSession *session, const proto::Envelope &envelope) {
                (this->*method)(session, envelope);
            });
    };
    const auto handle = [handleFrom](const QString &type, auto method) {
        handleFrom(Access::SignedInOnly, type, method);
    };
    // A guest plays local and ai matches at its own keyboard (PlayGuests.cpp): these four
    // (and pause, resume) act on the connection's own room only.
    handleFrom(Access::AnyConnection, proto::message_type::Play, &PlayFeature::onPlay);
    handleFrom(Access::AnyConnection, proto::message_type::Input, &PlayFeature::onInput);
    handleFrom(Access::AnyConnection, proto::message_type::Leave, &PlayFeature::onLeave);
    handle(proto::message_type::Join, &PlayFeature::onJoin);
    handle(proto::message_type::Watch, &PlayFeature::onWatch);
    const auto handleBy = [this](const QString &type, auto *part, auto method) {
        m_context.hub.registerHandler(
            type, Access::SignedInOnly,
            [part, method](RealtimeSession *session, const proto::Envelope &envelope) {
                (part->*method)(session, envelope);
            });
    };
    handleBy(proto::message_type::Queue, &m_queue, &PlayQueue::onQueue);
    handleBy(proto::message_type::LeaveQueue, &m_queue, &PlayQueue::onLeaveQueue);
    handleBy(proto::message_type::Invite, &m_invites, &PlayInvites::onInvite);
    handleBy(proto::message_type::InviteAnswer, &m_invites, &PlayInvites::onAnswer);
    handleBy(proto::message_type::InviteCancel, &m_invites, &PlayInvites::onCancel);
    connect(&m_invites, &PlayInvites::opened, this, &RoomService::invitationOpened);
    connect(&m_invites, &PlayInvites::closed, this, &RoomService::invitationClosed);
    m_context.hub.registerHandler(
        proto::message_type::Replay, Access::SignedInOnly,
        [this](RealtimeSession *session, const proto::Envelope &envelope) {
            m_replays.onReplay(session, envelope);
        });
    m_context.hub.registerHandler(
        proto::message_type::Pause, Access::AnyConnection,
        [this](RealtimeSession *session, const proto::Envelope &envelope) {
            onPause(session, envelope, true);
        });
    m_context.hub.registerHandler(
        proto::message_type::Resume, Access::AnyConnection,
        [this](RealtimeSession *session, const proto::Envelope &envelope) {
            onPause(session, envelope, false);
        });
    connect(&m_context.hub, &RealtimeHub::authenticatedSessionReady, this,
            &PlayFeature::onConnectionReady);
    connect(&m_context.hub, &RealtimeHub::authenticatedSessionEnded, this,
            &PlayFeature::onConnectionEnded);

    // A revoked sign-in may be an erased, anonymized or banned account: the visitors' summary
    // reads the leaderboard again rather than show it (and its avatar) from the cache.
    connect(&m_context.auth, &AuthRoutes::sessionsRevoked, this,
            [this] { m_summaryLeadersAtMs = -1; });

    m_housekeeping.setInterval(1000);
    connect(&m_housekeeping, &QTimer::timeout, this, [this] {
        m_queue.formMatches();
        if (m_cluster) {
            announceRooms();
            publishLive();
        }
        m_invites.expire();
        detachIdleRestPlayers();
        endIdleGuestRooms();
    });
    m_housekeeping.start();
    m_latencyTimer.setInterval(kLatencyIntervalMs);
    connect(&m_latencyTimer, &QTimer::timeout, this, &PlayFeature::reportLatency);
    m_latencyTimer.start();
    registerRoutes();
    startCluster();
    startRestCluster();
}

PlayFeature::~PlayFeature()
{
    // Rooms still running end now, nobody winning, and are stored (the database workers
    // outlive this object and finish queued jobs).
    m_stopping = true;
    const auto &rooms = m_directory.rooms();
    for (auto active = rooms.cbegin(); active != rooms.cend(); ++active) {
        if (active->ended) {
            continue;
        }
        MatchRoom *room = active->room;
        if (m_cluster && active->checkpointed) {
            // With several instances the match is handed over instead: its checkpoint stays in
            // Redis and another instance takes it over once this one's lease has expired.
            disconnect(room, nullptr, this, nullptr);
            room->deleteLater();
            StructuredLog::info(QStringLiteral("room_handed_over"),
                                {{QStringLiteral("roomId"), active.key()}});
            continue;
        }
        QMetaObject::invokeMethod(room, &MatchRoom::abandon, Qt::BlockingQueuedConnection);
    }
    m_replays.stopAll();
    // Their queued results (and any already on the way) are handled here and now.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    // m_threads is destroyed next: the rooms' deferred deletes run as the threads finish.
}

bool PlayFeature::isUserPlaying(qint64 userId) const
{
    return m_directory.hasSeat(userId) || m_remoteUserRooms.contains(userId);
}

void PlayFeature::countLiveMatches(std::function<void(int)> done)
{
    liveList(false, 0, [done = std::move(done)](const QJsonArray &, int count) { done(count); });
}

bool PlayFeature::userBusy(qint64 userId) const
{
    return isUserPlaying(userId) || m_queue.isQueued(userId);
}

RoomLauncher PlayFeature::launcher()
{
    return {[this](qint64 userId) { return isUserPlaying(userId); },
            [this](NewRoom room) {
                return launch(std::move(room));
            }};
}

PlayFeature::Caller PlayFeature::callerOf(const RealtimeSession &session)
{
    // A guest (PlayGuests.cpp) has no identity: account 0, no name.
    if (!session.identity()) {
        return {session.connectionId(), 0, {}};
    }
    return {session.connectionId(), session.identity()->userId, session.identity()->displayName};
}

void PlayFeature::replyError(const QString &connectionId, const QString &code,
                             const QString &message, const QString &ref)
{
    m_outbox.send(connectionId, proto::serialize(proto::ErrorMessage{code, message, ref}.toJson()));
}

qint64 PlayFeature::userOf(const QString &connectionId) const
{
    if (const RealtimeSession *session = m_context.hub.session(connectionId)) {
        return session->identity() ? session->identity()->userId : 0;
    }
    if (const auto remote = m_remoteConnections.constFind(connectionId);
        remote != m_remoteConnections.cend()) {
        return *remote;
    }
    const auto rest = m_restPlayers.constFind(connectionId);
    return rest == m_restPlayers.cend() ? 0 : rest->userId;
}

proto::SnapshotEncoding PlayFeature::encodingOf(const QString &connectionId) const
{
    if (PlayCluster::isRemote(connectionId)) {
        return m_binaryRemotes.contains(connectionId) ? proto::SnapshotEncoding::Binary
                                                      : proto::SnapshotEncoding::Json;
    }
    const RealtimeSession *session = m_context.hub.session(connectionId);
    return session ? session->snapshotEncoding() : proto::SnapshotEncoding::Json;
}

void PlayFeature::forgetRemote(const QString &remoteConnectionId)
{
    m_remoteConnections.remove(remoteConnectionId);
    m_binaryRemotes.remove(remoteConnectionId);
}

void PlayFeature::onConnectionReady(qint64 userId, const QString &connectionId)
{
    // A reload or another client: tell it about the match it has a seat in, and the open
    // invitations for it.
    const QString roomId = m_directory.roomOf(userId);
    if (const Room *room = m_directory.running(roomId)) {
        proto::ActiveMatch active;
        active.roomId = roomId;
        active.kind = room->kind;
        active.phase =
            proto::roomPhaseFromName(room->status.value(QStringLiteral("phase")).toString())
                .value_or(proto::RoomPhase::Running);
        m_outbox.send(connectionId, proto::serialize(active.toJson()));
    } else if (m_cluster) {
        lookUpRemoteMatch(userId, connectionId); // hosted by another instance, perhaps
    }
    m_invites.connectionReady(userId, connectionId);
}

void PlayFeature::onConnectionEnded(qint64 userId, const QString &connectionId)
{
    // Out of the queue (the match would start on a connection that is gone) ...
    m_queue.connectionEnded(userId, connectionId);
    if (m_cluster) {
        stopWatchingElsewhere(connectionId);
        // A match hosted elsewhere: its host keeps the seats for the player's return.
        if (const auto link = m_links.constFind(connectionId); link != m_links.cend()) {
            m_cluster->send(link->host, PlayCluster::Frame::Detached,
                            PlayCluster::remoteConnection(m_cluster->instanceId(), connectionId),
                            {});
            m_links.erase(link);
            m_remoteUserRooms.remove(userId);
        }
    }
    // ... its invitations withdrawn ...
    m_invites.connectionEnded(connectionId);
    m_replays.stopReplay(connectionId);
    m_recentlyEnded.remove(connectionId);
    // ... and its seats missing until the player comes back (or its time runs out).
    const RoomDirectory::Participant *participant = m_directory.participant(connectionId);
    if (!participant) {
        return;
    }
    const QString roomId = participant->roomId; // a copy: dropConnection erases the entry
    dropConnection(roomId, connectionId);
}

void PlayFeature::reportLatency()
{
    const auto &rooms = m_directory.rooms();
    for (auto room = rooms.cbegin(); room != rooms.cend(); ++room) {
        if (room->ended) {
            continue;
        }
        proto::LatencyReport report;
        report.roomId = room.key();
        QStringList listeners;
        for (const MatchSeat &seat : room->seats) {
            proto::SeatLatency latency{seat.seat, std::nullopt};
            const QString &controller = room->controllers[std::size_t(seat.seat)];
            if (RealtimeSession *session = m_context.hub.session(controller)) {
                latency.pingMs = session->latencyMs();
                session->measureLatency(); // for the next report
                if (!listeners.contains(controller)) {
                    listeners << controller;
                }
            }
            if (seat.kind != SeatKind::Ai) {
                report.seats.push_back(latency);
            }
        }
        for (const QString &spectator : room->spectators) {
            listeners << spectator;
        }
        const QByteArray message = proto::serialize(report.toJson());
        for (const QString &connectionId : std::as_const(listeners)) {
            m_outbox.send(connectionId, message);
        }
    }
}

void PlayFeature::setInGame(const QString &connectionId, bool inGame)
{
    if (m_presence && m_context.hub.session(connectionId)) {
        m_presence->setInGame(connectionId, inGame);
    } else if (m_cluster && PlayCluster::isRemote(connectionId)) {
        // The player's instance links the connection to this room (or unlinks it), and sets
        // its presence there.
        const RoomDirectory::Participant *participant = m_directory.participant(connectionId);
        const QJsonObject link{
            {QStringLiteral("roomId"), participant ? participant->roomId : QString()},
            {QStringLiteral("userId"), m_remoteConnections.value(connectionId)},
            {QStringLiteral("host"), QString::fromLatin1(m_cluster->instanceId())}};
        m_outbox.relay(connectionId,
                       inGame ? PlayCluster::Frame::Linked : PlayCluster::Frame::Unlinked,
                       QJsonDocument(link).toJson(QJsonDocument::Compact));
        if (!inGame) {
            forgetRemote(connectionId);
        }
    }
}

} // namespace transcendence::server
