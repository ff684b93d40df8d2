// Guests: a visitor without an account plays a local match (one keyboard) or against the AI
// over its guest WebSocket (docs/protocol.md, "Guests"; docs/security.md, "Guests").
//
// A guest's room is like a signed-in player's local or ai room, with these differences: nobody
// owns its seats (no account can join it or come back to it), it is never stored (no history, no
// rating, no achievements), and it ends as soon as its connection closes or has sent no input,
// pause or resume for TRANSCENDENCE_GUEST_IDLE_SECONDS. How many run is bounded per client address
// and per server, and how many an address starts is rate-limited.
#include "app/ServerConfig.h"
#include "app/StructuredLog.h"
#include "play/PlayFeature.h"
#include "protocol/Envelope.h"
#include "protocol/PlayMessages.h"
#include "realtime/RealtimeHub.h"
#include "realtime/RealtimeSession.h"

#include <QPointer>

namespace transcendence::server {
namespace proto = transcendence::protocol;

namespace {

constexpr int kMaxGuestRoomsPerAddress = 2;
constexpr int kMaxGuestRooms = 200;
// Matches a guest address may start: 20 in 10 minutes.
constexpr RateLimiter::Rule kGuestStarts{20, 600};

} // namespace

void PlayFeature::onGuestPlay(RealtimeSession *session, const proto::Envelope &envelope,
                              const proto::PlayRequest &request)
{
    // Checked before the rate limit counts a start, and again after it (with several instances
    // its answer comes from Redis, later: the connection may have started a match meanwhile).
    const auto refused = [this](RealtimeSession &guest, const proto::Envelope &message) {
        const RoomDirectory::Participant *current = m_directory.participant(guest.connectionId());
        if (current && !current->spectator) {
            guest.sendError(proto::error_code::AlreadyPlaying,
                            QStringLiteral("leave the current match first"), message.type);
            return true;
        }
        const QString refusal = guestRefusal(guest.clientAddress());
        if (!refusal.isEmpty()) {
            guest.sendError(proto::error_code::GuestLimit, refusal, message.type);
            return true;
        }
        return false;
    };
    if (refused(*session, envelope)) {
        return;
    }
    m_guestStarts.check(
        {{QStringLiteral("guest-play:") + session->clientAddress(), kGuestStarts}},
        [this, guest = QPointer<RealtimeSession>(session), envelope, request,
         refused](int retryAfter) {
            if (!guest) {
                return;
            }
            if (retryAfter > 0) {
                guest->sendError(proto::error_code::GuestLimit,
                                 QStringLiteral("too many guest matches started lately: try again "
                                                "in %1 s, or sign in")
                                     .arg(retryAfter),
                                 envelope.type);
                return;
            }
            if (!refused(*guest, envelope)) {
                startGuestRoom(guest, request);
            }
        });
}

void PlayFeature::startGuestRoom(RealtimeSession *session, const proto::PlayRequest &request)
{
    const QString connectionId = session->connectionId();

    NewRoom newRoom = localRoom(request, 0, {}, connectionId);
    MatchSeat &first = newRoom.setup.seats.front();
    first.kind = SeatKind::Guest;
    first.userId = 0;
    first.label =
        request.kind == proto::PlayKind::Ai ? QStringLiteral("Guest") : QStringLiteral("Player 1");
    const QString roomId = launch(std::move(newRoom));
    m_directory.markGuest(roomId, session->clientAddress(), connectionId);

    // The room ends with its connection: a guest has no account to come back with.
    if (!m_watchedGuestSessions.contains(connectionId)) {
        m_watchedGuestSessions.insert(connectionId);
        connect(session, &RealtimeSession::finished, this, [this, connectionId] {
            m_watchedGuestSessions.remove(connectionId);
            onGuestConnectionEnded(connectionId);
        });
    }
}

// Why this address may not start a guest match now (too many running), or empty when it may.
QString PlayFeature::guestRefusal(const QString &address)
{
    int running = 0;
    int fromAddress = 0;
    for (const Room &room : m_directory.rooms()) {
        if (room.guest && !room.ended) {
            ++running;
            fromAddress += room.guestAddress == address ? 1 : 0;
        }
    }
    if (running >= kMaxGuestRooms) {
        return QStringLiteral("too many guest matches are being played: try again later, or "
                              "sign in");
    }
    if (fromAddress >= kMaxGuestRoomsPerAddress) {
        return QStringLiteral("at most %1 guest matches at a time from one address")
            .arg(kMaxGuestRoomsPerAddress);
    }
    return {};
}

void PlayFeature::onGuestConnectionEnded(const QString &connectionId)
{
    m_recentlyEnded.remove(connectionId);
    const RoomDirectory::Participant *participant = m_directory.participant(connectionId);
    if (!participant || participant->spectator) {
        return;
    }
    const QString roomId = participant->roomId;
    const Room *room = m_directory.running(roomId);
    if (room && room->guest) {
        giveUpSeats(roomId, connectionId, 0);
    }
}

void PlayFeature::endIdleGuestRooms()
{
    const qint64 idleMs = qint64(m_context.config.guestIdleSeconds) * 1000;
    QList<std::pair<QString, QString>> idle; // room, connection
    const auto &rooms = m_directory.rooms();
    for (auto room = rooms.cbegin(); room != rooms.cend(); ++room) {
        if (room->guest && !room->ended && room->guestLastInput.elapsed() >= idleMs) {
            idle.append({room.key(), room->guestConnection});
        }
    }
    for (const auto &[roomId, connectionId] : std::as_const(idle)) {
        if (RealtimeSession *session = m_context.hub.session(connectionId)) {
            session->sendError(proto::error_code::GuestIdle,
                               QStringLiteral("no input for %1 s: the guest match ends")
                                   .arg(m_context.config.guestIdleSeconds),
                               proto::message_type::Input);
        }
        StructuredLog::info(QStringLiteral("guest_room_idle"),
                            {{QStringLiteral("roomId"), roomId}});
        giveUpSeats(roomId, connectionId, 0);
    }
}

} // namespace transcendence::server
