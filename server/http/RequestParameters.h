#pragma once

#include "http/JsonBody.h"

#include <QString>
#include <QUrlQuery>

#include <optional>

namespace transcendence::server {

// A path segment naming a row: a positive decimal integer and nothing else ("+1", "01", " 1",
// "1e3" are not ids). nullopt answers as 404, like any path that names nothing.
std::optional<qint64> positiveIdFrom(const QString &segment);

// An integer query parameter in [minimum, maximum]: absent gives fallback; anything else is a
// field error (422), never silently clamped.
int integerParameter(const QUrlQuery &parameters, const QString &name, FieldErrors &errors,
                     int minimum, int maximum, int fallback);

} // namespace transcendence::server
