// Which migrations a server would apply: the order, the checksums that detect edited files, the
// naming mistakes it refuses, and that the binary carries exactly the files of sql/.
// Applying them needs PostgreSQL and is covered by the integration suites.
#include "db/MigrationRunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace transcendence::server;

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(content) == content.size();
}

// QVERIFY2 builds its message even when the check passes: never std::get in it.
QString discoveryError(const std::variant<QList<Migration>, QString> &result)
{
    const auto *error = std::get_if<QString>(&result);
    return error ? *error : QString();
}

QStringList fileNames(const QList<Migration> &migrations)
{
    QStringList names;
    for (const Migration &migration : migrations) {
        names << migration.fileName;
    }
    return names;
}

} // namespace

class MigrationDiscoveryTest : public QObject {
    Q_OBJECT

private slots:
    void sortedByNumberWithChecksums();
    void otherFilesAreIgnored();
    void emptyFolderHasNoMigrations();
    void badNameRefused_data();
    void badNameRefused();
    void duplicateNumberRefused();
    void missingFolderRefused();
    void compiledMigrationsMatchSqlFolder();
};

void MigrationDiscoveryTest::sortedByNumberWithChecksums()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("0010_late.sql")), "SELECT 10;\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("0002_abc.sql")), "abc"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("0001_init.sql")), ""));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("0009_users_2fa.sql")), "SELECT 9;\n"));

    const auto result = MigrationRunner::discover(dir.path());
    QVERIFY2(std::holds_alternative<QList<Migration>>(result), qPrintable(discoveryError(result)));
    const QList<Migration> &migrations = std::get<QList<Migration>>(result);
    QCOMPARE(fileNames(migrations),
             (QStringList{QStringLiteral("0001_init.sql"), QStringLiteral("0002_abc.sql"),
                          QStringLiteral("0009_users_2fa.sql"), QStringLiteral("0010_late.sql")}));
    QCOMPARE(migrations.at(0).version, 1);
    QCOMPARE(migrations.at(1).version, 2);
    QCOMPARE(migrations.at(2).version, 9);
    QCOMPARE(migrations.at(3).version, 10);
    QCOMPARE(migrations.at(3).sql, QByteArray("SELECT 10;\n"));
    // Well-known SHA-256 values (FIPS 180-2 examples), lower-case hex.
    QCOMPARE(migrations.at(0).checksum,
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(migrations.at(1).checksum,
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void MigrationDiscoveryTest::otherFilesAreIgnored()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("0001_init.sql")), "SELECT 1;\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("README.md")), "# migrations\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("0002_draft.sql.bak")), "SELECT 2;\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("notes.txt")), "later\n"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("0003_folder.sql")));

    const auto result = MigrationRunner::discover(dir.path());
    QVERIFY2(std::holds_alternative<QList<Migration>>(result), qPrintable(discoveryError(result)));
    QCOMPARE(fileNames(std::get<QList<Migration>>(result)),
             QStringList{QStringLiteral("0001_init.sql")});
}

void MigrationDiscoveryTest::emptyFolderHasNoMigrations()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto result = MigrationRunner::discover(dir.path());
    QVERIFY2(std::holds_alternative<QList<Migration>>(result), qPrintable(discoveryError(result)));
    QVERIFY(std::get<QList<Migration>>(result).isEmpty());
}

void MigrationDiscoveryTest::badNameRefused_data()
{
    QTest::addColumn<QString>("badName");
    QTest::newRow("no-number") << "init.sql";
    QTest::newRow("short-number") << "1_init.sql";
    QTest::newRow("long-number") << "00001_init.sql";
    QTest::newRow("dash") << "0002-users.sql";
    QTest::newRow("upper-case") << "0002_Users.sql";
    QTest::newRow("space") << "0002_add users.sql";
    QTest::newRow("no-name") << "0002_.sql";
    QTest::newRow("number-only") << "0002.sql";
}

void MigrationDiscoveryTest::badNameRefused()
{
    QFETCH(QString, badName);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("0001_init.sql")), "SELECT 1;\n"));
    QVERIFY(writeFile(dir.filePath(badName), "SELECT 2;\n"));

    const auto result = MigrationRunner::discover(dir.path());
    const auto *error = std::get_if<QString>(&result);
    QVERIFY2(error, "a badly named migration was accepted or silently skipped");
    QVERIFY2(error->contains(badName), qPrintable(*error));
}

void MigrationDiscoveryTest::duplicateNumberRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("0001_init.sql")), "SELECT 1;\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("0002_users.sql")), "SELECT 2;\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("0002_games.sql")), "SELECT 3;\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("0003_chat.sql")), "SELECT 4;\n"));

    const auto result = MigrationRunner::discover(dir.path());
    const auto *error = std::get_if<QString>(&result);
    QVERIFY2(error, "two migrations with one number were accepted");
    QVERIFY2(error->contains(QLatin1String("0002_users.sql")) &&
                 error->contains(QLatin1String("0002_games.sql")),
             qPrintable(*error));
}

void MigrationDiscoveryTest::missingFolderRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("no-such-sql"));
    const auto result = MigrationRunner::discover(missing);
    const auto *error = std::get_if<QString>(&result);
    QVERIFY2(error, "a missing folder was taken for an empty one");
    QVERIFY2(error->contains(missing), qPrintable(*error));

    const auto missingResource = MigrationRunner::discover(QStringLiteral(":/no-such-sql"));
    QVERIFY(std::holds_alternative<QString>(missingResource));
}

void MigrationDiscoveryTest::compiledMigrationsMatchSqlFolder()
{
    const auto compiled = MigrationRunner::discover(QStringLiteral(":/sql"));
    QVERIFY2(std::holds_alternative<QList<Migration>>(compiled),
             qPrintable(discoveryError(compiled)));
    const QList<Migration> &migrations = std::get<QList<Migration>>(compiled);
    QVERIFY(!migrations.isEmpty());
    QCOMPARE(migrations.first().version, 1);
    QVERIFY(migrations.first().fileName.startsWith(QLatin1String("0001_")));
    for (qsizetype i = 1; i < migrations.size(); ++i) {
        QVERIFY(migrations.at(i).version > migrations.at(i - 1).version);
    }

    // A file added to sql/ but not to the resource list in server/CMakeLists.txt would never be
    // applied by a deployed server; an edited one would differ in checksum.
    const auto source = MigrationRunner::discover(QStringLiteral(TRANSCENDENCE_SQL_DIR));
    QVERIFY2(std::holds_alternative<QList<Migration>>(source), qPrintable(discoveryError(source)));
    const QList<Migration> &files = std::get<QList<Migration>>(source);
    QCOMPARE(fileNames(migrations), fileNames(files));
    for (qsizetype i = 0; i < files.size(); ++i) {
        QCOMPARE(migrations.at(i).checksum, files.at(i).checksum);
    }
}

QTEST_GUILESS_MAIN(MigrationDiscoveryTest)
#include "MigrationDiscoveryTest.moc"
