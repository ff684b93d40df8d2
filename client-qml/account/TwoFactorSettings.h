#pragma once

#include "account/AccountSession.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace transcendence::client {

// Turning two-factor sign-in on and off for the signed-in account: a new secret (text, otpauth
// URI and QR code) to scan, a current code to confirm it, the ten recovery codes shown once, and
// turning it off again with a code, a recovery code or the password. Without an authenticator
// app: codes sent by e-mail instead (a code mailed to the confirmed address switches them on).
class TwoFactorSettings : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AccountSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(Step step READ step NOTIFY stepChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString secret READ secret NOTIFY stepChanged)
    Q_PROPERTY(QString otpauthUri READ otpauthUri NOTIFY stepChanged)
    // A data: URL of the QR code PNG, ready for an Image.
    Q_PROPERTY(QString qrCode READ qrCode NOTIFY stepChanged)
    Q_PROPERTY(QStringList recoveryCodes READ recoveryCodes NOTIFY stepChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    // Where the code to switch e-mail codes on went, masked ("j***@example.org").
    Q_PROPERTY(QString emailSentTo READ emailSentTo NOTIFY stepChanged)

public:
    enum class Step {
        Off,
        Scanning,        // a secret to add to the authenticator app, waiting for a code
        ShowingRecovery, // on; the recovery codes are shown this once
        On,
        EmailCode, // a code was mailed to switch e-mail codes on; waiting for it
        EmailOn,   // sign-in codes come by e-mail
    };
    Q_ENUM(Step)

    explicit TwoFactorSettings(QObject *parent = nullptr);

    AccountSession *session() const { return m_session; }
    void setSession(AccountSession *session);
    Step step() const { return m_step; }
    bool isBusy() const { return m_busy; }
    QString secret() const { return m_secret; }
    QString otpauthUri() const { return m_otpauthUri; }
    QString qrCode() const { return m_qrCode; }
    QStringList recoveryCodes() const { return m_recoveryCodes; }
    QString errorMessage() const { return m_errorMessage; }
    QString emailSentTo() const { return m_emailSentTo; }

    Q_INVOKABLE void start();
    Q_INVOKABLE void enable(const QString &code);
    // A 6-digit code, a recovery code, or the account's password.
    Q_INVOKABLE void disable(const QString &proof);
    // Leaves the scanning or recovery-code step.
    Q_INVOKABLE void finish();
    Q_INVOKABLE void startEmail();
    Q_INVOKABLE void enableEmail(const QString &code);
    Q_INVOKABLE void disableEmail();

signals:
    void sessionChanged();
    void stepChanged();
    void busyChanged();
    void errorMessageChanged();

private:
    void call(const QString &path, const QJsonObject &body,
              std::function<void(const ApiAnswer &)> done);
    void syncWithAccount();
    void setStep(Step step);
    void setBusy(bool busy);
    void setErrorMessage(const QString &message);

    QPointer<AccountSession> m_session;
    Step m_step = Step::Off;
    bool m_busy = false;
    QString m_secret;
    QString m_otpauthUri;
    QString m_qrCode;
    QStringList m_recoveryCodes;
    QString m_errorMessage;
    QString m_emailSentTo;
};

} // namespace transcendence::client
