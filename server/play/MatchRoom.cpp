#include "play/MatchRoom.h"

#include "protocol/Envelope.h"

#include <QTimer>

#include <algorithm>

namespace transcendence::server {
namespace {

// The timer only wakes the room; how many steps to run comes from the clock, so a late
// wake-up is caught up and the match never drifts from real time.
constexpr int kTickIntervalMs = 1000 / engine::kStepsPerSecond;
// At most this many steps in one wake-up (0.1 s): after a longer stall the match slows down
// for a moment instead of jumping ahead.
constexpr std::int64_t kMaxCatchUpSteps = engine::kStepsPerSecond / 10;
constexpr std::int64_t kStepsPerSnapshot = engine::kStepsPerSecond / MatchRoom::kSnapshotsPerSecond;

} // namespace

MatchRoom::MatchRoom(MatchRoomSetup setup)
    : m_setup(std::move(setup))
    , m_match(m_setup.config, m_setup.seed)
    , m_log(m_setup.config.playerCount())
{
    for (const MatchSeat &seat : m_setup.seats) {
        if (seat.kind == SeatKind::Ai) {
            // Each AI its own random stream, derived from the match seed.
            const std::uint64_t aiSeed = m_setup.seed ^ (0x9e3779b97f4a7c15ULL * (seat.seat + 1));
            m_aiPlayers.emplace_back(
                seat.seat, std::make_unique<engine::AiPlayer>(m_setup.config, seat.seat,
                                                              m_setup.difficulty, aiSeed));
        }
    }
}

MatchRoom::~MatchRoom() = default;

void MatchRoom::start()
{
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_tickTimer = new QTimer(this);
    m_tickTimer->setTimerType(Qt::PreciseTimer);
    m_tickTimer->setInterval(kTickIntervalMs);
    connect(m_tickTimer, &QTimer::timeout, this, &MatchRoom::tick);
    m_clock.start();
    m_tickTimer->start();
    sendSnapshots(); // tick 0: clients can draw at once
    m_nextSnapshotStep = kStepsPerSnapshot;
}

void MatchRoom::applyInput(const QString &connectionId, qint64 seq, int seat, engine::Input key)
{
    if (m_ended) {
        return;
    }
    holdKey(seat, key);
    m_lastInputSeq.insert(connectionId, seq);
}

void MatchRoom::participantLeft(const QString &connectionId)
{
    if (!m_ended && m_setup.participants.contains(connectionId)) {
        finish(protocol::MatchOverReason::Left);
    }
}

void MatchRoom::tick()
{
    if (m_ended) {
        return;
    }
    const std::int64_t due = m_clock.nsecsElapsed() * engine::kStepsPerSecond / 1'000'000'000;
    std::int64_t steps = due - m_stepsDue;
    if (steps > kMaxCatchUpSteps) {
        steps = kMaxCatchUpSteps;
    }
    m_stepsDue = due;
    for (std::int64_t i = 0; i < steps && !m_match.isOver(); ++i) {
        advanceOneStep();
    }
    if (m_match.isOver()) {
        sendSnapshots();
        finish(protocol::MatchOverReason::Completed);
        return;
    }
    if (m_match.currentStep() >= m_nextSnapshotStep) {
        sendSnapshots();
        m_nextSnapshotStep = m_match.currentStep() + kStepsPerSnapshot;
    }
}

void MatchRoom::advanceOneStep()
{
    for (const auto &[seat, ai] : m_aiPlayers) {
        ai->offerSnapshot(m_match.snapshot()); // it takes one a second at most
        holdKey(seat, ai->nextInput());
    }
    m_match.step();
    for (const engine::MatchEvent &event : m_match.events()) {
        m_pendingEvents.append(event.toJson());
        if (event.type == engine::MatchEvent::Type::PlayerEliminated) {
            m_eliminationOrder.push_back(event.player);
        }
    }
}

void MatchRoom::holdKey(int seat, engine::Input key)
{
    // The log keeps what the engine was told, at the step it applies to: the replay feeds
    // the same calls to a fresh Match.
    m_match.setInput(seat, key);
    m_log.record(m_match.currentStep(), seat, key);
}

void MatchRoom::sendSnapshots()
{
    protocol::MatchSnapshot snapshot;
    snapshot.roomId = m_setup.roomId;
    snapshot.tick = m_match.currentStep();
    snapshot.state = m_match.snapshot();
    snapshot.events = m_pendingEvents;
    m_pendingEvents = QJsonArray();
    for (const QString &connectionId : std::as_const(m_setup.participants)) {
        const auto seq = m_lastInputSeq.constFind(connectionId);
        snapshot.lastInputSeq =
            seq == m_lastInputSeq.cend() ? std::nullopt : std::optional<qint64>(*seq);
        emit messageReady(connectionId, protocol::serialize(snapshot.toJson()));
    }
}

void MatchRoom::finish(protocol::MatchOverReason reason)
{
    m_ended = true;
    if (m_tickTimer) {
        m_tickTimer->stop();
    }
    m_log.finish(m_match.currentStep());
    emit ended(result(reason));
}

MatchRoomResult MatchRoom::result(protocol::MatchOverReason reason) const
{
    MatchRoomResult out;
    out.roomId = m_setup.roomId;
    out.participants = m_setup.participants;
    out.over.roomId = m_setup.roomId;
    out.over.reason = reason;

    MatchRecord &record = out.record;
    record.kind = m_setup.kind == protocol::PlayKind::Ai ? MatchKind::Ai : MatchKind::Local;
    record.config = m_setup.config;
    record.seed = m_setup.seed;
    record.inputLog = m_log;
    record.finalStateHash = m_match.stateHash();
    record.startedAt = m_startedAt.isValid() ? m_startedAt : QDateTime::currentDateTimeUtc();
    record.endedAt = QDateTime::currentDateTimeUtc();
    record.seats = m_setup.seats;

    const bool fourPlayers = m_setup.config.mode == engine::GameMode::FourPlayers;
    const auto &players = m_match.snapshot().players;
    for (MatchSeat &seat : record.seats) {
        const engine::PlayerState &state = players[std::size_t(seat.seat)];
        seat.score = fourPlayers ? 0 : state.score;
        seat.livesLeft = fourPlayers ? state.lives : 0;
        out.over.seats.push_back({seat.seat, state.score, state.lives});
    }

    int winner = -1;
    if (reason == protocol::MatchOverReason::Completed) {
        record.endReason = MatchEndReason::Completed;
        winner = m_match.winner();
    } else if (m_setup.kind == protocol::PlayKind::Ai) {
        // The user gave up against the computer: a forfeit, the best-placed AI seat wins.
        record.endReason = MatchEndReason::Forfeit;
        const std::vector<int> ranks = placements(-1);
        for (const MatchSeat &seat : record.seats) {
            if (seat.kind == SeatKind::Ai &&
                (winner < 0 || ranks[std::size_t(seat.seat)] < ranks[std::size_t(winner)])) {
                winner = seat.seat;
            }
        }
        for (MatchSeat &seat : record.seats) {
            seat.forfeited = seat.kind != SeatKind::Ai;
        }
    } else {
        // One keyboard, everyone at it left: nobody won.
        record.endReason = MatchEndReason::Abandoned;
    }
    record.winnerSeat = winner;
    if (winner >= 0) {
        out.over.winnerSeat = winner;
        const std::vector<int> ranks = placements(winner);
        for (MatchSeat &seat : record.seats) {
            seat.placement = ranks[std::size_t(seat.seat)];
        }
    }
    return out;
}

// 1 for the winner (when there is one), then the others by how well they were doing: still in
// before out, more lives or points first, eliminated later before eliminated earlier.
std::vector<int> MatchRoom::placements(int winner) const
{
    const auto &players = m_match.snapshot().players;
    const auto eliminatedAt = [this](int seat) {
        const auto it = std::find(m_eliminationOrder.begin(), m_eliminationOrder.end(), seat);
        return it == m_eliminationOrder.end() ? int(m_eliminationOrder.size())
                                              : int(it - m_eliminationOrder.begin());
    };
    std::vector<int> order(players.size());
    for (std::size_t seat = 0; seat < order.size(); ++seat) {
        order[seat] = int(seat);
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if ((a == winner) != (b == winner)) {
            return a == winner;
        }
        if (eliminatedAt(a) != eliminatedAt(b)) {
            return eliminatedAt(a) > eliminatedAt(b);
        }
        const auto &left = players[std::size_t(a)];
        const auto &right = players[std::size_t(b)];
        return left.lives + left.score > right.lives + right.score;
    });
    std::vector<int> ranks(players.size());
    for (std::size_t place = 0; place < order.size(); ++place) {
        ranks[std::size_t(order[place])] = int(place) + 1;
    }
    return ranks;
}

} // namespace transcendence::server
