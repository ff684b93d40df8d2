#include "matches/Achievements.h"

#include "auth/AccountStore.h"
#include "matches/MatchStore.h"
#include "matches/MatchTimeline.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace transcendence::server::achievements {
namespace {

// Raise when a rule changes or one is added: the backfill runs again for that version.
constexpr int kRulesVersion = 1;
constexpr int kMatchExperience = 10;
constexpr int kWinExperience = 10;
constexpr int kAchievementExperience = 50;

// Whether a 1v1 seat was behind 0 against 5 or more at some point, from a timeline's points.
bool trailedZeroFive(const QJsonObject &timeline, int seat)
{
    for (const QJsonValue &point : timeline.value(QStringLiteral("points")).toArray()) {
        const QJsonArray scores = point[QStringLiteral("scores")].toArray();
        if (scores.size() != 2) {
            return false;
        }
        if (scores[seat].toInt() == 0 && scores[1 - seat].toInt() >= 5) {
            return true;
        }
    }
    return false;
}

bool comebackCandidate(const PlayedMatch &match)
{
    return match.won && !match.fourPlayers && match.completed && match.opponentScore >= 5;
}

struct Loaded {
    std::vector<PlayedMatch> history;
    std::vector<int> seats; // the player's seat in each match
};

std::optional<Loaded> loadHistory(QSqlDatabase &db, qint64 userId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT m.id, m.kind, m.mode, m.ended_at, m.end_reason, mp.placement, mp.score, "
        "coalesce((SELECT max(o.score) FROM match_players o "
        "          WHERE o.match_id = m.id AND o.seat <> mp.seat), 0), "
        "EXISTS (SELECT 1 FROM match_players o WHERE o.match_id = m.id "
        "        AND o.player_kind = 'ai' AND o.label = 'AI (hard)'), "
        "mp.rating_after, mp.seat "
        "FROM match_players mp JOIN matches m ON m.id = mp.match_id "
        "WHERE mp.user_id = ? AND m.end_reason <> 'abandoned' ORDER BY m.ended_at, m.id"));
    query.addBindValue(userId);
    if (!query.exec()) {
        return std::nullopt;
    }
    Loaded loaded;
    while (query.next()) {
        PlayedMatch match;
        match.matchId = query.value(0).toLongLong();
        match.kind = matchKindFromName(query.value(1).toString()).value_or(MatchKind::Local);
        match.fourPlayers = query.value(2).toString() == QLatin1String("four_players");
        match.endedAt = query.value(3).toDateTime().toUTC();
        match.completed = query.value(4).toString() == QLatin1String("completed");
        match.won = query.value(5).toInt() == 1;
        match.score = query.value(6).toInt();
        match.opponentScore = query.value(7).toInt();
        match.againstHardAi = query.value(8).toBool();
        if (!query.value(9).isNull()) {
            match.ratingAfter = query.value(9).toInt();
        }
        loaded.history.push_back(match);
        loaded.seats.push_back(query.value(10).toInt());
    }
    return loaded;
}

// Inserts what is not stored yet; the first time earned stays.
bool store(QSqlDatabase &db, qint64 userId, const std::vector<Earned> &earned, int *added)
{
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO user_achievements (user_id, code, earned_at, match_id) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (user_id, code) DO NOTHING"));
    for (const Earned &one : earned) {
        insert.addBindValue(userId);
        insert.addBindValue(one.code);
        insert.addBindValue(one.at);
        insert.addBindValue(one.matchId > 0 ? QVariant(one.matchId)
                                            : QVariant(QMetaType::fromType<qint64>()));
        if (!insert.exec()) {
            return false;
        }
        if (added) {
            *added += insert.numRowsAffected() > 0 ? 1 : 0;
        }
    }
    return true;
}

bool hasAchievement(QSqlDatabase &db, qint64 userId, const char *code, bool *has)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM user_achievements WHERE user_id = ? AND code = ?"));
    query.addBindValue(userId);
    query.addBindValue(QLatin1String(code));
    if (!query.exec()) {
        return false;
    }
    *has = query.next();
    return true;
}

// Awards a user's history. replayAll: replay every candidate comeback (the backfill);
// otherwise only `newMatch` (just recorded, its timeline given) is checked for one.
bool awardUser(QSqlDatabase &db, qint64 userId, bool replayAll,
               const std::optional<std::pair<qint64, QJsonObject>> &newMatch, int *added)
{
    auto loaded = loadHistory(db, userId);
    if (!loaded) {
        return false;
    }
    bool hasComeback = false;
    if (!hasAchievement(db, userId, "comeback", &hasComeback)) {
        return false;
    }
    for (std::size_t i = 0; i < loaded->history.size() && !hasComeback; ++i) {
        PlayedMatch &match = loaded->history[i];
        if (!comebackCandidate(match)) {
            continue;
        }
        if (newMatch && newMatch->first == match.matchId) {
            match.trailedZeroFive = trailedZeroFive(newMatch->second, loaded->seats[i]);
        } else if (replayAll) {
            const auto timeline = match_store::timeline(db, match.matchId);
            if (const auto *points = std::get_if<QJsonObject>(&timeline)) {
                match.trailedZeroFive = trailedZeroFive(*points, loaded->seats[i]);
            }
        }
    }
    return store(db, userId, evaluate(loaded->history), added);
}

