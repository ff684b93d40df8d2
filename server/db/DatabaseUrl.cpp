#include "db/DatabaseUrl.h"

#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace transcendence::server {
namespace {

const QStringList kPassedOptions{QStringLiteral("sslmode"), QStringLiteral("connect_timeout"),
                                 QStringLiteral("application_name")};

bool isSafeOptionValue(const QString &value)
{
    // QPSQL joins options with ';' and libpq splits on spaces: refuse both rather than escape.
    for (const QChar c : value) {
        if (c.isSpace() || c == QLatin1Char(';') || c == QLatin1Char('\'') ||
            c == QLatin1Char('\\')) {
            return false;
        }
    }
    return !value.isEmpty();
}

} // namespace

QString DatabaseSettings::redacted() const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
}

std::variant<DatabaseSettings, QString> parseDatabaseUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgres") &&
                           url.scheme() != QLatin1String("postgresql"))) {
        return QStringLiteral(
            "DATABASE_URL must look like postgresql://user:password@host:port/dbname");
    }
    DatabaseSettings settings;
    settings.user = url.userName(QUrl::FullyDecoded);
    settings.password = url.password(QUrl::FullyDecoded);
    settings.host = url.host(QUrl::FullyDecoded);
    settings.port = url.port(5432);
    settings.databaseName = url.path(QUrl::FullyDecoded).mid(1);
    if (settings.databaseName.isEmpty() || settings.databaseName.contains(QLatin1Char('/'))) {
        return QStringLiteral("DATABASE_URL must name one database, e.g. .../transcendence");
    }

    // Each parameter at most once: a repeated one would make it unclear which value wins
    // (and must never silently drop sslmode).
    QStringList seen;
    QString connectTimeout = QStringLiteral("5");
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[key, rawValue] : query.queryItems(QUrl::FullyDecoded)) {
        if (seen.contains(key)) {
            return QStringLiteral("DATABASE_URL parameter %1 is given more than once").arg(key);
        }
        seen << key;
        if (key == QLatin1String("host")) {
            settings.host = rawValue;
        } else if (kPassedOptions.contains(key)) {
            if (!isSafeOptionValue(rawValue)) {
                return QStringLiteral("DATABASE_URL parameter %1 has an invalid value").arg(key);
            }
            if (key == QLatin1String("connect_timeout")) {
                connectTimeout = rawValue;
            } else {
                options << key + QLatin1Char('=') + rawValue;
            }
        } else {
            return QStringLiteral("DATABASE_URL parameter %1 is not supported").arg(key);
        }
    }
    options.prepend(QStringLiteral("connect_timeout=") + connectTimeout);
    if (settings.host.isEmpty()) {
        settings.host = QStringLiteral("localhost");
    }
    settings.connectOptions = options.join(QLatin1Char(';'));
    return settings;
}

} // namespace transcendence::server
