#pragma once

#include "mail/MailMessage.h"

#include <QString>

namespace transcendence::server {

struct SmtpSettings {
    QString url; // smtp://host:port (STARTTLS) or smtps://host:port (TLS from the start)
    QString user;
    QString password;
    QString from; // "Name <address>" or a bare address
};

// Sends one message through the relay with libcurl's SMTP client. Blocking (a connection, a
// TLS handshake, the dialogue: up to the time-outs below): call it on the mail sender's
// thread, never on the event loop. STARTTLS is required, except towards a loopback relay (the
// local mail catcher of scripts/run and scripts/test, which has no certificate).
class SmtpClient {
public:
    explicit SmtpClient(SmtpSettings settings);

    static void initializeLibrary(); // curl_global_init, once, before any thread sends

    // Empty on success, else what went wrong (curl's words, for the log and the outbox row).
    QString send(const MailMessage &message) const;

    static constexpr int kConnectTimeoutSeconds = 10;
    static constexpr int kTransferTimeoutSeconds = 60;

private:
    SmtpSettings m_settings;
    bool m_loopbackRelay = false;
};

} // namespace transcendence::server
