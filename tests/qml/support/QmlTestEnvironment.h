#pragma once

#include <QObject>
#include <QString>

class QQuickWindow;

// What the Qt Quick Test suites need from outside QML: the platform's address, an address where
// nothing listens, unique names for the accounts they create, a way to make one an admin, and a
// place to save window screenshots. Exposed to QML as "qmlTest".
class QmlTestEnvironment : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString baseUrl READ baseUrl CONSTANT)
    Q_PROPERTY(QString closedPortUrl READ closedPortUrl CONSTANT)
    Q_PROPERTY(QString artifactsDir READ artifactsDir CONSTANT)

public:
    explicit QmlTestEnvironment(QString defaultArtifactsDir, QObject *parent = nullptr);

    QString baseUrl() const { return m_baseUrl; }
    QString closedPortUrl() const { return m_closedPortUrl; }
    QString artifactsDir() const { return m_artifactsDir; }

    // Saves what the window shows to <artifactsDir>/<fileName>; returns the path, or an empty
    // string when grabbing or saving failed.
    Q_INVOKABLE QString saveWindowImage(QQuickWindow *window, const QString &fileName) const;
    // "<prefix>_<random>", at most 20 characters: a user name no other run has taken.
    Q_INVOKABLE QString uniqueName(const QString &prefix) const;
    // The RFC 6238 code (SHA-1, 30 s, 6 digits) of a base32 secret for the current time step plus
    // `stepOffset`: what an authenticator app would show. Written from the RFC, independently of
    // the server's implementation.
    Q_INVOKABLE QString totp(const QString &base32Secret, int stepOffset = 0) const;
    // Gives the platform's account this user name the admin role, in SQL through
    // TRANSCENDENCE_TEST_ADMIN_DATABASE_URL (the platform's database is DATABASE_URL's, else
    // "transcendence"). Returns an empty string, or what went wrong.
    Q_INVOKABLE QString makeAdmin(const QString &username) const;
    // The token of the newest link to "<page>#token=..." mailed to `address`, read from the mail
    // catcher's Maildir (TRANSCENDENCE_TEST_MAILDIR, set by scripts/test); empty when none came.
    Q_INVOKABLE QString mailedToken(const QString &address, const QString &page) const;
    // Makes every session of that account look as if it proved its owner an hour ago (step-up:
    // the next sensitive change asks for the password or a code). Empty, or what went wrong.
    Q_INVOKABLE QString forgetRecentProof(const QString &username) const;
    // Marks the account's e-mail address as confirmed (as following the mailed link would).
    Q_INVOKABLE QString confirmEmail(const QString &username) const;
    // The 6-digit code of the nth (1: the first) "Your Transcendence code" mail to that address
    // in the platform's mail catcher (TRANSCENDENCE_TEST_MAILDIR); empty until it arrived.
    Q_INVOKABLE QString mailedCode(const QString &address, int nth) const;

private:
    // One statement with the user name bound, on the platform's database; it must return a row.
    QString runOnPlatform(const QString &sql, const QString &username) const;

    QString m_baseUrl;
    QString m_closedPortUrl;
    QString m_artifactsDir;
};
