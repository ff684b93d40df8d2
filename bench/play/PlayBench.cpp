// Tick lateness of match rooms on GameThreads, idle and under the loads the issue names:
// password hashing and slow queries on DatabaseWorkers, an HTTP burst on the main thread.
// A plain Qt program (not Google Benchmark): what is measured is a latency distribution of a
// running system, not the cost of a repeated call. See bench/README.md.
#include "BackgroundLoads.h"
#include "RoomFleet.h"
#include "app/StructuredLog.h"
#include "auth/PasswordHasher.h"
#include "db/DatabaseWorkers.h"
#include "play/GameThreads.h"
#include "play/MatchRoom.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace {

using namespace transcendence;
using bench::Clock;

struct Options {
    QList<int> roomCounts{1, 50, 200, 500};
    QStringList loads{QStringLiteral("idle"), QStringLiteral("hash"), QStringLiteral("http"),
                      QStringLiteral("slow"), QStringLiteral("all")};
    double seconds = 3.0;
    double warmupSeconds = 0.5;
    int workerThreads = 4;    // ServerConfig's default TRANSCENDENCE_WORKER_THREADS
    int httpConnections = 32; // concurrent keep-alive clients
    int slowQueryMs = 200;
    QString jsonPath;
};

struct Percentiles {
    double p50 = 0, p99 = 0, max = 0;
};

struct ScenarioResult {
    int rooms = 0;
    QString load;
    int gameThreads = 0;
    qint64 expectedSnapshots = 0; // rooms x 60 per second of measurement
    qint64 snapshots = 0;
    Percentiles tick;     // on the game thread, as each snapshot is emitted
    Percentiles gap;      // between a room's consecutive snapshots
    Percentiles delivery; // on the main thread, where PlayFeature sends it to the socket
    double hashesPerSecond = 0;
    double slowQueriesPerSecond = 0;
    double httpPerSecond = 0;
};

Percentiles percentiles(std::vector<double> values)
{
    if (values.empty()) {
        return {};
    }
    std::sort(values.begin(), values.end());
    const auto rank = [&values](double p) {
        const auto index = std::size_t(p * double(values.size() - 1) + 0.5);
        return values[std::min(index, values.size() - 1)];
    };
    return {rank(0.50), rank(0.99), values.back()};
}

