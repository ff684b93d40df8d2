// What an operator notices when starting the server: how .env is read, how DATABASE_URL is
// understood, and which configurations are refused (with every problem reported at once).
#include "app/ServerConfig.h"

#include "app/DotEnv.h"
#include "db/DatabaseUrl.h"
#include "legal/LegalFacts.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace transcendence::server;

namespace {

const QString kGoodSecret =
    QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
const QString kGoodDatabaseUrl =
    QStringLiteral("postgresql://app:s3cret-pw@db.internal:5432/transcendence");

QStringList errorsOf(const std::variant<ServerConfig, QStringList> &result)
{
    if (const auto *errors = std::get_if<QStringList>(&result)) {
        return *errors;
    }
    return {};
}

// QVERIFY2 builds its message even when the check passes: never std::get in it.
QString parseError(const std::variant<DatabaseSettings, QString> &parsed)
{
    const auto *error = std::get_if<QString>(&parsed);
    return error ? *error : QString();
}

QString acceptedOptions(const std::variant<DatabaseSettings, QString> &parsed)
{
    const auto *settings = std::get_if<DatabaseSettings>(&parsed);
    return settings ? QStringLiteral("accepted, options: ") + settings->connectOptions : QString();
}

// Every fact the legal pages state, as a real operator would set them.
const std::pair<const char *, const char *> kCompleteLegalFacts[] = {
    {"OPERATOR_NAME", "Pong Association"},
    {"POSTAL_ADDRESS", "12 rue du Jeu, 75011 Paris, France"},
    {"CONTACT_EMAIL", "privacy@pong.example.org"},
    {"COUNTRY", "France"},
    {"COURTS", "Paris"},
    {"SUPERVISORY_AUTHORITY", "CNIL"},
    {"SUPERVISORY_AUTHORITY_URL", "https://www.cnil.fr/"},
    {"HOSTING", "Hosting SAS, France"},
    {"DATA_LOCATION", "France"},
    {"MINIMUM_AGE", "15"},
    {"LOG_RETENTION_DAYS", "14"},
};

bool anyContains(const QStringList &errors, const QString &fragment)
{
    for (const QString &error : errors) {
        if (error.contains(fragment)) {
            return true;
        }
    }
    return false;
}

} // namespace

class ServerConfigTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void dotEnvReadsValues_data();
    void dotEnvReadsValues();
    void dotEnvSkipsCommentsAndBlankLines();
    void dotEnvReportsInvalidLinesWithNumbers();
    void dotEnvMissingFileIsEmpty();

    void databaseUrlAccepted_data();
    void databaseUrlAccepted();
    void databaseUrlRefused_data();
    void databaseUrlRefused();
    void databaseUrlRedactedHidesPassword_data();
    void databaseUrlRedactedHidesPassword();
    void databaseUrlDuplicateTimeoutKeepsSslMode();

    void developmentDefaults();
    void developmentGeneratesEphemeralSecret();
    void developmentKeepsGivenSecret();
    void productionAcceptsCompleteConfig();
    void productionRefusesWeakSecret_data();
    void productionRefusesWeakSecret();
    void productionRefusesExampleDatabasePassword();
    void developmentAllowsExampleDatabasePassword();
    void databaseUrlRequired_data();
    void databaseUrlRequired();
    void invalidDatabaseUrlRefused();
    void badValuesRefused_data();
    void badValuesRefused();
    void productionRequiresHttpsPublicUrl();
    void redisUrlAccepted();
    void allowedOriginsFromPublicUrlAndExtras();
    void defaultPortIsLeftOutOfOrigin();
    void webRootWithIndexAccepted();
    void allErrorsReportedAtOnce();
    void envFileIsRead();
    void realEnvironmentWinsOverEnvFile();
    void envFileErrorsNameFileAndLine();

    void productionRefusesIncompleteLegalFacts_data();
    void productionRefusesIncompleteLegalFacts();
    void productionAcceptsLocalizedLegalFacts();
    void developmentGetsMarkedLegalSamples();
    void developmentTreatsExamplePlaceholdersAsUnset();
    void backupRetentionFollowsBackupSettings();

private:
    QProcessEnvironment developmentEnvironment() const;
    QProcessEnvironment productionEnvironment() const;
    QString writeEnvFile(const QString &name, const QByteArray &content) const;

    QTemporaryDir m_dir;
};

void ServerConfigTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QProcessEnvironment ServerConfigTest::developmentEnvironment() const
{
    QProcessEnvironment environment;
    // Never read the developer's real .env from the working directory.
    environment.insert(QStringLiteral("TRANSCENDENCE_ENV_FILE"),
                       m_dir.filePath(QStringLiteral("absent.env")));
    environment.insert(QStringLiteral("DATABASE_URL"), kGoodDatabaseUrl);
    return environment;
}

QProcessEnvironment ServerConfigTest::productionEnvironment() const
{
    QProcessEnvironment environment = developmentEnvironment();
    environment.insert(QStringLiteral("TRANSCENDENCE_ENV"), QStringLiteral("production"));
    environment.insert(QStringLiteral("TRANSCENDENCE_SECRET_KEY"), kGoodSecret);
    environment.insert(QStringLiteral("TRANSCENDENCE_PUBLIC_URL"),
                       QStringLiteral("https://pong.example.org"));
    environment.insert(QStringLiteral("TRANSCENDENCE_HTTP_HOST"), QStringLiteral("0.0.0.0"));
    for (const auto &[key, value] : kCompleteLegalFacts) {
        environment.insert(QLatin1String(kLegalPrefix) + QLatin1String(key),
                           QString::fromUtf8(value));
    }
    return environment;
}

