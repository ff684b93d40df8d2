#pragma once

#include "protocol/ProtocolError.h"

#include <QJsonObject>
#include <QString>

#include <variant>

// Messages of the social features (friends, presence). docs/protocol.md, "Presence".
namespace transcendence::protocol {

namespace message_type {
inline const QString Presence = QStringLiteral("presence");
} // namespace message_type

// What others see of a signed-in user: "online" while any authenticated WebSocket of theirs is
// connected to any instance, "in_game" while one of them plays a match, else "offline".
namespace presence_status {
inline const QString Online = QStringLiteral("online");
inline const QString InGame = QStringLiteral("in_game");
inline const QString Offline = QStringLiteral("offline");
bool isKnown(const QString &status);
} // namespace presence_status

// server -> client: a friend's presence changed.
struct PresenceUpdate {
    qint64 userId = 0;
    QString status; // one of presence_status

    QJsonObject toJson() const;
    static std::variant<PresenceUpdate, ProtocolError> fromJson(const QJsonObject &object);
};

} // namespace transcendence::protocol
