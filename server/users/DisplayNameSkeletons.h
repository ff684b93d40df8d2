#pragma once

#include <QSqlDatabase>

class QObject;

namespace transcendence::server {

class DatabaseWorkers;

// Fills users.display_name_skeleton for accounts from before it existed
// (sql/0023_account_limits.sql), in batches on a worker, once at start-up. Where two
// existing names already look alike, the account with the higher id gets its skeleton followed
// by U+FFFF and its id: unique, and matching no new name (so it blocks nothing), while the other
// one blocks every new look-alike.
namespace display_name_skeletons {

// One batch; the number of rows filled (0: done), or -1 when the database failed.
int fillBatch(QSqlDatabase &db, int batchSize = 500);
// Runs batches until none is left; logs display_name_skeletons_filled.
void fillInBackground(DatabaseWorkers &workers, QObject *context);

} // namespace display_name_skeletons
} // namespace transcendence::server
