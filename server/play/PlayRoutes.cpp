// The REST play API of the play feature (docs/api/openapi.yaml, "Play"): a program (the
// terminal client, a bot) starts a local or ai match, sends inputs and reads the state without
// a WebSocket; and anyone signed in lists the live matches to watch.
//
// A REST player is a virtual connection ("rest:<uuid>") to its room: the room sends it snapshots
// like any other, and the newest one is kept for GET. A program that stops asking for 10 s is
// treated like a dropped socket (the match pauses, the reconnect grace runs); its next request
// takes the seats back.
#include "auth/AccountStore.h"
#include "http/HttpExchange.h"
#include "http/JsonBody.h"
#include "http/Router.h"
#include "play/PlayFeature.h"
#include "protocol/PlayMessages.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace transcendence::server {
namespace proto = transcendence::protocol;

namespace {

using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponder::StatusCode;

constexpr int kRestIdleMs = 10'000;

// "play.config has invalid fields: ..." -> 422 with fields {"config": "..."}.
ApiError validationError(const proto::ProtocolError &error)
{
    static const QRegularExpression fieldPattern(QStringLiteral("^\\w+\\.([\\w.]+) "));
    const auto match = fieldPattern.match(error.message);
    const QString field = match.hasMatch() ? match.captured(1) : QStringLiteral("body");
    return {Status::UnprocessableEntity,
            QStringLiteral("validation_failed"),
            error.message,
            {{field, FieldProblem::invalid(error.message).toJson()}}};
}

ApiError roomNotFound()
{
    return {Status::NotFound,
            QStringLiteral("not_found"),
            QStringLiteral("no match of yours with that id"),
            {}};
}

} // namespace

void PlayFeature::registerRoutes()
{
    const Access user = Access::SignedIn;
    const BodyRule none = BodyRule::none();
    m_context.router.add(this, {
                                   {Method::Post, QStringLiteral("/api/play/matches"), user,
                                    BodyRule::json(), &PlayFeature::restCreate},
                                   {Method::Get, QStringLiteral("/api/play/matches/<arg>"), user,
                                    none, &PlayFeature::restState},
                                   {Method::Delete, QStringLiteral("/api/play/matches/<arg>"), user,
                                    none, &PlayFeature::restLeave},
                                   {Method::Post, QStringLiteral("/api/play/matches/<arg>/inputs"),
                                    user, BodyRule::json(), &PlayFeature::restInput},
                                   {Method::Get, QStringLiteral("/api/play/live"), user, none,
                                    &PlayFeature::restLive},
                               });
}

void PlayFeature::restCreate(const RouteCall &call)
{
    const UserRecord &user = call.user;
    const DeferredReplyPtr &reply = call.reply;
    const auto parsed = proto::PlayRequest::fromJson(call.json);
    if (const auto *error = std::get_if<proto::ProtocolError>(&parsed)) {
        reply->send(validationError(*error).toResponse());
        return;
    }
    if (userBusy(user.id)) {
        reply->send(ApiError{
            Status::Conflict,
            proto::error_code::AlreadyPlaying,
            QStringLiteral("finish your match or leave the queue first"),
            {}}.toResponse());
        return;
    }
    const proto::PlayRequest &play = std::get<proto::PlayRequest>(parsed);
    const QString connectionId =
        QStringLiteral("rest:") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    RestPlayer player;
    player.userId = user.id;
    player.lastRequest.start();
    m_restPlayers.insert(connectionId, player);
    const QString roomId = launch(localRoom(play, user.id, user.displayName, connectionId));
    RestPlayer &stored = m_restPlayers[connectionId];
    stored.roomId = roomId;
    stored.started = startedMessage(m_rooms.value(roomId), roomId, connectionId);
    reply->send(QHttpServerResponse(stored.started, Status::Created));
}

QString PlayFeature::restConnectionOf(qint64 userId, const QString &roomId) const
{
    for (auto it = m_restPlayers.cbegin(); it != m_restPlayers.cend(); ++it) {
        if (it->userId == userId && it->roomId == roomId) {
            return it.key();
        }
    }
    return {};
}

void PlayFeature::restState(const RouteCall &call)
{
    const QString &roomId = call.arg();
    const UserRecord &user = call.user;
    const DeferredReplyPtr &reply = call.reply;
    const QString connectionId = restConnectionOf(user.id, roomId);
    if (connectionId.isEmpty()) {
        reply->send(roomNotFound().toResponse());
        return;
    }
    RestPlayer &player = m_restPlayers[connectionId];
    player.lastRequest.restart();
    if (!player.attached && player.over.isEmpty() && m_rooms.contains(roomId) &&
        !m_rooms[roomId].ended) {
        player.attached = true; // back after a pause: the seats are its again
        attach(roomId, connectionId, user.id);
    }
    QJsonObject state{
        {QStringLiteral("roomId"), roomId},
        {QStringLiteral("started"), player.started},
        {QStringLiteral("snapshot"),
         player.snapshot.isEmpty() ? QJsonValue() : QJsonValue(player.snapshot)},
        {QStringLiteral("over"), player.over.isEmpty() ? QJsonValue() : QJsonValue(player.over)}};
    reply->send(QHttpServerResponse(state));
}

