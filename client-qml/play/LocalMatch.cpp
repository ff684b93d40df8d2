#include "play/LocalMatch.h"

#include "play/FrameInterpolation.h"

#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace transcendence::client {
namespace {

constexpr qint64 kNsPerSecond = 1'000'000'000;
// As the server's rooms: after a stall the match slows down for a moment instead of jumping.
constexpr std::int64_t kMaxCatchUpSteps = 12;
constexpr qint64 kResumeCountdownNs = 3 * kNsPerSecond;

} // namespace

LocalMatch::LocalMatch(QObject *parent)
    : MatchSession(parent)
{
    m_tickTimer.setSingleShot(true);
    m_tickTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_tickTimer, &QTimer::timeout, this, &LocalMatch::runDueSteps);
    m_countdownTimer.setSingleShot(true);
    connect(&m_countdownTimer, &QTimer::timeout, this, [this] {
        if (phase() == QLatin1String("countdown")) {
            setPhase(QStringLiteral("running"));
            startClock();
        }
    });
}

LocalMatch::~LocalMatch() = default;

void LocalMatch::setSeed(quint64 seed)
{
    m_seedChosen = true;
    if (seed != m_seed) {
        m_seed = seed;
        emit seedChanged();
    }
}

void LocalMatch::setRealTime(bool realTime)
{
    if (realTime == m_realTime) {
        return;
    }
    m_realTime = realTime;
    if (m_realTime && phase() == QLatin1String("running")) {
        startClock();
    } else {
        m_tickTimer.stop();
    }
    emit realTimeChanged();
}

void LocalMatch::setStartError(const QString &error)
{
    if (error != m_startError) {
        m_startError = error;
        emit startErrorChanged();
    }
}

bool LocalMatch::start(const QVariantMap &config, const QVariantList &aiSeats,
                       const QString &difficulty, const QStringList &labels)
{
    auto parsed = engine::MatchConfig::fromJson(QJsonObject::fromVariantMap(config));
    if (const auto *errors = std::get_if<engine::FieldErrors>(&parsed)) {
        setStartError(tr("These settings cannot be played: %1")
                          .arg(errors->keys().join(QStringLiteral(", "))));
        return false;
    }
    const auto level = engine::aiDifficultyFromName(difficulty);
    if (!level) {
        setStartError(tr("Unknown difficulty: %1").arg(difficulty));
        return false;
    }
    const engine::MatchConfig matchConfig = std::get<engine::MatchConfig>(parsed);
    std::vector<int> computerSeats;
    for (const QVariant &seat : aiSeats) {
        const int number = seat.toInt();
        if (number < 0 || number >= matchConfig.playerCount()) {
            setStartError(tr("There is no seat %1 in this match.").arg(number + 1));
            return false;
        }
        computerSeats.push_back(number);
    }
    setStartError({});

    m_tickTimer.stop();
    m_countdownTimer.stop();
    if (!m_seedChosen) {
        m_seed = QRandomGenerator::global()->generate64();
    }
    m_seedChosen = false; // the next start draws a new one unless told otherwise
    emit seedChanged();
    m_match.emplace(matchConfig, m_seed);
    m_previous = m_match->snapshot();

    const QString levelName = *level == engine::AiDifficulty::Easy     ? tr("easy")
                              : *level == engine::AiDifficulty::Normal ? tr("normal")
                                                                       : tr("hard");
    m_aiPlayers.clear();
    QVariantList seats;
    for (int seat = 0; seat < matchConfig.playerCount(); ++seat) {
        const bool computer =
            std::find(computerSeats.begin(), computerSeats.end(), seat) != computerSeats.end();
        if (computer) {
            // Each AI its own random stream, derived from the match seed.
            const std::uint64_t aiSeed = m_seed ^ (0x9e3779b97f4a7c15ULL * std::uint64_t(seat + 1));
            m_aiPlayers.emplace_back(
                seat, std::make_unique<engine::AiPlayer>(matchConfig, seat, *level, aiSeed));
        }
        QString label = seat < labels.size() ? labels.at(seat).trimmed() : QString();
        if (label.isEmpty()) {
            label = computer ? tr("AI (%1)").arg(levelName) : tr("Player %1").arg(seat + 1);
        }
        seats.append(QVariantMap{
            {QStringLiteral("seat"), seat},
            {QStringLiteral("label"), label},
            {QStringLiteral("kind"), computer ? QStringLiteral("ai") : QStringLiteral("guest")},
            {QStringLiteral("userId"), QVariant()},
            {QStringLiteral("controlledByYou"), !computer}});
    }
    setSetup(computerSeats.empty() ? QStringLiteral("local") : QStringLiteral("ai"), matchConfig,
             seats, false, false);
    updateStandings(m_match->snapshot());
    setPhase(QStringLiteral("running"));
    startClock();
    return true;
}

