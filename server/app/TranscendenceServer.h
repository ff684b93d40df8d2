#pragma once

#include "app/ServerConfig.h"

#include <QObject>

#include <memory>

class QHttpServer;
class QTcpServer;

namespace transcendence::server {

class AccessTokenCodec;
class AuthRoutes;
class ClusterServices;
class DatabaseWorkers;
class HealthRoutes;
class MailSender;
class RealtimeHub;
class RequestAuthenticator;
class SessionCache;
class SessionEventListener;
class Router;
class TwoFactorRoutes;
class OAuthRoutes;
struct TwoFactorKeys;
class ProxySocketListener;
class ShutdownSignals;
class StaticSite;

// The whole server process: database start-up and migrations, HTTP routes, the WebSocket hub,
// and graceful shutdown on SIGTERM/SIGINT.
class TranscendenceServer : public QObject {
    Q_OBJECT
public:
    explicit TranscendenceServer(ServerConfig config, QObject *parent = nullptr);
    ~TranscendenceServer() override;

    // Connects to the database (retrying for databaseStartupTimeoutSeconds), applies migrations,
    // and starts listening. Returns false, after logging why, when the server cannot run.
    bool start();
    quint16 port() const;

    // Stops accepting, closes WebSockets with "going away", then quits the event loop.
    void shutdown();

    // Connects (retrying for databaseStartupTimeoutSeconds) and applies the migrations; also
    // used alone by the create-admin command.
    bool migrateDatabase();

private:
    void registerFallback();
    bool registerFeatures(); // accounts, then every feature (app/FeatureContext.h)

    ServerConfig m_config;
    std::unique_ptr<QHttpServer> m_http;
    QTcpServer *m_listener = nullptr;             // owned by m_http once bound
    ProxySocketListener *m_proxySocket = nullptr; // TRANSCENDENCE_HTTP_SOCKET; owned by m_http
    std::unique_ptr<StaticSite> m_site;
    std::unique_ptr<AccessTokenCodec> m_tokens;
    DatabaseWorkers *m_workers = nullptr;
    RequestAuthenticator *m_authenticator = nullptr;
    std::unique_ptr<SessionCache> m_sessionCache; // outlives the workers and the listener
    SessionEventListener *m_sessionListener = nullptr;
    std::unique_ptr<Router> m_router;
    AuthRoutes *m_auth = nullptr;
    std::unique_ptr<TwoFactorKeys> m_twoFactorKeys;
    TwoFactorRoutes *m_twoFactor = nullptr;
    OAuthRoutes *m_oauth = nullptr;
    std::unique_ptr<QObject> m_features; // parent of every feature's objects
    HealthRoutes *m_health = nullptr;
    ClusterServices *m_cluster = nullptr;
    RealtimeHub *m_hub = nullptr;
    MailSender *m_mail = nullptr; // its own thread: the outbox through the SMTP relay
    ShutdownSignals *m_signals = nullptr;
    bool m_shuttingDown = false;
};

} // namespace transcendence::server
