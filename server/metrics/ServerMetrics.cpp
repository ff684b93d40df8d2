#include "metrics/ServerMetrics.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <unistd.h>

namespace transcendence::server::metrics {
namespace {

// Seconds: from a fast JSON answer (< 1 ms) to a slow one behind a busy worker pool.
const std::vector<double> kLatencyBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
                                          0.25,  0.5,    1,     2.5,  5,     10};
// Seconds: a step is due every ~16.7 ms (60 Hz), snapshots every second step (~33 ms).
const std::vector<double> kTickBuckets{0.0005, 0.001, 0.002, 0.004, 0.008,
                                       0.016,  0.033, 0.05,  0.1,   0.25};
// Seconds: a message normally waits for the rest of its event-loop pass (well under 1 ms); a
// wait near a snapshot interval (16.7 ms) or more is what clients see as a stall.
const std::vector<double> kSendBuckets{0.0005, 0.001, 0.002, 0.004, 0.008, 0.016,
                                       0.025,  0.04,  0.1,   0.25,  1};
const std::vector<double> kGapBuckets{0.02, 0.03, 0.033, 0.036, 0.04, 0.05, 0.067, 0.1, 0.25, 1};

struct ServerFamilies {
    Registry registry;
    Family<Counter> &httpRequests = registry.counter(
        "transcendence_http_requests_total", "HTTP answers by method, route template and status.",
        {QStringLiteral("method"), QStringLiteral("route"), QStringLiteral("status")}, 600);
    Family<Histogram> &httpDuration =
        registry.histogram("transcendence_http_request_duration_seconds",
                           "Time from a request's arrival to its answer, by route template.",
                           kLatencyBuckets, {QStringLiteral("route")}, 120);
    Family<Gauge> &webSockets = registry.gauge(
        "transcendence_websocket_connections",
        "Welcomed WebSocket connections, by kind (guest, signed_in).", {QStringLiteral("kind")}, 4);
    Family<Counter> &webSocketMessages = registry.counter(
        "transcendence_websocket_messages_total",
        "WebSocket messages received (in) and sent (out).", {QStringLiteral("direction")}, 4);
    Family<Gauge> &liveMatches =
        registry.gauge("transcendence_live_matches", "Match rooms open on this instance, by kind.",
                       {QStringLiteral("kind")}, 16);
    Family<Gauge> &queueSize = registry.gauge("transcendence_matchmaking_queue_size",
                                              "Players waiting in a matchmaking queue, by mode.",
                                              {QStringLiteral("mode")}, 16);
    Family<Histogram> &tickLateness =
        registry.histogram("transcendence_tick_lateness_seconds",
                           "How long after it was due a game step ran.", kTickBuckets);
    Family<Histogram> &snapshotGap =
        registry.histogram("transcendence_snapshot_gap_seconds",
                           "Wall time between two snapshots of a running match.", kGapBuckets);
    Family<Histogram> &snapshotHandoff = registry.histogram(
        "transcendence_snapshot_handoff_seconds",
        "From a snapshot encoded on its game thread to the server thread taking it.", kSendBuckets);
    Family<Histogram> &webSocketSendWait =
        registry.histogram("transcendence_websocket_send_wait_seconds",
                           "How long a WebSocket's oldest queued message waited until the kernel "
                           "had taken all the socket's output.",
                           kSendBuckets);
    Family<Counter> &webSocketWritesBlocked = registry.counter(
        "transcendence_websocket_writes_blocked_total",
        "Writes where a WebSocket's send buffer in the kernel took only part of what waited.");
    Family<Gauge> &workerQueue = registry.gauge("transcendence_worker_queue_depth",
                                                "Jobs waiting for a database worker thread.");
    Family<Histogram> &workerWait = registry.histogram(
        "transcendence_worker_wait_seconds",
        "How long a job waited in the database workers' queue.", kLatencyBuckets);
    Family<Histogram> &databaseQuery =
        registry.histogram("transcendence_database_job_seconds",
                           "How long a database worker job (SQL, hashing) ran.", kLatencyBuckets);
    Family<Gauge> &cpuWorkerQueue =
        registry.gauge("transcendence_cpu_worker_queue_depth",
                       "Jobs waiting for a CPU worker thread (password hashing, image decoding).");
    Family<Histogram> &cpuWorkerWait =
        registry.histogram("transcendence_cpu_worker_wait_seconds",
                           "How long a job waited in the CPU workers' queue.", kLatencyBuckets);
    Family<Counter> &overloaded =
        registry.counter("transcendence_overloaded_total",
                         "Requests answered 503 because a worker queue was full, by pool.",
                         {QStringLiteral("pool")}, 4);
    Family<Counter> &signIns =
        registry.counter("transcendence_sign_ins_total", "Password sign-ins by result.",
                         {QStringLiteral("result")}, 4);
    Family<Counter> &rateLimited = registry.counter("transcendence_rate_limited_total",
                                                    "Requests refused by a rate limit, by limit.",
                                                    {QStringLiteral("limit")}, 32);
    Family<Gauge> &rateLimitChecksWaiting = registry.gauge(
        "transcendence_rate_limit_checks_waiting",
        "Shared rate-limit checks sent to Redis and not answered yet (their requests wait).");
    Family<Counter> &chatDeliveries =
        registry.counter("transcendence_chat_deliveries_total",
                         "Chat messages and notifications delivered to a recipient's connection.");
    Family<Gauge> &componentUp =
        registry.gauge("transcendence_component_up",
                       "1 when the component answered the last readiness probe, else 0.",
                       {QStringLiteral("component")}, 8);
    QElapsedTimer uptime;

