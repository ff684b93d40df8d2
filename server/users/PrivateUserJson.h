#pragma once

#include "auth/AccountStore.h"

#include <QByteArray>

namespace transcendence::server {

// GET /api/users/me's body: the bytes QJsonDocument(user.toPrivateJson()).toJson(Compact) gives,
// written without building the QJsonObject (tests/server/CompactJsonTest keeps them equal).
QByteArray privateUserJson(const UserRecord &user);

} // namespace transcendence::server
