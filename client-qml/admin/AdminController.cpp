#include "admin/AdminController.h"

namespace transcendence::client {

AdminController::AdminController(QObject *parent)
    : QObject(parent)
{}

void AdminController::setSession(AccountSession *session)
{
    if (session == m_session) {
        return;
    }
    m_session = session;
    clearError();
    if (m_forbidden) {
        m_forbidden = false;
        emit forbiddenChanged();
    }
    emit sessionChanged();
    onSessionChanged();
}

void AdminController::clearError()
{
    setError({});
}

void AdminController::setError(const QString &message)
{
    if (m_errorMessage != message) {
        m_errorMessage = message;
        emit errorMessageChanged();
    }
}

QString AdminController::describe(const ApiAnswer &answer)
{
    const QString &code = answer.errorCode;
    if (answer.status == 403) {
        return tr("The server refused: this account is not an administrator (any more).");
    }
    if (code == QLatin1String("cannot_ban_yourself")) {
        return tr("You cannot ban yourself.");
    }
    if (code == QLatin1String("already_banned")) {
        return tr("This user is already banned.");
    }
    if (code == QLatin1String("not_banned")) {
        return tr("This user is not banned.");
    }
    if (code == QLatin1String("last_admin")) {
        return tr("The platform needs at least one administrator: make someone else an "
                  "administrator first.");
    }
    if (answer.status == 404) {
        return tr("This user does not exist (any more).");
    }
    return AccountSession::describe(answer);
}

void AdminController::call(const QByteArray &method, const QString &path, const QJsonObject &body,
                           Success onSuccess, Success onFailure)
{
    ApiClient *api = m_session ? m_session->api() : nullptr;
    if (!api || !m_session->isSignedIn()) {
        setError(tr("Sign in with an administrator account first."));
        return;
    }
    ++m_pending;
    if (m_pending == 1) {
        emit busyChanged();
    }
    api->request(method, path, body,
                 [this, guard = QPointer<AdminController>(this),
                  asked = QPointer<AccountSession>(m_session), onSuccess = std::move(onSuccess),
                  onFailure = std::move(onFailure)](const ApiAnswer &answer) {
                     if (!guard) {
                         return;
                     }
                     --m_pending;
                     if (m_pending == 0) {
                         emit busyChanged();
                     }
                     if (asked != m_session) {
                         return; // asked for an account this controller no longer serves
                     }
                     if (answer.ok()) {
                         onSuccess(answer);
                         return;
                     }
                     setError(describe(answer));
                     if (answer.status == 403 && !m_forbidden) {
                         m_forbidden = true;
                         emit forbiddenChanged();
                     }
                     if (onFailure) {
                         onFailure(answer);
                     }
                 });
}

} // namespace transcendence::client
