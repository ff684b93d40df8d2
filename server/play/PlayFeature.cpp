#include "play/PlayFeature.h"

#include "app/ServerConfig.h"
#include "app/StructuredLog.h"
#include "auth/AuthRoutes.h"
#include "db/DatabaseWorkers.h"
#include "matches/MatchStore.h"
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

// How a connection takes snapshots (its hello); REST players and gone connections: JSON.
proto::SnapshotEncoding snapshotEncodingOf(RealtimeHub &hub, const QString &connectionId)
{
    const RealtimeSession *session = hub.session(connectionId);
    return session ? session->snapshotEncoding() : proto::SnapshotEncoding::Json;
}

// Well above any real player (keys change a few times a second; two players on one keyboard
// a few more) and below the session's coarse 240 messages/s.
constexpr int kMaxInputsPerSecond = 200;
constexpr int kInputWindowMs = 1000;
constexpr int kLatencyIntervalMs = 2000;
// How long after matchOver inputs of the ended match are still expected (a round trip or two).
constexpr qint64 kLateInputMs = 3000;

proto::RoomKind roomKindFor(MatchKind kind)
{
    switch (kind) {
    case MatchKind::Local:
        return proto::RoomKind::Local;
    case MatchKind::Ai:
        return proto::RoomKind::Ai;
    case MatchKind::Remote:
        return proto::RoomKind::Remote;
    case MatchKind::Private:
        return proto::RoomKind::Private;
    case MatchKind::FourPlayers:
        return proto::RoomKind::FourPlayers;
    case MatchKind::Tournament:
        return proto::RoomKind::Tournament;
    }
    return proto::RoomKind::Local;
}

ApiError conflict(const QString &code, const QString &message)
{
    return {QHttpServerResponder::StatusCode::Conflict, code, message, {}};
}

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