void PlayFeature::restInput(const RouteCall &call)
{
    const QString &roomId = call.arg();
    const UserRecord &user = call.user;
    const DeferredReplyPtr &reply = call.reply;
    const QString connectionId = restConnectionOf(user.id, roomId);
    if (connectionId.isEmpty()) {
        reply->send(roomNotFound().toResponse());
        return;
    }
    const auto parsed = proto::PlayInput::fromJson(call.json);
    if (const auto *error = std::get_if<proto::ProtocolError>(&parsed)) {
        reply->send(validationError(*error).toResponse());
        return;
    }
    const proto::PlayInput input = std::get<proto::PlayInput>(parsed);
    RestPlayer &player = m_restPlayers[connectionId];
    player.lastRequest.restart();
    const auto room = m_rooms.constFind(roomId);
    if (!player.over.isEmpty() || room == m_rooms.cend() || room->ended) {
        reply->send(ApiError{
            Status::Conflict,
            QStringLiteral("match_over"),
            QStringLiteral("the match is over"),
            {}}.toResponse());
        return;
    }
    if (!player.attached) {
        player.attached = true;
        attach(roomId, connectionId, user.id);
    }
    if (input.seat >= int(room->controllers.size()) ||
        room->controllers[std::size_t(input.seat)] != connectionId) {
        reply->send(
            ApiError{Status::UnprocessableEntity,
                     QStringLiteral("validation_failed"),
                     QStringLiteral("you do not control seat %1").arg(input.seat),
                     {{QStringLiteral("seat"),
                       FieldProblem::invalid(QStringLiteral("not one of your seats")).toJson()}}}
                .toResponse());
        return;
    }
    if (player.lastSeq && input.seq <= *player.lastSeq) {
        reply->send(ApiError{Status::UnprocessableEntity,
                             QStringLiteral("validation_failed"),
                             QStringLiteral("seq must increase (last: %1)").arg(*player.lastSeq),
                             {{QStringLiteral("seq"),
                               FieldProblem::invalid(QStringLiteral("must increase")).toJson()}}}
                        .toResponse());
        return;
    }
    player.lastSeq = input.seq;
    invokeOnRoom(roomId, [connectionId, input](MatchRoom &target) {
        target.applyInput(connectionId, input.seq, input.seat, input.key);
    });
    reply->send(
        QHttpServerResponse(QJsonObject{{QStringLiteral("seq"), input.seq}}, Status::Accepted));
}

void PlayFeature::restLeave(const RouteCall &call)
{
    const QString &roomId = call.arg();
    const UserRecord &user = call.user;
    const DeferredReplyPtr &reply = call.reply;
    const QString connectionId = restConnectionOf(user.id, roomId);
    if (connectionId.isEmpty()) {
        reply->send(roomNotFound().toResponse());
        return;
    }
    RestPlayer &player = m_restPlayers[connectionId];
    const auto room = m_rooms.find(roomId);
    if (player.over.isEmpty() && room != m_rooms.end() && !room->ended) {
        giveUpSeats(roomId, connectionId, user.id);
    }
    // Kept a little longer, so the program can still read how it ended.
    player.attached = false;
    player.lastRequest.restart();
    reply->send(QHttpServerResponse(Status::NoContent));
}

void PlayFeature::restLive(const RouteCall &call)
{
    QJsonArray matches;
    for (auto room = m_rooms.cbegin(); room != m_rooms.cend(); ++room) {
        if (room->ended) {
            continue;
        }
        QJsonArray seats;
        const QJsonArray progress = room->status.value(QStringLiteral("seats")).toArray();
        for (const MatchSeat &seat : room->seats) {
            const QJsonObject now = progress.at(seat.seat).toObject();
            seats.append(
                QJsonObject{{QStringLiteral("seat"), seat.seat},
                            {QStringLiteral("label"), seat.label},
                            {QStringLiteral("kind"), seatKindName(seat.kind)},
                            {QStringLiteral("userId"),
                             seat.kind == SeatKind::User ? QJsonValue(seat.userId) : QJsonValue()},
                            {QStringLiteral("score"), now.value(QStringLiteral("score")).toInt()},
                            {QStringLiteral("lives"), now.value(QStringLiteral("lives")).toInt()}});
        }
        matches.append(
            QJsonObject{{QStringLiteral("roomId"), room.key()},
                        {QStringLiteral("kind"), proto::roomKindName(room->kind)},
                        {QStringLiteral("mode"), engine::gameModeName(room->config.mode)},
                        {QStringLiteral("phase"), room->status.value(QStringLiteral("phase"))},
                        {QStringLiteral("startedAt"), room->startedAt.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("spectators"), room->spectators.size()},
                        {QStringLiteral("tournamentId"),
                         room->tournamentId ? QJsonValue(*room->tournamentId) : QJsonValue()},
                        {QStringLiteral("seats"), seats}});
    }
    call.send(QHttpServerResponse(QJsonObject{{QStringLiteral("matches"), matches}}));
}

void PlayFeature::detachIdleRestPlayers()
{
    for (auto it = m_restPlayers.begin(); it != m_restPlayers.end();) {
        RestPlayer &player = it.value();
        const QString connectionId = it.key();
        const bool roomGone = !m_rooms.contains(player.roomId) || !player.over.isEmpty();
        if (player.lastRequest.elapsed() < kRestIdleMs) {
            ++it;
            continue;
        }
        if (roomGone || !player.attached) {
            // Over, and nobody asked how it ended for a minute: forget it. (Detached from a
            // running room: kept, so the program can come back within the grace time.)
            if (roomGone && player.lastRequest.elapsed() >= 6 * kRestIdleMs) {
                it = m_restPlayers.erase(it);
                continue;
            }
            ++it;
            continue;
        }
        player.attached = false;
        dropConnection(player.roomId, connectionId);
        ++it;
    }
}

} // namespace transcendence::server
