#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QString>

namespace transcendence::server {

// One request from arrival to answer: its request id, timing, and the single place where every
// response gets the security headers, the X-Request-Id header and its log line. Handlers that
// answer later (after work on another thread) keep the exchange with the responder.
class HttpExchange {
public:
    explicit HttpExchange(const QHttpServerRequest &request);

    const QByteArray &requestId() const { return m_requestId; }
    const QString &path() const { return m_path; }
    const QString &method() const { return m_method; }
    // The client's address: X-Real-IP when the peer is a trusted proxy (nginx), else the peer.
    const QString &clientAddress() const { return m_client; }
    bool isHead() const { return m_method == QLatin1String("HEAD"); }
    bool isGetOrHead() const { return m_method == QLatin1String("GET") || isHead(); }

    void send(QHttpServerResponder &&responder, QHttpServerResponse response) const;

    static QString methodName(QHttpServerRequest::Method method);
    // CIDR ranges ("127.0.0.2/32") whose X-Real-IP header is believed; none until start-up
    // sets TRANSCENDENCE_TRUSTED_PROXIES.
    static bool setTrustedProxies(const QString &cidrList);
    // Whether X-Real-IP is believed from connections through the proxy's Unix socket
    // (ProxySocketListener); false until start-up opens one.
    static void setProxySocketTrusted(bool trusted);
    // The client's address for a connection from peer (WebSocket handshakes too).
    static QString clientAddressOf(const QHostAddress &peer, const QByteArray &realIpHeader);

private:
    QByteArray m_requestId;
    QString m_method;
    QString m_path;
    QString m_client;
    QElapsedTimer m_timer;
};

} // namespace transcendence::server
