#include "social/PresenceSettings.h"

#include "app/DotEnv.h"

namespace transcendence::server {
namespace {

int readSeconds(const QProcessEnvironment &environment, const DotEnv &dotEnv, const QString &name,
                int fallback, int minimum, int maximum, QStringList *problems)
{
    const QString text =
        environment.contains(name) ? environment.value(name) : dotEnv.values.value(name);
    if (text.trimmed().isEmpty()) {
        return fallback;
    }
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        problems->append(QStringLiteral("%1 must be a whole number of seconds from %2 to %3")
                             .arg(name)
                             .arg(minimum)
                             .arg(maximum));
        return fallback;
    }
    return value;
}

} // namespace

PresenceSettings PresenceSettings::fromEnvironment(const QProcessEnvironment &environment,
                                                   QStringList *problems)
{
    const DotEnv dotEnv = DotEnv::readFile(
        environment.value(QStringLiteral("TRANSCENDENCE_ENV_FILE"), QStringLiteral(".env")));
    PresenceSettings settings;
    settings.staleAfterSeconds =
        readSeconds(environment, dotEnv, QStringLiteral("TRANSCENDENCE_PRESENCE_STALE_SECONDS"),
                    settings.staleAfterSeconds, 2, 3600, problems);
    settings.heartbeatSeconds = readSeconds(
        environment, dotEnv, QStringLiteral("TRANSCENDENCE_PRESENCE_HEARTBEAT_SECONDS"),
        qMin(settings.heartbeatSeconds, qMax(1, settings.staleAfterSeconds / 3)), 1, 600, problems);
    // An instance must beat several times within the stale window, or a live one looks dead.
    if (settings.heartbeatSeconds * 2 > settings.staleAfterSeconds) {
        problems->append(QStringLiteral("TRANSCENDENCE_PRESENCE_HEARTBEAT_SECONDS must be at most "
                                        "half of TRANSCENDENCE_PRESENCE_STALE_SECONDS"));
        settings.heartbeatSeconds = qMax(1, settings.staleAfterSeconds / 3);
    }
    return settings;
}

} // namespace transcendence::server
