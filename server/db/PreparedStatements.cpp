#include "db/PreparedStatements.h"

#include <QHash>
#include <QSet>
#include <QSqlResult>

#include <memory>
#include <optional>

namespace transcendence::server::prepared_statements {
namespace {

struct ThreadStatements {
    // connection name -> SQL text -> prepared query
    QHash<QString, QHash<QString, std::shared_ptr<QSqlQuery>>> byConnection;
    std::optional<QSqlQuery> failed;     // the last statement that could not be prepared
    QHash<QString, QSet<QString>> setUp; // connection name -> keys done since it was opened
};

// exec() restarts addBindValue() at the first placeholder, but a use that bound values and then
// returned early (a validation failure) would shift the next use's values: restart it here too.
// QSqlResult::resetBindCount is protected; a pointer to it taken through a subclass is not.
struct BindCountAccess : QSqlResult {
    static void reset(const QSqlQuery &query)
    {
        auto *result = const_cast<QSqlResult *>(query.result());
        (result->*(&BindCountAccess::resetBindCount))();
    }
};

ThreadStatements &statements()
{
    thread_local ThreadStatements perThread;
    return perThread;
}

} // namespace

QSqlQuery &get(const QSqlDatabase &db, const QString &sql)
{
    ThreadStatements &mine = statements();
    auto &forConnection = mine.byConnection[db.connectionName()];
    if (const auto found = forConnection.constFind(sql); found != forConnection.constEnd()) {
        BindCountAccess::reset(**found);
        return **found;
    }
    auto query = std::make_shared<QSqlQuery>(db);
    if (!query->prepare(sql)) {
        mine.failed.reset(); // the previous failure's QSqlQuery goes first
        mine.failed.emplace(std::move(*query));
        return *mine.failed;
    }
    forConnection.insert(sql, query);
    return *query;
}

void forgetConnection(const QString &connectionName)
{
    ThreadStatements &mine = statements();
    mine.failed.reset();
    mine.byConnection.remove(connectionName); // each QSqlQuery deallocates its statement
    mine.setUp.remove(connectionName);
}

bool firstUseSinceOpen(const QSqlDatabase &db, const QString &key)
{
    QSet<QString> &done = statements().setUp[db.connectionName()];
    if (done.contains(key)) {
        return false;
    }
    done.insert(key);
    return true;
}

int count(const QString &connectionName)
{
    return int(statements().byConnection.value(connectionName).size());
}

} // namespace transcendence::server::prepared_statements
