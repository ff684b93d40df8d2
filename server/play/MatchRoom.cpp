#include "play/MatchRoom.h"

#include "app/StructuredLog.h"
#include "metrics/ServerMetrics.h"
#include "play/GameClock.h"
#include "protocol/Envelope.h"

#include <QCoreApplication>

#include <algorithm>

namespace transcendence::server {

using namespace Qt::StringLiterals;
namespace proto = transcendence::protocol;

namespace {

// The thread's GameClock wakes the room at every step of its 120 Hz grid; how many steps to
// run comes from the grid, so a late wake-up is caught up and the match never drifts from real
// time. Outside the running phase the room looks at its deadlines on the same ticks.
// At most this many steps in one wake-up (0.1 s): after a longer stall the match slows down
// for a moment instead of jumping ahead.
constexpr std::int64_t kMaxCatchUpSteps = engine::kStepsPerSecond / 10;
constexpr std::int64_t kStepsPerSnapshot = engine::kStepsPerSecond / MatchRoom::kSnapshotsPerSecond;
constexpr qint64 kIdleSnapshotIntervalMs = 1000 / MatchRoom::kIdleSnapshotsPerSecond;
// A pause a player asked for ends the match if nobody resumes it within this time: no room
// lives forever.
constexpr qint64 kMaxRequestedPauseMs = 10 * 60 * 1000;

bool oneController(proto::RoomKind kind)
{
    return kind == proto::RoomKind::Local || kind == proto::RoomKind::Ai;
}

} // namespace

MatchRoom::MatchRoom(MatchRoomSetup setup)
    : m_setup(std::move(setup))
    , m_match(m_setup.config, m_setup.seed)
    , m_log(m_setup.config.playerCount())
{
    const auto seatCount = std::size_t(m_setup.config.playerCount());
    std::sort(m_setup.seats.begin(), m_setup.seats.end(),
              [](const MatchSeat &a, const MatchSeat &b) { return a.seat < b.seat; });
    m_controllers = m_setup.controllers;
    m_controllers.resize(seatCount);
    for (const QString &connectionId : std::as_const(m_setup.binaryControllers)) {
        m_binaryConnections.insert(connectionId);
    }
    m_missingUntil.assign(seatCount, -1);
    m_forfeited.assign(seatCount, false);
    m_everEntered.assign(seatCount, false);
    for (const MatchSeat &seat : m_setup.seats) {
        if (seat.kind == SeatKind::Ai) {
            m_controllers[std::size_t(seat.seat)].clear();
            // Each AI its own random stream, derived from the match seed.
            const std::uint64_t aiSeed = m_setup.seed ^ (0x9e3779b97f4a7c15ULL * (seat.seat + 1));
            m_aiPlayers.emplace_back(
                seat.seat, std::make_unique<engine::AiPlayer>(m_setup.config, seat.seat,
                                                              m_setup.difficulty, aiSeed));
        }
    }
}

MatchRoom::~MatchRoom()
{
    if (m_clock) {
        m_clock->remove(this);
    }
}

bool MatchRoom::needsPlayer(int seat) const
{
    return seat >= 0 && seat < int(m_setup.seats.size()) &&
           m_setup.seats[std::size_t(seat)].kind != SeatKind::Ai;
}

std::vector<int> MatchRoom::missingSeats() const
{
    std::vector<int> seats;
    for (int seat = 0; seat < int(m_missingUntil.size()); ++seat) {
        if (m_missingUntil[std::size_t(seat)] >= 0) {
            seats.push_back(seat);
        }
    }
    return seats;
}

QStringList MatchRoom::participants() const
{
    QStringList out;
    for (const QString &connectionId : m_controllers) {
        if (!connectionId.isEmpty() && !out.contains(connectionId)) {
            out << connectionId;
        }
    }
    for (const QString &connectionId : m_spectators) {
        if (!out.contains(connectionId)) {
            out << connectionId;
        }
    }
    return out;
}

void MatchRoom::start()
{
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_showUpBy = m_startedAt.addMSecs(m_setup.showUpMs);
    m_wall.start();
    for (int seat = 0; seat < int(m_controllers.size()); ++seat) {
        if (needsPlayer(seat) && m_controllers[std::size_t(seat)].isEmpty()) {
            m_missingUntil[std::size_t(seat)] = m_setup.showUpMs;
        }
        m_everEntered[std::size_t(seat)] = !m_controllers[std::size_t(seat)].isEmpty();
    }
    if (m_setup.resume && !restore()) {
        m_setup.resume.reset(); // cannot happen with a checkpoint we wrote: start afresh
    }
    if (m_setup.resume) {
        // Its host died: everyone is missing until they come back (within the grace time, or
        // by the show-up deadline for whoever had not entered yet).
        m_backFromTakeover = m_everRan;
        setPhase(m_everRan ? proto::RoomPhase::Paused : proto::RoomPhase::Waiting, -1);
        sendPauseNotice();
    } else if (!missingSeats().empty()) {
        setPhase(proto::RoomPhase::Waiting, -1);
        sendPauseNotice();
    } else if (oneController(m_setup.kind)) {
        enterRunning(); // one person at one keyboard: they pressed play
    } else {
        startCountdown(m_setup.countdownMs); // several people: everyone gets ready
    }
    sendSnapshots(); // clients can draw at once
    emitStatus();
    if (!m_ended) {
        m_clock = GameClock::forCurrentThread();
        m_clock->add(this);
    }
}

bool MatchRoom::restore()
{
    const MatchResume &resume = *m_setup.resume;
    const std::vector<replay::InputChange> &changes = resume.log.changes();
    std::size_t next = 0;
    while (m_match.currentStep() < resume.step && !m_match.isOver()) {
        while (next < changes.size() && changes[next].step == m_match.currentStep()) {
            holdKey(changes[next].player, changes[next].input); // the AI's keys too
            ++next;
        }
        m_match.step();
    }
    // Keys changed since the last step: held from the next step on, as they were.
    if (m_match.currentStep() == resume.step) {
        const auto players = m_match.snapshot().players;
        for (int seat = 0; seat < int(resume.held.size()) && seat < int(players.size()); ++seat) {
            if (players[std::size_t(seat)].input != resume.held[std::size_t(seat)]) {
                holdKey(seat, resume.held[std::size_t(seat)]);
            }
        }
    }
    if (m_match.currentStep() != resume.step || m_match.stateHash() != resume.stateHash ||
        resume.forfeited.size() != m_forfeited.size()) {
        StructuredLog::error(u"room_restore_mismatch"_s,
                             {{u"roomId"_s, m_setup.roomId}, {u"step"_s, qint64(resume.step)}});
        m_match = engine::Match(m_setup.config, m_setup.seed);
        m_log = replay::InputLog(m_setup.config.playerCount());
        m_eliminationOrder.clear();
        return false;
    }
    m_forfeited = resume.forfeited;
    m_everEntered = resume.everEntered;
    m_eliminationOrder = resume.eliminationOrder;
    if (resume.startedAt.isValid()) {
        m_startedAt = resume.startedAt;
    }
    m_everRan = resume.everRan;
    if (resume.showUpBy.isValid()) {
        m_showUpBy = resume.showUpBy;
    }
    const qint64 showUpLeft =
        std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(m_showUpBy));
    m_recipientsStale = true;
    for (int seat = 0; seat < int(m_controllers.size()); ++seat) {
        const auto index = std::size_t(seat);
        m_controllers[index].clear();
        const bool waitFor = needsPlayer(seat) && !m_forfeited[index];
        const qint64 wait = m_everEntered[index] ? m_setup.graceMs : showUpLeft;
        m_missingUntil[index] = waitFor ? now() + wait : -1;
    }
    return true;
}

