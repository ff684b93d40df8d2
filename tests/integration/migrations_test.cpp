// Schema migrations at start-up: applied once, idempotent, serialized between instances, and a
// failing migration stops start-up without changing anything.
#include "PostgresCluster.h"
#include "ServerProcess.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace transcendence::testing;

class MigrationsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void appliedOnceAndIdempotent();
    void instancesStartingTogetherDoNotRace();
    void failedMigrationStopsStartupAndChangesNothing();
    void changedMigrationIsRefused();

private:
    static QString migrationCount(const TestDatabase &db)
    {
        return db.scalar(QStringLiteral("SELECT count(*) FROM schema_migrations"));
    }
    // A folder holding copies of the real migrations plus extra files.
    static QString migrationsFolderWith(const QHash<QString, QByteArray> &extra);

    int m_realMigrations = 0;
};

void MigrationsTest::initTestCase()
{
    TRANSCENDENCE_REQUIRE_TEST_ENV("TRANSCENDENCE_TEST_ADMIN_DATABASE_URL");
    m_realMigrations = int(QDir(TestEnvironment::repoRoot() + QStringLiteral("/sql"))
                               .entryList({QStringLiteral("*.sql")})
                               .size());
    QVERIFY(m_realMigrations >= 1);
}

QString MigrationsTest::migrationsFolderWith(const QHash<QString, QByteArray> &extra)
{
    const QString dir = TestEnvironment::scratchDir();
    const QDir source(TestEnvironment::repoRoot() + QStringLiteral("/sql"));
    for (const QString &name : source.entryList({QStringLiteral("*.sql")})) {
        QFile::copy(source.filePath(name), dir + QLatin1Char('/') + name);
    }
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        QFile file(dir + QLatin1Char('/') + it.key());
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(it.value());
    }
    return dir;
}

void MigrationsTest::appliedOnceAndIdempotent()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    {
        ServerProcess first(db.url(), QStringLiteral("https://localhost"));
        QVERIFY2(first.start(), qPrintable(first.log()));
        const auto done = first.events(QStringLiteral("migrations_done"));
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().value(QStringLiteral("applied")).toArray().size(), m_realMigrations);
        QCOMPARE(first.terminate(), 0);
    }
    QCOMPARE(migrationCount(db), QString::number(m_realMigrations));
    QCOMPARE(db.scalar(QStringLiteral("SELECT min(version) FROM schema_migrations")),
             QStringLiteral("1"));

    ServerProcess second(db.url(), QStringLiteral("https://localhost"));
    QVERIFY2(second.start(), qPrintable(second.log()));
    const auto done = second.events(QStringLiteral("migrations_done"));
    QCOMPARE(done.first().value(QStringLiteral("applied")).toArray().size(), 0);
    QCOMPARE(done.first().value(QStringLiteral("alreadyApplied")).toInt(), m_realMigrations);
    QCOMPARE(migrationCount(db), QString::number(m_realMigrations));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM server_instances")),
             QStringLiteral("2"));
}

void MigrationsTest::instancesStartingTogetherDoNotRace()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    // A slow migration widens the window in which two unsynchronized instances would collide.
    const QString folder = migrationsFolderWith(
        {{QStringLiteral("9001_slow.sql"),
          QByteArrayLiteral("SELECT pg_sleep(0.5); CREATE TABLE race_probe (id int);")}});
    ServerProcess a(db.url(), QStringLiteral("https://localhost"));
    ServerProcess b(db.url(), QStringLiteral("https://localhost"));
    for (ServerProcess *server : {&a, &b}) {
        server->environment().insert(QStringLiteral("TRANSCENDENCE_MIGRATIONS_DIR"), folder);
        QVERIFY(server->launch());
    }
    QVERIFY2(a.waitUntilListening(), qPrintable(a.log()));
    QVERIFY2(b.waitUntilListening(), qPrintable(b.log()));
    const int appliedByA = int(a.events(QStringLiteral("migrations_done"))
                                   .first()
                                   .value(QStringLiteral("applied"))
                                   .toArray()
                                   .size());
    const int appliedByB = int(b.events(QStringLiteral("migrations_done"))
                                   .first()
                                   .value(QStringLiteral("applied"))
                                   .toArray()
                                   .size());
    QCOMPARE(appliedByA + appliedByB,
             m_realMigrations + 1); // each applied exactly once, by one of them
    QCOMPARE(migrationCount(db), QString::number(m_realMigrations + 1));
}

void MigrationsTest::failedMigrationStopsStartupAndChangesNothing()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const QString folder = migrationsFolderWith(
        {{QStringLiteral("9000_broken.sql"),
          QByteArrayLiteral("CREATE TABLE broken_probe (id int);\nSELECT no_such_function();\n")}});
    ServerProcess server(db.url(), QStringLiteral("https://localhost"));
    server.environment().insert(QStringLiteral("TRANSCENDENCE_MIGRATIONS_DIR"), folder);
    QVERIFY(server.launch());
    QVERIFY(server.waitForExit() != 0);
    const auto failures = server.events(QStringLiteral("migration_failed"));
    QCOMPARE(failures.size(), 1);
    const QString message = failures.first().value(QStringLiteral("error")).toString();
    QVERIFY2(message.contains(QLatin1String("9000_broken.sql")) &&
                 message.contains(QLatin1String("no_such_function")),
             qPrintable(message));
    QVERIFY(server.events(QStringLiteral("listening")).isEmpty());
    // The broken migration left nothing behind; the good ones before it stay applied.
    QCOMPARE(db.scalar(QStringLiteral("SELECT to_regclass('broken_probe') IS NULL")),
             QStringLiteral("true"));
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT count(*) FROM schema_migrations WHERE version = 9000")),
        QStringLiteral("0"));
    QCOMPARE(migrationCount(db), QString::number(m_realMigrations));
}

void MigrationsTest::changedMigrationIsRefused()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    {
        ServerProcess server(db.url(), QStringLiteral("https://localhost"));
        QVERIFY2(server.start(), qPrintable(server.log()));
    }
    QFile original(TestEnvironment::repoRoot() + QStringLiteral("/sql/0001_init.sql"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QString folder = migrationsFolderWith(
        {{QStringLiteral("0001_init.sql"), original.readAll() + "\n-- edited\n"}});
    ServerProcess server(db.url(), QStringLiteral("https://localhost"));
    server.environment().insert(QStringLiteral("TRANSCENDENCE_MIGRATIONS_DIR"), folder);
    QVERIFY(server.launch());
    QVERIFY(server.waitForExit() != 0);
    const auto failures = server.events(QStringLiteral("migration_failed"));
    QCOMPARE(failures.size(), 1);
    QVERIFY(failures.first()
                .value(QStringLiteral("error"))
                .toString()
                .contains(QLatin1String("was changed")));
}

QTEST_GUILESS_MAIN(MigrationsTest)
#include "migrations_test.moc"
