#include "social/FriendsController.h"

namespace transcendence::client {
namespace {

QStringList userRoles(const QString &extra)
{
    return {QStringLiteral("id"), QStringLiteral("username"), QStringLiteral("displayName"), extra};
}

QStringList requestRoles()
{
    return {QStringLiteral("id"), QStringLiteral("user"), QStringLiteral("createdAt")};
}

} // namespace

FriendsController::FriendsController(QObject *parent)
    : SocialController(parent)
    , m_friends(new JsonListModel(
          userRoles(QStringLiteral("presence")) << QStringLiteral("friendsSince"), this))
    , m_incoming(new JsonListModel(requestRoles(), this))
    , m_outgoing(new JsonListModel(requestRoles(), this))
    , m_blocked(new JsonListModel(userRoles(QStringLiteral("blockedAt")), this))
{
    connect(m_friends, &JsonListModel::countChanged, this, &FriendsController::onlineCountChanged);
    connect(m_friends, &JsonListModel::dataChanged, this, &FriendsController::onlineCountChanged);
    connect(m_friends, &JsonListModel::modelReset, this, &FriendsController::onlineCountChanged);
}

int FriendsController::onlineCount() const
{
    int online = 0;
    for (int row = 0; row < m_friends->count(); ++row) {
        if (m_friends->at(row).value(QStringLiteral("presence")) != QLatin1String("offline")) {
            ++online;
        }
    }
    return online;
}

void FriendsController::load()
{
    loadSocialLists([this](const SocialLists &lists) {
        m_friends->setItems(lists.friends);
        m_incoming->setItems(lists.incoming);
        m_outgoing->setItems(lists.outgoing);
        m_blocked->setItems(lists.blocks);
    });
}

void FriendsController::clear()
{
    m_friends->clear();
    m_incoming->clear();
    m_outgoing->clear();
    m_blocked->clear();
}

void FriendsController::presenceChanged(qint64 userId, const QString &status)
{
    m_friends->update({{QStringLiteral("id"), userId}, {QStringLiteral("presence"), status}});
}

QString FriendsController::presenceOf(qint64 userId) const
{
    const int row = m_friends->rowOfId(userId);
    return row < 0 ? QString() : m_friends->at(row).value(QStringLiteral("presence")).toString();
}

void FriendsController::accept(qint64 requestId, const QString &name)
{
    runAction(SocialActions::Action::Accept, requestId, name);
}

void FriendsController::decline(qint64 requestId, const QString &name)
{
    runAction(SocialActions::Action::Decline, requestId, name);
}

void FriendsController::cancelRequest(qint64 requestId, const QString &name)
{
    runAction(SocialActions::Action::CancelRequest, requestId, name);
}

void FriendsController::removeFriend(qint64 userId, const QString &name)
{
    runAction(SocialActions::Action::RemoveFriend, userId, name);
}

void FriendsController::unblock(qint64 userId, const QString &name)
{
    runAction(SocialActions::Action::Unblock, userId, name);
}

void FriendsController::addFriend(qint64 userId, const QString &name)
{
    runAction(SocialActions::Action::AddFriend, userId, name);
}

void FriendsController::block(qint64 userId, const QString &name)
{
    runAction(SocialActions::Action::Block, userId, name);
}

} // namespace transcendence::client
