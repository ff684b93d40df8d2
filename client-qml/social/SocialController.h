#pragma once

#include "network/RealtimeClient.h"
#include "social/SessionController.h"
#include "social/SocialActions.h"

#include <QPointer>

namespace transcendence::client {

// A controller that shows friends' presence: it follows the window's realtime client, hands each
// "presence" message to presenceChanged(), and reloads on every (re)connection, since presence
// changes while disconnected are not replayed (docs/protocol.md, "Presence"). Its actions report
// back through actionSucceeded / actionFailed with a translated sentence for the player.
class SocialController : public SessionController {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(RealtimeClient *realtimeClient READ realtimeClient WRITE setRealtimeClient NOTIFY
                   realtimeClientChanged)
    // An action is under way (its buttons wait).
    Q_PROPERTY(bool acting READ isActing NOTIFY actingChanged)

public:
    explicit SocialController(QObject *parent = nullptr);

    RealtimeClient *realtimeClient() const { return m_realtime; }
    void setRealtimeClient(RealtimeClient *client);
    bool isActing() const { return m_acting > 0; }

signals:
    void realtimeClientChanged();
    void actingChanged();
    void actionSucceeded(const QString &message);
    void actionFailed(const QString &message);

protected:
    virtual void presenceChanged(qint64 userId, const QString &status);
    // Runs an action for the player named `name`, then reports it and reloads.
    void runAction(SocialActions::Action action, qint64 id, const QString &name);
    // Loads the friends, requests and blocks as part of the current load.
    void loadSocialLists(std::function<void(const SocialLists &)> loaded);

private:
    void onMessage(const QString &type, const QJsonObject &message);
    void onRealtimeStateChanged();

    QPointer<RealtimeClient> m_realtime;
    int m_acting = 0;
};

} // namespace transcendence::client
