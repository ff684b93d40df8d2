#pragma once

#include "account/AccountSession.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace transcendence::client {

// Changing the password of the signed-in account, and asking for a reset link when signed out (POST
// /api/account/password): with the current one, or setting a first one for an account created with
// a provider. The server signs every other session out; this one stays.
class PasswordSettings : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AccountSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool hasPassword READ hasPassword NOTIFY sessionChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY messagesChanged)
    Q_PROPERTY(QString savedMessage READ savedMessage NOTIFY messagesChanged)

public:
    explicit PasswordSettings(QObject *parent = nullptr);

    AccountSession *session() const { return m_session; }
    void setSession(AccountSession *session);
    bool hasPassword() const;
    bool isBusy() const { return m_busy; }
    QString errorMessage() const { return m_errorMessage; }
    QString savedMessage() const { return m_savedMessage; }

    // currentPassword is ignored for an account without a password.
    Q_INVOKABLE void change(const QString &currentPassword, const QString &newPassword);
    // "Forgot password?", signed out: a reset link to the address (the answer is the same
    // whether or not it has an account; the link opens the website's reset page).
    Q_INVOKABLE void sendResetLink(const QString &email);

    // What went wrong, in words (the server's codes; exposed for the unit tests).
    static QString describe(const ApiAnswer &answer);

signals:
    void sessionChanged();
    void busyChanged();
    void messagesChanged();
    void saved();

private:
    void setBusy(bool busy);

    QPointer<AccountSession> m_session;
    bool m_busy = false;
    QString m_errorMessage;
    QString m_savedMessage;
};

} // namespace transcendence::client
