// The cost of the metrics hooks (server/metrics): what every HTTP answer, WebSocket frame and
// game step pays, and what one Prometheus scrape costs. See bench/README.md.
#include "metrics/MetricsRegistry.h"
#include "metrics/ServerMetrics.h"

#include <benchmark/benchmark.h>

using namespace transcendence::server;

namespace {

// One HTTP answer: route template (segment scan + identifier regex), the counter's series
// lookup under its family's mutex, and the latency histogram.
void BM_ObserveHttpRequest(benchmark::State &state)
{
    const QString method = QStringLiteral("GET");
    const QString path = QStringLiteral("/api/users/42/matches");
    for (auto _ : state) {
        metrics::observeHttpRequest(method, path, 200, 0.003);
    }
}
BENCHMARK(BM_ObserveHttpRequest)->Threads(1)->Threads(2);

void BM_RouteTemplate(benchmark::State &state)
{
    const QString path =
        QStringLiteral("/api/play/matches/5f0c8a36-1d2b-4c6e-9a51-3f2b8e7d9c10/inputs");
    for (auto _ : state) {
        benchmark::DoNotOptimize(metrics::routeTemplate(path, 200));
    }
}
BENCHMARK(BM_RouteTemplate);

// A WebSocket frame out: one relaxed atomic add on a cached series.
void BM_WebSocketMessageOut(benchmark::State &state)
{
    for (auto _ : state) {
        metrics::webSocketMessageOut();
    }
}
BENCHMARK(BM_WebSocketMessageOut)->Threads(1)->Threads(2);

// A game step's lateness: bucket search and two atomics.
void BM_ObserveTickLateness(benchmark::State &state)
{
    for (auto _ : state) {
        metrics::observeTickLateness(1.2);
    }
}
BENCHMARK(BM_ObserveTickLateness)->Threads(1)->Threads(2);

// One scrape of /metrics with the server's families filled as after some traffic (40 routes
// with a few statuses each), /proc read included.
void BM_RenderScrape(benchmark::State &state)
{
    for (int route = 0; route < 40; ++route) {
        for (int status : {200, 201, 401, 422}) {
            metrics::observeHttpRequest(QStringLiteral("GET"),
                                        QStringLiteral("/api/route%1/x").arg(route), status, 0.01);
        }
    }
    std::size_t bytes = 0;
    for (auto _ : state) {
        const QByteArray text = metrics::registry().render();
        bytes = std::size_t(text.size());
        benchmark::DoNotOptimize(text.data());
    }
    state.counters["bytes"] = double(bytes);
}
BENCHMARK(BM_RenderScrape)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
