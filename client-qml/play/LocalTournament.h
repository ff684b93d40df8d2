#pragma once

#include "play/LocalMatch.h"
#include "tournament/Bracket.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace transcendence::client {

// A tournament at this device, also offline: 3 to 16 players typed as aliases (seeded in that
// order), single elimination with the server's own bracket rules (common/tournament), every
// match played at this keyboard by the tournament's LocalMatch, announced as "X vs Y". A match
// left before its end decides nothing: the same match is next again. Kept in memory only.
class LocalTournament : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool started READ isStarted NOTIFY changed)
    Q_PROPERTY(bool finished READ isFinished NOTIFY changed)
    Q_PROPERTY(QStringList players READ players NOTIFY changed)
    Q_PROPERTY(QVariantMap config READ config NOTIFY changed)
    // Every round, first to final: [{round, matches: [{slot, status ("pending", "ready",
    // "finished"), result ("played", "bye", ...), players: [label or "", label or ""],
    // winnerSide (0, 1 or -1)}]}]
    Q_PROPERTY(QVariantList rounds READ rounds NOTIFY changed)
    // The match to play next: {round, slot, players: [a, b]}; empty when none.
    Q_PROPERTY(QVariantMap nextMatch READ nextMatch NOTIFY changed)
    // "Ada vs Bob" for the next match; empty when none.
    Q_PROPERTY(QString announcement READ announcement NOTIFY changed)
    Q_PROPERTY(QString champion READ champion NOTIFY changed)
    // The match the tournament plays its matches with (one at a time).
    Q_PROPERTY(LocalMatch *match READ match CONSTANT)

public:
    explicit LocalTournament(QObject *parent = nullptr);

    bool isStarted() const { return m_bracket.has_value(); }
    bool isFinished() const { return m_bracket && m_bracket->isFinished(); }
    QStringList players() const { return m_players; }
    QVariantMap config() const { return m_config; }
    QVariantList rounds() const;
    QVariantMap nextMatch() const;
    QString announcement() const;
    QString champion() const;
    LocalMatch *match() const { return m_match; }

    // What is wrong with these aliases, translated: {"list": problem} for the whole list, and
    // {"<index>": problem} per alias; empty when they can start a tournament.
    Q_INVOKABLE static QVariantMap problems(const QStringList &aliases);
    // Seeds the bracket (byes to the top seeds); false when problems() is not empty or the
    // settings are not valid. Matches are 1 vs 1 with these settings.
    Q_INVOKABLE bool start(const QStringList &aliases, const QVariantMap &config);
    // Starts the next match on match(); false when none is ready or one is being played.
    Q_INVOKABLE bool playNextMatch();
    // Forgets the tournament.
    Q_INVOKABLE void reset();

signals:
    void changed();

private:
    void onMatchOver();
    QString labelOf(const std::optional<qint64> &entry) const;

    LocalMatch *m_match;
    QStringList m_players; // entry id = index + 1
    QVariantMap m_config;
    std::optional<tournament::TournamentBracket> m_bracket;
    std::optional<tournament::TournamentBracket::Key> m_playing;
};

} // namespace transcendence::client
