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
    handle(proto::message_type::Queue, &PlayFeature::onQueue);
    handle(proto::message_type::LeaveQueue, &PlayFeature::onLeaveQueue);
    handle(proto::message_type::Invite, &PlayFeature::onInvite);
    handle(proto::message_type::InviteAnswer, &PlayFeature::onInviteAnswer);
    handle(proto::message_type::InviteCancel, &PlayFeature::onInviteCancel);
    subscribeToInviteActions();
    handle(proto::message_type::Replay, &PlayFeature::onReplay);
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
        if (m_cluster) {
            matchSharedQueue();
            announceRooms();
            publishLive();
        } else {
            matchQueuedPlayers();
        }
        expireInvites();
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
    for (auto active = m_rooms.cbegin(); active != m_rooms.cend(); ++active) {
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
    for (ReplayRoom *replay : std::as_const(m_replays)) {
        disconnect(replay, nullptr, this, nullptr); // its finished() would delete it too
        QMetaObject::invokeMethod(replay, &ReplayRoom::stop, Qt::BlockingQueuedConnection);
        replay->deleteLater(); // runs as its game thread finishes
    }
    m_replays.clear();
    m_replayOwners.clear();
    // Their queued results (and any already on the way) are handled here and now.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    // m_threads is destroyed next: the rooms' deferred deletes run as the threads finish.
}

bool PlayFeature::isUserPlaying(qint64 userId) const
{
    return m_userRooms.contains(userId) || m_remoteUserRooms.contains(userId);
}

void PlayFeature::countLiveMatches(std::function<void(int)> done)
{
    liveList(false, 0, [done = std::move(done)](const QJsonArray &, int count) { done(count); });
}