int LocalMatch::advance(int steps)
{
    if (!m_match || m_realTime || phase() != QLatin1String("running")) {
        return 0;
    }
    int done = 0;
    for (; done < steps && !m_match->isOver(); ++done) {
        stepOnce();
    }
    updateStandings(m_match->snapshot());
    emit stateUpdated();
    finishIfOver();
    return done;
}

void LocalMatch::startClock()
{
    m_runStartNs = nowNs();
    m_runBaseStep = m_match ? m_match->currentStep() : 0;
    scheduleTick();
}

qint64 LocalMatch::stepDueAtNs(std::int64_t step) const
{
    return m_runStartNs + (step - m_runBaseStep) * kNsPerSecond / engine::kStepsPerSecond;
}

void LocalMatch::scheduleTick()
{
    if (!m_realTime || !m_match || phase() != QLatin1String("running")) {
        return;
    }
    const qint64 waitNs = stepDueAtNs(m_match->currentStep() + 1) - nowNs();
    m_tickTimer.start(int(std::clamp<qint64>((waitNs + 999'999) / 1'000'000, 1, 1000)));
}

void LocalMatch::runDueSteps()
{
    if (!m_match || phase() != QLatin1String("running")) {
        return;
    }
    const std::int64_t due =
        m_runBaseStep + (nowNs() - m_runStartNs) * engine::kStepsPerSecond / kNsPerSecond;
    const std::int64_t behind = due - m_match->currentStep();
    if (behind > kMaxCatchUpSteps) {
        // Drop the backlog: the clock restarts as if the last step due were the current one.
        m_runBaseStep += behind - kMaxCatchUpSteps;
    }
    for (std::int64_t i = 0; i < std::min(behind, kMaxCatchUpSteps) && !m_match->isOver(); ++i) {
        stepOnce();
    }
    updateStandings(m_match->snapshot());
    emit stateUpdated();
    finishIfOver();
    scheduleTick();
}

void LocalMatch::stepOnce()
{
    for (const auto &[seat, ai] : m_aiPlayers) {
        ai->offerSnapshot(m_match->snapshot()); // it takes one a second at most
        m_match->setInput(seat, ai->nextInput());
    }
    m_previous = m_match->snapshot();
    m_match->step();
    if (!m_match->events().empty()) {
        QStringList types;
        for (const engine::MatchEvent &event : m_match->events()) {
            types << engine::matchEventTypeName(event.type);
        }
        cueSounds(types);
    }
}

void LocalMatch::finishIfOver()
{
    if (m_match && m_match->isOver() && !isOver()) {
        m_tickTimer.stop();
        setOver(m_match->winner(), QStringLiteral("completed"));
    }
}

void LocalMatch::heldKeyChanged(int seat, engine::Input key)
{
    if (m_match && !m_match->isOver()) {
        m_match->setInput(seat, key);
    }
}

void LocalMatch::pause()
{
    if (!m_match ||
        (phase() != QLatin1String("running") && phase() != QLatin1String("countdown"))) {
        return;
    }
    m_tickTimer.stop();
    m_countdownTimer.stop();
    setPhase(QStringLiteral("paused"));
    setPause(QStringLiteral("requested"), {});
    emit stateUpdated();
}

void LocalMatch::resume()
{
    if (!m_match || phase() != QLatin1String("paused")) {
        return;
    }
    if (!m_realTime) {
        setPhase(QStringLiteral("running"));
        return;
    }
    setPhase(QStringLiteral("countdown"), nowNs() + kResumeCountdownNs);
    m_countdownTimer.start(int(kResumeCountdownNs / 1'000'000));
}

void LocalMatch::leave()
{
    if (!m_match || isOver()) {
        return;
    }
    m_tickTimer.stop();
    m_countdownTimer.stop();
    int winner = -1;
    if (!m_aiPlayers.empty()) {
        // Giving up against the computer is a forfeit: its best seat wins.
        const engine::Snapshot &state = m_match->snapshot();
        for (const auto &[seat, ai] : m_aiPlayers) {
            const engine::PlayerState &player = state.players[std::size_t(seat)];
            const auto standing = [&](int other) {
                const engine::PlayerState &p = state.players[std::size_t(other)];
                return isFourPlayers() ? p.lives : p.score;
            };
            if (!player.eliminated && (winner < 0 || standing(seat) > standing(winner))) {
                winner = seat;
            }
        }
    }
    setOver(winner, QStringLiteral("left"));
}

bool LocalMatch::frameAt(qint64 nowNs, engine::Snapshot &frame)
{
    if (!m_match) {
        return false;
    }
    const engine::Snapshot &current = m_match->snapshot();
    if (!m_realTime || phase() != QLatin1String("running") || current.step == 0) {
        frame = current;
        return true;
    }
    // One step behind the clock, between the last two states.
    const double renderStep =
        double(m_runBaseStep) +
        double(nowNs - m_runStartNs) * engine::kStepsPerSecond / kNsPerSecond - 1.0;
    frame = interpolateSnapshot(m_previous, current, renderStep - double(current.step - 1));
    return true;
}

} // namespace transcendence::client
