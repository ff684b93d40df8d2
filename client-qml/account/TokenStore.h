#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

// Where the app keeps its refresh token between runs (docs/security.md, "The QML app").
//
// The system keychain (QtKeychain: Secret Service / KWallet on Linux, the Keychain on macOS and
// iOS, the Credential Manager on Windows, the Keystore on Android) when there is one. Where there
// is none (CI, a headless Linux session without a Secret Service), a file only its owner may
// read or write (0600, in a 0700 folder under the app's data location): chosen explicitly and
// logged, never silently. TRANSCENDENCE_TOKEN_STORE=keychain|file forces one; the default is
// "auto" (the keychain, or the file when the keychain reports that it has no backend).
//
// Operations are asynchronous (keychain jobs are); callbacks run on this object's thread.
namespace transcendence::client {

class TokenStore : public QObject {
    Q_OBJECT
public:
    enum class Backend { Keychain, File };
    enum class Mode { Auto, Keychain, File };

    // service names the secret in the keychain; fileDirectory is where the fallback file lives.
    TokenStore(QString service, QString fileDirectory, Mode mode = Mode::Auto,
               QObject *parent = nullptr);

    // The mode TRANSCENDENCE_TOKEN_STORE asks for (Auto when unset or unknown).
    static Mode modeFromEnvironment();

    // The backend in use now (a Keychain store may fall back to File after its first error).
    Backend backend() const { return m_backend; }
    QString filePath() const;

    // The stored token, or none. An unreadable store reports none (and logs why).
    void load(std::function<void(std::optional<QString>)> done);
    // done(true) once stored; false (logged) when neither backend could store it.
    void save(const QString &token, std::function<void(bool)> done);
    // Forgets the token (signing out); done(true) also when there was none.
    void clear(std::function<void(bool)> done);

signals:
    // The keychain had no backend: from now on the file is used (logged once).
    void fellBackToFile(const QString &reason);

private:
    bool fallBack(const QString &reason);
    std::optional<QString> readFile() const;
    bool writeFile(const QString &token) const;
    bool removeFile() const;

    QString m_service;
    QString m_directory;
    Mode m_mode;
    Backend m_backend;
};

} // namespace transcendence::client
