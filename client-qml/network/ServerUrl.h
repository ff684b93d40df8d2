#pragma once

#include <QString>
#include <QUrl>

// The user-entered base URL of a Transcendence server and the endpoints derived from it.
namespace transcendence::client {

struct ServerUrlCheck {
    QUrl url;        // normalised; valid only when problem is empty
    QString problem; // translated, shown next to the field

    bool isValid() const { return problem.isEmpty(); }
};

// Accepts https:// URLs with a host, an optional port and an optional base path (a server
// behind a reverse proxy may live under /something/), and http:// ones to this computer only
// (localhost, 127.0.0.0/8, ::1: passwords and tokens never cross a network in clear). Refuses
// user info, query and fragment, which would silently change every request built from it.
ServerUrlCheck checkServerUrl(const QString &text);

// <base>/<relativePath>, keeping any base path: https://h:8443/pong + "healthz".
QUrl serverEndpoint(const QUrl &serverUrl, const QString &relativePath);

// wss://host:port/<base>/ws for https, ws:// for http.
QUrl webSocketUrl(const QUrl &serverUrl);

} // namespace transcendence::client
