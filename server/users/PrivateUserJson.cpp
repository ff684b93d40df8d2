#include "users/PrivateUserJson.h"

#include "core/CompactJson.h"

#include <cstdio>

namespace transcendence::server {
namespace {

// QDateTime::toString(Qt::ISODateWithMs), the common case (UTC, four-digit year) without it.
void addTimestamp(CompactJsonObject &json, QByteArrayView key, const QDateTime &time)
{
    if (time.isValid() && time.timeSpec() == Qt::UTC) {
        const QDate date = time.date();
        const QTime clock = time.time();
        if (date.year() >= 1000 && date.year() <= 9999) {
            char text[32];
            const int size = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
                                           date.year(), date.month(), date.day(), clock.hour(),
                                           clock.minute(), clock.second(), clock.msec());
            json.addLatin1(key, QByteArrayView(text, size));
            return;
        }
    }
    json.add(key, QStringView(time.toString(Qt::ISODateWithMs)));
}

} // namespace

QByteArray privateUserJson(const UserRecord &user)
{
    QByteArray body;
    body.reserve(256);
    CompactJsonObject json(body);
    json.add("bio", QStringView(user.bio));
    addTimestamp(json, "createdAt", user.createdAt);
    json.add("displayName", QStringView(user.displayName));
    if (user.email.isEmpty()) {
        json.addNull("email");
    } else {
        json.add("email", QStringView(user.email));
    }
    json.add("emailTwoFactorEnabled", user.emailTwoFactorEnabled)
        .add("emailVerified", user.emailVerified)
        .add("hasPassword", user.hasPassword)
        .add("id", user.id)
        .add("language", QStringView(user.language))
        .add("role", QStringView(user.role))
        .add("twoFactorEnabled", user.twoFactorEnabled)
        .add("username", QStringView(user.username))
        .finish();
    return body;
}

} // namespace transcendence::server