QString ServerConfigTest::writeEnvFile(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(content) != content.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

// --- DotEnv ---------------------------------------------------------------------------------

void ServerConfigTest::dotEnvReadsValues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");

    QTest::newRow("plain") << "KEY=value"
                           << "KEY"
                           << "value";
    QTest::newRow("spaces-around") << "   KEY =  value   "
                                   << "KEY"
                                   << "value";
    QTest::newRow("export-prefix") << "export KEY=value"
                                   << "KEY"
                                   << "value";
    QTest::newRow("double-quotes") << "KEY=\"two words\""
                                   << "KEY"
                                   << "two words";
    QTest::newRow("single-quotes") << "KEY='two words'"
                                   << "KEY"
                                   << "two words";
    QTest::newRow("export-and-quotes") << "export KEY=\"v\""
                                       << "KEY"
                                       << "v";
    QTest::newRow("equals-in-value") << "KEY=a=b=="
                                     << "KEY"
                                     << "a=b==";
    QTest::newRow("url-value") << "DATABASE_URL=postgresql://u:p@h/db?sslmode=require&host=/x"
                               << "DATABASE_URL"
                               << "postgresql://u:p@h/db?sslmode=require&host=/x";
    QTest::newRow("hash-in-double-quotes") << "KEY=\"abc#def\""
                                           << "KEY"
                                           << "abc#def";
    QTest::newRow("hash-in-single-quotes") << "KEY='# not a comment'"
                                           << "KEY"
                                           << "# not a comment";
    QTest::newRow("no-interpolation") << "KEY='$HOME${USER}'"
                                      << "KEY"
                                      << "$HOME${USER}";
    QTest::newRow("empty-value") << "KEY="
                                 << "KEY"
                                 << "";
    QTest::newRow("empty-quoted-value") << "KEY=\"\""
                                        << "KEY"
                                        << "";
    QTest::newRow("unbalanced-quote-kept") << "KEY=\"abc"
                                           << "KEY"
                                           << "\"abc";
    QTest::newRow("crlf") << "KEY=value\r\nOTHER=x\r\n"
                          << "KEY"
                          << "value";
    QTest::newRow("underscore-key") << "_KEY_2=v"
                                    << "_KEY_2"
                                    << "v";
    QTest::newRow("last-wins") << "KEY=first\nKEY=second"
                               << "KEY"
                               << "second";
}

void ServerConfigTest::dotEnvReadsValues()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QString, value);

    const DotEnv env = DotEnv::parse(text);
    QVERIFY2(env.errors.isEmpty(), qPrintable(env.errors.join(QLatin1Char('\n'))));
    QVERIFY(env.values.contains(key));
    QCOMPARE(env.values.value(key), value);
}

void ServerConfigTest::dotEnvSkipsCommentsAndBlankLines()
{
    const DotEnv env = DotEnv::parse(QStringLiteral("# database\n"
                                                    "\n"
                                                    "   # indented comment = with equals\n"
                                                    "\t\n"
                                                    "A=1\n"
                                                    "#B=2\n"));
    QVERIFY2(env.errors.isEmpty(), qPrintable(env.errors.join(QLatin1Char('\n'))));
    QCOMPARE(env.values.size(), 1);
    QCOMPARE(env.values.value(QStringLiteral("A")), QStringLiteral("1"));
}

void ServerConfigTest::dotEnvReportsInvalidLinesWithNumbers()
{
    const DotEnv env = DotEnv::parse(QStringLiteral("A=1\n"           // 1
                                                    "not a pair\n"    // 2
                                                    "=no-key\n"       // 3
                                                    "\n"              // 4
                                                    "BAD KEY=2\n"     // 5
                                                    "1ABC=3\n"        // 6
                                                    "D=4\n"           // 7
                                                    "KEY-DASH=5\n")); // 8
    QCOMPARE(env.errors.size(), 5);
    QVERIFY2(env.errors.at(0).startsWith(QLatin1String("line 2:")), qPrintable(env.errors.at(0)));
    QVERIFY2(env.errors.at(1).startsWith(QLatin1String("line 3:")), qPrintable(env.errors.at(1)));
    QVERIFY2(env.errors.at(2).startsWith(QLatin1String("line 5:")), qPrintable(env.errors.at(2)));
    QVERIFY2(env.errors.at(3).startsWith(QLatin1String("line 6:")), qPrintable(env.errors.at(3)));
    QVERIFY2(env.errors.at(4).startsWith(QLatin1String("line 8:")), qPrintable(env.errors.at(4)));
    // The good lines around them are still read.
    QCOMPARE(env.values.value(QStringLiteral("A")), QStringLiteral("1"));
    QCOMPARE(env.values.value(QStringLiteral("D")), QStringLiteral("4"));
    QCOMPARE(env.values.size(), 2);
}

void ServerConfigTest::dotEnvMissingFileIsEmpty()
{
    const DotEnv env = DotEnv::readFile(m_dir.filePath(QStringLiteral("does-not-exist.env")));
    QVERIFY(env.errors.isEmpty());
    QVERIFY(env.values.isEmpty());
}

// --- DatabaseUrl ----------------------------------------------------------------------------

void ServerConfigTest::databaseUrlAccepted_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("databaseName");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("connectOptions");

    QTest::newRow("full") << "postgresql://app:s3cret@db.internal:6543/transcendence"
                          << "db.internal" << 6543 << "transcendence"
                          << "app"
                          << "s3cret"
                          << "connect_timeout=5";
    QTest::newRow("postgres-scheme-default-port") << "postgres://app@localhost/transcendence"
                                                  << "localhost" << 5432 << "transcendence"
                                                  << "app"
                                                  << ""
                                                  << "connect_timeout=5";
    QTest::newRow("percent-decoded-credentials")
        << "postgresql://us%40er:p%40ss%3Aw%2Fo%25rd%23x@db/transcendence"
        << "db" << 5432 << "transcendence"
        << "us@er"
        << "p@ss:w/o%rd#x"
        << "connect_timeout=5";
    QTest::newRow("no-host-means-localhost") << "postgresql:///transcendence"
                                             << "localhost" << 5432 << "transcendence"
                                             << ""
                                             << ""
                                             << "connect_timeout=5";
    QTest::newRow("unix-socket-folder")
        << "postgresql://app@/transcendence?host=/var/run/postgresql"
        << "/var/run/postgresql" << 5432 << "transcendence"
        << "app"
        << ""
        << "connect_timeout=5";
    QTest::newRow("unix-socket-folder-encoded")
        << "postgresql://app:pw@/transcendence?host=%2Ftmp%2Fpg-sock"
        << "/tmp/pg-sock" << 5432 << "transcendence"
        << "app"
        << "pw"
        << "connect_timeout=5";
    QTest::newRow("sslmode") << "postgresql://app:pw@db/transcendence?sslmode=require"
                             << "db" << 5432 << "transcendence"
                             << "app"
                             << "pw"
                             << "connect_timeout=5;sslmode=require";
    QTest::newRow("connect-timeout-replaces-default")
        << "postgresql://app:pw@db/transcendence?connect_timeout=10"
        << "db" << 5432 << "transcendence"
        << "app"
        << "pw"
        << "connect_timeout=10";
    QTest::newRow("several-options")
        << "postgresql://app:pw@db/transcendence?application_name=pong-1&sslmode=verify-full"
        << "db" << 5432 << "transcendence"
        << "app"
        << "pw"
        << "connect_timeout=5;application_name=pong-1;sslmode=verify-full";
    QTest::newRow("ipv6-host") << "postgresql://app:pw@[::1]:5433/transcendence"
                               << "::1" << 5433 << "transcendence"
                               << "app"
                               << "pw"
                               << "connect_timeout=5";
}

