#include "app/TranscendenceServer.h"

#include "account/AccountRoutes.h"
#include "admin/AdminRoutes.h"
#include "app/AdminBootstrap.h"
#include "app/FeatureContext.h"
#include "app/ShutdownSignals.h"
#include "app/StructuredLog.h"
#include "auth/AccessToken.h"
#include "auth/AuthRoutes.h"
#include "auth/OAuthRoutes.h"
#include "auth/PasswordHasher.h"
#include "auth/PasswordPolicy.h"
#include "auth/RequestAuthenticator.h"
#include "auth/SessionCache.h"
#include "auth/SessionEventListener.h"
#include "auth/SessionMaintenance.h"
#include "auth/TwoFactorRoutes.h"
#include "chat/ChatFeature.h"
#include "cluster/ClusterServices.h"
#include "db/DatabaseConnection.h"
#include "db/DatabaseWorkers.h"
#include "db/MigrationRunner.h"
#include "health/HealthRoutes.h"
#include "http/ApiError.h"
#include "http/HttpExchange.h"
#include "http/LowDelayTcpServer.h"
#include "http/ProxySocketListener.h"
#include "http/Router.h"
#include "legal/LegalRoutes.h"
#include "mail/MailSender.h"
#include "mail/MailTemplates.h"
#include "matches/MatchFeature.h"
#include "operations/OperationsFeature.h"
#include "play/PlayFeature.h"
#include "privacy/PrivacyRoutes.h"
#include "protocol/ProtocolVersion.h"
#include "realtime/RealtimeHub.h"
#include "social/SocialFeature.h"
#include "tournaments/TournamentFeature.h"
#include "users/UserFeature.h"
#include "web/StaticSite.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHttpServer>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