void MatchRoom::sendCheckpoint()
{
    m_nextCheckpointAt = now() + 1000;
    MatchResume resume;
    resume.log = m_log;
    resume.log.finish(m_match.currentStep()); // keys set for the next step come again
    resume.step = m_match.currentStep();
    resume.stateHash = m_match.stateHash();
    resume.forfeited = m_forfeited;
    resume.everEntered = m_everEntered;
    resume.eliminationOrder = m_eliminationOrder;
    resume.startedAt = m_startedAt;
    resume.everRan = m_everRan;
    resume.showUpBy = m_showUpBy;
    for (const engine::PlayerState &player : m_match.snapshot().players) {
        resume.held.push_back(player.input);
    }
    emit checkpointReady(m_setup.roomId, encodeCheckpoint(m_setup, resume));
}

void MatchRoom::setPhase(proto::RoomPhase phase, qint64 endsAt)
{
    m_phase = phase;
    m_phaseEndsAt = endsAt;
    m_nextIdleSnapshotAt = 0; // the next tick tells clients
}

void MatchRoom::startCountdown(int countdownMs)
{
    setPhase(proto::RoomPhase::Countdown, now() + countdownMs);
}

void MatchRoom::enterRunning()
{
    setPhase(proto::RoomPhase::Running, -1);
    m_everRan = true;
    m_runStartIndex = GameClock::stepIndex(GameClock::now());
    m_runBaseStep = m_match.currentStep();
    m_sinceSnapshot.invalidate(); // a pause is no gap
    // The first snapshot of this stretch comes after its first step: the tick it would show
    // has been sent already (while waiting, counting down or paused).
    m_nextSnapshotStep = m_match.currentStep() + 1;
}