void ServerConfigTest::databaseUrlAccepted()
{
    QFETCH(QString, url);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, databaseName);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, connectOptions);

    const auto parsed = parseDatabaseUrl(url);
    const auto *settings = std::get_if<DatabaseSettings>(&parsed);
    QVERIFY2(settings, qPrintable(parseError(parsed)));
    QCOMPARE(settings->host, host);
    QCOMPARE(settings->port, port);
    QCOMPARE(settings->databaseName, databaseName);
    QCOMPARE(settings->user, user);
    QCOMPARE(settings->password, password);
    QCOMPARE(settings->connectOptions, connectOptions);
    QVERIFY(settings->isValid());
}

void ServerConfigTest::databaseUrlRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("mysql-scheme") << "mysql://app:pw@db/transcendence"
                                  << "postgresql://";
    QTest::newRow("http-scheme") << "http://app:pw@db/transcendence"
                                 << "postgresql://";
    QTest::newRow("no-scheme") << "app:pw@db/transcendence"
                               << "postgresql://";
    QTest::newRow("words") << "just some words"
                           << "postgresql://";
    QTest::newRow("bad-port") << "postgresql://app:pw@db:99999/transcendence"
                              << "postgresql://";
    QTest::newRow("text-port") << "postgresql://app:pw@db:abc/transcendence"
                               << "postgresql://";
    QTest::newRow("no-database") << "postgresql://app:pw@db"
                                 << "database";
    QTest::newRow("empty-database") << "postgresql://app:pw@db/"
                                    << "database";
    QTest::newRow("two-databases") << "postgresql://app:pw@db/a/b"
                                   << "database";
    QTest::newRow("unknown-parameter") << "postgresql://app:pw@db/transcendence?foo=bar"
                                       << "foo";
    QTest::newRow("options-parameter")
        << "postgresql://app:pw@db/transcendence?options=-c%20search_path%3Devil"
        << "options";
    QTest::newRow("option-with-space")
        << "postgresql://app:pw@db/transcendence?application_name=my%20app"
        << "application_name";
    QTest::newRow("option-with-semicolon")
        << "postgresql://app:pw@db/transcendence?sslmode=require;host=evil"
        << "sslmode";
    QTest::newRow("option-with-encoded-semicolon")
        << "postgresql://app:pw@db/transcendence?sslmode=require%3Bhostaddr%3D10.0.0.1"
        << "sslmode";
    QTest::newRow("option-with-quote")
        << "postgresql://app:pw@db/transcendence?application_name=it%27s"
        << "application_name";
    QTest::newRow("option-with-backslash")
        << "postgresql://app:pw@db/transcendence?application_name=a%5Cb"
        << "application_name";
    QTest::newRow("empty-option") << "postgresql://app:pw@db/transcendence?sslmode="
                                  << "sslmode";
}

void ServerConfigTest::databaseUrlRefused()
{
    QFETCH(QString, url);
    QFETCH(QString, mentions);

    const auto parsed = parseDatabaseUrl(url);
    const auto *error = std::get_if<QString>(&parsed);
    QVERIFY2(error, qPrintable(acceptedOptions(parsed)));
    QVERIFY2(error->contains(mentions), qPrintable(*error));
    QVERIFY2(error->contains(QLatin1String("DATABASE_URL")), qPrintable(*error));
}

void ServerConfigTest::databaseUrlRedactedHidesPassword_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("password");

    QTest::newRow("plain") << "postgresql://app:Zq9-unique-pw@db:5432/transcendence"
                           << "Zq9-unique-pw";
    QTest::newRow("encoded") << "postgresql://app:Zq9%40unique%2Fpw@db/transcendence"
                             << "Zq9@unique/pw";
    QTest::newRow("socket") << "postgresql://app:Zq9-unique-pw@/transcendence?host=/run/pg"
                            << "Zq9-unique-pw";
}

void ServerConfigTest::databaseUrlRedactedHidesPassword()
{
    QFETCH(QString, url);
    QFETCH(QString, password);

    const auto parsed = parseDatabaseUrl(url);
    QVERIFY2(std::holds_alternative<DatabaseSettings>(parsed), qPrintable(parseError(parsed)));
    const DatabaseSettings &settings = std::get<DatabaseSettings>(parsed);
    QCOMPARE(settings.password, password);
    const QString redacted = settings.redacted();
    QVERIFY2(!redacted.contains(password), qPrintable(redacted));
    QVERIFY2(!redacted.contains(QLatin1String("Zq9")), qPrintable(redacted));
    // Still useful in a log line: who, where, which database.
    QVERIFY2(redacted.contains(QLatin1String("app")), qPrintable(redacted));
    QVERIFY2(redacted.contains(settings.host), qPrintable(redacted));
    QVERIFY2(redacted.contains(QLatin1String("transcendence")), qPrintable(redacted));
}

