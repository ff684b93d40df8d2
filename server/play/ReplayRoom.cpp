#include "play/ReplayRoom.h"

#include "play/MatchRoom.h"
#include "protocol/Envelope.h"

#include <QTimer>

#include <algorithm>

namespace transcendence::server {
namespace proto = transcendence::protocol;

namespace {

constexpr std::int64_t kStepsPerSnapshot = engine::kStepsPerSecond / MatchRoom::kSnapshotsPerSecond;
// As in MatchRoom: never more than 0.1 s of match time in one wake-up.
constexpr std::int64_t kMaxStepsPerWakeUp = engine::kStepsPerSecond / 10;

} // namespace

ReplayRoom::ReplayRoom(ReplaySetup setup)
    : m_setup(std::move(setup))
    , m_match(m_setup.config, m_setup.seed)
    , m_player(m_setup.log)
{
    m_setup.speed = std::clamp(m_setup.speed, 0.25, 4.0);
}

ReplayRoom::~ReplayRoom() = default;

void ReplayRoom::start()
{
    m_timer = new QTimer(this);
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(4);
    connect(m_timer, &QTimer::timeout, this, &ReplayRoom::tick);
    m_clock.start();
    m_timer->start();
    sendSnapshot(); // tick 0: the viewer can draw at once
    m_nextSnapshotStep = kStepsPerSnapshot;
}

void ReplayRoom::stop()
{
    finish(false);
}

void ReplayRoom::tick()
{
    if (m_done) {
        return;
    }
    const auto due = std::int64_t(double(m_clock.nsecsElapsed()) * m_setup.speed *
                                  engine::kStepsPerSecond / 1e9);
    std::int64_t steps = std::min(due - m_match.currentStep(), kMaxStepsPerWakeUp);
    while (steps-- > 0 && !m_player.finished(m_match)) {
        m_player.applyInputs(m_match);
        m_match.step();
        m_pendingEvents.insert(m_pendingEvents.end(), m_match.events().begin(),
                               m_match.events().end());
        if (m_match.currentStep() >= m_nextSnapshotStep) {
            sendSnapshot();
            m_nextSnapshotStep = m_match.currentStep() + kStepsPerSnapshot;
        }
    }
    if (m_player.finished(m_match)) {
        sendSnapshot();
        finish(true);
    }
}

void ReplayRoom::sendSnapshot()
{
    proto::MatchSnapshot snapshot;
    snapshot.roomId = m_setup.roomId;
    snapshot.tick = m_match.currentStep();
    snapshot.state = m_match.snapshot();
    std::vector<engine::MatchEvent> events;
    events.swap(m_pendingEvents);
    emit snapshotsReady(
        SnapshotDelivery::encodeFor(snapshot, events,
                                    {{m_setup.viewerConnectionId, -1,
                                      m_setup.viewerEncoding == proto::SnapshotEncoding::Binary}}));
}

void ReplayRoom::finish(bool sendOver)
{
    if (m_done) {
        return;
    }
    m_done = true;
    if (m_timer) {
        m_timer->stop();
    }
    if (sendOver) {
        proto::MatchOver over = m_setup.over;
        over.roomId = m_setup.roomId;
        emit messageReady(m_setup.viewerConnectionId, proto::serialize(over.toJson()));
    }
    emit finished(m_setup.roomId);
}

} // namespace transcendence::server
