#include "HttpsTestClient.h"

#include "TestEnvironment.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>

namespace transcendence::testing {

QJsonObject HttpAnswer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpAnswer::cookie(const QByteArray &name) const
{
    for (const QByteArray &line : header("Set-Cookie").split('\n')) {
        if (line.startsWith(name + '=')) {
            return line.left(line.indexOf(';'));
        }
    }
    return {};
}

HttpsTestClient::HttpsTestClient() = default;

QSslConfiguration HttpsTestClient::trustingDevCa()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    const QString caFile = TestEnvironment::value("TRANSCENDENCE_TEST_CA_FILE");
    if (!caFile.isEmpty()) {
        configuration.addCaCertificates(QSslCertificate::fromPath(caFile));
    }
    return configuration;
}

HttpAnswer HttpsTestClient::get(const QString &url, const QHash<QByteArray, QByteArray> &headers)
{
    return send("GET", url, {}, headers);
}

HttpAnswer HttpsTestClient::send(const QByteArray &method, const QString &url,
                                 const QByteArray &body,
                                 const QHash<QByteArray, QByteArray> &headers)
{
    QNetworkRequest request{QUrl(url)};
    request.setSslConfiguration(trustingDevCa());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        request.setRawHeader(it.key(), it.value());
    }
    if (!body.isEmpty() && !headers.contains("Content-Type")) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timeout.start(15'000);
    loop.exec();

    HttpAnswer answer;
    if (!reply->isFinished()) {
        reply->abort();
        answer.networkError = QStringLiteral("timed out");
    } else {
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs()) {
            // Repeated headers (Set-Cookie) are kept, one per line, as Qt itself joins them.
            QByteArray &stored = answer.headers[name.toLower()];
            stored = stored.isEmpty() ? value : stored + '\n' + value;
        }
        if (reply->error() != QNetworkReply::NoError && answer.status == 0) {
            answer.networkError = reply->errorString();
        }
    }
    reply->deleteLater();
    return answer;
}

} // namespace transcendence::testing