bool PlayFeature::userBusy(qint64 userId) const
{
    return m_userRooms.contains(userId) || m_matchmaker.modeOf(userId) ||
           m_ratingLookups.contains(userId) || m_remoteUserRooms.contains(userId) ||
           m_sharedQueued.contains(userId);
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
    sendToConnection(connectionId,
                     proto::serialize(proto::ErrorMessage{code, message, ref}.toJson()));
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

std::vector<int> PlayFeature::seatsOf(const Room &room, qint64 userId) const
{
    std::vector<int> seats;
    for (int seat = 0; seat < int(room.seatOwners.size()); ++seat) {
        if (userId != 0 && room.seatOwners[std::size_t(seat)] == userId) {
            seats.push_back(seat);
        }
    }
    return seats;
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
    connect(matchRoom, &MatchRoom::messageReady, this, &PlayFeature::onRoomMessage);
    connect(matchRoom, &MatchRoom::snapshotsReady, this, &PlayFeature::onRoomSnapshots);
    connect(matchRoom, &MatchRoom::statusChanged, this, &PlayFeature::onRoomStatus);
    connect(matchRoom, &MatchRoom::seatsForfeited, this, &PlayFeature::onSeatsForfeited);
    connect(matchRoom, &MatchRoom::ended, this, &PlayFeature::onRoomEnded);
    if (m_cluster) {
        connect(matchRoom, &MatchRoom::checkpointReady, m_cluster, &PlayCluster::saveCheckpoint);
    }
    connect(matchRoom, &QObject::destroyed, this, [this, roomId] { onRoomDestroyed(roomId); });
    m_rooms.insert(roomId, room);

    for (qint64 owner : room.seatOwners) {
        if (owner != 0) {
            m_userRooms.insert(owner, roomId);
        }
    }
    // Everyone at the table learns the match before its first snapshot.
    QSet<QString> told;
    for (const QString &connectionId : room.controllers) {
        if (connectionId.isEmpty() || told.contains(connectionId)) {
            continue;
        }
        told.insert(connectionId);
        stopWatchingElsewhere(connectionId);
        const auto watching = m_participants.constFind(connectionId);
        if (watching != m_participants.cend() && watching->spectator) {
            const QString watched = watching->roomId; // it stops watching to play
            if (m_rooms.contains(watched)) {
                m_rooms[watched].spectators.remove(connectionId);
            }
            invokeOnRoom(watched, [connectionId](MatchRoom &target) {
                target.removeSpectator(connectionId);
            });
        }
        Participant participant;
        participant.roomId = roomId;
        participant.inputWindow.start();
        m_participants.insert(connectionId, participant);
        setInGame(connectionId, true); // first: a remote player's instance links it
        sendToConnection(connectionId,
                         proto::serialize(startedMessage(room, roomId, connectionId)));
    }
    QMetaObject::invokeMethod(matchRoom, &MatchRoom::start, Qt::QueuedConnection);
    if (m_cluster) {
        m_cluster->announceRoom(roomId, playersOf(room));
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
                         {QStringLiteral("rooms"), m_rooms.size()}});
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
    started.spectating = m_participants.value(connectionId).spectator;
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
    if (!request.roomId.isEmpty() && m_rooms.contains(request.roomId)) {
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
    if (m_userRooms.contains(userId)) {
        session->sendError(proto::error_code::AlreadyPlaying,
                           QStringLiteral("leave the current match first"), envelope.type);
        return;
    }
    if (m_matchmaker.modeOf(userId) || m_ratingLookups.contains(userId)) {
        session->sendError(proto::error_code::AlreadyQueued,
                           QStringLiteral("leave the matchmaking queue first"), envelope.type);
        return;
    }

    launch(localRoom(request, userId, session->identity()->displayName, session->connectionId()));
}

// A local or ai match at one connection's keyboard: the user at seat 0; the AI at every other
// seat of an ai match, guests named "Player 2", "Player 3"... at the other seats of a local one.
// The connection controls every seat but the AI's.
PlayFeature::NewRoom PlayFeature::localRoom(const proto::PlayRequest &request, qint64 userId,
                                            const QString &displayName,
                                            const QString &connectionId) const
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
    if (!m_cluster || !request || m_rooms.contains(request->id)) {
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
    const auto participant = m_participants.find(connectionId);
    if (participant == m_participants.end()) {
        const auto ended = m_recentlyEnded.constFind(connectionId);
        if (ended != m_recentlyEnded.cend() && m_clock.elapsed() - *ended < kLateInputMs) {
            return; // sent before it heard matchOver
        }
        replyError(caller.connectionId, proto::error_code::NotPlaying,
                   QStringLiteral("start a match first"), envelope.type);
        return;
    }
    const auto room = m_rooms.constFind(participant->roomId);
    if (room == m_rooms.cend() || room->ended) {
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
    if (participant->lastSeq && input.seq <= *participant->lastSeq) {
        replyError(caller.connectionId, proto::error_code::InvalidField,
                   QStringLiteral("input.seq must increase (last: %1)").arg(*participant->lastSeq),
                   envelope.type);
        return;
    }
    if (!admitInput(connectionId, *participant)) {
        return;
    }
    participant->lastSeq = input.seq;
    if (room->guest) {
        m_rooms[participant->roomId].guestLastInput.restart();
    }
    invokeOnRoom(participant->roomId,
                 [connectionId, seq = input.seq, seat = input.seat, key = input.key](
                     MatchRoom &target) { target.applyInput(connectionId, seq, seat, key); });
}

bool PlayFeature::admitInput(const QString &connectionId, Participant &participant)
{
    if (participant.inputWindow.elapsed() >= kInputWindowMs) {
        participant.inputWindow.restart();
        participant.inputsInWindow = 0;
        participant.throttleReported = false;
    }
    if (++participant.inputsInWindow <= kMaxInputsPerSecond) {
        return true;
    }
    if (!participant.throttleReported) {
        participant.throttleReported = true;
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
    if (stopReplay(connectionId)) {
        return;
    }
    const auto participant = m_participants.constFind(connectionId);
    if (participant == m_participants.cend()) {
        replyError(caller.connectionId, proto::error_code::NotPlaying,
                   QStringLiteral("not in a match"), envelope.type);
        return;
    }
    const QString roomId = participant->roomId;
    const auto room = m_rooms.find(roomId);
    if (room == m_rooms.end() || room->ended) {
        return; // it is over already; matchOver is on its way
    }
    if (participant->spectator) {
        room->spectators.remove(connectionId);
        m_participants.remove(connectionId);
        invokeOnRoom(roomId,
                     [connectionId](MatchRoom &target) { target.removeSpectator(connectionId); });
        return;
    }
    giveUpSeats(roomId, connectionId, caller.userId);
}

// The seats are given up: the account is free at once, even if the match goes on without it
// (four players). matchOver comes to this connection either way.
void PlayFeature::giveUpSeats(const QString &roomId, const QString &connectionId, qint64 userId)
{
    const auto room = m_rooms.find(roomId);
    if (room == m_rooms.end() || room->ended) {
        return;
    }
    for (QString &controller : room->controllers) {
        if (controller == connectionId) {
            controller.clear();
        }
    }
    for (qint64 &owner : room->seatOwners) {
        if (owner == userId) {
            owner = 0;
        }
    }
    if (m_userRooms.value(userId) == roomId) {
        m_userRooms.remove(userId);
        if (m_cluster) {
            m_cluster->forgetSeat(userId, roomId);
        }
    }
    m_participants.remove(connectionId);
    setInGame(connectionId, false);
    invokeOnRoom(roomId, [connectionId](MatchRoom &target) { target.leave(connectionId); });
}

// The connection is gone (socket closed, a REST program silent): its seats wait for a
// connection of the same account until the grace time ends.
void PlayFeature::dropConnection(const QString &roomId, const QString &connectionId)
{
    m_participants.remove(connectionId);
    const auto room = m_rooms.find(roomId);
    if (room != m_rooms.end()) {
        room->spectators.remove(connectionId);
        for (QString &controller : room->controllers) {
            if (controller == connectionId) {
                controller.clear();
            }
        }
    }
    invokeOnRoom(roomId, [connectionId](MatchRoom &target) { target.detach(connectionId); });
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
    const auto room = m_rooms.constFind(roomId);
    if (room == m_rooms.cend() || room->ended) {
        replyError(caller.connectionId, proto::error_code::RoomNotFound,
                   QStringLiteral("no running match with that id"), envelope.type);
        return;
    }
    const qint64 userId = caller.userId;
    if (seatsOf(*room, userId).empty()) {
        replyError(caller.connectionId, proto::error_code::NotAPlayer,
                   QStringLiteral("you have no seat in this match (watch it instead)"),
                   envelope.type);
        return;
    }
    const auto current = m_participants.constFind(caller.connectionId);
    if (current != m_participants.cend() && current->roomId != roomId && !current->spectator) {
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
    Room &room = m_rooms[roomId];
    const std::vector<int> seats = seatsOf(room, userId);
    for (int seat : seats) {
        QString &controller = room.controllers[std::size_t(seat)];
        if (!controller.isEmpty() && controller != connectionId) {
            const QString previous = controller;
            controller.clear();
            if (std::find(room.controllers.begin(), room.controllers.end(), previous) ==
                room.controllers.end()) {
                m_participants.remove(previous);
                setInGame(previous, false);
                sendToConnection(previous, proto::serialize(proto::MatchMoved{roomId}.toJson()));
                if (m_restPlayers.contains(previous)) {
                    m_restPlayers[previous].attached = false;
                }
            }
        }
        controller = connectionId;
    }
    room.spectators.remove(connectionId);
    Participant participant;
    participant.roomId = roomId;
    participant.inputWindow.start();
    m_participants.insert(connectionId, participant);
    setInGame(connectionId, true); // first: a remote player's instance links it
    sendToConnection(connectionId, proto::serialize(startedMessage(room, roomId, connectionId)));
    invokeOnRoom(roomId,
                 [connectionId, seats, encoding = snapshotEncodingOf(m_context.hub, connectionId)](
                     MatchRoom &target) { target.attach(connectionId, seats, encoding); });
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
    if (m_cluster && !m_rooms.contains(roomId)) {
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
    const auto room = m_rooms.find(roomId);
    if (room == m_rooms.end() || room->ended) {
        replyError(connectionId, proto::error_code::RoomNotFound,
                   QStringLiteral("no running match with that id"), envelope.type);
        return;
    }
    const auto current = m_participants.constFind(connectionId);
    if (current != m_participants.cend()) {
        if (!current->spectator) {
            replyError(connectionId, proto::error_code::AlreadyPlaying,
                       QStringLiteral("this connection plays a match"), envelope.type);
            return;
        }
        const QString previous = current->roomId; // watching another match: switch
        if (m_rooms.contains(previous)) {
            m_rooms[previous].spectators.remove(connectionId);
        }
        invokeOnRoom(previous,
                     [connectionId](MatchRoom &target) { target.removeSpectator(connectionId); });
    }
    Participant participant;
    participant.roomId = roomId;
    participant.spectator = true;
    m_participants.insert(connectionId, participant);
    room->spectators.insert(connectionId);
    sendToConnection(connectionId, proto::serialize(startedMessage(*room, roomId, connectionId)));
    invokeOnRoom(roomId, [connectionId, encoding](MatchRoom &target) {
        target.addSpectator(connectionId, encoding);
    });
}

void PlayFeature::handlePause(const Caller &caller, const proto::Envelope &envelope, bool pause)
{
    const auto participant = m_participants.constFind(caller.connectionId);
    if (participant == m_participants.cend() || participant->spectator) {
        replyError(caller.connectionId, proto::error_code::NotPlaying,
                   QStringLiteral("not in a match"), envelope.type);
        return;
    }
    const auto room = m_rooms.constFind(participant->roomId);
    if (room == m_rooms.cend() || room->ended) {
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
    if (room->guest) {
        m_rooms[participant->roomId].guestLastInput.restart();
    }
    invokeOnRoom(participant->roomId, [pause](MatchRoom &target) {
        if (pause) {
            target.pause();
        } else {
            target.resume();
        }
    });
}

void PlayFeature::onReplay(RealtimeSession *session, const proto::Envelope &envelope)
{
    const auto parsed = proto::ReplayRequest::fromJson(envelope.body);
    if (const auto *error = std::get_if<proto::ProtocolError>(&parsed)) {
        session->sendError(error->code, error->message, envelope.type);
        return;
    }
    const proto::ReplayRequest request = std::get<proto::ReplayRequest>(parsed);
    const QString connectionId = session->connectionId();
    const auto participant = m_participants.constFind(connectionId);
    if (participant != m_participants.cend() && !participant->spectator &&
        m_rooms.contains(participant->roomId) && !m_rooms[participant->roomId].ended) {
        session->sendError(proto::error_code::AlreadyPlaying,
                           QStringLiteral("this connection plays a match"), envelope.type);
        return;
    }
    if (!mayStartReplay(*session)) {
        return;
    }
    using Result = std::variant<QJsonObject, DomainError>;
    m_context.workers.run<Result>(
        this,
        [matchId = request.matchId](QSqlDatabase &db) { return match_store::replay(db, matchId); },
        [this, connectionId, request](Result result) {
            RealtimeSession *viewer = m_context.hub.session(connectionId);
            if (!viewer) {
                return;
            }
            if (const auto *error = std::get_if<DomainError>(&result)) {
                const bool missing = error->code == domain_error::NotFound;
                viewer->sendError(missing ? proto::error_code::MatchNotFound
                                          : proto::error_code::Unavailable,
                                  missing ? QStringLiteral("no stored match with that id")
                                          : QStringLiteral("try again in a moment"),
                                  proto::message_type::Replay);
                return;
            }
            if (!mayStartReplay(*viewer)) {
                return; // others started meanwhile
            }
            startReplay(connectionId, request.matchId, request.speed,
                        std::get<QJsonObject>(result));
        });
}

void PlayFeature::startReplay(const QString &connectionId, qint64 matchId, double speed,
                              const QJsonObject &stored)
{
    const auto participant = m_participants.constFind(connectionId);
    if (participant != m_participants.cend()) {
        if (!participant->spectator && m_rooms.contains(participant->roomId) &&
            !m_rooms[participant->roomId].ended) {
            return; // it started playing meanwhile
        }
        const QString watched = participant->roomId; // it stops watching a live match
        if (m_rooms.contains(watched)) {
            m_rooms[watched].spectators.remove(connectionId);
        }
        invokeOnRoom(watched,
                     [connectionId](MatchRoom &target) { target.removeSpectator(connectionId); });
        m_participants.remove(connectionId);
    }
    stopReplay(connectionId); // one replay per connection

    ReplaySetup setup;
    setup.roomId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    setup.viewerConnectionId = connectionId;
    setup.viewerEncoding = snapshotEncodingOf(m_context.hub, connectionId);
    setup.speed = speed;
    const auto config =
        engine::MatchConfig::fromJson(stored.value(QStringLiteral("config")).toObject());
    const auto log = replay::InputLog::fromJson(stored.value(QStringLiteral("inputs")).toObject());
    bool seedOk = false;
    setup.seed = stored.value(QStringLiteral("seed")).toString().toULongLong(&seedOk, 16);
    RealtimeSession *viewer = m_context.hub.session(connectionId);
    if (!std::holds_alternative<engine::MatchConfig>(config) ||
        !std::holds_alternative<replay::InputLog>(log) || !seedOk) {
        // Written by recordMatch only: this is a bug, not bad input.
        StructuredLog::error(QStringLiteral("replay_unreadable"),
                             {{QStringLiteral("matchId"), matchId}});
        if (viewer) {
            viewer->sendError(proto::error_code::MatchNotFound,
                              QStringLiteral("this match cannot be played back"),
                              proto::message_type::Replay);
        }
        return;
    }
    setup.config = std::get<engine::MatchConfig>(config);
    setup.log = std::get<replay::InputLog>(log);

    proto::MatchStarted started;
    started.roomId = setup.roomId;
    started.kind = proto::roomKindFromName(stored.value(QStringLiteral("kind")).toString())
                       .value_or(proto::RoomKind::Local);
    started.spectating = true;
    started.replay = true;
    started.config = setup.config;
    started.snapshotsPerSecond = MatchRoom::kSnapshotsPerSecond;
    proto::MatchOver &over = setup.over;
    over.matchId = matchId;
    const QString endReason = stored.value(QStringLiteral("endReason")).toString();
    over.reason = endReason == QLatin1String("completed") ? proto::MatchOverReason::Completed
                  : endReason == QLatin1String("forfeit") ? proto::MatchOverReason::Left
                                                          : proto::MatchOverReason::Abandoned;
    const QJsonValue winner = stored.value(QStringLiteral("winnerSeat"));
    if (winner.isDouble()) {
        over.winnerSeat = winner.toInt();
    }
    for (const QJsonValue &entry : stored.value(QStringLiteral("players")).toArray()) {
        const QJsonObject player = entry.toObject();
        proto::SeatDescription seat;
        seat.seat = player.value(QStringLiteral("seat")).toInt();
        seat.label = player.value(QStringLiteral("name")).toString();
        seat.kind = player.value(QStringLiteral("kind")).toString();
        if (player.value(QStringLiteral("userId")).isDouble()) {
            seat.userId = player.value(QStringLiteral("userId")).toInteger();
        }
        started.seats.push_back(seat);
        over.seats.push_back({seat.seat, player.value(QStringLiteral("score")).toInt(),
                              player.value(QStringLiteral("livesLeft")).toInt(),
                              player.value(QStringLiteral("forfeited")).toBool()});
    }
    if (viewer) {
        viewer->sendJson(started.toJson());
    }

    auto *room = new ReplayRoom(std::move(setup));
    room->moveToThread(m_threads.nextThread());
    connect(room, &ReplayRoom::snapshotsReady, this, &PlayFeature::onRoomSnapshots);
    connect(room, &ReplayRoom::messageReady, this, &PlayFeature::onRoomMessage);
    // finished() comes exactly once, after the last message: the only place the room is
    // deleted (anything else could leave this queued call with a dangling pointer).
    connect(room, &ReplayRoom::finished, this, [this, room, connectionId] {
        if (m_replays.value(connectionId) == room) {
            m_replays.remove(connectionId);
            m_replayOwners.remove(connectionId);
        }
        room->deleteLater();
    });
    m_replays.insert(connectionId, room);
    if (viewer) {
        m_replayOwners.insert(connectionId,
                              viewer->identity()
                                  ? QStringLiteral("user:%1").arg(viewer->identity()->userId)
                                  : QStringLiteral("address:") + viewer->clientAddress());
    }
    QMetaObject::invokeMethod(room, &ReplayRoom::start, Qt::QueuedConnection);
    StructuredLog::info(QStringLiteral("replay_started"),
                        {{QStringLiteral("matchId"), matchId},
                         {QStringLiteral("roomId"), room->roomId()},
                         {QStringLiteral("speed"), speed}});
}

bool PlayFeature::mayStartReplay(RealtimeSession &viewer)
{
    const QString owner = viewer.identity()
                              ? QStringLiteral("user:%1").arg(viewer.identity()->userId)
                              : QStringLiteral("address:") + viewer.clientAddress();
    int mine = 0;
    int running = 0;
    for (auto it = m_replayOwners.cbegin(); it != m_replayOwners.cend(); ++it) {
        if (it.key() == viewer.connectionId()) {
            continue; // its own replay is replaced, not added
        }
        ++running;
        mine += it.value() == owner ? 1 : 0;
    }
    const RealtimeLimits &limits = m_context.config.realtimeLimits;
    if (mine >= limits.replaysPerUser) {
        viewer.sendError(
            proto::error_code::TooManyReplays,
            QStringLiteral("at most %1 replays at once: stop one first").arg(limits.replaysPerUser),
            proto::message_type::Replay);
        return false;
    }
    if (running >= limits.replaysPerServer) {
        viewer.sendError(proto::error_code::Unavailable,
                         QStringLiteral("too many replays are running; try again in a moment"),
                         proto::message_type::Replay);
        return false;
    }
    return true;
}

bool PlayFeature::stopReplay(const QString &connectionId)
{
    m_replayOwners.remove(connectionId);
    ReplayRoom *room = m_replays.take(connectionId);
    if (!room) {
        return false;
    }
    // finished() follows on the server thread and deletes the room on its game thread.
    QMetaObject::invokeMethod(room, &ReplayRoom::stop, Qt::QueuedConnection);
    return true;
}

void PlayFeature::onConnectionReady(qint64 userId, const QString &connectionId)
{
    // A reload or another client: tell it about the match it has a seat in, and the open
    // invitations for it.
    const QString roomId = m_userRooms.value(userId);
    const auto room = m_rooms.constFind(roomId);
    if (room != m_rooms.cend() && !room->ended) {
        proto::ActiveMatch active;
        active.roomId = roomId;
        active.kind = room->kind;
        active.phase =
            proto::roomPhaseFromName(room->status.value(QStringLiteral("phase")).toString())
                .value_or(proto::RoomPhase::Running);
        sendToConnection(connectionId, proto::serialize(active.toJson()));
    } else if (m_cluster) {
        lookUpRemoteMatch(userId, connectionId); // hosted by another instance, perhaps
    }
    for (const Invite &invite : std::as_const(m_invites)) {
        if (invite.toUserId == userId) {
            sendInviteNotices(invite, connectionId);
        }
    }
}

void PlayFeature::onConnectionEnded(qint64 userId, const QString &connectionId)
{
    // Out of the queue (the match would start on a connection that is gone) ...
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
    QStringList withdrawn;
    for (const Invite &invite : std::as_const(m_invites)) {
        if (invite.fromConnection == connectionId) {
            withdrawn << invite.id;
        }
    }
    for (const QString &inviteId : withdrawn) {
        closeInvite(inviteId, QStringLiteral("cancelled"));
    }
    stopReplay(connectionId);
    m_recentlyEnded.remove(connectionId);
    // ... and its seats missing until the player comes back (or its time runs out).
    const auto participant = m_participants.constFind(connectionId);
    if (participant == m_participants.cend()) {
        return;
    }
    const QString roomId = participant->roomId; // a copy: dropConnection erases the entry
    dropConnection(roomId, connectionId);
}

void PlayFeature::onRoomMessage(const QString &connectionId, const QByteArray &message)
{
    if (m_restPlayers.contains(connectionId)) {
        RestPlayer &player = m_restPlayers[connectionId];
        const QJsonObject object = QJsonDocument::fromJson(message).object();
        const QString type = object.value(QStringLiteral("type")).toString();
        if (type == proto::message_type::MatchSnapshot) {
            player.snapshot = object;
        } else if (type == proto::message_type::MatchOver) {
            player.over = object;
        }
        return;
    }
    sendToConnection(connectionId, message);
}

void PlayFeature::onRoomSnapshots(const SnapshotDelivery &delivery)
{
    delivery.noteHandedOver();
    for (const SnapshotDelivery::Recipient &recipient : delivery.recipients) {
        if (RealtimeSession *session = m_context.hub.session(recipient.connectionId)) {
            if (recipient.binary) {
                session->sendBinaryIfKeepingUp(delivery.binaryFor(recipient.lastInputSeq));
            } else {
                session->sendTextIfKeepingUp(delivery.textFor(recipient.lastInputSeq));
            }
        } else if (PlayCluster::isRemote(recipient.connectionId)) {
            // A player connected to another instance: relayed as JSON (a remote connection's
            // encoding is not known here, so the room encodes JSON for it).
            relayToRemote(recipient.connectionId, PlayCluster::Frame::Snapshot,
                          delivery.textFor(recipient.lastInputSeq).toUtf8());
        } else if (!recipient.binary) {
            // A REST player keeps the newest (a binary recipient without a session is gone).
            onRoomMessage(recipient.connectionId,
                          delivery.textFor(recipient.lastInputSeq).toUtf8());
        }
    }
}

void PlayFeature::onSeatsForfeited(const QString &roomId, const QList<int> &seats)
{
    const auto room = m_rooms.find(roomId);
    if (room == m_rooms.end() || room->ended) {
        return;
    }
    for (int seat : seats) {
        const auto index = std::size_t(seat);
        const qint64 owner = room->seatOwners[index];
        room->seatOwners[index] = 0;
        room->controllers[index].clear();
        if (owner != 0 && seatsOf(*room, owner).empty() && m_userRooms.value(owner) == roomId) {
            m_userRooms.remove(owner); // free to play elsewhere; the match goes on without them
            if (m_cluster) {
                m_cluster->forgetSeat(owner, roomId);
            }
        }
    }
}

void PlayFeature::onRoomStatus(const QString &roomId, const QJsonObject &status)
{
    const auto room = m_rooms.find(roomId);
    if (room != m_rooms.end()) {
        room->status = status;
        publishLive(roomId);
    }
}

void PlayFeature::onRoomEnded(const MatchRoomResult &result)
{
    const auto active = m_rooms.find(result.roomId);
    if (active == m_rooms.end() || active->ended) {
        return;
    }
    active->ended = true;
    active->room->deleteLater(); // on its game thread; onRoomDestroyed follows
    const Room room = *active;
    // Everyone is free to play again at once; matchOver follows once the match is stored.
    // Until then the connections stay in the ended room, so inputs still in flight are
    // dropped quietly.
    std::vector<qint64> freed;
    for (auto it = m_userRooms.begin(); it != m_userRooms.end();) {
        if (it.value() == result.roomId) {
            freed.push_back(it.key());
            it = m_userRooms.erase(it);
        } else {
            ++it;
        }
    }
    if (m_cluster) {
        m_cluster->forgetRoom(result.roomId, freed);
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
        onRoomMessage(connectionId, message);
    }
    const qint64 now = m_clock.elapsed();
    for (auto it = m_recentlyEnded.begin(); it != m_recentlyEnded.end();) {
        it = now - it.value() >= kLateInputMs ? m_recentlyEnded.erase(it) : std::next(it);
    }
    for (auto it = m_participants.begin(); it != m_participants.end();) {
        if (it.value().roomId == result.roomId) {
            setInGame(it.key(), false);
            m_recentlyEnded.insert(it.key(), now);
            it = m_participants.erase(it);
        } else {
            ++it;
        }
    }
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
    if (const auto room = m_rooms.constFind(roomId); room != m_rooms.cend()) {
        metrics::matchClosed(proto::roomKindName(room->kind));
    }
    if (m_rooms.remove(roomId) > 0) {
        StructuredLog::info(
            QStringLiteral("room_closed"),
            {{QStringLiteral("roomId"), roomId}, {QStringLiteral("rooms"), m_rooms.size()}});
    }
}

void PlayFeature::reportLatency()
{
    for (auto room = m_rooms.cbegin(); room != m_rooms.cend(); ++room) {
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
            sendToConnection(connectionId, message);
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
        const QJsonObject link{
            {QStringLiteral("roomId"), m_participants.value(connectionId).roomId},
            {QStringLiteral("userId"), m_remoteConnections.value(connectionId)},
            {QStringLiteral("host"), QString::fromLatin1(m_cluster->instanceId())}};
        relayToRemote(connectionId,
                      inGame ? PlayCluster::Frame::Linked : PlayCluster::Frame::Unlinked,
                      QJsonDocument(link).toJson(QJsonDocument::Compact));
        if (!inGame) {
            m_remoteConnections.remove(connectionId);
        }
    }
}

void PlayFeature::sendToConnection(const QString &connectionId, const QByteArray &message)
{
    if (RealtimeSession *session = m_context.hub.session(connectionId)) {
        session->sendSerialized(message);
    } else {
        relayToRemote(connectionId, PlayCluster::Frame::Message, message);
    }
}

} // namespace transcendence::server
