#pragma once

#include "db/DatabaseUrl.h"
#include "mail/SmtpClient.h"

#include <QObject>
#include <QPointer>
#include <QThread>

class QTimer;

namespace transcendence::server {

// Drains mail_outbox through the relay on a thread of its own, with its own database
// connection: SMTP dialogues take seconds and must never hold the event loop or a database
// worker. A failed attempt is retried with exponential back-off; a row is deleted only once the
// relay accepted it, so a relay that is down loses nothing (and a crash between "accepted" and
// "deleted" sends that one mail again: at least once, never zero times).
class MailSender : public QObject {
    Q_OBJECT
public:
    struct Options {
        DatabaseSettings database;
        SmtpSettings smtp;
        int firstRetrySeconds = 15; // TRANSCENDENCE_MAIL_RETRY_SECONDS (tests shorten it)
        int pollSeconds = 30;       // mail other instances queued is found this late at worst
    };

    // Starts the thread. Without a relay URL it sends nothing (the outbox keeps the mail).
    static MailSender *start(Options options);
    // Stops the thread after the message in flight; deletes the sender.
    static void stop(MailSender *sender);

    // Thread-safe: look at the outbox now (something was just queued).
    void wake();

private:
    explicit MailSender(Options options);
    void begin();
    void drain();
    void scheduleNext();

    Options m_options;
    SmtpClient m_smtp;
    QString m_connectionName;
    QTimer *m_timer = nullptr;
    QThread m_thread;
};

} // namespace transcendence::server
