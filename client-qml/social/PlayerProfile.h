#pragma once

#include "social/SocialController.h"

#include <QVariantMap>

namespace transcendence::client {

// Another player's profile (GET /api/users/{id}) with their stats (/api/users/{id}/stats) and
// where you stand with them, and the friend and block actions. Their presence shows while they
// are your friend, live.
class PlayerProfile : public SocialController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(qint64 userId READ userId WRITE setUserId NOTIFY userIdChanged)
    // id, username, displayName, bio, avatarUrl, createdAt; empty until loaded.
    Q_PROPERTY(QVariantMap profile READ profile NOTIFY profileChanged)
    // UserStats (docs/api/openapi.yaml); empty until loaded or when they could not be read.
    Q_PROPERTY(QVariantMap stats READ stats NOTIFY statsChanged)
    // GET /api/users/{id}/achievements: achievements [{code, earned, earnedAt, matchId}],
    // experience, level, levelExperience, nextLevelExperience; empty until loaded.
    Q_PROPERTY(QVariantMap achievements READ achievements NOTIFY achievementsChanged)
    Q_PROPERTY(bool notFound READ notFound NOTIFY profileChanged)
    Q_PROPERTY(bool isMe READ isMe NOTIFY profileChanged)
    // none, friend, incoming (they asked you), outgoing (you asked), blocked (you blocked them);
    // "" until known.
    Q_PROPERTY(QString relationship READ relationship NOTIFY relationshipChanged)
    // A friend's presence: online, in_game, offline; "" for others.
    Q_PROPERTY(QString presence READ presence NOTIFY relationshipChanged)

public:
    explicit PlayerProfile(QObject *parent = nullptr);

    qint64 userId() const { return m_userId; }
    void setUserId(qint64 userId);
    QVariantMap profile() const { return m_profile; }
    QVariantMap stats() const { return m_stats; }
    QVariantMap achievements() const { return m_achievements; }
    // The codes of the achievements a match earned (from what was loaded last).
    Q_INVOKABLE QStringList achievementsEarnedBy(qint64 matchId) const;
    bool notFound() const { return m_notFound; }
    bool isMe() const;
    QString relationship() const { return m_relationship; }
    QString presence() const { return m_presence; }

    Q_INVOKABLE void addFriend();
    Q_INVOKABLE void acceptRequest();
    Q_INVOKABLE void declineRequest();
    Q_INVOKABLE void cancelRequest();
    Q_INVOKABLE void removeFriend();
    Q_INVOKABLE void block();
    Q_INVOKABLE void unblock();

signals:
    void userIdChanged();
    void profileChanged();
    void statsChanged();
    void achievementsChanged();
    void relationshipChanged();

protected:
    void load() override;
    bool canLoad() const override { return m_userId > 0; }
    void clear() override;
    void presenceChanged(qint64 userId, const QString &status) override;

private:
    void setRelationship(const QString &relationship, qint64 requestId, const QString &presence);
    QString name() const;

    qint64 m_userId = 0;
    QVariantMap m_profile;
    QVariantMap m_achievements;
    QVariantMap m_stats;
    bool m_notFound = false;
    QString m_relationship;
    QString m_presence;
    qint64 m_requestId = 0;
};

} // namespace transcendence::client
