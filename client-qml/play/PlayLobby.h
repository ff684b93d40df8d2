#pragma once

#include "play/RemoteMatch.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace transcendence::client {

class RealtimeClient;

// Everything about matches on the server that reaches a player anywhere in the app, over the
// window's RealtimeClient (docs/protocol.md, "Play" and "Tournaments"): the matchmaking queue,
// invitations sent and received, a running match of the account to take back (activeMatch),
// matches started here (matchStarted creates a RemoteMatch), watching, replays, and the
// tournament notices. One per window.
class PlayLobby : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(RealtimeClient *realtimeClient READ realtimeClient WRITE setRealtimeClient NOTIFY
                   realtimeClientChanged)
    // Connected as a signed-in account: the server's play messages are open to us.
    Q_PROPERTY(bool available READ isAvailable NOTIFY availableChanged)
    Q_PROPERTY(bool queued READ isQueued NOTIFY queueChanged)
    // The newest "queued": {mode, config, rating, window, waiting, waitedMs}; empty when not
    // queued.
    Q_PROPERTY(QVariantMap queue READ queue NOTIFY queueChanged)
    // Seconds waited in the queue, counted here between the server's notices.
    Q_PROPERTY(int queueSeconds READ queueSeconds NOTIFY queueSecondsChanged)
    // Open invitations: received [{inviteId, fromUserId, fromName, config, expiresInSeconds}] and
    // sent [{inviteId, toUserId, toName, config, expiresInSeconds}].
    Q_PROPERTY(QVariantList invitations READ invitations NOTIFY invitationsChanged)
    Q_PROPERTY(QVariantList sentInvitations READ sentInvitations NOTIFY invitationsChanged)
    // A running match of this account not joined here: {roomId, kind, phase}; empty otherwise.
    Q_PROPERTY(QVariantMap activeMatch READ activeMatch NOTIFY activeMatchChanged)
    // The match this window is in (or watches, or was in last, until the next one starts).
    Q_PROPERTY(RemoteMatch *currentMatch READ currentMatch NOTIFY currentMatchChanged)
    // The last refusal of a play message, translated; empty when none.
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit PlayLobby(QObject *parent = nullptr);
    ~PlayLobby() override;

    RealtimeClient *realtimeClient() const { return m_client; }
    void setRealtimeClient(RealtimeClient *client);
    bool isAvailable() const;
    bool isQueued() const { return !m_queue.isEmpty(); }
    QVariantMap queue() const { return m_queue; }
    int queueSeconds() const { return m_queueSeconds; }
    QVariantList invitations() const;
    QVariantList sentInvitations() const;
    QVariantMap activeMatch() const { return m_activeMatch; }
    RemoteMatch *currentMatch() const { return m_match; }
    QString lastError() const { return m_lastError; }

    // Each returns false when the message could not be sent (not connected); the server's
    // answer arrives as a change of the properties above, or as lastError.
    // A match at this keyboard on the server ("local" or "ai"), stored in the account's history.
    Q_INVOKABLE bool play(const QString &kind, const QVariantMap &config,
                          const QString &difficulty = QStringLiteral("normal"));
    // The queue of the settings' mode ("one_vs_one" or "four_players").
    Q_INVOKABLE bool enqueue(const QVariantMap &config);
    Q_INVOKABLE bool leaveQueue();
    Q_INVOKABLE bool invite(qint64 userId, const QVariantMap &config);
    Q_INVOKABLE bool answerInvitation(const QString &inviteId, bool accept);
    Q_INVOKABLE bool cancelInvitation(const QString &inviteId);
    Q_INVOKABLE bool join(const QString &roomId);
    Q_INVOKABLE bool watch(const QString &roomId);
    Q_INVOKABLE bool replay(qint64 matchId, double speed = 1.0);
    Q_INVOKABLE bool playTournamentMatch(qint64 tournamentId);
    Q_INVOKABLE void clearError();

signals:
    void realtimeClientChanged();
    void availableChanged();
    void queueChanged();
    void queueSecondsChanged();
    void invitationsChanged();
    void activeMatchChanged();
    void currentMatchChanged();
    void lastErrorChanged();
    // This window entered a room (played, watched, or replayed): the page shows it.
    void matchStarted(transcendence::client::RemoteMatch *match);
    void invitationReceived(const QVariantMap &invitation);
    // An invitation closed: {inviteId, reason, sent (true: ours)}.
    void invitationClosed(const QVariantMap &closed);
    // tournamentMatchReady, tournamentUpdate, tournamentOver: the message's fields.
    void tournamentNotice(const QString &type, const QVariantMap &message);

private:
    struct Invitation {
        protocol::InvitationNotice notice;
        QElapsedTimer received;
    };

    void onMessage(const QString &type, const QJsonObject &message);
    void onBinaryMessage(const QByteArray &frame);
    void onServerError(const QString &code, const QString &message, const QString &ref);
    void onConnectionChanged();
    void onMatchStarted(const protocol::MatchStarted &started);
    void setQueue(const QVariantMap &queue);
    void setActiveMatch(const QVariantMap &active);
    void setLastError(const QString &error);
    bool sendMessage(const QJsonObject &message);
    RemoteMatch *matchFor(const QString &roomId) const;
    static QVariantList invitationList(const std::vector<Invitation> &list, bool received);

    QPointer<RealtimeClient> m_client;
    bool m_available = false;
    QVariantMap m_queue;
    QElapsedTimer m_queueClock;
    qint64 m_queueWaitedMs = 0;
    int m_queueSeconds = 0;
    QTimer m_secondsTimer;
    std::vector<Invitation> m_received;
    std::vector<Invitation> m_sent;
    QVariantMap m_activeMatch;
    QPointer<RemoteMatch> m_match;
    QString m_lastError;
};

} // namespace transcendence::client
