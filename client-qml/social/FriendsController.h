#pragma once

#include "shell/JsonListModel.h"
#include "social/SocialController.h"

namespace transcendence::client {

// The friends page: your friends with their live presence, the friend requests you received and
// sent, and the players you blocked, with the actions on each (docs/api/openapi.yaml).
class FriendsController : public SocialController {
    Q_OBJECT
    QML_ELEMENT
    // Friend rows: id, username, displayName, presence (online, in_game, offline), friendsSince.
    Q_PROPERTY(JsonListModel *friends READ friends CONSTANT)
    // Request rows: id (the request's), user {id, username, displayName}, createdAt.
    Q_PROPERTY(JsonListModel *incoming READ incoming CONSTANT)
    Q_PROPERTY(JsonListModel *outgoing READ outgoing CONSTANT)
    // Blocked rows: id, username, displayName, blockedAt.
    Q_PROPERTY(JsonListModel *blocked READ blocked CONSTANT)
    Q_PROPERTY(int onlineCount READ onlineCount NOTIFY onlineCountChanged)

public:
    explicit FriendsController(QObject *parent = nullptr);

    JsonListModel *friends() const { return m_friends; }
    JsonListModel *incoming() const { return m_incoming; }
    JsonListModel *outgoing() const { return m_outgoing; }
    JsonListModel *blocked() const { return m_blocked; }
    int onlineCount() const;

    // The id is the request's; the name is only for the message to the player.
    Q_INVOKABLE void accept(qint64 requestId, const QString &name);
    Q_INVOKABLE void decline(qint64 requestId, const QString &name);
    Q_INVOKABLE void cancelRequest(qint64 requestId, const QString &name);
    // The id is the other player's.
    Q_INVOKABLE void removeFriend(qint64 userId, const QString &name);
    Q_INVOKABLE void unblock(qint64 userId, const QString &name);
    // Sends a friend request (or accepts theirs, if they asked first).
    Q_INVOKABLE void addFriend(qint64 userId, const QString &name);
    Q_INVOKABLE void block(qint64 userId, const QString &name);
    // The presence of a friend (online, in_game, offline), or "" for someone not a friend.
    Q_INVOKABLE QString presenceOf(qint64 userId) const;

signals:
    void onlineCountChanged();

protected:
    void load() override;
    void clear() override;
    void presenceChanged(qint64 userId, const QString &status) override;

private:
    JsonListModel *m_friends;
    JsonListModel *m_incoming;
    JsonListModel *m_outgoing;
    JsonListModel *m_blocked;
};

} // namespace transcendence::client