bool markBackfilled(QSqlDatabase &db, bool *alreadyDone)
{
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral("INSERT INTO achievement_backfills (rules_version) VALUES (?) "
                                "ON CONFLICT DO NOTHING"));
    mark.addBindValue(kRulesVersion);
    if (!mark.exec()) {
        return false;
    }
    *alreadyDone = mark.numRowsAffected() == 0;
    return true;
}

} // namespace

std::vector<Earned> evaluate(const std::vector<PlayedMatch> &history)
{
    std::vector<Earned> earned;
    QSet<QString> have;
    const auto earn = [&](const char *code, const PlayedMatch &match) {
        const QString name = QLatin1String(code);
        if (!have.contains(name)) {
            have.insert(name);
            earned.push_back({name, match.endedAt, match.matchId});
        }
    };
    int played = 0;
    int streak = 0;
    for (const PlayedMatch &match : history) {
        ++played;
        earn("first_match", match);
        if (played == 10) {
            earn("ten_matches", match);
        }
        if (played == 100) {
            earn("hundred_matches", match);
        }
        streak = match.won ? streak + 1 : 0;
        if (streak == 5) {
            earn("five_in_a_row", match);
        }
        if (match.ratingAfter && *match.ratingAfter >= 1600) {
            earn("rating_1600", match);
        }
        if (!match.won) {
            continue;
        }
        earn("first_win", match);
        if (match.kind == MatchKind::Remote) {
            earn("first_ranked_win", match);
        }
        if (match.kind == MatchKind::Ai && match.againstHardAi) {
            earn("beat_hard_ai", match);
        }
        if (match.fourPlayers) {
            earn("four_player_win", match);
        } else if (match.completed && match.opponentScore == 0 && match.score > 0) {
            earn("shutout", match);
        }
        if (match.trailedZeroFive) {
            earn("comeback", match);
        }
    }
    return earned;
}

Level levelFor(qint64 experience)
{
    Level level;
    level.experience = std::max<qint64>(0, experience);
    // Level n begins at 50 n (n - 1): n = floor((1 + sqrt(1 + 8 xp / 100)) / 2).
    level.level =
        int(std::floor((1.0 + std::sqrt(1.0 + 8.0 * double(level.experience) / 100.0)) / 2.0));
    const auto start = [](qint64 n) {
        return 50 * n * (n - 1);
    };
    while (start(level.level + 1) <= level.experience) { // rounding of sqrt, either way
        ++level.level;
    }
    while (level.level > 1 && start(level.level) > level.experience) {
        --level.level;
    }
    level.levelStart = start(level.level);
    level.nextLevel = start(level.level + 1);
    return level;
}

bool awardAfterMatch(QSqlDatabase &db, const MatchRecord &record, qint64 matchId)
{
    std::optional<std::pair<qint64, QJsonObject>> newMatch;
    // Only a winning account that conceded 5 or more can have come back from 0-5: replay then.
    const bool oneVsOne = record.config.playerCount() == 2 && record.seats.size() == 2;
    const auto winner =
        std::find_if(record.seats.begin(), record.seats.end(),
                     [&](const MatchSeat &s) { return s.seat == record.winnerSeat; });
    const bool candidate =
        oneVsOne && record.endReason == MatchEndReason::Completed && winner != record.seats.end() &&
        winner->kind == SeatKind::User &&
        std::any_of(record.seats.begin(), record.seats.end(), [&](const MatchSeat &s) {
            return s.seat != record.winnerSeat && s.score >= 5;
        });
    if (candidate) {
        const auto timeline = matchTimeline(record.config, record.seed, record.inputLog);
        if (const auto *points = std::get_if<QJsonObject>(&timeline)) {
            newMatch = std::make_pair(matchId, *points);
        }
    }
    for (const MatchSeat &seat : record.seats) {
        if (seat.kind == SeatKind::User && seat.userId > 0 &&
            !awardUser(db, seat.userId, false, newMatch, nullptr)) {
            return false;
        }
    }
    return true;
}

