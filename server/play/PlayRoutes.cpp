// The REST play API of the play feature (docs/api/openapi.yaml, "Play"): a program (the
// terminal client, a bot) starts a local or ai match, sends inputs and reads the state without
// a WebSocket; and anyone signed in lists the live matches to watch.
//
// A REST player is a virtual connection ("rest:<uuid>") to its room: the room sends it snapshots
// like any other, and the newest one is kept for GET. A program that stops asking for 10 s is
// treated like a dropped socket (the match pauses, the reconnect grace runs); its next request
// takes the seats back.
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
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace transcendence::server {
namespace proto = transcendence::protocol;

namespace {

using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponder::StatusCode;

constexpr int kRestIdleMs = 10'000;
// GET /api/play/summary: how many live matches and leaders it lists, and how long one reading
// of the ranking serves everyone.
constexpr int kSummaryLiveMatches = 5;
constexpr int kSummaryLeaders = 5;
constexpr qint64 kSummaryLeadersMs = 10'000;
constexpr std::size_t kSummaryMaxWaiting = 1000;

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
                                   {Method::Get, QStringLiteral("/api/play/summary"),
                                    Access::Public, none, &PlayFeature::restSummary},
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
    call.send(
        QHttpServerResponse(QJsonObject{{QStringLiteral("matches"), liveMatches(false, -1)}}));
}

// The running matches, newest first (at most limit, unless it is negative). For visitors the
// players' account ids are left out: names only.
QJsonArray PlayFeature::liveMatches(bool forVisitors, int limit) const
{
    std::vector<std::pair<QDateTime, QString>> running; // started at, room id
    for (auto room = m_rooms.cbegin(); room != m_rooms.cend(); ++room) {
        if (!room->ended) {
            running.emplace_back(room->startedAt, room.key());
        }
    }
    std::sort(running.begin(), running.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    QJsonArray matches;
    for (const auto &[startedAt, id] : running) {
        if (limit >= 0 && matches.size() >= limit) {
            break;
        }
        const Room &room = *m_rooms.constFind(id);
        QJsonArray seats;
        const QJsonArray progress = room.status.value(QStringLiteral("seats")).toArray();
        for (const MatchSeat &seat : room.seats) {
            const QJsonObject now = progress.at(seat.seat).toObject();
            const bool account = seat.kind == SeatKind::User && !forVisitors;
            seats.append(QJsonObject{
                {QStringLiteral("seat"), seat.seat},
                {QStringLiteral("label"), seat.label},
                {QStringLiteral("kind"), seatKindName(seat.kind)},
                {QStringLiteral("userId"), account ? QJsonValue(seat.userId) : QJsonValue()},
                {QStringLiteral("score"), now.value(QStringLiteral("score")).toInt()},
                {QStringLiteral("lives"), now.value(QStringLiteral("lives")).toInt()}});
        }
        matches.append(
            QJsonObject{{QStringLiteral("roomId"), id},
                        {QStringLiteral("kind"), proto::roomKindName(room.kind)},
                        {QStringLiteral("mode"), engine::gameModeName(room.config.mode)},
                        {QStringLiteral("phase"), room.status.value(QStringLiteral("phase"))},
                        {QStringLiteral("startedAt"), room.startedAt.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("spectators"), room.spectators.size()},
                        {QStringLiteral("tournamentId"),
                         room.tournamentId ? QJsonValue(*room.tournamentId) : QJsonValue()},
                        {QStringLiteral("seats"), seats}});
    }
    return matches;
}

// GET /api/play/summary, for anyone: what the home page shows a visitor (and the apps' home):
// the live matches (the newest few and how many) and the top of the leaderboard. The ranking
// is read on a worker at most every kSummaryLeadersMs, whoever asks and however often; requests
// meanwhile share the last reading (or wait for the first).
void PlayFeature::restSummary(const RouteCall &call)
{
    const qint64 now = m_clock.elapsed();
    const bool fresh = m_summaryLeadersAtMs >= 0 && now - m_summaryLeadersAtMs < kSummaryLeadersMs;
    if (fresh) {
        call.send(QHttpServerResponse(summaryJson()));
        return;
    }
    // Answered once the ranking is read, with no more than kSummaryMaxWaiting waiting (the
    // others get the last reading, or none).
    if (m_summaryWaiting.size() >= kSummaryMaxWaiting) {
        call.send(QHttpServerResponse(summaryJson()));
        return;
    }
    m_summaryWaiting.push_back(call.reply);
    if (m_summaryLeadersLoading) {
        return;
    }
    m_summaryLeadersLoading = true;
    using Result = std::variant<leaderboard::Page, DomainError>;
    m_context.workers.run<Result>(
        this,
        [](QSqlDatabase &db) {
            leaderboard::Request request;
            request.limit = kSummaryLeaders;
            return leaderboard::read(db, request);
        },
        [this](Result result) {
            m_summaryLeadersLoading = false;
            std::vector<DeferredReplyPtr> waiting;
            waiting.swap(m_summaryWaiting);
            if (const auto *error = std::get_if<DomainError>(&result)) {
                const ApiError answer = ApiError::from(*error);
                for (const DeferredReplyPtr &reply : waiting) {
                    reply->send(answer.toResponse());
                }
                return;
            }
            QJsonArray leaders;
            for (const QJsonValue &value : std::get<leaderboard::Page>(result).entries) {
                const QJsonObject entry = value.toObject();
                const QJsonObject user = entry.value(QStringLiteral("user")).toObject();
                leaders.append(QJsonObject{
                    {QStringLiteral("rank"), entry.value(QStringLiteral("rank"))},
                    {QStringLiteral("user"),
                     QJsonObject{
                         {QStringLiteral("id"), user.value(QStringLiteral("id"))},
                         {QStringLiteral("displayName"), user.value(QStringLiteral("displayName"))},
                         {QStringLiteral("avatarUrl"), user.value(QStringLiteral("avatarUrl"))}}},
                    {QStringLiteral("rating"), entry.value(QStringLiteral("rating"))},
                    {QStringLiteral("ratedMatches"), entry.value(QStringLiteral("ratedMatches"))}});
            }
            m_summaryLeaders = leaders;
            m_summaryLeadersAtMs = m_clock.elapsed();
            const QJsonObject summary = summaryJson();
            for (const DeferredReplyPtr &reply : waiting) {
                reply->send(QHttpServerResponse(summary));
            }
        });
}

QJsonObject PlayFeature::summaryJson() const
{
    return {{QStringLiteral("liveCount"), liveMatchCount()},
            {QStringLiteral("live"), liveMatches(true, kSummaryLiveMatches)},
            {QStringLiteral("leaders"), m_summaryLeaders}};
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
