#include "social/SocialController.h"

#include "protocol/SocialMessages.h"

namespace transcendence::client {

SocialController::SocialController(QObject *parent)
    : SessionController(parent)
{}

void SocialController::setRealtimeClient(RealtimeClient *client)
{
    if (client == m_realtime) {
        return;
    }
    if (m_realtime) {
        disconnect(m_realtime, nullptr, this, nullptr);
    }
    m_realtime = client;
    if (m_realtime) {
        connect(m_realtime, &RealtimeClient::messageReceived, this, &SocialController::onMessage);
        connect(m_realtime, &RealtimeClient::stateChanged, this,
                &SocialController::onRealtimeStateChanged);
    }
    emit realtimeClientChanged();
}

void SocialController::onMessage(const QString &type, const QJsonObject &message)
{
    if (type != protocol::message_type::Presence) {
        return;
    }
    const auto parsed = protocol::PresenceUpdate::fromJson(message);
    if (const auto *update = std::get_if<protocol::PresenceUpdate>(&parsed)) {
        presenceChanged(update->userId, update->status);
    }
}

void SocialController::presenceChanged(qint64, const QString &) {}

void SocialController::onRealtimeStateChanged()
{
    if (m_realtime && m_realtime->state() == RealtimeClient::ConnectionState::Connected) {
        reload();
    }
}

void SocialController::runAction(SocialActions::Action action, qint64 id, const QString &name)
{
    if (!api() || id <= 0) {
        return;
    }
    const SocialActions::Request request = SocialActions::requestFor(action, id);
    ++m_acting;
    emit actingChanged();
    act(request.method, request.path, request.body, [this, action, name](const ApiAnswer &answer) {
        --m_acting;
        emit actingChanged();
        if (answer.ok()) {
            emit actionSucceeded(SocialActions::describeSuccess(action, name, answer));
        } else {
            emit actionFailed(SocialActions::describeFailure(answer));
        }
        reload(); // also after a refusal: the page was probably out of date
    });
}

void SocialController::loadSocialLists(std::function<void(const SocialLists &)> loaded)
{
    SocialActions::loadLists(
        [this](const QString &path, ApiClient::Callback done) {
            request("GET", path, {}, std::move(done));
        },
        [this, loaded = std::move(loaded)](const SocialLists &lists, const ApiAnswer &failure) {
            if (!failure.errorCode.isEmpty()) {
                setError(AccountSession::describe(failure));
                return;
            }
            loaded(lists);
        });
}

} // namespace transcendence::client
