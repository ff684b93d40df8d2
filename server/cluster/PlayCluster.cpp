#include "cluster/PlayCluster.h"

#include "app/StructuredLog.h"
#include "cluster/RedisClient.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace transcendence::server {

using namespace Qt::StringLiterals;

namespace {

const QByteArray kQueueKey = "transcendence:play:queue";
const QByteArray kSeatPrefix = "transcendence:play:seat:";
const QByteArray kRoomPrefix = "transcendence:play:room:";

// KEYS: the queue, the account's seat. ARGV: user id, ticket.
// 0 queued, 1 already queued, 2 has a seat somewhere.
const QByteArray kEnqueueScript = R"lua(
if redis.call('EXISTS', KEYS[2]) == 1 then return 2 end
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 0 then return 1 end
return 0
)lua";

// KEYS: the queue. ARGV: user id, the connection ("" = any). The removed ticket, or nil.
const QByteArray kDequeueScript = R"lua(
local ticket = redis.call('HGET', KEYS[1], ARGV[1])
if not ticket then return false end
if ARGV[2] ~= '' and cjson.decode(ticket).connection ~= ARGV[2] then return false end
redis.call('HDEL', KEYS[1], ARGV[1])
return ticket
)lua";

// KEYS: the queue, then each account's seat. ARGV: the seat value, its lifetime (ms), then the
// user ids. All or nothing: 1 claimed, 0 someone is gone. An account that has a seat by now (a
// match it started on another instance after it queued) loses its ticket instead, and nobody is
// claimed: the answer lists those accounts.
const QByteArray kClaimScript = R"lua(
local seated = {}
for i = 3, #ARGV do
  if redis.call('HEXISTS', KEYS[1], ARGV[i]) == 0 then return 0 end
  if redis.call('EXISTS', KEYS[i - 1]) == 1 then seated[#seated + 1] = ARGV[i] end
end
if #seated > 0 then
  for _, id in ipairs(seated) do redis.call('HDEL', KEYS[1], id) end
  return seated
end
for i = 3, #ARGV do
  redis.call('HDEL', KEYS[1], ARGV[i])
  redis.call('SET', KEYS[i - 1], ARGV[1], 'PX', ARGV[2])
end
return 1
)lua";

// KEYS: keys to delete while they hold ARGV[1].
const QByteArray kForgetScript = R"lua(
for i = 1, #KEYS do
  if redis.call('GET', KEYS[i]) == ARGV[1] then redis.call('DEL', KEYS[i]) end
end
return 0
)lua";

const QByteArray kAlivePrefix = "transcendence:play:alive:";
const QByteArray kHostedPrefix = "transcendence:play:hosted:";
const QByteArray kCheckpointPrefix = "transcendence:play:checkpoint:";
const QByteArray kTakenPrefix = "transcendence:play:taken:";

// ARGV: this instance, the lease (ms), how long a taken list lives (ms). Renews the lease and
// returns the rooms other instances took from this one (an instance thought dead that comes
// back learns which rooms are no longer its own; the list stays until it expires, so a reply
// lost on the way costs nothing).
const QByteArray kHeartbeatScript = R"lua(
redis.call('SET', 'transcendence:play:alive:' .. ARGV[1], '1', 'PX', ARGV[2])
redis.call('SADD', 'transcendence:play:instances', ARGV[1])
return redis.call('SMEMBERS', 'transcendence:play:taken:' .. ARGV[1])
)lua";

// KEYS: the room's directory entry, then its players' seats. ARGV: this instance's taken list,
// the room, this instance, the seat value, the entries' lifetime. Not for a room another
// instance took from this one: its entries are the new host's.
const QByteArray kAnnounceScript = R"lua(
if redis.call('SISMEMBER', ARGV[1], ARGV[2]) == 1 then return 0 end
redis.call('SET', KEYS[1], ARGV[3], 'PX', ARGV[5])
for i = 2, #KEYS do redis.call('SET', KEYS[i], ARGV[4], 'PX', ARGV[5]) end
return 1
)lua";

