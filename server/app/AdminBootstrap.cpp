#include "app/AdminBootstrap.h"

#include "admin/AdminStore.h"
#include "app/StructuredLog.h"
#include "app/TranscendenceServer.h"
#include "auth/PasswordHasher.h"
#include "auth/PasswordPolicy.h"
#include "db/DatabaseConnection.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace transcendence::server::admin_bootstrap {
namespace {

const QString kConnection = QStringLiteral("admin-bootstrap");
enum class Bootstrap { PromoteOrCreate, CreateOnly };

bool ensureAdmin(const ServerConfig &config, const QString &username, const QString &email,
                 const QString &password, Bootstrap mode)
{
    QString error;
    bool ok = false;
    {
        QSqlDatabase db = DatabaseConnection::open(config.database, kConnection, &error);
        if (!db.isOpen()) {
            StructuredLog::error(QStringLiteral("create_admin_failed"),
                                 {{QStringLiteral("error"), error}});
        } else {
            auto result = mode == Bootstrap::PromoteOrCreate
                              ? admin_store::ensureAdmin(db, username, email, password)
                              : admin_store::createAdminIfAbsent(db, username, email, password);
            if (const auto *failure = std::get_if<DomainError>(&result)) {
                QJsonObject reason{{QStringLiteral("code"), failure->code},
                                   {QStringLiteral("message"), failure->message}};
                if (!failure->fields.isEmpty()) {
                    reason.insert(QStringLiteral("fields"), failure->fields);
                }
                StructuredLog::error(QStringLiteral("create_admin_failed"),
                                     {{QStringLiteral("error"), reason}});
                // At start-up, a name or an address someone else registered must not keep the
                // platform down (anyone can register one): serve, and say why there is no admin.
                const bool taken = failure->code == QLatin1String("admin_name_taken") ||
                                   failure->code == domain_error::Conflict;
                ok = mode == Bootstrap::CreateOnly && taken;
            } else {
                const auto &admin = std::get<admin_store::AdminAccount>(result);
                StructuredLog::info(QStringLiteral("admin_ready"),
                                    {{QStringLiteral("userId"), admin.user.id},
                                     {QStringLiteral("username"), admin.user.username},
                                     {QStringLiteral("created"), admin.created}});
                ok = true;
            }
        }
    }
    DatabaseConnection::remove(kConnection);
    return ok;
}

} // namespace

int runCreateAdminCommand(const ServerConfig &config, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Make an account an admin, creating it if needed."));
    parser.addOption({QStringLiteral("username"), QStringLiteral("The account's user name."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("email"), QStringLiteral("E-mail address for a new account."),
                      QStringLiteral("address")});
    parser.addHelpOption();
    if (!parser.parse(arguments) || !parser.isSet(QStringLiteral("username"))) {
        std::fprintf(stderr, "%s\n%s", qPrintable(parser.errorText()),
                     qPrintable(parser.helpText()));
        return 2;
    }
    QString password = qEnvironmentVariable("TRANSCENDENCE_ADMIN_PASSWORD");
    if (password.isEmpty()) {
        QTextStream input(stdin);
        password = input.readLine();
    }
    TranscendenceServer server(config);
    if (!PasswordHasher::initialize() || !PasswordPolicy::load() || !server.migrateDatabase()) {
        return 1;
    }
    return ensureAdmin(config, parser.value(QStringLiteral("username")),
                       parser.value(QStringLiteral("email")), password, Bootstrap::PromoteOrCreate)
               ? 0
               : 1;
}

bool ensureAdminFromConfig(const ServerConfig &config)
{
    if (config.adminUsername.isEmpty()) {
        return true;
    }
    return ensureAdmin(config, config.adminUsername, config.adminEmail, config.adminPassword,
                       Bootstrap::CreateOnly);
}

} // namespace transcendence::server::admin_bootstrap
