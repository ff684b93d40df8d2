#include "protocol/LobbyMessages.h"

#include <QJsonArray>
#include <QStringList>

#include <cmath>

namespace transcendence::protocol {
namespace {

const QLatin1String kType("type");
constexpr qint64 kMaxId = (qint64(1) << 53) - 1; // largest integer a JSON double holds exactly
constexpr int kMaxIdLength = 64;                 // room and invitation ids are UUIDs

ProtocolError invalidField(const QString &type, const QString &field, const QString &expected)
{
    return ProtocolError{error_code::InvalidField,
                         QStringLiteral("%1.%2 must be %3").arg(type, field, expected)};
}

QJsonValue optionalInteger(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

// Absent: classic; otherwise every problem of the configuration, per field, in the message.
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

// JSON numbers are doubles: accept only integral values in the range.
std::optional<qint64> readInteger(const QJsonValue &value, qint64 min, qint64 max)
{
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number) || std::trunc(number) != number ||
        number < double(min) || number > double(max)) {
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

// A non-empty string field of a server message.
std::optional<QString> readText(const QJsonObject &object, const QString &field)
{
    const QJsonValue value = object.value(field);
    if (!value.isString() || value.toString().isEmpty()) {
        return std::nullopt;
    }
    return value.toString();
}

std::optional<QueueMode> readMode(const QJsonObject &object)
{
    return queueModeFromName(object.value(QStringLiteral("mode")).toString());
}

// Every decoder below reads a message the server sent (the app's side of the protocol).
ProtocolError badField(const QJsonObject &object, const QString &field, const QString &expected)
{
    return invalidField(object.value(kType).toString(), field, expected);
}

} // namespace

QString queueModeName(QueueMode mode)
{
    return mode == QueueMode::FourPlayers ? QStringLiteral("four_players")
                                          : QStringLiteral("one_vs_one");
}

std::optional<QueueMode> queueModeFromName(const QString &name)
{
    if (name == QLatin1String("one_vs_one")) {
        return QueueMode::OneVsOne;
    }
    if (name == QLatin1String("four_players")) {
        return QueueMode::FourPlayers;
    }
    return std::nullopt;
}

QJsonObject QueueRequest::toJson() const
{
    return {{kType, message_type::Queue},
            {QStringLiteral("mode"), queueModeName(mode)},
            {QStringLiteral("config"), config.toJson()}};
}

std::variant<QueueRequest, ProtocolError> QueueRequest::fromJson(const QJsonObject &object)
{
    QueueRequest request;
    const QJsonValue mode = object.value(QStringLiteral("mode"));
    if (!mode.isUndefined()) {
        const auto parsed = queueModeFromName(mode.toString());
        if (!mode.isString() || !parsed) {
            return invalidField(message_type::Queue, QStringLiteral("mode"),
                                QStringLiteral("\"one_vs_one\" or \"four_players\""));
        }
        request.mode = *parsed;
    }
    auto config = readConfig(message_type::Queue, object.value(QStringLiteral("config")));
    if (auto *error = std::get_if<ProtocolError>(&config)) {
        return std::move(*error);
    }
    if (object.value(QStringLiteral("config")).isUndefined()) {
        request.config.mode = request.mode == QueueMode::FourPlayers ? engine::GameMode::FourPlayers
                                                                     : engine::GameMode::OneVsOne;
    } else {
        request.config = std::get<engine::MatchConfig>(std::move(config));
        const bool four = request.config.mode == engine::GameMode::FourPlayers;
        if (four != (request.mode == QueueMode::FourPlayers)) {
            return invalidField(message_type::Queue, QStringLiteral("config.mode"),
                                QStringLiteral("the queue's mode"));
        }
    }
    return request;
}

QJsonObject Queued::toJson() const
{
    return {{kType, message_type::Queued},
            {QStringLiteral("mode"), queueModeName(mode)},
            {QStringLiteral("config"), config.toJson()},
            {QStringLiteral("rating"), rating},
            {QStringLiteral("window"), window},
            {QStringLiteral("waiting"), waiting},
            {QStringLiteral("waitedMs"), waitedMs}};
}

std::variant<Queued, ProtocolError> Queued::fromJson(const QJsonObject &object)
{
    Queued queued;
    const auto mode = readMode(object);
    if (!mode) {
        return badField(object, QStringLiteral("mode"), QStringLiteral("a queue mode"));
    }
    queued.mode = *mode;
    auto config = readConfig(message_type::Queued, object.value(QStringLiteral("config")));
    if (auto *error = std::get_if<ProtocolError>(&config)) {
        return std::move(*error);
    }
    queued.config = std::get<engine::MatchConfig>(std::move(config));
    const auto rating = readInteger(object.value(QStringLiteral("rating")), 0, 100'000);
    const auto window = readInteger(object.value(QStringLiteral("window")), 0, 100'000);
    const auto waiting = readInteger(object.value(QStringLiteral("waiting")), 0, kMaxId);
    const auto waited = readInteger(object.value(QStringLiteral("waitedMs")), 0, kMaxId);
    if (!rating || !window || !waiting || !waited) {
        return badField(object,
                        !rating    ? QStringLiteral("rating")
                        : !window  ? QStringLiteral("window")
                        : !waiting ? QStringLiteral("waiting")
                                   : QStringLiteral("waitedMs"),
                        QStringLiteral("a non-negative integer"));
    }
    queued.rating = int(*rating);
    queued.window = int(*window);
    queued.waiting = int(*waiting);
    queued.waitedMs = *waited;
    return queued;
}

QJsonObject QueueLeft::toJson() const
{
    return {{kType, message_type::QueueLeft},
            {QStringLiteral("mode"), queueModeName(mode)},
            {QStringLiteral("reason"), reason}};
}

std::variant<QueueLeft, ProtocolError> QueueLeft::fromJson(const QJsonObject &object)
{
    const auto mode = readMode(object);
    const auto reason = readText(object, QStringLiteral("reason"));
    if (!mode || !reason) {
        return badField(object, mode ? QStringLiteral("reason") : QStringLiteral("mode"),
                        QStringLiteral("present"));
    }
    return QueueLeft{*mode, *reason};
}

QJsonObject InviteRequest::toJson() const
{
    QJsonObject object{{kType, message_type::Invite},
                       {QStringLiteral("userId"), userId},
                       {QStringLiteral("config"), config.toJson()}};
    if (conversationId > 0) {
        object.insert(QStringLiteral("conversationId"), conversationId);
    }
    return object;
}

std::variant<InviteRequest, ProtocolError> InviteRequest::fromJson(const QJsonObject &object)
{
    InviteRequest request;
    const QJsonValue user = object.value(QStringLiteral("userId"));
    const double id = user.toDouble();
    if (!user.isDouble() || !std::isfinite(id) || std::trunc(id) != id || id < 1 ||
        id > double(kMaxId)) {
        return invalidField(message_type::Invite, QStringLiteral("userId"),
                            QStringLiteral("a positive integer"));
    }
    request.userId = qint64(id);
    if (object.contains(QStringLiteral("conversationId"))) {
        const auto conversation =
            readInteger(object.value(QStringLiteral("conversationId")), 1, kMaxId);
        if (!conversation) {
            return invalidField(message_type::Invite, QStringLiteral("conversationId"),
                                QStringLiteral("a positive integer"));
        }
        request.conversationId = *conversation;
    }
    auto config = readConfig(message_type::Invite, object.value(QStringLiteral("config")));
    if (auto *error = std::get_if<ProtocolError>(&config)) {
        return std::move(*error);
    }
    request.config = std::get<engine::MatchConfig>(std::move(config));
    if (request.config.mode != engine::GameMode::OneVsOne) {
        return invalidField(message_type::Invite, QStringLiteral("config.mode"),
                            QStringLiteral("\"one_vs_one\" (an invitation is for two)"));
    }
    return request;
}

QJsonObject InvitationNotice::toJson(const QString &type) const
{
    return {{kType, type},
            {QStringLiteral("inviteId"), inviteId},
            {QStringLiteral("from"), QJsonObject{{QStringLiteral("userId"), fromUserId},
                                                 {QStringLiteral("displayName"), fromName}}},
            {QStringLiteral("to"), QJsonObject{{QStringLiteral("userId"), toUserId},
                                               {QStringLiteral("displayName"), toName}}},
            {QStringLiteral("config"), config.toJson()},
            {QStringLiteral("expiresInMs"), expiresInMs}};
}

std::variant<InvitationNotice, ProtocolError> InvitationNotice::fromJson(const QJsonObject &object)
{
    InvitationNotice notice;
    const auto id = readText(object, QStringLiteral("inviteId"));
    if (!id) {
        return badField(object, QStringLiteral("inviteId"), QStringLiteral("a string"));
    }
    notice.inviteId = *id;
    for (const QString &side : {QStringLiteral("from"), QStringLiteral("to")}) {
        const QJsonObject person = object.value(side).toObject();
        const auto user = readInteger(person.value(QStringLiteral("userId")), 1, kMaxId);
        const QJsonValue name = person.value(QStringLiteral("displayName"));
        if (!user || !name.isString()) {
            return badField(object, side, QStringLiteral("{userId, displayName}"));
        }
        (side == QLatin1String("from") ? notice.fromUserId : notice.toUserId) = *user;
        (side == QLatin1String("from") ? notice.fromName : notice.toName) = name.toString();
    }
    auto config =
        readConfig(object.value(kType).toString(), object.value(QStringLiteral("config")));
    if (auto *error = std::get_if<ProtocolError>(&config)) {
        return std::move(*error);
    }
    notice.config = std::get<engine::MatchConfig>(std::move(config));
    const auto expires = readInteger(object.value(QStringLiteral("expiresInMs")), 0, kMaxId);
    if (!expires) {
        return badField(object, QStringLiteral("expiresInMs"),
                        QStringLiteral("a non-negative integer"));
    }
    notice.expiresInMs = *expires;
    return notice;
}

QJsonObject InviteAnswer::toJson() const
{
    return {{kType, message_type::InviteAnswer},
            {QStringLiteral("inviteId"), inviteId},
            {QStringLiteral("accept"), accept}};
}

std::variant<InviteAnswer, ProtocolError> InviteAnswer::fromJson(const QJsonObject &object)
{
    auto id = IdRequest::fromJson(message_type::InviteAnswer, QStringLiteral("inviteId"), object);
    if (auto *error = std::get_if<ProtocolError>(&id)) {
        return std::move(*error);
    }
    const QJsonValue accept = object.value(QStringLiteral("accept"));
    if (!accept.isBool()) {
        return invalidField(message_type::InviteAnswer, QStringLiteral("accept"),
                            QStringLiteral("true or false"));
    }
    return InviteAnswer{std::get<IdRequest>(id).id, accept.toBool()};
}

QJsonObject InviteClosed::toJson() const
{
    return {{kType, message_type::InviteClosed},
            {QStringLiteral("inviteId"), inviteId},
            {QStringLiteral("reason"), reason}};
}

std::variant<InviteClosed, ProtocolError> InviteClosed::fromJson(const QJsonObject &object)
{
    const auto id = readText(object, QStringLiteral("inviteId"));
    const auto reason = readText(object, QStringLiteral("reason"));
    if (!id || !reason) {
        return badField(object, id ? QStringLiteral("reason") : QStringLiteral("inviteId"),
                        QStringLiteral("a string"));
    }
    return InviteClosed{*id, *reason};
}

std::variant<IdRequest, ProtocolError>
IdRequest::fromJson(const QString &type, const QString &field, const QJsonObject &object)
{
    const QJsonValue value = object.value(field);
    const QString id = value.toString();
    if (!value.isString() || id.isEmpty() || id.size() > kMaxIdLength) {
        return invalidField(
            type, field,
            QStringLiteral("a non-empty string of at most %1 characters").arg(kMaxIdLength));
    }
    return IdRequest{id};
}

QJsonObject ReplayRequest::toJson() const
{
    return {{kType, message_type::Replay},
            {QStringLiteral("matchId"), matchId},
            {QStringLiteral("speed"), speed}};
}

std::variant<ReplayRequest, ProtocolError> ReplayRequest::fromJson(const QJsonObject &object)
{
    ReplayRequest request;
    const QJsonValue id = object.value(QStringLiteral("matchId"));
    const double number = id.toDouble();
    if (!id.isDouble() || !std::isfinite(number) || std::trunc(number) != number || number < 1 ||
        number > double(kMaxId)) {
        return invalidField(message_type::Replay, QStringLiteral("matchId"),
                            QStringLiteral("a positive integer"));
    }
    request.matchId = qint64(number);
    const QJsonValue speed = object.value(QStringLiteral("speed"));
    if (!speed.isUndefined()) {
        if (!speed.isDouble() || speed.toDouble() < 0.25 || speed.toDouble() > 4) {
            return invalidField(message_type::Replay, QStringLiteral("speed"),
                                QStringLiteral("a number from 0.25 to 4"));
        }
        request.speed = speed.toDouble();
    }
    return request;
}

QJsonObject ActiveMatch::toJson() const
{
    return {{kType, message_type::ActiveMatch},
            {QStringLiteral("roomId"), roomId},
            {QStringLiteral("kind"), roomKindName(kind)},
            {QStringLiteral("phase"), roomPhaseName(phase)}};
}

std::variant<ActiveMatch, ProtocolError> ActiveMatch::fromJson(const QJsonObject &object)
{
    const auto room = readText(object, QStringLiteral("roomId"));
    const auto kind = roomKindFromName(object.value(QStringLiteral("kind")).toString());
    const auto phase = roomPhaseFromName(object.value(QStringLiteral("phase")).toString());
    if (!room || !kind || !phase) {
        return badField(object,
                        !room   ? QStringLiteral("roomId")
                        : !kind ? QStringLiteral("kind")
                                : QStringLiteral("phase"),
                        QStringLiteral("present and known"));
    }
    return ActiveMatch{*room, *kind, *phase};
}

QJsonObject MatchPaused::toJson() const
{
    QJsonArray seats;
    for (const MissingSeat &seat : missing) {
        seats.append(QJsonObject{{QStringLiteral("seat"), seat.seat},
                                 {QStringLiteral("label"), seat.label},
                                 {QStringLiteral("forfeitInMs"), seat.forfeitInMs}});
    }
    return {{kType, message_type::MatchPaused},
            {QStringLiteral("roomId"), roomId},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("missing"), seats}};
}

std::variant<MatchPaused, ProtocolError> MatchPaused::fromJson(const QJsonObject &object)
{
    MatchPaused paused;
    const auto room = readText(object, QStringLiteral("roomId"));
    const auto reason = readText(object, QStringLiteral("reason"));
    if (!room || !reason) {
        return badField(object, room ? QStringLiteral("reason") : QStringLiteral("roomId"),
                        QStringLiteral("a string"));
    }
    paused.roomId = *room;
    paused.reason = *reason;
    for (const QJsonValue &entry : object.value(QStringLiteral("missing")).toArray()) {
        const QJsonObject seat = entry.toObject();
        const auto index = readInteger(seat.value(QStringLiteral("seat")), 0, 3);
        const auto forfeit = readInteger(seat.value(QStringLiteral("forfeitInMs")), 0, kMaxId);
        if (!index || !forfeit || !seat.value(QStringLiteral("label")).isString()) {
            return badField(object, QStringLiteral("missing"),
                            QStringLiteral("objects with seat, label and forfeitInMs"));
        }
        paused.missing.push_back(
            {int(*index), seat.value(QStringLiteral("label")).toString(), *forfeit});
    }
    return paused;
}

QJsonObject MatchResumed::toJson() const
{
    return {{kType, message_type::MatchResumed},
            {QStringLiteral("roomId"), roomId},
            {QStringLiteral("startsInMs"), startsInMs}};
}

std::variant<MatchResumed, ProtocolError> MatchResumed::fromJson(const QJsonObject &object)
{
    const auto room = readText(object, QStringLiteral("roomId"));
    const auto starts = readInteger(object.value(QStringLiteral("startsInMs")), 0, kMaxId);
    if (!room || !starts) {
        return badField(object, room ? QStringLiteral("startsInMs") : QStringLiteral("roomId"),
                        QStringLiteral("present"));
    }
    return MatchResumed{*room, *starts};
}

QJsonObject MatchMoved::toJson() const
{
    return {{kType, message_type::MatchMoved}, {QStringLiteral("roomId"), roomId}};
}

std::variant<MatchMoved, ProtocolError> MatchMoved::fromJson(const QJsonObject &object)
{
    const auto room = readText(object, QStringLiteral("roomId"));
    if (!room) {
        return badField(object, QStringLiteral("roomId"), QStringLiteral("a string"));
    }
    return MatchMoved{*room};
}

QJsonObject LatencyReport::toJson() const
{
    QJsonArray array;
    for (const SeatLatency &seat : seats) {
        array.append(QJsonObject{
            {QStringLiteral("seat"), seat.seat},
            {QStringLiteral("pingMs"),
             optionalInteger(seat.pingMs ? std::optional<qint64>(*seat.pingMs) : std::nullopt)}});
    }
    return {{kType, message_type::Latency},
            {QStringLiteral("roomId"), roomId},
            {QStringLiteral("seats"), array}};
}

std::variant<LatencyReport, ProtocolError> LatencyReport::fromJson(const QJsonObject &object)
{
    LatencyReport report;
    const auto room = readText(object, QStringLiteral("roomId"));
    if (!room) {
        return badField(object, QStringLiteral("roomId"), QStringLiteral("a string"));
    }
    report.roomId = *room;
    for (const QJsonValue &entry : object.value(QStringLiteral("seats")).toArray()) {
        const QJsonObject seat = entry.toObject();
        const auto index = readInteger(seat.value(QStringLiteral("seat")), 0, 3);
        const QJsonValue ping = seat.value(QStringLiteral("pingMs"));
        const auto pingMs = readInteger(ping, 0, 3'600'000);
        if (!index || (!ping.isNull() && !pingMs)) {
            return badField(object, QStringLiteral("seats"),
                            QStringLiteral("objects with seat and pingMs (or null)"));
        }
        report.seats.push_back(
            {int(*index), pingMs ? std::optional<int>(int(*pingMs)) : std::nullopt});
    }
    return report;
}

} // namespace transcendence::protocol
