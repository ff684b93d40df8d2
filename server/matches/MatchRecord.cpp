#include "matches/MatchRecord.h"

#include <QSet>
#include <QUuid>

#include <algorithm>

namespace transcendence::server {
namespace {

constexpr int kMaxLabelCharacters = 100;
constexpr int kMaxScore = 1000;

// A record the server built itself is inconsistent: no player can fix it, so no finer code.
void addInvalid(FieldErrors &errors, const QString &field, const QString &message)
{
    errors.add(field, FieldProblem::invalid(message));
}

QString seatField(std::size_t index, const char *field)
{
    return QStringLiteral("seats[%1].%2").arg(index).arg(QLatin1String(field));
}

void checkSeat(const MatchRecord &record, std::size_t index, FieldErrors &errors)
{
    const MatchSeat &seat = record.seats[index];
    if ((seat.kind == SeatKind::User) != (seat.userId > 0) || seat.userId < 0) {
        addInvalid(errors, seatField(index, "userId"),
                   seat.kind == SeatKind::User
                       ? QStringLiteral("an account's seat needs its user id")
                       : QStringLiteral("only an account's seat has a user id"));
    }
    const QString label = seat.label.trimmed();
    if (label.isEmpty() || label.size() > kMaxLabelCharacters) {
        addInvalid(errors, seatField(index, "label"),
                   QStringLiteral("must be 1 to %1 characters").arg(kMaxLabelCharacters));
    }
    if (seat.score < 0 || seat.score > kMaxScore) {
        addInvalid(errors, seatField(index, "score"),
                   QStringLiteral("must be from 0 to %1").arg(kMaxScore));
    }
    if (seat.livesLeft < 0 || seat.livesLeft > record.config.lives) {
        addInvalid(errors, seatField(index, "livesLeft"),
                   QStringLiteral("must be from 0 to %1").arg(record.config.lives));
    }
    const int playerCount = record.config.playerCount();
    if (record.endReason == MatchEndReason::Abandoned) {
        if (seat.placement != 0) {
            addInvalid(errors, seatField(index, "placement"),
                       QStringLiteral("an abandoned match has no placements (0)"));
        }
    } else if (seat.placement < 1 || seat.placement > playerCount ||
               (seat.placement == 1) != (seat.seat == record.winnerSeat)) {
        addInvalid(
            errors, seatField(index, "placement"),
            QStringLiteral("must be 1 for the winner and 2 to %1 for the others").arg(playerCount));
    }
    if (seat.forfeited &&
        (record.endReason != MatchEndReason::Forfeit || seat.seat == record.winnerSeat)) {
        addInvalid(errors, seatField(index, "forfeited"),
                   QStringLiteral("only a loser of a match that ended by forfeit forfeited"));
    }
}

// Who may sit where, by kind.
void checkKind(const MatchRecord &record, FieldErrors &errors)
{
    const auto count = [&](SeatKind kind) {
        return std::count_if(record.seats.begin(), record.seats.end(),
                             [kind](const MatchSeat &seat) { return seat.kind == kind; });
    };
    const bool oneVsOne = record.config.mode == engine::GameMode::OneVsOne;
    const QString kindField = QStringLiteral("kind");
    switch (record.kind) {
    case MatchKind::Remote:
    case MatchKind::Private:
        if (!oneVsOne) {
            addInvalid(errors, kindField, QStringLiteral("is a one_vs_one kind"));
        }
        if (count(SeatKind::User) != qsizetype(record.seats.size())) {
            addInvalid(errors, kindField, QStringLiteral("is played by accounts only"));
        }
        break;
    case MatchKind::FourPlayers:
        if (oneVsOne) {
            addInvalid(errors, kindField, QStringLiteral("is a four_players kind"));
        }
        break;
    case MatchKind::Ai:
        if (count(SeatKind::Ai) == 0) {
            addInvalid(errors, kindField, QStringLiteral("needs an AI seat"));
        }
        break;
    case MatchKind::Local:
        if (count(SeatKind::Ai) != 0) {
            addInvalid(errors, kindField, QStringLiteral("a match with an AI seat is of kind ai"));
        }
        break;
    case MatchKind::Tournament:
        break;
    }
    // A local tournament's matches are played by aliases only: they are found through their
    // tournament rather than anyone's history.
    const bool localTournament = record.kind == MatchKind::Tournament && record.tournamentId;
    if (count(SeatKind::User) == 0 && !localTournament) {
        addInvalid(errors, QStringLiteral("seats"),
                   QStringLiteral("at least one seat must be an account's: the match goes into "
                                  "its history (or, for aliases only, a tournament's)"));
    }
}

void checkResult(const MatchRecord &record, FieldErrors &errors)
{
    const int playerCount = record.config.playerCount();
    const QString winnerField = QStringLiteral("winnerSeat");
    if (record.endReason == MatchEndReason::Abandoned) {
        if (record.winnerSeat != -1) {
            addInvalid(errors, winnerField,
                       QStringLiteral("an abandoned match has no winner (-1)"));
        }
        return;
    }
    if (record.winnerSeat < 0 || record.winnerSeat >= playerCount) {
        addInvalid(errors, winnerField,
                   QStringLiteral("must be a seat from 0 to %1").arg(playerCount - 1));
        return;
    }
    const auto forfeits = std::count_if(record.seats.begin(), record.seats.end(),
                                        [](const MatchSeat &seat) { return seat.forfeited; });
    if (record.endReason == MatchEndReason::Forfeit && forfeits == 0) {
        addInvalid(errors, QStringLiteral("endReason"),
                   QStringLiteral("a forfeit needs a forfeited seat"));
    }
    if (record.endReason != MatchEndReason::Completed) {
        return;
    }
    // A completed match: the final state must show the winner winning.
    const MatchSeat *winner = nullptr;
    for (const MatchSeat &seat : record.seats) {
        if (seat.seat == record.winnerSeat) {
            winner = &seat;
        }
    }
    for (const MatchSeat &seat : record.seats) {
        if (&seat == winner) {
            continue;
        }
        if (record.config.mode == engine::GameMode::OneVsOne) {
            if (winner->score < record.config.scoreLimit || winner->score <= seat.score) {
                addInvalid(errors, winnerField,
                           QStringLiteral("the winner of a completed match reached "
                                          "the score limit ahead of the others"));
            }
        } else if (winner->livesLeft == 0 || seat.livesLeft != 0) {
            addInvalid(errors, winnerField,
                       QStringLiteral("the winner of a completed match is the last "
                                      "one with lives left"));
        }
    }
}

} // namespace

QString matchKindName(MatchKind kind)
{
    switch (kind) {
    case MatchKind::Local:
        return QStringLiteral("local");
    case MatchKind::Ai:
        return QStringLiteral("ai");
    case MatchKind::Remote:
        return QStringLiteral("remote");
    case MatchKind::Private:
        return QStringLiteral("private");
    case MatchKind::FourPlayers:
        return QStringLiteral("four_players");
    case MatchKind::Tournament:
        break;
    }
    return QStringLiteral("tournament");
}

QString endReasonName(MatchEndReason reason)
{
    switch (reason) {
    case MatchEndReason::Completed:
        return QStringLiteral("completed");
    case MatchEndReason::Forfeit:
        return QStringLiteral("forfeit");
    case MatchEndReason::Abandoned:
        break;
    }
    return QStringLiteral("abandoned");
}

QString seatKindName(SeatKind kind)
{
    switch (kind) {
    case SeatKind::User:
        return QStringLiteral("user");
    case SeatKind::Guest:
        return QStringLiteral("guest");
    case SeatKind::Ai:
        break;
    }
    return QStringLiteral("ai");
}

std::optional<MatchKind> matchKindFromName(const QString &name)
{
    for (const MatchKind kind : kMatchKinds) {
        if (matchKindName(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

bool countsInStats(MatchKind kind)
{
    return kind != MatchKind::Local && kind != MatchKind::Ai;
}

bool countsInStats(const QString &kindName)
{
    const auto kind = matchKindFromName(kindName);
    return kind && countsInStats(*kind);
}

FieldErrors matchRecordProblems(const MatchRecord &record)
{
    FieldErrors errors;
    const engine::FieldErrors configErrors = record.config.validate();
    for (auto it = configErrors.begin(); it != configErrors.end(); ++it) {
        errors.add(QStringLiteral("config.") + it.key(), FieldProblem::invalid(it.value()));
    }
    if (!configErrors.isEmpty()) {
        return errors; // the other checks rely on a valid configuration
    }
    const int playerCount = record.config.playerCount();
    if (record.inputLog.playerCount() != playerCount) {
        addInvalid(errors, QStringLiteral("inputLog"),
                   QStringLiteral("is for %1 players, the match for %2")
                       .arg(record.inputLog.playerCount())
                       .arg(playerCount));
    }
    if (!record.startedAt.isValid() || !record.endedAt.isValid()) {
        addInvalid(errors, QStringLiteral("startedAt"), QStringLiteral("both times are required"));
    } else if (record.endedAt < record.startedAt) {
        addInvalid(errors, QStringLiteral("endedAt"), QStringLiteral("is before startedAt"));
    }
    if (!record.roomId.isEmpty() && QUuid::fromString(record.roomId).isNull()) {
        addInvalid(errors, QStringLiteral("roomId"), QStringLiteral("must be a UUID"));
    }
    if (record.tournamentId && *record.tournamentId <= 0) {
        addInvalid(errors, QStringLiteral("tournamentId"), QStringLiteral("must be a positive id"));
    }

    QSet<int> seatNumbers;
    QSet<qint64> userIds;
    for (const MatchSeat &seat : record.seats) {
        seatNumbers.insert(seat.seat);
    }
    const bool seatsValid = qsizetype(record.seats.size()) == playerCount &&
                            seatNumbers.size() == playerCount &&
                            std::all_of(seatNumbers.begin(), seatNumbers.end(),
                                        [&](int seat) { return seat >= 0 && seat < playerCount; });
    if (!seatsValid) {
        addInvalid(errors, QStringLiteral("seats"),
                   QStringLiteral("must be seats 0 to %1, each once").arg(playerCount - 1));
        return errors;
    }
    for (std::size_t index = 0; index < record.seats.size(); ++index) {
        const qint64 userId = record.seats[index].userId;
        if (userId > 0 && userIds.contains(userId)) {
            addInvalid(errors, seatField(index, "userId"),
                       QStringLiteral("an account plays one seat of a match"));
        }
        if (userId > 0) {
            userIds.insert(userId);
        }
    }
    checkKind(record, errors);
    checkResult(record, errors);
    for (std::size_t index = 0; index < record.seats.size(); ++index) {
        checkSeat(record, index, errors);
    }
    return errors;
}

} // namespace transcendence::server
