#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace transcendence::client {

class AccountSession;
struct ApiAnswer;

// What the home page shows beside its buttons: the top of the leaderboard and the matches running
// now (for everyone the server lets read them: a visitor is told to sign in when it answers 401),
// and, signed in, the player's next tournament match. The player's recent results and friends
// come from MatchHistory and FriendsController on the page itself.
class HomeFeed : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AccountSession *session READ session WRITE setSession NOTIFY sessionChanged)
    // GET /api/leaderboard?limit=5: [{rank, userId, username, displayName, rating}]
    Q_PROPERTY(QVariantList leaders READ leaders NOTIFY leadersChanged)
    // GET /api/play/live: [{roomId, kind, mode, phase, spectators, seats: [{label, score, lives}]}]
    Q_PROPERTY(QVariantList liveMatches READ liveMatches NOTIFY liveMatchesChanged)
    // A visitor reads both from GET /api/play/summary; a server without that route keeps them
    // for accounts (it answered 401 or 404 to a visitor).
    Q_PROPERTY(bool leadersNeedSignIn READ leadersNeedSignIn NOTIFY leadersChanged)
    Q_PROPERTY(bool liveNeedsSignIn READ liveNeedsSignIn NOTIFY liveMatchesChanged)
    // nextTournamentMatch(): empty when the player has none.
    Q_PROPERTY(
        QVariantMap nextTournamentMatch READ nextTournamentMatch NOTIFY nextTournamentMatchChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    static constexpr int kLeaders = 5;
    // Tournaments read to find the player's next match (the newest open or running ones).
    static constexpr int kTournamentsScanned = 10;

    explicit HomeFeed(QObject *parent = nullptr);

    AccountSession *session() const { return m_session; }
    void setSession(AccountSession *session);
    QVariantList leaders() const { return m_leaders; }
    QVariantList liveMatches() const { return m_live; }
    bool leadersNeedSignIn() const { return m_leadersNeedSignIn; }
    bool liveNeedsSignIn() const { return m_liveNeedsSignIn; }
    QVariantMap nextTournamentMatch() const { return m_nextTournamentMatch; }
    bool isLoading() const { return m_pending > 0; }
    QString errorMessage() const { return m_errorMessage; }

    // Everything again (the page opened, the account changed).
    Q_INVOKABLE void reload();
    // Only the live matches (the page refreshes them every few seconds); a visitor's summary.
    Q_INVOKABLE void reloadLive();

    // The player's part in one tournament (GET /api/tournaments/{id}), or empty: {tournamentId,
    // tournamentName, state: "ready" (play now) | "waiting" (for the other match of the round)
    // | "open" (entered, not started), round, rounds, opponent ("" while unknown), roomId}.
    static QVariantMap nextMatchIn(const QJsonObject &tournament, qint64 userId);
    // Which of two such answers comes first for the player: ready, then waiting, then open.
    static bool comesBefore(const QVariantMap &a, const QVariantMap &b);

signals:
    void sessionChanged();
    void leadersChanged();
    void liveMatchesChanged();
    void nextTournamentMatchChanged();
    void loadingChanged();
    void errorMessageChanged();

private:
    // GETs `path` as the account when signed in, else as a visitor; done() runs only for an
    // answer to the current generation, with the controller alive.
    void get(const QString &path, std::function<void(const ApiAnswer &)> done);
    void loadLeaders();
    void loadSummary();
    void loadNextTournamentMatch();
    void offerTournamentMatch(const QVariantMap &candidate);
    void setErrorMessage(const QString &message);
    void forgetAccount();

    QPointer<AccountSession> m_session;
    QVariantList m_leaders;
    QVariantList m_live;
    bool m_leadersNeedSignIn = false;
    bool m_liveNeedsSignIn = false;
    QVariantMap m_nextTournamentMatch;
    QVariantMap m_candidate; // the best tournament match found by the scan running now
    int m_pending = 0;
    int m_generation = 0;
    QString m_errorMessage;
};

} // namespace transcendence::client
