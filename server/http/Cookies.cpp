#include "http/Cookies.h"

namespace transcendence::server {

QByteArray cookieValue(const QHttpServerRequest &request, const QByteArray &name)
{
    return cookieValue(request.value("Cookie"), name);
}

QByteArray cookieValue(const QByteArray &cookieHeader, const QByteArray &name)
{
    for (const QByteArray &pair : cookieHeader.split(';')) {
        const qsizetype equals = pair.indexOf('=');
        if (equals > 0 && pair.left(equals).trimmed() == name) {
            return pair.mid(equals + 1).trimmed();
        }
    }
    return {};
}

QByteArray setCookie(const QByteArray &name, const QByteArray &value, const QByteArray &path,
                     int maxAgeSeconds, const QByteArray &sameSite)
{
    return name + '=' + value + "; Path=" + path +
           "; Max-Age=" + QByteArray::number(maxAgeSeconds) +
           "; HttpOnly; Secure; SameSite=" + sameSite;
}

} // namespace transcendence::server
