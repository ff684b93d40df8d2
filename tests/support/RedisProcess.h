#pragma once

#include <QProcess>
#include <QString>

namespace transcendence::testing {

// A private redis-server on a Unix socket in a folder of the test (no TCP port, no persistence),
// which the test can stop and start again on the same socket.
class RedisProcess {
public:
    explicit RedisProcess(QString dir);
    ~RedisProcess();

    // Starts and waits until it answers PING. False (see error()) if it did not.
    bool start();
    // SIGTERM and wait.
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    // SIGSTOP / SIGCONT: a Redis that keeps its sockets open and answers nothing.
    void freeze();
    void thaw();

    QString socketPath() const { return m_dir + QStringLiteral("/redis.sock"); }
    // TRANSCENDENCE_REDIS_URL for servers using it.
    QString url() const { return QStringLiteral("unix://") + socketPath(); }
    QString error() const { return m_error; }

    // One command through redis-cli on the socket; its output, trimmed.
    QString cli(const QStringList &arguments) const;

private:
    QString m_dir;
    QProcess m_process;
    QString m_error;
};

} // namespace transcendence::testing
