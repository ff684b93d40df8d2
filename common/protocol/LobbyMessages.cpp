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

QJsonObject QueueLeft::toJson() const
{
    return {{kType, message_type::QueueLeft},
            {QStringLiteral("mode"), queueModeName(mode)},
            {QStringLiteral("reason"), reason}};
}

QJsonObject InviteRequest::toJson() const
{
    return {{kType, message_type::Invite},
            {QStringLiteral("userId"), userId},
            {QStringLiteral("config"), config.toJson()}};
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

QJsonObject MatchResumed::toJson() const
{
    return {{kType, message_type::MatchResumed},
            {QStringLiteral("roomId"), roomId},
            {QStringLiteral("startsInMs"), startsInMs}};
}

QJsonObject MatchMoved::toJson() const
{
    return {{kType, message_type::MatchMoved}, {QStringLiteral("roomId"), roomId}};
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

} // namespace transcendence::protocol
