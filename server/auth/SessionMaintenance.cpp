#include "auth/SessionMaintenance.h"

#include "app/StructuredLog.h"
#include "auth/SessionStore.h"
#include "auth/TwoFactorStore.h"
#include "db/DatabaseWorkers.h"

#include <QSqlQuery>

namespace transcendence::server {
namespace {

constexpr int kIntervalMs = 60 * 60 * 1000;

struct Swept {
    int sessions = -1; // -1: the database was not reachable
    int tickets = 0;
    int challenges = 0;
};

int execCount(QSqlDatabase &db, const QString &sql, const QVariant &bound = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    if (bound.isValid()) {
        query.addBindValue(bound);
    }
    return query.exec() ? query.numRowsAffected() : -1;
}

} // namespace

SessionMaintenance::SessionMaintenance(DatabaseWorkers &workers, QObject *parent)
    : QObject(parent)
    , m_workers(workers)
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SessionMaintenance::runNow);
    m_timer.start();
    runNow();
}

void SessionMaintenance::runNow()
{
    m_workers.run<Swept>(
        this,
        [](QSqlDatabase &db) {
            Swept swept;
            if (!db.isOpen()) {
                return swept;
            }
            // Expired sessions are at least kSessionLifetimeDays past their last use already;
            // revoked ones are kept as long, so the owner still sees them in their data export.
            swept.sessions =
                execCount(db,
                          QStringLiteral("DELETE FROM auth_sessions WHERE last_seen_at < now() - "
                                         "make_interval(days => ?)"),
                          session_store::kSessionLifetimeDays);
            swept.tickets =
                execCount(db, QStringLiteral("DELETE FROM ws_tickets WHERE expires_at < now()"));
            swept.challenges = execCount(
                db, QStringLiteral("DELETE FROM login_challenges WHERE expires_at < now()"));
            execCount(db,
                      QStringLiteral("DELETE FROM second_factor_failures WHERE failed_at < now() - "
                                     "make_interval(secs => ?)"),
                      two_factor_store::kFailureWindowSeconds);
            return swept;
        },
        [](Swept swept) {
            if (swept.sessions < 0) {
                StructuredLog::warning(
                    QStringLiteral("maintenance_skipped"),
                    {{QStringLiteral("reason"), QStringLiteral("database unreachable")}});
                return;
            }
            StructuredLog::info(QStringLiteral("maintenance_done"),
                                {{QStringLiteral("sessionsDeleted"), swept.sessions},
                                 {QStringLiteral("ticketsDeleted"), swept.tickets},
                                 {QStringLiteral("challengesDeleted"), swept.challenges}});
        });
}

} // namespace transcendence::server
