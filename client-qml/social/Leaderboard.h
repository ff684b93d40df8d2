#pragma once

#include "shell/JsonListModel.h"
#include "social/SessionController.h"

namespace transcendence::client {

// The rating leaderboard (GET /api/leaderboard), a page at a time, with the player's own rank
// and a filter to rank only oneself and one's friends.
class Leaderboard : public SessionController {
    Q_OBJECT
    QML_ELEMENT
    // Rows: rank, userId, username, displayName, avatarUrl, rating, ratedMatches, mine.
    Q_PROPERTY(JsonListModel *entries READ entries CONSTANT)
    Q_PROPERTY(bool friendsOnly READ friendsOnly WRITE setFriendsOnly NOTIFY friendsOnlyChanged)
    Q_PROPERTY(int offset READ offset NOTIFY pageChanged)
    Q_PROPERTY(int total READ total NOTIFY pageChanged)
    Q_PROPERTY(int yourRank READ yourRank NOTIFY pageChanged) // 0: not ranked
    Q_PROPERTY(int yourRating READ yourRating NOTIFY pageChanged)
    Q_PROPERTY(bool hasPrevious READ hasPrevious NOTIFY pageChanged)
    Q_PROPERTY(bool hasNext READ hasNext NOTIFY pageChanged)

public:
    static constexpr int kPageSize = 10;

    explicit Leaderboard(QObject *parent = nullptr);

    JsonListModel *entries() const { return m_entries; }
    bool friendsOnly() const { return m_friendsOnly; }
    void setFriendsOnly(bool friendsOnly);
    int offset() const { return m_offset; }
    int total() const { return m_total; }
    int yourRank() const { return m_yourRank; }
    int yourRating() const { return m_yourRating; }
    bool hasPrevious() const { return m_offset > 0; }
    bool hasNext() const { return m_offset + m_entries->count() < m_total; }

    Q_INVOKABLE void nextPage();
    Q_INVOKABLE void previousPage();

signals:
    void friendsOnlyChanged();
    void pageChanged();

protected:
    void load() override;
    void clear() override;

private:
    JsonListModel *m_entries;
    bool m_friendsOnly = false;
    int m_offset = 0;
    int m_total = 0;
    int m_yourRank = 0;
    int m_yourRating = 0;
};

} // namespace transcendence::client
