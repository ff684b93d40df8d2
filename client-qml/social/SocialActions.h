#pragma once

#include "network/ApiClient.h"

#include <QJsonArray>
#include <QObject>
#include <QString>

namespace transcendence::client {

// Where the signed-in player stands with another one, from their friends, requests and blocks.
struct Relationship {
    enum class State { None, Friend, Incoming, Outgoing, Blocked };
    State state = State::None;
    qint64 requestId = 0; // Incoming, Outgoing
    QString presence;     // Friend: online, in_game or offline
};

// The friends, friend requests and blocks of the signed-in player (GET /api/friends,
// /api/friends/requests, /api/blocks), as the server sends them.
struct SocialLists {
    QJsonArray friends;
    QJsonArray incoming;
    QJsonArray outgoing;
    QJsonArray blocks;

    Relationship relationshipWith(qint64 userId) const;
};

// The social requests of the REST API (docs/api/openapi.yaml: friends, friend requests, blocks),
// shared by the friends page and a player's profile, and the words for their refusals.
class SocialActions : public QObject {
    Q_OBJECT
public:
    enum class Action { AddFriend, CancelRequest, Accept, Decline, RemoveFriend, Block, Unblock };
    Q_ENUM(Action)

    struct Request {
        QByteArray method;
        QString path;
        QJsonObject body;
    };
    // The request of one action: `id` is the other player's id, or the request's for
    // CancelRequest, Accept and Decline.
    static Request requestFor(Action action, qint64 id);

    // Reads the three lists at once through `get` (the caller's GET, which may drop answers that
    // came too late); done(lists, {}) when all three came, else done({}, the first failure).
    using Get = std::function<void(const QString &path, ApiClient::Callback)>;
    using ListsCallback = std::function<void(const SocialLists &, const ApiAnswer &failure)>;
    static void loadLists(const Get &get, ListsCallback done);

    // The message for a refused action (conflict reasons, a page out of date), translated.
    static QString describeFailure(const ApiAnswer &answer);
    // What happened, to tell the player: "You and %1 are now friends."
    static QString describeSuccess(Action action, const QString &name, const ApiAnswer &answer);
};

} // namespace transcendence::client
