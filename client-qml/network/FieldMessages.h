#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QVariantMap>

namespace transcendence::client {

// The server names each field problem with a stable code ({"code":"taken","message":"...",
// "max":20}; docs/api/openapi.yaml lists them). The app shows its own translation of a code it
// knows, and the server's English sentence only for a code it does not know.
class FieldMessages {
    Q_DECLARE_TR_FUNCTIONS(FieldMessages)

public:
    // One problem (an object, or a plain string from an older server) as text.
    static QString describe(const QJsonValue &problem);
    // {"field": problem} → {"field": text}, what the pages' fieldErrors hold.
    static QVariantMap describeAll(const QJsonObject &fields);
};

} // namespace transcendence::client