QString PlayFeature::launch(NewRoom newRoom)
{
    MatchRoomSetup &setup = newRoom.setup;
    if (setup.roomId.isEmpty()) { // the shared queue names it when it claims the players
        setup.roomId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    if (!setup.resume) { // a restored room goes on with its own
        setup.seed = QRandomGenerator::system()->generate64();
    }
    setup.owners = newRoom.seatOwners;
    setup.requested = newRoom.requested;
    setup.checkpoints = m_cluster != nullptr;
    setup.graceMs = m_context.config.reconnectGraceSeconds * 1000;
    setup.controllers.resize(std::size_t(setup.config.playerCount()));
    for (std::size_t seat = 0; seat < setup.controllers.size(); ++seat) {
        // A player connected to another instance plays through the relay (PlayRelay.cpp).
        const QString &controller = setup.controllers[seat];
        if (PlayCluster::isRemote(controller) && seat < newRoom.seatOwners.size() &&
            newRoom.seatOwners[seat] != 0) {
            m_remoteConnections.insert(controller, newRoom.seatOwners[seat]);
        }
    }
    for (const QString &connectionId : setup.controllers) {
        if (!connectionId.isEmpty() && !setup.binaryControllers.contains(connectionId) &&
            snapshotEncodingOf(m_context.hub, connectionId) == proto::SnapshotEncoding::Binary) {
            setup.binaryControllers << connectionId;
        }
    }

    Room room;
    room.kind = setup.kind;
    room.config = setup.config;
    room.seats = setup.seats;
    std::sort(room.seats.begin(), room.seats.end(),
              [](const MatchSeat &a, const MatchSeat &b) { return a.seat < b.seat; });
    room.seatOwners = newRoom.seatOwners;
    room.controllers = setup.controllers;
    room.tournamentId = setup.tournamentId;
    room.requested = newRoom.requested;
    room.tag = setup.requesterTag;
    room.startedAt = setup.resume && setup.resume->startedAt.isValid()
                         ? setup.resume->startedAt
                         : QDateTime::currentDateTimeUtc();
    room.checkpointed = setup.checkpoints;

    auto *matchRoom = new MatchRoom(setup);
    const QString roomId = setup.roomId;
    room.room = matchRoom;
    matchRoom->moveToThread(m_threads.nextThread());
    // Queued: the room emits on its game thread, these run on the server thread.
    connect(matchRoom, &MatchRoom::messageReady, this,
            [this](const QString &connectionId, const QByteArray &message) {
                m_outbox.deliver(connectionId, message);
            });
    connect(matchRoom, &MatchRoom::snapshotsReady, this,
            [this](const SnapshotDelivery &delivery) { m_outbox.deliver(delivery); });
    connect(matchRoom, &MatchRoom::statusChanged, this, &PlayFeature::onRoomStatus);
    connect(matchRoom, &MatchRoom::seatsForfeited, this, &PlayFeature::onSeatsForfeited);
    connect(matchRoom, &MatchRoom::ended, this, &PlayFeature::onRoomEnded);
    if (m_cluster) {
        connect(matchRoom, &MatchRoom::checkpointReady, m_cluster, &PlayCluster::saveCheckpoint);
    }
    connect(matchRoom, &QObject::destroyed, this, [this, roomId] { onRoomDestroyed(roomId); });
    m_directory.add(roomId, room);

    // Everyone at the table learns the match before its first snapshot.
    QSet<QString> told;
    for (const QString &connectionId : room.controllers) {
        if (connectionId.isEmpty() || told.contains(connectionId)) {
            continue;
        }
        told.insert(connectionId);
        stopWatchingElsewhere(connectionId);
        m_directory.stopWatching(connectionId); // it stops watching to play
        m_directory.seat(roomId, connectionId);
        setInGame(connectionId, true); // first: a remote player's instance links it
        m_outbox.send(connectionId, proto::serialize(startedMessage(room, roomId, connectionId)));
    }
    QMetaObject::invokeMethod(matchRoom, &MatchRoom::start, Qt::QueuedConnection);
    if (m_cluster) {
        m_cluster->announceRoom(roomId, RoomDirectory::playersOf(room));
    }
    QList<QVariant> owners;
    for (qint64 owner : room.seatOwners) {
        owners << owner;
    }
    metrics::matchOpened(proto::roomKindName(room.kind));
    StructuredLog::info(QStringLiteral("room_opened"),
                        {{QStringLiteral("roomId"), roomId},
                         {QStringLiteral("kind"), proto::roomKindName(room.kind)},
                         {QStringLiteral("players"), QJsonArray::fromVariantList(owners)},
                         {QStringLiteral("rooms"), m_directory.size()}});
    return roomId;
}

QJsonObject PlayFeature::startedMessage(const Room &room, const QString &roomId,
                                        const QString &connectionId) const
{
    proto::MatchStarted started;
    started.roomId = roomId;
    started.kind = room.kind;
    started.config = room.config;
    started.snapshotsPerSecond = MatchRoom::kSnapshotsPerSecond;
    const RoomDirectory::Participant *participant = m_directory.participant(connectionId);
    started.spectating = participant && participant->spectator;
    for (const MatchSeat &seat : room.seats) {
        proto::SeatDescription description;
        description.seat = seat.seat;
        description.label = seat.label;
        description.kind = seatKindName(seat.kind);
        if (seat.kind == SeatKind::User && seat.userId != 0) {
            description.userId = seat.userId;
        }
        description.controlledByYou =
            !started.spectating && room.controllers[std::size_t(seat.seat)] == connectionId;
        started.seats.push_back(description);
    }
    return started.toJson();
}

std::variant<QString, ApiError> PlayFeature::openRoom(const RoomRequest &request)
{
    const int players = request.config.playerCount();
    if (int(request.seats.size()) != players) {
        return ApiError{QHttpServerResponder::StatusCode::BadRequest,
                        QStringLiteral("invalid_request"),
                        QStringLiteral("one seat per player of the configuration"),
                        {}};
    }
    NewRoom newRoom;
    newRoom.requested = true;
    MatchRoomSetup &setup = newRoom.setup;
    setup.kind = roomKindFor(request.recordKind);
    setup.recordKind = request.recordKind;
    setup.config = request.config;
    setup.seats = request.seats;
    setup.tournamentId = request.tournamentId;
    setup.showUpMs = request.showUpMs;
    setup.roomId = request.roomId;
    setup.requesterTag = request.tag;
    setup.controllers.resize(std::size_t(players));
    if (!request.roomId.isEmpty() && m_directory.contains(request.roomId)) {
        return conflict(QStringLiteral("room_exists"), QStringLiteral("that room is open already"));
    }
    newRoom.seatOwners.assign(std::size_t(players), 0);

    qint64 localOwner = 0;
    if (!request.localConnectionId.isEmpty()) {
        const RealtimeSession *session = m_context.hub.session(request.localConnectionId);
        if (!session || !session->identity()) {
            return conflict(QStringLiteral("not_connected"),
                            QStringLiteral("the connection that plays the match is gone"));
        }
        localOwner = session->identity()->userId;
    }
    for (const MatchSeat &seat : request.seats) {
        if (seat.seat < 0 || seat.seat >= players) {
            return ApiError{QHttpServerResponder::StatusCode::BadRequest,
                            QStringLiteral("invalid_request"),
                            QStringLiteral("bad seat number"),
                            {}};
        }
        const auto index = std::size_t(seat.seat);
        if (seat.kind == SeatKind::User) {
            newRoom.seatOwners[index] = seat.userId;
        } else if (seat.kind == SeatKind::Guest) {
            if (localOwner == 0) {
                return ApiError{QHttpServerResponder::StatusCode::BadRequest,
                                QStringLiteral("invalid_request"),
                                QStringLiteral("guest seats are played from a local connection"),
                                {}};
            }
            newRoom.seatOwners[index] = localOwner;
            setup.controllers[index] = request.localConnectionId;
        }
    }
    QSet<qint64> owners;
    for (qint64 owner : newRoom.seatOwners) {
        if (owner != 0 && !owners.contains(owner)) {
            if (userBusy(owner)) {
                return conflict(proto::error_code::AlreadyPlaying,
                                QStringLiteral("user %1 is in another match or queue").arg(owner));
            }
            owners.insert(owner);
        }
    }
    if (localOwner != 0) {
        setup.kind = proto::RoomKind::Tournament;
    }
    return launch(std::move(newRoom));
}

void PlayFeature::onPlay(RealtimeSession *session, const proto::Envelope &envelope)
{
    const auto parsed = proto::PlayRequest::fromJson(envelope.body);
    if (const auto *error = std::get_if<proto::ProtocolError>(&parsed)) {
        session->sendError(error->code, error->message, envelope.type);
        return;
    }
    const proto::PlayRequest &request = std::get<proto::PlayRequest>(parsed);
    if (!session->identity()) {
        onGuestPlay(session, envelope, request);
        return;
    }
    const qint64 userId = session->identity()->userId;
    if (m_directory.hasSeat(userId)) {
        session->sendError(proto::error_code::AlreadyPlaying,
                           QStringLiteral("leave the current match first"), envelope.type);
        return;
    }
    if (m_queue.isQueued(userId)) {
        session->sendError(proto::error_code::AlreadyQueued,
                           QStringLiteral("leave the matchmaking queue first"), envelope.type);
        return;
    }

    launch(localRoom(request, userId, session->identity()->displayName, session->connectionId()));
}

// A local or ai match at one connection's keyboard: the user at seat 0; the AI at every other
// seat of an ai match, guests named "Player 2", "Player 3"... at the other seats of a local one.
// The connection controls every seat but the AI's.
NewRoom PlayFeature::localRoom(const proto::PlayRequest &request, qint64 userId,
                               const QString &displayName, const QString &connectionId) const
{
    NewRoom newRoom;
    MatchRoomSetup &setup = newRoom.setup;
    const bool ai = request.kind == proto::PlayKind::Ai;
    setup.kind = ai ? proto::RoomKind::Ai : proto::RoomKind::Local;
    setup.recordKind = ai ? MatchKind::Ai : MatchKind::Local;
    setup.config = request.config;
    setup.difficulty = request.difficulty;
    for (int seat = 0; seat < request.config.playerCount(); ++seat) {
        MatchSeat entry;
        entry.seat = seat;
        if (seat == 0) {
            entry.kind = SeatKind::User;
            entry.userId = userId;
            entry.label = displayName.isEmpty() ? QStringLiteral("Player 1") : displayName;
        } else if (ai) {
            entry.kind = SeatKind::Ai;
            entry.label =
                QStringLiteral("AI (%1)").arg(engine::aiDifficultyName(request.difficulty));
        } else {
            entry.kind = SeatKind::Guest;
            entry.label = QStringLiteral("Player %1").arg(seat + 1);
        }
        const bool human = entry.kind != SeatKind::Ai;
        setup.seats.push_back(entry);
        setup.controllers.push_back(human ? connectionId : QString());
        newRoom.seatOwners.push_back(human ? userId : 0);
    }
    return newRoom;
}

void PlayFeature::onInput(RealtimeSession *session, const proto::Envelope &envelope)
{
    if (!forwardToHost(session->connectionId(), envelope)) {
        handleInput(callerOf(*session), envelope);
    }
}

void PlayFeature::onLeave(RealtimeSession *session, const proto::Envelope &envelope)
{
    if (!forwardToHost(session->connectionId(), envelope) &&
        !stopWatchingElsewhere(session->connectionId())) {
        handleLeave(callerOf(*session), envelope);
    }
}

void PlayFeature::onPause(RealtimeSession *session, const proto::Envelope &envelope, bool pause)
{
    if (!forwardToHost(session->connectionId(), envelope)) {
        handlePause(callerOf(*session), envelope, pause);
    }
}

void PlayFeature::onJoin(RealtimeSession *session, const proto::Envelope &envelope)
{
    if (forwardToHost(session->connectionId(), envelope)) {
        return;
    }
    const auto parsed =
        proto::IdRequest::fromJson(envelope.type, QStringLiteral("roomId"), envelope.body);
    const auto *request = std::get_if<proto::IdRequest>(&parsed);
    if (!m_cluster || !request || m_directory.contains(request->id)) {
        handleJoin(callerOf(*session), envelope);
        return;
    }
    // Not here: the instance hosting it, if any, takes this connection in.
    const QString connectionId = session->connectionId();
    m_cluster->hostOf(
        request->id, [this, connectionId, envelope](const std::optional<QByteArray> &host) {
            RealtimeSession *joiner = m_context.hub.session(connectionId);
            if (!joiner) {
                return;
            }
            if (!host || *host == m_cluster->instanceId()) {
                handleJoin(callerOf(*joiner), envelope); // unknown anywhere: room_not_found
                return;
            }
            const QByteArray hostId = *host;
            m_cluster->isAlive(
                hostId, [this, hostId, connectionId, envelope](std::optional<bool> alive) {
                    RealtimeSession *caller = m_context.hub.session(connectionId);
                    if (!caller) {
                        return;
                    }
                    if (alive.value_or(true)) {
                        sendCommand(hostId, connectionId, *caller, envelope);
                        return;
                    }
                    // Its host died: the join goes where the match continues, once taken over.
                    m_awaiting.insert(connectionId, Awaiting{caller->identity()->userId, hostId,
                                                             true, m_clock.elapsed(), true});
                });
        });
}

void PlayFeature::handleInput(const Caller &caller, const proto::Envelope &envelope)
{
    const auto parsed = proto::PlayInput::fromJson(envelope.body);
    if (const auto *error = std::get_if<proto::ProtocolError>(&parsed)) {
        replyError(caller.connectionId, error->code, error->message, envelope.type);
        return;
    }
    const proto::PlayInput &input = std::get<proto::PlayInput>(parsed);
    const QString &connectionId = caller.connectionId;
    const RoomDirectory::Participant *participant = m_directory.participant(connectionId);
    if (!participant) {
        const auto ended = m_recentlyEnded.constFind(connectionId);
        if (ended != m_recentlyEnded.cend() && m_clock.elapsed() - *ended < kLateInputMs) {
            return; // sent before it heard matchOver
        }
        replyError(caller.connectionId, proto::error_code::NotPlaying,
                   QStringLiteral("start a match first"), envelope.type);
        return;
    }
    const QString roomId = participant->roomId;
    const Room *room = m_directory.running(roomId);
    if (!room) {
        return; // it is over already; matchOver is on its way
    }
    if (participant->spectator) {
        replyError(caller.connectionId, proto::error_code::SeatNotControlled,
                   QStringLiteral("spectators cannot send inputs"), envelope.type);
        return;
    }
    if (input.seat >= int(room->controllers.size()) ||
        room->controllers[std::size_t(input.seat)] != connectionId) {
        replyError(caller.connectionId, proto::error_code::SeatNotControlled,
                   QStringLiteral("this connection does not control seat %1").arg(input.seat),
                   envelope.type);
        return;
    }
    RoomDirectory::InputPacing &pacing = *m_directory.pacing(connectionId);
    if (pacing.lastSeq && input.seq <= *pacing.lastSeq) {
        replyError(caller.connectionId, proto::error_code::InvalidField,
                   QStringLiteral("input.seq must increase (last: %1)").arg(*pacing.lastSeq),
                   envelope.type);
        return;
    }
    if (!admitInput(connectionId, pacing)) {
        return;
    }
    pacing.lastSeq = input.seq;
    m_directory.noteGuestInput(roomId);
    m_directory.invoke(roomId,
                       [connectionId, seq = input.seq, seat = input.seat, key = input.key](
                           MatchRoom &target) { target.applyInput(connectionId, seq, seat, key); });
}

bool PlayFeature::admitInput(const QString &connectionId, RoomDirectory::InputPacing &pacing)
{
    if (pacing.window.elapsed() >= kInputWindowMs) {
        pacing.window.restart();
        pacing.inWindow = 0;
        pacing.throttleReported = false;
    }
    if (++pacing.inWindow <= kMaxInputsPerSecond) {
        return true;
    }
    if (!pacing.throttleReported) {
        pacing.throttleReported = true;
        replyError(connectionId, proto::error_code::InputRateLimited,
                   QStringLiteral("at most %1 inputs a second; some were dropped")
                       .arg(kMaxInputsPerSecond),
                   proto::message_type::Input);
    }
    return false;
}

void PlayFeature::handleLeave(const Caller &caller, const proto::Envelope &envelope)
{
    const QString &connectionId = caller.connectionId;
    if (m_replays.stopReplay(connectionId)) {
        return;
    }
    const RoomDirectory::Participant *participant = m_directory.participant(connectionId);
    if (!participant) {
        replyError(caller.connectionId, proto::error_code::NotPlaying,
                   QStringLiteral("not in a match"), envelope.type);
        return;
    }
    const QString roomId = participant->roomId;
    if (!m_directory.running(roomId)) {
        return; // it is over already; matchOver is on its way
    }
    if (participant->spectator) {
        m_directory.stopWatching(connectionId);
        return;
    }
    giveUpSeats(roomId, connectionId, caller.userId);
}

// The seats are given up: the account is free at once, even if the match goes on without it
// (four players). matchOver comes to this connection either way.
void PlayFeature::giveUpSeats(const QString &roomId, const QString &connectionId, qint64 userId)
{
    const std::optional<bool> freed = m_directory.giveUp(roomId, connectionId, userId);
    if (!freed) {
        return;
    }
    if (*freed && m_cluster) {
        m_cluster->forgetSeat(userId, roomId);
    }
    setInGame(connectionId, false);
}

// The connection is gone (socket closed, a REST program silent): its seats wait for a
// connection of the same account until the grace time ends.
void PlayFeature::dropConnection(const QString &roomId, const QString &connectionId)
{
    m_directory.detach(roomId, connectionId);
}

void PlayFeature::handleJoin(const Caller &caller, const proto::Envelope &envelope)
{
    const auto parsed =
        proto::IdRequest::fromJson(envelope.type, QStringLiteral("roomId"), envelope.body);
    if (const auto *error = std::get_if<proto::ProtocolError>(&parsed)) {
        replyError(caller.connectionId, error->code, error->message, envelope.type);
        return;
    }
    const QString roomId = std::get<proto::IdRequest>(parsed).id;
    const Room *room = m_directory.running(roomId);
    if (!room) {
        replyError(caller.connectionId, proto::error_code::RoomNotFound,
                   QStringLiteral("no running match with that id"), envelope.type);
        return;
    }
    const qint64 userId = caller.userId;
    if (RoomDirectory::seatsOf(*room, userId).empty()) {
        replyError(caller.connectionId, proto::error_code::NotAPlayer,
                   QStringLiteral("you have no seat in this match (watch it instead)"),
                   envelope.type);
        return;
    }
    const RoomDirectory::Participant *current = m_directory.participant(caller.connectionId);
    if (current && current->roomId != roomId && !current->spectator) {
        replyError(caller.connectionId, proto::error_code::AlreadyPlaying,
                   QStringLiteral("this connection plays another match"), envelope.type);
        return;
    }
    attach(roomId, caller.connectionId, userId);
}

// The connection takes the account's seats in the room: a reconnect, a tournament player
// entering, or the match moving to another client (which the old one is told).
void PlayFeature::attach(const QString &roomId, const QString &connectionId, qint64 userId)
{
    // The room hears of it (queued) before the old connections are told: its answer comes
    // back through this thread's event queue, after all of this.
    const QStringList displaced = m_directory.attach(
        roomId, connectionId, userId, snapshotEncodingOf(m_context.hub, connectionId));
    for (const QString &previous : displaced) {
        setInGame(previous, false);
        m_outbox.send(previous, proto::serialize(proto::MatchMoved{roomId}.toJson()));
        if (m_restPlayers.contains(previous)) {
            m_restPlayers[previous].attached = false;
        }
    }
    setInGame(connectionId, true); // first: a remote player's instance links it
    m_outbox.send(connectionId, proto::serialize(startedMessage(*m_directory.find(roomId), roomId,
                                                                connectionId)));
    StructuredLog::info(QStringLiteral("room_joined"),
                        {{QStringLiteral("roomId"), roomId}, {QStringLiteral("userId"), userId}});
}

void PlayFeature::onWatch(RealtimeSession *session, const proto::Envelope &envelope)
{
    const auto parsed =
        proto::IdRequest::fromJson(envelope.type, QStringLiteral("roomId"), envelope.body);
    if (const auto *error = std::get_if<proto::ProtocolError>(&parsed)) {
        session->sendError(error->code, error->message, envelope.type);
        return;
    }
    const QString roomId = std::get<proto::IdRequest>(parsed).id;
    if (m_cluster && !m_directory.contains(roomId)) {
        watchElsewhere(session->connectionId(), envelope, roomId); // PlayRelay.cpp
        return;
    }
    stopWatchingElsewhere(session->connectionId());
    handleWatch(callerOf(*session), envelope, session->snapshotEncoding());
}

void PlayFeature::handleWatch(const Caller &caller, const proto::Envelope &envelope,
                              proto::SnapshotEncoding encoding)
{
    const auto parsed =
        proto::IdRequest::fromJson(envelope.type, QStringLiteral("roomId"), envelope.body);
    if (const auto *error = std::get_if<proto::ProtocolError>(&parsed)) {
        replyError(caller.connectionId, error->code, error->message, envelope.type);
        return;
    }
    const QString roomId = std::get<proto::IdRequest>(parsed).id;
    const QString connectionId = caller.connectionId;
    const Room *room = m_directory.running(roomId);
    if (!room) {
        replyError(connectionId, proto::error_code::RoomNotFound,
                   QStringLiteral("no running match with that id"), envelope.type);
        return;
    }
    const RoomDirectory::Participant *current = m_directory.participant(connectionId);
    if (current && !current->spectator) {
        replyError(connectionId, proto::error_code::AlreadyPlaying,
                   QStringLiteral("this connection plays a match"), envelope.type);
        return;
    }
    m_directory.stopWatching(connectionId); // watching another match: switch
    m_directory.watch(roomId, connectionId, encoding);
    m_outbox.send(connectionId, proto::serialize(startedMessage(*room, roomId, connectionId)));
}

void PlayFeature::handlePause(const Caller &caller, const proto::Envelope &envelope, bool pause)
{
    const RoomDirectory::Participant *participant = m_directory.participant(caller.connectionId);
    if (!participant || participant->spectator) {
        replyError(caller.connectionId, proto::error_code::NotPlaying,
                   QStringLiteral("not in a match"), envelope.type);
        return;
    }
    const QString roomId = participant->roomId;
    const Room *room = m_directory.running(roomId);
    if (!room) {
        return;
    }
    // Only when everyone at the table is at this connection: nobody stops a match for others.
    const bool alone =
        std::all_of(room->seats.begin(), room->seats.end(), [&](const MatchSeat &seat) {
            return seat.kind == SeatKind::Ai ||
                   room->controllers[std::size_t(seat.seat)] == caller.connectionId;
        });
    if (!alone) {
        replyError(caller.connectionId, proto::error_code::PauseNotAllowed,
                   QStringLiteral("only a match played at one keyboard can be paused"),
                   envelope.type);
        return;
    }
    m_directory.noteGuestInput(roomId);
    m_directory.invoke(roomId, [pause](MatchRoom &target) {
        if (pause) {
            target.pause();
        } else {
            target.resume();
        }
    });
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

void PlayFeature::onSeatsForfeited(const QString &roomId, const QList<int> &seats)
{
    // The accounts freed are free to play elsewhere; the match goes on without them.
    for (qint64 owner : m_directory.forfeit(roomId, seats)) {
        if (m_cluster) {
            m_cluster->forgetSeat(owner, roomId);
        }
    }
}

void PlayFeature::onRoomStatus(const QString &roomId, const QJsonObject &status)
{
    if (m_directory.contains(roomId)) {
        m_directory.setStatus(roomId, status);
        publishLive(roomId);
    }
}

void PlayFeature::onRoomEnded(const MatchRoomResult &result)
{
    // Everyone is free to play again at once; matchOver follows once the match is stored.
    // Until then the connections stay in the ended room, so inputs still in flight are
    // dropped quietly.
    std::optional<RoomDirectory::Ended> ended = m_directory.end(result.roomId);
    if (!ended) {
        return;
    }
    ended->room.room->deleteLater(); // on its game thread; onRoomDestroyed follows
    const Room room = std::move(ended->room);
    if (m_cluster) {
        m_cluster->forgetRoom(result.roomId, ended->freed);
    }

    if (room.guest) {
        // Guests' matches are nobody's history: shown, never stored.
        deliverMatchOver(result, room, std::nullopt);
    } else {
        using Outcome = std::variant<match_store::RecordedMatch, DomainError>;
        const auto finished = [this, result, room](Outcome outcome) {
            std::optional<qint64> matchId;
            if (const auto *stored = std::get_if<match_store::RecordedMatch>(&outcome)) {
                matchId = stored->matchId;
                StructuredLog::info(QStringLiteral("match_recorded"),
                                    {{QStringLiteral("roomId"), result.roomId},
                                     {QStringLiteral("matchId"), stored->matchId},
                                     {QStringLiteral("rated"), stored->rated}});
            } else if (const DomainError &error = std::get<DomainError>(outcome);
                       error.code == QStringLiteral("already_recorded")) {
                // Another instance ran this room too (it took it over while this one stalled)
                // and stored it first: the database keeps one record, this one is dropped.
                StructuredLog::warning(QStringLiteral("match_recorded_elsewhere"),
                                       {{QStringLiteral("roomId"), result.roomId}});
            } else {
                StructuredLog::error(QStringLiteral("match_not_recorded"),
                                     {{QStringLiteral("roomId"), result.roomId},
                                      {QStringLiteral("error"), error.code},
                                      {QStringLiteral("message"), error.message},
                                      {QStringLiteral("fields"), error.fields}});
            }
            deliverMatchOver(result, room, matchId);
        };
        const auto store = [this, finished, record = result.record] {
            m_context.workers.run<Outcome>(
                this, [record](QSqlDatabase &db) { return match_store::recordMatch(db, record); },
                finished);
        };
        if (m_cluster && room.checkpointed && !m_stopping) {
            // Recorded once: by this instance while it still hosts the room, not when another
            // one took it over meanwhile (this one was thought dead), which records it itself.
            // When Redis cannot say, this instance records it.
            m_cluster->releaseRoom(result.roomId, [finished, store](std::optional<bool> ours) {
                if (ours.value_or(true)) {
                    store();
                } else {
                    finished(DomainError{QStringLiteral("taken_over"),
                                         QStringLiteral("another instance took this room over"),
                                         {}});
                }
            });
        } else {
            store(); // (while stopping, a checkpointed room that ended then is stored here)
        }
    }
    StructuredLog::info(QStringLiteral("match_over"),
                        {{QStringLiteral("roomId"), result.roomId},
                         {QStringLiteral("reason"), proto::matchOverReasonName(result.over.reason)},
                         {QStringLiteral("winnerSeat"), result.over.winnerSeat.value_or(-1)},
                         {QStringLiteral("steps"), qint64(result.record.inputLog.endStep())}});
}

void PlayFeature::deliverMatchOver(const MatchRoomResult &result, const Room &room,
                                   std::optional<qint64> matchId)
{
    proto::MatchOver over = result.over;
    over.matchId = matchId;
    const QByteArray message = proto::serialize(over.toJson());
    for (const QString &connectionId : result.participants) {
        m_outbox.deliver(connectionId, message);
    }
    const qint64 now = m_clock.elapsed();
    for (auto it = m_recentlyEnded.begin(); it != m_recentlyEnded.end();) {
        it = now - it.value() >= kLateInputMs ? m_recentlyEnded.erase(it) : std::next(it);
    }
    // Told while still in the room (a remote player's instance unlinks it from this room).
    for (const QString &connectionId : m_directory.connectionsIn(result.roomId)) {
        setInGame(connectionId, false);
        m_recentlyEnded.insert(connectionId, now);
    }
    m_directory.takeParticipants(result.roomId);
    if (room.requested) {
        RoomOutcome done;
        done.roomId = result.roomId;
        done.tournamentId = room.tournamentId;
        done.matchId = over.matchId;
        done.endReason = result.record.endReason;
        done.winnerSeat = result.record.winnerSeat;
        done.seats = result.record.seats;
        done.walkover = result.walkover;
        done.tag = room.tag;
        emit roomFinished(done);
    }
}

void PlayFeature::onRoomDestroyed(const QString &roomId)
{
    if (const auto kind = m_directory.remove(roomId)) {
        metrics::matchClosed(proto::roomKindName(*kind));
        StructuredLog::info(
            QStringLiteral("room_closed"),
            {{QStringLiteral("roomId"), roomId}, {QStringLiteral("rooms"), m_directory.size()}});
    }
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
            m_remoteConnections.remove(connectionId);
        }
    }
}

} // namespace transcendence::server
