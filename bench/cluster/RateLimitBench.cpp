// What a rate-limit check costs the event loop: RateLimiter in memory (one instance alone), and
// with the shared store (asynchronous EVAL on the instance's Redis command connection, on the
// Qt event loop, as in the server). Needs REDIS_SOCKET (bench/cluster/run starts a private
// Redis and sets it).
#include "auth/RateLimiter.h"
#include "cluster/RedisClient.h"
#include "cluster/SharedRateLimitStore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QString>

#include <benchmark/benchmark.h>
#include <cstdlib>

using namespace transcendence::server;

namespace {

constexpr RateLimiter::Rule kRule{1'000'000, 60}; // never refuses: every check is a full one

QString keyOf(int i)
{
    return QStringLiteral("login-ip:203.0.113.%1").arg(i % 250);
}

void BM_InMemory(benchmark::State &state)
{
    RateLimiter::setSharedStore(nullptr);
    RateLimiter limiter;
    qint64 now = 0;
    int i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(limiter.hitHere(keyOf(++i), kRule, ++now));
    }
}
BENCHMARK(BM_InMemory);

// state.range(0) checks in flight at once, then the loop runs until all are answered: real time
// per check is the round trip shared by the batch; CPU time per check is what the event loop
// pays (sending, the reply, the callback), the loop being free meanwhile.
void BM_SharedRedis(benchmark::State &state)
{
    const char *socket = std::getenv("REDIS_SOCKET");
    if (!socket) {
        state.SkipWithError("REDIS_SOCKET is not set (use bench/cluster/run)");
        return;
    }
    RedisEndpoint endpoint;
    endpoint.socketPath = QString::fromLocal8Bit(socket);
    RedisClient redis(endpoint);
    redis.start();
    const QDeadlineTimer connecting(5'000);
    while (!redis.isReady() && !connecting.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    if (!redis.isReady()) {
        state.SkipWithError("Redis did not answer");
        return;
    }
    SharedRateLimitStore store(redis, 5'000);
    RateLimiter::setSharedStore(&store);
    RateLimiter limiter;
    const int batch = int(state.range(0));
    int i = 0;
    int refusedOrLocal = 0;
    for (auto _ : state) {
        int answered = 0;
        for (int n = 0; n < batch; ++n) {
            limiter.check({{keyOf(++i), kRule}}, [&](int wait) {
                ++answered;
                refusedOrLocal += wait > 0 ? 1 : 0;
            });
        }
        while (answered < batch) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        }
    }
    state.SetItemsProcessed(state.iterations() * batch);
    state.counters["refused"] = refusedOrLocal;
    RateLimiter::setSharedStore(nullptr);
}
BENCHMARK(BM_SharedRedis)->Arg(1)->Arg(64)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
