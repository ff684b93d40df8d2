#include "http/RequestParameters.h"

#include <QRegularExpression>

namespace transcendence::server {

std::optional<qint64> positiveIdFrom(const QString &segment)
{
    static const QRegularExpression digits(QStringLiteral("^[1-9][0-9]{0,17}$"));
    if (!digits.match(segment).hasMatch()) {
        return std::nullopt;
    }
    return segment.toLongLong();
}

int integerParameter(const QUrlQuery &parameters, const QString &name, FieldErrors &errors,
                     int minimum, int maximum, int fallback)
{
    if (!parameters.hasQueryItem(name)) {
        return fallback;
    }
    bool ok = false;
    const int value = parameters.queryItemValue(name).toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        errors.add(
            name,
            FieldProblem{
                QStringLiteral("out_of_range"),
                QStringLiteral("must be a whole number from %1 to %2").arg(minimum).arg(maximum),
                {{QStringLiteral("min"), minimum}, {QStringLiteral("max"), maximum}}});
        return fallback;
    }
    return value;
}

} // namespace transcendence::server
