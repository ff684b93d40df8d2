#include "app/ServerConfig.h"

#include "app/DotEnv.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QUrl>

namespace transcendence::server {
namespace {

constexpr qsizetype kMinSecretKeyBytes = 32;

// Reads variables from the environment first, then from .env, and records what was bad.
class ConfigReader {
public:
    ConfigReader(const QProcessEnvironment &environment, const DotEnv &dotEnv)
        : m_environment(environment)
        , m_dotEnv(dotEnv)
    {}

    QString value(const QString &key, const QString &fallback = {}) const
    {
        if (m_environment.contains(key)) {
            return m_environment.value(key).trimmed();
        }
        return m_dotEnv.values.value(key, fallback).trimmed();
    }

    bool has(const QString &key) const { return !value(key).isEmpty(); }

    int integer(const QString &key, int fallback, int min, int max)
    {
        const QString text = value(key);
        if (text.isEmpty()) {
            return fallback;
        }
        bool ok = false;
        const int number = text.toInt(&ok);
        if (!ok || number < min || number > max) {
            errors
                << QStringLiteral("%1 must be an integer from %2 to %3").arg(key).arg(min).arg(max);
            return fallback;
        }
        return number;
    }

    QStringList errors;

private:
    const QProcessEnvironment &m_environment;
    const DotEnv &m_dotEnv;
};

// The Origin header a browser sends for pages of this URL: no path, default port left out.
QString originOf(const QUrl &url)
{
    QString origin = url.scheme() + QStringLiteral("://") + url.host();
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort) {
        origin += QLatin1Char(':') + QString::number(url.port());
    }
    return origin;
}

void readSecretKey(ConfigReader &reader, ServerConfig &config)
{
    const QString secret = reader.value(QStringLiteral("TRANSCENDENCE_SECRET_KEY"));
    if (secret.isEmpty() && config.mode == RunMode::Development) {
        // Development only: an ephemeral key (tokens do not survive a restart), logged as such.
        QByteArray random(48, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), 12);
        config.secretKey = random.toBase64();
        config.secretKeyGenerated = true;
        return;
    }
    if (secret.isEmpty()) {
        reader.errors << QStringLiteral("TRANSCENDENCE_SECRET_KEY is required in production");
    } else if (secret == QLatin1String(kExampleSecretKey)) {
        if (config.mode == RunMode::Production) {
            reader.errors << QStringLiteral(
                "TRANSCENDENCE_SECRET_KEY still has the example value from .env.example");
        }
    } else if (secret.toUtf8().size() < kMinSecretKeyBytes) {
        reader.errors << QStringLiteral("TRANSCENDENCE_SECRET_KEY must be at least %1 bytes")
                             .arg(kMinSecretKeyBytes);
    }
    config.secretKey = secret.toUtf8();
}

void readOperations(ConfigReader &reader, ServerConfig &config)
{
    config.metricsAllow = reader.value(QStringLiteral("TRANSCENDENCE_METRICS_ALLOW"));
    for (const QString &range : config.metricsAllow.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (QHostAddress::parseSubnet(range.trimmed()).first.isNull()) {
            reader.errors << QStringLiteral("TRANSCENDENCE_METRICS_ALLOW must be CIDR ranges "
                                            "such as 172.16.0.0/12, got \"%1\"")
                                 .arg(range);
        }
    }
    config.metricsToken = reader.value(QStringLiteral("TRANSCENDENCE_METRICS_TOKEN")).toUtf8();
    if (!config.metricsToken.isEmpty() && config.metricsToken.size() < 16) {
        reader.errors << QStringLiteral("TRANSCENDENCE_METRICS_TOKEN must be at least 16 bytes");
    }
    config.webhookSecret = reader.value(QStringLiteral("TRANSCENDENCE_WEBHOOK_SECRET")).toUtf8();
    config.deployBranch =
        reader.value(QStringLiteral("TRANSCENDENCE_DEPLOY_BRANCH"), config.deployBranch);
    config.deployCommand = reader.value(QStringLiteral("TRANSCENDENCE_DEPLOY_COMMAND"));
    if (!config.deployCommand.isEmpty() && config.webhookSecret.isEmpty()) {
        reader.errors << QStringLiteral(
            "TRANSCENDENCE_DEPLOY_COMMAND needs TRANSCENDENCE_WEBHOOK_SECRET");
    }
}

