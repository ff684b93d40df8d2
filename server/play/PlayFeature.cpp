#include "play/PlayFeature.h"

#include "app/FeatureContext.h"
#include "app/StructuredLog.h"
#include "db/DatabaseWorkers.h"
#include "matches/MatchStore.h"
#include "protocol/Envelope.h"
#include "protocol/PlayMessages.h"
#include "realtime/RealtimeHub.h"
#include "realtime/RealtimeSession.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QUuid>

namespace transcendence::server {
namespace proto = transcendence::protocol;

namespace {

// Well above any real player (keys change a few times a second; two players on one keyboard
// a few more) and below the session's coarse 240 messages/s.
constexpr int kMaxInputsPerSecond = 200;
constexpr int kInputWindowMs = 1000;

// Who sits where: the user at seat 0; the AI at every other seat of an ai match, guests named
// "Player 2", "Player 3"... at the other seats of a local one.
std::vector<MatchSeat> seatsFor(const proto::PlayRequest &request, const RealtimeIdentity &identity)
{
    std::vector<MatchSeat> seats;
    const QString aiLabel =
        QStringLiteral("AI (%1)").arg(engine::aiDifficultyName(request.difficulty));
    for (int seat = 0; seat < request.config.playerCount(); ++seat) {
        MatchSeat entry;
        entry.seat = seat;
        if (seat == 0) {
            entry.kind = SeatKind::User;
            entry.userId = identity.userId;
            entry.label =
                identity.displayName.isEmpty() ? QStringLiteral("Player 1") : identity.displayName;
        } else if (request.kind == proto::PlayKind::Ai) {
            entry.kind = SeatKind::Ai;
            entry.label = aiLabel;
        } else {
            entry.kind = SeatKind::Guest;
            entry.label = QStringLiteral("Player %1").arg(seat + 1);
        }
        seats.push_back(entry);
    }
    return seats;
}

} // namespace

void registerPlayFeature(const FeatureContext &context)
{
    new PlayFeature(context.hub, context.workers, PresenceTracker::find(context.owner),
                    &context.owner);
}

PlayFeature::PlayFeature(RealtimeHub &hub, DatabaseWorkers &workers, PresenceTracker *presence,
                         QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_workers(workers)
    , m_presence(presence)
{
    using Access = RealtimeHub::HandlerAccess;
    hub.registerHandler(proto::message_type::Play, Access::SignedInOnly,
                        [this](RealtimeSession *session, const proto::Envelope &envelope) {
                            onPlay(session, envelope);
                        });
    hub.registerHandler(proto::message_type::Input, Access::SignedInOnly,
                        [this](RealtimeSession *session, const proto::Envelope &envelope) {
                            onInput(session, envelope);
                        });
    hub.registerHandler(proto::message_type::Leave, Access::SignedInOnly,
                        [this](RealtimeSession *session, const proto::Envelope &envelope) {
                            onLeave(session, envelope);
                        });
    connect(&hub, &RealtimeHub::authenticatedSessionEnded, this,
            [this](qint64, const QString &connectionId) { onConnectionEnded(connectionId); });
}

PlayFeature::~PlayFeature()
{
    // Rooms still running end now, as if their players left, and are stored (the database
    // workers outlive this object and finish queued jobs).
    for (const ActiveRoom &active : std::as_const(m_rooms)) {
        if (!active.ended) {
            MatchRoom *room = active.room;
            QMetaObject::invokeMethod(
                room,
                [room] {
                    for (const QString &connectionId : room->participants()) {
                        room->participantLeft(connectionId);
                    }
                },
                Qt::BlockingQueuedConnection);
        }
    }
    // Their queued results (and any already on the way) are handled here and now.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    // m_threads is destroyed next: the rooms' deferred deletes run as the threads finish.
}

void PlayFeature::onPlay(RealtimeSession *session, const proto::Envelope &envelope)
{
    const auto parsed = proto::PlayRequest::fromJson(envelope.body);
    if (const auto *error = std::get_if<proto::ProtocolError>(&parsed)) {
        session->sendError(error->code, error->message, envelope.type);
        return;
    }
    if (m_players.contains(session->connectionId())) {
        session->sendError(proto::error_code::AlreadyPlaying,
                           QStringLiteral("leave the current match first"), envelope.type);
        return;
    }
    const proto::PlayRequest &request = std::get<proto::PlayRequest>(parsed);

    MatchRoomSetup setup;
    setup.roomId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    setup.kind = request.kind;
    setup.config = request.config;
    setup.seed = QRandomGenerator::system()->generate64();
    setup.difficulty = request.difficulty;
    setup.seats = seatsFor(request, *session->identity());
    setup.participants = {session->connectionId()};

    Player player;
    proto::MatchStarted started;
    started.roomId = setup.roomId;
    started.kind = setup.kind;
    started.config = setup.config;
    started.snapshotsPerSecond = MatchRoom::kSnapshotsPerSecond;
    for (const MatchSeat &seat : setup.seats) {
        const bool controlled = seat.kind != SeatKind::Ai;
        if (controlled) {
            player.seats.push_back(seat.seat);
        }
        started.seats.push_back({seat.seat, seat.label, controlled});
    }
    player.roomId = setup.roomId;
    player.inputWindow.start();

    auto *room = new MatchRoom(std::move(setup));
    const QString roomId = room->roomId();
    room->moveToThread(m_threads.nextThread());
    // Queued: the room emits on its game thread, these run on the server thread.
    connect(room, &MatchRoom::messageReady, this, &PlayFeature::sendToConnection);
    connect(room, &MatchRoom::ended, this, &PlayFeature::onRoomEnded);
    connect(room, &QObject::destroyed, this, [this, roomId] { onRoomDestroyed(roomId); });
    m_rooms.insert(roomId, ActiveRoom{room, false});
    m_players.insert(session->connectionId(), std::move(player));

    session->sendJson(started.toJson()); // before any snapshot: the room starts after this
    QMetaObject::invokeMethod(room, &MatchRoom::start, Qt::QueuedConnection);
    if (m_presence) {
        m_presence->setInGame(session->connectionId(), true);
    }
    StructuredLog::info(QStringLiteral("room_opened"),
                        {{QStringLiteral("roomId"), roomId},
                         {QStringLiteral("kind"), proto::playKindName(request.kind)},
                         {QStringLiteral("userId"), session->identity()->userId},
                         {QStringLiteral("rooms"), m_rooms.size()}});
}

void PlayFeature::onInput(RealtimeSession *session, const proto::Envelope &envelope)
{
    const auto parsed = proto::PlayInput::fromJson(envelope.body);
    if (const auto *error = std::get_if<proto::ProtocolError>(&parsed)) {
        session->sendError(error->code, error->message, envelope.type);
        return;
    }
    const proto::PlayInput &input = std::get<proto::PlayInput>(parsed);
    const auto player = m_players.find(session->connectionId());
    if (player == m_players.end()) {
        session->sendError(proto::error_code::NotPlaying, QStringLiteral("start a match first"),
                           envelope.type);
        return;
    }
    if (player->matchEnding) {
        return;
    }
    if (std::find(player->seats.begin(), player->seats.end(), input.seat) == player->seats.end()) {
        session->sendError(
            proto::error_code::SeatNotControlled,
            QStringLiteral("this connection does not control seat %1").arg(input.seat),
            envelope.type);
        return;
    }
    if (player->lastSeq && input.seq <= *player->lastSeq) {
        session->sendError(
            proto::error_code::InvalidField,
            QStringLiteral("input.seq must increase (last: %1)").arg(*player->lastSeq),
            envelope.type);
        return;
    }
    if (!admitInput(session, *player)) {
        return;
    }
    player->lastSeq = input.seq;
    MatchRoom *room = m_rooms.value(player->roomId).room;
    const QString connectionId = session->connectionId();
    QMetaObject::invokeMethod(
        room,
        [room, connectionId, seq = input.seq, seat = input.seat, key = input.key] {
            room->applyInput(connectionId, seq, seat, key);
        },
        Qt::QueuedConnection);
}

bool PlayFeature::admitInput(RealtimeSession *session, Player &player)
{
    if (player.inputWindow.elapsed() >= kInputWindowMs) {
        player.inputWindow.restart();
        player.inputsInWindow = 0;
        player.throttleReported = false;
    }
    if (++player.inputsInWindow <= kMaxInputsPerSecond) {
        return true;
    }
    if (!player.throttleReported) {
        player.throttleReported = true;
        session->sendError(proto::error_code::InputRateLimited,
                           QStringLiteral("at most %1 inputs a second; some were dropped")
                               .arg(kMaxInputsPerSecond),
                           proto::message_type::Input);
    }
    return false;
}

void PlayFeature::onLeave(RealtimeSession *session, const proto::Envelope &envelope)
{
    const auto player = m_players.constFind(session->connectionId());
    if (player != m_players.cend() && player->matchEnding) {
        return; // it is over already; matchOver is on its way
    }
    if (player == m_players.cend()) {
        session->sendError(proto::error_code::NotPlaying, QStringLiteral("not in a match"),
                           envelope.type);
        return;
    }
    onConnectionEnded(session->connectionId());
}

void PlayFeature::onConnectionEnded(const QString &connectionId)
{
    const auto player = m_players.constFind(connectionId);
    if (player == m_players.cend()) {
        return;
    }
    const ActiveRoom active = m_rooms.value(player->roomId);
    if (!player->matchEnding && active.room && !active.ended) {
        MatchRoom *room = active.room;
        QMetaObject::invokeMethod(
            room, [room, connectionId] { room->participantLeft(connectionId); },
            Qt::QueuedConnection);
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
    for (const QString &connectionId : result.participants) {
        const auto player = m_players.find(connectionId);
        if (player != m_players.end()) {
            player->matchEnding = true;
        }
    }

    using Outcome = std::variant<match_store::RecordedMatch, ApiError>;
    const MatchRecord record = result.record;
    m_workers.run<Outcome>(
        this, [record](QSqlDatabase &db) { return match_store::recordMatch(db, record); },
        [this, result](Outcome outcome) {
            proto::MatchOver over = result.over;
            if (const auto *stored = std::get_if<match_store::RecordedMatch>(&outcome)) {
                over.matchId = stored->matchId;
                StructuredLog::info(QStringLiteral("match_recorded"),
                                    {{QStringLiteral("roomId"), result.roomId},
                                     {QStringLiteral("matchId"), stored->matchId}});
            } else {
                const ApiError &error = std::get<ApiError>(outcome);
                StructuredLog::error(QStringLiteral("match_not_recorded"),
                                     {{QStringLiteral("roomId"), result.roomId},
                                      {QStringLiteral("error"), error.code},
                                      {QStringLiteral("message"), error.message},
                                      {QStringLiteral("fields"), error.fields}});
            }
            const QByteArray message = proto::serialize(over.toJson());
            for (const QString &connectionId : result.participants) {
                sendToConnection(connectionId, message);
                m_players.remove(connectionId); // free to play again
                if (m_presence) {
                    m_presence->setInGame(connectionId, false);
                }
            }
        });
    StructuredLog::info(QStringLiteral("match_over"),
                        {{QStringLiteral("roomId"), result.roomId},
                         {QStringLiteral("reason"), proto::matchOverReasonName(result.over.reason)},
                         {QStringLiteral("winnerSeat"), result.over.winnerSeat.value_or(-1)},
                         {QStringLiteral("steps"), qint64(result.record.inputLog.endStep())}});
}

void PlayFeature::onRoomDestroyed(const QString &roomId)
{
    if (m_rooms.remove(roomId) > 0) {
        StructuredLog::info(
            QStringLiteral("room_closed"),
            {{QStringLiteral("roomId"), roomId}, {QStringLiteral("rooms"), m_rooms.size()}});
    }
}

void PlayFeature::sendToConnection(const QString &connectionId, const QByteArray &message)
{
    if (RealtimeSession *session = m_hub.session(connectionId)) {
        session->sendSerialized(message);
    }
}

} // namespace transcendence::server