void ServerConfigTest::databaseUrlDuplicateTimeoutKeepsSslMode()
{
    // Whatever the parser does with a repeated connect_timeout (refuse it, or let the last one
    // win), it must never silently drop sslmode=require: that would allow an unencrypted link.
    const auto parsed = parseDatabaseUrl(
        QStringLiteral("postgresql://app:pw@db/"
                       "transcendence?sslmode=require&connect_timeout=3&connect_timeout=4"));
    if (const auto *settings = std::get_if<DatabaseSettings>(&parsed)) {
        QVERIFY2(
            settings->connectOptions.split(QLatin1Char(';'))
                .contains(QLatin1String("sslmode=require")),
            qPrintable(QStringLiteral("sslmode dropped, options: ") + settings->connectOptions));
    }
}

// --- ServerConfig ---------------------------------------------------------------------------

void ServerConfigTest::developmentDefaults()
{
    const auto result = ServerConfig::fromEnvironment(developmentEnvironment());
    QVERIFY2(std::holds_alternative<ServerConfig>(result),
             qPrintable(errorsOf(result).join(u'\n')));
    const ServerConfig &config = std::get<ServerConfig>(result);
    QCOMPARE(config.mode, RunMode::Development);
    QCOMPARE(config.httpHost, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(config.httpPort, quint16(8000));
    QCOMPARE(config.database.host, QStringLiteral("db.internal"));
    QCOMPARE(config.database.password, QStringLiteral("s3cret-pw"));
    QCOMPARE(config.publicUrl, QStringLiteral("https://localhost:8443"));
    QCOMPARE(config.allowedOrigins, QStringList{QStringLiteral("https://localhost:8443")});
    QVERIFY(config.webRoot.isEmpty());
    QVERIFY(config.migrationsDir.isEmpty());
    QCOMPARE(config.databaseStartupTimeoutSeconds, 30);
    QCOMPARE(config.registrationsPerHour, 10);
    QCOMPARE(config.reconnectGraceSeconds, 30);
    QCOMPARE(config.inviteTtlSeconds, 60);
    QCOMPARE(config.showUpSeconds, 60);
    QVERIFY(config.metricsAllow.isEmpty());
    QVERIFY(config.metricsToken.isEmpty());
    QVERIFY(config.webhookSecret.isEmpty());
    QCOMPARE(config.deployBranch, QStringLiteral("main"));
    QVERIFY(config.deployCommand.isEmpty());
}

void ServerConfigTest::developmentGeneratesEphemeralSecret()
{
    const auto first = ServerConfig::fromEnvironment(developmentEnvironment());
    const auto second = ServerConfig::fromEnvironment(developmentEnvironment());
    QVERIFY(std::holds_alternative<ServerConfig>(first));
    QVERIFY(std::holds_alternative<ServerConfig>(second));
    const ServerConfig &a = std::get<ServerConfig>(first);
    const ServerConfig &b = std::get<ServerConfig>(second);
    QVERIFY(a.secretKeyGenerated);
    QVERIFY(a.secretKey.size() >= 32);
    QVERIFY(a.secretKey != QByteArray(kExampleSecretKey));
    // A constant "generated" key would let anyone forge development tokens.
    QVERIFY(a.secretKey != b.secretKey);
}

void ServerConfigTest::developmentKeepsGivenSecret()
{
    QProcessEnvironment environment = developmentEnvironment();
    environment.insert(QStringLiteral("TRANSCENDENCE_SECRET_KEY"), kGoodSecret);
    const auto result = ServerConfig::fromEnvironment(environment);
    QVERIFY2(std::holds_alternative<ServerConfig>(result),
             qPrintable(errorsOf(result).join(u'\n')));
    QVERIFY(!std::get<ServerConfig>(result).secretKeyGenerated);
    QCOMPARE(std::get<ServerConfig>(result).secretKey, kGoodSecret.toUtf8());
}

void ServerConfigTest::productionAcceptsCompleteConfig()
{
    const auto result = ServerConfig::fromEnvironment(productionEnvironment());
    QVERIFY2(std::holds_alternative<ServerConfig>(result),
             qPrintable(errorsOf(result).join(u'\n')));
    const ServerConfig &config = std::get<ServerConfig>(result);
    QCOMPARE(config.mode, RunMode::Production);
    QCOMPARE(config.httpHost, QHostAddress(QHostAddress::AnyIPv4));
    QCOMPARE(config.secretKey, kGoodSecret.toUtf8());
    QVERIFY(!config.secretKeyGenerated);
    QCOMPARE(config.allowedOrigins, QStringList{QStringLiteral("https://pong.example.org")});
}

void ServerConfigTest::productionRefusesWeakSecret_data()
{
    QTest::addColumn<bool>("set");
    QTest::addColumn<QString>("secret");

    QTest::newRow("missing") << false << QString();
    QTest::newRow("empty") << true << QString();
    QTest::newRow("blank") << true << QStringLiteral("    ");
    QTest::newRow("example-value") << true << QString::fromLatin1(kExampleSecretKey);
    QTest::newRow("example-value-spaced")
        << true << QStringLiteral(" %1 ").arg(QLatin1String(kExampleSecretKey));
    QTest::newRow("31-bytes") << true << QString(31, QLatin1Char('k'));
    QTest::newRow("short") << true << QStringLiteral("hunter2");
}

void ServerConfigTest::productionRefusesWeakSecret()
{
    QFETCH(bool, set);
    QFETCH(QString, secret);

    QProcessEnvironment environment = productionEnvironment();
    environment.remove(QStringLiteral("TRANSCENDENCE_SECRET_KEY"));
    if (set) {
        environment.insert(QStringLiteral("TRANSCENDENCE_SECRET_KEY"), secret);
    }
    const QStringList errors = errorsOf(ServerConfig::fromEnvironment(environment));
    QVERIFY2(!errors.isEmpty(), "production started with a weak secret key");
    QVERIFY2(anyContains(errors, QStringLiteral("TRANSCENDENCE_SECRET_KEY")),
             qPrintable(errors.join(u'\n')));
    QCOMPARE(errors.size(), 1); // nothing else is wrong with this environment
}

void ServerConfigTest::productionRefusesExampleDatabasePassword()
{
    QProcessEnvironment environment = productionEnvironment();
    environment.insert(
        QStringLiteral("DATABASE_URL"),
        QStringLiteral("postgresql://transcendence:change-me@postgres:5432/transcendence"));
    const QStringList errors = errorsOf(ServerConfig::fromEnvironment(environment));
    QVERIFY2(anyContains(errors, QStringLiteral("DATABASE_URL")), qPrintable(errors.join(u'\n')));
}

void ServerConfigTest::developmentAllowsExampleDatabasePassword()
{
    QProcessEnvironment environment = developmentEnvironment();
    environment.insert(
        QStringLiteral("DATABASE_URL"),
        QStringLiteral("postgresql://transcendence:change-me@localhost/transcendence"));
    const auto result = ServerConfig::fromEnvironment(environment);
    QVERIFY2(std::holds_alternative<ServerConfig>(result),
             qPrintable(errorsOf(result).join(u'\n')));
}

void ServerConfigTest::databaseUrlRequired_data()
{
    QTest::addColumn<bool>("production");
    QTest::addColumn<bool>("setEmpty");
    QTest::newRow("development-unset") << false << false;
    QTest::newRow("development-empty") << false << true;
    QTest::newRow("production-unset") << true << false;
}

void ServerConfigTest::databaseUrlRequired()
{
    QFETCH(bool, production);
    QFETCH(bool, setEmpty);

    QProcessEnvironment environment =
        production ? productionEnvironment() : developmentEnvironment();
    environment.remove(QStringLiteral("DATABASE_URL"));
    if (setEmpty) {
        environment.insert(QStringLiteral("DATABASE_URL"), QString());
    }
    const QStringList errors = errorsOf(ServerConfig::fromEnvironment(environment));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QLatin1String("DATABASE_URL")), qPrintable(errors.first()));
}

