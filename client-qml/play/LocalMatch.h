#pragma once

#include "engine/AiDifficulty.h"
#include "engine/AiPlayer.h"
#include "engine/Match.h"
#include "play/MatchSession.h"

#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>
#include <vector>

namespace transcendence::client {

// A match run by this app with the common engine, with no server: two players at one keyboard,
// or against the computer (AiPlayer, as the server runs it), also offline. The engine steps at
// its fixed 120 steps a second on this thread's event loop, catching up after a stall (at most
// 12 steps at once, like the server's rooms); the renderer draws one step behind, interpolated.
// Nothing is stored: an offline match leaves no history.
class LocalMatch : public MatchSession {
    Q_OBJECT
    QML_ELEMENT
    // The seed of the current match (a new random one for each start unless set before).
    Q_PROPERTY(quint64 seed READ seed WRITE setSeed NOTIFY seedChanged)
    // False: the match advances only through advance() (deterministic runs, tests).
    Q_PROPERTY(bool realTime READ isRealTime WRITE setRealTime NOTIFY realTimeChanged)
    // Why the last start() refused, translated; empty when it started.
    Q_PROPERTY(QString startError READ startError NOTIFY startErrorChanged)

public:
    explicit LocalMatch(QObject *parent = nullptr);
    ~LocalMatch() override;

    bool isOffline() const override { return true; }
    bool canPause() const override { return !isOver(); }
    quint64 seed() const { return m_seed; }
    void setSeed(quint64 seed);
    bool isRealTime() const { return m_realTime; }
    void setRealTime(bool realTime);
    QString startError() const { return m_startError; }

    // Starts a match with these settings (MatchConfig JSON). aiSeats: the seats the computer
    // plays, at `difficulty` ("easy", "normal", "hard"); every other seat is played here. labels:
    // one per seat (empty ones get "Player N" or "AI (level)"). False, with startError, when the
    // settings are not valid.
    Q_INVOKABLE bool start(const QVariantMap &config, const QVariantList &aiSeats = {},
                           const QString &difficulty = QStringLiteral("normal"),
                           const QStringList &labels = {});
    // Runs `steps` steps at once (when not in real time); returns the steps run.
    Q_INVOKABLE int advance(int steps);

    void pause() override;
    void resume() override;
    // Ends the match: against the computer the best AI seat wins (a forfeit); a match at one
    // keyboard is abandoned, with no winner.
    void leave() override;

    bool frameAt(qint64 nowNs, engine::Snapshot &frame) override;
    const engine::Match *match() const { return m_match ? &*m_match : nullptr; }

signals:
    void seedChanged();
    void realTimeChanged();
    void startErrorChanged();

protected:
    void heldKeyChanged(int seat, engine::Input key) override;

private:
    void runDueSteps();
    void stepOnce();
    void scheduleTick();
    void startClock();
    void finishIfOver();
    qint64 stepDueAtNs(std::int64_t step) const;
    void setStartError(const QString &error);

    std::optional<engine::Match> m_match;
    std::vector<std::pair<int, std::unique_ptr<engine::AiPlayer>>> m_aiPlayers;
    engine::Snapshot m_previous; // the state one step before the current one, for drawing
    quint64 m_seed = 0;
    bool m_seedChosen = false;
    bool m_realTime = true;
    QString m_startError;
    QTimer m_tickTimer;
    QTimer m_countdownTimer;
    qint64 m_runStartNs = 0; // when m_runBaseStep was (or is) due
    std::int64_t m_runBaseStep = 0;
};

} // namespace transcendence::client
