#include "protocol/Envelope.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace transcendence::protocol {

ParsedEnvelope parseEnvelope(const QByteArray &utf8, int maxBytes)
{
    if (utf8.size() > maxBytes) {
        return ProtocolError{error_code::MessageTooLarge,
                             QStringLiteral("message exceeds %1 bytes").arg(maxBytes)};
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return ProtocolError{error_code::MalformedJson,
                             QStringLiteral("a message must be one JSON object")};
    }
    QJsonObject object = document.object();
    const QJsonValue type = object.value(QLatin1String("type"));
    if (!type.isString() || type.toString().isEmpty()) {
        return ProtocolError{error_code::MissingType,
                             QStringLiteral("a message needs a non-empty string \"type\"")};
    }
    return Envelope{type.toString(), std::move(object)};
}

QByteArray serialize(const QJsonObject &message)
{
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}

} // namespace transcendence::protocol