void MatchRoom::postInput(const QString &connectionId, qint64 seq, int seat, engine::Input key)
{
    const QMutexLocker lock(&m_inboxMutex);
    m_inbox.push_back({connectionId, seq, seat, key});
}

void MatchRoom::takeInputs()
{
    {
        const QMutexLocker lock(&m_inboxMutex);
        if (m_inbox.empty()) {
            return;
        }
        m_taking.swap(m_inbox);
    }
    // What the server thread queued to this room before these inputs comes first (a player
    // attached, then sent inputs at once): the room's queued calls run now, in their order.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    for (const PostedInput &input : m_taking) {
        applyInput(input.connectionId, input.seq, input.seat, input.key);
    }
    m_taking.clear(); // keeps its capacity: the next swap gives the inbox an allocated vector
}

void MatchRoom::tick()
{
    takeInputs();
    if (m_ended) {
        return;
    }
    const proto::RoomPhase before = m_phase;
    switch (m_phase) {
    case proto::RoomPhase::Running:
        runSteps();
        break;
    case proto::RoomPhase::Countdown:
        if (now() >= m_phaseEndsAt) {
            enterRunning();
            runSteps();
        }
        break;
    case proto::RoomPhase::Waiting:
    case proto::RoomPhase::Paused:
        if (m_pauseRequested && now() >= m_phaseEndsAt) {
            // Nobody came back to a paused match: everyone at it gave up.
            for (int seat = 0; seat < int(m_forfeited.size()); ++seat) {
                m_forfeited[std::size_t(seat)] =
                    m_forfeited[std::size_t(seat)] || needsPlayer(seat);
            }
            endIfDecided(proto::MatchOverReason::Left);
        } else {
            forfeitExpiredSeats();
        }
        break;
    }
    if (m_ended) {
        return;
    }
    if (m_phase != before) {
        emitStatus();
    }
    if (m_setup.checkpoints && now() >= m_nextCheckpointAt) {
        sendCheckpoint();
    }
    if (m_phase != proto::RoomPhase::Running && now() >= m_nextIdleSnapshotAt) {
        sendSnapshots();
        m_nextIdleSnapshotAt = now() + kIdleSnapshotIntervalMs;
    }
}

