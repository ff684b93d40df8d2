#include "play/PlayLobby.h"

#include "network/RealtimeClient.h"
#include "protocol/BinarySnapshot.h"
#include "protocol/TournamentMessages.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace transcendence::client {
namespace {

namespace type = protocol::message_type;

// The messages whose refusals this lobby explains (the server names them in "ref").
const QSet<QString> &playMessageTypes()
{
    static const QSet<QString> types{type::Play,         type::Input,
                                     type::Leave,        type::Queue,
                                     type::LeaveQueue,   type::Invite,
                                     type::InviteAnswer, type::InviteCancel,
                                     type::Join,         type::Watch,
                                     type::Pause,        type::Resume,
                                     type::Replay,       type::PlayTournamentMatch};
    return types;
}

QVariantMap toMap(const QJsonObject &object)
{
    QVariantMap map = object.toVariantMap();
    map.remove(QStringLiteral("type"));
    return map;
}

template <typename Message>
std::optional<Message> decode(const QJsonObject &object)
{
    auto parsed = Message::fromJson(object);
    if (auto *message = std::get_if<Message>(&parsed)) {
        return std::move(*message);
    }
    return std::nullopt; // malformed: the server never sends one; ignore it
}

} // namespace

PlayLobby::PlayLobby(QObject *parent)
    : QObject(parent)
{
    m_secondsTimer.setInterval(1000);
    connect(&m_secondsTimer, &QTimer::timeout, this, [this] {
        if (isQueued()) {
            const int seconds = int((m_queueWaitedMs + m_queueClock.elapsed()) / 1000);
            if (seconds != m_queueSeconds) {
                m_queueSeconds = seconds;
                emit queueSecondsChanged();
            }
        }
        // Expired invitations are closed by the server (inviteClosed "expired"); this only
        // refreshes the seconds shown.
        if (!m_received.empty() || !m_sent.empty()) {
            emit invitationsChanged();
        }
        if (!isQueued() && m_received.empty() && m_sent.empty()) {
            m_secondsTimer.stop();
        }
    });
}

PlayLobby::~PlayLobby() = default;

void PlayLobby::setRealtimeClient(RealtimeClient *client)
{
    if (client == m_client) {
        return;
    }
    if (m_client) {
        disconnect(m_client, nullptr, this, nullptr);
    }
    m_client = client;
    if (m_client) {
        connect(m_client, &RealtimeClient::messageReceived, this, &PlayLobby::onMessage);
        connect(m_client, &RealtimeClient::binaryMessageReceived, this,
                &PlayLobby::onBinaryMessage);
        connect(m_client, &RealtimeClient::serverErrorReceived, this, &PlayLobby::onServerError);
        connect(m_client, &RealtimeClient::stateChanged, this, &PlayLobby::onConnectionChanged);
        connect(m_client, &RealtimeClient::userIdChanged, this, &PlayLobby::onConnectionChanged);
    }
    onConnectionChanged();
    emit realtimeClientChanged();
}

bool PlayLobby::isAvailable() const
{
    return m_available;
}

void PlayLobby::onConnectionChanged()
{
    const bool available = m_client &&
                           m_client->state() == RealtimeClient::ConnectionState::Connected &&
                           m_client->userId() != 0;
    if (!available) {
        // The server forgets this connection's queue place and invitations with it; a seat
        // waits for us (activeMatch comes with the next welcome).
        setQueue({});
        if (!m_received.empty() || !m_sent.empty()) {
            m_received.clear();
            m_sent.clear();
            emit invitationsChanged();
        }
        setActiveMatch({});
        if (m_match) {
            m_match->connectionLost();
        }
    }
    if (available != m_available) {
        m_available = available;
        emit availableChanged();
    }
}

