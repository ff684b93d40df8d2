#include "play/RemoteMatch.h"

#include "network/RealtimeClient.h"
#include "play/FrameInterpolation.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <limits>

namespace transcendence::client {
namespace {

constexpr double kTicksPerMs = engine::kStepsPerSecond / 1000.0;
constexpr qint64 kNsPerMs = 1'000'000;
// Others are drawn 1.5 snapshot intervals (of 2 steps) in the past, so that the next snapshot
// has usually arrived when it is needed.
constexpr double kInterpolationDelayTicks = 3.0;
// An estimate this far from a new sample is wrong (a stall, a resume), not noisy: start again.
constexpr double kOffsetResetTicks = 24.0;
constexpr double kOffsetSmoothing = 0.05;
// Prediction never runs further ahead of the newest server state than this (0.3 s).
constexpr qint64 kMaxPredictionTicks = 36;
constexpr std::size_t kBufferedSnapshots = 16;
// Further than any prediction reaches: the predicted serve and power-ups never come.
constexpr std::int64_t kNeverSteps = std::int64_t(1) << 40;

// What the prediction needs of a received state: the paddles. A binary snapshot has no ball
// velocities, random state or effect deadlines (and a predicted ball is never drawn anyway), so
// the predicted match holds the ball back and only the keys move its paddles: the received
// paddles, their lengths exact for the configuration, with the ball waiting for a serve that never
// comes. Empty when the received state cannot go on (over, or fewer than two players in).
std::optional<engine::Match> paddlePrediction(const engine::MatchConfig &config,
                                              const engine::Snapshot &received)
{
    const engine::Arena arena(config);
    engine::Snapshot state;
    state.step = received.step;
    state.phase = engine::MatchPhase::Serving;
    state.serveAtStep = received.step + kNeverSteps;
    state.nextPowerUpStep = received.step + kNeverSteps;
    state.randomState = {1, 2, 3, 4};
    state.players = received.players;
    state.receiver = -1;
    for (std::size_t i = 0; i < state.players.size(); ++i) {
        engine::PlayerState &player = state.players[i];
        const bool bigger = player.biggerPaddleUntil > 0;
        const bool smaller = player.smallerPaddleUntil > 0;
        player.biggerPaddleUntil = bigger ? state.step + kNeverSteps : 0;
        player.smallerPaddleUntil = smaller ? state.step + kNeverSteps : 0;
        player.paddleLength = engine::paddleLengthWithEffects(config.paddleLength, bigger, smaller);
        player.paddlePosition =
            arena.clampPaddle(arena.sideOf(int(i)), player.paddlePosition, player.paddleLength);
        if (state.receiver < 0 && !player.eliminated) {
            state.receiver = int(i);
        }
    }
    if (received.phase == engine::MatchPhase::Over || state.receiver < 0) {
        return std::nullopt;
    }
    auto restored = engine::Match::restore(config, state);
    if (!std::holds_alternative<engine::Match>(restored)) {
        return std::nullopt;
    }
    return std::get<engine::Match>(std::move(restored));
}

QVariantList seatList(const std::vector<protocol::SeatDescription> &seats)
{
    QVariantList list;
    for (const protocol::SeatDescription &seat : seats) {
        list.append(QVariantMap{
            {QStringLiteral("seat"), seat.seat},
            {QStringLiteral("label"), seat.label},
            {QStringLiteral("kind"), seat.kind},
            {QStringLiteral("userId"), seat.userId ? QVariant(*seat.userId) : QVariant()},
            {QStringLiteral("controlledByYou"), seat.controlledByYou},
        });
    }
    return list;
}

} // namespace

RemoteMatch::RemoteMatch(RealtimeClient *client, const protocol::MatchStarted &started,
                         QObject *parent)
    : MatchSession(parent)
    , m_client(client)
    , m_roomId(started.roomId)
{
    setUp(started);
}

RemoteMatch::~RemoteMatch() = default;

bool RemoteMatch::canPause() const
{
    return !isSpectating() && !isOver() &&
           (kind() == QLatin1String("local") || kind() == QLatin1String("ai"));
}

void RemoteMatch::setUp(const protocol::MatchStarted &started)
{
    m_buffer.clear();
    m_latest.reset();
    m_tickOffset.reset();
    m_pending.clear(); // a connection that joins counts its inputs afresh
    m_predicted.reset();
    m_predictionStale = true;
    m_serverPhase.clear();
    setSetup(protocol::roomKindName(started.kind), started.config, seatList(started.seats),
             started.spectating, started.replay);
    setPhase(QStringLiteral("waiting"));
}

void RemoteMatch::rejoined(const protocol::MatchStarted &started)
{
    setUp(started);
    if (m_detached || m_moved) {
        m_detached = false;
        m_moved = false;
        emit detachedChanged();
    }
}

bool RemoteMatch::send(const QJsonObject &message)
{
    return m_client && m_client->send(message);
}

double RemoteMatch::serverTickAt(qint64 nowNs) const
{
    return double(nowNs) / kNsPerMs * kTicksPerMs + m_tickOffset.value_or(0.0);
}

qint64 RemoteMatch::presentTick(qint64 nowNs) const
{
    // A key pressed now reaches the server a one-way trip later, and what we see of the server
    // is a one-way trip old: the paddle is predicted one round trip ahead of the server's clock.
    const int pingMs = m_client ? std::max(0, m_client->pingMs()) : 0;
    return qint64(std::llround(serverTickAt(nowNs) + pingMs * kTicksPerMs));
}

void RemoteMatch::applySnapshot(const protocol::MatchSnapshot &snapshot)
{
    if (isOver()) {
        return;
    }
    ++m_snapshotCount;
    const qint64 now = nowNs();
    m_serverPhase = protocol::roomPhaseName(snapshot.phase);
    if (snapshot.lastInputSeq) {
        while (!m_pending.empty() && m_pending.front().seq <= *snapshot.lastInputSeq) {
            m_pending.pop_front();
        }
    }
    m_latest = Received{snapshot.tick, snapshot.state};
    m_predictionStale = true;
    if (snapshot.phase == protocol::RoomPhase::Running) {
        const double sample = double(snapshot.tick) - double(now) / kNsPerMs * kTicksPerMs;
        if (!m_tickOffset || std::abs(sample - *m_tickOffset) > kOffsetResetTicks) {
            m_tickOffset = sample;
        } else {
            *m_tickOffset += (sample - *m_tickOffset) * kOffsetSmoothing;
        }
        if (m_buffer.empty() || m_buffer.back().tick < snapshot.tick) {
            m_buffer.push_back(*m_latest);
            if (m_buffer.size() > kBufferedSnapshots) {
                m_buffer.pop_front();
            }
        }
        setPhase(QStringLiteral("running"));
    } else {
        // The tick stands still: show this state as it is, and start the clock again on resume.
        m_buffer.clear();
        m_tickOffset.reset();
        const std::optional<qint64> endsAt =
            snapshot.phaseEndsInMs && snapshot.phase == protocol::RoomPhase::Countdown
                ? std::optional<qint64>(now + *snapshot.phaseEndsInMs * kNsPerMs)
                : std::nullopt;
        setPhase(m_serverPhase, endsAt);
    }
    setMissingSeats(snapshot.missingSeats);
    updateStandings(snapshot.state);
    if (!snapshot.events.isEmpty()) {
        QStringList types;
        for (const QJsonValue &event : snapshot.events) {
            types << event[QStringLiteral("type")].toString();
        }
        cueSounds(types);
    }
    emit stateUpdated();
}

void RemoteMatch::applyPaused(const protocol::MatchPaused &paused)
{
    if (isOver()) {
        return;
    }
    std::vector<Missing> missing;
    const qint64 now = nowNs();
    for (const protocol::MissingSeat &seat : paused.missing) {
        missing.push_back({seat.seat, seat.label, now + seat.forfeitInMs * kNsPerMs});
    }
    if (phase() == QLatin1String("running") || phase() == QLatin1String("countdown")) {
        setPhase(paused.reason == QLatin1String("waiting") ? QStringLiteral("waiting")
                                                           : QStringLiteral("paused"));
    }
    setPause(paused.reason, std::move(missing));
}

void RemoteMatch::applyResumed(const protocol::MatchResumed &resumed)
{
    if (!isOver()) {
        setPhase(QStringLiteral("countdown"), nowNs() + resumed.startsInMs * kNsPerMs);
    }
}

void RemoteMatch::applyLatency(const protocol::LatencyReport &latency)
{
    for (const protocol::SeatLatency &seat : latency.seats) {
        setPing(seat.seat, seat.pingMs.value_or(-1));
    }
}

void RemoteMatch::applyOver(const protocol::MatchOver &over)
{
    m_matchId = over.matchId;
    std::map<int, int> results;
    for (const protocol::SeatResult &seat : over.seats) {
        results[seat.seat] = isFourPlayers() ? seat.lives : seat.score;
    }
    m_pending.clear();
    setOver(over.winnerSeat.value_or(-1), protocol::matchOverReasonName(over.reason), results);
}

void RemoteMatch::applyMoved()
{
    m_moved = true;
    m_detached = true;
    releaseAll();
    emit detachedChanged();
}

void RemoteMatch::connectionLost()
{
    if (isOver() || m_detached) {
        return;
    }
    m_detached = true;
    releaseAll();
    m_buffer.clear();
    m_tickOffset.reset();
    m_serverPhase = QStringLiteral("paused");
    setPhase(QStringLiteral("paused"));
    emit detachedChanged();
}

double RemoteMatch::serverPaddle(int seat) const
{
    if (!m_latest || seat < 0 || seat >= int(m_latest->state.players.size())) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    return m_latest->state.players[std::size_t(seat)].paddlePosition;
}

void RemoteMatch::pause()
{
    if (canPause()) {
        send(QJsonObject{{QStringLiteral("type"), protocol::message_type::Pause}});
    }
}

void RemoteMatch::resume()
{
    if (canPause()) {
        send(QJsonObject{{QStringLiteral("type"), protocol::message_type::Resume}});
    }
}

void RemoteMatch::leave()
{
    if (!isOver()) {
        send(protocol::LeaveMatch{}.toJson());
    }
}

void RemoteMatch::heldKeyChanged(int seat, engine::Input key)
{
    if (isSpectating() || isOver() || m_detached) {
        return;
    }
    protocol::PlayInput input;
    input.seq = ++m_seq;
    input.seat = seat;
    input.key = key;
    if (!send(input.toJson())) {
        return;
    }
    const qint64 now = nowNs();
    const qint64 tick = m_latest ? std::max(presentTick(now), m_latest->tick) : 0;
    m_pending.push_back({input.seq, seat, key, tick});
    if (m_predicted && !m_predictionStale) {
        advancePrediction(tick);
    }
}

void RemoteMatch::advancePrediction(qint64 targetTick)
{
    if (!m_latest) {
        return;
    }
    if (m_predictionStale || !m_predicted) {
        m_predicted = paddlePrediction(matchConfig(), m_latest->state);
        if (!m_predicted) {
            return;
        }
        m_predictionStale = false;
    }
    targetTick = std::clamp(targetTick, m_latest->tick, m_latest->tick + kMaxPredictionTicks);
    // The keys sent since the newest state, each from the step it should reach the server at
    // (one sent later than foreseen applies at once).
    const auto applyDue = [this] {
        for (const PendingInput &input : m_pending) {
            if (input.tick <= m_predicted->currentStep()) {
                m_predicted->setInput(input.seat, input.key);
            }
        }
    };
    applyDue();
    while (m_predicted->currentStep() < targetTick && !m_predicted->isOver()) {
        m_predicted->step();
        applyDue();
    }
}

bool RemoteMatch::frameAt(qint64 nowNs, engine::Snapshot &frame)
{
    if (!m_latest) {
        return false;
    }
    const bool running = m_serverPhase == QLatin1String("running") && !isOver() && !m_detached;
    if (!running || m_buffer.empty() || !m_tickOffset) {
        frame = m_latest->state;
    } else {
        const double renderTick = serverTickAt(nowNs) - kInterpolationDelayTicks;
        const Received *from = &m_buffer.front();
        const Received *to = &m_buffer.front();
        for (std::size_t i = m_buffer.size(); i-- > 0;) {
            if (double(m_buffer[i].tick) <= renderTick) {
                from = &m_buffer[i];
                to = &m_buffer[std::min(i + 1, m_buffer.size() - 1)];
                break;
            }
        }
        const double span = double(to->tick - from->tick);
        frame = interpolateSnapshot(from->state, to->state,
                                    span > 0 ? (renderTick - double(from->tick)) / span : 1.0);
    }
    if (running && !isSpectating() && !controlledSeats().empty()) {
        advancePrediction(presentTick(nowNs));
        if (m_predicted) {
            for (int seat : controlledSeats()) {
                const auto index = std::size_t(seat);
                if (index < frame.players.size() &&
                    index < m_predicted->snapshot().players.size()) {
                    frame.players[index].paddlePosition =
                        m_predicted->snapshot().players[index].paddlePosition;
                }
            }
        }
    }
    return true;
}

} // namespace transcendence::client