void ServerConfigTest::invalidDatabaseUrlRefused()
{
    QProcessEnvironment environment = developmentEnvironment();
    environment.insert(QStringLiteral("DATABASE_URL"),
                       QStringLiteral("mysql://app:pw@db/transcendence"));
    const QStringList errors = errorsOf(ServerConfig::fromEnvironment(environment));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QLatin1String("DATABASE_URL")), qPrintable(errors.first()));
}

void ServerConfigTest::badValuesRefused_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");

    QTest::newRow("port-text") << "TRANSCENDENCE_HTTP_PORT"
                               << "http";
    QTest::newRow("grace-zero") << "TRANSCENDENCE_RECONNECT_GRACE_SECONDS"
                                << "0";
    QTest::newRow("registrations-text") << "TRANSCENDENCE_REGISTRATIONS_PER_HOUR"
                                        << "many";
    QTest::newRow("port-too-big") << "TRANSCENDENCE_HTTP_PORT"
                                  << "70000";
    QTest::newRow("port-negative") << "TRANSCENDENCE_HTTP_PORT"
                                   << "-1";
    QTest::newRow("port-fractional") << "TRANSCENDENCE_HTTP_PORT"
                                     << "80.5";
    QTest::newRow("host-name") << "TRANSCENDENCE_HTTP_HOST"
                               << "localhost";
    QTest::newRow("host-bad-ip") << "TRANSCENDENCE_HTTP_HOST"
                                 << "999.1.1.1";
    QTest::newRow("host-with-port") << "TRANSCENDENCE_HTTP_HOST"
                                    << "127.0.0.1:8000";
    QTest::newRow("public-url-ftp") << "TRANSCENDENCE_PUBLIC_URL"
                                    << "ftp://pong.example.org";
    QTest::newRow("public-url-no-scheme") << "TRANSCENDENCE_PUBLIC_URL"
                                          << "pong.example.org";
    QTest::newRow("public-url-no-host") << "TRANSCENDENCE_PUBLIC_URL"
                                        << "https://";
    QTest::newRow("public-url-words") << "TRANSCENDENCE_PUBLIC_URL"
                                      << "my pong site";
    QTest::newRow("mode-unknown") << "TRANSCENDENCE_ENV"
                                  << "staging";
    QTest::newRow("mode-capitalised") << "TRANSCENDENCE_ENV"
                                      << "Production";
    QTest::newRow("db-timeout-too-big") << "TRANSCENDENCE_DB_STARTUP_TIMEOUT"
                                        << "601";
    QTest::newRow("web-root-missing") << "TRANSCENDENCE_WEB_ROOT"
                                      << "/nonexistent/web-root";
    QTest::newRow("migrations-dir-missing") << "TRANSCENDENCE_MIGRATIONS_DIR"
                                            << "/nonexistent/sql";
    QTest::newRow("metrics-allow-not-cidr") << "TRANSCENDENCE_METRICS_ALLOW"
                                            << "prometheus";
    QTest::newRow("metrics-token-short") << "TRANSCENDENCE_METRICS_TOKEN"
                                         << "short";
    QTest::newRow("redis-url-http") << "TRANSCENDENCE_REDIS_URL"
                                    << "http://redis:6379";
    QTest::newRow("redis-url-relative-socket") << "TRANSCENDENCE_REDIS_URL"
                                               << "unix://run/redis.sock";
    QTest::newRow("redis-url-no-host") << "TRANSCENDENCE_REDIS_URL"
                                       << "redis://:secret@/0";
    QTest::newRow("redis-url-db-out-of-range") << "TRANSCENDENCE_REDIS_URL"
                                               << "redis://redis:6379/16";
    // A deploy command with no webhook secret: nothing could ever trigger it safely.
    QTest::newRow("deploy-without-secret") << "TRANSCENDENCE_DEPLOY_COMMAND"
                                           << "git pull --ff-only";
}