// ARGV: this instance, how long a taken list lives (ms). Every instance whose alive key has
// expired loses its rooms to this one (their checkpoints are returned; the rooms go on its
// taken list, in case it was only stalled) and its queue tickets; nothing else happens in
// between.
const QByteArray kClaimOrphansScript = R"lua(
local claimed = {}
for _, instance in ipairs(redis.call('SMEMBERS', 'transcendence:play:instances')) do
  if instance ~= ARGV[1] and
     redis.call('EXISTS', 'transcendence:play:alive:' .. instance) == 0 then
    local hosted = 'transcendence:play:hosted:' .. instance
    local taken = 'transcendence:play:taken:' .. instance
    for _, room in ipairs(redis.call('SMEMBERS', hosted)) do
      local checkpoint = redis.call('GET', 'transcendence:play:checkpoint:' .. room)
      if checkpoint then
        redis.call('SADD', 'transcendence:play:hosted:' .. ARGV[1], room)
        redis.call('SREM', 'transcendence:play:taken:' .. ARGV[1], room)
        redis.call('SADD', taken, room)
        redis.call('PEXPIRE', taken, ARGV[2])
        table.insert(claimed, checkpoint)
      end
    end
    redis.call('DEL', hosted)
    redis.call('SREM', 'transcendence:play:instances', instance)
    local queue = redis.call('HGETALL', 'transcendence:play:queue')
    for i = 1, #queue, 2 do
      if cjson.decode(queue[i + 1]).instance == instance then
        redis.call('HDEL', 'transcendence:play:queue', queue[i])
      end
    end
  end
end
return claimed
)lua";

// KEYS: this instance's hosted set, the room's checkpoint. ARGV: the room. 1 if it was ours.
const QByteArray kReleaseScript = R"lua(
local ours = redis.call('SREM', KEYS[1], ARGV[1])
if ours == 1 then redis.call('DEL', KEYS[2]) end
return ours
)lua";

// KEYS: this instance's hosted set, the room's checkpoint. ARGV: the room, the checkpoint, its
// lifetime. Only while this instance hosts the room (not after another took it over).
const QByteArray kSaveCheckpointScript = R"lua(
if redis.call('SISMEMBER', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
return 1
)lua";

// ARGV: this instance's taken list, the entries' lifetime (ms), then for each room its id, its
// start (epoch ms) and its entry. Rooms another instance took from this one are left alone.
const QByteArray kPublishLiveScript = R"lua(
for i = 3, #ARGV, 3 do
  if redis.call('SISMEMBER', ARGV[1], ARGV[i]) == 0 then
    redis.call('SET', 'transcendence:play:live:' .. ARGV[i], ARGV[i + 2], 'PX', ARGV[2])
    redis.call('ZADD', 'transcendence:play:live', ARGV[i + 1], ARGV[i])
  end
end
return 0
)lua";

// The entries of every live room, newest first; rooms whose entry expired (their host stopped
// refreshing it) leave the index.
const QByteArray kLiveRoomsScript = R"lua(
local entries = {}
for _, room in ipairs(redis.call('ZREVRANGE', 'transcendence:play:live', 0, -1)) do
  local entry = redis.call('GET', 'transcendence:play:live:' .. room)
  if entry then
    table.insert(entries, entry)
  else
    redis.call('ZREM', 'transcendence:play:live', room)
  end
end
return entries
)lua";

// KEYS: the room's directory entry. ARGV: this instance, the room. The room's live entry goes
// unless another instance hosts the room now.
const QByteArray kForgetLiveScript = R"lua(
local host = redis.call('GET', KEYS[1])
if host and host ~= ARGV[1] then return 0 end
redis.call('DEL', 'transcendence:play:live:' .. ARGV[2])
redis.call('ZREM', 'transcendence:play:live', ARGV[2])
return 1
)lua";

QByteArray seatKey(qint64 userId)
{
    return kSeatPrefix + QByteArray::number(userId);
}

QByteArray roomKey(const QString &roomId)
{
    return kRoomPrefix + roomId.toUtf8();
}

} // namespace