void MatchRoom::runSteps()
{
    // Steps the clock asks for since play (re)started; a backlog beyond the cap is dropped.
    const qint64 clockNow = GameClock::now();
    const std::int64_t due = m_runBaseStep + GameClock::stepIndex(clockNow) - m_runStartIndex;
    std::int64_t steps = std::min(due - m_match.currentStep(), kMaxCatchUpSteps);
    if (steps > 0) { // how late the first of them runs, against its place on the 120 Hz grid
        const qint64 firstDueIndex = m_runStartIndex + m_match.currentStep() + 1 - m_runBaseStep;
        metrics::observeTickLateness(double(clockNow - GameClock::gridTime(firstDueIndex)) / 1e6);
    }
    if (due - m_match.currentStep() > kMaxCatchUpSteps) {
        m_runBaseStep -= due - m_match.currentStep() - kMaxCatchUpSteps;
    }
    bool scored = false;
    bool pointEnded = false;
    for (std::int64_t i = 0; i < steps && !m_match.isOver(); ++i) {
        const std::size_t eventsBefore = m_pendingEvents.size();
        advanceOneStep();
        scored = scored || m_pendingEvents.size() != eventsBefore;
        for (const engine::MatchEvent &event : m_match.events()) {
            pointEnded = pointEnded || event.type == engine::MatchEvent::Type::PointScored ||
                         event.type == engine::MatchEvent::Type::LifeLost;
        }
    }
    if (m_match.isOver() || lastPlayerStanding()) {
        sendSnapshots();
        finish(proto::MatchOverReason::Completed, completedWinner());
        return;
    }
    if (scored) {
        emitStatus();
        if (m_setup.checkpoints && pointEnded) {
            sendCheckpoint(); // a point is never lost with its host
        }
    }
    if (m_match.currentStep() >= m_nextSnapshotStep) {
        if (m_sinceSnapshot.isValid()) {
            metrics::observeSnapshotGap(double(m_sinceSnapshot.nsecsElapsed()) / 1e6);
        }
        m_sinceSnapshot.start();
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
        m_pendingEvents.push_back(event);
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

void MatchRoom::applyInput(const QString &connectionId, qint64 seq, int seat, engine::Input key)
{
    if (m_ended || seat < 0 || seat >= int(m_controllers.size()) ||
        m_controllers[std::size_t(seat)] != connectionId || m_forfeited[std::size_t(seat)]) {
        return;
    }
    holdKey(seat, key);
    m_lastInputSeq.insert(connectionId, seq);
    if (!m_recipientsStale) {
        for (SnapshotDelivery::Recipient &recipient : m_recipients) {
            if (recipient.connectionId == connectionId) {
                recipient.lastInputSeq = seq;
            }
        }
    }
}

void MatchRoom::attach(const QString &connectionId, const std::vector<int> &seats,
                       proto::SnapshotEncoding encoding)
{
    m_recipientsStale = true;
    if (m_ended) {
        return;
    }
    noteEncoding(connectionId, encoding);
    for (int seat : seats) {
        if (needsPlayer(seat) && !m_forfeited[std::size_t(seat)]) {
            m_controllers[std::size_t(seat)] = connectionId;
            m_missingUntil[std::size_t(seat)] = -1;
            m_everEntered[std::size_t(seat)] = true;
        }
    }
    m_spectators.removeAll(connectionId);
    m_lastInputSeq.remove(connectionId); // a new connection counts its inputs afresh
    onPlayersChanged();
    sendSnapshotTo(connectionId);
}

void MatchRoom::detach(const QString &connectionId)
{
    m_recipientsStale = true;
    if (m_ended) {
        return;
    }
    m_spectators.removeAll(connectionId);
    m_binaryConnections.remove(connectionId);
    bool changed = false;
    for (std::size_t seat = 0; seat < m_controllers.size(); ++seat) {
        if (m_controllers[seat] == connectionId) {
            m_controllers[seat].clear();
            m_missingUntil[seat] = now() + m_setup.graceMs;
            holdKey(int(seat), engine::Input::None); // the paddle stops where it is
            changed = true;
        }
    }
    if (changed) {
        onPlayersChanged();
    }
}

void MatchRoom::leave(const QString &connectionId)
{
    m_recipientsStale = true;
    if (m_ended) {
        return;
    }
    std::vector<int> left;
    for (std::size_t seat = 0; seat < m_controllers.size(); ++seat) {
        if (m_controllers[seat] == connectionId) {
            m_controllers[seat].clear();
            m_missingUntil[seat] = -1;
            m_forfeited[seat] = true;
            holdKey(int(seat), engine::Input::None);
            left.push_back(int(seat));
        }
    }
    m_leaving = connectionId;
    const bool ended = !left.empty() && endIfDecided(proto::MatchOverReason::Left);
    m_leaving.clear();
    if (left.empty() || ended) {
        return;
    }
    // The match goes on without them (four players): their own end of it.
    proto::MatchOver over = result(proto::MatchOverReason::Left, -1).over;
    emit messageReady(connectionId, proto::serialize(over.toJson()));
    onPlayersChanged();
    emitStatus();
}

void MatchRoom::addSpectator(const QString &connectionId, proto::SnapshotEncoding encoding)
{
    m_recipientsStale = true;
    if (m_ended) {
        return;
    }
    noteEncoding(connectionId, encoding);
    if (!m_spectators.contains(connectionId)) {
        m_spectators << connectionId;
    }
    sendSnapshotTo(connectionId);
}

void MatchRoom::removeSpectator(const QString &connectionId)
{
    m_recipientsStale = true;
    m_spectators.removeAll(connectionId);
    m_binaryConnections.remove(connectionId);
}

void MatchRoom::noteEncoding(const QString &connectionId, proto::SnapshotEncoding encoding)
{
    if (encoding == proto::SnapshotEncoding::Binary) {
        m_binaryConnections.insert(connectionId);
    } else {
        m_binaryConnections.remove(connectionId);
    }
}

const QList<SnapshotDelivery::Recipient> &MatchRoom::recipients()
{
    if (m_recipientsStale) {
        m_recipients.clear();
        for (const QString &connectionId : participants()) {
            m_recipients.push_back(recipient(connectionId));
        }
        m_recipientsStale = false;
    }
    return m_recipients;
}

SnapshotDelivery::Recipient MatchRoom::recipient(const QString &connectionId) const
{
    return {connectionId, m_lastInputSeq.value(connectionId, -1),
            m_binaryConnections.contains(connectionId)};
}

void MatchRoom::pause()
{
    if (m_ended || m_pauseRequested ||
        (m_phase != proto::RoomPhase::Running && m_phase != proto::RoomPhase::Countdown)) {
        return;
    }
    m_pauseRequested = true;
    setPhase(proto::RoomPhase::Paused, now() + kMaxRequestedPauseMs);
    sendPauseNotice();
    emitStatus();
}

void MatchRoom::resume()
{
    if (m_ended || !m_pauseRequested) {
        return;
    }
    m_pauseRequested = false;
    onPlayersChanged();
}

void MatchRoom::abandon()
{
    if (m_ended) {
        return;
    }
    std::fill(m_forfeited.begin(), m_forfeited.end(), false);
    finish(proto::MatchOverReason::Abandoned, -1);
}

void MatchRoom::onPlayersChanged()
{
    const bool someoneMissing = !missingSeats().empty();
    switch (m_phase) {
    case proto::RoomPhase::Running:
    case proto::RoomPhase::Countdown:
        if (someoneMissing) {
            setPhase(proto::RoomPhase::Paused, -1);
            sendPauseNotice();
            emitStatus();
        }
        break;
    case proto::RoomPhase::Waiting:
    case proto::RoomPhase::Paused:
        if (someoneMissing || m_pauseRequested) {
            sendPauseNotice(); // who is missing changed
        } else {
            const int countdownMs =
                m_backFromTakeover ? m_setup.takeoverCountdownMs : m_setup.countdownMs;
            m_backFromTakeover = false;
            startCountdown(countdownMs);
            broadcast(proto::serialize(proto::MatchResumed{m_setup.roomId, countdownMs}.toJson()));
            emitStatus();
        }
        break;
    }
}

void MatchRoom::forfeitExpiredSeats()
{
    QList<int> expired;
    bool neverCame = false;
    for (std::size_t seat = 0; seat < m_missingUntil.size(); ++seat) {
        if (m_missingUntil[seat] >= 0 && now() >= m_missingUntil[seat]) {
            m_missingUntil[seat] = -1;
            m_forfeited[seat] = true;
            expired << int(seat);
            neverCame = neverCame || !m_everEntered[seat];
        }
    }
    if (expired.isEmpty()) {
        return;
    }
    if (!endIfDecided(neverCame ? proto::MatchOverReason::NoShow
                                : proto::MatchOverReason::Disconnected)) {
        emit seatsForfeited(m_setup.roomId, expired);
        onPlayersChanged(); // the others play on (four players)
    }
}

// Four players: everyone still in the engine but one has forfeited (their paddles stand still):
// nobody is left to play against, so the match is over.
bool MatchRoom::lastPlayerStanding() const
{
    if (std::find(m_forfeited.begin(), m_forfeited.end(), true) == m_forfeited.end()) {
        return false;
    }
    int standing = 0;
    for (int seat = 0; seat < int(m_forfeited.size()); ++seat) {
        const bool eliminated = std::find(m_eliminationOrder.begin(), m_eliminationOrder.end(),
                                          seat) != m_eliminationOrder.end();
        if (needsPlayer(seat) && !m_forfeited[std::size_t(seat)] && !eliminated) {
            ++standing;
        }
    }
    return standing <= 1;
}

// The engine's winner, unless that seat forfeited: a departed four-player seat stays in the
// engine with a still paddle and can outlast the others, but it cannot win; the best-placed
// player still in the match does.
int MatchRoom::completedWinner() const
{
    const int winner = m_match.isOver() ? m_match.winner() : -1;
    if (winner >= 0 && !m_forfeited[std::size_t(winner)]) {
        return winner;
    }
    const std::vector<int> ranks = placements(-1); // the forfeited rank after everyone else
    const auto best = std::min_element(ranks.begin(), ranks.end());
    const int seat = int(best - ranks.begin());
    return m_forfeited[std::size_t(seat)] ? -1 : seat;
}

// Ends the match when forfeits leave nobody to play against: the last player still in wins
// (with the AI: the AI wins); with nobody left, nobody wins.
bool MatchRoom::endIfDecided(proto::MatchOverReason reason)
{
    std::vector<int> humans;
    std::vector<int> stillIn;
    for (int seat = 0; seat < int(m_forfeited.size()); ++seat) {
        if (needsPlayer(seat)) {
            humans.push_back(seat);
            if (!m_forfeited[std::size_t(seat)]) {
                stillIn.push_back(seat);
            }
        }
    }
    if (stillIn.size() == humans.size()) {
        return false;
    }
    if (m_setup.kind == proto::RoomKind::Ai && stillIn.empty()) {
        const std::vector<int> ranks = placements(-1);
        int winner = -1;
        for (const auto &[seat, ai] : m_aiPlayers) {
            if (winner < 0 || ranks[std::size_t(seat)] < ranks[std::size_t(winner)]) {
                winner = seat;
            }
        }
        finish(reason, winner);
        return true;
    }
    if (stillIn.empty()) {
        finish(reason, -1);
        return true;
    }
    if (stillIn.size() == 1 && humans.size() >= 2 && !oneController(m_setup.kind)) {
        finish(reason, stillIn.front());
        return true;
    }
    return false;
}

void MatchRoom::sendPauseNotice()
{
    proto::MatchPaused paused;
    paused.roomId = m_setup.roomId;
    const std::vector<int> missing = missingSeats();
    paused.reason = m_phase == proto::RoomPhase::Waiting ? QStringLiteral("waiting")
                    : missing.empty()                    ? QStringLiteral("requested")
                                                         : QStringLiteral("disconnected");
    for (int seat : missing) {
        paused.missing.push_back({seat, m_setup.seats[std::size_t(seat)].label,
                                  std::max<qint64>(0, m_missingUntil[std::size_t(seat)] - now())});
    }
    broadcast(proto::serialize(paused.toJson()));
}

void MatchRoom::broadcast(const QByteArray &message)
{
    for (const QString &connectionId : participants()) {
        emit messageReady(connectionId, message);
    }
}

proto::MatchSnapshot MatchRoom::snapshotMessage() const
{
    proto::MatchSnapshot snapshot;
    snapshot.roomId = m_setup.roomId;
    snapshot.tick = m_match.currentStep();
    snapshot.state = m_match.snapshot();
    snapshot.phase = m_phase;
    snapshot.missingSeats = missingSeats();
    qint64 endsAt = m_phase == proto::RoomPhase::Running ? -1 : m_phaseEndsAt;
    for (int seat : snapshot.missingSeats) {
        const qint64 deadline = m_missingUntil[std::size_t(seat)];
        endsAt = endsAt < 0 ? deadline : std::min(endsAt, deadline);
    }
    if (endsAt >= 0) {
        snapshot.phaseEndsInMs = std::max<qint64>(0, endsAt - now());
    }
    return snapshot;
}

void MatchRoom::sendSnapshots()
{
    std::vector<engine::MatchEvent> events;
    events.swap(m_pendingEvents);
    const QList<SnapshotDelivery::Recipient> &to = recipients();
    if (to.isEmpty()) {
        return;
    }
    // Encoded once per encoding in use; each recipient's own lastInputSeq is added as it is sent.
    emit snapshotsReady(SnapshotDelivery::encodeFor(snapshotMessage(), events, to));
}

void MatchRoom::sendSnapshotTo(const QString &connectionId)
{
    emit snapshotsReady(
        SnapshotDelivery::encodeFor(snapshotMessage(), {}, {recipient(connectionId)}));
}

void MatchRoom::emitStatus()
{
    QJsonArray seats;
    for (const engine::PlayerState &player : m_match.snapshot().players) {
        seats.append(QJsonObject{{QStringLiteral("score"), player.score},
                                 {QStringLiteral("lives"), player.lives}});
    }
    emit statusChanged(m_setup.roomId, {{QStringLiteral("phase"), proto::roomPhaseName(m_phase)},
                                        {QStringLiteral("tick"), qint64(m_match.currentStep())},
                                        {QStringLiteral("seats"), seats}});
}

void MatchRoom::finish(proto::MatchOverReason reason, int winner)
{
    m_ended = true;
    if (m_clock) {
        m_clock->remove(this);
        m_clock = nullptr;
    }
    m_log.finish(m_match.currentStep());
    emit ended(result(reason, winner));
}

MatchRoomResult MatchRoom::result(proto::MatchOverReason reason, int winner) const
{
    MatchRoomResult out;
    out.roomId = m_setup.roomId;
    out.participants = participants();
    if (!m_leaving.isEmpty() && !out.participants.contains(m_leaving)) {
        out.participants << m_leaving;
    }
    out.over.roomId = m_setup.roomId;
    out.over.reason = reason;
    out.walkover = !m_everRan && reason == proto::MatchOverReason::NoShow;

    MatchRecord &record = out.record;
    record.kind = m_setup.recordKind;
    record.tournamentId = m_setup.tournamentId;
    record.roomId = m_setup.roomId;
    record.config = m_setup.config;
    record.seed = m_setup.seed;
    record.inputLog = m_log;
    record.finalStateHash = m_match.stateHash();
    record.startedAt = m_startedAt.isValid() ? m_startedAt : QDateTime::currentDateTimeUtc();
    record.endedAt = QDateTime::currentDateTimeUtc();
    record.seats = m_setup.seats;
    record.winnerSeat = winner;
    const bool anyForfeit =
        std::find(m_forfeited.begin(), m_forfeited.end(), true) != m_forfeited.end();
    record.endReason = winner < 0   ? MatchEndReason::Abandoned
                       : anyForfeit ? MatchEndReason::Forfeit
                                    : MatchEndReason::Completed;

    const bool fourPlayers = m_setup.config.mode == engine::GameMode::FourPlayers;
    const auto &players = m_match.snapshot().players;
    const std::vector<int> ranks = placements(winner);
    for (MatchSeat &seat : record.seats) {
        const auto index = std::size_t(seat.seat);
        const engine::PlayerState &state = players[index];
        seat.score = fourPlayers ? 0 : state.score;
        seat.livesLeft = fourPlayers ? state.lives : 0;
        // Only a loser of a decided match forfeits (an abandoned match has no result).
        seat.forfeited = winner >= 0 && m_forfeited[index] && seat.seat != winner;
        seat.placement = winner >= 0 ? ranks[index] : 0;
        out.over.seats.push_back({seat.seat, state.score, state.lives, m_forfeited[index]});
    }
    if (winner >= 0) {
        out.over.winnerSeat = winner;
    }
    return out;
}

// 1 for the winner (when there is one), then the others by how well they were doing: still in
// before forfeited, then still in the engine before out, more lives or points first, eliminated
// later before eliminated earlier.
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
        if (m_forfeited[std::size_t(a)] != m_forfeited[std::size_t(b)]) {
            return !m_forfeited[std::size_t(a)];
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
