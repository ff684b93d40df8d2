#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QString>

namespace transcendence::testing {

struct HttpAnswer {
    int status = 0; // 0: no HTTP answer at all (see networkError)
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names lower-cased; repeated headers one per line
    QString networkError;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QJsonObject json() const;
    // "name=value" of the Set-Cookie for that cookie name, empty when none was set.
    QByteArray cookie(const QByteArray &name) const;
};

// Synchronous HTTP(S) for tests: trusts the dev CA (TRANSCENDENCE_TEST_CA_FILE), never follows
// redirects, gives up after a timeout so a hung server fails the test instead of hanging it.
class HttpsTestClient {
public:
    HttpsTestClient();

    HttpAnswer get(const QString &url, const QHash<QByteArray, QByteArray> &headers = {});
    HttpAnswer send(const QByteArray &method, const QString &url, const QByteArray &body = {},
                    const QHash<QByteArray, QByteArray> &headers = {});

    static QSslConfiguration trustingDevCa();

private:
    QNetworkAccessManager m_network;
};

} // namespace transcendence::testing
