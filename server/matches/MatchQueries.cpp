// match_store's read side: stats, history, details and replays. recordMatch is MatchStore.cpp.
#include "matches/MatchStore.h"
#include "matches/MatchTimeline.h"
#include "replay/InputLog.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace transcendence::server::match_store {
namespace {

// Qualified: inside match_store, "replay" names the function below.
using StoredInputLog = transcendence::replay::InputLog;

DomainError noSuchUser()
{
    return DomainError::notFound(QStringLiteral("no such user"));
}

DomainError noSuchMatch()
{
    return DomainError::notFound(QStringLiteral("no such match"));
}

QString iso(const QVariant &value)
{
    return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
}

// 64-bit engine values as 16 hex digits: JSON numbers lose precision past 2^53.
QString hex64(const QVariant &value)
{
    return QStringLiteral("%1").arg(static_cast<quint64>(value.toLongLong()), 16, 16,
                                    QLatin1Char('0'));
}

QJsonValue nullableInt(const QVariant &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toLongLong());
}

QJsonObject jsonObject(const QVariant &jsonText)
{
    return QJsonDocument::fromJson(jsonText.toString().toUtf8()).object();
}

std::optional<bool> userExists(QSqlDatabase &db, qint64 userId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM users WHERE id = ?"));
    query.addBindValue(userId);
    if (!query.exec()) {
        return std::nullopt;
    }
    return query.next();
}

// The columns playerJson() reads, from match_players p.
const QString kPlayerColumns = QStringLiteral(
    "p.match_id, p.seat, p.player_kind, p.user_id, p.label, p.score, p.lives_left, p.placement, "
    "p.forfeited, p.rating_before, p.rating_after");

// One seat as every endpoint shows it. An erased account's seat is "anonymous", with no id and
// no name (clients show their own word for it).
QJsonObject playerJson(const QSqlQuery &query)
{
    const bool isUser = query.value(2).toString() == QLatin1String("user");
    const QString label = query.value(4).toString();
    return {{QStringLiteral("seat"), query.value(1).toInt()},
            {QStringLiteral("kind"), query.value(2).toString()},
            {QStringLiteral("userId"), nullableInt(query.value(3))},
            {QStringLiteral("name"), label.isEmpty() ? QJsonValue() : QJsonValue(label)},
            {QStringLiteral("anonymous"), isUser && query.value(3).isNull()},
            {QStringLiteral("score"), query.value(5).toInt()},
            {QStringLiteral("livesLeft"), query.value(6).toInt()},
            {QStringLiteral("placement"), nullableInt(query.value(7))},
            {QStringLiteral("forfeited"), query.value(8).toBool()},
            {QStringLiteral("ratingBefore"), nullableInt(query.value(9))},
            {QStringLiteral("ratingAfter"), nullableInt(query.value(10))}};
}

// The seats of some matches, by match id, each list in seat order.
std::optional<QMap<qint64, QJsonArray>> playersOf(QSqlDatabase &db, const QList<qint64> &matchIds)
{
    QStringList ids;
    for (const qint64 id : matchIds) {
        ids << QString::number(id);
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT ") + kPlayerColumns +
                  QStringLiteral(" FROM match_players p WHERE p.match_id = ANY (?::bigint[]) "
                                 "ORDER BY p.match_id, p.seat"));
    query.addBindValue(QLatin1Char('{') + ids.join(QLatin1Char(',')) + QLatin1Char('}'));
    if (!query.exec()) {
        return std::nullopt;
    }
    QMap<qint64, QJsonArray> players;
    while (query.next()) {
        players[query.value(0).toLongLong()].append(playerJson(query));
    }
    return players;
}

// Result of one counted or practice match for a user.
struct Outcome {
    QString kind;
    QString mode;
    bool abandoned = false;
    bool won = false;
    bool rated = false;
    int score = 0;
    int opponentScore = 0;
};

void tally(UserStats &stats, const Outcome &outcome, int &winStreak)
{
    stats.playedByMode[outcome.mode] += 1;
    KindTally &kind = stats.byKind[outcome.kind];
    kind.played += 1;
    stats.ratedMatches += outcome.rated;
    if (outcome.abandoned) {
        return;
    }
    (outcome.won ? kind.wins : kind.losses) += 1;
    if (!countsInStats(outcome.kind)) {
        return; // practice
    }
    (outcome.won ? stats.wins : stats.losses) += 1;
    if (outcome.won) {
        stats.currentStreak = std::max(stats.currentStreak, 0) + 1;
        stats.bestWinStreak = std::max(stats.bestWinStreak, ++winStreak);
    } else {
        stats.currentStreak = std::min(stats.currentStreak, 0) - 1;
        winStreak = 0;
    }
    if (outcome.mode == engine::gameModeName(engine::GameMode::OneVsOne)) {
        stats.pointsFor += outcome.score;
        stats.pointsAgainst += outcome.opponentScore;
    }
}