    ServerFamilies()
    {
        uptime.start();
        // Series that exist from the start, so a dashboard shows 0 rather than nothing.
        webSockets.with({QStringLiteral("guest")});
        webSockets.with({QStringLiteral("signed_in")});
        webSocketMessages.with({QStringLiteral("in")});
        webSocketMessages.with({QStringLiteral("out")});
        signIns.with({QStringLiteral("success")});
        signIns.with({QStringLiteral("failure")});
        workerQueue.with();
        cpuWorkerQueue.with();
        rateLimitChecksWaiting.with();
        overloaded.with({QStringLiteral("cpu")});
        overloaded.with({QStringLiteral("sql")});
        chatDeliveries.with();
        tickLateness.with();
        snapshotGap.with();
        snapshotHandoff.with();
        webSocketSendWait.with();
        webSocketWritesBlocked.with();
        registry.addCollector(collectProcess);
    }

    static void collectProcess(QByteArray &out);
};

ServerFamilies &families()
{
    static ServerFamilies instance;
    return instance;
}

// /proc/self/stat fields 14 and 15 (utime, stime) in clock ticks, 22 start time in ticks since
// boot; the command name (field 2) may contain spaces, so fields are counted after its ')'.
QList<QByteArray> statFields()
{
    QFile file(QStringLiteral("/proc/self/stat"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray line = file.readAll();
    const qsizetype end = line.lastIndexOf(')');
    if (end < 0) {
        return {};
    }
    return line.mid(end + 2).split(' '); // [0] is field 3 (state)
}

double statusKilobytes(const QByteArray &key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key + ':')) {
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toDouble();
        }
    }
    return 0;
}

void ServerFamilies::collectProcess(QByteArray &out)
{
    const double cpu = processCpuSeconds();
    out += "# HELP process_cpu_seconds_total User and system CPU time spent in seconds.\n"
           "# TYPE process_cpu_seconds_total counter\n"
           "process_cpu_seconds_total " +
           formatValue(cpu) + '\n';
    out += "# HELP process_resident_memory_bytes Resident memory size in bytes.\n"
           "# TYPE process_resident_memory_bytes gauge\n"
           "process_resident_memory_bytes " +
           formatValue(processResidentBytes()) + '\n';
    out += "# HELP process_virtual_memory_bytes Virtual memory size in bytes.\n"
           "# TYPE process_virtual_memory_bytes gauge\n"
           "process_virtual_memory_bytes " +
           formatValue(statusKilobytes("VmSize") * 1024) + '\n';
    const qsizetype fds =
        QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System).size();
    out += "# HELP process_open_fds Number of open file descriptors.\n"
           "# TYPE process_open_fds gauge\n"
           "process_open_fds " +
           QByteArray::number(fds) + '\n';
    const QList<QByteArray> fields = statFields();
    const double ticks = double(sysconf(_SC_CLK_TCK));
    double bootTime = 0;
    QFile stat(QStringLiteral("/proc/stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : stat.readAll().split('\n')) {
            if (line.startsWith("btime ")) {
                bootTime = line.mid(6).trimmed().toDouble();
            }
        }
    }
    if (fields.size() > 19 && ticks > 0 && bootTime > 0) {
        out += "# HELP process_start_time_seconds Start time of the process since unix epoch in "
               "seconds.\n"
               "# TYPE process_start_time_seconds gauge\n"
               "process_start_time_seconds " +
               formatValue(bootTime + fields[19].toDouble() / ticks) + '\n';
    }
    out += "# HELP transcendence_build_info The running version (always 1).\n"
           "# TYPE transcendence_build_info gauge\n"
           "transcendence_build_info{version=\"" TRANSCENDENCE_VERSION_STRING "\"} 1\n";
}

