#pragma once

#include "metrics/MetricsRegistry.h"

#include <QString>

// The server's metrics (docs/operations.md, "Reading the metrics"), one function per event so
// that a hook in shared code is one line. Every function is safe from any thread. Label values
// come from small fixed sets (route templates, room kinds, queue modes, results), never from
// user ids or raw paths.
namespace transcendence::server::metrics {

Registry &registry();

// HTTP: every answer, by method, route template (routeTemplate()) and status.
void observeHttpRequest(const QString &method, const QString &path, int status, double seconds);
// "/api/users/42/matches" -> "/api/users/{id}/matches"; paths outside the API (the SPA's files)
// -> "static"; answers that matched no route (404/405 of the fallback) are counted as "other".
QString routeTemplate(const QString &path, int status);

// WebSocket connections by kind ("guest" / "signed_in"): opened when welcomed, closed once.
void webSocketWelcomed(bool signedIn);
void webSocketClosed(bool signedIn);
void webSocketMessageIn();
void webSocketMessageOut();

// Matches being played on this instance, by room kind (protocol room kind names).
void matchOpened(const QString &kind);
void matchClosed(const QString &kind);
// Players waiting in a matchmaking queue, by queue mode.
void setQueueSize(const QString &mode, int waiting);
// How late a game step ran after it was due, and the wall time between two snapshots of a room.
void observeTickLateness(double ms);
void observeSnapshotGap(double ms);
// The send path of a snapshot (bench/README.md, "Where the 40 ms gaps come from"): from its
// encoding on the room's game thread to the server thread taking it (a queued signal), and how
// long a WebSocket's oldest queued message waited until the kernel had taken all the socket's
// output (the end of the event-loop pass, or longer when the socket's send buffer was full:
// counted apart, each time the kernel took only part of what waited).
void observeSnapshotHandoff(double ms);
void observeWebSocketSendWait(double ms);
void webSocketWriteBlocked();

// DatabaseWorkers: jobs waiting, how long a job waited for a thread, how long it ran.
void setWorkerQueueDepth(int depth);
void observeWorkerWait(double seconds);
void observeDatabaseQuery(double seconds);
// CpuWorkers: jobs waiting, how long a job waited; requests refused (503) because the CPU or the
// SQL queue was full.
void setCpuWorkerQueueDepth(int depth);
void observeCpuWorkerWait(double seconds);
void cpuWorkerRefused();
void sqlWorkerRefused();

// Sign-ins by result ("success", "failure"), requests refused by a rate limit (by limit name).
void signIn(bool succeeded);
void rateLimitRefused(const QString &limit);
// Shared rate-limit checks waiting for Redis's answer (their requests wait with them).
void setRateLimitChecksWaiting(int waiting);
// A component the readiness probes check ("database"): 1 when it answered last time.
void setComponentUp(const QString &component, bool up);

// One chat message or notification delivered to a recipient's connection.
void chatDelivered(int connections = 1);

// A summary of the same figures for the admin "Server" pages (GET /api/admin/server).
struct Summary {
    double webSocketGuests = 0;
    double webSocketSignedIn = 0;
    double liveMatches = 0;
    double queued = 0;
    double httpRequests = 0;
    double httpErrors = 0;       // 5xx
    double httpLatencyP99Ms = 0; // over the process' life, from the histogram buckets
    double tickLatenessP99Ms = 0;
    double workerQueueDepth = 0;
    double signIns = 0;
    double signInFailures = 0;
    double rateLimited = 0;
    double chatDeliveries = 0;
    double cpuSeconds = 0;
    double residentBytes = 0;
    double uptimeSeconds = 0;
};
Summary summarize();

// Figures the page reads from /proc/self (0 where /proc is missing).
double processCpuSeconds();
double processResidentBytes();

} // namespace transcendence::server::metrics