QJsonObject historyEntry(const QSqlQuery &query, const QJsonArray &players, int userSeat)
{
    QJsonObject player;
    QJsonArray opponents;
    for (const QJsonValue &value : players) {
        if (value.toObject().value(QStringLiteral("seat")).toInt() == userSeat) {
            player = value.toObject();
        } else {
            opponents.append(value);
        }
    }
    const QString endReason = query.value(5).toString();
    const QString result =
        endReason == QLatin1String("abandoned")
            ? QStringLiteral("none")
            : (query.value(6).toInt() == userSeat ? QStringLiteral("win") : QStringLiteral("loss"));
    const QString kind = query.value(1).toString();
    return {{QStringLiteral("id"), query.value(0).toLongLong()},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("mode"), query.value(2).toString()},
            {QStringLiteral("startedAt"), iso(query.value(3))},
            {QStringLiteral("endedAt"), iso(query.value(4))},
            {QStringLiteral("durationSeconds"),
             query.value(3).toDateTime().secsTo(query.value(4).toDateTime())},
            {QStringLiteral("endReason"), endReason},
            {QStringLiteral("result"), result},
            {QStringLiteral("countsInStats"), countsInStats(kind)},
            {QStringLiteral("rated"), query.value(7).toBool()},
            {QStringLiteral("tournamentId"), nullableInt(query.value(8))},
            {QStringLiteral("player"), player},
            {QStringLiteral("opponents"), opponents}};
}

// The matches row as details and replay show it, without players.
const QString kMatchColumns = QStringLiteral(
    "m.id, m.kind, m.mode, m.config::text, m.seed, m.final_state_hash, m.started_at, m.ended_at, "
    "m.end_reason, m.winner_seat, m.rated, m.tournament_id, m.server_version");

} // namespace

QJsonObject UserStats::toJson() const
{
    QJsonArray history;
    for (const RatingPoint &point : ratingHistory) {
        history.append(QJsonObject{{QStringLiteral("matchId"), point.matchId},
                                   {QStringLiteral("at"), point.at.toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("rating"), point.rating}});
    }
    QJsonObject kinds;
    for (auto it = byKind.begin(); it != byKind.end(); ++it) {
        kinds.insert(it.key(), QJsonObject{{QStringLiteral("played"), it->played},
                                           {QStringLiteral("wins"), it->wins},
                                           {QStringLiteral("losses"), it->losses}});
    }
    QJsonObject modes;
    for (auto it = playedByMode.begin(); it != playedByMode.end(); ++it) {
        modes.insert(it.key(), it.value());
    }
    const int decided = wins + losses;
    return {{QStringLiteral("userId"), userId},
            {QStringLiteral("wins"), wins},
            {QStringLiteral("losses"), losses},
            {QStringLiteral("winRate"),
             decided == 0 ? QJsonValue() : QJsonValue(double(wins) / decided)},
            {QStringLiteral("currentStreak"), currentStreak},
            {QStringLiteral("bestWinStreak"), bestWinStreak},
            {QStringLiteral("pointsFor"), pointsFor},
            {QStringLiteral("pointsAgainst"), pointsAgainst},
            {QStringLiteral("rating"), rating},
            {QStringLiteral("ratedMatches"), ratedMatches},
            {QStringLiteral("ratingHistory"), history},
            {QStringLiteral("byKind"), kinds},
            {QStringLiteral("playedByMode"), modes}};
}

