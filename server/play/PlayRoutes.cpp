// The REST play API of the play feature (docs/api/openapi.yaml, "Play"): a program (the
// terminal client, a bot) starts a local or ai match, sends inputs and reads the state without
// a WebSocket. The live list and the summary are in PlayLive.cpp.
//
// A REST player is a virtual connection ("rest:<uuid>") to its room: the room sends it snapshots
// like any other, and the newest one is kept for GET. A program that stops asking for 10 s is
// treated like a dropped socket (the match pauses, the reconnect grace runs); its next request
// takes the seats back.
//
// With several instances (TRANSCENDENCE_REDIS_URL) the virtual connection stays on the instance
// that got the create and hosts the room; a request for it that nginx sends to another instance
// goes to the host over the relay (a RestRequest frame, answered by a RestReply) and is answered
// from there.
#include "auth/AccountStore.h"
#include "db/DatabaseWorkers.h"
#include "http/HttpExchange.h"
#include "http/JsonBody.h"
#include "http/Router.h"
#include "matches/Leaderboard.h"
#include "play/PlayFeature.h"
#include "protocol/PlayMessages.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace transcendence::server {
namespace proto = transcendence::protocol;

namespace {

using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponder::StatusCode;

constexpr int kRestIdleMs = 10'000;
// A REST request sent to the instance hosting its room is answered 503 when the host does not
// answer within this time (it died or stalls; its rooms are taken over).
constexpr int kRestForwardTimeoutMs = 5'000;
constexpr qsizetype kRestForwardMaxPending = 10'000;

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

ApiError alreadyPlaying()
{
    return {Status::Conflict,
            proto::error_code::AlreadyPlaying,
            QStringLiteral("finish your match or leave the queue first"),
            {}};
}

ApiError hostUnavailable()
{
    return {Status::ServiceUnavailable,
            QStringLiteral("unavailable"),
            QStringLiteral("the server running this match does not answer; try again shortly"),
            {}};
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
                                   {Method::Get, QStringLiteral("/api/play/summary"),
                                    Access::Public, none, &PlayFeature::restSummary},
                               });
}

void PlayFeature::restCreate(const RouteCall &call)
{
    const auto parsed = proto::PlayRequest::fromJson(call.json);
    if (const auto *error = std::get_if<proto::ProtocolError>(&parsed)) {
        call.fail(validationError(*error));
        return;
    }
    const proto::PlayRequest &play = std::get<proto::PlayRequest>(parsed);
    if (!m_cluster) {
        restStart(call.reply, call.user, play);
        return;
    }
    // With several instances the account may have a seat in a room hosted elsewhere.
    m_cluster->seatOf(call.user.id, [this, reply = call.reply, user = call.user,
                                     play](const std::optional<PlayCluster::Seat> &seat) {
        if (seat && seat->host != m_cluster->instanceId()) {
            reply->send(alreadyPlaying().toResponse());
            return;
        }
        restStart(reply, user, play);
    });
}

