#include "play/MatchSession.h"

#include "engine/Arena.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace transcendence::client {
namespace {

constexpr qint64 kNsPerSecond = 1'000'000'000;

int secondsUntil(qint64 deadlineNs, qint64 nowNs)
{
    return int(std::max<qint64>(0, (deadlineNs - nowNs + kNsPerSecond - 1) / kNsPerSecond));
}

QString keyName(engine::Input key)
{
    return engine::inputName(key);
}

} // namespace

MatchSession::MatchSession(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    // Countdowns are shown in whole seconds: a quarter-second tick keeps them on time.
    m_secondsTimer.setInterval(250);
    connect(&m_secondsTimer, &QTimer::timeout, this, &MatchSession::refreshSecondsLeft);
    // Whether a match can be paused depends on its kind and on whether it is over.
    connect(this, &MatchSession::setupChanged, this, &MatchSession::canPauseChanged);
    connect(this, &MatchSession::phaseChanged, this, &MatchSession::canPauseChanged);
}

MatchSession::~MatchSession() = default;

QVariantMap MatchSession::configMap() const
{
    return m_config.toJson().toVariantMap();
}

double MatchSession::arenaWidth() const
{
    return engine::Arena(m_config).width();
}

double MatchSession::arenaHeight() const
{
    return engine::Arena(m_config).height();
}

QVariantList MatchSession::controlledSeatList() const
{
    QVariantList list;
    for (int seat : m_keys.seats()) {
        list.append(seat);
    }
    return list;
}

QVariantList MatchSession::missing() const
{
    QVariantList list;
    const qint64 now = nowNs();
    for (const Missing &seat : m_missing) {
        list.append(
            QVariantMap{{QStringLiteral("seat"), seat.seat},
                        {QStringLiteral("label"), seat.label},
                        {QStringLiteral("secondsLeft"), secondsUntil(seat.deadlineNs, now)}});
    }
    return list;
}

QString MatchSession::seatLabel(int seat) const
{
    for (const QVariant &entry : m_seats) {
        const QVariantMap map = entry.toMap();
        if (map.value(QStringLiteral("seat")).toInt() == seat) {
            return map.value(QStringLiteral("label")).toString();
        }
    }
    return {};
}

double MatchSession::drawnPaddle(int seat)
{
    engine::Snapshot frame;
    if (!frameAt(nowNs(), frame) || seat < 0 || seat >= int(frame.players.size())) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    return frame.players[std::size_t(seat)].paddlePosition;
}

bool MatchSession::handleKey(int key, bool pressed, bool autoRepeat)
{
    if (isOver()) {
        return false;
    }
    const auto binding = SeatKeys::bindingFor(m_keys.seats(), key);
    if (!binding) {
        return false;
    }
    if (autoRepeat) {
        return true;
    }
    const QString source = QStringLiteral("key-%1").arg(key);
    applyChanges(pressed ? m_keys.press(binding->seat, binding->direction, source)
                         : m_keys.release(source));
    return true;
}

void MatchSession::press(int seat, bool up, const QString &source)
{
    if (!isOver()) {
        applyChanges(m_keys.press(seat, up ? engine::Input::Up : engine::Input::Down, source));
    }
}

void MatchSession::release(const QString &source)
{
    applyChanges(m_keys.release(source));
}

void MatchSession::releaseAll()
{
    applyChanges(m_keys.releaseAll());
}

QString MatchSession::heldKey(int seat) const
{
    return keyName(m_keys.held(seat));
}

void MatchSession::applyChanges(const std::vector<int> &seats)
{
    for (int seat : seats) {
        heldKeyChanged(seat, m_keys.held(seat));
    }
}

void MatchSession::setSetup(const QString &kind, const engine::MatchConfig &config,
                            const QVariantList &seats, bool spectating, bool replay)
{
    m_kind = kind;
    m_config = config;
    m_seats = seats;
    m_spectating = spectating;
    m_replay = replay;
    std::vector<int> controlled;
    for (const QVariant &entry : seats) {
        const QVariantMap map = entry.toMap();
        if (map.value(QStringLiteral("controlledByYou")).toBool()) {
            controlled.push_back(map.value(QStringLiteral("seat")).toInt());
        }
    }
    m_keys.setSeats(controlled);
    m_pings.assign(std::size_t(config.playerCount()), -1);
    m_lastState.reset();
    m_results.clear();
    m_missingSeats.clear();
    m_winnerSeat = -1;
    m_endReason.clear();
    rebuildStandings();
    emit setupChanged();
    // A new match: no longer over, until it starts (the caller sets its phase next).
    setPhase(QStringLiteral("waiting"));
    emit overChanged();
}

