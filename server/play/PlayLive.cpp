// The live matches to watch (GET /api/play/live, for anyone signed in) and the summary of the
// home page (GET /api/play/summary, for anyone: the newest live matches and the top of the
// leaderboard) — routes of the play feature, registered in PlayRoutes.cpp.
//
// With several instances (TRANSCENDENCE_REDIS_URL) the live list is the cluster's: every host
// publishes its rooms' entries in Redis (PlayCluster::publishLive) and a list reads them all in
// one round trip, answered through the deferred reply.
#include "auth/AccountStore.h"
#include "db/DatabaseWorkers.h"
#include "http/Router.h"
#include "matches/Leaderboard.h"
#include "play/PlayFeature.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace transcendence::server {
namespace proto = transcendence::protocol;

namespace {

using Status = QHttpServerResponder::StatusCode;

// GET /api/play/summary: how many live matches and leaders it lists, and how long one reading
// of the ranking serves everyone.
constexpr int kSummaryLiveMatches = 5;
constexpr int kSummaryLeaders = 5;
constexpr qint64 kSummaryLeadersMs = 10'000;
constexpr std::size_t kSummaryMaxWaiting = 1000;

} // namespace

void PlayFeature::restLive(const RouteCall &call)
{
    liveList(false, -1, [reply = call.reply](const QJsonArray &matches, int) {
        reply->send(QHttpServerResponse(QJsonObject{{QStringLiteral("matches"), matches}}));
    });
}

// A running room's entry of the live list (with its players' account ids).
QJsonObject PlayFeature::liveEntry(const Room &room, const QString &roomId) const
{
    QJsonArray seats;
    const QJsonArray progress = room.status.value(QStringLiteral("seats")).toArray();
    for (const MatchSeat &seat : room.seats) {
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
    return {{QStringLiteral("roomId"), roomId},
            {QStringLiteral("kind"), proto::roomKindName(room.kind)},
            {QStringLiteral("mode"), engine::gameModeName(room.config.mode)},
            {QStringLiteral("phase"), room.status.value(QStringLiteral("phase"))},
            {QStringLiteral("startedAt"), room.startedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("spectators"), room.spectators.size()},
            {QStringLiteral("tournamentId"),
             room.tournamentId ? QJsonValue(*room.tournamentId) : QJsonValue()},
            {QStringLiteral("seats"), seats}};
}

// The running matches, newest first (at most limit, unless it is negative), and how many there
// are: this instance's, and with several instances every other instance's as their hosts
// published them (one Redis round trip; this instance's alone while Redis cannot answer). For
// visitors the players' account ids are left out: names only.
void PlayFeature::liveList(bool forVisitors, int limit,
                           std::function<void(const QJsonArray &, int)> done)
{
    const auto finish = [this, forVisitors, limit,
                         done = std::move(done)](const std::vector<QByteArray> &elsewhere) {
        std::vector<std::pair<qint64, QJsonObject>> running; // started at (epoch ms), entry
        const auto &rooms = m_directory.rooms();
        for (auto room = rooms.cbegin(); room != rooms.cend(); ++room) {
            if (!room->ended) {
                running.emplace_back(room->startedAt.toMSecsSinceEpoch(),
                                     liveEntry(*room, room.key()));
            }
        }
        for (const QByteArray &json : elsewhere) {
            QJsonObject entry = QJsonDocument::fromJson(json).object();
            const QString roomId = entry.value(QStringLiteral("roomId")).toString();
            if (roomId.isEmpty() || m_directory.contains(roomId)) {
                continue; // this instance's own entry is fresher (or the room just ended here)
            }
            const QDateTime startedAt = QDateTime::fromString(
                entry.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
            running.emplace_back(startedAt.toMSecsSinceEpoch(), std::move(entry));
        }
        std::sort(running.begin(), running.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        QJsonArray matches;
        for (auto &[startedAt, entry] : running) {
            if (limit >= 0 && matches.size() >= limit) {
                break;
            }
            if (forVisitors) {
                QJsonArray seats = entry.value(QStringLiteral("seats")).toArray();
                for (QJsonValueRef seat : seats) {
                    QJsonObject named = seat.toObject();
                    named.insert(QStringLiteral("userId"), QJsonValue());
                    seat = named;
                }
                entry.insert(QStringLiteral("seats"), seats);
            }
            matches.append(entry);
        }
        done(matches, int(running.size()));
    };
    if (!m_cluster) {
        finish({});
        return;
    }
    m_cluster->liveRooms(
        [finish = std::move(finish)](const std::optional<std::vector<QByteArray>> &elsewhere) {
            finish(elsewhere.value_or(std::vector<QByteArray>{}));
        });
}

// The live list's entries of this instance's rooms for the other instances: all of them with the
// directory's heartbeat (every second; they expire with it), one at once when its status changes.
void PlayFeature::publishLive(const QString &roomId)
{
    if (!m_cluster) {
        return;
    }
    std::vector<PlayCluster::LiveRoom> rooms;
    const auto add = [&](const Room &room, const QString &id) {
        rooms.push_back({id, room.startedAt.toMSecsSinceEpoch(),
                         QJsonDocument(liveEntry(room, id)).toJson(QJsonDocument::Compact)});
    };
    if (!roomId.isEmpty()) {
        if (const Room *room = m_directory.running(roomId)) {
            add(*room, roomId);
        }
    } else {
        const auto &all = m_directory.rooms();
        for (auto room = all.cbegin(); room != all.cend(); ++room) {
            if (!room->ended) {
                add(*room, room.key());
            }
        }
    }
    m_cluster->publishLive(rooms);
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
        sendSummary({call.reply});
        return;
    }
    // Answered once the ranking is read, with no more than kSummaryMaxWaiting waiting (the
    // others get the last reading, or none).
    if (m_summaryWaiting.size() >= kSummaryMaxWaiting) {
        sendSummary({call.reply});
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
            sendSummary(std::move(waiting));
        });
}

// The summary with the live part read now (the cluster's, with several instances).
void PlayFeature::sendSummary(std::vector<DeferredReplyPtr> replies)
{
    liveList(true, kSummaryLiveMatches,
             [this, replies = std::move(replies)](const QJsonArray &live, int liveCount) {
                 const QJsonObject summary{{QStringLiteral("liveCount"), liveCount},
                                           {QStringLiteral("live"), live},
                                           {QStringLiteral("leaders"), m_summaryLeaders}};
                 for (const DeferredReplyPtr &reply : replies) {
                     reply->send(QHttpServerResponse(summary));
                 }
             });
}

void PlayFeature::startRestCluster()
{
    if (m_cluster) {
        connect(m_cluster, &PlayCluster::restFrameReceived, this, &PlayFeature::onRestFrame);
    }
}

} // namespace transcendence::server