void ServerConfigTest::badValuesRefused()
{
    QFETCH(QString, variable);
    QFETCH(QString, value);

    QProcessEnvironment environment = developmentEnvironment();
    environment.insert(variable, value);
    const QStringList errors = errorsOf(ServerConfig::fromEnvironment(environment));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(variable), qPrintable(errors.first()));
}

void ServerConfigTest::redisUrlAccepted()
{
    // None: the instance runs alone.
    auto result = ServerConfig::fromEnvironment(developmentEnvironment());
    QVERIFY(std::holds_alternative<ServerConfig>(result));
    QVERIFY(!std::get<ServerConfig>(result).redis);

    QProcessEnvironment environment = developmentEnvironment();
    environment.insert(QStringLiteral("TRANSCENDENCE_REDIS_URL"),
                       QStringLiteral("redis://:s3cret@redis:6380/2"));
    result = ServerConfig::fromEnvironment(environment);
    QVERIFY2(std::holds_alternative<ServerConfig>(result),
             qPrintable(errorsOf(result).join(u'\n')));
    const RedisEndpoint tcp = *std::get<ServerConfig>(result).redis;
    QCOMPARE(tcp.host, QStringLiteral("redis"));
    QCOMPARE(tcp.port, quint16(6380));
    QCOMPARE(tcp.password, QByteArray("s3cret"));
    QCOMPARE(tcp.database, 2);
    QVERIFY(!tcp.redacted().contains(QLatin1String("s3cret")));

    environment.insert(QStringLiteral("TRANSCENDENCE_REDIS_URL"),
                       QStringLiteral("unix:///work/.local/run/redis/redis.sock?password=pw"));
    result = ServerConfig::fromEnvironment(environment);
    QVERIFY(std::holds_alternative<ServerConfig>(result));
    const RedisEndpoint local = *std::get<ServerConfig>(result).redis;
    QCOMPARE(local.socketPath, QStringLiteral("/work/.local/run/redis/redis.sock"));
    QCOMPARE(local.password, QByteArray("pw"));
    QCOMPARE(local.database, 0);

    // Production refuses the example password of .env.example.
    QProcessEnvironment production = productionEnvironment();
    production.insert(QStringLiteral("TRANSCENDENCE_REDIS_URL"),
                      QStringLiteral("redis://:change-me@redis:6379/0"));
    const QStringList errors = errorsOf(ServerConfig::fromEnvironment(production));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().contains(QLatin1String("TRANSCENDENCE_REDIS_URL")));
}

void ServerConfigTest::productionRequiresHttpsPublicUrl()
{
    QProcessEnvironment environment = productionEnvironment();
    environment.insert(QStringLiteral("TRANSCENDENCE_PUBLIC_URL"),
                       QStringLiteral("http://pong.example.org"));
    const QStringList errors = errorsOf(ServerConfig::fromEnvironment(environment));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QLatin1String("TRANSCENDENCE_PUBLIC_URL")) &&
                 errors.first().contains(QLatin1String("https")),
             qPrintable(errors.first()));

    // The same URL is fine for development.
    QProcessEnvironment development = developmentEnvironment();
    development.insert(QStringLiteral("TRANSCENDENCE_PUBLIC_URL"),
                       QStringLiteral("http://localhost:8000"));
    const auto result = ServerConfig::fromEnvironment(development);
    QVERIFY2(std::holds_alternative<ServerConfig>(result),
             qPrintable(errorsOf(result).join(u'\n')));
    QCOMPARE(std::get<ServerConfig>(result).allowedOrigins,
             QStringList{QStringLiteral("http://localhost:8000")});
}

void ServerConfigTest::allowedOriginsFromPublicUrlAndExtras()
{
    QProcessEnvironment environment = productionEnvironment();
    environment.insert(QStringLiteral("TRANSCENDENCE_PUBLIC_URL"),
                       QStringLiteral("https://Pong.Example.org:8443/app/?x=1#frag"));
    environment.insert(QStringLiteral("TRANSCENDENCE_EXTRA_ORIGINS"),
                       QStringLiteral(" http://localhost:5173 ,, https://other.example.net "));
    const auto result = ServerConfig::fromEnvironment(environment);
    QVERIFY2(std::holds_alternative<ServerConfig>(result),
             qPrintable(errorsOf(result).join(u'\n')));
    QCOMPARE(std::get<ServerConfig>(result).allowedOrigins,
             (QStringList{QStringLiteral("https://pong.example.org:8443"),
                          QStringLiteral("http://localhost:5173"),
                          QStringLiteral("https://other.example.net")}));
}

void ServerConfigTest::defaultPortIsLeftOutOfOrigin()
{
    // Browsers send "Origin: https://pong.example.org" (RFC 6454 leaves the default port out), and
    // RealtimeHub compares origins as strings: an explicit :443 must not lock every browser out.
    QProcessEnvironment environment = productionEnvironment();
    environment.insert(QStringLiteral("TRANSCENDENCE_PUBLIC_URL"),
                       QStringLiteral("https://pong.example.org:443/"));
    const auto result = ServerConfig::fromEnvironment(environment);
    QVERIFY2(std::holds_alternative<ServerConfig>(result),
             qPrintable(errorsOf(result).join(u'\n')));
    QVERIFY2(std::get<ServerConfig>(result).allowedOrigins.contains(
                 QLatin1String("https://pong.example.org")),
             qPrintable(std::get<ServerConfig>(result).allowedOrigins.join(QLatin1Char(' '))));
}

void ServerConfigTest::webRootWithIndexAccepted()
{
    const QString root = m_dir.filePath(QStringLiteral("web"));
    QVERIFY(QDir().mkpath(root));
    QFile index(root + QStringLiteral("/index.html"));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("<!doctype html>");
    index.close();

    QProcessEnvironment environment = developmentEnvironment();
    environment.insert(QStringLiteral("TRANSCENDENCE_WEB_ROOT"), root);
    environment.insert(QStringLiteral("TRANSCENDENCE_MIGRATIONS_DIR"), m_dir.path());
    const auto result = ServerConfig::fromEnvironment(environment);
    QVERIFY2(std::holds_alternative<ServerConfig>(result),
             qPrintable(errorsOf(result).join(u'\n')));
    QCOMPARE(std::get<ServerConfig>(result).webRoot, root);
    QCOMPARE(std::get<ServerConfig>(result).migrationsDir, m_dir.path());
}