void readRedis(ConfigReader &reader, ServerConfig &config)
{
    const QString url = reader.value(QStringLiteral("TRANSCENDENCE_REDIS_URL"));
    if (url.isEmpty()) {
        return;
    }
    auto parsed = parseRedisUrl(url);
    if (auto *error = std::get_if<QString>(&parsed)) {
        reader.errors << *error;
        return;
    }
    config.redis = std::get<RedisEndpoint>(parsed);
    if (config.mode == RunMode::Production && config.redis->password == "change-me") {
        reader.errors << QStringLiteral(
            "TRANSCENDENCE_REDIS_URL still has the example password from .env.example");
    }
}

void readMail(ConfigReader &reader, ServerConfig &config)
{
    config.smtpUrl = reader.value(QStringLiteral("TRANSCENDENCE_SMTP_URL"));
    if (!config.smtpUrl.isEmpty()) {
        const QUrl url(config.smtpUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("smtp") && url.scheme() != QLatin1String("smtps"))) {
            reader.errors << QStringLiteral("TRANSCENDENCE_SMTP_URL must be smtp://host:port or "
                                            "smtps://host:port, got \"%1\"")
                                 .arg(config.smtpUrl);
        }
    }
    config.smtpUser = reader.value(QStringLiteral("TRANSCENDENCE_SMTP_USER"));
    config.smtpPassword = reader.value(QStringLiteral("TRANSCENDENCE_SMTP_PASSWORD"));
    config.smtpFrom = reader.value(QStringLiteral("TRANSCENDENCE_SMTP_FROM"), config.smtpFrom);
    config.mailFirstRetrySeconds =
        reader.integer(QStringLiteral("TRANSCENDENCE_MAIL_RETRY_SECONDS"), 15, 1, 3600);
    if (!config.smtpFrom.contains(QLatin1Char('@'))) {
        reader.errors << QStringLiteral("TRANSCENDENCE_SMTP_FROM must be an address, e.g. "
                                        "Transcendence <no-reply@example.org>");
    }
}

void readDatabase(ConfigReader &reader, ServerConfig &config)
{
    const QString url = reader.value(QStringLiteral("DATABASE_URL"));
    if (url.isEmpty()) {
        reader.errors << QStringLiteral(
            "DATABASE_URL is required (postgresql://user:password@host:port/dbname)");
        return;
    }
    auto parsed = parseDatabaseUrl(url);
    if (auto *error = std::get_if<QString>(&parsed)) {
        reader.errors << *error;
        return;
    }
    config.database = std::get<DatabaseSettings>(parsed);
    if (config.mode == RunMode::Production &&
        config.database.password == QLatin1String("change-me")) {
        reader.errors << QStringLiteral(
            "DATABASE_URL still has the example password from .env.example");
    }
}

void readHttp(ConfigReader &reader, ServerConfig &config)
{
    const QString host =
        reader.value(QStringLiteral("TRANSCENDENCE_HTTP_HOST"), QStringLiteral("127.0.0.1"));
    if (!config.httpHost.setAddress(host)) {
        reader.errors << QStringLiteral("TRANSCENDENCE_HTTP_HOST must be an IP address, got \"%1\"")
                             .arg(host);
    }
    config.httpPort =
        quint16(reader.integer(QStringLiteral("TRANSCENDENCE_HTTP_PORT"), 8000, 0, 65535));
    config.httpSocket = reader.value(QStringLiteral("TRANSCENDENCE_HTTP_SOCKET"), QString());

    config.publicUrl = reader.value(QStringLiteral("TRANSCENDENCE_PUBLIC_URL"),
                                    QStringLiteral("https://localhost:8443"));
    const QUrl publicUrl(config.publicUrl, QUrl::StrictMode);
    if (!publicUrl.isValid() ||
        (publicUrl.scheme() != QLatin1String("https") &&
         publicUrl.scheme() != QLatin1String("http")) ||
        publicUrl.host().isEmpty()) {
        reader.errors << QStringLiteral(
            "TRANSCENDENCE_PUBLIC_URL must be an http(s) URL such as https://pong.example.org");
    } else {
        if (config.mode == RunMode::Production && publicUrl.scheme() != QLatin1String("https")) {
            reader.errors << QStringLiteral(
                "TRANSCENDENCE_PUBLIC_URL must use https in production");
        }
        config.allowedOrigins << originOf(publicUrl);
    }
    const QString extraOrigins = reader.value(QStringLiteral("TRANSCENDENCE_EXTRA_ORIGINS"));
    for (const QString &origin : extraOrigins.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        config.allowedOrigins << origin.trimmed();
    }
}

