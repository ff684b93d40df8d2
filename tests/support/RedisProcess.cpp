#include "RedisProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

#include <csignal>

namespace transcendence::testing {

RedisProcess::RedisProcess(QString dir)
    : m_dir(std::move(dir))
{
    QDir().mkpath(m_dir);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

RedisProcess::~RedisProcess()
{
    stop();
}

bool RedisProcess::start()
{
    QFile::remove(socketPath());
    m_process.start(QStringLiteral("redis-server"),
                    {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--unixsocket"),
                     socketPath(), QStringLiteral("--unixsocketperm"), QStringLiteral("700"),
                     QStringLiteral("--save"), QString(), QStringLiteral("--appendonly"),
                     QStringLiteral("no"), QStringLiteral("--dir"), m_dir});
    if (!m_process.waitForStarted(10'000)) {
        m_error = QStringLiteral("redis-server did not start: ") + m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(10'000);
    while (!deadline.hasExpired()) {
        if (QFile::exists(socketPath()) && cli({QStringLiteral("PING")}) == QLatin1String("PONG")) {
            return true;
        }
        if (!isRunning()) {
            break;
        }
        QThread::msleep(50);
    }
    m_error =
        QStringLiteral("redis-server did not answer: ") + QString::fromUtf8(m_process.readAll());
    return false;
}

void RedisProcess::stop()
{
    if (!isRunning()) {
        return;
    }
    thaw(); // a frozen one would never handle SIGTERM
    m_process.terminate();
    if (!m_process.waitForFinished(10'000)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
}

void RedisProcess::freeze()
{
    if (isRunning()) {
        ::kill(pid_t(m_process.processId()), SIGSTOP);
    }
}

void RedisProcess::thaw()
{
    if (isRunning()) {
        ::kill(pid_t(m_process.processId()), SIGCONT);
    }
}

QString RedisProcess::cli(const QStringList &arguments) const
{
    QProcess cli;
    cli.start(QStringLiteral("redis-cli"),
              QStringList{QStringLiteral("-s"), socketPath()} + arguments);
    if (!cli.waitForFinished(10'000)) {
        cli.kill();
        cli.waitForFinished();
        return {};
    }
    return QString::fromUtf8(cli.readAllStandardOutput()).trimmed();
}

} // namespace transcendence::testing
