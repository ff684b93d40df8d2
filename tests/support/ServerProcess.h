#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

namespace transcendence::testing {

// The real transcendence-server binary, on 127.0.0.1 and a port it picks (port 0); its JSON log
// lines are collected so tests can wait for and inspect events.
class ServerProcess {
public:
    // databaseUrl: DATABASE_URL; publicUrl: origin allowed to open /ws. Other variables can be
    // added with environment() before start().
    ServerProcess(const QString &databaseUrl, const QString &publicUrl);
    ~ServerProcess();

    QProcessEnvironment &environment() { return m_environment; }

    // Starts and waits for the "listening" log line. False if the process exited first.
    bool start();
    // The two halves of start(), to start several servers at the same moment.
    bool launch();
    bool waitUntilListening();
    quint16 port() const { return m_port; }
    QString baseUrl() const;

    // Sends SIGTERM and returns at once (the test's event loop keeps running).
    void requestStop();
    // kill -9 of this process (the one this object started), and waits until it is gone: a
    // crash, with no chance to clean anything up.
    void killHard();
    // SIGSTOP / SIGCONT: the process stalls (every thread) without closing anything.
    void setStopped(bool stopped);
    // SIGTERM, then waits for exit; returns the exit code (-1 if it had to be killed).
    int terminate(int timeoutMs = 10'000);
    // Waits for the process to end by itself (e.g. a failed start-up); returns the exit code.
    int waitForExit(int timeoutMs = 30'000);
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    // Every log line seen so far with "event" == name.
    QList<QJsonObject> events(const QString &name);
    // How many of them name this room ("roomId").
    int roomEvents(const QString &name, const QString &roomId);
    bool waitForEvent(const QString &name, int timeoutMs = 10'000);
    QString log(); // everything it printed, for failure messages
    // The end of the log without its request lines: the events, for a failure message.
    QString eventLog(qsizetype lastChars = 4000);

private:
    void readLog();

    QProcess m_process;
    QProcessEnvironment m_environment;
    QByteArray m_pending;
    QList<QJsonObject> m_events;
    QString m_rawLog;
    quint16 m_port = 0;
};

} // namespace transcendence::testing
