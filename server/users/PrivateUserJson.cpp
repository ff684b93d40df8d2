#include "users/PrivateUserJson.h"

#include "core/CompactJson.h"

namespace transcendence::server {

QByteArray privateUserJson(const UserRecord &user)
{
    QByteArray body;
    body.reserve(256);
    CompactJsonObject json(body);
    json.add("bio", QStringView(user.bio))
        .add("createdAt", QStringView(user.createdAt.toString(Qt::ISODateWithMs)))
        .add("displayName", QStringView(user.displayName));
    if (user.email.isEmpty()) {
        json.addNull("email");
    } else {
        json.add("email", QStringView(user.email));
    }
    json.add("emailVerified", user.emailVerified)
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
