#include "social/PresenceTracker.h"

#include "app/StructuredLog.h"
#include "db/DatabaseWorkers.h"
#include "protocol/SocialMessages.h"
#include "realtime/RealtimeHub.h"
#include "social/PresenceListener.h"
#include "social/SocialStore.h"

#include <QUuid>

namespace transcendence::server {
namespace {

void logFailure(const char *what, const DomainError &error)
{
    StructuredLog::warning(QStringLiteral("presence_update_failed"),
                           {{QStringLiteral("step"), QString::fromLatin1(what)},
                            {QStringLiteral("error"), error.code}});
}

} // namespace

PresenceTracker::PresenceTracker(DatabaseWorkers &workers, RealtimeHub &hub,
                                 const DatabaseSettings &database, PresenceSettings settings,
                                 QObject *parent)
    : QObject(parent)
    , m_workers(workers)
    , m_hub(hub)
    , m_settings(settings)
    , m_instanceId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    setObjectName(QStringLiteral("presenceTracker"));
    connect(&hub, &RealtimeHub::authenticatedSessionReady, this, &PresenceTracker::onSessionReady);
    connect(&hub, &RealtimeHub::authenticatedSessionEnded, this, &PresenceTracker::onSessionEnded);

    m_listener = new PresenceListener(database, this);
    connect(m_listener, &PresenceListener::presenceChanged, this, &PresenceTracker::onRemoteChange);
    m_listener->start();

    m_heartbeat.setInterval(m_settings.heartbeatSeconds * 1000);
    connect(&m_heartbeat, &QTimer::timeout, this, &PresenceTracker::beat);
    m_heartbeat.start();
    beat(); // registers this instance and sweeps the rows of instances that died
    StructuredLog::info(QStringLiteral("presence_started"),
                        {{QStringLiteral("instanceId"), m_instanceId},
                         {QStringLiteral("heartbeatSeconds"), m_settings.heartbeatSeconds},
                         {QStringLiteral("staleAfterSeconds"), m_settings.staleAfterSeconds}});
}

PresenceTracker::~PresenceTracker()
{
    delete m_listener;
    m_listener = nullptr;
    // Queued before the workers stop (they finish every queued job); no answer is awaited.
    const QString instanceId = m_instanceId;
    m_workers.run<bool>(
        nullptr,
        [instanceId](QSqlDatabase &db) {
            presence_store::forgetInstance(db, instanceId);
            return true;
        },
        [](bool) {});
}

PresenceTracker *PresenceTracker::find(const QObject &featureOwner)
{
    return featureOwner.findChild<PresenceTracker *>(QStringLiteral("presenceTracker"),
                                                     Qt::FindDirectChildrenOnly);
}

void PresenceTracker::onSessionReady(qint64 userId, const QString &connectionId)
{
    const LiveConnection connection{connectionId, userId, false};
    m_live.insert(connectionId, connection);
    const QString instanceId = m_instanceId;
    const int stale = m_settings.staleAfterSeconds;
    enqueue(connectionId, [instanceId, connection, stale](QSqlDatabase &db) {
        return presence_store::connect(db, instanceId, connection, stale);
    });
}

void PresenceTracker::onSessionEnded(qint64 userId, const QString &connectionId)
{
    m_live.remove(connectionId);
    const QString instanceId = m_instanceId;
    const int stale = m_settings.staleAfterSeconds;
    enqueue(connectionId, [instanceId, connectionId, userId, stale](QSqlDatabase &db) {
        return presence_store::disconnect(db, instanceId, connectionId, userId, stale);
    });
}

void PresenceTracker::setInGame(const QString &connectionId, bool inGame)
{
    const auto found = m_live.find(connectionId);
    if (found == m_live.end() || found->inGame == inGame) {
        return;
    }
    found->inGame = inGame;
    const qint64 userId = found->userId;
    const QString instanceId = m_instanceId;
    const int stale = m_settings.staleAfterSeconds;
    enqueue(connectionId, [instanceId, connectionId, userId, inGame, stale](QSqlDatabase &db) {
        return presence_store::setInGame(db, instanceId, connectionId, userId, inGame, stale);
    });
}

void PresenceTracker::enqueue(const QString &connectionId, Job job)
{
    JobQueue &queue = m_queues[connectionId];
    queue.jobs.push_back(std::move(job));
    if (!queue.running) {
        runNext(connectionId);
    }
}

void PresenceTracker::runNext(const QString &connectionId)
{
    const auto found = m_queues.find(connectionId);
    if (found == m_queues.end()) {
        return;
    }
    if (found->jobs.empty()) {
        // Written: the next change of this connection starts a queue of its own (an empty one
        // kept for every live connection cost ~600 bytes each, bench/README.md).
        m_queues.erase(found);
        return;
    }
    found->running = true;
    Job job = std::move(found->jobs.front());
    found->jobs.pop_front();
    using Result = std::variant<PresenceChange, DomainError>;
    m_workers.run<Result>(this, std::move(job), [this, connectionId](Result result) {
        if (const auto *error = std::get_if<DomainError>(&result)) {
            logFailure("connection", *error);
        } else if (const auto &change = std::get<PresenceChange>(result); change.changed()) {
            pushToFriends(change.userId, change.after, change.friendIds);
        }
        runNext(connectionId);
    });
}

void PresenceTracker::beat()
{
    if (m_beating) {
        return; // the previous beat is still waiting for the database
    }
    m_beating = true;
    const QString instanceId = m_instanceId;
    const QList<LiveConnection> live = m_live.values();
    const int stale = m_settings.staleAfterSeconds;
    using Result = std::variant<QList<PresenceChange>, DomainError>;
    m_workers.run<Result>(
        this,
        [instanceId, live, stale](QSqlDatabase &db) {
            return presence_store::heartbeat(db, instanceId, live, stale);
        },
        [this](Result result) {
            m_beating = false;
            if (const auto *error = std::get_if<DomainError>(&result)) {
                logFailure("heartbeat", *error);
                return;
            }
            for (const PresenceChange &change : std::get<QList<PresenceChange>>(result)) {
                pushToFriends(change.userId, change.after, change.friendIds);
            }
        });
}

void PresenceTracker::onRemoteChange(const QString &instanceId, qint64 userId,
                                     const QString &status)
{
    if (instanceId == m_instanceId || !protocol::presence_status::isKnown(status) ||
        m_hub.sessionCount() == 0) {
        return; // ours were pushed already; nobody here to tell
    }
    using Result = std::variant<QList<qint64>, DomainError>;
    m_workers.run<Result>(
        this, [userId](QSqlDatabase &db) { return social_store::friendIds(db, userId); },
        [this, userId, status](Result result) {
            if (const auto *error = std::get_if<DomainError>(&result)) {
                logFailure("remote", *error);
                return;
            }
            pushToFriends(userId, status, std::get<QList<qint64>>(result));
        });
}

void PresenceTracker::pushToFriends(qint64 userId, const QString &status,
                                    const QList<qint64> &friendIds)
{
    const QJsonObject message = protocol::PresenceUpdate{userId, status}.toJson();
    for (const qint64 friendId : friendIds) {
        m_hub.sendToUser(friendId, message);
    }
}

} // namespace transcendence::server
