#include "social/PlayerProfile.h"

namespace transcendence::client {
namespace {

QString relationshipName(Relationship::State state)
{
    switch (state) {
    case Relationship::State::Friend:
        return QStringLiteral("friend");
    case Relationship::State::Incoming:
        return QStringLiteral("incoming");
    case Relationship::State::Outgoing:
        return QStringLiteral("outgoing");
    case Relationship::State::Blocked:
        return QStringLiteral("blocked");
    case Relationship::State::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace

PlayerProfile::PlayerProfile(QObject *parent)
    : SocialController(parent)
{}

void PlayerProfile::setUserId(qint64 userId)
{
    if (userId == m_userId) {
        return;
    }
    m_userId = userId;
    emit userIdChanged();
    clear();
    reload();
}

bool PlayerProfile::isMe() const
{
    return session() && m_userId > 0 && session()->userId() == m_userId;
}

QString PlayerProfile::name() const
{
    return m_profile.value(QStringLiteral("displayName")).toString();
}

QStringList PlayerProfile::achievementsEarnedBy(qint64 matchId) const
{
    QStringList codes;
    for (const QVariant &entry : m_achievements.value(QStringLiteral("achievements")).toList()) {
        const QVariantMap achievement = entry.toMap();
        if (achievement.value(QStringLiteral("earned")).toBool() && matchId > 0 &&
            achievement.value(QStringLiteral("matchId")).toLongLong() == matchId) {
            codes << achievement.value(QStringLiteral("code")).toString();
        }
    }
    return codes;
}

void PlayerProfile::load()
{
    const QString base = QStringLiteral("/api/users/") + QString::number(m_userId);
    request("GET", base, {}, [this](const ApiAnswer &answer) {
        m_notFound = answer.status == 404;
        if (answer.ok()) {
            m_profile = answer.object().toVariantMap();
        } else if (!m_notFound) {
            setError(AccountSession::describe(answer));
        }
        emit profileChanged();
    });
    request("GET", base + QStringLiteral("/stats"), {}, [this](const ApiAnswer &answer) {
        m_stats = answer.ok() ? answer.object().toVariantMap() : QVariantMap();
        emit statsChanged();
    });
    request("GET", base + QStringLiteral("/achievements"), {}, [this](const ApiAnswer &answer) {
        m_achievements = answer.ok() ? answer.object().toVariantMap() : QVariantMap();
        emit achievementsChanged();
    });
    if (isMe()) {
        setRelationship({}, 0, {});
        return;
    }
    loadSocialLists([this](const SocialLists &lists) {
        const Relationship found = lists.relationshipWith(m_userId);
        setRelationship(relationshipName(found.state), found.requestId, found.presence);
    });
}

void PlayerProfile::clear()
{
    m_profile.clear();
    m_stats.clear();
    m_achievements.clear();
    m_notFound = false;
    emit profileChanged();
    emit statsChanged();
    emit achievementsChanged();
    setRelationship({}, 0, {});
}

void PlayerProfile::setRelationship(const QString &relationship, qint64 requestId,
                                    const QString &presence)
{
    m_requestId = requestId;
    if (relationship != m_relationship || presence != m_presence) {
        m_relationship = relationship;
        m_presence = presence;
        emit relationshipChanged();
    }
}

void PlayerProfile::presenceChanged(qint64 userId, const QString &status)
{
    if (userId == m_userId && m_relationship == QLatin1String("friend")) {
        setRelationship(m_relationship, m_requestId, status);
    }
}

void PlayerProfile::addFriend()
{
    runAction(SocialActions::Action::AddFriend, m_userId, name());
}

void PlayerProfile::acceptRequest()
{
    runAction(SocialActions::Action::Accept, m_requestId, name());
}

void PlayerProfile::declineRequest()
{
    runAction(SocialActions::Action::Decline, m_requestId, name());
}

void PlayerProfile::cancelRequest()
{
    runAction(SocialActions::Action::CancelRequest, m_requestId, name());
}

void PlayerProfile::removeFriend()
{
    runAction(SocialActions::Action::RemoveFriend, m_userId, name());
}

void PlayerProfile::block()
{
    runAction(SocialActions::Action::Block, m_userId, name());
}

void PlayerProfile::unblock()
{
    runAction(SocialActions::Action::Unblock, m_userId, name());
}

} // namespace transcendence::client