namespace transcendence::server {
namespace {

constexpr int kShutdownGraceMs = 3000;
const QString kMigrationConnection = QStringLiteral("migrations");

} // namespace

TranscendenceServer::TranscendenceServer(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_http(std::make_unique<QHttpServer>())
    , m_site(std::make_unique<StaticSite>(m_config.webRoot))
{}

TranscendenceServer::~TranscendenceServer()
{
    delete m_sessionListener; // stops its thread first: it signals the hub
    m_features.reset();
    delete m_hub;
    delete m_oauth;
    delete m_twoFactor;
    delete m_auth;
    delete m_authenticator;
    delete m_workers; // finishes queued jobs, closes the workers' connections
    MailSender::stop(m_mail);
    delete m_health;
    delete m_cluster;
    m_http.reset();
}

quint16 TranscendenceServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

bool TranscendenceServer::migrateDatabase()
{
    const QString source =
        m_config.migrationsDir.isEmpty() ? QStringLiteral(":/sql") : m_config.migrationsDir;
    auto discovered = MigrationRunner::discover(source);
    if (auto *error = std::get_if<QString>(&discovered)) {
        StructuredLog::error(QStringLiteral("migrations_invalid"),
                             {{QStringLiteral("error"), *error}});
        return false;
    }

    QString error;
    QSqlDatabase db;
    const QDeadlineTimer deadline(std::chrono::seconds(m_config.databaseStartupTimeoutSeconds));
    for (;;) {
        db = DatabaseConnection::open(m_config.database, kMigrationConnection, &error);
        if (db.isOpen() || deadline.hasExpired()) {
            break;
        }
        StructuredLog::warning(QStringLiteral("database_waiting"),
                               {{QStringLiteral("error"), error}});
        QThread::msleep(500);
    }
    if (!db.isOpen()) {
        StructuredLog::error(QStringLiteral("database_unreachable"),
                             {{QStringLiteral("database"), m_config.database.redacted()},
                              {QStringLiteral("error"), error}});
        DatabaseConnection::remove(kMigrationConnection);
        return false;
    }
    const auto outcome = MigrationRunner::apply(db, std::get<QList<Migration>>(discovered));
    if (outcome.error.isEmpty()) {
        QSqlQuery record(db);
        record.prepare(
            QStringLiteral("INSERT INTO server_instances (version, host_name) VALUES (?, ?)"));
        record.addBindValue(QStringLiteral(TRANSCENDENCE_VERSION_STRING));
        record.addBindValue(QSysInfo::machineHostName());
        if (!record.exec()) {
            StructuredLog::warning(QStringLiteral("instance_not_recorded"),
                                   {{QStringLiteral("error"), record.lastError().text()}});
        }
    }
    db = QSqlDatabase();
    DatabaseConnection::remove(kMigrationConnection);
    if (!outcome.error.isEmpty()) {
        StructuredLog::error(QStringLiteral("migration_failed"),
                             {{QStringLiteral("error"), outcome.error}});
        return false;
    }
    StructuredLog::info(QStringLiteral("migrations_done"),
                        {{QStringLiteral("applied"), QJsonArray::fromStringList(outcome.applied)},
                         {QStringLiteral("alreadyApplied"), int(outcome.alreadyApplied.size())}});
    return true;
}

bool TranscendenceServer::registerFeatures()
{
    m_workers = new DatabaseWorkers(
        m_config.database, m_config.workerThreads,
        WorkerLimits{m_config.sqlQueueLimit, m_config.cpuThreads, m_config.cpuQueueLimit});
    m_tokens = std::make_unique<AccessTokenCodec>(m_config.secretKey, m_config.publicUrl);
    m_authenticator = new RequestAuthenticator(*m_tokens, *m_workers);
    // Live sign-ins known without a query; sql/0017_session_events.sql says what forgets them.
    m_sessionCache = std::make_unique<SessionCache>();
    SessionCache *sessionCache = m_sessionCache.get();
    m_workers->listenOnConnections(
        QString::fromLatin1(SessionEventListener::kChannel),
        [sessionCache](const QString &payload) { sessionCache->apply(payload); });
    m_authenticator->setSessionCache(sessionCache);
    m_twoFactorKeys = std::make_unique<TwoFactorKeys>(m_config.secretKey);
    m_router = std::make_unique<Router>(*m_authenticator);
    m_health->registerRoutes(*m_router);
    m_auth = new AuthRoutes(*m_workers, *m_tokens, *m_twoFactorKeys, m_config.allowedOrigins,
                            m_config.registrationsPerHour);
    m_auth->registerRoutes(*m_router);
    m_twoFactor = new TwoFactorRoutes(*m_workers, *m_twoFactorKeys);
    m_twoFactor->registerRoutes(*m_router);
    m_oauth = new OAuthRoutes(m_config.oauthProviders, m_config.publicUrl, *m_workers, *m_auth);
    m_oauth->registerRoutes(*m_router);
    new SessionMaintenance(*m_workers, m_auth); // deleted with the routes, before the workers

    DatabaseWorkers *workers = m_workers;
    const TicketCheck checkTicket = [workers](
                                        const QByteArray &ticket, QObject *context,
                                        std::function<void(std::optional<RealtimeIdentity>)> done) {
        using Result = std::variant<std::optional<session_store::TicketOwner>, DomainError>;
        workers->run<Result>(
            context,
            [ticket](QSqlDatabase &db) { return session_store::consumeWsTicket(db, ticket); },
            [done = std::move(done)](Result result) {
                const auto *owner = std::get_if<std::optional<session_store::TicketOwner>>(&result);
                if (!owner || !owner->has_value()) {
                    done(std::nullopt);
                    return;
                }
                done(
                    RealtimeIdentity{(*owner)->userId, (*owner)->sessionId, (*owner)->displayName});
            });
    };
    m_hub = new RealtimeHub(*m_http, m_config.allowedOrigins, checkTicket);
    m_hub->setEventBus(m_cluster->bus());
    m_hub->setLimits(m_config.realtimeLimits);
    connect(m_auth, &AuthRoutes::sessionsRevoked, m_hub, &RealtimeHub::closeAuthSessions);
    // Sign-ins ended anywhere (another instance too) close their WebSockets here.
    m_sessionListener = new SessionEventListener(m_config.database, *m_sessionCache);
    connect(m_sessionListener, &SessionEventListener::sessionsEnded, m_hub,
            &RealtimeHub::closeAuthSessions);
    m_sessionListener->start();

    m_features = std::make_unique<QObject>();
    const FeatureContext context{m_config,  *m_http, *m_workers, *m_authenticator,
                                 *m_router, *m_hub,  *m_auth,    *m_features};
    // Features, one line each (see app/FeatureContext.h):
    registerAdminFeature(context);
    registerUserFeature(context);
    registerSocialFeature(context);
    registerMatchFeature(context);
    registerPlayFeature(context);
    registerTournamentFeature(context);
    registerPrivacyFeature(context);
    registerLegalFeature(context);
    registerChatFeature(context);
    registerOperationsFeature(context, *m_health);
    registerAccountFeature(context, *m_mail);
    const auto meta = [](const RouteCall &call) {
        call.send(QHttpServerResponse(
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Transcendence")},
                        {QStringLiteral("version"), QStringLiteral(TRANSCENDENCE_VERSION_STRING)},
                        {QStringLiteral("protocolVersion"), protocol::kProtocolVersion}}));
    };
    for (const auto method : {QHttpServerRequest::Method::Get, QHttpServerRequest::Method::Head}) {
        m_router->add(
            Route{method, QStringLiteral("/api/meta"), Access::Public, BodyRule::none(), meta});
    }
    if (!m_router->install(*m_http)) {
        return false;
    }
    // The whole route table, once: what is served, and the data tests derive their checks from.
    StructuredLog::info(QStringLiteral("routes"),
                        {{QStringLiteral("routes"), m_router->describe()}});
    return true;
}

void TranscendenceServer::registerFallback()
{
    // Everything no route matched: unknown /api paths get the JSON error shape, other GETs
    // get the SPA. Never a catch-all route: it could match /ws and break the upgrade.
    m_http->setMissingHandler([this](const QHttpServerRequest &request,
                                     QHttpServerResponder &&responder) {
        const HttpExchange exchange(request);
        const QString path = request.url().path(QUrl::FullyDecoded);
        if (path == QLatin1String("/api") || path.startsWith(QLatin1String("/api/"))) {
            exchange.send(std::move(responder), ApiError::notFound(exchange.path()).toResponse());
            return;
        }
        if (!exchange.isGetOrHead()) {
            exchange.send(std::move(responder),
                          ApiError::methodNotAllowedResponse(exchange.method()));
            return;
        }
        exchange.send(std::move(responder), m_site->respond(path, request.value("If-None-Match")));
    });
}

bool TranscendenceServer::start()
{
    StructuredLog::info(QStringLiteral("starting"),
                        {{QStringLiteral("version"), QStringLiteral(TRANSCENDENCE_VERSION_STRING)},
                         {QStringLiteral("mode"), m_config.mode == RunMode::Production
                                                      ? QStringLiteral("production")
                                                      : QStringLiteral("development")},
                         {QStringLiteral("database"), m_config.database.redacted()},
                         {QStringLiteral("webRoot"), m_config.webRoot}});
    if (m_config.secretKeyGenerated) {
        StructuredLog::warning(
            QStringLiteral("secret_key_generated"),
            {{QStringLiteral("message"),
              QStringLiteral("TRANSCENDENCE_SECRET_KEY is not set: using a "
                             "random key; sessions end when the server stops")}});
    }
    if (!PasswordHasher::initialize() || !PasswordPolicy::load()) {
        StructuredLog::error(QStringLiteral("auth_unavailable"),
                             {{QStringLiteral("error"),
                               QStringLiteral("libsodium failed to start, or the common-password "
                                              "list is missing from the build")}});
        return false;
    }
    if (!migrateDatabase() || !admin_bootstrap::ensureAdminFromConfig(m_config)) {
        return false;
    }
    HttpExchange::setTrustedProxies(m_config.trustedProxies);
    m_cluster = new ClusterServices(m_config.redis);
    mail_templates::loadTranslations();
    m_mail = MailSender::start(
        {m_config.database,
         {m_config.smtpUrl, m_config.smtpUser, m_config.smtpPassword, m_config.smtpFrom},
         m_config.mailFirstRetrySeconds});
    m_health = new HealthRoutes(m_config.database);
    if (m_config.redis) {
        ClusterServices *cluster = m_cluster;
        m_health->addDependency(QStringLiteral("redis"), [cluster] { return cluster->isReady(); });
    }
    if (!registerFeatures()) {
        return false;
    }
    registerFallback();

    auto listener = std::make_unique<LowDelayTcpServer>(m_config.httpLimits);
    if (!listener->listen(m_config.httpHost, m_config.httpPort)) {
        StructuredLog::error(QStringLiteral("listen_failed"),
                             {{QStringLiteral("host"), m_config.httpHost.toString()},
                              {QStringLiteral("port"), m_config.httpPort},
                              {QStringLiteral("error"), listener->errorString()}});
        return false;
    }
    RealtimeHub *hub = m_hub;
    const auto takeUpgrade = [hub](QTcpSocket &socket, QByteArrayView head) {
        return hub->takeUpgrade(socket, head);
    };
    if (m_config.rawWebSockets) {
        listener->setWebSocketUpgradeHandler(takeUpgrade);
    }
    m_listener = listener.release();
    m_http->bind(m_listener);
    if (!m_config.httpSocket.isEmpty()) {
        auto proxySocket = std::make_unique<ProxySocketListener>(m_config.httpLimits);
        QString error;
        if (!proxySocket->listenAt(m_config.httpSocket, &error)) {
            StructuredLog::error(QStringLiteral("listen_failed"),
                                 {{QStringLiteral("socket"), m_config.httpSocket},
                                  {QStringLiteral("error"), error}});
            return false;
        }
        HttpExchange::setProxySocketTrusted(true);
        if (m_config.rawWebSockets) {
            proxySocket->setWebSocketUpgradeHandler(takeUpgrade);
        }
        m_proxySocket = proxySocket.release();
        m_http->bind(m_proxySocket);
    }

    m_signals = new ShutdownSignals(this);
    connect(m_signals, &ShutdownSignals::shutdownRequested, this, [this](int signalNumber) {
        StructuredLog::info(QStringLiteral("signal_received"),
                            {{QStringLiteral("signal"), signalNumber}});
        shutdown();
    });
    StructuredLog::info(QStringLiteral("listening"),
                        {{QStringLiteral("host"), m_config.httpHost.toString()},
                         {QStringLiteral("port"), m_listener->serverPort()},
                         {QStringLiteral("socket"), m_config.httpSocket}});
    return true;
}

void TranscendenceServer::shutdown()
{
    if (m_shuttingDown) {
        return;
    }
    m_shuttingDown = true;
    if (m_listener) {
        m_listener->close(); // stop accepting; connections in flight finish
    }
    if (m_proxySocket) {
        m_proxySocket->stop();
    }
    auto finish = [] {
        StructuredLog::info(QStringLiteral("stopped"));
        QCoreApplication::quit();
    };
    if (!m_hub) {
        QTimer::singleShot(0, this, finish);
        return;
    }
    connect(m_hub, &RealtimeHub::allClosed, this, finish, Qt::QueuedConnection);
    QTimer::singleShot(kShutdownGraceMs, this, finish); // clients that never answer the close frame
    m_hub->closeAll();
}

} // namespace transcendence::server