std::variant<UserStats, DomainError> userStats(QSqlDatabase &db, qint64 userId)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery user(db);
    user.prepare(QStringLiteral("SELECT rating FROM users WHERE id = ?"));
    user.addBindValue(userId);
    if (!user.exec()) {
        return DomainError::unavailable();
    }
    if (!user.next()) {
        return noSuchUser();
    }
    UserStats stats;
    stats.userId = userId;
    stats.rating = user.value(0).toInt();
    for (const MatchKind kind : kMatchKinds) {
        stats.byKind.insert(matchKindName(kind), KindTally{});
    }
    for (const engine::GameMode mode :
         {engine::GameMode::OneVsOne, engine::GameMode::FourPlayers}) {
        stats.playedByMode.insert(engine::gameModeName(mode), 0);
    }

    // Oldest first, so streaks come out of one pass. One row (a few bytes) per match played.
    QSqlQuery outcomes(db);
    outcomes.prepare(QStringLiteral(
        "SELECT m.kind, m.mode, m.end_reason = 'abandoned', m.winner_seat = p.seat, m.rated, "
        "p.score, (SELECT coalesce(max(o.score), 0) FROM match_players o "
        "WHERE o.match_id = m.id AND o.seat <> p.seat) "
        "FROM match_players p JOIN matches m ON m.id = p.match_id WHERE p.user_id = ? "
        "ORDER BY m.ended_at, m.id"));
    outcomes.addBindValue(userId);
    if (!outcomes.exec()) {
        return DomainError::unavailable();
    }
    int winStreak = 0;
    while (outcomes.next()) {
        tally(stats,
              Outcome{outcomes.value(0).toString(), outcomes.value(1).toString(),
                      outcomes.value(2).toBool(), outcomes.value(3).toBool(),
                      outcomes.value(4).toBool(), outcomes.value(5).toInt(),
                      outcomes.value(6).toInt()},
              winStreak);
    }

    QSqlQuery ratings(db);
    ratings.prepare(QStringLiteral(
        "SELECT m.id, m.ended_at, p.rating_after FROM match_players p "
        "JOIN matches m ON m.id = p.match_id WHERE p.user_id = ? AND p.rating_after IS NOT NULL "
        "ORDER BY m.ended_at DESC, m.id DESC LIMIT ?"));
    ratings.addBindValue(userId);
    ratings.addBindValue(kRatingHistoryPoints);
    if (!ratings.exec()) {
        return DomainError::unavailable();
    }
    while (ratings.next()) {
        stats.ratingHistory.push_back({ratings.value(0).toLongLong(),
                                       ratings.value(1).toDateTime().toUTC(),
                                       ratings.value(2).toInt()});
    }
    std::reverse(stats.ratingHistory.begin(), stats.ratingHistory.end());
    return stats;
}

std::variant<HistoryPage, DomainError> history(QSqlDatabase &db, qint64 userId, int limit,
                                               int offset)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    const auto exists = userExists(db, userId);
    if (!exists) {
        return DomainError::unavailable();
    }
    if (!*exists) {
        return noSuchUser();
    }
    QSqlQuery count(db);
    count.prepare(QStringLiteral("SELECT count(*) FROM match_players WHERE user_id = ?"));
    count.addBindValue(userId);
    QSqlQuery page(db);
    page.prepare(QStringLiteral(
        "SELECT m.id, m.kind, m.mode, m.started_at, m.ended_at, m.end_reason, m.winner_seat, "
        "m.rated, m.tournament_id, p.seat FROM match_players p JOIN matches m ON m.id = "
        "p.match_id WHERE p.user_id = ? ORDER BY m.ended_at DESC, m.id DESC LIMIT ? OFFSET ?"));
    page.addBindValue(userId);
    page.addBindValue(limit);
    page.addBindValue(offset);
    if (!count.exec() || !count.next() || !page.exec()) {
        return DomainError::unavailable();
    }
    QList<qint64> matchIds;
    while (page.next()) {
        matchIds << page.value(0).toLongLong();
    }
    HistoryPage result;
    result.total = count.value(0).toLongLong();
    if (matchIds.isEmpty()) {
        return result;
    }
    const auto players = playersOf(db, matchIds);
    if (!players) {
        return DomainError::unavailable();
    }
    page.seek(-1); // QPSQL results are scrollable: a second pass needs no second query
    while (page.next()) {
        result.matches.append(
            historyEntry(page, players->value(page.value(0).toLongLong()), page.value(9).toInt()));
    }
    return result;
}

std::variant<QJsonObject, DomainError> matchDetails(QSqlDatabase &db, qint64 matchId)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery match(db);
    match.prepare(QStringLiteral("SELECT ") + kMatchColumns +
                  QStringLiteral(" FROM matches m WHERE m.id = ?"));
    match.addBindValue(matchId);
    if (!match.exec()) {
        return DomainError::unavailable();
    }
    if (!match.next()) {
        return noSuchMatch();
    }
    const auto players = playersOf(db, {matchId});
    if (!players) {
        return DomainError::unavailable();
    }
    const QString kind = match.value(1).toString();
    return QJsonObject{{QStringLiteral("id"), match.value(0).toLongLong()},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("mode"), match.value(2).toString()},
                       {QStringLiteral("config"), jsonObject(match.value(3))},
                       {QStringLiteral("seed"), hex64(match.value(4))},
                       {QStringLiteral("finalStateHash"), hex64(match.value(5))},
                       {QStringLiteral("startedAt"), iso(match.value(6))},
                       {QStringLiteral("endedAt"), iso(match.value(7))},
                       {QStringLiteral("durationSeconds"),
                        match.value(6).toDateTime().secsTo(match.value(7).toDateTime())},
                       {QStringLiteral("endReason"), match.value(8).toString()},
                       {QStringLiteral("winnerSeat"), nullableInt(match.value(9))},
                       {QStringLiteral("rated"), match.value(10).toBool()},
                       {QStringLiteral("countsInStats"), countsInStats(kind)},
                       {QStringLiteral("tournamentId"), nullableInt(match.value(11))},
                       {QStringLiteral("serverVersion"), match.value(12).toString()},
                       {QStringLiteral("players"), players->value(matchId)}};
}

