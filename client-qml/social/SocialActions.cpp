#include "social/SocialActions.h"

#include "account/AccountSession.h"

#include <memory>

namespace transcendence::client {
namespace {

qint64 idOf(const QJsonValue &value)
{
    return value.toObject().value(QStringLiteral("id")).toInteger();
}

qint64 userIdOfRequest(const QJsonValue &request)
{
    return idOf(request.toObject().value(QStringLiteral("user")));
}

} // namespace

Relationship SocialLists::relationshipWith(qint64 userId) const
{
    Relationship found;
    for (const QJsonValue &blocked : blocks) {
        if (idOf(blocked) == userId) {
            found.state = Relationship::State::Blocked;
            return found;
        }
    }
    for (const QJsonValue &friendValue : friends) {
        if (idOf(friendValue) == userId) {
            found.state = Relationship::State::Friend;
            found.presence = friendValue.toObject().value(QStringLiteral("presence")).toString();
            return found;
        }
    }
    for (const QJsonValue &request : incoming) {
        if (userIdOfRequest(request) == userId) {
            found.state = Relationship::State::Incoming;
            found.requestId = idOf(request);
            return found;
        }
    }
    for (const QJsonValue &request : outgoing) {
        if (userIdOfRequest(request) == userId) {
            found.state = Relationship::State::Outgoing;
            found.requestId = idOf(request);
            return found;
        }
    }
    return found;
}

SocialActions::Request SocialActions::requestFor(Action action, qint64 id)
{
    const QString number = QString::number(id);
    const QJsonObject userBody{{QStringLiteral("userId"), id}};
    switch (action) {
    case Action::AddFriend:
        return {"POST", QStringLiteral("/api/friends/requests"), userBody};
    case Action::CancelRequest:
        return {"DELETE", QStringLiteral("/api/friends/requests/") + number, {}};
    case Action::Accept:
        return {"POST", QStringLiteral("/api/friends/requests/%1/accept").arg(number), {}};
    case Action::Decline:
        return {"POST", QStringLiteral("/api/friends/requests/%1/decline").arg(number), {}};
    case Action::RemoveFriend:
        return {"DELETE", QStringLiteral("/api/friends/") + number, {}};
    case Action::Block:
        return {"POST", QStringLiteral("/api/blocks"), userBody};
    case Action::Unblock:
        return {"DELETE", QStringLiteral("/api/blocks/") + number, {}};
    }
    return {};
}

void SocialActions::loadLists(const Get &get, ListsCallback done)
{
    struct Gathering {
        SocialLists lists;
        ApiAnswer failure;
        int waiting = 3;
        ListsCallback done;
    };
    auto gathering = std::make_shared<Gathering>();
    gathering->done = std::move(done);
    // A failed answer always has an error code (network_error, unexpected_response...).
    const auto arrived = [gathering](const ApiAnswer &answer, auto store) {
        if (answer.ok()) {
            store(gathering->lists, answer.object());
        } else if (gathering->failure.errorCode.isEmpty()) {
            gathering->failure = answer;
        }
        if (--gathering->waiting > 0) {
            return;
        }
        const bool failed = !gathering->failure.errorCode.isEmpty();
        gathering->done(failed ? SocialLists{} : gathering->lists, gathering->failure);
    };
    get(QStringLiteral("/api/friends"), [arrived](const ApiAnswer &answer) {
        arrived(answer, [](SocialLists &lists, const QJsonObject &body) {
            lists.friends = body.value(QStringLiteral("friends")).toArray();
        });
    });
    get(QStringLiteral("/api/friends/requests"), [arrived](const ApiAnswer &answer) {
        arrived(answer, [](SocialLists &lists, const QJsonObject &body) {
            lists.incoming = body.value(QStringLiteral("incoming")).toArray();
            lists.outgoing = body.value(QStringLiteral("outgoing")).toArray();
        });
    });
    get(QStringLiteral("/api/blocks"), [arrived](const ApiAnswer &answer) {
        arrived(answer, [](SocialLists &lists, const QJsonObject &body) {
            lists.blocks = body.value(QStringLiteral("blocks")).toArray();
        });
    });
}

QString SocialActions::describeFailure(const ApiAnswer &answer)
{
    if (answer.errorCode == QLatin1String("conflict")) {
        const QString reason = answer.object()
                                   .value(QStringLiteral("error"))
                                   .toObject()
                                   .value(QStringLiteral("reason"))
                                   .toString();
        if (reason == QLatin1String("already_friends")) {
            return tr("You are already friends.");
        }
        if (reason == QLatin1String("request_pending")) {
            return tr("A friend request is already waiting.");
        }
        if (reason == QLatin1String("blocked")) {
            return tr("A block between you stops friend requests.");
        }
        if (reason == QLatin1String("already_blocked")) {
            return tr("You already blocked this player.");
        }
        if (reason == QLatin1String("not_accepting_requests")) {
            return tr("This player is not accepting friend requests from you.");
        }
        // A reason this app predates: the server's own sentence says more than a guess.
        if (!answer.errorMessage.isEmpty()) {
            return answer.errorMessage;
        }
    }
    if (answer.errorCode == QLatin1String("not_found")) {
        return tr("This is no longer possible: the page was out of date.");
    }
    return AccountSession::describe(answer);
}

QString SocialActions::describeSuccess(Action action, const QString &name, const ApiAnswer &answer)
{
    switch (action) {
    case Action::AddFriend:
        return answer.object().value(QStringLiteral("status")) == QLatin1String("accepted")
                   ? tr("You and %1 are now friends.").arg(name)
                   : tr("Friend request sent to %1.").arg(name);
    case Action::CancelRequest:
        return tr("Your request to %1 is cancelled.").arg(name);
    case Action::Accept:
        return tr("You and %1 are now friends.").arg(name);
    case Action::Decline:
        return tr("You declined the request of %1.").arg(name);
    case Action::RemoveFriend:
        return tr("%1 is no longer your friend.").arg(name);
    case Action::Block:
        return tr("You blocked %1.").arg(name);
    case Action::Unblock:
        return tr("You unblocked %1.").arg(name);
    }
    return {};
}

} // namespace transcendence::client
