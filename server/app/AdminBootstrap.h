#pragma once

#include "app/ServerConfig.h"

#include <QStringList>

namespace transcendence::server::admin_bootstrap {

// The first admin, from the command line:
//   transcendence-server create-admin --username NAME [--email ADDRESS]
// The password is read from TRANSCENDENCE_ADMIN_PASSWORD or the first line of standard input
// (never from the command line, where other users could see it). An existing account is
// promoted; a new one is created. Applies migrations first. Returns the process exit code.
int runCreateAdminCommand(const ServerConfig &config, const QStringList &arguments);

// At start-up when TRANSCENDENCE_ADMIN_USERNAME is set (with _EMAIL and _PASSWORD), convenient
// for compose deployments: creates that admin with the configured password when no account has
// the name; never promotes an existing account (whoever registered the name first would become
// admin). An existing non-admin of that name, or an address already in use, is logged
// (create_admin_failed) and the server starts without it. False (after logging why) when the
// configuration is invalid (e.g. a weak password) or the database fails.
bool ensureAdminFromConfig(const ServerConfig &config);

} // namespace transcendence::server::admin_bootstrap