PlayCluster::PlayCluster(RedisClient &redis, QByteArray instanceId, QObject *parent)
    : QObject(parent)
    , m_redis(redis)
    , m_instanceId(std::move(instanceId))
    , m_channel(channelOf(m_instanceId))
{
    qRegisterMetaType<PlayCluster::Frame>();
    qRegisterMetaType<PlayCluster::RestFrame>();
    connect(&m_redis, &RedisClient::message, this, &PlayCluster::onMessage);
    m_redis.subscribe(m_channel);
}

QString PlayCluster::remoteConnection(const QByteArray &instance, const QString &connectionId)
{
    return u'@' + QString::fromLatin1(instance) + u'/' + connectionId;
}

std::pair<QByteArray, QString> PlayCluster::splitRemote(const QString &remoteConnectionId)
{
    const qsizetype slash = remoteConnectionId.indexOf(u'/');
    if (!isRemote(remoteConnectionId) || slash < 2) {
        return {};
    }
    return {remoteConnectionId.mid(1, slash - 1).toLatin1(), remoteConnectionId.mid(slash + 1)};
}

QByteArray PlayCluster::channelOf(const QByteArray &instance) const
{
    return "transcendence:play:relay:" + instance;
}

QByteArray PlayCluster::seatValue(const QString &roomId) const
{
    return roomId.toUtf8() + '\n' + m_instanceId;
}

void PlayCluster::enqueue(const Ticket &ticket, std::function<void(Enqueued)> done)
{
    const QJsonObject json{
        {u"userId"_s, ticket.userId},
        {u"mode"_s, protocol::queueModeName(ticket.mode)},
        {u"instance"_s, QString::fromLatin1(ticket.instance)},
        {u"connection"_s, remoteConnection(ticket.instance, ticket.connectionId)},
        {u"name"_s, ticket.name},
        {u"rating"_s, ticket.rating},
        {u"joinedAt"_s, ticket.joinedAtMs},
        {u"config"_s, ticket.config.toJson()},
        {u"binary"_s, ticket.binary}};
    call({"EVAL", kEnqueueScript, "2", kQueueKey, seatKey(ticket.userId),
          QByteArray::number(ticket.userId), QJsonDocument(json).toJson(QJsonDocument::Compact)},
         [done = std::move(done)](const RedisReply &reply) {
             if (reply.type != RedisReply::Type::Integer) {
                 done(Enqueued::Unavailable);
             } else {
                 done(reply.integer == 0   ? Enqueued::Queued
                      : reply.integer == 1 ? Enqueued::AlreadyQueued
                                           : Enqueued::AlreadyPlaying);
             }
         });
}

void PlayCluster::dequeue(qint64 userId, const QString &connectionId,
                          std::function<void(std::optional<Ticket>)> done)
{
    const QByteArray connection = connectionId.isEmpty()
                                      ? QByteArray()
                                      : remoteConnection(m_instanceId, connectionId).toUtf8();
    call({"EVAL", kDequeueScript, "1", kQueueKey, QByteArray::number(userId), connection},
         [done = std::move(done)](const RedisReply &reply) {
             if (done) {
                 done(reply.type == RedisReply::Type::String ? parseTicket(reply.string)
                                                             : std::nullopt);
             }
         });
}

void PlayCluster::tickets(std::function<void(std::optional<std::vector<Ticket>>)> done)
{
    call({"HVALS", kQueueKey}, [done = std::move(done)](const RedisReply &reply) {
        if (reply.type != RedisReply::Type::Array) {
            done(std::nullopt);
            return;
        }
        std::vector<Ticket> all;
        for (const RedisReply &element : reply.elements) {
            if (auto ticket = parseTicket(element.string)) {
                all.push_back(std::move(*ticket));
            }
        }
        done(std::move(all));
    });
}

