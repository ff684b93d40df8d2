#include "social/PlayerSearch.h"

#include <QUrl>

namespace transcendence::client {

PlayerSearch::PlayerSearch(QObject *parent)
    : SessionController(parent)
    , m_results(new JsonListModel({QStringLiteral("id"), QStringLiteral("username"),
                                   QStringLiteral("displayName"), QStringLiteral("bio"),
                                   QStringLiteral("avatarUrl"), QStringLiteral("createdAt")},
                                  this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &PlayerSearch::reload);
}

void PlayerSearch::setQuery(const QString &query)
{
    if (query == m_query) {
        return;
    }
    m_query = query;
    emit queryChanged();
    if (m_query.trimmed().isEmpty()) {
        m_debounce.stop();
        reload(); // forgets the results at once
        return;
    }
    m_debounce.start();
}

void PlayerSearch::searchNow()
{
    m_debounce.stop();
    reload();
}

void PlayerSearch::clear()
{
    m_results->clear();
    m_searchedQuery.clear();
    m_hasMore = false;
    emit resultsChanged();
}

void PlayerSearch::load()
{
    // The server refuses more than 50 characters; a prefix that long finds the same players.
    const QString wanted = m_query.trimmed().left(kMaxQueryLength);
    if (wanted.isEmpty()) {
        clear();
        return;
    }
    fetch(wanted, 0);
}

void PlayerSearch::loadMore()
{
    if (!m_hasMore || isLoading() || m_searchedQuery.isEmpty()) {
        return;
    }
    fetch(m_searchedQuery, int(m_results->count()));
}

void PlayerSearch::fetch(const QString &query, int offset)
{
    // Everything percent-encoded: "+" is not a space to the server. One arg() call: the encoded
    // query holds "%2B"-like sequences a second arg() would replace.
    const QString path = QStringLiteral("/api/users?query=%1&limit=%2&offset=%3")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(query)),
                                  QString::number(kPageSize), QString::number(offset));
    request("GET", path, {}, [this, query, offset](const ApiAnswer &answer) {
        if (!answer.ok()) {
            setError(AccountSession::describe(answer));
            return;
        }
        const QJsonObject page = answer.object();
        const QJsonArray users = page.value(QStringLiteral("users")).toArray();
        if (offset == 0) {
            m_results->setItems(users);
        } else {
            for (const QJsonValue &user : users) {
                m_results->append(user.toObject());
            }
        }
        m_searchedQuery = query;
        m_hasMore = page.value(QStringLiteral("hasMore")).toBool();
        emit resultsChanged();
    });
}

} // namespace transcendence::client
