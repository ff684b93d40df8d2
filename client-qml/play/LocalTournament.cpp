#include "play/LocalTournament.h"

#include "engine/MatchConfig.h"
#include "tournament/Names.h"

#include <QJsonObject>

namespace transcendence::client {

using tournament::TournamentBracket;

LocalTournament::LocalTournament(QObject *parent)
    : QObject(parent)
    , m_match(new LocalMatch(this))
{
    connect(m_match, &MatchSession::overChanged, this, &LocalTournament::onMatchOver);
}

QVariantMap LocalTournament::problems(const QStringList &aliases)
{
    QVariantMap problems;
    if (aliases.size() < TournamentBracket::kMinEntries ||
        aliases.size() > TournamentBracket::kMaxEntries) {
        problems.insert(QStringLiteral("list"), tr("Enter %1 to %2 players, one per line.")
                                                    .arg(TournamentBracket::kMinEntries)
                                                    .arg(TournamentBracket::kMaxEntries));
    }
    const std::vector<tournament::NameProblem> each = tournament::aliasProblems(aliases);
    for (int i = 0; i < aliases.size(); ++i) {
        QString text;
        switch (each[std::size_t(i)]) {
        case tournament::NameProblem::None:
            continue;
        case tournament::NameProblem::Empty:
            text = tr("Name %1 is empty.").arg(i + 1);
            break;
        case tournament::NameProblem::TooLong:
            text = tr("%1 is longer than %2 characters.")
                       .arg(aliases[i].trimmed())
                       .arg(tournament::kMaxAliasLength);
            break;
        case tournament::NameProblem::ControlCharacter:
            text = tr("%1 has characters a name cannot have.").arg(aliases[i].trimmed());
            break;
        case tournament::NameProblem::Repeated:
            text = tr("%1 appears twice.").arg(aliases[i].trimmed());
            break;
        }
        problems.insert(QString::number(i), text);
    }
    return problems;
}

bool LocalTournament::start(const QStringList &aliases, const QVariantMap &config)
{
    if (!problems(aliases).isEmpty()) {
        return false;
    }
    QJsonObject settings = QJsonObject::fromVariantMap(config);
    settings.insert(QStringLiteral("mode"), engine::gameModeName(engine::GameMode::OneVsOne));
    const auto parsed = engine::MatchConfig::fromJson(settings);
    if (!std::holds_alternative<engine::MatchConfig>(parsed)) {
        return false;
    }
    std::vector<qint64> seeds;
    m_players.clear();
    for (const QString &alias : aliases) {
        m_players << alias.trimmed();
        seeds.push_back(m_players.size());
    }
    m_bracket = TournamentBracket::seeded(seeds);
    m_config = std::get<engine::MatchConfig>(parsed).toJson().toVariantMap();
    m_playing.reset();
    emit changed();
    return m_bracket.has_value();
}

void LocalTournament::reset()
{
    m_bracket.reset();
    m_playing.reset();
    m_players.clear();
    emit changed();
}

QString LocalTournament::labelOf(const std::optional<qint64> &entry) const
{
    return entry && *entry >= 1 && *entry <= m_players.size() ? m_players.at(int(*entry - 1))
                                                              : QString();
}

QVariantList LocalTournament::rounds() const
{
    QVariantList rounds;
    if (!m_bracket) {
        return rounds;
    }
    for (int round = 1; round <= m_bracket->rounds(); ++round) {
        QVariantList matches;
        for (int slot = 0; slot < m_bracket->matchesIn(round); ++slot) {
            const TournamentBracket::Match *match = m_bracket->match({round, slot});
            int winnerSide = -1;
            for (int side = 0; side < 2; ++side) {
                if (match->winner && match->sides[side] == match->winner) {
                    winnerSide = side;
                }
            }
            matches.append(QVariantMap{
                {QStringLiteral("slot"), slot},
                {QStringLiteral("status"), TournamentBracket::statusName(match->status)},
                {QStringLiteral("result"), TournamentBracket::resultName(match->result)},
                {QStringLiteral("players"),
                 QStringList{labelOf(match->sides[0]), labelOf(match->sides[1])}},
                {QStringLiteral("winnerSide"), winnerSide},
            });
        }
        rounds.append(
            QVariantMap{{QStringLiteral("round"), round}, {QStringLiteral("matches"), matches}});
    }
    return rounds;
}

QVariantMap LocalTournament::nextMatch() const
{
    if (!m_bracket || m_bracket->readyMatches().empty()) {
        return {};
    }
    const TournamentBracket::Key key = m_bracket->readyMatches().front();
    const TournamentBracket::Match *match = m_bracket->match(key);
    return {{QStringLiteral("round"), key.round},
            {QStringLiteral("slot"), key.slot},
            {QStringLiteral("players"),
             QStringList{labelOf(match->sides[0]), labelOf(match->sides[1])}}};
}

QString LocalTournament::announcement() const
{
    const QStringList players = nextMatch().value(QStringLiteral("players")).toStringList();
    return players.size() == 2 ? tr("%1 vs %2").arg(players[0], players[1]) : QString();
}

QString LocalTournament::champion() const
{
    return m_bracket ? labelOf(m_bracket->champion()) : QString();
}

bool LocalTournament::playNextMatch()
{
    if (!m_bracket || m_bracket->readyMatches().empty() || m_playing) {
        return false;
    }
    const TournamentBracket::Key key = m_bracket->readyMatches().front();
    const TournamentBracket::Match *match = m_bracket->match(key);
    m_playing = key;
    if (!m_match->start(m_config, {}, QStringLiteral("normal"),
                        {labelOf(match->sides[0]), labelOf(match->sides[1])})) {
        m_playing.reset();
        return false;
    }
    emit changed();
    return true;
}

void LocalTournament::onMatchOver()
{
    if (!m_bracket || !m_playing || !m_match->isOver()) {
        return;
    }
    const TournamentBracket::Key key = *m_playing;
    m_playing.reset();
    const int seat = m_match->winnerSeat();
    if (seat == 0 || seat == 1) {
        const TournamentBracket::Match *match = m_bracket->match(key);
        m_bracket->record(key, TournamentBracket::Result::Played, match->sides[seat]);
    }
    // Left before the end: nothing is decided, the same match is next again.
    emit changed();
}

} // namespace transcendence::client
