#include "network/ServerStatus.h"

#include "network/HealthAnswer.h"
#include "network/ServerUrl.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSettings>

namespace transcendence::client {

ServerStatus::ServerStatus(QObject *parent)
    : QObject(parent)
{
    m_checkTimer.setInterval(kCheckIntervalMs);
    connect(&m_checkTimer, &QTimer::timeout, this, &ServerStatus::checkNow);
    connect(&m_network, &QNetworkAccessManager::finished, this, &ServerStatus::onCheckFinished);

    const ServerUrlCheck saved =
        checkServerUrl(QSettings().value(kSettingsKey, kDefaultServerUrl).toString());
    m_serverUrl = saved.isValid() ? saved.url : checkServerUrl(kDefaultServerUrl).url;
    m_checkTimer.start();
    // Checked once the object is fully set up, so QML sees every state change.
    QTimer::singleShot(0, this, [this] {
        if (m_reachability == Reachability::Unknown) {
            setReachability(Reachability::Checking);
            checkNow();
        }
    });
}

void ServerStatus::setServerUrl(const QUrl &serverUrl)
{
    applyServerUrl(serverUrl.toString());
}

QString ServerStatus::serverUrlProblem(const QString &text) const
{
    return checkServerUrl(text).problem;
}

bool ServerStatus::applyServerUrl(const QString &text)
{
    const ServerUrlCheck check = checkServerUrl(text);
    if (!check.isValid()) {
        return false;
    }
    if (check.url == m_serverUrl) {
        return true;
    }
    m_serverUrl = check.url;
    QSettings().setValue(kSettingsKey, m_serverUrl.toString());
    emit serverUrlChanged();

    if (QNetworkReply *staleCheck = m_pendingCheck) {
        m_pendingCheck.clear(); // its answer is about the old URL: onCheckFinished ignores it
        staleCheck->abort();
    }
    setServerVersion({});
    setLastError({});
    setReachability(Reachability::Checking);
    m_checkTimer.start(); // restart the interval from now
    checkNow();
    return true;
}

void ServerStatus::checkNow()
{
    if (m_pendingCheck) {
        return;
    }
    QNetworkRequest request(serverEndpoint(m_serverUrl, QStringLiteral("healthz")));
    request.setTransferTimeout(kCheckTimeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    m_pendingCheck = m_network.get(request);
}

void ServerStatus::onCheckFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_pendingCheck) {
        return;
    }
    m_pendingCheck.clear();
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        // Only the transfer timeout cancels the current check.
        setServerVersion({});
        setLastError(tr("No answer within %1 seconds.").arg(kCheckTimeoutMs / 1000));
        setReachability(Reachability::Unreachable);
        return;
    }
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && httpStatus == 0) {
        setServerVersion({});
        setLastError(reply->errorString());
        setReachability(Reachability::Unreachable);
        return;
    }
    const HealthAnswer answer = readHealthAnswer(httpStatus, reply->readAll());
    setServerVersion(answer.serverVersion);
    setLastError(answer.problem);
    setReachability(answer.healthy ? Reachability::Reachable : Reachability::Unreachable);
}

void ServerStatus::setReachability(Reachability reachability)
{
    if (m_reachability != reachability) {
        m_reachability = reachability;
        emit reachabilityChanged();
    }
}

void ServerStatus::setServerVersion(const QString &serverVersion)
{
    if (m_serverVersion != serverVersion) {
        m_serverVersion = serverVersion;
        emit serverVersionChanged();
    }
}

void ServerStatus::setLastError(const QString &lastError)
{
    if (m_lastError != lastError) {
        m_lastError = lastError;
        emit lastErrorChanged();
    }
}

} // namespace transcendence::client
