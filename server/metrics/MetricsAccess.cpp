#include "metrics/MetricsAccess.h"

#include "auth/twofactor/ConstantTime.h"

namespace transcendence::server::metrics {

MetricsAccess::MetricsAccess(const QString &allowedRanges, QByteArray token)
    : m_token(std::move(token))
{
    m_ranges << QHostAddress::parseSubnet(QStringLiteral("127.0.0.1/32"))
             << QHostAddress::parseSubnet(QStringLiteral("::1/128"));
    for (const QString &item : allowedRanges.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto range = QHostAddress::parseSubnet(item.trimmed());
        if (!range.first.isNull()) {
            m_ranges << range;
        }
    }
}

bool MetricsAccess::allows(const QHostAddress &peer, const QByteArray &authorization,
                           bool forwardedByProxy) const
{
    if (!m_token.isEmpty() && authorization.startsWith("Bearer ") &&
        twofactor::constantTimeEquals(authorization.mid(7).trimmed(), m_token)) {
        return true;
    }
    if (forwardedByProxy) {
        return false;
    }
    // An IPv4 peer may arrive as an IPv4-mapped IPv6 address on a dual-stack socket.
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    const QHostAddress address = isV4 ? QHostAddress(v4) : peer;
    for (const auto &range : m_ranges) {
        if (address.isInSubnet(range)) {
            return true;
        }
    }
    return false;
}

bool MetricsAccess::allows(const QHttpServerRequest &request) const
{
    const bool forwarded = !request.value("X-Real-IP").isEmpty() ||
                           !request.value("X-Forwarded-For").isEmpty() ||
                           !request.value("Forwarded").isEmpty();
    return allows(request.remoteAddress(), request.value("Authorization"), forwarded);
}

} // namespace transcendence::server::metrics
