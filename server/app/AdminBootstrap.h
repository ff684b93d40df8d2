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

// The same at start-up when TRANSCENDENCE_ADMIN_USERNAME is set (with _EMAIL and _PASSWORD):
// convenient for compose deployments. False (after logging why) if it was asked for and failed.
bool ensureAdminFromConfig(const ServerConfig &config);

} // namespace transcendence::server::admin_bootstrap
