// match_store::recordMatch: the write side. The read side is MatchQueries.cpp.
#include "matches/MatchStore.h"

#include "matches/Achievements.h"
#include "matches/EloRating.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace transcendence::server::match_store {
namespace {

QVariant nullableInt(bool present, qint64 value)
{
    return present ? QVariant(value) : QVariant(QMetaType::fromType<qlonglong>());
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Locks the accounts' rows (in id order) and reads their ratings; an account erased meanwhile
// is missing from the map.
std::optional<std::map<qint64, int>> lockAccounts(QSqlDatabase &db, const MatchRecord &record)
{
    std::vector<qint64> ids;
    for (const MatchSeat &seat : record.seats) {
        if (seat.kind == SeatKind::User) {
            ids.push_back(seat.userId);
        }
    }
    std::sort(ids.begin(), ids.end());
    QSqlQuery lock(db);
    lock.prepare(QStringLiteral("SELECT rating FROM users WHERE id = ? FOR UPDATE"));
    std::map<qint64, int> ratings;
    for (const qint64 id : ids) {
        lock.addBindValue(id);
        if (!lock.exec()) {
            return std::nullopt;
        }
        if (lock.next()) {
            ratings[id] = lock.value(0).toInt();
        }
    }
    return ratings;
}

std::optional<int> ratedMatchesPlayed(QSqlDatabase &db, qint64 userId)
{
    QSqlQuery count(db);
    count.prepare(QStringLiteral(
        "SELECT count(*) FROM match_players WHERE user_id = ? AND rating_after IS NOT NULL"));
    count.addBindValue(userId);
    if (!count.exec() || !count.next()) {
        return std::nullopt;
    }
    return count.value(0).toInt();
}

// Both players' changes; nullopt if the database failed.
std::optional<std::vector<RatingChange>> rate(QSqlDatabase &db, const MatchRecord &record,
                                              const std::map<qint64, int> &ratings)
{
    std::vector<RatingChange> changes;
    for (const MatchSeat &seat : record.seats) {
        const MatchSeat &opponent = record.seats[seat.seat == 0 ? 1 : 0];
        const auto played = ratedMatchesPlayed(db, seat.userId);
        if (!played) {
            return std::nullopt;
        }
        const int before = ratings.at(seat.userId);
        changes.push_back({seat.seat, seat.userId, before,
                           elo::ratingAfter(before, ratings.at(opponent.userId),
                                            seat.seat == record.winnerSeat, *played)});
    }
    return changes;
}

// The new match's id; 0 when a match of the same room is stored already (by another instance
// that ended the room too: the unique room_id decides, whatever the race); nullopt when the
// database failed.
std::optional<qint64> insertMatch(QSqlDatabase &db, const MatchRecord &record, bool rated)
{
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO matches (kind, mode, config, seed, final_state_hash, input_log, started_at, "
        "ended_at, end_reason, winner_seat, rated, tournament_id, server_version, room_id) "
        "VALUES (?, ?, ?::jsonb, ?, ?, ?, ?::timestamptz, ?::timestamptz, ?, ?, ?, ?, ?, ?::uuid) "
        "ON CONFLICT (room_id) DO NOTHING RETURNING id"));
    insert.addBindValue(matchKindName(record.kind));
    insert.addBindValue(engine::gameModeName(record.config.mode));
    insert.addBindValue(
        QString::fromUtf8(QJsonDocument(record.config.toJson()).toJson(QJsonDocument::Compact)));
    // Two's complement: bigint holds the unsigned 64-bit values bit for bit.
    insert.addBindValue(static_cast<qint64>(record.seed));
    insert.addBindValue(static_cast<qint64>(record.finalStateHash));
    insert.addBindValue(record.inputLog.encode());
    insert.addBindValue(isoUtc(record.startedAt));
    insert.addBindValue(isoUtc(record.endedAt));
    insert.addBindValue(endReasonName(record.endReason));
    insert.addBindValue(
        nullableInt(record.endReason != MatchEndReason::Abandoned, record.winnerSeat));
    insert.addBindValue(rated);
    insert.addBindValue(
        nullableInt(record.tournamentId.has_value(), record.tournamentId.value_or(0)));
    insert.addBindValue(QStringLiteral(TRANSCENDENCE_VERSION_STRING));
    // A null QString binds as SQL NULL: a match of no room is never a duplicate.
    insert.addBindValue(record.roomId.isEmpty() ? QString() : record.roomId);
    if (!insert.exec()) {
        return std::nullopt;
    }
    return insert.next() ? insert.value(0).toLongLong() : 0;
}

bool insertSeats(QSqlDatabase &db, qint64 matchId, const MatchRecord &record,
                 const std::vector<RatingChange> &changes)
{
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO match_players (match_id, seat, player_kind, user_id, label, score, "
        "lives_left, placement, forfeited, rating_before, rating_after) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const MatchSeat &seat : record.seats) {
        const auto change =
            std::find_if(changes.begin(), changes.end(),
                         [&](const RatingChange &c) { return c.seat == seat.seat; });
        const bool hasChange = change != changes.end();
        insert.addBindValue(matchId);
        insert.addBindValue(seat.seat);
        insert.addBindValue(seatKindName(seat.kind));
        insert.addBindValue(nullableInt(seat.userId > 0, seat.userId));
        // A null QString binds as SQL NULL: an anonymous seat's label is the empty string.
        const QString label = seat.label.trimmed();
        insert.addBindValue(label.isEmpty() ? QStringLiteral("") : label);
        insert.addBindValue(seat.score);
        insert.addBindValue(seat.livesLeft);
        insert.addBindValue(nullableInt(seat.placement > 0, seat.placement));
        insert.addBindValue(seat.forfeited);
        insert.addBindValue(nullableInt(hasChange, hasChange ? change->before : 0));
        insert.addBindValue(nullableInt(hasChange, hasChange ? change->after : 0));
        if (!insert.exec()) {
            return false;
        }
    }
    return true;
}

bool updateRatings(QSqlDatabase &db, const std::vector<RatingChange> &changes)
{
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE users SET rating = ? WHERE id = ?"));
    for (const RatingChange &change : changes) {
        update.addBindValue(change.after);
        update.addBindValue(change.userId);
        if (!update.exec()) {
            return false;
        }
    }
    return true;
}

} // namespace