void spinEventLoop(double seconds)
{
    QEventLoop loop;
    QTimer::singleShot(int(seconds * 1000), Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// The loads of one scenario, started before the rooms and stopped after them.
class ScenarioLoad {
public:
    ScenarioLoad(const QString &name, const Options &options)
    {
        const bool all = name == QLatin1String("all");
        if (all || name == QLatin1String("hash") || name == QLatin1String("slow")) {
            server::DatabaseSettings nowhere; // every job's connection attempt fails at once
            nowhere.host = QStringLiteral("/nonexistent/transcendence-bench");
            nowhere.databaseName = QStringLiteral("bench");
            m_workers.emplace(nowhere, options.workerThreads);
        }
        // Twice as many jobs as threads: the queue never runs dry between two jobs.
        if (all || name == QLatin1String("hash")) {
            m_hashing =
                std::make_unique<bench::WorkerJobLoad>(*m_workers, 2 * options.workerThreads, [] {
                    server::PasswordHasher::hash(QStringLiteral("correct horse battery staple"));
                });
        }
        if (all || name == QLatin1String("slow")) {
            m_slowQueries = std::make_unique<bench::WorkerJobLoad>(
                *m_workers, 2 * options.workerThreads,
                [ms = options.slowQueryMs] { QThread::msleep(ulong(ms)); });
        }
        if (all || name == QLatin1String("http")) {
            m_http = std::make_unique<bench::HttpBurstLoad>(options.httpConnections);
        }
    }

    ~ScenarioLoad()
    {
        stop();
        m_hashing.reset();
        m_slowQueries.reset();
        m_workers.reset(); // finishes the queued jobs and joins
    }

    void start()
    {
        for (auto *load : {m_hashing.get(), m_slowQueries.get()}) {
            if (load) {
                load->start();
            }
        }
        if (m_http) {
            m_http->start();
        }
    }

    void stop()
    {
        for (auto *load : {m_hashing.get(), m_slowQueries.get()}) {
            if (load) {
                load->stop();
            }
        }
        if (m_http) {
            m_http->stop();
        }
    }

    qint64 hashes() const { return m_hashing ? m_hashing->completed() : 0; }
    qint64 slowQueries() const { return m_slowQueries ? m_slowQueries->completed() : 0; }
    qint64 httpResponses() const { return m_http ? m_http->completed() : 0; }

private:
    std::optional<server::DatabaseWorkers> m_workers;
    std::unique_ptr<bench::WorkerJobLoad> m_hashing;
    std::unique_ptr<bench::WorkerJobLoad> m_slowQueries;
    std::unique_ptr<bench::HttpBurstLoad> m_http;
};

ScenarioResult runScenario(int rooms, const QString &loadName, const Options &options)
{
    ScenarioResult result;
    result.rooms = rooms;
    result.load = loadName;

    std::atomic<bool> recording{false};
    bench::RoomFleet fleet(recording);
    {
        ScenarioLoad load(loadName, options);
        server::GameThreads threads; // as PlayFeature: one per core, at most 2
        result.gameThreads = threads.threadCount();
        load.start();
        fleet.launch(threads, rooms, options.warmupSeconds + options.seconds);
        spinEventLoop(options.warmupSeconds);

        const qint64 hashesBefore = load.hashes();
        const qint64 slowBefore = load.slowQueries();
        const qint64 httpBefore = load.httpResponses();
        const Clock::time_point measureStart = Clock::now();
        recording = true;
        spinEventLoop(options.seconds);
        recording = false;
        const double measured = secondsSince(measureStart);
        result.hashesPerSecond = double(load.hashes() - hashesBefore) / measured;
        result.slowQueriesPerSecond = double(load.slowQueries() - slowBefore) / measured;
        result.httpPerSecond = double(load.httpResponses() - httpBefore) / measured;
        result.expectedSnapshots =
            qint64(double(rooms) * server::MatchRoom::kSnapshotsPerSecond * measured);

        fleet.stop();
        load.stop();
    } // the game threads are joined here: their samples can be read

    bench::Lateness lateness = fleet.lateness();
    result.snapshots = qint64(lateness.tickMs.size());
    result.tick = percentiles(std::move(lateness.tickMs));
    result.gap = percentiles(std::move(lateness.gapMs));
    result.delivery = percentiles(std::move(lateness.deliveryMs));
    return result;
}

QString loadWork(const ScenarioResult &result)
{
    QStringList parts;
    if (result.hashesPerSecond > 0) {
        parts << QStringLiteral("%1 hash/s").arg(result.hashesPerSecond, 0, 'f', 0);
    }
    if (result.slowQueriesPerSecond > 0) {
        parts << QStringLiteral("%1 slow/s").arg(result.slowQueriesPerSecond, 0, 'f', 0);
    }
    if (result.httpPerSecond > 0) {
        parts << QStringLiteral("%1 req/s").arg(result.httpPerSecond, 0, 'f', 0);
    }
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(", "));
}

// A Markdown table, as bench/README.md records it.
void printHeader()
{
    std::printf("| rooms | load | snapshots | tick lateness ms p50 / p99 / max | snapshot gap ms "
                "p99 / max | delivered ms p50 / p99 / max | load work |\n"
                "|------:|------|----------:|----------------------------------|----------------"
                "-----------|------------------------------|-----------|\n");
    std::fflush(stdout);
}

void printRow(const ScenarioResult &r)
{
    const auto ms = [](double value) {
        return QString::number(value, 'f', value < 10 ? 1 : 0);
    };
    const auto triple = [&ms](const Percentiles &p) {
        return QStringLiteral("%1 / %2 / %3").arg(ms(p.p50), ms(p.p99), ms(p.max));
    };
    const double share =
        r.expectedSnapshots > 0 ? 100.0 * double(r.snapshots) / double(r.expectedSnapshots) : 0.0;
    std::printf("| %d | %s | %.0f %% | %s | %s / %s | %s | %s |\n", r.rooms, qPrintable(r.load),
                share, qPrintable(triple(r.tick)), qPrintable(ms(r.gap.p99)),
                qPrintable(ms(r.gap.max)), qPrintable(triple(r.delivery)), qPrintable(loadWork(r)));
    std::fflush(stdout);
}

QJsonObject toJson(const ScenarioResult &r)
{
    const auto stats = [](const Percentiles &p) {
        return QJsonObject{{QStringLiteral("p50"), p.p50},
                           {QStringLiteral("p99"), p.p99},
                           {QStringLiteral("max"), p.max}};
    };
    return {{QStringLiteral("rooms"), r.rooms},
            {QStringLiteral("load"), r.load},
            {QStringLiteral("gameThreads"), r.gameThreads},
            {QStringLiteral("snapshots"), r.snapshots},
            {QStringLiteral("expectedSnapshots"), r.expectedSnapshots},
            {QStringLiteral("tickLatenessMs"), stats(r.tick)},
            {QStringLiteral("snapshotGapMs"), stats(r.gap)},
            {QStringLiteral("deliveryLatenessMs"), stats(r.delivery)},
            {QStringLiteral("hashesPerSecond"), r.hashesPerSecond},
            {QStringLiteral("slowQueriesPerSecond"), r.slowQueriesPerSecond},
            {QStringLiteral("httpRequestsPerSecond"), r.httpPerSecond}};
}

std::optional<Options> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Tick lateness of match rooms on GameThreads, idle and under load."));
    parser.addHelpOption();
    const QCommandLineOption rooms(QStringLiteral("rooms"),
                                   QStringLiteral("Room counts, comma-separated (1,50,200,500)."),
                                   QStringLiteral("list"));
    const QCommandLineOption loads(
        QStringLiteral("loads"),
        QStringLiteral("Loads, comma-separated, of idle,hash,http,slow,all (all of them)."),
        QStringLiteral("list"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QStringLiteral("Measured seconds per scenario (3)."),
                                     QStringLiteral("s"));
    const QCommandLineOption warmup(QStringLiteral("warmup"),
                                    QStringLiteral("Unmeasured seconds first (0.5)."),
                                    QStringLiteral("s"));
    const QCommandLineOption workers(QStringLiteral("worker-threads"),
                                     QStringLiteral("DatabaseWorkers threads (4)."),
                                     QStringLiteral("n"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Also write the results as JSON to this file."),
                                  QStringLiteral("path"));
    parser.addOptions({rooms, loads, seconds, warmup, workers, json});
    parser.process(app);

    Options options;
    if (parser.isSet(rooms)) {
        options.roomCounts.clear();
        for (const QString &count : parser.value(rooms).split(QLatin1Char(','))) {
            bool ok = false;
            const int value = count.toInt(&ok);
            if (!ok || value < 1) {
                std::fprintf(stderr, "--rooms: %s is not a room count\n", qPrintable(count));
                return std::nullopt;
            }
            options.roomCounts << value;
        }
    }
    if (parser.isSet(loads)) {
        options.loads = parser.value(loads).split(QLatin1Char(','));
        for (const QString &load : std::as_const(options.loads)) {
            if (!QStringList{"idle", "hash", "http", "slow", "all"}.contains(load)) {
                std::fprintf(stderr, "--loads: unknown load %s\n", qPrintable(load));
                return std::nullopt;
            }
        }
    }
    if (parser.isSet(seconds)) {
        options.seconds = std::max(0.1, parser.value(seconds).toDouble());
    }
    if (parser.isSet(warmup)) {
        options.warmupSeconds = std::max(0.0, parser.value(warmup).toDouble());
    }
    if (parser.isSet(workers)) {
        options.workerThreads = std::max(1, parser.value(workers).toInt());
    }
    options.jsonPath = parser.value(json);
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const std::optional<Options> options = parseOptions(app);
    if (!options) {
        return 2;
    }
    // Every worker job logs "database_unreachable" (there is no database here on purpose).
    server::StructuredLog::setMinimumLevel(server::LogLevel::Error);
    if (!server::PasswordHasher::initialize()) {
        std::fprintf(stderr, "libsodium cannot run here\n");
        return 1;
    }

    std::printf("%d-second scenarios after %.1f s of warm-up; %d DatabaseWorkers threads; "
                "%d cores\n",
                int(options->seconds), options->warmupSeconds, options->workerThreads,
                QThread::idealThreadCount());
    printHeader();
    QJsonArray results;
    for (const int rooms : options->roomCounts) {
        for (const QString &load : options->loads) {
            const ScenarioResult result = runScenario(rooms, load, *options);
            printRow(result);
            results.append(toJson(result));
        }
    }
    if (!options->jsonPath.isEmpty()) {
        QFile file(options->jsonPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(options->jsonPath));
            return 1;
        }
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("cores"), QThread::idealThreadCount()},
                                             {QStringLiteral("scenarios"), results}})
                       .toJson());
    }
    return 0;
}
