#pragma once

#include <QByteArray>
#include <QString>

namespace transcendence::client {

// What the server's GET /healthz answer says:
// 200 {"status":"ok","version":"0.1.0","uptimeSeconds":N}.
struct HealthAnswer {
    bool healthy = false;
    QString serverVersion;
    QString problem; // translated, set when not healthy
};

HealthAnswer readHealthAnswer(int httpStatus, const QByteArray &body);

} // namespace transcendence::client