void MatchSession::setPhase(const QString &phase, std::optional<qint64> endsAtNs)
{
    const bool changed = phase != m_phase;
    const bool overChange = changed && (phase == QLatin1String("over") || isOver());
    m_phase = phase;
    m_phaseEndsAtNs = endsAtNs;
    if (phase != QLatin1String("paused") && phase != QLatin1String("waiting") &&
        !m_pauseReason.isEmpty()) {
        m_pauseReason.clear();
        m_missing.clear();
        emit pauseChanged();
    }
    if (phase == QLatin1String("over")) {
        m_keys.releaseAll(); // nothing to send any more
    }
    refreshSecondsLeft();
    if (changed) {
        emit phaseChanged();
    }
    if (overChange) {
        emit overChanged();
    }
    emit stateUpdated();
}

void MatchSession::setPause(const QString &reason, std::vector<Missing> missing)
{
    m_pauseReason = reason;
    m_missing = std::move(missing);
    refreshSecondsLeft();
    emit pauseChanged();
}

void MatchSession::refreshSecondsLeft()
{
    const qint64 now = nowNs();
    int seconds = -1;
    if (m_phaseEndsAtNs) {
        seconds = secondsUntil(*m_phaseEndsAtNs, now);
    } else if (!m_missing.empty()) {
        seconds = secondsUntil(m_missing.front().deadlineNs, now);
    }
    if (seconds != m_phaseSecondsLeft) {
        m_phaseSecondsLeft = seconds;
        emit phaseSecondsLeftChanged();
        if (!m_missing.empty()) {
            emit pauseChanged(); // each missing player's seconds
        }
    }
    const bool counting = m_phaseEndsAtNs.has_value() || !m_missing.empty();
    if (counting && !m_secondsTimer.isActive()) {
        m_secondsTimer.start();
    } else if (!counting) {
        m_secondsTimer.stop();
    }
}

void MatchSession::updateStandings(const engine::Snapshot &state)
{
    if (m_lastState) {
        for (std::size_t i = 0; i < state.players.size() && i < m_lastState->players.size(); ++i) {
            const engine::PlayerState &now = state.players[i];
            const engine::PlayerState &before = m_lastState->players[i];
            if (now.score > before.score || now.lives < before.lives) {
                emit pointScored(int(i));
            }
        }
    }
    const bool changed = !m_lastState || m_lastState->players != state.players;
    m_lastState = state;
    m_tick = state.step;
    if (changed) {
        rebuildStandings();
    }
}

void MatchSession::cueSounds(const QStringList &eventTypes)
{
    bool paddle = false;
    bool wall = false;
    bool point = false;
    for (const QString &type : eventTypes) {
        paddle = paddle || type == QLatin1String("paddle_hit");
        wall = wall || type == QLatin1String("wall_bounce") ||
               type == QLatin1String("obstacle_bounce");
        point =
            point || type == QLatin1String("point_scored") || type == QLatin1String("life_lost");
    }
    // A point drowns the bounce that came with it.
    if (point) {
        emit soundCue(QStringLiteral("point"));
    } else if (paddle) {
        emit soundCue(QStringLiteral("paddle"));
    } else if (wall) {
        emit soundCue(QStringLiteral("wall"));
    }
}

void MatchSession::setMissingSeats(const std::vector<int> &seats)
{
    if (seats != m_missingSeats) {
        m_missingSeats = seats;
        rebuildStandings();
    }
}

void MatchSession::setPing(int seat, int pingMs)
{
    if (seat >= 0 && seat < int(m_pings.size()) && m_pings[std::size_t(seat)] != pingMs) {
        m_pings[std::size_t(seat)] = pingMs;
        rebuildStandings();
    }
}

void MatchSession::setOver(int winnerSeat, const QString &reason, const std::map<int, int> &results)
{
    m_winnerSeat = winnerSeat;
    m_endReason = reason;
    m_results = results;
    rebuildStandings();
    setPhase(QStringLiteral("over"));
}

void MatchSession::rebuildStandings()
{
    QVariantList list;
    for (int seat = 0; seat < m_config.playerCount(); ++seat) {
        const engine::PlayerState player = m_lastState && seat < int(m_lastState->players.size())
                                               ? m_lastState->players[std::size_t(seat)]
                                               : engine::PlayerState{};
        int score = player.score;
        int lives = m_lastState ? player.lives : m_config.lives;
        if (const auto result = m_results.find(seat); result != m_results.end()) {
            (isFourPlayers() ? lives : score) = result->second;
        }
        list.append(QVariantMap{
            {QStringLiteral("seat"), seat},
            {QStringLiteral("label"), seatLabel(seat)},
            {QStringLiteral("score"), score},
            {QStringLiteral("lives"), lives},
            {QStringLiteral("eliminated"), player.eliminated},
            {QStringLiteral("missing"),
             std::find(m_missingSeats.begin(), m_missingSeats.end(), seat) != m_missingSeats.end()},
            {QStringLiteral("pingMs"),
             seat < int(m_pings.size()) ? m_pings[std::size_t(seat)] : -1},
        });
    }
    m_standings = list;
    emit standingsChanged();
}

} // namespace transcendence::client
