#pragma once

#include "shell/JsonListModel.h"
#include "social/SessionController.h"

namespace transcendence::client {

// A player's match history (GET /api/users/{id}/matches), newest first, a page at a time.
class MatchHistory : public SessionController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(qint64 userId READ userId WRITE setUserId NOTIFY userIdChanged)
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageChanged)
    // Rows: MatchHistoryEntry (id, kind, mode, startedAt, endedAt, durationSeconds, endReason,
    // result, rated, player, opponents).
    Q_PROPERTY(JsonListModel *matches READ matches CONSTANT)
    Q_PROPERTY(int offset READ offset NOTIFY pageChanged)
    Q_PROPERTY(int total READ total NOTIFY pageChanged)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY pageChanged)

public:
    explicit MatchHistory(QObject *parent = nullptr);

    qint64 userId() const { return m_userId; }
    void setUserId(qint64 userId);
    int pageSize() const { return m_pageSize; }
    void setPageSize(int pageSize);
    JsonListModel *matches() const { return m_matches; }
    int offset() const { return m_offset; }
    int total() const { return m_total; }
    bool hasMore() const { return m_hasMore; }

    Q_INVOKABLE void newer();
    Q_INVOKABLE void older();

signals:
    void userIdChanged();
    void pageChanged();

protected:
    void load() override;
    bool canLoad() const override { return m_userId > 0; }
    void clear() override;

private:
    qint64 m_userId = 0;
    int m_pageSize = 10;
    JsonListModel *m_matches;
    int m_offset = 0;
    int m_total = 0;
    bool m_hasMore = false;
};

} // namespace transcendence::client
