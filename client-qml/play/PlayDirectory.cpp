#include "play/PlayDirectory.h"

#include "account/AccountSession.h"
#include "network/ApiClient.h"

#include <QJsonArray>

namespace transcendence::client {

PlayDirectory::PlayDirectory(QObject *parent)
    : QObject(parent)
{}

void PlayDirectory::setSession(AccountSession *session)
{
    if (session != m_session) {
        m_session = session;
        emit sessionChanged();
    }
}

void PlayDirectory::setErrorMessage(const QString &message)
{
    if (message != m_errorMessage) {
        m_errorMessage = message;
        emit errorMessageChanged();
    }
}

void PlayDirectory::get(const QString &path, std::function<void(const QJsonObject &)> done)
{
    ApiClient *api = m_session ? m_session->api() : nullptr;
    if (!api || !m_session->isSignedIn()) {
        setErrorMessage(tr("Sign in to see this."));
        return;
    }
    setErrorMessage({});
    ++m_pending;
    emit busyChanged();
    QPointer<PlayDirectory> guard(this);
    api->request("GET", path, {}, [guard, done = std::move(done)](const ApiAnswer &answer) {
        if (!guard) {
            return;
        }
        --guard->m_pending;
        emit guard->busyChanged();
        if (!answer.ok()) {
            guard->setErrorMessage(AccountSession::describe(answer));
            return;
        }
        done(answer.object());
    });
}

void PlayDirectory::loadLive()
{
    get(QStringLiteral("/api/play/live"), [this](const QJsonObject &object) {
        m_live = object.value(QStringLiteral("matches")).toArray().toVariantList();
        emit liveMatchesChanged();
    });
}

void PlayDirectory::loadHistory()
{
    if (!m_session || m_session->userId() <= 0) {
        setErrorMessage(tr("Sign in to see this."));
        return;
    }
    get(QStringLiteral("/api/users/%1/matches?limit=20").arg(m_session->userId()),
        [this](const QJsonObject &object) {
            m_history = object.value(QStringLiteral("matches")).toArray().toVariantList();
            emit historyChanged();
        });
}

void PlayDirectory::loadMatch(qint64 matchId)
{
    get(QStringLiteral("/api/matches/%1").arg(matchId), [this](const QJsonObject &object) {
        m_storedMatch = object.toVariantMap();
        emit storedMatchChanged();
    });
}

void PlayDirectory::loadFriends()
{
    get(QStringLiteral("/api/friends"), [this](const QJsonObject &object) {
        m_friends = object.value(QStringLiteral("friends")).toArray().toVariantList();
        emit friendsChanged();
    });
}

} // namespace transcendence::client
