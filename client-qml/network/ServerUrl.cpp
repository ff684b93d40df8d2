#include "network/ServerUrl.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace transcendence::client {
namespace {

// The texts are marked with QT_TRANSLATE_NOOP so that lupdate finds them in context ServerUrl.
QString translatedProblem(const char *text)
{
    return QCoreApplication::translate("ServerUrl", text);
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

ServerUrlCheck checkServerUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return {{},
                translatedProblem(QT_TRANSLATE_NOOP(
                    "ServerUrl", "Enter the server address, e.g. https://localhost:8443"))};
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        return {{}, translatedProblem(QT_TRANSLATE_NOOP("ServerUrl", "This is not a valid URL."))};
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        return {{},
                translatedProblem(QT_TRANSLATE_NOOP(
                    "ServerUrl", "The address must start with https:// or http://."))};
    }
    if (url.host().isEmpty()) {
        return {
            {},
            translatedProblem(QT_TRANSLATE_NOOP("ServerUrl", "The address needs a host name."))};
    }
    // Passwords and tokens must not cross a network in clear: plain http only to this computer.
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host())) {
        return {
            {},
            translatedProblem(QT_TRANSLATE_NOOP(
                "ServerUrl",
                "Use https:// — plain http:// is only allowed for this computer (localhost)."))};
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        return {{},
                translatedProblem(QT_TRANSLATE_NOOP(
                    "ServerUrl", "The address must not contain a user name, '?' or '#'."))};
    }
    QUrl normalised = url.adjusted(QUrl::NormalizePathSegments | QUrl::StripTrailingSlash);
    normalised.setScheme(scheme);
    if (normalised.path() == QLatin1String("/")) {
        normalised.setPath({}); // StripTrailingSlash keeps a lone "/"
    }
    return {normalised, {}};
}

QUrl serverEndpoint(const QUrl &serverUrl, const QString &relativePath)
{
    QUrl endpoint = serverUrl.adjusted(QUrl::StripTrailingSlash);
    endpoint.setPath(endpoint.path() + QLatin1Char('/') + relativePath);
    return endpoint;
}

QUrl webSocketUrl(const QUrl &serverUrl)
{
    QUrl url = serverEndpoint(serverUrl, QStringLiteral("ws"));
    url.setScheme(serverUrl.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0
                      ? QStringLiteral("wss")
                      : QStringLiteral("ws"));
    return url;
}

} // namespace transcendence::client