void readPaths(ConfigReader &reader, ServerConfig &config)
{
    config.webRoot = reader.value(QStringLiteral("TRANSCENDENCE_WEB_ROOT"));
    if (!config.webRoot.isEmpty() &&
        !QFileInfo(config.webRoot + QStringLiteral("/index.html")).isFile()) {
        reader.errors
            << QStringLiteral("TRANSCENDENCE_WEB_ROOT has no index.html: %1").arg(config.webRoot);
    }
    config.migrationsDir = reader.value(QStringLiteral("TRANSCENDENCE_MIGRATIONS_DIR"));
    if (!config.migrationsDir.isEmpty() && !QFileInfo(config.migrationsDir).isDir()) {
        reader.errors << QStringLiteral("TRANSCENDENCE_MIGRATIONS_DIR is not a folder: %1")
                             .arg(config.migrationsDir);
    }
}

} // namespace

std::variant<ServerConfig, QStringList>
ServerConfig::fromEnvironment(const QProcessEnvironment &environment)
{
    const QString envFile =
        environment.value(QStringLiteral("TRANSCENDENCE_ENV_FILE"), QStringLiteral(".env"));
    const DotEnv dotEnv = DotEnv::readFile(envFile);
    ConfigReader reader(environment, dotEnv);
    for (const QString &error : dotEnv.errors) {
        reader.errors << QStringLiteral("%1: %2").arg(envFile, error);
    }

    ServerConfig config;
    const QString mode =
        reader.value(QStringLiteral("TRANSCENDENCE_ENV"), QStringLiteral("development"));
    if (mode == QLatin1String("production")) {
        config.mode = RunMode::Production;
    } else if (mode != QLatin1String("development")) {
        reader.errors << QStringLiteral(
            "TRANSCENDENCE_ENV must be \"development\" or \"production\"");
    }
    readHttp(reader, config);
    readDatabase(reader, config);
    readRedis(reader, config);
    readPaths(reader, config);
    readSecretKey(reader, config);
    config.trustedProxies =
        reader.value(QStringLiteral("TRANSCENDENCE_TRUSTED_PROXIES"), config.trustedProxies);
    for (const QString &range : config.trustedProxies.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (QHostAddress::parseSubnet(range.trimmed()).first.isNull()) {
            reader.errors << QStringLiteral("TRANSCENDENCE_TRUSTED_PROXIES must be CIDR ranges "
                                            "such as 10.0.0.0/8, got \"%1\"")
                                 .arg(range);
        }
    }
    config.httpLimits.maxBodyBytes =
        reader.integer(QStringLiteral("TRANSCENDENCE_HTTP_MAX_BODY_BYTES"),
                       int(config.httpLimits.maxBodyBytes), 1024, 1024 * 1024 * 1024);
    config.httpLimits.readTimeoutMs =
        1000 * reader.integer(QStringLiteral("TRANSCENDENCE_HTTP_READ_TIMEOUT_SECONDS"),
                              config.httpLimits.readTimeoutMs / 1000, 1, 3600);
    config.httpLimits.idleTimeoutMs =
        1000 * reader.integer(QStringLiteral("TRANSCENDENCE_HTTP_IDLE_TIMEOUT_SECONDS"),
                              config.httpLimits.idleTimeoutMs / 1000, 1, 3600);
    RealtimeLimits &realtime = config.realtimeLimits;
    realtime.connectionsPerAddress = reader.integer(QStringLiteral("TRANSCENDENCE_WS_PER_ADDRESS"),
                                                    realtime.connectionsPerAddress, 1, 1'000'000);
    realtime.connectionsPerAccount = reader.integer(QStringLiteral("TRANSCENDENCE_WS_PER_ACCOUNT"),
                                                    realtime.connectionsPerAccount, 1, 10'000);
    realtime.guestIdleSeconds =
        reader.integer(QStringLiteral("TRANSCENDENCE_WS_GUEST_IDLE_SECONDS"),
                       realtime.guestIdleSeconds, 0, 86'400);
    realtime.replaysPerUser = reader.integer(QStringLiteral("TRANSCENDENCE_REPLAYS_PER_USER"),
                                             realtime.replaysPerUser, 1, 1000);
    realtime.replaysPerServer = reader.integer(QStringLiteral("TRANSCENDENCE_REPLAYS_PER_SERVER"),
                                               realtime.replaysPerServer, 1, 100'000);
    if (const QString transport = reader.value(QStringLiteral("TRANSCENDENCE_WS_TRANSPORT"));
        transport == QLatin1String("qt")) {
        config.rawWebSockets = false;
    } else if (!transport.isEmpty() && transport != QLatin1String("raw")) {
        reader.errors << QStringLiteral("TRANSCENDENCE_WS_TRANSPORT must be raw or qt");
    }
    readOperations(reader, config);
    readMail(reader, config);
    config.oauthProviders =
        oauth::readOAuthProviders([&reader](const QString &key) { return reader.value(key); },
                                  config.mode == RunMode::Production);
    reader.errors << config.oauthProviders.errors;
    LegalFactsResult legal =
        readLegalFacts([&reader](const QString &key) { return reader.value(key); },
                       config.mode == RunMode::Production);
    config.legal = std::move(legal.facts);
    reader.errors << legal.errors;
    config.adminUsername = reader.value(QStringLiteral("TRANSCENDENCE_ADMIN_USERNAME"));
    config.adminEmail = reader.value(QStringLiteral("TRANSCENDENCE_ADMIN_EMAIL"));
    config.adminPassword = reader.value(QStringLiteral("TRANSCENDENCE_ADMIN_PASSWORD"));
    if (config.mode == RunMode::Production &&
        config.adminPassword.startsWith(QLatin1String("change-me"))) {
        reader.errors << QStringLiteral(
            "TRANSCENDENCE_ADMIN_PASSWORD still has the example value from .env.example");
    }
    config.workerThreads = reader.integer(QStringLiteral("TRANSCENDENCE_WORKER_THREADS"), 4, 1, 64);
    config.sqlQueueLimit =
        reader.integer(QStringLiteral("TRANSCENDENCE_SQL_QUEUE_LIMIT"), 512, 1, 100000);
    config.cpuThreads = reader.integer(QStringLiteral("TRANSCENDENCE_CPU_THREADS"), 2, 1, 64);
    config.cpuQueueLimit =
        reader.integer(QStringLiteral("TRANSCENDENCE_CPU_QUEUE_LIMIT"), 16, 0, 10000);
    config.registrationsPerHour =
        reader.integer(QStringLiteral("TRANSCENDENCE_REGISTRATIONS_PER_HOUR"), 10, 1, 100000);
    config.reconnectGraceSeconds =
        reader.integer(QStringLiteral("TRANSCENDENCE_RECONNECT_GRACE_SECONDS"), 30, 1, 600);
    config.inviteTtlSeconds =
        reader.integer(QStringLiteral("TRANSCENDENCE_INVITE_TTL_SECONDS"), 60, 1, 3600);
    config.showUpSeconds =
        reader.integer(QStringLiteral("TRANSCENDENCE_SHOW_UP_SECONDS"), 60, 1, 3600);
    config.guestIdleSeconds =
        reader.integer(QStringLiteral("TRANSCENDENCE_GUEST_IDLE_SECONDS"), 90, 1, 3600);
    config.databaseStartupTimeoutSeconds =
        reader.integer(QStringLiteral("TRANSCENDENCE_DB_STARTUP_TIMEOUT"), 30, 0, 600);

    if (!reader.errors.isEmpty()) {
        return reader.errors;
    }
    return config;
}

std::variant<ServerConfig, QStringList> ServerConfig::load()
{
    return fromEnvironment(QProcessEnvironment::systemEnvironment());
}

} // namespace transcendence::server
