#pragma once

#include "engine/MatchConfig.h"
#include "engine/Snapshot.h"
#include "play/SeatKeys.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <map>
#include <optional>
#include <vector>

namespace transcendence::client {

// One match as the match page shows it, wherever it runs: in this app (LocalMatch, offline) or
// on the server (RemoteMatch). It says who sits where, the score, the phase and the result, takes
// the keys of the seats played here, and gives the renderer (ArenaView) the state to draw at any
// moment (frameAt), interpolated between steps or snapshots.
class MatchSession : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("a LocalMatch, or a RemoteMatch from the PlayLobby")
    // "local", "ai", "remote", "private", "four_players", "tournament"
    Q_PROPERTY(QString kind READ kind NOTIFY setupChanged)
    Q_PROPERTY(bool offline READ isOffline CONSTANT)
    Q_PROPERTY(bool spectating READ isSpectating NOTIFY setupChanged)
    Q_PROPERTY(bool replay READ isReplay NOTIFY setupChanged)
    Q_PROPERTY(QVariantMap config READ configMap NOTIFY setupChanged)
    Q_PROPERTY(bool fourPlayers READ isFourPlayers NOTIFY setupChanged)
    Q_PROPERTY(double arenaWidth READ arenaWidth NOTIFY setupChanged)
    Q_PROPERTY(double arenaHeight READ arenaHeight NOTIFY setupChanged)
    // [{seat, label, kind ("user", "guest", "ai"), userId (or null), controlledByYou}]
    Q_PROPERTY(QVariantList seats READ seats NOTIFY setupChanged)
    Q_PROPERTY(QVariantList controlledSeats READ controlledSeatList NOTIFY setupChanged)
    // [{seat, label, score, lives, eliminated, missing, pingMs (-1: unknown)}], in seat order
    Q_PROPERTY(QVariantList standings READ standings NOTIFY standingsChanged)
    // "waiting", "countdown", "running", "paused", "over"
    Q_PROPERTY(QString phase READ phase NOTIFY phaseChanged)
    // Whole seconds until the countdown ends or the first missing player forfeits; -1: none.
    Q_PROPERTY(int phaseSecondsLeft READ phaseSecondsLeft NOTIFY phaseSecondsLeftChanged)
    // Why play stopped: "requested", "disconnected", "waiting"; empty while not paused.
    Q_PROPERTY(QString pauseReason READ pauseReason NOTIFY pauseChanged)
    // The players play waits for: [{seat, label, secondsLeft}] (their forfeit deadline).
    Q_PROPERTY(QVariantList missing READ missing NOTIFY pauseChanged)
    Q_PROPERTY(bool canPause READ canPause NOTIFY canPauseChanged)
    Q_PROPERTY(bool over READ isOver NOTIFY overChanged)
    Q_PROPERTY(int winnerSeat READ winnerSeat NOTIFY overChanged) // -1: nobody won
    // "completed", "left", "disconnected", "no_show", "abandoned"
    Q_PROPERTY(QString endReason READ endReason NOTIFY overChanged)
    Q_PROPERTY(qint64 tick READ tick NOTIFY stateUpdated)

public:
    explicit MatchSession(QObject *parent = nullptr);
    ~MatchSession() override;

    QString kind() const { return m_kind; }
    virtual bool isOffline() const = 0;
    bool isSpectating() const { return m_spectating; }
    bool isReplay() const { return m_replay; }
    QVariantMap configMap() const;
    bool isFourPlayers() const { return m_config.mode == engine::GameMode::FourPlayers; }
    double arenaWidth() const;
    double arenaHeight() const;
    QVariantList seats() const { return m_seats; }
    QVariantList controlledSeatList() const;
    QVariantList standings() const { return m_standings; }
    QString phase() const { return m_phase; }
    int phaseSecondsLeft() const { return m_phaseSecondsLeft; }
    QString pauseReason() const { return m_pauseReason; }
    QVariantList missing() const;
    virtual bool canPause() const { return false; }
    bool isOver() const { return m_phase == QLatin1String("over"); }
    int winnerSeat() const { return m_winnerSeat; }
    QString endReason() const { return m_endReason; }
    qint64 tick() const { return m_tick; }

    const engine::MatchConfig &matchConfig() const { return m_config; }
    const std::vector<int> &controlledSeats() const { return m_keys.seats(); }
    // The label of a seat ("Player 2", "AI (hard)", a display name), or empty.
    Q_INVOKABLE QString seatLabel(int seat) const;

