#pragma once

#include "HttpsTestClient.h"

#include <QJsonObject>
#include <QString>

namespace transcendence::testing {

// JSON API calls straight to one server, as nginx would forward them: each call can name the
// client address (X-Real-IP, believed from loopback by ServerProcess's servers), so tests keep
// separate rate-limit budgets.
class ApiTestClient {
public:
    explicit ApiTestClient(QString baseUrl);

    HttpAnswer post(const QString &path, const QJsonObject &body,
                    const QString &clientAddress = defaultAddress(),
                    const QHash<QByteArray, QByteArray> &extraHeaders = {});
    HttpAnswer authorized(const QByteArray &method, const QString &path, const QString &accessToken,
                          const QJsonObject &body = {});
    // A raw body (an avatar upload, say) with its Content-Type.
    HttpAnswer authorizedBytes(const QByteArray &method, const QString &path,
                               const QString &accessToken, const QByteArray &body,
                               const QByteArray &contentType);
    HttpsTestClient &http() { return m_http; }
    const QString &baseUrl() const { return m_baseUrl; }

    // A distinct documentation address (RFC 5737) for each call site that wants its own budget.
    static QString uniqueAddress();
    static QString defaultAddress() { return QStringLiteral("198.51.100.1"); }
    static QString uniqueName(const QString &prefix);

    struct Account {
        QString username;
        qint64 id = 0;
        QString accessToken;
        QString refreshToken;
        QString sessionId;
    };
    static QString defaultPassword() { return QStringLiteral("correct horse battery staple"); }
    // Registers a new account (app client) and returns it; id 0 if registration failed.
    Account registerAccount(const QString &prefix);
    // Signs in (app client); empty tokens if the answer was not a session.
    Account login(const QString &login, const QString &password = defaultPassword());
    static Account accountFrom(const QJsonObject &sessionAnswer);
    // A single-use WebSocket ticket (POST /api/auth/ws-ticket); empty if none was issued.
    QString wsTicket(const QString &accessToken);

private:
    QString m_baseUrl;
    HttpsTestClient m_http;
};

} // namespace transcendence::testing
