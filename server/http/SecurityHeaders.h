#pragma once

#include <QByteArray>

class QHttpServerResponse;

namespace transcendence::server {

// Headers every response carries, whether the server or nginx sends it (docker/nginx keeps the
// same values for the static files it serves; docs/security.md explains each one).
// HSTS is added by nginx, which terminates TLS.
namespace security_headers {
inline constexpr const char *kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'";

void apply(QHttpServerResponse &response);
} // namespace security_headers

} // namespace transcendence::server