    // Whether the state moves between snapshots, so the renderer should draw every frame.
    bool isAnimating() const { return m_phase == QLatin1String("running"); }
    // Nanoseconds on this session's monotonic clock.
    qint64 nowNs() const { return m_clock.nsecsElapsed(); }
    // The state to draw at `nowNs` (the session clock); false before there is any.
    virtual bool frameAt(qint64 nowNs, engine::Snapshot &frame) = 0;

    // Where the renderer draws a seat's paddle now (its centre along its side); NaN before any
    // state. Remote matches draw the seats played here where the engine predicts them.
    Q_INVOKABLE double drawnPaddle(int seat);

    // Keyboard keys (Qt::Key) for the seats played here; true when the key moves a paddle.
    Q_INVOKABLE bool handleKey(int key, bool pressed, bool autoRepeat = false);
    // On-screen controls: a finger holding "up" (or "down") for a seat, named by `source`.
    Q_INVOKABLE void press(int seat, bool up, const QString &source);
    Q_INVOKABLE void release(const QString &source);
    // No key stays held (the window lost focus, the page closed).
    Q_INVOKABLE void releaseAll();
    // The key a seat holds now: "up", "down" or "none".
    Q_INVOKABLE QString heldKey(int seat) const;

    Q_INVOKABLE virtual void pause() {}
    Q_INVOKABLE virtual void resume() {}
    // Gives up (a player) or stops watching (a spectator).
    Q_INVOKABLE virtual void leave() = 0;

signals:
    void setupChanged();
    void standingsChanged();
    void phaseChanged();
    void phaseSecondsLeftChanged();
    void pauseChanged();
    void overChanged();
    void canPauseChanged();
    // New state to draw (a step, a snapshot, a pause).
    void stateUpdated();
    // Someone scored (1v1) or lost a life (four players); the page announces it.
    void pointScored(int seat);
    // Something to hear, from the engine's events: "paddle" (a ball hit a paddle), "wall" (a
    // wall or an obstacle), "point" (a point or a life). One cue per kind per batch of events.
    void soundCue(const QString &cue);

protected:
    struct Missing {
        int seat = 0;
        QString label;
        qint64 deadlineNs = 0;
    };

    // What the match is: every seat described by {seat, label, kind, userId, controlledByYou};
    // the controlled seats take this app's keys.
    void setSetup(const QString &kind, const engine::MatchConfig &config, const QVariantList &seats,
                  bool spectating, bool replay);
    void setPhase(const QString &phase, std::optional<qint64> endsAtNs = std::nullopt);
    void setPause(const QString &reason, std::vector<Missing> missing);
    // Scores, lives and eliminations from a state, with the missing seats and pings.
    void updateStandings(const engine::Snapshot &state);
    void setMissingSeats(const std::vector<int> &seats);
    void setPing(int seat, int pingMs);
    // The end; `results` (seat -> score or lives) override the last state's, when known.
    void setOver(int winnerSeat, const QString &reason, const std::map<int, int> &results = {});

    // The engine's events since the last batch (engine::MatchEvent type names, e.g.
    // "paddle_hit"): emits soundCue() for those one hears.
    void cueSounds(const QStringList &eventTypes);

    // A seat played here now holds another key.
    virtual void heldKeyChanged(int seat, engine::Input key) = 0;

    engine::MatchConfig m_config;

private:
    void applyChanges(const std::vector<int> &seats);
    void refreshSecondsLeft();
    void rebuildStandings();

    QElapsedTimer m_clock;
    QTimer m_secondsTimer;
    SeatKeys m_keys;
    QString m_kind;
    bool m_spectating = false;
    bool m_replay = false;
    QVariantList m_seats;
    QString m_phase = QStringLiteral("waiting");
    std::optional<qint64> m_phaseEndsAtNs;
    int m_phaseSecondsLeft = -1;
    QString m_pauseReason;
    std::vector<Missing> m_missing;
    std::vector<int> m_missingSeats;
    std::vector<int> m_pings;
    std::optional<engine::Snapshot> m_lastState;
    std::map<int, int> m_results;
    QVariantList m_standings;
    int m_winnerSeat = -1;
    QString m_endReason;
    qint64 m_tick = 0;
};

} // namespace transcendence::client