// Digits only, a UUID, 16+ hex digits, or 8+ characters with a digit in them: generated ids and
// tokens; route words ("2fa", "me") are short. A character scan, not a regex: every HTTP answer
// pays it (bench/metrics).
bool looksLikeIdentifier(const QString &segment)
{
    if (segment.isEmpty()) {
        return false;
    }
    bool allDigits = true;
    bool allHex = true;
    bool anyDigit = false;
    for (const QChar c : segment) {
        const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        const bool hex = digit || (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
                         (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
        allDigits = allDigits && digit;
        allHex = allHex && (hex || c == QLatin1Char('-'));
        anyDigit = anyDigit || digit;
    }
    const bool uuid = segment.size() == 36 && allHex && segment.count(QLatin1Char('-')) == 4;
    const bool longHex = segment.size() >= 16 && allHex && !segment.contains(QLatin1Char('-'));
    return allDigits || uuid || longHex || (segment.size() >= 8 && anyDigit);
}

// The percentile of a histogram's buckets: the upper bound of the bucket that holds it.
double percentile(const Histogram::Snapshot &snapshot, const std::vector<double> &bounds, double q)
{
    if (snapshot.count == 0) {
        return 0;
    }
    const double rank = q * double(snapshot.count);
    for (std::size_t i = 0; i < bounds.size(); ++i) {
        if (double(snapshot.cumulative[i]) >= rank) {
            return bounds[i];
        }
    }
    return bounds.empty() ? 0 : bounds.back();
}

} // namespace

Registry &registry()
{
    return families().registry;
}

QString routeTemplate(const QString &path, int status)
{
    if (status == 404 || status == 405) {
        return QStringLiteral("other");
    }
    static const QStringList kServerPaths{QStringLiteral("/healthz"), QStringLiteral("/readyz"),
                                          QStringLiteral("/ws"), QStringLiteral("/metrics"),
                                          QStringLiteral("/webhook/github")};
    if (kServerPaths.contains(path)) {
        return path;
    }
    if (path != QLatin1String("/api") && !path.startsWith(QLatin1String("/api/"))) {
        return QStringLiteral("static");
    }
    QStringList segments = path.split(QLatin1Char('/'));
    if (segments.size() > 8) {
        return QStringLiteral("other");
    }
    for (QString &segment : segments) {
        if (segment.size() > 40 || looksLikeIdentifier(segment)) {
            segment = QStringLiteral("{id}");
        }
    }
    return segments.join(QLatin1Char('/'));
}

void observeHttpRequest(const QString &method, const QString &path, int status, double seconds)
{
    ServerFamilies &f = families();
    const QString route = routeTemplate(path, status);
    f.httpRequests.with({method, route, QString::number(status)}).inc();
    f.httpDuration.with({route}).observe(seconds);
}

void webSocketWelcomed(bool signedIn)
{
    families()
        .webSockets.with({signedIn ? QStringLiteral("signed_in") : QStringLiteral("guest")})
        .inc();
}

void webSocketClosed(bool signedIn)
{
    families()
        .webSockets.with({signedIn ? QStringLiteral("signed_in") : QStringLiteral("guest")})
        .dec();
}

void webSocketMessageIn()
{
    static Counter &in = families().webSocketMessages.with({QStringLiteral("in")});
    in.inc();
}

void webSocketMessageOut()
{
    static Counter &out = families().webSocketMessages.with({QStringLiteral("out")});
    out.inc();
}

void matchOpened(const QString &kind)
{
    families().liveMatches.with({kind}).inc();
}

void matchClosed(const QString &kind)
{
    families().liveMatches.with({kind}).dec();
}

void setQueueSize(const QString &mode, int waiting)
{
    families().queueSize.with({mode}).set(waiting);
}

void observeTickLateness(double ms)
{
    static Histogram &histogram = families().tickLateness.with();
    histogram.observe(ms / 1000);
}

void observeSnapshotGap(double ms)
{
    static Histogram &histogram = families().snapshotGap.with();
    histogram.observe(ms / 1000);
}

void observeSnapshotHandoff(double ms)
{
    static Histogram &histogram = families().snapshotHandoff.with();
    histogram.observe(ms / 1000);
}

void observeWebSocketSendWait(double ms)
{
    static Histogram &histogram = families().webSocketSendWait.with();
    histogram.observe(ms / 1000);
}

void webSocketWriteBlocked()
{
    static Counter &counter = families().webSocketWritesBlocked.with();
    counter.inc();
}

void setWorkerQueueDepth(int depth)
{
    static Gauge &gauge = families().workerQueue.with();
    gauge.set(depth);
}

void observeWorkerWait(double seconds)
{
    static Histogram &histogram = families().workerWait.with();
    histogram.observe(seconds);
}

void observeDatabaseQuery(double seconds)
{
    static Histogram &histogram = families().databaseQuery.with();
    histogram.observe(seconds);
}

void setCpuWorkerQueueDepth(int depth)
{
    static Gauge &gauge = families().cpuWorkerQueue.with();
    gauge.set(depth);
}

void observeCpuWorkerWait(double seconds)
{
    static Histogram &histogram = families().cpuWorkerWait.with();
    histogram.observe(seconds);
}

void cpuWorkerRefused()
{
    static Counter &counter = families().overloaded.with({QStringLiteral("cpu")});
    counter.inc();
}

void sqlWorkerRefused()
{
    static Counter &counter = families().overloaded.with({QStringLiteral("sql")});
    counter.inc();
}

void signIn(bool succeeded)
{
    families()
        .signIns.with({succeeded ? QStringLiteral("success") : QStringLiteral("failure")})
        .inc();
}

void rateLimitRefused(const QString &limit)
{
    families().rateLimited.with({limit}).inc();
}

void setRateLimitChecksWaiting(int waiting)
{
    static Gauge &gauge = families().rateLimitChecksWaiting.with();
    gauge.set(waiting);
}

void setComponentUp(const QString &component, bool up)
{
    families().componentUp.with({component}).set(up ? 1 : 0);
}

void chatDelivered(int connections)
{
    static Counter &counter = families().chatDeliveries.with();
    counter.inc(connections);
}

double processCpuSeconds()
{
    const QList<QByteArray> fields = statFields();
    const double ticks = double(sysconf(_SC_CLK_TCK));
    if (fields.size() < 13 || ticks <= 0) {
        return 0;
    }
    return (fields[11].toDouble() + fields[12].toDouble()) / ticks; // utime, stime
}

double processResidentBytes()
{
    return statusKilobytes("VmRSS") * 1024;
}

Summary summarize()
{
    ServerFamilies &f = families();
    Summary summary;
    summary.webSocketGuests = f.webSockets.with({QStringLiteral("guest")}).value();
    summary.webSocketSignedIn = f.webSockets.with({QStringLiteral("signed_in")}).value();
    f.liveMatches.forEach([&summary](const QStringList &, const Gauge &gauge) {
        summary.liveMatches += gauge.value();
    });
    f.queueSize.forEach(
        [&summary](const QStringList &, const Gauge &gauge) { summary.queued += gauge.value(); });
    f.httpRequests.forEach([&summary](const QStringList &labels, const Counter &counter) {
        summary.httpRequests += counter.value();
        if (labels.value(2).startsWith(QLatin1Char('5'))) {
            summary.httpErrors += counter.value();
        }
    });
    // p99 over every route: merge the routes' buckets (they share the bounds).
    Histogram::Snapshot merged;
    merged.cumulative.assign(kLatencyBuckets.size() + 1, 0);
    f.httpDuration.forEach([&merged](const QStringList &, const Histogram &histogram) {
        const Histogram::Snapshot one = histogram.snapshot();
        for (std::size_t i = 0; i < one.cumulative.size(); ++i) {
            merged.cumulative[i] += one.cumulative[i];
        }
        merged.count += one.count;
    });
    summary.httpLatencyP99Ms = percentile(merged, kLatencyBuckets, 0.99) * 1000;
    summary.tickLatenessP99Ms =
        percentile(f.tickLateness.with().snapshot(), kTickBuckets, 0.99) * 1000;
    summary.workerQueueDepth = f.workerQueue.with().value();
    summary.signIns = f.signIns.with({QStringLiteral("success")}).value();
    summary.signInFailures = f.signIns.with({QStringLiteral("failure")}).value();
    f.rateLimited.forEach([&summary](const QStringList &, const Counter &counter) {
        summary.rateLimited += counter.value();
    });
    summary.chatDeliveries = f.chatDeliveries.with().value();
    summary.cpuSeconds = processCpuSeconds();
    summary.residentBytes = processResidentBytes();
    summary.uptimeSeconds = double(f.uptime.elapsed()) / 1000;
    return summary;
}

} // namespace transcendence::server::metrics
