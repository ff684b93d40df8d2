#pragma once

#include <QByteArray>

#include <optional>

namespace transcendence::server {

// "This device has signed in to this account before" (OWASP's device cookies): a value the
// server signs at each sign-in and the client presents with the next password, so failures
// typed elsewhere do not lock the owner out of their own devices (issue 15, item 5).
// Web: the HttpOnly cookie tr_device (Path=/api/auth/login); apps: deviceToken in the body.
// Stateless: "d1.<user id>.<device id>.<HMAC-SHA256>", the key derived from the server secret.
class DeviceTokens {
public:
    explicit DeviceTokens(const QByteArray &serverSecret);

    QByteArray issue(qint64 userId) const;

    struct Device {
        qint64 userId = 0;
        QByteArray id; // random, names the device in its failure counter
    };
    // nullopt: malformed, or not signed with this server's key.
    std::optional<Device> verify(const QByteArray &token) const;

    static constexpr const char *kCookie = "tr_device";
    static constexpr const char *kCookiePath = "/api/auth/login";
    static constexpr int kLifetimeSeconds = 365 * 86400;

private:
    QByteArray m_key;
};

} // namespace transcendence::server
