#pragma once

#include "shell/JsonListModel.h"
#include "social/SessionController.h"

#include <QTimer>

namespace transcendence::client {

// Finding players by the beginning of their user name or display name (GET /api/users), searched
// as the player types, after a short pause, a page at a time.
class PlayerSearch : public SessionController {
    Q_OBJECT
    QML_ELEMENT
    // What the player typed; a search starts kDebounceMs after the last change.
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    // The query of the results shown ("" before the first search).
    Q_PROPERTY(QString searchedQuery READ searchedQuery NOTIFY resultsChanged)
    // Rows: id, username, displayName, bio, avatarUrl, createdAt.
    Q_PROPERTY(JsonListModel *results READ results CONSTANT)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY resultsChanged)

public:
    static constexpr int kDebounceMs = 300;
    static constexpr int kPageSize = 20;
    static constexpr int kMaxQueryLength = 50;

    explicit PlayerSearch(QObject *parent = nullptr);

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    QString searchedQuery() const { return m_searchedQuery; }
    JsonListModel *results() const { return m_results; }
    bool hasMore() const { return m_hasMore; }

    // Searches now (the Enter key) instead of after the pause.
    Q_INVOKABLE void searchNow();
    Q_INVOKABLE void loadMore();

signals:
    void queryChanged();
    void resultsChanged();

protected:
    void load() override;
    void clear() override;

private:
    void fetch(const QString &query, int offset);

    QString m_query;
    QString m_searchedQuery;
    JsonListModel *m_results;
    bool m_hasMore = false;
    QTimer m_debounce;
};

} // namespace transcendence::client
