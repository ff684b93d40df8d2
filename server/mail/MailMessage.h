#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace transcendence::server {

// One e-mail to one person: plain text and the same words in HTML (multipart/alternative).
struct MailMessage {
    QString recipient; // a bare address: player@example.org
    QString subject;
    QString text;
    QString html;
};

namespace mime {

// The bare address of a From value: "Transcendence <no-reply@example.org>" -> the part in <>.
QString bareAddress(const QString &mailbox);

// The RFC 5322 message as sent over SMTP (CRLF line ends, UTF-8 bodies in base64, the subject
// as an RFC 2047 encoded word). messageIdDomain: the part after @ of the Message-ID.
QByteArray render(const MailMessage &message, const QString &from, const QDateTime &date,
                  const QByteArray &boundary, const QString &messageIdDomain);

} // namespace mime
} // namespace transcendence::server
