#pragma once

#include "core/DomainError.h"

#include <QSqlDatabase>

#include <optional>

namespace transcendence::server {

// Step-up authentication (issue 15, item 3): a stolen 15-minute access token must not be enough
// to link someone else's provider account, change two-factor sign-in, the e-mail or the
// password, export or erase the account, or change roles and bans. Those need the session to
// have proven its owner recently: signed in (any way), or POST /api/auth/reauthenticate with the
// password, a TOTP code or a recovery code. Worker threads only.
namespace step_up {

constexpr int kWindowSeconds = 600;

// reauthentication_required (403 over HTTP): the clients ask for the password (or a code) and
// retry.
DomainError required();

// nullopt when the session proved its owner within kWindowSeconds.
std::optional<DomainError> requireRecent(QSqlDatabase &db, const QString &sessionId);

// The session's owner proved who they are now.
bool markProven(QSqlDatabase &db, const QString &sessionId);

} // namespace step_up
} // namespace transcendence::server
