// The play messages of a player or spectator in a room: play (a local or ai match), input,
// leave, join, watch, pause and resume. Each is checked here (the seats the connection
// controls, increasing seq, the input rate) before the directory hands it to the room; with
// several instances a message for a match hosted elsewhere goes there (PlayRelay.cpp).
#include "protocol/PlayMessages.h"

#include "app/StructuredLog.h"
#include "play/PlayFeature.h"
#include "protocol/Envelope.h"
#include "realtime/RealtimeHub.h"
#include "realtime/RealtimeSession.h"

namespace transcendence::server {
namespace proto = transcendence::protocol;

namespace {

// Well above any real player (keys change a few times a second; two players on one keyboard
// a few more) and below the session's coarse 240 messages/s.
constexpr int kMaxInputsPerSecond = 200;
constexpr int kInputWindowMs = 1000;

} // namespace

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
    m_directory.postInput(roomId, connectionId, input.seq, input.seat, input.key);
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
    const QStringList displaced =
        m_directory.attach(roomId, connectionId, userId, encodingOf(connectionId));
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

} // namespace transcendence::server
