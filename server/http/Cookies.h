#pragma once

#include <QByteArray>
#include <QHttpServerRequest>

namespace transcendence::server {

// The value of a cookie the request carries (empty when absent).
QByteArray cookieValue(const QHttpServerRequest &request, const QByteArray &name);
QByteArray cookieValue(const QByteArray &cookieHeader, const QByteArray &name);

// A Set-Cookie value; always HttpOnly and Secure. maxAgeSeconds 0 deletes the cookie.
QByteArray setCookie(const QByteArray &name, const QByteArray &value, const QByteArray &path,
                     int maxAgeSeconds, const QByteArray &sameSite);

} // namespace transcendence::server
