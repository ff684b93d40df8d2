#include "protocol/ConnectionMessages.h"

#include <cmath>
#include <limits>

namespace transcendence::protocol {
namespace {

const QLatin1String kType("type");

ProtocolError invalidField(const QString &type, const QString &field, const QString &expected)
{
    return ProtocolError{error_code::InvalidField,
                         QStringLiteral("%1.%2 must be %3").arg(type, field, expected)};
}

// JSON numbers are doubles: accept only integral values that fit the range.
bool readInteger(const QJsonObject &object, const QString &field, qint64 min, qint64 max,
                 qint64 &out)
{
    const QJsonValue value = object.value(field);
    if (!value.isDouble()) {
        return false;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number || number < double(min) ||
        number > double(max)) {
        return false;
    }
    out = static_cast<qint64>(number);
    return true;
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Times on the wire carry their zone ("Z" or an offset); a zone-less time would be read as
// the reader's local time.
bool readTime(const QJsonObject &object, const QString &field, QDateTime &out)
{
    out = QDateTime::fromString(object.value(field).toString(), Qt::ISODateWithMs);
    return out.isValid() && out.timeSpec() != Qt::LocalTime;
}

constexpr qint64 kMaxSeq = (qint64(1) << 53) - 1; // largest integer a JSON double holds exactly

} // namespace

QString snapshotEncodingName(SnapshotEncoding encoding)
{
    return encoding == SnapshotEncoding::Binary ? QStringLiteral("binary") : QStringLiteral("json");
}

std::optional<SnapshotEncoding> snapshotEncodingFromName(const QString &name)
{
    if (name == QLatin1String("json")) {
        return SnapshotEncoding::Json;
    }
    if (name == QLatin1String("binary")) {
        return SnapshotEncoding::Binary;
    }
    return std::nullopt;
}

QJsonObject Hello::toJson() const
{
    QJsonObject object{{kType, message_type::Hello},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("client"), client}};
    if (!ticket.isEmpty()) {
        object.insert(QStringLiteral("ticket"), ticket);
    }
    if (encoding != SnapshotEncoding::Json) {
        object.insert(QStringLiteral("encoding"), snapshotEncodingName(encoding));
    }
    return object;
}

std::variant<Hello, ProtocolError> Hello::fromJson(const QJsonObject &object)
{
    Hello hello;
    qint64 version = 0;
    if (!readInteger(object, QStringLiteral("version"), 1, 1'000'000, version)) {
        return invalidField(message_type::Hello, QStringLiteral("version"),
                            QStringLiteral("a positive integer"));
    }
    hello.version = int(version);
    const QJsonValue client = object.value(QStringLiteral("client"));
    if (!client.isUndefined()) {
        if (!client.isString() || client.toString().size() > 64) {
            return invalidField(message_type::Hello, QStringLiteral("client"),
                                QStringLiteral("a string of at most 64 characters"));
        }
        hello.client = client.toString();
    }
    const QJsonValue ticket = object.value(QStringLiteral("ticket"));
    if (!ticket.isUndefined()) {
        if (!ticket.isString() || ticket.toString().isEmpty() || ticket.toString().size() > 128) {
            return invalidField(message_type::Hello, QStringLiteral("ticket"),
                                QStringLiteral("a non-empty string of at most 128 characters"));
        }
        hello.ticket = ticket.toString();
    }
    const QJsonValue encoding = object.value(QStringLiteral("encoding"));
    if (!encoding.isUndefined()) {
        const auto chosen = snapshotEncodingFromName(encoding.toString());
        if (!chosen) {
            return invalidField(message_type::Hello, QStringLiteral("encoding"),
                                QStringLiteral("\"json\" or \"binary\""));
        }
        hello.encoding = *chosen;
    }
    return hello;
}

QJsonObject Welcome::toJson() const
{
    return {{kType, message_type::Welcome},
            {QStringLiteral("version"), version},
            {QStringLiteral("server"), server},
            {QStringLiteral("connectionId"), connectionId},
            {QStringLiteral("heartbeatIntervalMs"), heartbeatIntervalMs},
            {QStringLiteral("serverTime"), isoTime(serverTime)},
            {QStringLiteral("user"),
             userId > 0 ? QJsonValue(QJsonObject{{QStringLiteral("id"), userId},
                                                 {QStringLiteral("displayName"), displayName}})
                        : QJsonValue()},
            {QStringLiteral("encoding"), snapshotEncodingName(encoding)}};
}

std::variant<Welcome, ProtocolError> Welcome::fromJson(const QJsonObject &object)
{
    Welcome welcome;
    qint64 number = 0;
    if (!readInteger(object, QStringLiteral("version"), 1, 1'000'000, number)) {
        return invalidField(message_type::Welcome, QStringLiteral("version"),
                            QStringLiteral("a positive integer"));
    }
    welcome.version = int(number);
    if (!readInteger(object, QStringLiteral("heartbeatIntervalMs"), 1, 3'600'000, number)) {
        return invalidField(message_type::Welcome, QStringLiteral("heartbeatIntervalMs"),
                            QStringLiteral("a positive integer"));
    }
    welcome.heartbeatIntervalMs = int(number);
    welcome.server = object.value(QStringLiteral("server")).toString();
    welcome.connectionId = object.value(QStringLiteral("connectionId")).toString();
    if (!readTime(object, QStringLiteral("serverTime"), welcome.serverTime)) {
        return invalidField(message_type::Welcome, QStringLiteral("serverTime"),
                            QStringLiteral("an ISO 8601 time"));
    }
    // "user": null for a guest connection, {id, displayName} for a signed-in one.
    const QJsonValue user = object.value(QStringLiteral("user"));
    if (user.isObject()) {
        const QJsonObject account = user.toObject();
        if (!readInteger(account, QStringLiteral("id"), 1, std::numeric_limits<qint64>::max(),
                         number)) {
            return invalidField(message_type::Welcome, QStringLiteral("user"),
                                QStringLiteral("null or an object with a positive integer id"));
        }
        welcome.userId = number;
        welcome.displayName = account.value(QStringLiteral("displayName")).toString();
    } else if (!user.isNull() && !user.isUndefined()) {
        return invalidField(message_type::Welcome, QStringLiteral("user"),
                            QStringLiteral("null or an object with a positive integer id"));
    }
    // Servers from before binary snapshots send no "encoding": JSON.
    welcome.encoding = snapshotEncodingFromName(object.value(QStringLiteral("encoding")).toString())
                           .value_or(SnapshotEncoding::Json);
    return welcome;
}

QJsonObject Ping::toJson() const
{
    return {{kType, message_type::Ping}, {QStringLiteral("seq"), seq}};
}

std::variant<Ping, ProtocolError> Ping::fromJson(const QJsonObject &object)
{
    Ping ping;
    if (!readInteger(object, QStringLiteral("seq"), 0, kMaxSeq, ping.seq)) {
        return invalidField(message_type::Ping, QStringLiteral("seq"),
                            QStringLiteral("a non-negative integer"));
    }
    return ping;
}

QJsonObject Pong::toJson() const
{
    return {{kType, message_type::Pong},
            {QStringLiteral("seq"), seq},
            {QStringLiteral("serverTime"), isoTime(serverTime)}};
}

std::variant<Pong, ProtocolError> Pong::fromJson(const QJsonObject &object)
{
    Pong pong;
    if (!readInteger(object, QStringLiteral("seq"), 0, kMaxSeq, pong.seq)) {
        return invalidField(message_type::Pong, QStringLiteral("seq"),
                            QStringLiteral("a non-negative integer"));
    }
    if (!readTime(object, QStringLiteral("serverTime"), pong.serverTime)) {
        return invalidField(message_type::Pong, QStringLiteral("serverTime"),
                            QStringLiteral("an ISO 8601 time"));
    }
    return pong;
}

QJsonObject ErrorMessage::toJson() const
{
    QJsonObject object{{kType, message_type::Error},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("message"), message}};
    if (!ref.isEmpty()) {
        object.insert(QStringLiteral("ref"), ref);
    }
    return object;
}

std::variant<ErrorMessage, ProtocolError> ErrorMessage::fromJson(const QJsonObject &object)
{
    ErrorMessage error;
    error.code = object.value(QStringLiteral("code")).toString();
    if (error.code.isEmpty()) {
        return invalidField(message_type::Error, QStringLiteral("code"),
                            QStringLiteral("a non-empty string"));
    }
    error.message = object.value(QStringLiteral("message")).toString();
    error.ref = object.value(QStringLiteral("ref")).toString();
    return error;
}

} // namespace transcendence::protocol
