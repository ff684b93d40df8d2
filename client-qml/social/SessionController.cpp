#include "social/SessionController.h"

namespace transcendence::client {

SessionController::SessionController(QObject *parent)
    : QObject(parent)
{}

void SessionController::setSession(AccountSession *session)
{
    if (session == m_session) {
        return;
    }
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &AccountSession::stateChanged, this,
                &SessionController::onSessionStateChanged);
    }
    emit sessionChanged();
    reload();
}

void SessionController::componentComplete()
{
    m_complete = true;
    reload();
}

void SessionController::onSessionStateChanged()
{
    if (!m_session) {
        return;
    }
    if (m_session->isSignedIn()) {
        reload();
    } else if (m_session->state() == AccountSession::State::SignedOut) {
        ++m_generation;
        clear();
        m_pending = 0;
        m_loaded = false;
        emit loadingChanged();
    }
}

ApiClient *SessionController::api() const
{
    return m_session && m_session->isSignedIn() ? m_session->api() : nullptr;
}

void SessionController::reload()
{
    if (!m_complete || !api() || !canLoad()) {
        return;
    }
    ++m_generation;
    const bool wasLoading = isLoading();
    m_pending = 0;
    clearError();
    load();
    if (wasLoading != isLoading()) {
        emit loadingChanged();
    }
}

void SessionController::clearError()
{
    setError({});
}

void SessionController::setError(const QString &message)
{
    if (message != m_errorMessage) {
        m_errorMessage = message;
        emit errorMessageChanged();
    }
}

void SessionController::request(const QByteArray &method, const QString &path,
                                const QJsonObject &body,
                                std::function<void(const ApiAnswer &)> done)
{
    ApiClient *client = api();
    if (!client) {
        return;
    }
    ++m_pending;
    const int generation = m_generation;
    client->request(method, path, body,
                    [guard = QPointer<SessionController>(this), generation,
                     done = std::move(done)](const ApiAnswer &answer) {
                        if (!guard || generation != guard->m_generation) {
                            return;
                        }
                        done(answer);
                        if (guard && generation == guard->m_generation) {
                            guard->finishOne(); // done() may have started another load
                        }
                    });
}

void SessionController::finishOne()
{
    if (m_pending > 0 && --m_pending == 0) {
        m_loaded = true;
        emit loadingChanged();
    }
}

void SessionController::act(const QByteArray &method, const QString &path, const QJsonObject &body,
                            std::function<void(const ApiAnswer &)> done)
{
    ApiClient *client = api();
    if (!client) {
        return;
    }
    client->request(method, path, body,
                    [guard = QPointer<SessionController>(this),
                     done = std::move(done)](const ApiAnswer &answer) {
                        if (guard) {
                            done(answer);
                        }
                    });
}

} // namespace transcendence::client