void PlayFeature::restStart(const DeferredReplyPtr &reply, const UserRecord &user,
                            const protocol::PlayRequest &play)
{
    if (!reply->isPending()) {
        return;
    }
    if (userBusy(user.id)) {
        reply->send(alreadyPlaying().toResponse());
        return;
    }
    const QString connectionId =
        QStringLiteral("rest:") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    RestPlayer player;
    player.userId = user.id;
    player.lastRequest.start();
    m_restPlayers.insert(connectionId, player);
    m_outbox.openMailbox(connectionId);
    const QString roomId = launch(localRoom(play, user.id, user.displayName, connectionId));
    RestPlayer &stored = m_restPlayers[connectionId];
    stored.roomId = roomId;
    stored.started = startedMessage(*m_directory.find(roomId), roomId, connectionId);
    if (!m_cluster) {
        reply->send(QHttpServerResponse(stored.started, Status::Created));
        return;
    }
    // Answered once the directory knows the room: the program's next request may reach
    // another instance, which asks the directory where the match runs.
    publishLive(roomId);
    m_cluster->announceRoom(roomId, {user.id});
    m_cluster->announceRestPlayers({roomId}, [reply, started = stored.started] {
        reply->send(QHttpServerResponse(started, Status::Created));
    });
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

QJsonObject PlayFeature::restOver(const QString &connectionId) const
{
    const PlayOutbox::Mailbox *box = m_outbox.mailbox(connectionId);
    return box ? box->over : QJsonObject();
}

void PlayFeature::restState(const RouteCall &call)
{
    restOnHost(call, RestOp::State);
}

void PlayFeature::restInput(const RouteCall &call)
{
    restOnHost(call, RestOp::Input);
}

void PlayFeature::restLeave(const RouteCall &call)
{
    restOnHost(call, RestOp::Leave);
}

// Answered here when the program's virtual connection is here (always, alone); otherwise by the
// instance hosting the room, if another one does.
void PlayFeature::restOnHost(const RouteCall &call, RestOp op)
{
    const QString &roomId = call.arg();
    if (!m_cluster || !restConnectionOf(call.user.id, roomId).isEmpty()) {
        call.send(restAnswer(op, call.user.id, roomId, call.json));
        return;
    }
    if (m_restForwarded.size() >= kRestForwardMaxPending) {
        call.fail(hostUnavailable());
        return;
    }
    const QJsonObject request{{QStringLiteral("op"), int(op)},
                              {QStringLiteral("roomId"), roomId},
                              {QStringLiteral("userId"), call.user.id},
                              {QStringLiteral("body"), call.json}};
    m_cluster->restHostOf(roomId, [this, reply = call.reply, op, userId = call.user.id, roomId,
                                   json = call.json,
                                   request](const std::optional<QByteArray> &host) {
        if (!reply->isPending()) {
            return;
        }
        if (!host || *host == m_cluster->instanceId()) {
            // No program plays it anywhere (or here, but not the caller's): as alone.
            reply->send(restAnswer(op, userId, roomId, json));
            return;
        }
        const quint64 id = ++m_restForwardSequence;
        // Deleted later, not in its own timeout (nor by the answer's arrival while it fires).
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, id] {
            const RestForward pending = m_restForwarded.take(id);
            if (pending.timeout) {
                pending.timeout->deleteLater();
            }
            if (pending.reply) {
                pending.reply->send(hostUnavailable().toResponse());
            }
        });
        timer->start(kRestForwardTimeoutMs);
        m_restForwarded.insert(id, RestForward{reply, timer});
        m_cluster->send(*host, PlayCluster::RestFrame::Request,
                        QString::fromLatin1(m_cluster->instanceId()) + u'/' + QString::number(id),
                        QJsonDocument(request).toJson(QJsonDocument::Compact));
    });
}

// The relay's REST frames: a request for a room hosted here, or the answer to one this instance
// sent. An answer's payload is "<status>\n<JSON body>" (the body empty for 204).
void PlayFeature::onRestFrame(PlayCluster::RestFrame frame, const QString &id,
                              const QByteArray &payload)
{
    if (frame == PlayCluster::RestFrame::Reply) {
        const RestForward pending = m_restForwarded.take(id.toULongLong());
        if (!pending.reply) {
            return; // answered already (timed out), or not ours
        }
        pending.timeout->stop();
        pending.timeout->deleteLater();
        const qsizetype newline = payload.indexOf('\n');
        if (newline < 1) {
            pending.reply->send(hostUnavailable().toResponse());
            return;
        }
        const auto status = Status(payload.left(newline).toInt());
        const QByteArray body = payload.mid(newline + 1);
        pending.reply->send(
            body.isEmpty()
                ? QHttpServerResponse(status)
                : QHttpServerResponse(QByteArrayLiteral("application/json"), body, status));
        return;
    }
    const qsizetype slash = id.indexOf(u'/');
    if (slash < 1) {
        return;
    }
    const QByteArray from = id.left(slash).toLatin1();
    const QJsonObject request = QJsonDocument::fromJson(payload).object();
    const int op = request.value(QStringLiteral("op")).toInt(-1);
    QHttpServerResponse answer =
        op < int(RestOp::State) || op > int(RestOp::Leave)
            ? roomNotFound().toResponse()
            : restAnswer(RestOp(op), request.value(QStringLiteral("userId")).toInteger(),
                         request.value(QStringLiteral("roomId")).toString(),
                         request.value(QStringLiteral("body")).toObject());
    m_cluster->send(from, PlayCluster::RestFrame::Reply, id.mid(slash + 1),
                    QByteArray::number(int(answer.statusCode())) + '\n' + answer.data());
}

QHttpServerResponse PlayFeature::restAnswer(RestOp op, qint64 userId, const QString &roomId,
                                            const QJsonObject &json)
{
    const QString connectionId = restConnectionOf(userId, roomId);
    if (connectionId.isEmpty()) {
        return roomNotFound().toResponse();
    }
    switch (op) {
    case RestOp::State:
        return restStateOf(connectionId, userId, roomId);
    case RestOp::Input:
        return restInputOf(connectionId, userId, roomId, json);
    case RestOp::Leave:
        return restLeaveOf(connectionId, userId, roomId);
    }
    return roomNotFound().toResponse();
}

