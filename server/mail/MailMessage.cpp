#include "mail/MailMessage.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QUuid>

namespace transcendence::server::mime {
namespace {

// Base64 in lines of 76 characters (RFC 2045).
QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray lines;
    for (qsizetype at = 0; at < encoded.size(); at += 76) {
        lines += encoded.mid(at, 76) + "\r\n";
    }
    return lines;
}

// A header value: ASCII stays as it is, anything else becomes one encoded word per chunk of
// at most 30 bytes (40 base64 characters, 52 with the markers: a folded line stays under 78
// even after "Subject: ").
QByteArray headerText(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    bool ascii = true;
    for (const char c : utf8) {
        if (static_cast<unsigned char>(c) >= 0x80 || c == '\r' || c == '\n') {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        return utf8;
    }
    QByteArray words;
    qsizetype at = 0;
    while (at < utf8.size()) {
        qsizetype length = std::min<qsizetype>(30, utf8.size() - at);
        // Never split a UTF-8 sequence: back off while the next byte is a continuation byte.
        while (at + length < utf8.size() &&
               (static_cast<unsigned char>(utf8.at(at + length)) & 0xC0) == 0x80) {
            --length;
        }
        if (!words.isEmpty()) {
            words += "\r\n ";
        }
        words += "=?UTF-8?B?" + utf8.mid(at, length).toBase64() + "?=";
        at += length;
    }
    return words;
}

// From and To: a display name is encoded like any header text, the address kept as it is.
QByteArray mailboxHeader(const QString &mailbox)
{
    const qsizetype open = mailbox.lastIndexOf(QLatin1Char('<'));
    if (open <= 0) {
        return mailbox.trimmed().toUtf8();
    }
    const QString name = mailbox.left(open).trimmed();
    return headerText(name) + " <" + bareAddress(mailbox).toUtf8() + ">";
}

QByteArray part(const QByteArray &contentType, const QString &body)
{
    QString normalized = body;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalized.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    return "Content-Type: " + contentType +
           "; charset=utf-8\r\n"
           "Content-Transfer-Encoding: base64\r\n\r\n" +
           base64Lines(normalized.toUtf8());
}

} // namespace

QString bareAddress(const QString &mailbox)
{
    const qsizetype open = mailbox.lastIndexOf(QLatin1Char('<'));
    const qsizetype close = mailbox.lastIndexOf(QLatin1Char('>'));
    if (open >= 0 && close > open) {
        return mailbox.mid(open + 1, close - open - 1).trimmed();
    }
    return mailbox.trimmed();
}

QByteArray render(const MailMessage &message, const QString &from, const QDateTime &date,
                  const QByteArray &boundary, const QString &messageIdDomain)
{
    const QString dateText =
        QLocale::c().toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")) +
        QStringLiteral(" +0000");
    const QByteArray messageId = "<" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@" +
                                 messageIdDomain.toUtf8() + ">";
    QByteArray out;
    out += "From: " + mailboxHeader(from) + "\r\n";
    out += "To: " + mailboxHeader(message.recipient) + "\r\n";
    out += "Subject: " + headerText(message.subject) + "\r\n";
    out += "Date: " + dateText.toLatin1() + "\r\n";
    out += "Message-ID: " + messageId + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Auto-Submitted: auto-generated\r\n";
    out += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
    out += "--" + boundary + "\r\n" + part("text/plain", message.text);
    out += "--" + boundary + "\r\n" + part("text/html", message.html);
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace transcendence::server::mime