QVariantList PlayLobby::invitationList(const std::vector<Invitation> &list, bool received)
{
    QVariantList result;
    for (const Invitation &invitation : list) {
        const protocol::InvitationNotice &notice = invitation.notice;
        const qint64 left = std::max<qint64>(0, notice.expiresInMs - invitation.received.elapsed());
        result.append(QVariantMap{
            {QStringLiteral("inviteId"), notice.inviteId},
            {QStringLiteral("userId"), received ? notice.fromUserId : notice.toUserId},
            {QStringLiteral("name"), received ? notice.fromName : notice.toName},
            {QStringLiteral("config"), notice.config.toJson().toVariantMap()},
            {QStringLiteral("expiresInSeconds"), int((left + 999) / 1000)},
        });
    }
    return result;
}

QVariantList PlayLobby::invitations() const
{
    return invitationList(m_received, true);
}

QVariantList PlayLobby::sentInvitations() const
{
    return invitationList(m_sent, false);
}

bool PlayLobby::sendMessage(const QJsonObject &message)
{
    clearError();
    if (!m_client || !m_client->send(message)) {
        setLastError(tr("Not connected to the server."));
        return false;
    }
    return true;
}

bool PlayLobby::play(const QString &kind, const QVariantMap &config, const QString &difficulty)
{
    QJsonObject message{{QStringLiteral("type"), type::Play},
                        {QStringLiteral("kind"), kind},
                        {QStringLiteral("config"), QJsonObject::fromVariantMap(config)}};
    if (kind == QLatin1String("ai")) {
        message.insert(QStringLiteral("difficulty"), difficulty);
    }
    auto request = protocol::PlayRequest::fromJson(message);
    if (const auto *error = std::get_if<protocol::ProtocolError>(&request)) {
        setLastError(error->message);
        return false;
    }
    return sendMessage(std::get<protocol::PlayRequest>(request).toJson());
}

bool PlayLobby::enqueue(const QVariantMap &config)
{
    const QJsonObject settings = QJsonObject::fromVariantMap(config);
    auto request = protocol::QueueRequest::fromJson(
        {{QStringLiteral("mode"),
          settings.value(QStringLiteral("mode"))
              .toString(protocol::queueModeName(protocol::QueueMode::OneVsOne))},
         {QStringLiteral("config"), settings}});
    if (const auto *error = std::get_if<protocol::ProtocolError>(&request)) {
        setLastError(error->message);
        return false;
    }
    return sendMessage(std::get<protocol::QueueRequest>(request).toJson());
}

bool PlayLobby::leaveQueue()
{
    return sendMessage({{QStringLiteral("type"), type::LeaveQueue}});
}

bool PlayLobby::invite(qint64 userId, const QVariantMap &config)
{
    auto request = protocol::InviteRequest::fromJson(
        {{QStringLiteral("userId"), userId},
         {QStringLiteral("config"), QJsonObject::fromVariantMap(config)}});
    if (const auto *error = std::get_if<protocol::ProtocolError>(&request)) {
        setLastError(error->message);
        return false;
    }
    return sendMessage(std::get<protocol::InviteRequest>(request).toJson());
}

bool PlayLobby::answerInvitation(const QString &inviteId, bool accept)
{
    return sendMessage(protocol::InviteAnswer{inviteId, accept}.toJson());
}

bool PlayLobby::cancelInvitation(const QString &inviteId)
{
    return sendMessage(
        {{QStringLiteral("type"), type::InviteCancel}, {QStringLiteral("inviteId"), inviteId}});
}

bool PlayLobby::join(const QString &roomId)
{
    return sendMessage({{QStringLiteral("type"), type::Join}, {QStringLiteral("roomId"), roomId}});
}

bool PlayLobby::watch(const QString &roomId)
{
    return sendMessage({{QStringLiteral("type"), type::Watch}, {QStringLiteral("roomId"), roomId}});
}

bool PlayLobby::replay(qint64 matchId, double speed)
{
    return sendMessage(protocol::ReplayRequest{matchId, speed}.toJson());
}

bool PlayLobby::playTournamentMatch(qint64 tournamentId)
{
    return sendMessage(protocol::PlayTournamentMatch{tournamentId}.toJson());
}

void PlayLobby::clearError()
{
    setLastError({});
}

