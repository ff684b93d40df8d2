// The play feature's rooms: starting one (launch: for matches of every kind, from the queue,
// an invitation, a local or ai request, or another feature's openRoom) and what the rooms tell
// the server thread (their status for the live list, forfeits, their end: matchOver to everyone,
// the match stored on a database worker).
#include "app/ServerConfig.h"
#include "app/StructuredLog.h"
#include "db/DatabaseWorkers.h"
#include "matches/MatchStore.h"
#include "metrics/ServerMetrics.h"
#include "play/PlayFeature.h"
#include "protocol/Envelope.h"
#include "protocol/PlayMessages.h"
#include "realtime/RealtimeHub.h"
#include "realtime/RealtimeSession.h"

#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

namespace transcendence::server {
namespace proto = transcendence::protocol;

namespace {

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
            // Its encoding came with it (the queue's ticket, the invitation's acceptance).
            if (setup.binaryControllers.contains(controller)) {
                m_binaryRemotes.insert(controller);
            }
        }
    }
    for (const QString &connectionId : setup.controllers) {
        if (!connectionId.isEmpty() && !setup.binaryControllers.contains(connectionId) &&
            encodingOf(connectionId) == proto::SnapshotEncoding::Binary) {
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

} // namespace transcendence::server
