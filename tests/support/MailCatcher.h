#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>

namespace transcendence::testing {

// A real SMTP server on 127.0.0.1 (Debian's python3-aiosmtpd with its Maildir handler, the
// same catcher scripts/run starts), so tests send real mail through SMTP and read what arrived.
// The port can be chosen before start(), so a test can point a server at it while it is down.
class MailCatcher {
public:
    MailCatcher();
    ~MailCatcher();

    static quint16 freePort();
    void setPort(quint16 port) { m_port = port; }
    quint16 port() const { return m_port; }
    QString smtpUrl() const; // smtp://127.0.0.1:PORT
    QString maildir() const { return m_maildir; }

    bool start(QString *error); // waits until it accepts connections
    void stop();

    struct Mail {
        QString to;
        QString subject;
        QString text; // the decoded text/plain part
        QString html; // the decoded text/html part
        QByteArray raw;
    };
    QList<Mail> all() const; // everything received so far, oldest first
    QList<Mail> to(const QString &recipient) const;
    // Waits for the count-th mail to recipient (1: the first); nullopt after timeoutMs.
    std::optional<Mail> waitFor(const QString &recipient, int count = 1, int timeoutMs = 15'000);
    // The first https link in the text part.
    static QString linkIn(const Mail &mail);

private:
    QProcess m_process;
    QString m_maildir;
    quint16 m_port = 0;
};

} // namespace transcendence::testing
