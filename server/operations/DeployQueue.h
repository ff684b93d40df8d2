#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

namespace transcendence::server {

class DatabaseWorkers;

// Push-to-deploy's runner: the shell command TRANSCENDENCE_DEPLOY_COMMAND, one at a time. A
// push that arrives during a deploy waits; a newer one replaces it (its delivery becomes
// "superseded"): the next deploy pulls the newest commit anyway. Each delivery's result and the
// tail of the command's output are written to webhook_deliveries. Server thread only.
class DeployQueue : public QObject {
    Q_OBJECT
public:
    DeployQueue(QString command, DatabaseWorkers &workers, QObject *parent = nullptr);
    ~DeployQueue() override; // a deploy still running gets 3 s, then is killed

    struct Job {
        QString deliveryId;
        QString ref;
        QString commit;
    };
    // Returns true when the deploy started now, false when it waits for the running one.
    bool push(Job job);
    bool isRunning() const { return m_running.has_value(); }

signals:
    void deployFinished(const QString &deliveryId, const QString &result);

private:
    void start(Job job);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void record(const QString &deliveryId, const QString &result, std::optional<int> exitCode,
                const QString &output);

    QString m_command;
    DatabaseWorkers &m_workers;
    std::unique_ptr<QProcess> m_process;
    std::optional<Job> m_running;
    std::optional<Job> m_waiting;
    QString m_output; // the command's last output (stdout and stderr), bounded
    QTimer m_timeout;
};

} // namespace transcendence::server
