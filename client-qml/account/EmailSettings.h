#pragma once

#include "account/AccountSession.h"

#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace transcendence::client {

// The account's e-mail address: whether it is confirmed, sending the confirmation link again
// (POST /api/account/email/resend), and changing it (POST /api/account/email, with the current
// password when the account has one). A change takes effect when the link mailed to the new
// address is followed (in the browser); the old address gets a notice.
class EmailSettings : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AccountSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString email READ email NOTIFY sessionChanged)
    // An address that was never proven: the app shows a banner until it is.
    Q_PROPERTY(bool unverified READ isUnverified NOTIFY sessionChanged)
    Q_PROPERTY(bool hasPassword READ hasPassword NOTIFY sessionChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY messagesChanged)
    // {"email": "...", "currentPassword": "..."}: what is wrong with each field.
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY messagesChanged)
    Q_PROPERTY(QString doneMessage READ doneMessage NOTIFY messagesChanged)

public:
    explicit EmailSettings(QObject *parent = nullptr);

    AccountSession *session() const { return m_session; }
    void setSession(AccountSession *session);
    QString email() const;
    bool isUnverified() const;
    bool hasPassword() const;
    bool isBusy() const { return m_busy; }
    QString errorMessage() const { return m_errorMessage; }
    QVariantMap fieldErrors() const { return m_fieldErrors; }
    QString doneMessage() const { return m_doneMessage; }

    Q_INVOKABLE void resendLink();
    Q_INVOKABLE void change(const QString &newEmail, const QString &currentPassword);
    // Reads the account again (the link may have been followed in the browser meanwhile).
    Q_INVOKABLE void refresh();

    // What went wrong, in words (exposed for the unit tests).
    static QString describe(const ApiAnswer &answer);

signals:
    void sessionChanged();
    void busyChanged();
    void messagesChanged();
    void changeRequested();

private:
    void post(const QString &path, const QJsonObject &body, std::function<void()> done);
    void setBusy(bool busy);

    QPointer<AccountSession> m_session;
    bool m_busy = false;
    QString m_errorMessage;
    QVariantMap m_fieldErrors;
    QString m_doneMessage;
};

} // namespace transcendence::client