void PlayLobby::setLastError(const QString &error)
{
    if (error != m_lastError) {
        m_lastError = error;
        emit lastErrorChanged();
    }
}

void PlayLobby::setQueue(const QVariantMap &queue)
{
    if (queue == m_queue) {
        return;
    }
    const bool wasQueued = isQueued();
    m_queue = queue;
    if (!queue.isEmpty()) {
        m_queueWaitedMs = queue.value(QStringLiteral("waitedMs")).toLongLong();
        m_queueClock.start();
        m_queueSeconds = int(m_queueWaitedMs / 1000);
        m_secondsTimer.start();
        emit queueSecondsChanged();
    } else if (wasQueued) {
        m_queueSeconds = 0;
        emit queueSecondsChanged();
    }
    emit queueChanged();
}

void PlayLobby::setActiveMatch(const QVariantMap &active)
{
    if (active != m_activeMatch) {
        m_activeMatch = active;
        emit activeMatchChanged();
    }
}

RemoteMatch *PlayLobby::matchFor(const QString &roomId) const
{
    return m_match && m_match->roomId() == roomId ? m_match.data() : nullptr;
}

void PlayLobby::onMatchStarted(const protocol::MatchStarted &started)
{
    if (RemoteMatch *same = matchFor(started.roomId); same && !same->isOver()) {
        same->rejoined(started); // a reconnection, or this client taking its seats back
    } else {
        if (m_match) {
            m_match->deleteLater();
        }
        m_match = new RemoteMatch(m_client, started, this);
        emit currentMatchChanged();
    }
    if (m_activeMatch.value(QStringLiteral("roomId")).toString() == started.roomId) {
        setActiveMatch({});
    }
    emit matchStarted(m_match);
}

// A binary snapshot (the default encoding) of the room the app is in: the same message a JSON
// one would be. A frame of another room (late, after leaving it) or a malformed one is dropped.
void PlayLobby::onBinaryMessage(const QByteArray &frame)
{
    auto decoded = protocol::decodeBinarySnapshot(frame);
    auto *binary = std::get_if<protocol::BinarySnapshot>(&decoded);
    if (!binary || !m_match || binary->roomTag != protocol::binaryRoomTag(m_match->roomId())) {
        return;
    }
    binary->snapshot.roomId = m_match->roomId();
    m_match->applySnapshot(binary->snapshot);
}

