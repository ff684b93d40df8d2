// Invitations: a private 1v1 with a friend, accepted, declined, cancelled or expired
// (PlayInvites.h).
#include "play/PlayInvites.h"

#include "app/ServerConfig.h"
#include "app/StructuredLog.h"
#include "cluster/EventBus.h"
#include "cluster/PlayCluster.h"
#include "db/DatabaseWorkers.h"
#include "play/PlayQueue.h"
#include "play/PlayStore.h"
#include "protocol/Envelope.h"
#include "protocol/LobbyMessages.h"
#include "protocol/SocialMessages.h"
#include "realtime/RealtimeHub.h"
#include "realtime/RealtimeSession.h"
#include "social/PresenceStore.h"
#include "social/PresenceTracker.h"

#include <QJsonDocument>
#include <QUuid>

namespace transcendence::server {
namespace proto = transcendence::protocol;
using namespace Qt::StringLiterals;

namespace {

// Open invitations one account may have sent at once.
constexpr int kMaxOpenInvitesPerUser = 5;
const QString kInviteTopic = QStringLiteral("play.invite");

} // namespace

PlayInvites::PlayInvites(const FeatureContext &context, PresenceTracker *presence,
                         RoomLauncher rooms, const PlayQueue &queue, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_presence(presence)
    , m_rooms(std::move(rooms))
    , m_queue(queue)
{
    m_clock.start();
    subscribeToActions();
}

bool PlayInvites::busy(qint64 userId) const
{
    return m_rooms.isPlaying(userId) || m_queue.isQueued(userId);
}

void PlayInvites::connectionReady(qint64 userId, const QString &connectionId)
{
    for (const Invite &invite : std::as_const(m_invites)) {
        if (invite.toUserId == userId) {
            sendNotices(invite, connectionId);
        }
    }
}

void PlayInvites::connectionEnded(const QString &connectionId)
{
    QStringList withdrawn;
    for (const Invite &invite : std::as_const(m_invites)) {
        if (invite.fromConnection == connectionId) {
            withdrawn << invite.id;
        }
    }
    for (const QString &inviteId : withdrawn) {
        close(inviteId, QStringLiteral("cancelled"));
    }
}

void PlayInvites::onInvite(RealtimeSession *session, const proto::Envelope &envelope)
{
    const auto parsed = proto::InviteRequest::fromJson(envelope.body);
    if (const auto *error = std::get_if<proto::ProtocolError>(&parsed)) {
        session->sendError(error->code, error->message, envelope.type);
        return;
    }
    const proto::InviteRequest request = std::get<proto::InviteRequest>(parsed);
    const RealtimeIdentity identity = *session->identity();
    if (request.userId == identity.userId) {
        session->sendError(proto::error_code::InvalidField,
                           QStringLiteral("invite.userId: you cannot invite yourself"),
                           envelope.type);
        return;
    }
    if (busy(identity.userId)) {
        session->sendError(proto::error_code::AlreadyPlaying,
                           QStringLiteral("finish your match or leave the queue first"),
                           envelope.type);
        return;
    }
    int open = 0;
    for (const Invite &invite : std::as_const(m_invites)) {
        if (invite.fromUserId == identity.userId) {
            ++open;
            if (invite.toUserId == request.userId) {
                session->sendError(proto::error_code::InvalidField,
                                   QStringLiteral("you already invited this player"),
                                   envelope.type);
                return;
            }
        }
    }
    if (open >= kMaxOpenInvitesPerUser) {
        session->sendError(
            proto::error_code::InvalidField,
            QStringLiteral("at most %1 open invitations").arg(kMaxOpenInvitesPerUser),
            envelope.type);
        return;
    }
    const QString connectionId = session->connectionId();
    using Result = std::variant<play_store::InviteCheck, DomainError>;
    const int staleAfterSeconds = m_presence ? m_presence->settings().staleAfterSeconds
                                             : PresenceSettings{}.staleAfterSeconds;
    m_context.workers.run<Result>(
        this,
        [from = identity.userId, to = request.userId, staleAfterSeconds](QSqlDatabase &db) {
            auto result = play_store::inviteCheck(db, from, to);
            if (auto *check = std::get_if<play_store::InviteCheck>(&result)) {
                // Connected to any instance (this one's sockets are checked on the way back).
                const auto status = presence_store::statusOf(db, to, staleAfterSeconds);
                check->online = std::holds_alternative<QString>(status) &&
                                std::get<QString>(status) != proto::presence_status::Offline;
            }
            return result;
        },
        [this, connectionId, identity, request](Result result) {
            RealtimeSession *inviter = m_context.hub.session(connectionId);
            if (!inviter) {
                return;
            }
            const QString type = proto::message_type::Invite;
            if (const auto *error = std::get_if<DomainError>(&result)) {
                if (error->code == domain_error::NotFound) { // as a stranger would look
                    inviter->sendError(proto::error_code::NotFriends,
                                       QStringLiteral("you can only invite your friends"), type);
                } else {
                    inviter->sendError(*error, type);
                }
                return;
            }
            const auto &check = std::get<play_store::InviteCheck>(result);
            // A block looks like no friendship: the blocked side learns nothing more. Friends
            // and players with a direct conversation may be invited.
            if ((!check.friends && !check.talking) || check.blocked || check.banned) {
                inviter->sendError(
                    proto::error_code::NotFriends,
                    QStringLiteral("you can only invite your friends and players you talk with"),
                    type);
                return;
            }
            if (m_context.hub.connectionsOf(request.userId).isEmpty() && !check.online) {
                inviter->sendError(proto::error_code::UserOffline,
                                   QStringLiteral("%1 is not online").arg(check.inviteeName), type);
                return;
            }
            if (busy(request.userId)) {
                inviter->sendError(proto::error_code::UserBusy,
                                   QStringLiteral("%1 is playing").arg(check.inviteeName), type);
                return;
            }
            if (busy(identity.userId)) {
                inviter->sendError(proto::error_code::AlreadyPlaying,
                                   QStringLiteral("finish your match or leave the queue first"),
                                   type);
                return;
            }
            Invite invite;
            invite.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            invite.fromUserId = identity.userId;
            invite.fromName = identity.displayName;
            invite.fromConnection = connectionId;
            invite.toUserId = request.userId;
            invite.toName = check.inviteeName;
            invite.config = request.config;
            invite.expiresAtMs = m_clock.elapsed() + m_context.config.inviteTtlSeconds * 1000LL;
            m_invites.insert(invite.id, invite);
            sendNotices(invite);
            emit opened(invite.id, invite.fromUserId, invite.toUserId, invite.config.toJson(),
                        QDateTime::currentDateTimeUtc().addSecs(m_context.config.inviteTtlSeconds));
            StructuredLog::info(QStringLiteral("invite_sent"),
                                {{QStringLiteral("inviteId"), invite.id},
                                 {QStringLiteral("from"), invite.fromUserId},
                                 {QStringLiteral("to"), invite.toUserId}});
        });
}

void PlayInvites::sendNotices(const Invite &invite, const QString &toConnection)
{
    proto::InvitationNotice notice;
    notice.inviteId = invite.id;
    notice.fromUserId = invite.fromUserId;
    notice.fromName = invite.fromName;
    notice.toUserId = invite.toUserId;
    notice.toName = invite.toName;
    notice.config = invite.config;
    notice.expiresInMs = std::max<qint64>(0, invite.expiresAtMs - m_clock.elapsed());
    const QJsonObject invitation = notice.toJson(proto::message_type::Invitation);
    if (!toConnection.isEmpty()) {
        if (RealtimeSession *session = m_context.hub.session(toConnection)) {
            session->sendJson(invitation);
        }
        return;
    }
    m_context.hub.deliverToUser(invite.toUserId, invitation);
    if (RealtimeSession *session = m_context.hub.session(invite.fromConnection)) {
        session->sendJson(notice.toJson(proto::message_type::InviteSent));
    }
}

void PlayInvites::onAnswer(RealtimeSession *session, const proto::Envelope &envelope)
{
    const auto parsed = proto::InviteAnswer::fromJson(envelope.body);
    if (const auto *error = std::get_if<proto::ProtocolError>(&parsed)) {
        session->sendError(error->code, error->message, envelope.type);
        return;
    }
    const proto::InviteAnswer answer = std::get<proto::InviteAnswer>(parsed);
    const qint64 userId = session->identity()->userId;
    const auto found = m_invites.constFind(answer.inviteId);
    if (found == m_invites.cend() && answer.accept && busy(userId)) {
        session->sendError(proto::error_code::AlreadyPlaying,
                           QStringLiteral("finish your match or leave the queue first"),
                           envelope.type);
        return;
    }
    if (found == m_invites.cend() &&
        forwardAction(u"answer"_s, answer.inviteId, *session, answer.accept)) {
        return; // held by another instance, which answers through the bus
    }
    // Someone else's invitation is as unknown as one that never existed.
    if (found == m_invites.cend() || found->toUserId != userId) {
        session->sendError(proto::error_code::InviteNotFound,
                           QStringLiteral("no open invitation with that id"), envelope.type);
        return;
    }
    const Invite invite = *found;
    if (!answer.accept) {
        close(invite.id, QStringLiteral("declined"));
        return;
    }
    if (busy(userId)) {
        session->sendError(proto::error_code::AlreadyPlaying,
                           QStringLiteral("finish your match or leave the queue first"),
                           envelope.type);
        return;
    }
    if (busy(invite.fromUserId) || !m_context.hub.session(invite.fromConnection)) {
        close(invite.id, QStringLiteral("unavailable"));
        return;
    }
    close(invite.id, QStringLiteral("accepted"));
    accept(invite, Invitee{session->connectionId(), userId, session->identity()->displayName});
}

// The private match of an accepted invitation, hosted by the inviter's instance; the invitee
// may be connected to another one (a remote connection, PlayRelay.cpp).
void PlayInvites::accept(const Invite &invite, const Invitee &invitee)
{
    NewRoom newRoom;
    MatchRoomSetup &setup = newRoom.setup;
    setup.kind = proto::RoomKind::Private;
    setup.recordKind = MatchKind::Private;
    setup.config = invite.config;
    newRoom.addPlayer(invite.fromUserId, invite.fromName, invite.fromConnection);
    newRoom.addPlayer(invitee.userId, invitee.displayName, invitee.connectionId, invitee.binary);
    m_rooms.launch(std::move(newRoom));
}

void PlayInvites::onCancel(RealtimeSession *session, const proto::Envelope &envelope)
{
    const auto parsed =
        proto::IdRequest::fromJson(envelope.type, QStringLiteral("inviteId"), envelope.body);
    if (const auto *error = std::get_if<proto::ProtocolError>(&parsed)) {
        session->sendError(error->code, error->message, envelope.type);
        return;
    }
    const QString inviteId = std::get<proto::IdRequest>(parsed).id;
    const auto found = m_invites.constFind(inviteId);
    if (found == m_invites.cend() && forwardAction(u"cancel"_s, inviteId, *session, false)) {
        return;
    }
    if (found == m_invites.cend() || found->fromUserId != session->identity()->userId) {
        session->sendError(proto::error_code::InviteNotFound,
                           QStringLiteral("no open invitation with that id"), envelope.type);
        return;
    }
    close(inviteId, QStringLiteral("cancelled"));
}

void PlayInvites::close(const QString &inviteId, const QString &reason)
{
    const auto found = m_invites.constFind(inviteId);
    if (found == m_invites.cend()) {
        return;
    }
    const Invite invite = *found;
    m_invites.erase(found);
    const QJsonObject notice = proto::InviteClosed{invite.id, reason}.toJson();
    m_context.hub.deliverToUsers({invite.toUserId, invite.fromUserId}, proto::serialize(notice));
    emit closed(invite.id, reason);
    StructuredLog::info(QStringLiteral("invite_closed"), {{QStringLiteral("inviteId"), invite.id},
                                                          {QStringLiteral("reason"), reason}});
}

bool PlayInvites::forwardAction(const QString &action, const QString &inviteId,
                                const RealtimeSession &session, bool accept)
{
    EventBus *bus = m_context.hub.eventBus();
    if (!bus || !bus->isShared()) {
        return false;
    }
    // An acceptance carries where the invitee is connected: the match is hosted by the
    // inviter's instance and the invitee plays it through the relay.
    bus->publish(kInviteTopic,
                 QJsonDocument(QJsonObject{{u"action"_s, action},
                                           {u"inviteId"_s, inviteId},
                                           {u"userId"_s, session.identity()->userId},
                                           {u"name"_s, session.identity()->displayName},
                                           {u"instance"_s, QString::fromLatin1(bus->instanceId())},
                                           {u"connectionId"_s, session.connectionId()},
                                           {u"binary"_s, session.snapshotEncoding() ==
                                                             proto::SnapshotEncoding::Binary},
                                           {u"accept"_s, accept}})
                     .toJson(QJsonDocument::Compact));
    return true;
}

void PlayInvites::subscribeToActions()
{
    EventBus *bus = m_context.hub.eventBus();
    if (!bus || !bus->isShared()) {
        return;
    }
    bus->subscribe(kInviteTopic, [this](const QByteArray &payload) { onAction(payload); });
}

// An answer or cancellation given on another instance (forwardAction there).
void PlayInvites::onAction(const QByteArray &payload)
{
    const QJsonObject event = QJsonDocument::fromJson(payload).object();
    const auto found = m_invites.constFind(event.value(u"inviteId"_s).toString());
    if (found == m_invites.cend()) {
        return; // another instance's, or already closed
    }
    const qint64 userId = event.value(u"userId"_s).toInteger();
    const QString action = event.value(u"action"_s).toString();
    if (action == u"cancel" && found->fromUserId == userId) {
        close(found->id, u"cancelled"_s);
    } else if (action == u"answer" && found->toUserId == userId) {
        const Invite invite = *found;
        if (!event.value(u"accept"_s).toBool()) {
            close(invite.id, u"declined"_s);
            return;
        }
        const QByteArray instance = event.value(u"instance"_s).toString().toLatin1();
        const QString connectionId = event.value(u"connectionId"_s).toString();
        if (!m_cluster || instance.isEmpty() || connectionId.isEmpty() || busy(invite.fromUserId) ||
            !m_context.hub.session(invite.fromConnection)) {
            close(invite.id, u"unavailable"_s);
            return;
        }
        close(invite.id, u"accepted"_s);
        accept(invite,
               Invitee{PlayCluster::remoteConnection(instance, connectionId), userId,
                       event.value(u"name"_s).toString(), event.value(u"binary"_s).toBool()});
    }
}

void PlayInvites::expire()
{
    const qint64 now = m_clock.elapsed();
    QStringList expired;
    for (const Invite &invite : std::as_const(m_invites)) {
        if (invite.expiresAtMs <= now) {
            expired << invite.id;
        }
    }
    for (const QString &inviteId : expired) {
        close(inviteId, QStringLiteral("expired"));
    }
}

} // namespace transcendence::server
