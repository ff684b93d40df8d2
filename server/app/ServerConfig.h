#pragma once

#include "auth/oauth/OAuthProviderConfig.h"
#include "cluster/RedisEndpoint.h"
#include "db/DatabaseUrl.h"
#include "http/HttpConnectionGuard.h"
#include "legal/LegalFacts.h"
#include "realtime/RealtimeLimits.h"

#include <QHostAddress>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace transcendence::server {

enum class RunMode { Development, Production };

// Everything the server reads from its environment (and a .env file); .env.example documents
// each variable. Real environment variables win over .env.
struct ServerConfig {
    RunMode mode = RunMode::Development;
    QHostAddress httpHost = QHostAddress::LocalHost;
    quint16 httpPort = 8000; // 0: any free port, announced in the "listening" log line
    // TRANSCENDENCE_HTTP_SOCKET: a Unix socket for the proxy as well (nginx's upstream where it
    // runs beside the server); X-Real-IP is believed from it. Empty: TCP only.
    QString httpSocket;
    DatabaseSettings database;
    // TRANSCENDENCE_REDIS_URL: instances share live state through Redis; none: alone, in memory.
    std::optional<RedisEndpoint> redis;
    QString webRoot;       // assembled SPA; empty: the server answers only /api, /ws and health
    QString migrationsDir; // empty: the migrations compiled into the binary
    QString publicUrl;     // the origin players use, e.g. https://localhost:8443
    QStringList allowedOrigins; // browser origins allowed to open /ws
    // CIDR ranges whose X-Real-IP is believed: nginx's address only (scripts/ and docker/ set
    // it). None by default: any local process could claim to be anyone.
    QString trustedProxies;
    HttpRequestLimits httpLimits;  // TRANSCENDENCE_HTTP_*: body size and read time-outs
    RealtimeLimits realtimeLimits; // TRANSCENDENCE_WS_*, TRANSCENDENCE_REPLAYS_*
    // TRANSCENDENCE_WS_TRANSPORT: "raw" (default: our RawWebSocket takes upgrades from the
    // listener) or "qt" (QHttpServer's QWebSocket, as before it).
    bool rawWebSockets = true;
    int workerThreads = 4;         // DatabaseWorkers: SQL threads
    int sqlQueueLimit = 512;       // SQL jobs waiting before new requests get 503 + Retry-After
    int cpuThreads = 2;            // CpuWorkers: password hashing, image decoding
    int cpuQueueLimit = 16;        // CPU jobs waiting before more get 503 + Retry-After
    int registrationsPerHour = 10; // accounts one client address may create in an hour
    oauth::OAuthProvidersConfig oauthProviders; // TRANSCENDENCE_OAUTH_*
    QString adminUsername; // TRANSCENDENCE_ADMIN_*: an admin ensured at start-up, if set
    QString adminEmail;
    QString adminPassword;
    QByteArray secretKey; // signs tokens; at least 32 bytes
    bool secretKeyGenerated = false;
    int databaseStartupTimeoutSeconds = 30;
    // Real-time play deadlines (docs/protocol.md, "Play"); tests shorten them.
    int reconnectGraceSeconds = 30; // a dropped player may return this long, then forfeits
    int inviteTtlSeconds = 60;      // an unanswered invitation expires
    int showUpSeconds = 60;         // a tournament player not in the room by then loses by walkover
    int guestIdleSeconds = 90;      // a guest's match with no input this long ends
    // Operations (docs/operations.md): who may read /metrics besides loopback, and the GitHub
    // webhook that deploys.
    QString metricsAllow;     // CIDR ranges, e.g. the Prometheus container's network
    QByteArray metricsToken;  // a bearer token that also opens /metrics; empty: none
    QByteArray webhookSecret; // TRANSCENDENCE_WEBHOOK_SECRET; empty: the webhook answers 401
    QString deployBranch = QStringLiteral("main");
    QString deployCommand; // run by /bin/sh -c after a push; empty: no deploys
    LegalFacts legal;      // TRANSCENDENCE_LEGAL_*: the operator named on the legal pages
    // Mail (docs/operations.md, "E-mail"): the relay the outbox sends through. An empty URL
    // keeps mail in the outbox (nothing is sent) and says so at start-up.
    QString smtpUrl; // smtp://relay:587 (STARTTLS required, except to a loopback relay), smtps://
    QString smtpUser;
    QString smtpPassword;
    QString smtpFrom = QStringLiteral("Transcendence <no-reply@localhost>");
    int mailFirstRetrySeconds = 15; // after a failed send; doubles each time (tests shorten it)

    // Reads QProcessEnvironment::systemEnvironment() and the file named by TRANSCENDENCE_ENV_FILE
    // (default ".env"). Returns every problem at once, so one run tells the operator everything.
    static std::variant<ServerConfig, QStringList> load();
    static std::variant<ServerConfig, QStringList>
    fromEnvironment(const QProcessEnvironment &environment);
};

// The placeholder secret shipped in .env.example; production refuses it.
inline constexpr const char *kExampleSecretKey = "change-me-to-64-random-characters";

} // namespace transcendence::server
