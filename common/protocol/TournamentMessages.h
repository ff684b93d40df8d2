#pragma once

#include "protocol/ProtocolError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <variant>
#include <vector>

// Messages of tournaments: a bracket match is ready for you, the bracket changed, the
// tournament is over, and (local tournaments) play the next match at this keyboard.
// docs/protocol.md, "Tournaments".
namespace transcendence::protocol {

namespace message_type {
inline const QString PlayTournamentMatch = QStringLiteral("playTournamentMatch");
inline const QString TournamentMatchReady = QStringLiteral("tournamentMatchReady");
inline const QString TournamentUpdate = QStringLiteral("tournamentUpdate");
inline const QString TournamentOver = QStringLiteral("tournamentOver");
} // namespace message_type

namespace error_code {
inline const QString TournamentNotFound = QStringLiteral("tournament_not_found");
inline const QString NotTournamentOwner = QStringLiteral("not_tournament_owner");
inline const QString NoTournamentMatch = QStringLiteral("no_tournament_match");
} // namespace error_code

// One side of a bracket match: the entry and the name it plays under (empty once the account
// behind it was erased: an anonymous player).
struct TournamentPlayer {
    qint64 entryId = 0;
    QString label;

    QJsonObject toJson() const;
    friend bool operator==(const TournamentPlayer &, const TournamentPlayer &) = default;
};

// client -> server (local tournaments, the owner's connection): start the next match at this
// keyboard. The match starts as a local match (matchStarted follows).
struct PlayTournamentMatch {
    qint64 tournamentId = 0;

    QJsonObject toJson() const;
    static std::variant<PlayTournamentMatch, ProtocolError> fromJson(const QJsonObject &object);
};

// server -> client (online tournaments, to both players): your next match has a room; enter
// it with {"type":"join","roomId":...} before the deadline or lose by walkover.
struct TournamentMatchReady {
    qint64 tournamentId = 0;
    QString roomId;
    int round = 1;
    int slot = 0;
    TournamentPlayer you;
    TournamentPlayer opponent;
    QDateTime deadline; // UTC

    QJsonObject toJson() const;
    static std::variant<TournamentMatchReady, ProtocolError> fromJson(const QJsonObject &object);
};

// One bracket match as it is now.
struct TournamentMatchState {
    int round = 1;
    int slot = 0;
    QString status; // pending, ready, finished
    QString result; // played, walkover, bye, forfeit; empty until finished
    std::optional<TournamentPlayer> sides[2]; // none: not known yet, or nobody (a bye)
    std::optional<qint64> winnerEntryId;
    std::optional<qint64> matchId; // the stored match, when one was played

    QJsonObject toJson() const;
    static std::variant<TournamentMatchState, ProtocolError> fromJson(const QJsonObject &object);
    friend bool operator==(const TournamentMatchState &, const TournamentMatchState &) = default;
};

// server -> client (every entrant and the owner): the tournament's status or bracket changed.
struct TournamentUpdate {
    qint64 tournamentId = 0;
    QString status;                            // open, running, finished, cancelled
    std::vector<TournamentMatchState> matches; // the matches that changed
    // The match to be played next (local: at the keyboard), announced as "X vs Y"; none when
    // no match is ready.
    std::optional<TournamentMatchState> nextMatch;
    QString announcement;

    QJsonObject toJson() const;
    static std::variant<TournamentUpdate, ProtocolError> fromJson(const QJsonObject &object);
};

// server -> client (every entrant and the owner): the bracket is decided.
struct TournamentOver {
    qint64 tournamentId = 0;
    std::optional<TournamentPlayer> winner; // none when nobody won the final

    QJsonObject toJson() const;
    static std::variant<TournamentOver, ProtocolError> fromJson(const QJsonObject &object);
};

// "ada vs bob"; an anonymous side reads "Anonymous".
QString matchAnnouncement(const TournamentPlayer &a, const TournamentPlayer &b);

} // namespace transcendence::protocol
