#pragma once

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>

class QJsonObject;

namespace transcendence::client {

class AccountSession;

// The server's tournaments over the REST API (/api/tournaments, docs/api/openapi.yaml): the
// list, one tournament with its entries and bracket, creating one (online: open for entries;
// local: aliases at one keyboard, played through the server), joining, leaving, and the owner's
// start and cancel. The server checks every rule again; its answers land in the properties.
class TournamentDirectory : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AccountSession *session READ session WRITE setSession NOTIFY sessionChanged)
    // GET /api/tournaments: summaries, newest first
    Q_PROPERTY(QVariantList tournaments READ tournaments NOTIFY tournamentsChanged)
    // The tournament last loaded or changed here (GET /api/tournaments/{id}); empty before.
    Q_PROPERTY(QVariantMap current READ current NOTIFY currentChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    // The last refusal, translated, and the server's per-field problems {"name": "..."}.
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY errorChanged)

public:
    explicit TournamentDirectory(QObject *parent = nullptr);

    AccountSession *session() const { return m_session; }
    void setSession(AccountSession *session);
    QVariantList tournaments() const { return m_tournaments; }
    QVariantMap current() const { return m_current; }
    bool isBusy() const { return m_pending > 0; }
    QString errorMessage() const { return m_errorMessage; }
    QVariantMap fieldErrors() const { return m_fieldErrors; }

    Q_INVOKABLE void loadList();
    Q_INVOKABLE void load(qint64 tournamentId);
    // kind "online": minPlayers and maxPlayers (0: the server's default); kind "local": aliases.
    // config: the settings of every match (1 vs 1).
    Q_INVOKABLE void create(const QString &kind, const QString &name, const QVariantMap &config,
                            const QStringList &aliases = {}, int minPlayers = 0,
                            int maxPlayers = 0);
    // alias: the name in this tournament; empty: the display name.
    Q_INVOKABLE void join(qint64 tournamentId, const QString &alias = {});
    Q_INVOKABLE void leave(qint64 tournamentId);
    Q_INVOKABLE void start(qint64 tournamentId);
    Q_INVOKABLE void cancel(qint64 tournamentId);
    Q_INVOKABLE void clearError();

signals:
    void sessionChanged();
    void tournamentsChanged();
    void currentChanged();
    void busyChanged();
    void errorChanged();
    // A tournament was created here (current is it).
    void created(qint64 tournamentId);

private:
    // What an answer updates: answers may come back out of order (a reload racing a join), and
    // an older answer never replaces what a newer one for the same target showed.
    enum Target { List = 0, Current = 1 };
    void call(Target target, const QByteArray &method, const QString &path, const QJsonObject &body,
              std::function<void(const QJsonObject &)> done);
    void setCurrentFrom(const QJsonObject &tournament);

    QPointer<AccountSession> m_session;
    QVariantList m_tournaments;
    QVariantMap m_current;
    int m_pending = 0;
    quint64 m_lastCall[2] = {0, 0};    // numbers the calls of each target
    quint64 m_lastRead[2] = {0, 0};    // the newest read answered
    quint64 m_readBarrier[2] = {0, 0}; // reads up to this call may predate the last change
    QString m_errorMessage;
    QVariantMap m_fieldErrors;
};

} // namespace transcendence::client
