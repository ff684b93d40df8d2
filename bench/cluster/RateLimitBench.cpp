// What a rate-limit check costs the event loop: RateLimiter in memory (one instance alone), and
// with the shared store (a synchronous EVALSHA round trip to Redis on a Unix socket). Needs
// REDIS_SOCKET (bench/cluster/run starts a private Redis and sets it).
#include "auth/RateLimiter.h"
#include "cluster/SharedRateLimitStore.h"

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
        benchmark::DoNotOptimize(limiter.hit(keyOf(++i), kRule, ++now));
    }
}
BENCHMARK(BM_InMemory);

void BM_SharedRedis(benchmark::State &state)
{
    const char *socket = std::getenv("REDIS_SOCKET");
    if (!socket) {
        state.SkipWithError("REDIS_SOCKET is not set (use bench/cluster/run)");
        return;
    }
    RedisEndpoint endpoint;
    endpoint.socketPath = QString::fromLocal8Bit(socket);
    SharedRateLimitStore store(endpoint);
    RateLimiter::setSharedStore(&store);
    RateLimiter limiter;
    int i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(limiter.hit(keyOf(++i), kRule, 0));
    }
    RateLimiter::setSharedStore(nullptr);
}
BENCHMARK(BM_SharedRedis)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
