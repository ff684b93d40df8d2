#pragma once

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace transcendence::client {

class AccountSession;
struct ApiAnswer;

// What the play pages read over the REST API (docs/api/openapi.yaml): the matches running now
// (to watch), the account's recent matches (to replay), one stored match (the result screen),
// and the friends one can invite. Each load replaces its list when the answer comes.
class PlayDirectory : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AccountSession *session READ session WRITE setSession NOTIFY sessionChanged)
    // GET /api/play/live: [{roomId, kind, mode, phase, spectators, seats: [{label, score, ...}]}]
    Q_PROPERTY(QVariantList liveMatches READ liveMatches NOTIFY liveMatchesChanged)
    // GET /api/users/{me}/matches: the newest first
    Q_PROPERTY(QVariantList history READ history NOTIFY historyChanged)
    // GET /api/matches/{id}: the last one loaded (empty before)
    Q_PROPERTY(QVariantMap storedMatch READ storedMatch NOTIFY storedMatchChanged)
    // GET /api/friends
    Q_PROPERTY(QVariantList friends READ friends NOTIFY friendsChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    explicit PlayDirectory(QObject *parent = nullptr);

    AccountSession *session() const { return m_session; }
    void setSession(AccountSession *session);
    QVariantList liveMatches() const { return m_live; }
    QVariantList history() const { return m_history; }
    QVariantMap storedMatch() const { return m_storedMatch; }
    QVariantList friends() const { return m_friends; }
    bool isBusy() const { return m_pending > 0; }
    QString errorMessage() const { return m_errorMessage; }

    Q_INVOKABLE void loadLive();
    Q_INVOKABLE void loadHistory();
    Q_INVOKABLE void loadMatch(qint64 matchId);
    Q_INVOKABLE void loadFriends();

signals:
    void sessionChanged();
    void liveMatchesChanged();
    void historyChanged();
    void storedMatchChanged();
    void friendsChanged();
    void busyChanged();
    void errorMessageChanged();

private:
    // GETs `path` and hands a successful answer's object to `done`.
    void get(const QString &path, std::function<void(const QJsonObject &)> done);
    void setErrorMessage(const QString &message);

    QPointer<AccountSession> m_session;
    QVariantList m_live;
    QVariantList m_history;
    QVariantMap m_storedMatch;
    QVariantList m_friends;
    int m_pending = 0;
    QString m_errorMessage;
};

} // namespace transcendence::client
