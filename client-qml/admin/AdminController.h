#pragma once

#include "account/AccountSession.h"
#include "network/ApiClient.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace transcendence::client {

// What the admin view's controllers share: the account whose token asks /api/admin/*, one
// "busy" for every request in flight, the last failure in words, and whether the server refused
// this account (403: not, or no longer, an admin), after which the page leaves.
class AdminController : public QObject {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(AccountSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(bool forbidden READ isForbidden NOTIFY forbiddenChanged)

public:
    explicit AdminController(QObject *parent = nullptr);

    AccountSession *session() const { return m_session; }
    void setSession(AccountSession *session);
    bool isBusy() const { return m_pending > 0; }
    QString errorMessage() const { return m_errorMessage; }
    bool isForbidden() const { return m_forbidden; }

    Q_INVOKABLE void clearError();

    // The message for a failed admin request: the moderation codes, else AccountSession's.
    static QString describe(const ApiAnswer &answer);

signals:
    void sessionChanged();
    void busyChanged();
    void errorMessageChanged();
    void forbiddenChanged();

protected:
    using Success = std::function<void(const ApiAnswer &)>;
    // Sends a request as the session's account. A success goes to onSuccess; a failure sets
    // errorMessage (and forbidden on a 403) and is handed to onFailure when given.
    void call(const QByteArray &method, const QString &path, const QJsonObject &body,
              Success onSuccess, Success onFailure = {});
    void setError(const QString &message);
    // A new session (or none): subclasses forget what the previous account saw.
    virtual void onSessionChanged() {}

private:
    QPointer<AccountSession> m_session;
    int m_pending = 0;
    QString m_errorMessage;
    bool m_forbidden = false;
};

} // namespace transcendence::client