std::optional<PlayCluster::Ticket> PlayCluster::parseTicket(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    const auto mode = protocol::queueModeFromName(object.value(u"mode"_s).toString());
    const auto config = engine::MatchConfig::fromJson(object.value(u"config"_s).toObject());
    const auto [instance, connectionId] = splitRemote(object.value(u"connection"_s).toString());
    if (!mode || !std::holds_alternative<engine::MatchConfig>(config) || instance.isEmpty()) {
        StructuredLog::warning(u"queue_ticket_invalid"_s, {{u"size"_s, json.size()}});
        return std::nullopt;
    }
    Ticket ticket;
    ticket.userId = object.value(u"userId"_s).toInteger();
    ticket.mode = *mode;
    ticket.instance = instance;
    ticket.connectionId = connectionId;
    ticket.name = object.value(u"name"_s).toString();
    ticket.rating = object.value(u"rating"_s).toInt();
    ticket.joinedAtMs = object.value(u"joinedAt"_s).toInteger();
    ticket.config = std::get<engine::MatchConfig>(config);
    ticket.binary = object.value(u"binary"_s).toBool();
    return ticket;
}

void PlayCluster::claim(const std::vector<qint64> &userIds, const QString &roomId,
                        std::function<void(Claim)> done)
{
    QList<QByteArray> arguments{"EVAL", kClaimScript, QByteArray::number(userIds.size() + 1),
                                kQueueKey};
    for (qint64 userId : userIds) {
        arguments << seatKey(userId);
    }
    arguments << seatValue(roomId) << QByteArray::number(kDirectoryTtlMs);
    for (qint64 userId : userIds) {
        arguments << QByteArray::number(userId);
    }
    call(arguments, [done = std::move(done)](const RedisReply &reply) {
        Claim claim;
        claim.claimed = reply.type == RedisReply::Type::Integer && reply.integer == 1;
        if (reply.type == RedisReply::Type::Array) {
            for (const RedisReply &element : reply.elements) {
                bool ok = false;
                const qint64 userId = element.string.toLongLong(&ok);
                if (ok) {
                    claim.seated.push_back(userId);
                }
            }
        }
        done(claim);
    });
}

void PlayCluster::announceRoom(const QString &roomId, const std::vector<qint64> &players,
                               std::function<void()> done)
{
    QList<QByteArray> arguments{"EVAL", kAnnounceScript, QByteArray::number(players.size() + 1),
                                roomKey(roomId)};
    for (qint64 userId : players) {
        arguments << seatKey(userId);
    }
    arguments << kTakenPrefix + m_instanceId << roomId.toUtf8() << m_instanceId << seatValue(roomId)
              << QByteArray::number(kDirectoryTtlMs);
    if (!done) {
        call(arguments);
        return;
    }
    call(arguments, [done = std::move(done)](const RedisReply &) { done(); });
}

void PlayCluster::forgetRoom(const QString &roomId, const std::vector<qint64> &players)
{
    // Before the directory entry it checks goes.
    call({"EVAL", kForgetLiveScript, "1", roomKey(roomId), m_instanceId, roomId.toUtf8()});
    call({"EVAL", kForgetScript, "1", roomKey(roomId), m_instanceId});
    for (qint64 userId : players) {
        forgetSeat(userId, roomId);
    }
}

void PlayCluster::forgetSeat(qint64 userId, const QString &roomId)
{
    call({"EVAL", kForgetScript, "1", seatKey(userId), seatValue(roomId)});
}

void PlayCluster::seatOf(qint64 userId, std::function<void(std::optional<Seat>)> done)
{
    call({"GET", seatKey(userId)}, [done = std::move(done)](const RedisReply &reply) {
        const qsizetype newline = reply.string.indexOf('\n');
        if (reply.type != RedisReply::Type::String || newline < 1) {
            done(std::nullopt);
            return;
        }
        done(Seat{QString::fromUtf8(reply.string.left(newline)), reply.string.mid(newline + 1)});
    });
}

void PlayCluster::hostOf(const QString &roomId, std::function<void(std::optional<QByteArray>)> done)
{
    call({"GET", roomKey(roomId)}, [done = std::move(done)](const RedisReply &reply) {
        if (reply.type == RedisReply::Type::String && !reply.string.isEmpty()) {
            done(reply.string);
        } else {
            done(std::nullopt);
        }
    });
}