void PlayLobby::onMessage(const QString &messageType, const QJsonObject &message)
{
    const QString roomId = message.value(QStringLiteral("roomId")).toString();
    if (messageType == type::MatchStarted) {
        if (auto started = decode<protocol::MatchStarted>(message)) {
            onMatchStarted(*started);
        }
    } else if (messageType == type::MatchSnapshot) {
        if (RemoteMatch *match = matchFor(roomId)) {
            if (auto snapshot = decode<protocol::MatchSnapshot>(message)) {
                match->applySnapshot(*snapshot);
            }
        }
    } else if (messageType == type::MatchPaused) {
        if (RemoteMatch *match = matchFor(roomId)) {
            if (auto paused = decode<protocol::MatchPaused>(message)) {
                match->applyPaused(*paused);
            }
        }
    } else if (messageType == type::MatchResumed) {
        if (RemoteMatch *match = matchFor(roomId)) {
            if (auto resumed = decode<protocol::MatchResumed>(message)) {
                match->applyResumed(*resumed);
            }
        }
    } else if (messageType == type::Latency) {
        if (RemoteMatch *match = matchFor(roomId)) {
            if (auto latency = decode<protocol::LatencyReport>(message)) {
                match->applyLatency(*latency);
            }
        }
    } else if (messageType == type::MatchOver) {
        if (RemoteMatch *match = matchFor(roomId)) {
            if (auto over = decode<protocol::MatchOver>(message)) {
                match->applyOver(*over);
            }
        }
    } else if (messageType == type::MatchMoved) {
        if (RemoteMatch *match = matchFor(roomId)) {
            match->applyMoved();
        }
    } else if (messageType == type::ActiveMatch) {
        if (auto active = decode<protocol::ActiveMatch>(message)) {
            RemoteMatch *match = matchFor(active->roomId);
            if (match && match->isDetached() && !match->wasMoved()) {
                join(active->roomId); // back after a dropped connection: take the seats again
            } else {
                setActiveMatch(toMap(active->toJson()));
            }
        }
    } else if (messageType == type::Queued) {
        if (auto queued = decode<protocol::Queued>(message)) {
            setQueue(toMap(queued->toJson()));
        }
    } else if (messageType == type::QueueLeft) {
        setQueue({});
    } else if (messageType == type::Invitation || messageType == type::InviteSent) {
        if (auto notice = decode<protocol::InvitationNotice>(message)) {
            std::vector<Invitation> &list = messageType == type::Invitation ? m_received : m_sent;
            std::erase_if(list, [&notice](const Invitation &invitation) {
                return invitation.notice.inviteId == notice->inviteId;
            });
            Invitation invitation{*notice, {}};
            invitation.received.start();
            list.push_back(invitation);
            m_secondsTimer.start();
            emit invitationsChanged();
            if (messageType == type::Invitation) {
                emit invitationReceived(invitationList({invitation}, true).constFirst().toMap());
            }
        }
    } else if (messageType == type::InviteClosed) {
        if (auto closed = decode<protocol::InviteClosed>(message)) {
            const auto matches = [&closed](const Invitation &invitation) {
                return invitation.notice.inviteId == closed->inviteId;
            };
            const bool sent = std::erase_if(m_sent, matches) > 0;
            const bool received = std::erase_if(m_received, matches) > 0;
            if (sent || received) {
                emit invitationsChanged();
                emit invitationClosed({{QStringLiteral("inviteId"), closed->inviteId},
                                       {QStringLiteral("reason"), closed->reason},
                                       {QStringLiteral("sent"), sent}});
            }
        }
    } else if (messageType == type::TournamentMatchReady || messageType == type::TournamentUpdate ||
               messageType == type::TournamentOver) {
        emit tournamentNotice(messageType, toMap(message));
    }
}

void PlayLobby::onServerError(const QString &code, const QString &message, const QString &ref)
{
    if (!playMessageTypes().contains(ref)) {
        return;
    }
    namespace error = protocol::error_code;
    if (code == error::InputRateLimited || (ref == type::Input && code == error::NotPlaying)) {
        return; // keys sent as a match ended, or too fast: nothing the player can act on
    }
    QString text;
    if (code == error::AlreadyPlaying) {
        text = tr("You are already in a match.");
    } else if (code == error::AlreadyQueued) {
        text = tr("You are already waiting for a match.");
    } else if (code == error::NotQueued) {
        text = tr("You were not waiting for a match.");
    } else if (code == error::NotFriends) {
        text = tr("You can only invite your friends.");
    } else if (code == error::UserOffline) {
        text = tr("This player is not online.");
    } else if (code == error::UserBusy) {
        text = tr("This player is already playing or waiting for a match.");
    } else if (code == error::InviteNotFound) {
        text = tr("This invitation is no longer open.");
    } else if (code == error::RoomNotFound) {
        text = tr("This match is over.");
    } else if (code == error::NotAPlayer) {
        text = tr("You have no seat in this match.");
    } else if (code == error::MatchNotFound) {
        text = tr("This match cannot be replayed.");
    } else if (code == error::Unavailable) {
        text = tr("The server is busy. Try again in a moment.");
    } else if (code == error::PauseNotAllowed) {
        text = tr("Only a match at one keyboard can be paused.");
    } else if (code == error::NoTournamentMatch) {
        text = tr("No match of this tournament is ready.");
    } else if (code == error::TournamentNotFound || code == error::NotTournamentOwner) {
        text = tr("This tournament is not yours to play.");
    } else {
        text = tr("The server refused: %1").arg(message.isEmpty() ? code : message);
    }
    setLastError(text);
}

} // namespace transcendence::client
