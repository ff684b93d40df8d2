#include "account/TokenStore.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <qt6keychain/keychain.h>

namespace transcendence::client {
namespace {

Q_LOGGING_CATEGORY(lcTokens, "transcendence.tokens")

const QString kAccount = QStringLiteral("refresh-token");
const QString kFileName = QStringLiteral("refresh-token");

// Errors that mean "no keychain here", as opposed to a keychain that refused or failed once.
// QtKeychain reports NoBackendAvailable when no Secret Service / KWallet answers, and
// NotImplemented on a platform it has no keychain code for. Without a session bus at all its
// libsecret backend gives OtherError (seen on this project's headless CI), so that counts too;
// the fallback is logged either way.
bool noKeychain(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented ||
           error == QKeychain::OtherError;
}

} // namespace

TokenStore::TokenStore(QString service, QString fileDirectory, Mode mode, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
    , m_directory(std::move(fileDirectory))
    , m_mode(mode)
    , m_backend(mode == Mode::File ? Backend::File : Backend::Keychain)
{
    if (m_mode == Mode::File) {
        qCInfo(lcTokens).noquote()
            << "refresh token kept in" << filePath() << "(0600): TRANSCENDENCE_TOKEN_STORE=file";
    }
}

TokenStore::Mode TokenStore::modeFromEnvironment()
{
    const QByteArray value = qgetenv("TRANSCENDENCE_TOKEN_STORE").trimmed().toLower();
    if (value == "file") {
        return Mode::File;
    }
    if (value == "keychain") {
        return Mode::Keychain;
    }
    return Mode::Auto;
}

QString TokenStore::filePath() const
{
    return QDir(m_directory).filePath(kFileName);
}

bool TokenStore::fallBack(const QString &reason)
{
    if (m_mode != Mode::Auto) {
        return false; // the keychain was asked for explicitly: no file behind its back
    }
    if (m_backend != Backend::File) {
        m_backend = Backend::File;
        qCWarning(lcTokens).noquote()
            << "no system keychain (" + reason + "): the refresh token is kept in" << filePath()
            << "(readable by this user only)";
        emit fellBackToFile(reason);
    }
    return true;
}

void TokenStore::load(std::function<void(std::optional<QString>)> done)
{
    if (m_backend == Backend::File) {
        done(readFile());
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(kAccount);
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)]() {
        if (job->error() == QKeychain::NoError) {
            done(job->textData());
        } else if (job->error() == QKeychain::EntryNotFound) {
            done(std::nullopt);
        } else if (noKeychain(job->error()) && fallBack(job->errorString())) {
            done(readFile());
        } else {
            qCWarning(lcTokens).noquote() << "keychain read failed:" << job->errorString();
            done(std::nullopt);
        }
    });
    job->start();
}

void TokenStore::save(const QString &token, std::function<void(bool)> done)
{
    if (m_backend == Backend::File) {
        done(writeFile(token));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(kAccount);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, job, token, done = std::move(done)]() {
        if (job->error() == QKeychain::NoError) {
            removeFile(); // a file left from a run without a keychain has no reason to stay
            done(true);
        } else if (noKeychain(job->error()) && fallBack(job->errorString())) {
            done(writeFile(token));
        } else {
            qCWarning(lcTokens).noquote() << "keychain write failed:" << job->errorString();
            done(false);
        }
    });
    job->start();
}

void TokenStore::clear(std::function<void(bool)> done)
{
    const bool fileGone = removeFile();
    if (m_backend == Backend::File) {
        done(fileGone);
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(kAccount);
    connect(job, &QKeychain::Job::finished, this, [this, job, fileGone, done = std::move(done)]() {
        const auto error = job->error();
        if (error == QKeychain::NoError || error == QKeychain::EntryNotFound) {
            done(fileGone);
        } else if (noKeychain(error) && fallBack(job->errorString())) {
            done(fileGone);
        } else {
            qCWarning(lcTokens).noquote() << "keychain delete failed:" << job->errorString();
            done(false);
        }
    });
    job->start();
}

std::optional<QString> TokenStore::readFile() const
{
    QFile file(filePath());
    if (!file.exists()) {
        return std::nullopt;
    }
    const auto permissions = file.permissions();
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                        QFileDevice::WriteOther;
    if (permissions & others) {
        // Someone loosened it: a token others could read is not trusted (nor used).
        qCWarning(lcTokens).noquote() << filePath() << "is readable by others: ignored and removed";
        file.remove();
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcTokens).noquote() << "cannot read" << filePath() << ":" << file.errorString();
        return std::nullopt;
    }
    const QString token = QString::fromUtf8(file.readAll()).trimmed();
    return token.isEmpty() ? std::nullopt : std::optional<QString>(token);
}

bool TokenStore::writeFile(const QString &token) const
{
    QDir directory(m_directory);
    if (!directory.exists() && !QDir().mkpath(m_directory)) {
        qCWarning(lcTokens).noquote() << "cannot create" << m_directory;
        return false;
    }
    QFile::setPermissions(m_directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile file(filePath());
    // Owner-only before a byte of the token is written (QSaveFile writes a new temporary file).
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(token.toUtf8()) < 0 || !file.commit()) {
        qCWarning(lcTokens).noquote() << "cannot write" << filePath() << ":" << file.errorString();
        return false;
    }
    return true;
}

bool TokenStore::removeFile() const
{
    QFile file(filePath());
    return !file.exists() || file.remove();
}

} // namespace transcendence::client
