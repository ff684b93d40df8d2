#include "app/ServerConfig.h"
#include "app/StructuredLog.h"
#include "app/TranscendenceServer.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("transcendence-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRANSCENDENCE_VERSION_STRING));
    transcendence::server::StructuredLog::install();

    const auto loaded = transcendence::server::ServerConfig::load();
    if (const auto *errors = std::get_if<QStringList>(&loaded)) {
        transcendence::server::StructuredLog::write(
            transcendence::server::LogLevel::Error, QStringLiteral("config_invalid"),
            {{QStringLiteral("errors"), QJsonArray::fromStringList(*errors)}});
        return 2;
    }
    transcendence::server::TranscendenceServer server(
        std::get<transcendence::server::ServerConfig>(loaded));
    if (!server.start()) {
        return 1;
    }
    return QCoreApplication::exec();
}
