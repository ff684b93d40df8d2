#include "http/SecurityHeaders.h"

#include <QHttpServerResponse>

namespace transcendence::server::security_headers {

void apply(QHttpServerResponse &response)
{
    response.setHeader("Content-Security-Policy", kContentSecurityPolicy);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    response.setHeader("Permissions-Policy",
                       "camera=(), microphone=(), geolocation=(), payment=()");
}

} // namespace transcendence::server::security_headers
