#include "http/HttpExchange.h"

#include "app/StructuredLog.h"
#include "core/CompactJson.h"
#include "http/ProxySocketListener.h"
#include "http/SecurityHeaders.h"
#include "metrics/ServerMetrics.h"

#include <QRandomGenerator>

#include <algorithm>

namespace transcendence::server {
namespace {

QByteArray newRequestId()
{
    // 96 bits from the system's generator, drawn 4 KiB at a time instead of one system call per
    // request.
    constexpr int kIdWords = 3;
    constexpr int kBufferWords = 1024;
    thread_local quint32 buffer[kBufferWords];
    thread_local int used = kBufferWords;
    if (used + kIdWords > kBufferWords) {
        QRandomGenerator::system()->fillRange(buffer);
        used = 0;
    }
    const QByteArray id =
        QByteArray(reinterpret_cast<const char *>(buffer + used), kIdWords * sizeof(quint32))
            .toHex();
    used += kIdWords;
    return id;
}

// nginx forwards its own $request_id; accept an incoming id only if it is harmless to log:
// 8 to 64 of [A-Za-z0-9._-] (checked by hand: a regular expression cost ~0.5 µs a request).
bool isSafeRequestId(QByteArrayView id)
{
    if (id.size() < 8 || id.size() > 64) {
        return false;
    }
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '.' || c == '_' || c == '-';
    });
}

QByteArray requestIdFrom(const QHttpServerRequest &request)
{
    const QByteArray incoming = request.value("X-Request-Id");
    if (isSafeRequestId(incoming)) {
        return incoming;
    }
    return newRequestId();
}

// Empty until start-up names nginx's address: a header anyone can send proves nothing.
QList<std::pair<QHostAddress, int>> &trustedProxies()
{
    static QList<std::pair<QHostAddress, int>> ranges;
    return ranges;
}

// Every response header the server sets. Qt 6.4 cannot list a response's headers, so a HEAD
// answer (rebuilt without its body) copies these by name; tests/docs/check_code_invariants.py
// fails when a setHeader/addHeader in server/ names one that is missing here.
constexpr const char *kHeadersTheServerSets[] = {
    "Allow",
    "Cache-Control",
    "Content-Disposition",
    "Content-Language",
    "Content-Security-Policy",
    "Cross-Origin-Opener-Policy",
    "ETag",
    "Location",
    "Permissions-Policy",
    "Referrer-Policy",
    "Retry-After",
    "Set-Cookie",
    "Upgrade",
    "Vary",
    "WWW-Authenticate",
    "X-Content-Type-Options",
    "X-Frame-Options",
    "X-Request-Id",
};

} // namespace

namespace {

bool &proxySocketTrusted()
{
    static bool trusted = false;
    return trusted;
}

bool isTrustedProxy(const QHostAddress &peer)
{
    if (peer == kProxySocketPeer) {
        return proxySocketTrusted();
    }
    return std::any_of(trustedProxies().cbegin(), trustedProxies().cend(),
                       [&peer](const auto &range) { return peer.isInSubnet(range); });
}

} // namespace

QString HttpExchange::clientAddressOf(const QHostAddress &peer, const QByteArray &realIpHeader)
{
    if (isTrustedProxy(peer)) {
        // The proxy sends the same few client addresses again and again: the last one parsed
        // is remembered (per thread).
        thread_local QByteArray lastHeader;
        thread_local QString lastAddress;
        if (!realIpHeader.isEmpty() && realIpHeader == lastHeader) {
            return lastAddress;
        }
        const QHostAddress forwarded(QString::fromLatin1(realIpHeader));
        if (!forwarded.isNull()) {
            lastHeader = realIpHeader;
            lastAddress = forwarded.toString();
            return lastAddress;
        }
    }
    return peer.toString();
}

void HttpExchange::setProxySocketTrusted(bool trusted)
{
    proxySocketTrusted() = trusted;
}

bool HttpExchange::setTrustedProxies(const QString &cidrList)
{
    QList<std::pair<QHostAddress, int>> ranges;
    for (const QString &item : cidrList.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto range = QHostAddress::parseSubnet(item.trimmed());
        if (range.first.isNull()) {
            return false;
        }
        ranges << range;
    }
    trustedProxies() = ranges;
    return true;
}

HttpExchange::HttpExchange(const QHttpServerRequest &request)
    : m_requestId(requestIdFrom(request))
    , m_method(methodName(request.method()))
    , m_path(request.url().path())
    , m_client(clientAddressOf(request.remoteAddress(), request.value("X-Real-IP")))
{
    m_timer.start();
}

void HttpExchange::send(QHttpServerResponder &&responder, QHttpServerResponse response) const
{
    security_headers::apply(response);
    response.setHeader("X-Request-Id", m_requestId);
    if (response.headers("Cache-Control").isEmpty()) {
        response.setHeader("Cache-Control", "no-store");
    }
    const int status = int(response.statusCode());
    metrics::observeHttpRequest(m_method, m_path, status, double(m_timer.nsecsElapsed()) / 1e9);
    const LogLevel level = status >= 500 ? LogLevel::Error : LogLevel::Info;
    if (StructuredLog::isEnabled(level)) {
        // Written directly, keys in QJsonObject's order: the same bytes as StructuredLog::write
        // with these fields, for a fraction of the CPU (one line per request).
        QByteArray line;
        line.reserve(256);
        CompactJsonObject(line)
            .add("durationMs", double(m_timer.nsecsElapsed()) / 1e6)
            .addLatin1("event", "http_request")
            .addLatin1("level", StructuredLog::levelName(level))
            .add("method", QStringView(m_method))
            .add("path", QStringView(m_path).left(300))
            .add("remote", QStringView(m_client))
            .addLatin1("requestId", m_requestId)
            .add("status", status)
            .addLatin1("ts", StructuredLog::timestamp())
            .finish();
        StructuredLog::writeLine(level, std::move(line));
    }
    if (isHead()) {
        // A HEAD answer must not carry a body, or a keep-alive client reads it as the next answer.
        QHttpServerResponse headOnly(response.mimeType(), QByteArray(), response.statusCode());
        for (const char *name : kHeadersTheServerSets) {
            for (const QByteArray &value : response.headers(name)) {
                headOnly.addHeader(QByteArray(name), value);
            }
        }
        headOnly.write(std::move(responder));
        return;
    }
    response.write(std::move(responder));
}

QString HttpExchange::methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

} // namespace transcendence::server
