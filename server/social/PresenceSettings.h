#pragma once

#include <QProcessEnvironment>
#include <QStringList>

namespace transcendence::server {

// How presence notices a crashed instance (.env.example, "Presence"):
//   TRANSCENDENCE_PRESENCE_HEARTBEAT_SECONDS  how often an instance says it is alive (15)
//   TRANSCENDENCE_PRESENCE_STALE_SECONDS      silence after which its sockets stop counting (45)
// Read from the environment, then the .env file ServerConfig reads, like every other setting.
struct PresenceSettings {
    int heartbeatSeconds = 15;
    int staleAfterSeconds = 45;

    // Problems (out-of-range values) are reported in *problems; their defaults are used.
    static PresenceSettings fromEnvironment(const QProcessEnvironment &environment,
                                            QStringList *problems);
};

} // namespace transcendence::server
