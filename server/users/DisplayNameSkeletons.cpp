#include "users/DisplayNameSkeletons.h"

#include "app/StructuredLog.h"
#include "auth/AccountRules.h"
#include "db/DatabaseWorkers.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

namespace transcendence::server::display_name_skeletons {

int fillBatch(QSqlDatabase &db, int batchSize)
{
    if (!db.isOpen()) {
        return -1;
    }
    QSqlQuery pending(db);
    pending.prepare(QStringLiteral("SELECT id, display_name FROM users "
                                   "WHERE display_name_skeleton IS NULL "
                                   "AND username NOT LIKE 'anonymous\\_%' ORDER BY id LIMIT ?"));
    pending.addBindValue(batchSize);
    if (!pending.exec()) {
        return -1;
    }
    QList<std::pair<qint64, QString>> rows;
    while (pending.next()) {
        rows.append({pending.value(0).toLongLong(), pending.value(1).toString()});
    }
    int filled = 0;
    for (const auto &[id, displayName] : rows) {
        const QString skeleton = account_rules::displayNameSkeleton(displayName);
        // The lower id got there first: on a clash, this one is marked as its own.
        if (!db.transaction()) {
            return -1;
        }
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE users SET display_name_skeleton = "
                                      "CASE WHEN EXISTS (SELECT 1 FROM users o WHERE "
                                      "o.display_name_skeleton = ?) THEN ? ELSE ? END "
                                      "WHERE id = ? AND display_name_skeleton IS NULL"));
        update.addBindValue(skeleton);
        update.addBindValue(skeleton + QChar(0xFFFF) + QString::number(id));
        update.addBindValue(skeleton);
        update.addBindValue(id);
        if (!update.exec() || !db.commit()) {
            db.rollback();
            // A new account took that skeleton meanwhile: the next batch marks this one.
            continue;
        }
        ++filled;
    }
    return filled;
}

void fillInBackground(DatabaseWorkers &workers, QObject *context)
{
    auto total = std::make_shared<int>(0);
    auto step = std::make_shared<std::function<void()>>();
    *step = [&workers, context, total, step] {
        workers.run<int>(
            context, [](QSqlDatabase &db) { return fillBatch(db); },
            [total, step](int filled) {
                if (filled > 0) {
                    *total += filled;
                    (*step)();
                    return;
                }
                StructuredLog::write(
                    filled < 0 ? LogLevel::Warning : LogLevel::Info,
                    QStringLiteral("display_name_skeletons_filled"),
                    {{QStringLiteral("rows"), *total}, {QStringLiteral("complete"), filled == 0}});
                *step = nullptr; // ends the cycle of shared pointers
            });
    };
    (*step)();
}

} // namespace transcendence::server::display_name_skeletons
