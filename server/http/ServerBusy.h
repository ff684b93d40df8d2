#pragma once

#include <QHttpServerResponse>

namespace transcendence::server {

// 503 "overloaded" in the JSON error shape with Retry-After: what a request gets, at once and
// before any of its work has started, when the worker pool it needs has a full queue
// (DatabaseWorkers::isSaturated, CpuWorkers::tryRun). Clients retry after the given seconds.
QHttpServerResponse serverBusyResponse(int retryAfterSeconds = 1);

} // namespace transcendence::server
