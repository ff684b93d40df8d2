#pragma once

#include "account/AccountSession.h"
#include "network/ApiClient.h"

#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace transcendence::client {

// What every controller of a page that reads the REST API as the signed-in account shares: the
// session, loading once the QML object is complete and whenever the account signs in (and
// forgetting everything when it signs out), a loading flag and a translated error. An answer to
// an earlier load, or to a controller already destroyed, is dropped (guarded()).
class SessionController : public QObject, public QQmlParserStatus {
    Q_OBJECT
    QML_ANONYMOUS
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(AccountSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    // A load has finished (well or not) since the controller was set up or the account changed;
    // what it read stays shown while a reload runs.
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadingChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    explicit SessionController(QObject *parent = nullptr);

    AccountSession *session() const { return m_session; }
    void setSession(AccountSession *session);
    bool isLoading() const { return m_pending > 0; }
    bool isLoaded() const { return m_loaded; }
    QString errorMessage() const { return m_errorMessage; }

    // Reads everything again (a pull to refresh, a reconnection).
    Q_INVOKABLE void reload();
    Q_INVOKABLE void clearError();

    void classBegin() override { m_complete = false; }
    void componentComplete() override;

signals:
    void sessionChanged();
    void loadingChanged();
    void errorMessageChanged();

protected:
    // Starts the requests of a load; each goes through request() or begin()/end().
    virtual void load() {}
    // Whether the controller knows enough to load (e.g. which user).
    virtual bool canLoad() const { return true; }
    // Forgets what was loaded (signed out, or about to load something else).
    virtual void clear() {}

    // The REST client while signed in, else null.
    ApiClient *api() const;
    // One request of the current load: done() runs only if this load is still current and the
    // controller alive; `loading` is true until every request of the load has answered.
    void request(const QByteArray &method, const QString &path, const QJsonObject &body,
                 std::function<void(const ApiAnswer &)> done);
    // A request outside the load (an action): done() runs only if the controller is alive.
    void act(const QByteArray &method, const QString &path, const QJsonObject &body,
             std::function<void(const ApiAnswer &)> done);
    void setError(const QString &message);

private:
    void onSessionStateChanged();
    void finishOne();

    QPointer<AccountSession> m_session;
    bool m_complete = true;
    bool m_loaded = false;
    int m_pending = 0;
    int m_generation = 0;
    QString m_errorMessage;
};

} // namespace transcendence::client
