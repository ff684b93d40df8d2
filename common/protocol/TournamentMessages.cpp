#include "protocol/TournamentMessages.h"

#include <QJsonArray>

#include <cmath>

namespace transcendence::protocol {
namespace {

const QLatin1String kType("type");
constexpr double kMaxId = 9007199254740991.0; // largest integer a JSON double holds exactly

ProtocolError invalidField(const QString &type, const QString &field, const QString &expected)
{
    return ProtocolError{error_code::InvalidField,
                         QStringLiteral("%1.%2 must be %3").arg(type, field, expected)};
}

std::optional<qint64> readInteger(const QJsonValue &value, double min, double max)
{
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number) || std::trunc(number) != number ||
        number < min || number > max) {
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

QJsonValue optionalId(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}

std::optional<TournamentPlayer> readPlayer(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const auto id = readInteger(object.value(QStringLiteral("entryId")), 1, kMaxId);
    const QJsonValue label = object.value(QStringLiteral("label"));
    if (!value.isObject() || !id || !(label.isString() || label.isNull())) {
        return std::nullopt;
    }
    return TournamentPlayer{*id, label.toString()};
}

// Absent or null: none; otherwise a positive integer (false when it is not).
bool readOptionalId(const QJsonObject &object, const QString &field, std::optional<qint64> &out)
{
    const QJsonValue value = object.value(field);
    out.reset();
    if (value.isUndefined() || value.isNull()) {
        return true;
    }
    out = readInteger(value, 1, kMaxId);
    return out.has_value();
}

} // namespace

QString matchAnnouncement(const TournamentPlayer &a, const TournamentPlayer &b)
{
    const auto name = [](const TournamentPlayer &player) {
        return player.label.isEmpty() ? QStringLiteral("Anonymous") : player.label;
    };
    return QStringLiteral("%1 vs %2").arg(name(a), name(b));
}

QJsonObject TournamentPlayer::toJson() const
{
    return {{QStringLiteral("entryId"), entryId},
            {QStringLiteral("label"), label.isEmpty() ? QJsonValue() : QJsonValue(label)}};
}

QJsonObject PlayTournamentMatch::toJson() const
{
    return {{kType, message_type::PlayTournamentMatch},
            {QStringLiteral("tournamentId"), tournamentId}};
}

std::variant<PlayTournamentMatch, ProtocolError>
PlayTournamentMatch::fromJson(const QJsonObject &object)
{
    const auto id = readInteger(object.value(QStringLiteral("tournamentId")), 1, kMaxId);
    if (!id) {
        return invalidField(message_type::PlayTournamentMatch, QStringLiteral("tournamentId"),
                            QStringLiteral("a positive integer"));
    }
    return PlayTournamentMatch{*id};
}

QJsonObject TournamentMatchReady::toJson() const
{
    return {{kType, message_type::TournamentMatchReady},
            {QStringLiteral("tournamentId"), tournamentId},
            {QStringLiteral("roomId"), roomId},
            {QStringLiteral("round"), round},
            {QStringLiteral("slot"), slot},
            {QStringLiteral("you"), you.toJson()},
            {QStringLiteral("opponent"), opponent.toJson()},
            {QStringLiteral("deadline"), deadline.toUTC().toString(Qt::ISODateWithMs)}};
}

std::variant<TournamentMatchReady, ProtocolError>
TournamentMatchReady::fromJson(const QJsonObject &object)
{
    const QString type = message_type::TournamentMatchReady;
    TournamentMatchReady ready;
    const auto id = readInteger(object.value(QStringLiteral("tournamentId")), 1, kMaxId);
    if (!id) {
        return invalidField(type, QStringLiteral("tournamentId"),
                            QStringLiteral("a positive integer"));
    }
    ready.tournamentId = *id;
    ready.roomId = object.value(QStringLiteral("roomId")).toString();
    if (ready.roomId.isEmpty()) {
        return invalidField(type, QStringLiteral("roomId"), QStringLiteral("a room id"));
    }
    const auto round = readInteger(object.value(QStringLiteral("round")), 1, 4);
    const auto slot = readInteger(object.value(QStringLiteral("slot")), 0, 7);
    if (!round || !slot) {
        return invalidField(type, round ? QStringLiteral("slot") : QStringLiteral("round"),
                            QStringLiteral("a bracket position"));
    }
    ready.round = int(*round);
    ready.slot = int(*slot);
    const auto you = readPlayer(object.value(QStringLiteral("you")));
    const auto opponent = readPlayer(object.value(QStringLiteral("opponent")));
    if (!you || !opponent) {
        return invalidField(type, you ? QStringLiteral("opponent") : QStringLiteral("you"),
                            QStringLiteral("{entryId, label}"));
    }
    ready.you = *you;
    ready.opponent = *opponent;
    ready.deadline = QDateTime::fromString(object.value(QStringLiteral("deadline")).toString(),
                                           Qt::ISODateWithMs);
    if (!ready.deadline.isValid()) {
        return invalidField(type, QStringLiteral("deadline"), QStringLiteral("an ISO 8601 time"));
    }
    ready.deadline = ready.deadline.toUTC();
    return ready;
}

QJsonObject TournamentMatchState::toJson() const
{
    QJsonArray players;
    for (const auto &side : sides) {
        players.append(side ? QJsonValue(side->toJson()) : QJsonValue());
    }
    return {{QStringLiteral("round"), round},
            {QStringLiteral("slot"), slot},
            {QStringLiteral("status"), status},
            {QStringLiteral("result"), result.isEmpty() ? QJsonValue() : QJsonValue(result)},
            {QStringLiteral("players"), players},
            {QStringLiteral("winnerEntryId"), optionalId(winnerEntryId)},
            {QStringLiteral("matchId"), optionalId(matchId)}};
}

std::variant<TournamentMatchState, ProtocolError>
TournamentMatchState::fromJson(const QJsonObject &object)
{
    const QString type = QStringLiteral("match");
    TournamentMatchState state;
    const auto round = readInteger(object.value(QStringLiteral("round")), 1, 4);
    const auto slot = readInteger(object.value(QStringLiteral("slot")), 0, 7);
    if (!round || !slot) {
        return invalidField(type, round ? QStringLiteral("slot") : QStringLiteral("round"),
                            QStringLiteral("a bracket position"));
    }
    state.round = int(*round);
    state.slot = int(*slot);
    state.status = object.value(QStringLiteral("status")).toString();
    if (state.status != QLatin1String("pending") && state.status != QLatin1String("ready") &&
        state.status != QLatin1String("finished")) {
        return invalidField(type, QStringLiteral("status"),
                            QStringLiteral("pending, ready or finished"));
    }
    state.result = object.value(QStringLiteral("result")).toString();
    static const QStringList results{QString(), QStringLiteral("played"),
                                     QStringLiteral("walkover"), QStringLiteral("bye"),
                                     QStringLiteral("forfeit")};
    if (!results.contains(state.result) ||
        (state.status == QLatin1String("finished")) == state.result.isEmpty()) {
        return invalidField(type, QStringLiteral("result"),
                            QStringLiteral("played, walkover, bye or forfeit once finished"));
    }
    const QJsonArray players = object.value(QStringLiteral("players")).toArray();
    if (players.size() != 2) {
        return invalidField(type, QStringLiteral("players"), QStringLiteral("two sides"));
    }
    for (int side = 0; side < 2; ++side) {
        if (players[side].isNull()) {
            continue;
        }
        state.sides[side] = readPlayer(players[side]);
        if (!state.sides[side]) {
            return invalidField(type, QStringLiteral("players"),
                                QStringLiteral("{entryId, label} or null"));
        }
    }
    if (!readOptionalId(object, QStringLiteral("winnerEntryId"), state.winnerEntryId)) {
        return invalidField(type, QStringLiteral("winnerEntryId"),
                            QStringLiteral("an entry id or null"));
    }
    if (!readOptionalId(object, QStringLiteral("matchId"), state.matchId)) {
        return invalidField(type, QStringLiteral("matchId"), QStringLiteral("a match id or null"));
    }
    return state;
}

QJsonObject TournamentUpdate::toJson() const
{
    QJsonArray changed;
    for (const TournamentMatchState &match : matches) {
        changed.append(match.toJson());
    }
    return {
        {kType, message_type::TournamentUpdate},
        {QStringLiteral("tournamentId"), tournamentId},
        {QStringLiteral("status"), status},
        {QStringLiteral("matches"), changed},
        {QStringLiteral("nextMatch"), nextMatch ? QJsonValue(nextMatch->toJson()) : QJsonValue()},
        {QStringLiteral("announcement"),
         announcement.isEmpty() ? QJsonValue() : QJsonValue(announcement)}};
}

std::variant<TournamentUpdate, ProtocolError> TournamentUpdate::fromJson(const QJsonObject &object)
{
    const QString type = message_type::TournamentUpdate;
    TournamentUpdate update;
    const auto id = readInteger(object.value(QStringLiteral("tournamentId")), 1, kMaxId);
    if (!id) {
        return invalidField(type, QStringLiteral("tournamentId"),
                            QStringLiteral("a positive integer"));
    }
    update.tournamentId = *id;
    update.status = object.value(QStringLiteral("status")).toString();
    static const QStringList statuses{QStringLiteral("open"), QStringLiteral("running"),
                                      QStringLiteral("finished"), QStringLiteral("cancelled")};
    if (!statuses.contains(update.status)) {
        return invalidField(type, QStringLiteral("status"),
                            QStringLiteral("open, running, finished or cancelled"));
    }
    const QJsonValue matches = object.value(QStringLiteral("matches"));
    if (!matches.isArray()) {
        return invalidField(type, QStringLiteral("matches"), QStringLiteral("an array"));
    }
    for (const QJsonValue &value : matches.toArray()) {
        auto match = TournamentMatchState::fromJson(value.toObject());
        if (auto *error = std::get_if<ProtocolError>(&match)) {
            error->message.prepend(type + QStringLiteral(".matches: "));
            return *error;
        }
        update.matches.push_back(std::get<TournamentMatchState>(std::move(match)));
    }
    const QJsonValue next = object.value(QStringLiteral("nextMatch"));
    if (next.isObject()) {
        auto match = TournamentMatchState::fromJson(next.toObject());
        if (auto *error = std::get_if<ProtocolError>(&match)) {
            error->message.prepend(type + QStringLiteral(".nextMatch: "));
            return *error;
        }
        update.nextMatch = std::get<TournamentMatchState>(std::move(match));
    } else if (!next.isNull() && !next.isUndefined()) {
        return invalidField(type, QStringLiteral("nextMatch"), QStringLiteral("a match or null"));
    }
    update.announcement = object.value(QStringLiteral("announcement")).toString();
    return update;
}

QJsonObject TournamentOver::toJson() const
{
    return {{kType, message_type::TournamentOver},
            {QStringLiteral("tournamentId"), tournamentId},
            {QStringLiteral("winner"), winner ? QJsonValue(winner->toJson()) : QJsonValue()}};
}

std::variant<TournamentOver, ProtocolError> TournamentOver::fromJson(const QJsonObject &object)
{
    const QString type = message_type::TournamentOver;
    const auto id = readInteger(object.value(QStringLiteral("tournamentId")), 1, kMaxId);
    if (!id) {
        return invalidField(type, QStringLiteral("tournamentId"),
                            QStringLiteral("a positive integer"));
    }
    TournamentOver over{*id, std::nullopt};
    const QJsonValue winner = object.value(QStringLiteral("winner"));
    if (!winner.isNull() && !winner.isUndefined()) {
        over.winner = readPlayer(winner);
        if (!over.winner) {
            return invalidField(type, QStringLiteral("winner"),
                                QStringLiteral("{entryId, label} or null"));
        }
    }
    return over;
}

} // namespace transcendence::protocol
