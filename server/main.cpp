#include "app/AdminBootstrap.h"
#include "app/ServerConfig.h"
#include "app/StructuredLog.h"
#include "app/TranscendenceServer.h"
#include "core/EpollEventDispatcher.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // The server thread waits on epoll: Qt's own dispatchers poll() every socket at every
    // wake-up (bench/README.md, "The send path"). TRANSCENDENCE_EVENT_DISPATCHER=qt keeps Qt's.
    if (qEnvironmentVariable("TRANSCENDENCE_EVENT_DISPATCHER") != QLatin1String("qt")) {
        QCoreApplication::setEventDispatcher(new transcendence::server::EpollEventDispatcher);
    }
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
    const auto &config = std::get<transcendence::server::ServerConfig>(loaded);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("create-admin")) {
        return transcendence::server::admin_bootstrap::runCreateAdminCommand(config,
                                                                             arguments.mid(1));
    }
    transcendence::server::TranscendenceServer server(config);
    if (!server.start()) {
        return 1;
    }
    return QCoreApplication::exec();
}
