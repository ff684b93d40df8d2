#include "ApiTestClient.h"

#include <QJsonDocument>
#include <QUuid>

namespace transcendence::testing {

ApiTestClient::ApiTestClient(QString baseUrl)
    : m_baseUrl(std::move(baseUrl))
{}

QString ApiTestClient::uniqueAddress()
{
    static int next = 0;
    ++next;
    return QStringLiteral("203.0.%1.%2").arg(113 + next / 250).arg(1 + next % 250);
}

QString ApiTestClient::uniqueName(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

HttpAnswer ApiTestClient::post(const QString &path, const QJsonObject &body,
                               const QString &clientAddress,
                               const QHash<QByteArray, QByteArray> &extraHeaders)
{
    QHash<QByteArray, QByteArray> headers = extraHeaders;
    headers.insert("X-Real-IP", clientAddress.toLatin1());
    headers.insert("Content-Type", "application/json");
    return m_http.send("POST", m_baseUrl + path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                       headers);
}

HttpAnswer ApiTestClient::authorized(const QByteArray &method, const QString &path,
                                     const QString &accessToken, const QJsonObject &body)
{
    QHash<QByteArray, QByteArray> headers{{"Authorization", "Bearer " + accessToken.toLatin1()}};
    if (!body.isEmpty()) {
        headers.insert("Content-Type", "application/json");
    }
    return m_http.send(method, m_baseUrl + path,
                       body.isEmpty() ? QByteArray()
                                      : QJsonDocument(body).toJson(QJsonDocument::Compact),
                       headers);
}

HttpAnswer ApiTestClient::authorizedBytes(const QByteArray &method, const QString &path,
                                          const QString &accessToken, const QByteArray &body,
                                          const QByteArray &contentType)
{
    return m_http.send(
        method, m_baseUrl + path, body,
        {{"Authorization", "Bearer " + accessToken.toLatin1()}, {"Content-Type", contentType}});
}

ApiTestClient::Account ApiTestClient::accountFrom(const QJsonObject &body)
{
    Account account;
    const QJsonObject user = body.value(QStringLiteral("user")).toObject();
    account.username = user.value(QStringLiteral("username")).toString();
    account.id = user.value(QStringLiteral("id")).toInteger();
    account.accessToken = body.value(QStringLiteral("accessToken")).toString();
    account.refreshToken = body.value(QStringLiteral("refreshToken")).toString();
    account.sessionId = body.value(QStringLiteral("sessionId")).toString();
    return account;
}

ApiTestClient::Account ApiTestClient::registerAccount(const QString &prefix)
{
    const QString name = uniqueName(prefix);
    const HttpAnswer answer =
        post(QStringLiteral("/api/auth/register"),
             {{QStringLiteral("username"), name},
              {QStringLiteral("email"), name + QStringLiteral("@example.com")},
              {QStringLiteral("password"), defaultPassword()}},
             uniqueAddress());
    if (answer.status != 201) {
        qWarning("register failed: %d %s", answer.status, answer.body.constData());
        return {};
    }
    return accountFrom(answer.json());
}

ApiTestClient::Account ApiTestClient::login(const QString &name, const QString &password)
{
    const HttpAnswer answer = post(
        QStringLiteral("/api/auth/login"),
        {{QStringLiteral("login"), name}, {QStringLiteral("password"), password}}, uniqueAddress());
    return answer.status == 200 ? accountFrom(answer.json()) : Account{};
}

QString ApiTestClient::wsTicket(const QString &accessToken)
{
    const HttpAnswer answer =
        authorized("POST", QStringLiteral("/api/auth/ws-ticket"), accessToken);
    return answer.status == 200 ? answer.json().value(QStringLiteral("ticket")).toString()
                                : QString();
}

} // namespace transcendence::testing
