#include "auth/SessionEventListener.h"

#include "app/StructuredLog.h"
#include "auth/SessionCache.h"
#include "db/DatabaseConnection.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace transcendence::server {
namespace {

const QString kConnectionName = QStringLiteral("session-event-listener");
constexpr int kCheckIntervalMs = 1000;

} // namespace

SessionEventListener::SessionEventListener(DatabaseSettings settings, SessionCache &cache,
                                           QObject *parent)
    : QThread(parent)
    , m_settings(std::move(settings))
    , m_cache(cache)
{}

SessionEventListener::~SessionEventListener()
{
    quit();
    wait();
    m_cache.setListening(false);
}

void SessionEventListener::run()
{
    const QString channel = QString::fromLatin1(kChannel);
    QObject context; // lives in this thread: the lambdas below run here
    bool subscribed = false;
    bool wasDown = false;
    QSqlDriver *connectedDriver = nullptr;

    // Ended sessions are announced in batches, once per turn of this thread's loop: an expiry
    // sweep deletes many sessions at once, and the hub scans its sockets once per announcement.
    QStringList ended;
    const auto announceEnded = [this, &ended] {
        if (!ended.isEmpty()) {
            emit sessionsEnded(ended);
            ended.clear();
        }
    };
    const auto onNotification = [this, channel, &ended, &context,
                                 announceEnded](const QString &name, QSqlDriver::NotificationSource,
                                                const QVariant &payload) {
        if (name != channel) {
            return;
        }
        const QString text = payload.toString();
        m_cache.apply(text);
        if (text.startsWith(QLatin1String("s:"))) {
            if (ended.isEmpty()) {
                QTimer::singleShot(0, &context, announceEnded);
            }
            ended << text.mid(2);
        }
    };

    const auto setSubscribed = [&](bool now) {
        if (now != subscribed) {
            m_cache.setListening(now);
            emit listeningChanged(now);
        }
        subscribed = now;
    };

    const auto ensureSubscribed = [&] {
        QSqlDatabase db = QSqlDatabase::contains(kConnectionName)
                              ? QSqlDatabase::database(kConnectionName, false)
                              : QSqlDatabase();
        if (subscribed) {
            QSqlQuery probe(db); // a dead peer is only noticed when something is sent
            if (db.isOpen() && !DatabaseConnection::isBroken(db) &&
                probe.exec(QStringLiteral("SELECT 1"))) {
                return;
            }
            StructuredLog::warning(QStringLiteral("session_listener_down"),
                                   {{QStringLiteral("error"), probe.lastError().text()}});
            wasDown = true;
        }
        setSubscribed(false);
        if (db.isValid()) {
            db.close(); // drops the old subscription; open() below makes a fresh session
        }
        QString error;
        db = DatabaseConnection::open(m_settings, kConnectionName, &error);
        if (!db.isOpen()) {
            if (!wasDown) {
                StructuredLog::warning(QStringLiteral("session_listener_down"),
                                       {{QStringLiteral("error"), error}});
            }
            wasDown = true;
            return;
        }
        // The driver object outlives close()/open(): connect its signal once.
        if (db.driver() != connectedDriver) {
            connectedDriver = db.driver();
            QObject::connect(connectedDriver, &QSqlDriver::notification, &context, onNotification);
        }
        const bool ok = db.driver()->subscribeToNotification(channel);
        if (ok) {
            // Logged once per subscription: tests wait for it before counting on the cache.
            StructuredLog::info(wasDown ? QStringLiteral("session_listener_restored")
                                        : QStringLiteral("session_listener_ready"));
        }
        wasDown = !ok;
        setSubscribed(ok);
    };

    QTimer check;
    check.setInterval(kCheckIntervalMs);
    QObject::connect(&check, &QTimer::timeout, &context, ensureSubscribed);
    check.start();
    ensureSubscribed();
    exec();
    check.stop();
    setSubscribed(false);
    DatabaseConnection::remove(kConnectionName);
}

} // namespace transcendence::server