void ServerConfigTest::allErrorsReportedAtOnce()
{
    QProcessEnvironment environment = productionEnvironment();
    environment.remove(QStringLiteral("TRANSCENDENCE_SECRET_KEY"));
    environment.remove(QStringLiteral("DATABASE_URL"));
    environment.insert(QStringLiteral("TRANSCENDENCE_HTTP_PORT"), QStringLiteral("99999"));
    environment.insert(QStringLiteral("TRANSCENDENCE_HTTP_HOST"), QStringLiteral("example.org"));
    environment.insert(QStringLiteral("TRANSCENDENCE_PUBLIC_URL"),
                       QStringLiteral("http://pong.example.org"));

    const QStringList errors = errorsOf(ServerConfig::fromEnvironment(environment));
    const QString all = errors.join(u'\n');
    QCOMPARE(errors.size(), 5);
    for (const QString &variable :
         {QStringLiteral("TRANSCENDENCE_SECRET_KEY"), QStringLiteral("DATABASE_URL"),
          QStringLiteral("TRANSCENDENCE_HTTP_PORT"), QStringLiteral("TRANSCENDENCE_HTTP_HOST"),
          QStringLiteral("TRANSCENDENCE_PUBLIC_URL")}) {
        QVERIFY2(anyContains(errors, variable),
                 qPrintable(variable + QStringLiteral(" missing in:\n") + all));
    }
}

void ServerConfigTest::envFileIsRead()
{
    const QString path = writeEnvFile(
        QStringLiteral("read.env"), "# local settings\n"
                                    "export TRANSCENDENCE_ENV=production\n"
                                    "DATABASE_URL=\"postgresql://app:from-file@db/transcendence\"\n"
                                    "TRANSCENDENCE_SECRET_KEY='" +
                                        kGoodSecret.toUtf8() +
                                        "'\n"
                                        "TRANSCENDENCE_PUBLIC_URL=https://pong.example.org\n"
                                        "TRANSCENDENCE_HTTP_PORT=9000\n");
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("TRANSCENDENCE_ENV_FILE"), path);
    for (const auto &[key, value] : kCompleteLegalFacts) {
        environment.insert(QLatin1String(kLegalPrefix) + QLatin1String(key),
                           QString::fromUtf8(value));
    }
    const auto result = ServerConfig::fromEnvironment(environment);
    QVERIFY2(std::holds_alternative<ServerConfig>(result),
             qPrintable(errorsOf(result).join(u'\n')));
    const ServerConfig &config = std::get<ServerConfig>(result);
    QCOMPARE(config.mode, RunMode::Production);
    QCOMPARE(config.database.password, QStringLiteral("from-file"));
    QCOMPARE(config.secretKey, kGoodSecret.toUtf8());
    QCOMPARE(config.httpPort, quint16(9000));
}

void ServerConfigTest::realEnvironmentWinsOverEnvFile()
{
    const QString path = writeEnvFile(QStringLiteral("override.env"),
                                      "DATABASE_URL=postgresql://app:from-file@db/transcendence\n"
                                      "TRANSCENDENCE_HTTP_PORT=9000\n"
                                      "TRANSCENDENCE_SECRET_KEY=short\n");
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("TRANSCENDENCE_ENV_FILE"), path);
    environment.insert(QStringLiteral("TRANSCENDENCE_HTTP_PORT"), QStringLiteral("9001"));
    environment.insert(QStringLiteral("TRANSCENDENCE_SECRET_KEY"), kGoodSecret);
    const auto result = ServerConfig::fromEnvironment(environment);
    QVERIFY2(std::holds_alternative<ServerConfig>(result),
             qPrintable(errorsOf(result).join(u'\n')));
    const ServerConfig &config = std::get<ServerConfig>(result);
    QCOMPARE(config.httpPort, quint16(9001));
    QCOMPARE(config.secretKey, kGoodSecret.toUtf8());
    QCOMPARE(config.database.password, QStringLiteral("from-file")); // not overridden: still read
}

void ServerConfigTest::envFileErrorsNameFileAndLine()
{
    const QString path = writeEnvFile(QStringLiteral("broken.env"),
                                      "DATABASE_URL=postgresql://app:pw@db/transcendence\n"
                                      "\n"
                                      "this line is wrong\n");
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("TRANSCENDENCE_ENV_FILE"), path);
    const QStringList errors = errorsOf(ServerConfig::fromEnvironment(environment));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(path) && errors.first().contains(QLatin1String("line 3")),
             qPrintable(errors.first()));
}

// --- Legal facts (the operator named on the privacy policy and terms) ----------------------

void ServerConfigTest::productionRefusesIncompleteLegalFacts_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value"); // empty: unset
    QTest::addColumn<QString>("expected");

    const QString required = QStringLiteral("is required in production");
    const QString placeholder = QStringLiteral("placeholder");
    for (const auto &[key, value] : kCompleteLegalFacts) {
        Q_UNUSED(value);
        const QString name = QLatin1String(kLegalPrefix) + QLatin1String(key);
        QTest::addRow("%s unset", key) << name << QString() << required;
    }
    QTest::newRow("operator from .env.example")
        << QStringLiteral("TRANSCENDENCE_LEGAL_OPERATOR_NAME") << QStringLiteral("change-me")
        << placeholder;
    QTest::newRow("address in template brackets")
        << QStringLiteral("TRANSCENDENCE_LEGAL_POSTAL_ADDRESS")
        << QStringLiteral("[Postal address]") << placeholder;
    QTest::newRow("e-mail from .env.example")
        << QStringLiteral("TRANSCENDENCE_LEGAL_CONTACT_EMAIL")
        << QStringLiteral("change-me@example.org") << placeholder;
    QTest::newRow("development sample") << QStringLiteral("TRANSCENDENCE_LEGAL_HOSTING")
                                        << QStringLiteral("Sample Hosting (development only)")
                                        << QStringLiteral("development sample");
    QTest::newRow("localized placeholder") << QStringLiteral("TRANSCENDENCE_LEGAL_COUNTRY_FR")
                                           << QStringLiteral("change-me") << placeholder;
    QTest::newRow("not an e-mail address")
        << QStringLiteral("TRANSCENDENCE_LEGAL_CONTACT_EMAIL") << QStringLiteral("privacy desk")
        << QStringLiteral("must be an e-mail address");
    QTest::newRow("authority URL not https")
        << QStringLiteral("TRANSCENDENCE_LEGAL_SUPERVISORY_AUTHORITY_URL")
        << QStringLiteral("javascript:alert(1)") << QStringLiteral("must be an https URL");
    QTest::newRow("age out of range") << QStringLiteral("TRANSCENDENCE_LEGAL_MINIMUM_AGE")
                                      << QStringLiteral("7") << QStringLiteral("from 13 to 18");
}