bool awardTournamentWin(QSqlDatabase &db, qint64 winnerEntryId)
{
    QSqlQuery award(db);
    award.prepare(QStringLiteral(
        "INSERT INTO user_achievements (user_id, code, earned_at) "
        "SELECT e.user_id, 'tournament_won', coalesce(t.finished_at, now()) "
        "FROM tournament_entries e JOIN tournaments t ON t.id = e.tournament_id "
        "WHERE e.id = ? AND e.user_id IS NOT NULL ON CONFLICT (user_id, code) DO NOTHING"));
    award.addBindValue(winnerEntryId);
    return award.exec();
}

int backfill(QSqlDatabase &db)
{
    if (!db.isOpen() || !db.transaction()) {
        return -1;
    }
    const auto failed = [&db] {
        db.rollback();
        return -1;
    };
    // The mark is taken in this transaction: two servers starting together backfill once (the
    // second waits on the first's row, then finds it done).
    bool alreadyDone = false;
    if (!markBackfilled(db, &alreadyDone)) {
        return failed();
    }
    if (alreadyDone) {
        db.commit();
        return 0;
    }
    QSqlQuery players(db);
    if (!players.exec(QStringLiteral(
            "SELECT DISTINCT user_id FROM match_players WHERE user_id IS NOT NULL"))) {
        return failed();
    }
    std::vector<qint64> ids;
    while (players.next()) {
        ids.push_back(players.value(0).toLongLong());
    }
    int added = 0;
    for (const qint64 id : ids) {
        if (!awardUser(db, id, true, std::nullopt, &added)) {
            return failed();
        }
    }
    QSqlQuery tournaments(db);
    if (!tournaments.exec(
            QStringLiteral("INSERT INTO user_achievements (user_id, code, earned_at) "
                           "SELECT e.user_id, 'tournament_won', t.finished_at FROM tournaments t "
                           "JOIN tournament_entries e ON e.id = t.winner_entry_id "
                           "WHERE e.user_id IS NOT NULL ON CONFLICT (user_id, code) DO NOTHING"))) {
        return failed();
    }
    added += std::max(0, tournaments.numRowsAffected());
    if (!db.commit()) {
        return failed();
    }
    return added;
}

std::variant<QJsonObject, DomainError> forUser(QSqlDatabase &db, qint64 userId)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery user(db);
    user.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM match_players mp JOIN matches m ON m.id = mp.match_id "
        "        WHERE mp.user_id = u.id AND m.end_reason <> 'abandoned'), "
        "       (SELECT count(*) FROM match_players mp JOIN matches m ON m.id = mp.match_id "
        "        WHERE mp.user_id = u.id AND m.end_reason <> 'abandoned' AND mp.placement = 1) "
        "FROM users u WHERE u.id = ?"));
    user.addBindValue(userId);
    if (!user.exec()) {
        return DomainError::unavailable();
    }
    if (!user.next()) {
        return DomainError::notFound(QStringLiteral("no such user"));
    }
    const qint64 played = user.value(0).toLongLong();
    const qint64 wins = user.value(1).toLongLong();
    QSqlQuery earned(db);
    earned.prepare(QStringLiteral(
        "SELECT code, earned_at, match_id FROM user_achievements WHERE user_id = ?"));
    earned.addBindValue(userId);
    if (!earned.exec()) {
        return DomainError::unavailable();
    }
    QHash<QString, QJsonObject> byCode;
    while (earned.next()) {
        byCode.insert(
            earned.value(0).toString(),
            QJsonObject{{QStringLiteral("earnedAt"),
                         earned.value(1).toDateTime().toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("matchId"),
                         earned.value(2).isNull() ? QJsonValue()
                                                  : QJsonValue(earned.value(2).toLongLong())}});
    }
    QJsonArray list;
    for (const char *code : kCodes) {
        const QString name = QLatin1String(code);
        QJsonObject entry{{QStringLiteral("code"), name},
                          {QStringLiteral("earned"), byCode.contains(name)}};
        if (byCode.contains(name)) {
            const QJsonObject &when = byCode[name];
            entry.insert(QStringLiteral("earnedAt"), when.value(QStringLiteral("earnedAt")));
            entry.insert(QStringLiteral("matchId"), when.value(QStringLiteral("matchId")));
        }
        list.append(entry);
    }
    const Level level = levelFor(played * kMatchExperience + wins * kWinExperience +
                                 qint64(byCode.size()) * kAchievementExperience);
    return QJsonObject{{QStringLiteral("userId"), userId},
                       {QStringLiteral("achievements"), list},
                       {QStringLiteral("earnedCount"), byCode.size()},
                       {QStringLiteral("experience"), level.experience},
                       {QStringLiteral("level"), level.level},
                       {QStringLiteral("levelExperience"), level.levelStart},
                       {QStringLiteral("nextLevelExperience"), level.nextLevel}};
}

} // namespace transcendence::server::achievements
