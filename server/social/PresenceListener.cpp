#include "social/PresenceListener.h"

#include "app/StructuredLog.h"
#include "db/DatabaseConnection.h"
#include "social/PresenceStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>

namespace transcendence::server {
namespace {

const QString kConnectionName = QStringLiteral("presence-listener");
constexpr int kCheckIntervalMs = 3000;

} // namespace

PresenceListener::PresenceListener(DatabaseSettings settings, QObject *parent)
    : QThread(parent)
    , m_settings(std::move(settings))
{}

PresenceListener::~PresenceListener()
{
    quit();
    wait();
}

void PresenceListener::run()
{
    const QString channel = QString::fromLatin1(presence_store::kNotifyChannel);
    QObject context; // lives in this thread: the lambdas below run here
    bool subscribed = false;
    bool wasDown = false;
    QSqlDriver *connectedDriver = nullptr;

    const auto onNotification = [this, channel](const QString &name, QSqlDriver::NotificationSource,
                                                const QVariant &payload) {
        if (name != channel) {
            return;
        }
        const QJsonObject body = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
        const qint64 userId = body.value(QStringLiteral("userId")).toInteger();
        if (userId > 0) {
            emit presenceChanged(body.value(QStringLiteral("instance")).toString(), userId,
                                 body.value(QStringLiteral("status")).toString());
        }
    };

    const auto ensureSubscribed = [&] {
        QSqlDatabase db = QSqlDatabase::contains(kConnectionName)
                              ? QSqlDatabase::database(kConnectionName, false)
                              : QSqlDatabase();
        if (subscribed && db.isOpen() && !DatabaseConnection::isBroken(db)) {
            QSqlQuery probe(db); // a dead peer is only noticed when something is sent
            if (probe.exec(QStringLiteral("SELECT 1"))) {
                return;
            }
        }
        subscribed = false;
        if (db.isValid()) {
            db.close(); // drops the old subscription; open() below makes a fresh session
        }
        QString error;
        db = DatabaseConnection::open(m_settings, kConnectionName, &error);
        if (!db.isOpen()) {
            if (!wasDown) {
                StructuredLog::warning(QStringLiteral("presence_listener_down"),
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
        subscribed = db.driver()->subscribeToNotification(channel);
        if (subscribed && wasDown) {
            StructuredLog::info(QStringLiteral("presence_listener_restored"));
        }
        wasDown = !subscribed;
    };

    QTimer check;
    check.setInterval(kCheckIntervalMs);
    QObject::connect(&check, &QTimer::timeout, &context, ensureSubscribed);
    check.start();
    ensureSubscribed();
    exec();
    check.stop();
    DatabaseConnection::remove(kConnectionName);
}

} // namespace transcendence::server
