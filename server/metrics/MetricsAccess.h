#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QList>
#include <QString>

#include <utility>

namespace transcendence::server::metrics {

// Who may read /metrics: a direct (not proxied) connection from 127.0.0.1 or ::1, or from a
// configured CIDR range (TRANSCENDENCE_METRICS_ALLOW: the Prometheus container's network), or
// anyone with the bearer token TRANSCENDENCE_METRICS_TOKEN. A request carrying a proxy's
// forwarding header never gets in by address: nginx connects from loopback too.
class MetricsAccess {
public:
    MetricsAccess(const QString &allowedRanges, QByteArray token);

    bool allows(const QHostAddress &peer, const QByteArray &authorization,
                bool forwardedByProxy) const;
    bool allows(const QHttpServerRequest &request) const;

private:
    QList<std::pair<QHostAddress, int>> m_ranges;
    QByteArray m_token;
};

} // namespace transcendence::server::metrics
