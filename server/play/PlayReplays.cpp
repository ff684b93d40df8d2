// Stored matches played back for a viewer connection (PlayReplays.h).
#include "play/PlayReplays.h"

#include "app/StructuredLog.h"
#include "db/DatabaseWorkers.h"
#include "matches/MatchStore.h"
#include "play/PlayOutbox.h"
#include "play/RoomDirectory.h"
#include "protocol/Envelope.h"
#include "protocol/PlayMessages.h"
#include "realtime/RealtimeHub.h"
#include "realtime/RealtimeLimits.h"
#include "realtime/RealtimeSession.h"
#include "replay/InputLog.h"

#include <QCoreApplication>
#include <QUuid>

namespace transcendence::server {
namespace proto = transcendence::protocol;

namespace {

// How a connection takes snapshots (its hello); gone connections: JSON.
proto::SnapshotEncoding snapshotEncodingOf(RealtimeHub &hub, const QString &connectionId)
{
    const RealtimeSession *session = hub.session(connectionId);
    return session ? session->snapshotEncoding() : proto::SnapshotEncoding::Json;
}

} // namespace

PlayReplays::PlayReplays(RealtimeHub &hub, DatabaseWorkers &workers, const RealtimeLimits &limits,
                         GameThreads &threads, RoomDirectory &directory, PlayOutbox &outbox)
    : m_hub(hub)
    , m_workers(workers)
    , m_limits(limits)
    , m_threads(threads)
    , m_directory(directory)
    , m_outbox(outbox)
{}

void PlayReplays::stopAll()
{
    for (ReplayRoom *replay : std::as_const(m_replays)) {
        disconnect(replay, nullptr, this, nullptr); // its finished() would delete it too
        QMetaObject::invokeMethod(replay, &ReplayRoom::stop, Qt::BlockingQueuedConnection);
        replay->deleteLater(); // runs as its game thread finishes
    }
    m_replays.clear();
    m_replayOwners.clear();
    // Their last deliveries (already queued) are handled here and now.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void PlayReplays::onReplay(RealtimeSession *session, const proto::Envelope &envelope)
{
    const auto parsed = proto::ReplayRequest::fromJson(envelope.body);
    if (const auto *error = std::get_if<proto::ProtocolError>(&parsed)) {
        session->sendError(error->code, error->message, envelope.type);
        return;
    }
    const proto::ReplayRequest request = std::get<proto::ReplayRequest>(parsed);
    const QString connectionId = session->connectionId();
    const RoomDirectory::Participant *participant = m_directory.participant(connectionId);
    if (participant && !participant->spectator && m_directory.running(participant->roomId)) {
        session->sendError(proto::error_code::AlreadyPlaying,
                           QStringLiteral("this connection plays a match"), envelope.type);
        return;
    }
    if (!mayStartReplay(*session)) {
        return;
    }
    using Result = std::variant<QJsonObject, DomainError>;
    m_workers.run<Result>(
        this,
        [matchId = request.matchId](QSqlDatabase &db) { return match_store::replay(db, matchId); },
        [this, connectionId, request](Result result) {
            RealtimeSession *viewer = m_hub.session(connectionId);
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

void PlayReplays::startReplay(const QString &connectionId, qint64 matchId, double speed,
                              const QJsonObject &stored)
{
    const RoomDirectory::Participant *participant = m_directory.participant(connectionId);
    if (participant && !participant->spectator && m_directory.running(participant->roomId)) {
        return; // it started playing meanwhile
    }
    m_directory.leave(connectionId); // it stops watching a live match
    stopReplay(connectionId);        // one replay per connection

    ReplaySetup setup;
    setup.roomId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    setup.viewerConnectionId = connectionId;
    setup.viewerEncoding = snapshotEncodingOf(m_hub, connectionId);
    setup.speed = speed;
    const auto config =
        engine::MatchConfig::fromJson(stored.value(QStringLiteral("config")).toObject());
    const auto log = replay::InputLog::fromJson(stored.value(QStringLiteral("inputs")).toObject());
    bool seedOk = false;
    setup.seed = stored.value(QStringLiteral("seed")).toString().toULongLong(&seedOk, 16);
    RealtimeSession *viewer = m_hub.session(connectionId);
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
    connect(room, &ReplayRoom::snapshotsReady, this,
            [this](const SnapshotDelivery &delivery) { m_outbox.deliver(delivery); });
    connect(room, &ReplayRoom::messageReady, this,
            [this](const QString &recipient, const QByteArray &message) {
                m_outbox.deliver(recipient, message);
            });
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

bool PlayReplays::mayStartReplay(RealtimeSession &viewer)
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
    const RealtimeLimits &limits = m_limits;
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

bool PlayReplays::stopReplay(const QString &connectionId)
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

} // namespace transcendence::server
