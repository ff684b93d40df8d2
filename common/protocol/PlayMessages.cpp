#include "protocol/PlayMessages.h"

#include "engine/SnapshotCodec.h"

#include <QStringList>

#include <array>
#include <cmath>

namespace transcendence::protocol {
namespace {

const QLatin1String kType("type");
constexpr qint64 kMaxSeq = (qint64(1) << 53) - 1; // largest integer a JSON double holds exactly
constexpr int kMaxSeats = 4;

ProtocolError invalidField(const QString &type, const QString &field, const QString &expected)
{
    return ProtocolError{error_code::InvalidField,
                         QStringLiteral("%1.%2 must be %3").arg(type, field, expected)};
}

// JSON numbers are doubles: accept only integral values that fit the range.
std::optional<qint64> readInteger(const QJsonValue &value, qint64 min, qint64 max)
{
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number || number < double(min) ||
        number > double(max)) {
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

QJsonValue optionalInteger(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

// Absent or null: none; otherwise an integer in range.
bool readOptionalInteger(const QJsonObject &object, const QString &field, qint64 min, qint64 max,
                         std::optional<qint64> &out)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull()) {
        out.reset();
        return true;
    }
    out = readInteger(value, min, max);
    return out.has_value();
}

std::variant<engine::MatchConfig, ProtocolError> readConfig(const QString &type,
                                                            const QJsonValue &value)
{
    if (value.isUndefined()) {
        return engine::MatchConfig{};
    }
    if (!value.isObject()) {
        return invalidField(type, QStringLiteral("config"), QStringLiteral("an object"));
    }
    auto parsed = engine::MatchConfig::fromJson(value.toObject());
    if (const auto *errors = std::get_if<engine::FieldErrors>(&parsed)) {
        QStringList problems;
        for (auto it = errors->cbegin(); it != errors->cend(); ++it) {
            problems << QStringLiteral("%1: %2").arg(it.key(), it.value());
        }
        return ProtocolError{
            error_code::InvalidField,
            QStringLiteral("%1.config has invalid fields: %2").arg(type, problems.join(u"; "))};
    }
    return std::get<engine::MatchConfig>(std::move(parsed));
}

} // namespace

QString playKindName(PlayKind kind)
{
    return kind == PlayKind::Ai ? QStringLiteral("ai") : QStringLiteral("local");
}

std::optional<PlayKind> playKindFromName(const QString &name)
{
    if (name == QLatin1String("local")) {
        return PlayKind::Local;
    }
    if (name == QLatin1String("ai")) {
        return PlayKind::Ai;
    }
    return std::nullopt;
}

namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> enumFromName(const QString &name, const std::array<Enum, N> &values,
                                 QString (*nameOf)(Enum))
{
    for (Enum value : values) {
        if (nameOf(value) == name) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace

QString roomKindName(RoomKind kind)
{
    switch (kind) {
    case RoomKind::Local:
        return QStringLiteral("local");
    case RoomKind::Ai:
        return QStringLiteral("ai");
    case RoomKind::Remote:
        return QStringLiteral("remote");
    case RoomKind::Private:
        return QStringLiteral("private");
    case RoomKind::FourPlayers:
        return QStringLiteral("four_players");
    case RoomKind::Tournament:
        return QStringLiteral("tournament");
    }
    return {};
}

std::optional<RoomKind> roomKindFromName(const QString &name)
{
    return enumFromName(name,
                        std::array{RoomKind::Local, RoomKind::Ai, RoomKind::Remote,
                                   RoomKind::Private, RoomKind::FourPlayers, RoomKind::Tournament},
                        &roomKindName);
}

QString roomPhaseName(RoomPhase phase)
{
    switch (phase) {
    case RoomPhase::Waiting:
        return QStringLiteral("waiting");
    case RoomPhase::Countdown:
        return QStringLiteral("countdown");
    case RoomPhase::Running:
        return QStringLiteral("running");
    case RoomPhase::Paused:
        return QStringLiteral("paused");
    }
    return {};
}

std::optional<RoomPhase> roomPhaseFromName(const QString &name)
{
    return enumFromName(
        name,
        std::array{RoomPhase::Waiting, RoomPhase::Countdown, RoomPhase::Running, RoomPhase::Paused},
        &roomPhaseName);
}

QString matchOverReasonName(MatchOverReason reason)
{
    switch (reason) {
    case MatchOverReason::Completed:
        return QStringLiteral("completed");
    case MatchOverReason::Left:
        return QStringLiteral("left");
    case MatchOverReason::Disconnected:
        return QStringLiteral("disconnected");
    case MatchOverReason::NoShow:
        return QStringLiteral("no_show");
    case MatchOverReason::Abandoned:
        return QStringLiteral("abandoned");
    }
    return {};
}

std::optional<MatchOverReason> matchOverReasonFromName(const QString &name)
{
    return enumFromName(name,
                        std::array{MatchOverReason::Completed, MatchOverReason::Left,
                                   MatchOverReason::Disconnected, MatchOverReason::NoShow,
                                   MatchOverReason::Abandoned},
                        &matchOverReasonName);
}

QJsonObject PlayRequest::toJson() const
{
    QJsonObject object{{kType, message_type::Play},
                       {QStringLiteral("kind"), playKindName(kind)},
                       {QStringLiteral("config"), config.toJson()}};
    if (kind == PlayKind::Ai) {
        object.insert(QStringLiteral("difficulty"), engine::aiDifficultyName(difficulty));
    }
    return object;
}

std::variant<PlayRequest, ProtocolError> PlayRequest::fromJson(const QJsonObject &object)
{
    PlayRequest request;
    const auto kind = playKindFromName(object.value(QStringLiteral("kind")).toString());
    if (!kind) {
        return invalidField(message_type::Play, QStringLiteral("kind"),
                            QStringLiteral("\"local\" or \"ai\""));
    }
    request.kind = *kind;
    auto config = readConfig(message_type::Play, object.value(QStringLiteral("config")));
    if (auto *error = std::get_if<ProtocolError>(&config)) {
        return std::move(*error);
    }
    request.config = std::get<engine::MatchConfig>(std::move(config));
    const QJsonValue difficulty = object.value(QStringLiteral("difficulty"));
    if (!difficulty.isUndefined()) {
        const auto level = engine::aiDifficultyFromName(difficulty.toString());
        if (request.kind != PlayKind::Ai || !difficulty.isString() || !level) {
            return invalidField(message_type::Play, QStringLiteral("difficulty"),
                                request.kind == PlayKind::Ai
                                    ? QStringLiteral("\"easy\", \"normal\" or \"hard\"")
                                    : QStringLiteral("absent (only an ai match has one)"));
        }
        request.difficulty = *level;
    }
    return request;
}

QJsonObject PlayInput::toJson() const
{
    return {{kType, message_type::Input},
            {QStringLiteral("seq"), seq},
            {QStringLiteral("seat"), seat},
            {QStringLiteral("key"), engine::inputName(key)}};
}

std::variant<PlayInput, ProtocolError> PlayInput::fromJson(const QJsonObject &object)
{
    PlayInput input;
    const auto seq = readInteger(object.value(QStringLiteral("seq")), 0, kMaxSeq);
    if (!seq) {
        return invalidField(message_type::Input, QStringLiteral("seq"),
                            QStringLiteral("a non-negative integer"));
    }
    input.seq = *seq;
    const auto seat = readInteger(object.value(QStringLiteral("seat")), 0, kMaxSeats - 1);
    if (!seat) {
        return invalidField(message_type::Input, QStringLiteral("seat"),
                            QStringLiteral("an integer from 0 to 3"));
    }
    input.seat = int(*seat);
    const QJsonValue key = object.value(QStringLiteral("key"));
    const auto held = engine::inputFromName(key.toString());
    if (!key.isString() || !held) {
        return invalidField(message_type::Input, QStringLiteral("key"),
                            QStringLiteral("\"up\", \"down\" or \"none\""));
    }
    input.key = *held;
    return input;
}

QJsonObject LeaveMatch::toJson() const
{
    return {{kType, message_type::Leave}};
}

std::variant<LeaveMatch, ProtocolError> LeaveMatch::fromJson(const QJsonObject &)
{
    return LeaveMatch{};
}

QJsonObject MatchStarted::toJson() const
{
    QJsonArray seatArray;
    for (const SeatDescription &seat : seats) {
        seatArray.append(QJsonObject{{QStringLiteral("seat"), seat.seat},
                                     {QStringLiteral("label"), seat.label},
                                     {QStringLiteral("controlledByYou"), seat.controlledByYou},
                                     {QStringLiteral("userId"), optionalInteger(seat.userId)},
                                     {QStringLiteral("kind"), seat.kind}});
    }
    return {{kType, message_type::MatchStarted},
            {QStringLiteral("roomId"), roomId},
            {QStringLiteral("kind"), roomKindName(kind)},
            {QStringLiteral("spectating"), spectating},
            {QStringLiteral("replay"), replay},
            {QStringLiteral("config"), config.toJson()},
            {QStringLiteral("seats"), seatArray},
            {QStringLiteral("stepsPerSecond"), stepsPerSecond},
            {QStringLiteral("snapshotsPerSecond"), snapshotsPerSecond}};
}

std::variant<MatchStarted, ProtocolError> MatchStarted::fromJson(const QJsonObject &object)
{
    const QString type = message_type::MatchStarted;
    MatchStarted started;
    started.roomId = object.value(QStringLiteral("roomId")).toString();
    if (started.roomId.isEmpty()) {
        return invalidField(type, QStringLiteral("roomId"), QStringLiteral("a non-empty string"));
    }
    const auto kind = roomKindFromName(object.value(QStringLiteral("kind")).toString());
    if (!kind) {
        return invalidField(type, QStringLiteral("kind"), QStringLiteral("a room kind"));
    }
    started.kind = *kind;
    started.spectating = object.value(QStringLiteral("spectating")).toBool();
    started.replay = object.value(QStringLiteral("replay")).toBool();
    auto config = readConfig(type, object.value(QStringLiteral("config")));
    if (auto *error = std::get_if<ProtocolError>(&config)) {
        return std::move(*error);
    }
    started.config = std::get<engine::MatchConfig>(std::move(config));
    const QJsonArray seats = object.value(QStringLiteral("seats")).toArray();
    if (seats.size() != started.config.playerCount()) {
        return invalidField(type, QStringLiteral("seats"),
                            QStringLiteral("one entry per player of the configuration"));
    }
    for (const QJsonValue &entry : seats) {
        const QJsonObject seat = entry.toObject();
        const auto index = readInteger(seat.value(QStringLiteral("seat")), 0, kMaxSeats - 1);
        std::optional<qint64> userId;
        const QString seatKind = seat.value(QStringLiteral("kind")).toString();
        if (!index || !seat.value(QStringLiteral("label")).isString() ||
            !seat.value(QStringLiteral("controlledByYou")).isBool() ||
            !readOptionalInteger(seat, QStringLiteral("userId"), 1, kMaxSeq, userId) ||
            !QStringList{QStringLiteral("user"), QStringLiteral("guest"), QStringLiteral("ai")}
                 .contains(seatKind)) {
            return invalidField(
                type, QStringLiteral("seats"),
                QStringLiteral("objects with seat, label, controlledByYou, userId and kind"));
        }
        started.seats.push_back({int(*index), seat.value(QStringLiteral("label")).toString(),
                                 seat.value(QStringLiteral("controlledByYou")).toBool(), userId,
                                 seatKind});
    }
    const auto steps = readInteger(object.value(QStringLiteral("stepsPerSecond")), 1, 10'000);
    const auto snapshots =
        readInteger(object.value(QStringLiteral("snapshotsPerSecond")), 1, 10'000);
    if (!steps || !snapshots) {
        return invalidField(
            type, steps ? QStringLiteral("snapshotsPerSecond") : QStringLiteral("stepsPerSecond"),
            QStringLiteral("a positive integer"));
    }
    started.stepsPerSecond = int(*steps);
    started.snapshotsPerSecond = int(*snapshots);
    return started;
}

QJsonObject MatchSnapshot::toJson() const
{
    QJsonArray missing;
    for (int seat : missingSeats) {
        missing.append(seat);
    }
    return {{kType, message_type::MatchSnapshot},
            {QStringLiteral("roomId"), roomId},
            {QStringLiteral("tick"), tick},
            {QStringLiteral("lastInputSeq"), optionalInteger(lastInputSeq)},
            {QStringLiteral("state"), engine::snapshotToJson(state)},
            {QStringLiteral("events"), events},
            {QStringLiteral("phase"), roomPhaseName(phase)},
            {QStringLiteral("phaseEndsInMs"), optionalInteger(phaseEndsInMs)},
            {QStringLiteral("missingSeats"), missing}};
}

std::variant<MatchSnapshot, ProtocolError> MatchSnapshot::fromJson(const QJsonObject &object)
{
    const QString type = message_type::MatchSnapshot;
    MatchSnapshot snapshot;
    snapshot.roomId = object.value(QStringLiteral("roomId")).toString();
    if (snapshot.roomId.isEmpty()) {
        return invalidField(type, QStringLiteral("roomId"), QStringLiteral("a non-empty string"));
    }
    const auto tick = readInteger(object.value(QStringLiteral("tick")), 0, kMaxSeq);
    if (!tick) {
        return invalidField(type, QStringLiteral("tick"), QStringLiteral("a non-negative integer"));
    }
    snapshot.tick = *tick;
    if (!readOptionalInteger(object, QStringLiteral("lastInputSeq"), 0, kMaxSeq,
                             snapshot.lastInputSeq)) {
        return invalidField(type, QStringLiteral("lastInputSeq"),
                            QStringLiteral("null or a non-negative integer"));
    }
    auto state = engine::snapshotFromJson(object.value(QStringLiteral("state")).toObject());
    if (const auto *error = std::get_if<QString>(&state)) {
        return invalidField(type, QStringLiteral("state"),
                            QStringLiteral("an engine snapshot (%1)").arg(*error));
    }
    snapshot.state = std::get<engine::Snapshot>(std::move(state));
    const QJsonValue events = object.value(QStringLiteral("events"));
    if (!events.isArray()) {
        return invalidField(type, QStringLiteral("events"), QStringLiteral("an array"));
    }
    snapshot.events = events.toArray();
    const auto phase = roomPhaseFromName(object.value(QStringLiteral("phase")).toString());
    if (!phase) {
        return invalidField(
            type, QStringLiteral("phase"),
            QStringLiteral("\"waiting\", \"countdown\", \"running\" or \"paused\""));
    }
    snapshot.phase = *phase;
    if (!readOptionalInteger(object, QStringLiteral("phaseEndsInMs"), 0, kMaxSeq,
                             snapshot.phaseEndsInMs)) {
        return invalidField(type, QStringLiteral("phaseEndsInMs"),
                            QStringLiteral("null or a non-negative integer"));
    }
    for (const QJsonValue &seat : object.value(QStringLiteral("missingSeats")).toArray()) {
        const auto index = readInteger(seat, 0, kMaxSeats - 1);
        if (!index) {
            return invalidField(type, QStringLiteral("missingSeats"),
                                QStringLiteral("an array of seats from 0 to 3"));
        }
        snapshot.missingSeats.push_back(int(*index));
    }
    return snapshot;
}

QJsonObject MatchOver::toJson() const
{
    QJsonArray seatArray;
    for (const SeatResult &seat : seats) {
        seatArray.append(QJsonObject{{QStringLiteral("seat"), seat.seat},
                                     {QStringLiteral("score"), seat.score},
                                     {QStringLiteral("lives"), seat.lives},
                                     {QStringLiteral("forfeited"), seat.forfeited}});
    }
    return {{kType, message_type::MatchOver},
            {QStringLiteral("roomId"), roomId},
            {QStringLiteral("winnerSeat"), winnerSeat ? QJsonValue(*winnerSeat) : QJsonValue()},
            {QStringLiteral("reason"), matchOverReasonName(reason)},
            {QStringLiteral("seats"), seatArray},
            {QStringLiteral("matchId"), optionalInteger(matchId)}};
}

std::variant<MatchOver, ProtocolError> MatchOver::fromJson(const QJsonObject &object)
{
    const QString type = message_type::MatchOver;
    MatchOver over;
    over.roomId = object.value(QStringLiteral("roomId")).toString();
    if (over.roomId.isEmpty()) {
        return invalidField(type, QStringLiteral("roomId"), QStringLiteral("a non-empty string"));
    }
    std::optional<qint64> winner;
    if (!readOptionalInteger(object, QStringLiteral("winnerSeat"), 0, kMaxSeats - 1, winner)) {
        return invalidField(type, QStringLiteral("winnerSeat"),
                            QStringLiteral("null or a seat from 0 to 3"));
    }
    if (winner) {
        over.winnerSeat = int(*winner);
    }
    const auto reason = matchOverReasonFromName(object.value(QStringLiteral("reason")).toString());
    if (!reason) {
        return invalidField(type, QStringLiteral("reason"),
                            QStringLiteral("completed, left, disconnected, no_show or abandoned"));
    }
    over.reason = *reason;
    const QJsonValue seats = object.value(QStringLiteral("seats"));
    if (!seats.isArray() || seats.toArray().size() > kMaxSeats) {
        return invalidField(type, QStringLiteral("seats"), QStringLiteral("an array of seats"));
    }
    for (const QJsonValue &entry : seats.toArray()) {
        const QJsonObject seat = entry.toObject();
        const auto index = readInteger(seat.value(QStringLiteral("seat")), 0, kMaxSeats - 1);
        const auto score = readInteger(seat.value(QStringLiteral("score")), 0, 1000);
        const auto lives = readInteger(seat.value(QStringLiteral("lives")), 0, 1000);
        if (!index || !score || !lives) {
            return invalidField(type, QStringLiteral("seats"),
                                QStringLiteral("objects with seat, score and lives"));
        }
        over.seats.push_back({int(*index), int(*score), int(*lives),
                              seat.value(QStringLiteral("forfeited")).toBool()});
    }
    if (!readOptionalInteger(object, QStringLiteral("matchId"), 1, kMaxSeq, over.matchId)) {
        return invalidField(type, QStringLiteral("matchId"),
                            QStringLiteral("null or a positive integer"));
    }
    return over;
}

} // namespace transcendence::protocol