void PlayCluster::roomLives(const QString &roomId, std::function<void(std::optional<bool>)> done)
{
    call({"EXISTS", roomKey(roomId), kCheckpointPrefix + roomId.toUtf8()},
         [done = std::move(done)](const RedisReply &reply) {
             if (reply.type != RedisReply::Type::Integer) {
                 done(std::nullopt);
             } else {
                 done(reply.integer > 0);
             }
         });
}

// Replies that come after this object is gone (Redis fails the commands in flight when it is
// destroyed, or later) reach nobody: the callers' captures may be gone too.
void PlayCluster::call(const QList<QByteArray> &arguments, RedisConnection::ReplyHandler done)
{
    if (!done) {
        m_redis.command(arguments);
        return;
    }
    m_redis.command(arguments, [alive = std::weak_ptr<int>(m_lifetime),
                                done = std::move(done)](const RedisReply &reply) {
        if (alive.lock()) {
            done(reply);
        }
    });
}

void PlayCluster::heartbeat(std::function<void(const QStringList &taken)> taken)
{
    call({"EVAL", kHeartbeatScript, "0", m_instanceId, QByteArray::number(kAliveTtlMs),
          QByteArray::number(kCheckpointTtlMs)},
         [this, taken = std::move(taken)](const RedisReply &reply) {
             QStringList rooms;
             for (const RedisReply &element : reply.elements) {
                 const QString room = QString::fromUtf8(element.string);
                 if (m_hosted.remove(room)) { // news: it ran here until now
                     m_lost.insert(room);
                     rooms << room;
                 }
             }
             if (!rooms.isEmpty() && taken) {
                 taken(rooms);
             }
         });
}

void PlayCluster::isAlive(const QByteArray &instance, std::function<void(std::optional<bool>)> done)
{
    call({"EXISTS", kAlivePrefix + instance}, [done = std::move(done)](const RedisReply &reply) {
        if (reply.type != RedisReply::Type::Integer) {
            done(std::nullopt);
        } else {
            done(reply.integer == 1);
        }
    });
}

void PlayCluster::saveCheckpoint(const QString &roomId, const QByteArray &checkpoint)
{
    const QByteArray room = roomId.toUtf8();
    if (m_lost.contains(roomId)) {
        return; // one still on its way from a room taken from this instance
    }
    if (m_hosted.contains(roomId)) {
        call({"EVAL", kSaveCheckpointScript, "2", kHostedPrefix + m_instanceId,
              kCheckpointPrefix + room, room, checkpoint, QByteArray::number(kCheckpointTtlMs)});
        return;
    }
    // The first one: the room is this instance's from now on.
    m_hosted.insert(roomId);
    call({"SADD", kHostedPrefix + m_instanceId, room});
    call({"SET", kCheckpointPrefix + room, checkpoint, "PX", QByteArray::number(kCheckpointTtlMs)});
}

void PlayCluster::claimOrphanedRooms(std::function<void(const QList<QByteArray> &)> done)
{
    call({"EVAL", kClaimOrphansScript, "0", m_instanceId, QByteArray::number(kCheckpointTtlMs)},
         [done = std::move(done)](const RedisReply &reply) {
             QList<QByteArray> checkpoints;
             for (const RedisReply &element : reply.elements) {
                 checkpoints << element.string;
             }
             if (!checkpoints.isEmpty()) {
                 done(checkpoints);
             }
         });
}

void PlayCluster::releaseRoom(const QString &roomId, std::function<void(std::optional<bool>)> done)
{
    m_hosted.remove(roomId);
    const QByteArray room = roomId.toUtf8();
    call(
        {"EVAL", kReleaseScript, "2", kHostedPrefix + m_instanceId, kCheckpointPrefix + room, room},
        [done = std::move(done)](const RedisReply &reply) {
            if (!done) {
                return;
            }
            if (reply.type != RedisReply::Type::Integer) {
                done(std::nullopt);
            } else {
                done(reply.integer == 1);
            }
        });
}