std::variant<QJsonObject, DomainError> replay(QSqlDatabase &db, qint64 matchId)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery match(db);
    match.prepare(QStringLiteral("SELECT m.id, m.mode, m.config::text, m.seed, "
                                 "m.final_state_hash, m.end_reason, m.winner_seat, "
                                 "m.server_version, m.input_log, m.kind FROM matches m "
                                 "WHERE m.id = ?"));
    match.addBindValue(matchId);
    if (!match.exec()) {
        return DomainError::unavailable();
    }
    if (!match.next()) {
        return noSuchMatch();
    }
    const QByteArray bytes = match.value(8).toByteArray();
    const auto log = StoredInputLog::decode(bytes);
    if (const auto *error = std::get_if<QString>(&log)) {
        // Only recordMatch writes the column, from an InputLog: this is a bug, not bad input.
        return DomainError{QStringLiteral("replay_unreadable"),
                           QStringLiteral("the stored input log cannot be read: ") + *error,
                           {}};
    }
    const auto players = playersOf(db, {matchId});
    if (!players) {
        return DomainError::unavailable();
    }
    return QJsonObject{{QStringLiteral("matchId"), match.value(0).toLongLong()},
                       {QStringLiteral("kind"), match.value(9).toString()},
                       {QStringLiteral("mode"), match.value(1).toString()},
                       {QStringLiteral("config"), jsonObject(match.value(2))},
                       {QStringLiteral("seed"), hex64(match.value(3))},
                       {QStringLiteral("finalStateHash"), hex64(match.value(4))},
                       {QStringLiteral("endReason"), match.value(5).toString()},
                       {QStringLiteral("winnerSeat"), nullableInt(match.value(6))},
                       {QStringLiteral("serverVersion"), match.value(7).toString()},
                       {QStringLiteral("stepsPerSecond"), engine::kStepsPerSecond},
                       {QStringLiteral("inputLog"), QString::fromLatin1(bytes.toBase64())},
                       {QStringLiteral("inputs"), std::get<StoredInputLog>(log).toJson()},
                       {QStringLiteral("players"), players->value(matchId)}};
}

std::variant<QJsonObject, DomainError> timelineOf(const QJsonObject &match)
{
    const auto config =
        engine::MatchConfig::fromJson(match.value(QStringLiteral("config")).toObject());
    const auto log = StoredInputLog::fromJson(match.value(QStringLiteral("inputs")).toObject());
    bool seedOk = false;
    const std::uint64_t seed =
        match.value(QStringLiteral("seed")).toString().toULongLong(&seedOk, 16);
    std::variant<QJsonObject, QString> computed = QStringLiteral("unreadable");
    if (std::holds_alternative<engine::MatchConfig>(config) &&
        std::holds_alternative<StoredInputLog>(log) && seedOk) {
        computed = matchTimeline(std::get<engine::MatchConfig>(config), seed,
                                 std::get<StoredInputLog>(log));
    }
    if (const auto *problem = std::get_if<QString>(&computed)) {
        // recordMatch stored it from a running engine: this is a bug, not bad input.
        return DomainError{QStringLiteral("replay_unreadable"),
                           QStringLiteral("the stored match cannot be replayed: ") + *problem,
                           {}};
    }
    QJsonObject out = std::get<QJsonObject>(computed);
    out.insert(QStringLiteral("matchId"), match.value(QStringLiteral("matchId")).toInteger());
    return out;
}

std::variant<QJsonObject, DomainError> timeline(QSqlDatabase &db, qint64 matchId)
{
    auto stored = replay(db, matchId);
    if (const auto *error = std::get_if<DomainError>(&stored)) {
        return *error;
    }
    return timelineOf(std::get<QJsonObject>(stored));
}

} // namespace transcendence::server::match_store