void ServerConfigTest::productionRefusesIncompleteLegalFacts()
{
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QFETCH(QString, expected);

    QProcessEnvironment environment = productionEnvironment();
    if (value.isEmpty()) {
        environment.remove(variable);
    } else {
        environment.insert(variable, value);
    }
    const QStringList errors = errorsOf(ServerConfig::fromEnvironment(environment));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().startsWith(variable + u' '), qPrintable(errors.first()));
    QVERIFY2(errors.first().contains(expected), qPrintable(errors.first()));
}

void ServerConfigTest::productionAcceptsLocalizedLegalFacts()
{
    QProcessEnvironment environment = productionEnvironment();
    environment.insert(QStringLiteral("TRANSCENDENCE_LEGAL_COUNTRY_RU"), QStringLiteral("Франция"));
    environment.insert(QStringLiteral("TRANSCENDENCE_LEGAL_DATA_PROTECTION_OFFICER"),
                       QStringLiteral("Jeanne Martin, dpo@pong.example.org"));
    const auto result = ServerConfig::fromEnvironment(environment);
    QVERIFY2(std::holds_alternative<ServerConfig>(result),
             qPrintable(errorsOf(result).join(u'\n')));
    const LegalFacts &facts = std::get<ServerConfig>(result).legal;
    QVERIFY(!facts.samples);
    QCOMPARE(facts.text(QStringLiteral("COUNTRY"), QStringLiteral("ru")),
             QStringLiteral("Франция"));
    QCOMPARE(facts.text(QStringLiteral("COUNTRY"), QStringLiteral("fr")), QStringLiteral("France"));
    QCOMPARE(facts.text(QStringLiteral("OPERATOR_NAME"), QStringLiteral("en")),
             QStringLiteral("Pong Association"));
    QCOMPARE(facts.text(QStringLiteral("DATA_PROTECTION_OFFICER"), QStringLiteral("en")),
             QStringLiteral("Jeanne Martin, dpo@pong.example.org"));
    QCOMPARE(facts.minimumAge, 15);
    QCOMPARE(facts.logRetentionDays, 14);
}

void ServerConfigTest::developmentGetsMarkedLegalSamples()
{
    const auto result = ServerConfig::fromEnvironment(developmentEnvironment());
    QVERIFY2(std::holds_alternative<ServerConfig>(result),
             qPrintable(errorsOf(result).join(u'\n')));
    const LegalFacts &facts = std::get<ServerConfig>(result).legal;
    QVERIFY(facts.samples);
    QVERIFY(facts.text(QStringLiteral("OPERATOR_NAME"), QStringLiteral("en"))
                .contains(QLatin1String("development only")));
    QVERIFY(facts.text(QStringLiteral("CONTACT_EMAIL"), QStringLiteral("en"))
                .endsWith(QLatin1String(".invalid")));
    QVERIFY(facts.text(QStringLiteral("DATA_PROTECTION_OFFICER"), QStringLiteral("en")).isEmpty());
}

void ServerConfigTest::developmentTreatsExamplePlaceholdersAsUnset()
{
    // `cp .env.example .env` for scripts/run must still start: the samples stand in.
    QProcessEnvironment environment = developmentEnvironment();
    environment.insert(QStringLiteral("TRANSCENDENCE_LEGAL_OPERATOR_NAME"),
                       QStringLiteral("change-me"));
    environment.insert(QStringLiteral("TRANSCENDENCE_LEGAL_SUPERVISORY_AUTHORITY_URL"),
                       QStringLiteral("change-me"));
    environment.insert(QStringLiteral("TRANSCENDENCE_LEGAL_MINIMUM_AGE"),
                       QStringLiteral("change-me"));
    const auto result = ServerConfig::fromEnvironment(environment);
    QVERIFY2(std::holds_alternative<ServerConfig>(result),
             qPrintable(errorsOf(result).join(u'\n')));
    const LegalFacts &facts = std::get<ServerConfig>(result).legal;
    QVERIFY(facts.text(QStringLiteral("OPERATOR_NAME"), QStringLiteral("fr"))
                .contains(QLatin1String("development only")));
    QCOMPARE(facts.minimumAge, 16);
}

void ServerConfigTest::backupRetentionFollowsBackupSettings()
{
    QProcessEnvironment environment = productionEnvironment();
    auto retention = [&environment] {
        const auto result = ServerConfig::fromEnvironment(environment);
        return std::holds_alternative<ServerConfig>(result)
                   ? std::get<ServerConfig>(result).legal.backupRetentionDays
                   : -1;
    };
    QCOMPARE(retention(), 14); // scripts/backup's defaults: 14 dumps, one a day
    environment.insert(QStringLiteral("TRANSCENDENCE_BACKUP_KEEP"), QStringLiteral("10"));
    environment.insert(QStringLiteral("TRANSCENDENCE_BACKUP_INTERVAL_HOURS"), QStringLiteral("6"));
    QCOMPARE(retention(), 3); // 60 hours, rounded up to whole days
}

QTEST_GUILESS_MAIN(ServerConfigTest)
#include "ServerConfigTest.moc"
