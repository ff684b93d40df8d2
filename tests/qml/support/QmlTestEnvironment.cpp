#include "QmlTestEnvironment.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMessageAuthenticationCode>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QUrlQuery>

namespace {

// A port that was free a moment ago and has nothing listening now: connections are refused.
QString findClosedPortUrl()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        return {};
    }
    const quint16 port = probe.serverPort();
    probe.close();
    return QStringLiteral("https://127.0.0.1:%1").arg(port);
}

} // namespace

QmlTestEnvironment::QmlTestEnvironment(QString defaultArtifactsDir, QObject *parent)
    : QObject(parent)
    , m_baseUrl(qEnvironmentVariable("TRANSCENDENCE_TEST_BASE_URL"))
    , m_closedPortUrl(findClosedPortUrl())
    , m_artifactsDir(qEnvironmentVariable("TRANSCENDENCE_TEST_ARTIFACTS", defaultArtifactsDir))
{}

QString QmlTestEnvironment::saveWindowImage(QQuickWindow *window, const QString &fileName) const
{
    if (!window || !QDir().mkpath(m_artifactsDir)) {
        return {};
    }
    const QImage image = window->grabWindow();
    const QString path = QDir(m_artifactsDir).filePath(fileName);
    return !image.isNull() && image.save(path) ? path : QString();
}

QString QmlTestEnvironment::uniqueName(const QString &prefix) const
{
    const QString suffix =
        QString::number(QRandomGenerator::global()->generate64() % 100'000'000'000ULL, 36);
    return (prefix.left(11) + QLatin1Char('_') + suffix).left(20);
}

QString QmlTestEnvironment::totp(const QString &base32Secret, int stepOffset) const
{
    static const QByteArray alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QByteArray key;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : base32Secret.toUpper()) {
        const int value = int(alphabet.indexOf(char(c.toLatin1())));
        if (value < 0) {
            continue; // padding, spaces
        }
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            key.append(char((buffer >> bits) & 0xff));
        }
    }
    const qint64 step = QDateTime::currentSecsSinceEpoch() / 30 + stepOffset;
    QByteArray counter(8, '\0');
    for (int i = 7; i >= 0; --i) {
        counter[i] = char((step >> (8 * (7 - i))) & 0xff);
    }
    const QByteArray mac = QMessageAuthenticationCode::hash(counter, key, QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(quint8(mac.at(offset)) & 0x7f) << 24) |
                           (quint32(quint8(mac.at(offset + 1))) << 16) |
                           (quint32(quint8(mac.at(offset + 2))) << 8) |
                           quint32(quint8(mac.at(offset + 3)));
    return QStringLiteral("%1").arg(binary % 1'000'000, 6, 10, QLatin1Char('0'));
}

QString QmlTestEnvironment::makeAdmin(const QString &username) const
{
    return runOnPlatform(
        QStringLiteral("UPDATE users SET role = 'admin' WHERE username = ? RETURNING id"),
        username);
}

QString QmlTestEnvironment::forgetRecentProof(const QString &username) const
{
    return runOnPlatform(QStringLiteral("UPDATE auth_sessions s SET proven_at = now() - interval "
                                        "'1 hour' FROM users u WHERE u.id = s.user_id AND "
                                        "u.username = ? RETURNING s.id"),
                         username);
}

QString QmlTestEnvironment::confirmEmail(const QString &username) const
{
    return runOnPlatform(QStringLiteral("UPDATE users SET email_verified_at = now() WHERE "
                                        "username = ? RETURNING id"),
                         username);
}

QString QmlTestEnvironment::mailedCode(const QString &address, int nth) const
{
    QDir folder(qEnvironmentVariable("TRANSCENDENCE_TEST_MAILDIR") + QStringLiteral("/new"));
    static const QRegularExpression subject(
        QStringLiteral("^Subject: Your Transcendence code: ([0-9]{6})\\r?$"),
        QRegularExpression::MultilineOption);
    int seen = 0;
    for (const QFileInfo &entry : folder.entryInfoList(QDir::Files, QDir::Time | QDir::Reversed)) {
        QFile file(entry.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QString mail = QString::fromUtf8(file.readAll());
        const QRegularExpressionMatch match = subject.match(mail);
        if (!match.hasMatch() ||
            !mail.contains(QStringLiteral("To: ") + address, Qt::CaseInsensitive)) {
            continue;
        }
        if (++seen == nth) {
            return match.captured(1);
        }
    }
    return {};
}

QString QmlTestEnvironment::runOnPlatform(const QString &sql, const QString &username) const
{
    const QUrl admin(qEnvironmentVariable("TRANSCENDENCE_TEST_ADMIN_DATABASE_URL"));
    if (!admin.isValid() || admin.isEmpty()) {
        return QStringLiteral("TRANSCENDENCE_TEST_ADMIN_DATABASE_URL is unset: run through "
                              "scripts/test");
    }
    const QString platformDatabase =
        QUrl(qEnvironmentVariable("DATABASE_URL")).path().mid(1); // "/name" -> "name"
    const QString connection = QStringLiteral("qml-test-admin");
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        // postgresql://user@host:port/db?host=<socket folder>
        const QString socketFolder = QUrlQuery(admin).queryItemValue(QStringLiteral("host"));
        db.setHostName(socketFolder.isEmpty() ? admin.host() : socketFolder);
        db.setPort(admin.port(5432));
        db.setUserName(admin.userName());
        db.setPassword(admin.password());
        db.setDatabaseName(platformDatabase.isEmpty() ? QStringLiteral("transcendence")
                                                      : platformDatabase);
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery query(db);
            query.prepare(sql);
            query.addBindValue(username);
            if (!query.exec()) {
                problem = query.lastError().text();
            } else if (!query.next()) {
                problem = QStringLiteral("no account named %1").arg(username);
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return problem;
}

QString QmlTestEnvironment::mailedToken(const QString &address, const QString &page) const
{
    const QDir folder(qEnvironmentVariable("TRANSCENDENCE_TEST_MAILDIR") + QStringLiteral("/new"));
    const QRegularExpression to(QStringLiteral("^To:.*") + QRegularExpression::escape(address),
                                QRegularExpression::MultilineOption |
                                    QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression link(QLatin1Char('/') + QRegularExpression::escape(page) +
                                  QStringLiteral("#token=([A-Za-z0-9_-]+)"));
    const QRegularExpression base64Part(
        QStringLiteral("Content-Transfer-Encoding: base64\\r?\\n\\r?\\n([A-Za-z0-9+/=\\r\\n]+)"),
        QRegularExpression::CaseInsensitiveOption);
    QString token;
    // The oldest first: the newest link found wins.
    for (const QString &name : folder.entryList(QDir::Files, QDir::Time | QDir::Reversed)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QString raw = QString::fromUtf8(file.readAll());
        const int headerEnd = raw.indexOf(QStringLiteral("\n\n")) >= 0
                                  ? raw.indexOf(QStringLiteral("\n\n"))
                                  : raw.indexOf(QStringLiteral("\r\n\r\n"));
        if (!to.match(raw.left(headerEnd)).hasMatch()) {
            continue;
        }
        QString text = raw;
        for (auto parts = base64Part.globalMatch(raw); parts.hasNext();) {
            text += QString::fromUtf8(QByteArray::fromBase64(parts.next().captured(1).toLatin1()));
        }
        if (const auto found = link.match(text); found.hasMatch()) {
            token = found.captured(1);
        }
    }
    return token;
}
