#include "protocol/SocialMessages.h"

#include <cmath>

namespace transcendence::protocol {

bool presence_status::isKnown(const QString &status)
{
    return status == Online || status == InGame || status == Offline;
}

QJsonObject PresenceUpdate::toJson() const
{
    return {{QStringLiteral("type"), message_type::Presence},
            {QStringLiteral("userId"), userId},
            {QStringLiteral("status"), status}};
}

std::variant<PresenceUpdate, ProtocolError> PresenceUpdate::fromJson(const QJsonObject &object)
{
    const QJsonValue id = object.value(QStringLiteral("userId"));
    const double number = id.toDouble();
    // JSON numbers are doubles: a user id is a positive integer that one holds exactly.
    if (!id.isDouble() || !std::isfinite(number) || std::trunc(number) != number || number < 1 ||
        number > 9007199254740991.0) {
        return ProtocolError{error_code::InvalidField,
                             QStringLiteral("presence.userId must be a positive integer")};
    }
    const QString status = object.value(QStringLiteral("status")).toString();
    if (!presence_status::isKnown(status)) {
        return ProtocolError{error_code::InvalidField,
                             QStringLiteral("presence.status must be online, in_game or offline")};
    }
    return PresenceUpdate{static_cast<qint64>(number), status};
}

} // namespace transcendence::protocol
