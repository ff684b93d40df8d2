#include "MailCatcher.h"

#include "TestEnvironment.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <optional>

namespace transcendence::testing {
namespace {

QString python()
{
    const QString configured = TestEnvironment::value("TRANSCENDENCE_PYTHON");
    return configured.isEmpty() ? QStringLiteral("/usr/bin/python3") : configured;
}

// RFC 2047 encoded words (=?UTF-8?B?...?=) of a header, joined.
QString decodeHeader(const QByteArray &value)
{
    static const QRegularExpression word(
        QStringLiteral("=\\?[Uu][Tt][Ff]-8\\?([BbQq])\\?([^?]*)\\?="));
    QString text = QString::fromUtf8(value);
    QByteArray decoded;
    bool any = false;
    auto matches = word.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        any = true;
        if (match.captured(1).compare(QLatin1String("B"), Qt::CaseInsensitive) == 0) {
            decoded += QByteArray::fromBase64(match.captured(2).toLatin1());
        } else {
            decoded += match.captured(2).toLatin1();
        }
    }
    return any ? QString::fromUtf8(decoded) : text.simplified();
}

struct Part {
    QHash<QByteArray, QByteArray> headers; // lower-case names, unfolded values
    QByteArray body;
};

Part splitPart(const QByteArray &data)
{
    Part part;
    QByteArray normalized = data;
    normalized.replace("\r\n", "\n");
    const qsizetype end = normalized.indexOf("\n\n");
    const QByteArray head = end < 0 ? normalized : normalized.left(end);
    part.body = end < 0 ? QByteArray() : normalized.mid(end + 2);
    QByteArray name;
    for (const QByteArray &line : head.split('\n')) {
        if ((line.startsWith(' ') || line.startsWith('\t')) && !name.isEmpty()) {
            part.headers[name] += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            name = line.left(colon).trimmed().toLower();
            part.headers[name] = line.mid(colon + 1).trimmed();
        }
    }
    return part;
}

QString decodeBody(const Part &part)
{
    const QByteArray encoding = part.headers.value("content-transfer-encoding").toLower();
    if (encoding == "base64") {
        return QString::fromUtf8(QByteArray::fromBase64(part.body));
    }
    return QString::fromUtf8(part.body);
}

MailCatcher::Mail parse(const QByteArray &raw)
{
    MailCatcher::Mail mail;
    mail.raw = raw;
    const Part message = splitPart(raw);
    mail.to = QString::fromUtf8(message.headers.value("to"));
    mail.subject = decodeHeader(message.headers.value("subject"));
    const QByteArray type = message.headers.value("content-type");
    static const QRegularExpression boundaryPattern(QStringLiteral("boundary=\"?([^\";]+)\"?"));
    const auto boundary = boundaryPattern.match(QString::fromLatin1(type));
    if (!boundary.hasMatch()) {
        mail.text = decodeBody(message);
        return mail;
    }
    const QByteArray body = message.body;
    const QByteArray marker = "--" + boundary.captured(1).toLatin1();
    qsizetype at = body.indexOf(marker);
    while (at >= 0) {
        const qsizetype start = body.indexOf('\n', at) + 1;
        const qsizetype next = body.indexOf(marker, start);
        if (start <= 0 || next < 0) {
            break;
        }
        const Part part = splitPart(body.mid(start, next - start));
        const QByteArray partType = part.headers.value("content-type").toLower();
        if (partType.startsWith("text/plain")) {
            mail.text = decodeBody(part);
        } else if (partType.startsWith("text/html")) {
            mail.html = decodeBody(part);
        }
        at = next;
    }
    return mail;
}

} // namespace

MailCatcher::MailCatcher()
    : m_maildir(TestEnvironment::scratchDir() + QStringLiteral("/maildir-") +
                QUuid::createUuid().toString(QUuid::Id128))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

MailCatcher::~MailCatcher()
{
    stop();
}

quint16 MailCatcher::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString MailCatcher::smtpUrl() const
{
    return QStringLiteral("smtp://127.0.0.1:%1").arg(m_port);
}

bool MailCatcher::start(QString *error)
{
    if (m_port == 0) {
        m_port = freePort();
    }
    for (const char *folder : {"tmp", "new", "cur"}) { // a Maildir (aiosmtpd's handler)
        QDir().mkpath(m_maildir + QLatin1Char('/') + QLatin1String(folder));
    }
    m_process.start(python(),
                    {QStringLiteral("-m"), QStringLiteral("aiosmtpd"), QStringLiteral("-n"),
                     QStringLiteral("-l"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                     QStringLiteral("-c"), QStringLiteral("aiosmtpd.handlers.Mailbox"), m_maildir});
    if (!m_process.waitForStarted(10'000)) {
        *error = QStringLiteral("could not start %1 -m aiosmtpd: %2")
                     .arg(python(), m_process.errorString());
        return false;
    }
    for (int i = 0; i < 200; ++i) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(200)) {
            return true;
        }
        if (m_process.state() == QProcess::NotRunning) {
            break;
        }
        QTest::qWait(50);
    }
    *error = QStringLiteral("the mail catcher did not listen on port %1: %2")
                 .arg(m_port)
                 .arg(QString::fromUtf8(m_process.readAll()));
    return false;
}

void MailCatcher::stop()
{
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    m_process.terminate();
    if (!m_process.waitForFinished(5'000)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
}

QList<MailCatcher::Mail> MailCatcher::all() const
{
    QList<Mail> mails;
    QFileInfoList files;
    for (const char *folder : {"new", "cur"}) {
        files += QDir(m_maildir + QLatin1Char('/') + QLatin1String(folder))
                     .entryInfoList(QDir::Files, QDir::Time | QDir::Reversed);
    }
    std::stable_sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        return a.lastModified() < b.lastModified();
    });
    for (const QFileInfo &info : files) {
        QFile file(info.filePath());
        if (file.open(QIODevice::ReadOnly)) {
            mails.append(parse(file.readAll()));
        }
    }
    return mails;
}

QList<MailCatcher::Mail> MailCatcher::to(const QString &recipient) const
{
    QList<Mail> matching;
    for (const Mail &mail : all()) {
        if (mail.to.contains(recipient, Qt::CaseInsensitive)) {
            matching.append(mail);
        }
    }
    return matching;
}

std::optional<MailCatcher::Mail> MailCatcher::waitFor(const QString &recipient, int count,
                                                      int timeoutMs)
{
    for (int waited = 0;; waited += 100) {
        const QList<Mail> mails = to(recipient);
        if (mails.size() >= count) {
            return mails.at(count - 1);
        }
        if (waited >= timeoutMs) {
            return std::nullopt;
        }
        QTest::qWait(100);
    }
}

QString MailCatcher::linkIn(const Mail &mail)
{
    static const QRegularExpression pattern(QStringLiteral("https?://\\S+"));
    return pattern.match(mail.text).captured(0);
}

} // namespace transcendence::testing
