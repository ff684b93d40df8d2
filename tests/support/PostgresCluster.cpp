#include "PostgresCluster.h"

#include "TestEnvironment.h"
#include "db/DatabaseConnection.h"
#include "db/DatabaseUrl.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QUrl>
#include <QUuid>

namespace transcendence::testing {
namespace {

using server::DatabaseConnection;
using server::DatabaseSettings;

std::optional<DatabaseSettings> adminSettings(QString *error)
{
    auto parsed =
        server::parseDatabaseUrl(TestEnvironment::value("TRANSCENDENCE_TEST_ADMIN_DATABASE_URL"));
    if (auto *message = std::get_if<QString>(&parsed)) {
        *error = *message;
        return std::nullopt;
    }
    return std::get<DatabaseSettings>(parsed);
}

bool execAsAdmin(const QString &sql, QString *error)
{
    const auto settings = adminSettings(error);
    if (!settings) {
        return false;
    }
    const QString connection =
        QStringLiteral("test-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = DatabaseConnection::open(*settings, connection, error);
        if (db.isOpen()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok) {
                *error = query.lastError().text();
            }
        }
    }
    DatabaseConnection::remove(connection);
    return ok;
}

} // namespace

TestDatabase::TestDatabase()
{
    m_name =
        QStringLiteral("transcendence_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    // Identifiers cannot be bound; this name is ours, built from hex digits only.
    if (!execAsAdmin(QStringLiteral("CREATE DATABASE %1 OWNER transcendence").arg(m_name),
                     &m_error)) {
        return;
    }
    auto settings = adminSettings(&m_error);
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(QStringLiteral("transcendence"));
    url.setHost(QStringLiteral("localhost"));
    url.setPort(settings->port);
    url.setPath(QLatin1Char('/') + m_name);
    m_url = url.toString() + QStringLiteral("?host=") + settings->host;
}

TestDatabase::~TestDatabase()
{
    if (!m_url.isEmpty()) {
        QString error;
        execAsAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name), &error);
    }
}

QString TestDatabase::scalar(const QString &sql) const
{
    auto parsed = server::parseDatabaseUrl(m_url);
    const QString connection =
        QStringLiteral("test-scalar-") + QUuid::createUuid().toString(QUuid::Id128);
    QString result;
    {
        QString error;
        QSqlDatabase db =
            DatabaseConnection::open(std::get<DatabaseSettings>(parsed), connection, &error);
        QSqlQuery query(db);
        if (db.isOpen() && query.exec(sql) && query.next()) {
            result = query.value(0).toString();
        } else if (db.isOpen()) {
            result = QStringLiteral("<error: %1>").arg(query.lastError().text());
        } else {
            result = QStringLiteral("<error: %1>").arg(error);
        }
    }
    DatabaseConnection::remove(connection);
    return result;
}

PostgresCluster::PostgresCluster(QString dir)
    : m_dir(std::move(dir))
{}

PostgresCluster::~PostgresCluster()
{
    if (m_initialized) {
        QString output;
        run({QStringLiteral("destroy"), m_dir}, &output);
    }
}

bool PostgresCluster::run(const QStringList &arguments, QString *output) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("bash"), QStringList{TestEnvironment::repoRoot() +
                                                      QStringLiteral("/scripts/lib/postgres.sh")} +
                                              arguments);
    const bool finished = process.waitForFinished(120'000);
    *output = QString::fromUtf8(process.readAll()).trimmed();
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PostgresCluster::init(QString *error)
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const QString port = QString::number(probe.serverPort());
    probe.close();
    m_initialized = true;
    return run({QStringLiteral("init"), m_dir, port}, error);
}

bool PostgresCluster::start(QString *error)
{
    return run({QStringLiteral("start"), m_dir}, error);
}

bool PostgresCluster::stop(QString *error)
{
    return run({QStringLiteral("stop"), m_dir}, error);
}

QString PostgresCluster::url() const
{
    QString output;
    run({QStringLiteral("url"), m_dir}, &output);
    return output;
}

} // namespace transcendence::testing
