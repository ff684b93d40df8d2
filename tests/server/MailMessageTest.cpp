// The mail the server writes, without a relay: MIME rendering (what SMTP carries), the templates
// in each language with values escaped for HTML, and the outbox's back-off.
#include "mail/MailMessage.h"

#include "mail/MailOutbox.h"
#include "mail/MailTemplates.h"

#include <QRegularExpression>
#include <QTest>

using namespace transcendence::server;

namespace {

// The headers and the decoded parts of a rendered message (the reverse of mime::render).
struct Parsed {
    QHash<QByteArray, QByteArray> headers;
    QString text;
    QString html;
};

Parsed parse(const QByteArray &raw)
{
    Parsed parsed;
    const qsizetype end = raw.indexOf("\r\n\r\n");
    QByteArray head = raw.left(end);
    head.replace("\r\n ", " ");
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        parsed.headers[line.left(colon).toLower()] = line.mid(colon + 1).trimmed();
    }
    const QByteArray boundary =
        QRegularExpression(QStringLiteral("boundary=\"([^\"]+)\""))
            .match(QString::fromLatin1(parsed.headers.value("content-type")))
            .captured(1)
            .toLatin1();
    const QByteArray body = raw.mid(end + 4);
    const QByteArray marker = "--" + boundary;
    for (qsizetype at = body.indexOf(marker); at >= 0;) {
        const qsizetype next = body.indexOf(marker, at + marker.size());
        if (next < 0) {
            break;
        }
        const QByteArray part = body.mid(at + marker.size(), next - at - marker.size());
        at = next;
        const qsizetype bodyAt = part.indexOf("\r\n\r\n");
        if (bodyAt < 0) {
            continue;
        }
        const QString decoded = QString::fromUtf8(QByteArray::fromBase64(part.mid(bodyAt + 4)));
        if (part.contains("Content-Type: text/plain")) {
            parsed.text = decoded;
        } else if (part.contains("Content-Type: text/html")) {
            parsed.html = decoded;
        }
    }
    return parsed;
}

QString decodeWords(const QByteArray &value)
{
    QByteArray decoded;
    auto words = QRegularExpression(QStringLiteral("=\\?UTF-8\\?B\\?([^?]*)\\?="))
                     .globalMatch(QString::fromLatin1(value));
    while (words.hasNext()) {
        decoded += QByteArray::fromBase64(words.next().captured(1).toLatin1());
    }
    return QString::fromUtf8(decoded);
}

} // namespace

class MailMessageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { mail_templates::loadTranslations(); }

    void rendersTextAndHtmlThatDecodeBackExactly()
    {
        const MailMessage message{QStringLiteral("zoe@example.org"),
                                  QStringLiteral("Réinitialisez votre mot de passe — Пароль"),
                                  QStringLiteral("Bonjour Zoé,\n\nЗдравствуйте!\n.\nA line"),
                                  QStringLiteral("<p>Bonjour Zoé</p>")};
        const QByteArray raw =
            mime::render(message, QStringLiteral("Transcendence <no-reply@example.org>"),
                         QDateTime(QDate(2026, 12, 6), QTime(5, 4, 3), Qt::UTC), "=_b_1",
                         QStringLiteral("example.org"));
        for (const QByteArray &line : raw.split('\n')) {
            QVERIFY2(line.size() <= 78, line.constData()); // RFC 5322's line length, CRLF apart
            QVERIFY2(line.isEmpty() || line.endsWith('\r'), "every line ends with CRLF");
        }
        const Parsed parsed = parse(raw);
        QCOMPARE(decodeWords(parsed.headers.value("subject")), message.subject);
        QCOMPARE(parsed.headers.value("to"), QByteArray("zoe@example.org"));
        QCOMPARE(parsed.headers.value("from"), QByteArray("Transcendence <no-reply@example.org>"));
        QCOMPARE(parsed.headers.value("date"), QByteArray("Sun, 06 Dec 2026 05:04:03 +0000"));
        QVERIFY(parsed.headers.value("message-id").endsWith("@example.org>"));
        QCOMPARE(parsed.text,
                 QString(message.text).replace(QStringLiteral("\n"), QStringLiteral("\r\n")));
        QCOMPARE(parsed.html, message.html);
    }

    void asciiSubjectsStayReadable()
    {
        const QByteArray raw =
            mime::render({QStringLiteral("a@b.org"), QStringLiteral("Reset your password"), {}, {}},
                         QStringLiteral("no-reply@b.org"), QDateTime::currentDateTimeUtc(), "x",
                         QStringLiteral("b.org"));
        QVERIFY(raw.contains("\r\nSubject: Reset your password\r\n"));
        QCOMPARE(mime::bareAddress(QStringLiteral("Name <x@y.org>")), QStringLiteral("x@y.org"));
        QCOMPARE(mime::bareAddress(QStringLiteral(" x@y.org ")), QStringLiteral("x@y.org"));
    }

    void templatesSpeakTheRecipientsLanguage()
    {
        QVERIFY(mail_templates::languages().contains(QStringLiteral("fr")));
        QVERIFY(mail_templates::languages().contains(QStringLiteral("ru")));
        const QString link = QStringLiteral("https://example.org/reset-password#token=abc");
        const MailMessage en = mail_templates::passwordReset(
            QStringLiteral("en"), QStringLiteral("a@b.org"), QStringLiteral("Zoé"), link);
        QCOMPARE(en.subject, QStringLiteral("Reset your password"));
        QVERIFY(en.text.startsWith(QStringLiteral("Hello Zoé,\n")));
        QVERIFY(en.text.contains(link + QLatin1Char('\n')));
        const MailMessage fr = mail_templates::passwordReset(
            QStringLiteral("fr"), QStringLiteral("a@b.org"), QStringLiteral("Zoé"), link);
        QCOMPARE(fr.subject, QStringLiteral("Réinitialisez votre mot de passe"));
        QVERIFY(fr.text.startsWith(QStringLiteral("Bonjour Zoé,")));
        const MailMessage ru = mail_templates::verifyAddress(
            QStringLiteral("ru"), QStringLiteral("a@b.org"), QStringLiteral("Зоя"), link);
        QCOMPARE(ru.subject, QStringLiteral("Подтвердите адрес электронной почты"));
        // An unknown language falls back to English.
        QCOMPARE(mail_templates::passwordChanged(QStringLiteral("xx"), QStringLiteral("a@b.org"),
                                                 QStringLiteral("Zoé"))
                     .subject,
                 QStringLiteral("Your password was changed"));
    }

    void valuesAreEscapedInTheHtmlPart()
    {
        const MailMessage message = mail_templates::verifyAddress(
            QStringLiteral("en"), QStringLiteral("a@b.org"), QStringLiteral("<b>x</b>"),
            QStringLiteral("https://example.org/verify-email#token=a\"b"));
        QVERIFY(!message.html.contains(QStringLiteral("<b>x</b>")));
        QVERIFY(message.html.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;")));
        QVERIFY(message.html.contains(QStringLiteral("token=a&quot;b")));
        QCOMPARE(mail_templates::maskedAddress(QStringLiteral("jane@example.org")),
                 QStringLiteral("j***@example.org"));
    }

    void retriesBackOffUpToHalfAnHour()
    {
        QCOMPARE(mail_outbox::retryDelaySeconds(0), 15);
        QCOMPARE(mail_outbox::retryDelaySeconds(1), 30);
        QCOMPARE(mail_outbox::retryDelaySeconds(3), 120);
        QCOMPARE(mail_outbox::retryDelaySeconds(7), 1800);
        QCOMPARE(mail_outbox::retryDelaySeconds(500), 1800);
        QCOMPARE(mail_outbox::retryDelaySeconds(2, 1), 4);
    }
};

QTEST_GUILESS_MAIN(MailMessageTest)
#include "MailMessageTest.moc"