QHttpServerResponse PlayFeature::restStateOf(const QString &connectionId, qint64 userId,
                                             const QString &roomId)
{
    RestPlayer &player = m_restPlayers[connectionId];
    player.lastRequest.restart();
    const PlayOutbox::Mailbox *box = m_outbox.mailbox(connectionId);
    const QJsonObject snapshot = box ? box->snapshot : QJsonObject();
    const QJsonObject over = box ? box->over : QJsonObject();
    if (!player.attached && over.isEmpty() && m_directory.running(roomId)) {
        player.attached = true; // back after a pause: the seats are its again
        attach(roomId, connectionId, userId);
    }
    QJsonObject state{
        {QStringLiteral("roomId"), roomId},
        {QStringLiteral("started"), player.started},
        {QStringLiteral("snapshot"), snapshot.isEmpty() ? QJsonValue() : QJsonValue(snapshot)},
        {QStringLiteral("over"), over.isEmpty() ? QJsonValue() : QJsonValue(over)}};
    return QHttpServerResponse(state);
}

QHttpServerResponse PlayFeature::restInputOf(const QString &connectionId, qint64 userId,
                                             const QString &roomId, const QJsonObject &json)
{
    const auto parsed = proto::PlayInput::fromJson(json);
    if (const auto *error = std::get_if<proto::ProtocolError>(&parsed)) {
        return validationError(*error).toResponse();
    }
    const proto::PlayInput input = std::get<proto::PlayInput>(parsed);
    RestPlayer &player = m_restPlayers[connectionId];
    player.lastRequest.restart();
    const Room *room = m_directory.running(roomId);
    if (!restOver(connectionId).isEmpty() || !room) {
        return ApiError{
            Status::Conflict, QStringLiteral("match_over"), QStringLiteral("the match is over"), {}}
            .toResponse();
    }
    if (!player.attached) {
        player.attached = true;
        attach(roomId, connectionId, userId);
    }
    if (input.seat >= int(room->controllers.size()) ||
        room->controllers[std::size_t(input.seat)] != connectionId) {
        return ApiError{Status::UnprocessableEntity,
                        QStringLiteral("validation_failed"),
                        QStringLiteral("you do not control seat %1").arg(input.seat),
                        {{QStringLiteral("seat"),
                          FieldProblem::invalid(QStringLiteral("not one of your seats")).toJson()}}}
            .toResponse();
    }
    if (player.lastSeq && input.seq <= *player.lastSeq) {
        return ApiError{Status::UnprocessableEntity,
                        QStringLiteral("validation_failed"),
                        QStringLiteral("seq must increase (last: %1)").arg(*player.lastSeq),
                        {{QStringLiteral("seq"),
                          FieldProblem::invalid(QStringLiteral("must increase")).toJson()}}}
            .toResponse();
    }
    player.lastSeq = input.seq;
    m_directory.postInput(roomId, connectionId, input.seq, input.seat, input.key);
    return QHttpServerResponse(QJsonObject{{QStringLiteral("seq"), input.seq}}, Status::Accepted);
}

QHttpServerResponse PlayFeature::restLeaveOf(const QString &connectionId, qint64 userId,
                                             const QString &roomId)
{
    RestPlayer &player = m_restPlayers[connectionId];
    if (restOver(connectionId).isEmpty() && m_directory.running(roomId)) {
        giveUpSeats(roomId, connectionId, userId);
    }
    // Kept a little longer, so the program can still read how it ended.
    player.attached = false;
    player.lastRequest.restart();
    return QHttpServerResponse(Status::NoContent);
}

void PlayFeature::detachIdleRestPlayers()
{
    if (m_cluster) {
        // Where each program's requests go, for the other instances (expiring without this).
        QStringList rooms;
        for (const RestPlayer &player : std::as_const(m_restPlayers)) {
            rooms << player.roomId;
        }
        m_cluster->announceRestPlayers(rooms);
    }
    for (auto it = m_restPlayers.begin(); it != m_restPlayers.end();) {
        RestPlayer &player = it.value();
        const QString connectionId = it.key();
        const bool roomGone =
            !m_directory.contains(player.roomId) || !restOver(connectionId).isEmpty();
        if (player.lastRequest.elapsed() < kRestIdleMs) {
            ++it;
            continue;
        }
        if (roomGone || !player.attached) {
            // Over, and nobody asked how it ended for a minute: forget it. (Detached from a
            // running room: kept, so the program can come back within the grace time.)
            if (roomGone && player.lastRequest.elapsed() >= 6 * kRestIdleMs) {
                if (m_cluster) {
                    m_cluster->forgetRestPlayer(player.roomId);
                }
                m_outbox.closeMailbox(connectionId);
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
