#include "db/DatabaseHealthProbe.h"

#include "db/DatabaseConnection.h"

#include <QSqlError>
#include <QSqlQuery>

namespace transcendence::server {

DatabaseHealthProbe::DatabaseHealthProbe(DatabaseSettings settings)
    : m_settings(std::move(settings))
    , m_connectionName(QStringLiteral("health-probe"))
{}

DatabaseHealthProbe::~DatabaseHealthProbe() = default;

void DatabaseHealthProbe::check()
{
    QString error;
    QSqlDatabase db = DatabaseConnection::open(m_settings, m_connectionName, &error);
    if (db.isValid() && db.isOpen()) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT 1")) && query.next()) {
            emit checked(true, {});
            return;
        }
        error = query.lastError().text().trimmed();
        db.close(); // a broken connection is re-opened on the next check
    }
    emit checked(false, error);
}

void DatabaseHealthProbe::closeConnection()
{
    DatabaseConnection::remove(m_connectionName);
}

} // namespace transcendence::server
