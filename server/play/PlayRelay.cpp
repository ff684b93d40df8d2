// The play feature across instances (docs/architecture.md, "Several instances"). A match runs on
// the instance that hosts its room; a player connected to another instance keeps their socket
// there, and the two instances relay through Redis (PlayCluster): the host sends the match's
// messages and snapshots to the player's instance, which writes them to the socket, and the
// player's instance sends the player's play messages (input, leave, join, pause, resume) to the
// host, which checks them exactly as it checks its own sockets' messages. A spectator watching
// a match hosted elsewhere is relayed the same way (watch goes to the host; its inputs are
// refused there; leave or a closed socket is a Detached frame). On the host the player
// is the connection "@<instance>/<connection id>"; on the player's instance the connection is
// linked to the host while the host says so (Linked / Unlinked frames).
#include "app/ServerConfig.h"
#include "app/StructuredLog.h"
#include "cluster/EventBus.h"
#include "cluster/RedisClient.h"
#include "play/MatchCheckpoint.h"
#include "play/PlayFeature.h"
#include "protocol/Envelope.h"
#include "protocol/LobbyMessages.h"
#include "realtime/RealtimeHub.h"
#include "realtime/RealtimeSession.h"

#include <QJsonDocument>

namespace transcendence::server {
namespace proto = transcendence::protocol;
using namespace Qt::StringLiterals;

void PlayFeature::startCluster()
{
    EventBus *bus = m_context.hub.eventBus();
    if (!bus || !bus->isShared() || !bus->redis()) {
        return; // alone: everything stays in this process, as it always did
    }
    m_cluster = new PlayCluster(*bus->redis(), bus->instanceId(), this);
    m_outbox.setCluster(m_cluster);
    m_queue.setCluster(m_cluster);
    m_invites.setCluster(m_cluster);
    connect(m_cluster, &PlayCluster::frameReceived, this, &PlayFeature::onRelayFrame);
    // Alive as soon as Redis is there (and again after Redis came back).
    const auto beat = [this] {
        m_cluster->heartbeat([this](const QStringList &taken) { dropTakenRooms(taken); });
    };
    connect(bus->redis(), &RedisClient::readyChanged, this, [beat](bool ready) {
        if (ready) {
            beat();
        }
    });
    beat();
    m_clusterBeat.setInterval(PlayCluster::kBeatMs);
    connect(&m_clusterBeat, &QTimer::timeout, this, [this, beat] {
        beat();
        m_cluster->claimOrphanedRooms(
            [this](const QList<QByteArray> &checkpoints) { restoreRooms(checkpoints); });
        watchHosts();
        findRestoredMatches();
    });
    m_clusterBeat.start();
}

void PlayFeature::restoreRooms(const QList<QByteArray> &checkpoints)
{
    for (const QByteArray &checkpoint : checkpoints) {
        NewRoom newRoom;
        const QString error = decodeCheckpoint(checkpoint, newRoom.setup);
        if (!error.isEmpty()) {
            StructuredLog::error(u"room_restore_failed"_s,
                                 {{u"error"_s, error}, {u"size"_s, checkpoint.size()}});
            continue;
        }
        const MatchResume &resume = *newRoom.setup.resume;
        newRoom.seatOwners = newRoom.setup.owners;
        for (std::size_t seat = 0; seat < newRoom.seatOwners.size(); ++seat) {
            if (resume.forfeited[seat]) {
                newRoom.seatOwners[seat] = 0; // gave up before the crash
            }
        }
        // A room another feature asked for (a tournament match) still ends with a RoomOutcome,
        // here now, carrying the requester's note: the requester on this instance decides what
        // the result means (tournaments: the bracket match, checked against PostgreSQL).
        newRoom.requested = newRoom.setup.requested;
        const qint64 step = resume.step;
        const bool requested = newRoom.requested;
        const QString roomId = launch(std::move(newRoom));
        StructuredLog::info(
            u"room_restored"_s,
            {{u"roomId"_s, roomId}, {u"step"_s, step}, {u"requested"_s, requested}});
    }
}

void PlayFeature::findRoom(const QString &roomId, std::function<void(std::optional<bool>)> done)
{
    if (m_directory.running(roomId)) {
        done(true);
    } else if (!m_cluster) {
        done(false); // alone: what is not here is nowhere
    } else {
        m_cluster->roomLives(roomId, std::move(done));
    }
}

// This instance stalled longer than its lease and another one took these rooms over (from
// their last checkpoints): they stop here at once, unrecorded (the new host records them), and
// their players go to the new host as if this one had died: its own connections rejoin there by
// themselves, and the instances of the others are told to do the same.
void PlayFeature::dropTakenRooms(const QStringList &roomIds)
{
    const qint64 now = m_clock.elapsed();
    for (const QString &roomId : roomIds) {
        const std::optional<RoomDirectory::Ended> ended = m_directory.end(roomId);
        if (!ended) {
            continue;
        }
        MatchRoom *room = ended->room.room;
        // Nothing more from it (its end would be recorded); its destruction still tells.
        disconnect(room, &MatchRoom::messageReady, this, nullptr);
        disconnect(room, &MatchRoom::snapshotsReady, this, nullptr);
        disconnect(room, &MatchRoom::statusChanged, this, nullptr);
        disconnect(room, &MatchRoom::seatsForfeited, this, nullptr);
        disconnect(room, &MatchRoom::ended, this, nullptr);
        disconnect(room, &MatchRoom::checkpointReady, m_cluster, nullptr);
        room->deleteLater();
        for (const auto &[connectionId, player] : m_directory.takeParticipants(roomId)) {
            const qint64 userId = userOf(connectionId);
            if (PlayCluster::isRemote(connectionId)) {
                const QJsonObject moved{{u"roomId"_s, roomId},
                                        {u"userId"_s, userId},
                                        {u"host"_s, QString::fromLatin1(m_cluster->instanceId())},
                                        {u"moved"_s, player}};
                m_outbox.relay(connectionId, PlayCluster::Frame::Unlinked,
                               QJsonDocument(moved).toJson(QJsonDocument::Compact));
                forgetRemote(connectionId);
            } else if (player && userId != 0) {
                m_recentlyEnded.insert(connectionId, now); // its inputs in flight: dropped
                m_awaiting.insert(connectionId,
                                  Awaiting{userId, m_cluster->instanceId(), true, now, true});
            }
        }
        StructuredLog::warning(u"room_taken_over"_s, {{u"roomId"_s, roomId}});
    }
}

void PlayFeature::watchElsewhere(const QString &connectionId, const proto::Envelope &envelope,
                                 const QString &roomId)
{
    const RoomDirectory::Participant *playing = m_directory.participant(connectionId);
    if (m_links.contains(connectionId) || (playing && !playing->spectator)) {
        replyError(connectionId, proto::error_code::AlreadyPlaying,
                   u"this connection plays a match"_s, envelope.type);
        return;
    }
    m_cluster->hostOf(
        roomId, [this, connectionId, envelope](const std::optional<QByteArray> &host) {
            RealtimeSession *session = m_context.hub.session(connectionId);
            if (!session) {
                return;
            }
            if (!host || *host == m_cluster->instanceId()) {
                // Unknown anywhere (room_not_found), or opened here meanwhile.
                stopWatchingElsewhere(connectionId);
                handleWatch(callerOf(*session), envelope, session->snapshotEncoding());
                return;
            }
            // It stops watching whatever it watched, here or at another host.
            const RoomDirectory::Participant *watching = m_directory.participant(connectionId);
            if (watching && !watching->spectator) {
                return; // it started to play meanwhile
            }
            m_directory.stopWatching(connectionId);
            if (m_watchingElsewhere.value(connectionId) != *host) {
                stopWatchingElsewhere(connectionId);
            }
            m_watchingElsewhere.insert(connectionId, *host);
            sendCommand(*host, connectionId, *session, envelope); // matchStarted comes from there
        });
}

bool PlayFeature::stopWatchingElsewhere(const QString &connectionId)
{
    const auto watching = m_watchingElsewhere.constFind(connectionId);
    if (watching == m_watchingElsewhere.cend()) {
        return false;
    }
    m_cluster->send(*watching, PlayCluster::Frame::Detached,
                    PlayCluster::remoteConnection(m_cluster->instanceId(), connectionId), {});
    m_watchingElsewhere.erase(watching);
    return true;
}

bool PlayFeature::forwardToHost(const QString &connectionId, const proto::Envelope &envelope)
{
    const auto link = m_links.constFind(connectionId);
    if (link == m_links.cend()) {
        // A spectator's input goes to the host it watches at, which refuses it as its own.
        const auto watching = m_watchingElsewhere.constFind(connectionId);
        if (watching == m_watchingElsewhere.cend() || envelope.type != proto::message_type::Input) {
            return false;
        }
        if (const RealtimeSession *session = m_context.hub.session(connectionId)) {
            sendCommand(*watching, connectionId, *session, envelope);
        }
        return true;
    }
    if (const RealtimeSession *session = m_context.hub.session(connectionId)) {
        sendCommand(link->host, connectionId, *session, envelope);
    }
    return true;
}

void PlayFeature::sendCommand(const QByteArray &host, const QString &connectionId,
                              const RealtimeSession &session, const proto::Envelope &envelope)
{
    // The connection's encoding travels with every command: the host relays its snapshots in it.
    const QJsonObject command{
        {u"userId"_s, session.identity()->userId},
        {u"name"_s, session.identity()->displayName},
        {u"binary"_s, session.snapshotEncoding() == proto::SnapshotEncoding::Binary},
        {u"message"_s, envelope.body}};
    m_cluster->send(host, PlayCluster::Frame::Command,
                    PlayCluster::remoteConnection(m_cluster->instanceId(), connectionId),
                    QJsonDocument(command).toJson(QJsonDocument::Compact));
}

void PlayFeature::onRelayFrame(PlayCluster::Frame frame, const QString &connectionId,
                               const QByteArray &payload)
{
    switch (frame) {
    // This instance holds the socket; another hosts the match.
    case PlayCluster::Frame::Message:
        if (RealtimeSession *session = m_context.hub.session(connectionId)) {
            session->sendSerialized(payload);
        }
        return;
    case PlayCluster::Frame::Snapshot:
        if (RealtimeSession *session = m_context.hub.session(connectionId)) {
            session->sendIfKeepingUp(payload);
        }
        return;
    case PlayCluster::Frame::BinarySnapshot:
        if (RealtimeSession *session = m_context.hub.session(connectionId)) {
            session->sendBinaryIfKeepingUp(payload);
        }
        return;
    case PlayCluster::Frame::Linked: {
        const QJsonObject link = QJsonDocument::fromJson(payload).object();
        const QByteArray host = link.value(u"host"_s).toString().toLatin1();
        if (!m_context.hub.session(connectionId)) { // closed meanwhile: the seats wait
            m_cluster->send(host, PlayCluster::Frame::Detached,
                            PlayCluster::remoteConnection(m_cluster->instanceId(), connectionId),
                            {});
            return;
        }
        const qint64 userId = link.value(u"userId"_s).toInteger();
        const QString roomId = link.value(u"roomId"_s).toString();
        // It plays now: it no longer watches (the host it plays at knows already).
        if (m_watchingElsewhere.value(connectionId) == host) {
            m_watchingElsewhere.remove(connectionId);
        } else {
            stopWatchingElsewhere(connectionId);
        }
        m_links.insert(connectionId, Link{roomId, host, m_clock.elapsed()});
        m_awaiting.remove(connectionId);
        m_remoteUserRooms.insert(userId, roomId);
        m_queue.forget(userId);
        m_recentlyEnded.remove(connectionId);
        if (m_presence) {
            m_presence->setInGame(connectionId, true);
        }
        return;
    }
    case PlayCluster::Frame::Unlinked: {
        const QJsonObject link = QJsonDocument::fromJson(payload).object();
        const QByteArray from = link.value(u"host"_s).toString().toLatin1();
        if (m_watchingElsewhere.value(connectionId) == from) {
            m_watchingElsewhere.remove(connectionId); // the match it watched is over there
        }
        const auto found = m_links.constFind(connectionId);
        // Not from the host it plays with now (a host that stalled, from before the player
        // moved on): nothing to undo.
        if (found == m_links.cend() || found->host != from) {
            return;
        }
        const qint64 userId = link.value(u"userId"_s).toInteger();
        if (m_remoteUserRooms.value(userId) == found->roomId) {
            m_remoteUserRooms.remove(userId);
        }
        const QByteArray host = found->host;
        m_links.erase(found);
        // Inputs sent before the player heard of the end are dropped quietly, as at home.
        m_recentlyEnded.insert(connectionId, m_clock.elapsed());
        if (link.value(u"moved"_s).toBool()) {
            // The host stalled and another instance took the room over: the player rejoins
            // there (findRestoredMatches), as when a host dies.
            m_awaiting.insert(connectionId, Awaiting{userId, host, true, m_clock.elapsed(), true});
            return;
        }
        if (m_presence && m_context.hub.session(connectionId)) {
            m_presence->setInGame(connectionId, false);
        }
        return;
    }
    // This instance hosts the match; the socket is on another one.
    case PlayCluster::Frame::Command:
        onRemoteCommand(connectionId, payload);
        return;
    case PlayCluster::Frame::Detached: {
        if (const RoomDirectory::Participant *participant = m_directory.participant(connectionId)) {
            const QString roomId = participant->roomId;
            dropConnection(roomId, connectionId);
        }
        forgetRemote(connectionId);
        return;
    }
    case PlayCluster::Frame::Ready: {
        // A new connection of an account with a seat here: it hears of its match (activeMatch),
        // as a connection of this instance would.
        const qint64 userId =
            QJsonDocument::fromJson(payload).object().value(u"userId"_s).toInteger();
        const QString roomId = m_directory.roomOf(userId);
        const Room *room = m_directory.running(roomId);
        if (!room) {
            return;
        }
        proto::ActiveMatch active;
        active.roomId = roomId;
        active.kind = room->kind;
        active.phase = proto::roomPhaseFromName(room->status.value(u"phase"_s).toString())
                           .value_or(proto::RoomPhase::Running);
        m_outbox.send(connectionId, proto::serialize(active.toJson()));
        return;
    }
    }
    StructuredLog::warning(u"relay_frame_unknown"_s, {{u"kind"_s, int(frame)}});
}

// A play message of a player connected to another instance. The frames come from our own
// instances (Redis is not reachable from outside); the message is checked here like any other.
void PlayFeature::onRemoteCommand(const QString &remoteConnectionId, const QByteArray &payload)
{
    const QJsonObject command = QJsonDocument::fromJson(payload).object();
    const Caller caller{remoteConnectionId, command.value(u"userId"_s).toInteger(),
                        command.value(u"name"_s).toString()};
    const QJsonObject message = command.value(u"message"_s).toObject();
    const proto::Envelope envelope{message.value(u"type"_s).toString(), message};
    if (caller.userId <= 0 || PlayCluster::splitRemote(remoteConnectionId).first.isEmpty()) {
        StructuredLog::warning(u"relay_command_invalid"_s, {{u"size"_s, payload.size()}});
        return;
    }
    m_remoteConnections.insert(remoteConnectionId, caller.userId);
    if (command.value(u"binary"_s).toBool()) {
        m_binaryRemotes.insert(remoteConnectionId);
    } else {
        m_binaryRemotes.remove(remoteConnectionId);
    }
    if (envelope.type == proto::message_type::Input) {
        handleInput(caller, envelope);
    } else if (envelope.type == proto::message_type::Leave) {
        handleLeave(caller, envelope);
    } else if (envelope.type == proto::message_type::Join) {
        handleJoin(caller, envelope);
    } else if (envelope.type == proto::message_type::Pause ||
               envelope.type == proto::message_type::Resume) {
        handlePause(caller, envelope, envelope.type == proto::message_type::Pause);
    } else if (envelope.type == proto::message_type::Watch) {
        // Relayed in the encoding the spectator's connection asked for.
        handleWatch(caller, envelope, encodingOf(remoteConnectionId));
    }
}

void PlayFeature::lookUpRemoteMatch(qint64 userId, const QString &connectionId)
{
    m_cluster->seatOf(
        userId, [this, userId, connectionId](const std::optional<PlayCluster::Seat> &seat) {
            if (!seat || seat->host == m_cluster->instanceId() ||
                !m_context.hub.session(connectionId)) {
                return;
            }
            m_awaiting.insert(connectionId,
                              Awaiting{userId, seat->host, false, m_clock.elapsed(), false});
            m_cluster->send(
                seat->host, PlayCluster::Frame::Ready,
                PlayCluster::remoteConnection(m_cluster->instanceId(), connectionId),
                QJsonDocument(QJsonObject{{u"userId"_s, userId}}).toJson(QJsonDocument::Compact));
        });
}

void PlayFeature::watchHosts()
{
    QSet<QByteArray> hosts;
    const qint64 now = m_clock.elapsed();
    for (const Link &link : std::as_const(m_links)) {
        if (now - link.sinceMs >= PlayCluster::kAliveTtlMs) { // the host's lease is known by now
            hosts.insert(link.host);
        }
    }
    for (const Awaiting &awaiting : std::as_const(m_awaiting)) {
        if (!awaiting.hostDead) {
            hosts.insert(awaiting.host);
        }
    }
    for (const QByteArray &host : std::as_const(hosts)) {
        m_cluster->isAlive(host, [this, host](std::optional<bool> alive) {
            if (alive.value_or(true)) {
                return;
            }
            for (Awaiting &awaiting : m_awaiting) {
                awaiting.hostDead = awaiting.hostDead || awaiting.host == host;
            }
            for (auto link = m_links.begin(); link != m_links.end();) {
                if (link->host != host) {
                    ++link;
                    continue;
                }
                const qint64 userId = m_remoteUserRooms.key(link->roomId);
                m_remoteUserRooms.remove(userId);
                m_awaiting.insert(link.key(),
                                  Awaiting{userId, host, true, m_clock.elapsed(), true});
                StructuredLog::warning(
                    u"room_host_lost"_s,
                    {{u"roomId"_s, link->roomId}, {u"host"_s, QString::fromLatin1(host)}});
                link = m_links.erase(link);
            }
            // At once rather than at the next beat: when this instance claimed the rooms in
            // this beat (its claim went first on the same connection, answered in order), their
            // new seats are written by now; otherwise the next beats look again.
            findRestoredMatches();
        });
    }
}

// Once the directory names another host (or this instance), the player hears activeMatch, as
// after a reconnection, and rejoins.
void PlayFeature::findRestoredMatches()
{
    const qint64 now = m_clock.elapsed();
    for (auto awaiting = m_awaiting.begin(); awaiting != m_awaiting.end();) {
        const QString connectionId = awaiting.key();
        if (!m_context.hub.session(connectionId) ||
            now - awaiting->sinceMs > qint64(m_context.config.reconnectGraceSeconds) * 1000) {
            awaiting = m_awaiting.erase(awaiting);
            continue;
        }
        const Awaiting lost = *awaiting;
        ++awaiting;
        if (lost.hostDead) {
            m_cluster->seatOf(lost.userId, [this, connectionId,
                                            lost](const std::optional<PlayCluster::Seat> &seat) {
                if (seat && seat->host != lost.host) {
                    resumeAwaiting(connectionId, lost, *seat);
                }
            });
        }
    }
}

// The match of a dead host has been taken over (by seat.host).
void PlayFeature::resumeAwaiting(const QString &connectionId, const Awaiting &lost,
                                 const PlayCluster::Seat &seat)
{
    const auto still = m_awaiting.constFind(connectionId);
    RealtimeSession *session = m_context.hub.session(connectionId);
    if (still == m_awaiting.cend() || !still->hostDead || !session) {
        return;
    }
    m_awaiting.erase(still);
    if (!lost.rejoin) {
        onConnectionReady(lost.userId, connectionId); // activeMatch, as on a welcome
        return;
    }
    // Back to its seat without a word from the client: matchStarted comes again.
    const QJsonObject join{{u"type"_s, proto::message_type::Join}, {u"roomId"_s, seat.roomId}};
    const proto::Envelope envelope{proto::message_type::Join, join};
    if (seat.host == m_cluster->instanceId()) {
        handleJoin(callerOf(*session), envelope);
    } else {
        sendCommand(seat.host, connectionId, *session, envelope);
    }
}

// The directory's heartbeat: every room running here, and who has a seat in it.
void PlayFeature::announceRooms()
{
    const auto &rooms = m_directory.rooms();
    for (auto room = rooms.cbegin(); room != rooms.cend(); ++room) {
        if (!room->ended) {
            m_cluster->announceRoom(room.key(), RoomDirectory::playersOf(*room));
        }
    }
}

} // namespace transcendence::server