// ARGV: this instance, the entries' lifetime (ms), then the rooms.
const QByteArray kRestPlayersScript = R"lua(
for i = 3, #ARGV do
  redis.call('SET', 'transcendence:play:rest:' .. ARGV[i], ARGV[1], 'PX', ARGV[2])
end
return 0
)lua";

void PlayCluster::announceRestPlayers(const QStringList &roomIds, std::function<void()> done)
{
    if (roomIds.isEmpty()) {
        return;
    }
    QList<QByteArray> arguments{"EVAL", kRestPlayersScript, "0", m_instanceId,
                                QByteArray::number(kDirectoryTtlMs)};
    for (const QString &roomId : roomIds) {
        arguments << roomId.toUtf8();
    }
    if (!done) {
        call(arguments);
        return;
    }
    call(arguments, [done = std::move(done)](const RedisReply &) { done(); });
}

void PlayCluster::forgetRestPlayer(const QString &roomId)
{
    call({"EVAL", kForgetScript, "1", "transcendence:play:rest:" + roomId.toUtf8(), m_instanceId});
}

void PlayCluster::restHostOf(const QString &roomId,
                             std::function<void(std::optional<QByteArray>)> done)
{
    call({"GET", "transcendence:play:rest:" + roomId.toUtf8()},
         [done = std::move(done)](const RedisReply &reply) {
             if (reply.type == RedisReply::Type::String && !reply.string.isEmpty()) {
                 done(reply.string);
             } else {
                 done(std::nullopt);
             }
         });
}

void PlayCluster::publishLive(const std::vector<LiveRoom> &rooms)
{
    if (rooms.empty()) {
        return;
    }
    QList<QByteArray> arguments{"EVAL", kPublishLiveScript, "0", kTakenPrefix + m_instanceId,
                                QByteArray::number(kDirectoryTtlMs)};
    for (const LiveRoom &room : rooms) {
        arguments << room.roomId.toUtf8() << QByteArray::number(room.startedAtMs) << room.json;
    }
    call(arguments);
}

void PlayCluster::liveRooms(std::function<void(std::optional<std::vector<QByteArray>>)> done)
{
    call({"EVAL", kLiveRoomsScript, "0"}, [done = std::move(done)](const RedisReply &reply) {
        if (reply.type != RedisReply::Type::Array) {
            done(std::nullopt);
            return;
        }
        std::vector<QByteArray> entries;
        entries.reserve(std::size_t(reply.elements.size()));
        for (const RedisReply &element : reply.elements) {
            entries.push_back(element.string);
        }
        done(std::move(entries));
    });
}

// The frame on an instance's channel: "<kind><connection id>\n<payload>".
void PlayCluster::send(const QByteArray &instance, Frame frame, const QString &connectionId,
                       const QByteArray &payload)
{
    publish(instance, char(frame), connectionId, payload);
}

void PlayCluster::send(const QByteArray &instance, RestFrame frame, const QString &id,
                       const QByteArray &payload)
{
    publish(instance, char(frame), id, payload);
}

void PlayCluster::publish(const QByteArray &instance, char kind, const QString &id,
                          const QByteArray &payload)
{
    QByteArray bytes;
    const QByteArray connection = id.toUtf8();
    bytes.reserve(connection.size() + payload.size() + 2);
    bytes.append(kind).append(connection).append('\n').append(payload);
    call({"PUBLISH", channelOf(instance), bytes});
}

void PlayCluster::onMessage(const QByteArray &channel, const QByteArray &payload)
{
    if (channel != m_channel) {
        return;
    }
    const qsizetype newline = payload.indexOf('\n');
    if (newline < 1) {
        StructuredLog::warning(u"relay_frame_invalid"_s, {{u"size"_s, payload.size()}});
        return;
    }
    const char kind = payload.at(0);
    const QString connectionId = QString::fromUtf8(payload.mid(1, newline - 1));
    if (kind == char(RestFrame::Request) || kind == char(RestFrame::Reply)) {
        emit restFrameReceived(RestFrame(kind), connectionId, payload.mid(newline + 1));
        return;
    }
    emit frameReceived(Frame(kind), connectionId, payload.mid(newline + 1));
}

} // namespace transcendence::server
