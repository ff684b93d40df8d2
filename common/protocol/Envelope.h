#pragma once

#include "protocol/ProtocolError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <variant>

namespace transcendence::protocol {

// Every WebSocket message is one JSON object in a text frame with a string "type".
struct Envelope {
    QString type;
    QJsonObject body; // the whole object, "type" included
};

using ParsedEnvelope = std::variant<Envelope, ProtocolError>;

// Checks size, JSON syntax and the "type" field; what the type means is the receiver's business.
ParsedEnvelope parseEnvelope(const QByteArray &utf8, int maxBytes);

QByteArray serialize(const QJsonObject &message);

} // namespace transcendence::protocol