std::variant<RecordedMatch, DomainError> recordMatch(QSqlDatabase &db, const MatchRecord &input)
{
    if (const FieldErrors problems = matchRecordProblems(input); !problems.isEmpty()) {
        return problems.toDomainError();
    }
    if (!db.isOpen() || !db.transaction()) {
        return DomainError::unavailable();
    }
    const auto failed = [&db] {
        db.rollback();
        return DomainError::unavailable();
    };
    MatchRecord record = input;
    std::sort(record.seats.begin(), record.seats.end(),
              [](const MatchSeat &a, const MatchSeat &b) { return a.seat < b.seat; });

    const auto ratings = lockAccounts(db, record);
    if (!ratings) {
        return failed();
    }
    bool everyAccountExists = true;
    for (MatchSeat &seat : record.seats) {
        if (seat.kind == SeatKind::User && !ratings->contains(seat.userId)) {
            seat.userId = 0; // erased during the match: anonymous, as if erased afterwards
            seat.label.clear();
            everyAccountExists = false;
        }
    }
    RecordedMatch recorded;
    recorded.rated = record.kind == MatchKind::Remote &&
                     record.endReason != MatchEndReason::Abandoned && everyAccountExists;
    if (recorded.rated) {
        auto changes = rate(db, record, *ratings);
        if (!changes) {
            return failed();
        }
        recorded.ratingChanges = std::move(*changes);
    }
    const auto matchId = insertMatch(db, record, recorded.rated);
    if (matchId == 0) {
        db.rollback(); // nothing of this record is written
        return DomainError{QStringLiteral("already_recorded"),
                           QStringLiteral("a match of this room is stored already"),
                           {}};
    }
    if (!matchId || !insertSeats(db, *matchId, record, recorded.ratingChanges) ||
        !updateRatings(db, recorded.ratingChanges) ||
        !achievements::awardAfterMatch(db, record, *matchId) || !db.commit()) {
        return failed();
    }
    recorded.matchId = *matchId;
    return recorded;
}

} // namespace transcendence::server::match_store
