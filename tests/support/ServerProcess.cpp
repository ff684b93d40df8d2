#include "ServerProcess.h"

#include "TestEnvironment.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QTest>

#include <csignal>

namespace transcendence::testing {

ServerProcess::ServerProcess(const QString &databaseUrl, const QString &publicUrl)
    : m_environment(QProcessEnvironment::systemEnvironment())
{
    // Only what the test says: no .env, no variables scripts/test set for its own server.
    for (const QString &key : m_environment.keys()) {
        if (key.startsWith(QLatin1String("TRANSCENDENCE_")) &&
            !key.startsWith(QLatin1String("TRANSCENDENCE_TEST_"))) {
            m_environment.remove(key);
        }
    }
    m_environment.insert(QStringLiteral("TRANSCENDENCE_ENV_FILE"),
                         QStringLiteral("/nonexistent/.env"));
    m_environment.insert(QStringLiteral("TRANSCENDENCE_HTTP_HOST"), QStringLiteral("127.0.0.1"));
    m_environment.insert(QStringLiteral("TRANSCENDENCE_HTTP_PORT"), QStringLiteral("0"));
    m_environment.insert(QStringLiteral("TRANSCENDENCE_PUBLIC_URL"), publicUrl);
    m_environment.insert(QStringLiteral("TRANSCENDENCE_DB_STARTUP_TIMEOUT"), QStringLiteral("5"));
    m_environment.insert(QStringLiteral("DATABASE_URL"), databaseUrl);
    // The suites play nginx (ApiTestClient sends X-Real-IP from 127.0.0.1) and NginxProcess
    // connects from 127.0.0.2; limits_test narrows this to check who is believed.
    m_environment.insert(QStringLiteral("TRANSCENDENCE_TRUSTED_PROXIES"),
                         QStringLiteral("127.0.0.0/8"));
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

ServerProcess::~ServerProcess()
{
    if (isRunning()) {
        terminate();
    }
}

bool ServerProcess::start()
{
    return launch() && waitUntilListening();
}

bool ServerProcess::launch()
{
    // A restart must not see the previous run's events (its "listening" line and port).
    readLog();
    m_events.clear();
    m_pending.clear();
    m_port = 0;
    m_process.setProcessEnvironment(m_environment);
    m_process.start(TestEnvironment::serverBinary(), {});
    return m_process.waitForStarted(10'000);
}

bool ServerProcess::waitUntilListening()
{
    if (!waitForEvent(QStringLiteral("listening"), 30'000)) {
        return false;
    }
    m_port = quint16(
        events(QStringLiteral("listening")).constFirst().value(QStringLiteral("port")).toInt());
    return m_port != 0;
}

QString ServerProcess::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

void ServerProcess::requestStop()
{
    if (isRunning()) {
        ::kill(pid_t(m_process.processId()), SIGTERM);
    }
}

void ServerProcess::killHard()
{
    if (isRunning()) {
        ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(10'000);
    }
}

void ServerProcess::setStopped(bool stopped)
{
    if (isRunning()) {
        ::kill(pid_t(m_process.processId()), stopped ? SIGSTOP : SIGCONT);
    }
}

int ServerProcess::terminate(int timeoutMs)
{
    if (!isRunning()) {
        return m_process.exitCode();
    }
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
        return -1;
    }
    readLog();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

int ServerProcess::waitForExit(int timeoutMs)
{
    if (isRunning() && !m_process.waitForFinished(timeoutMs)) {
        return -1;
    }
    readLog();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void ServerProcess::readLog()
{
    const QByteArray chunk = m_process.readAll();
    m_rawLog += QString::fromUtf8(chunk);
    m_pending += chunk;
    qsizetype newline = 0;
    while ((newline = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(newline);
        m_pending.remove(0, newline + 1);
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isObject()) {
            m_events << document.object();
        }
    }
}

QList<QJsonObject> ServerProcess::events(const QString &name)
{
    readLog();
    QList<QJsonObject> matching;
    for (const QJsonObject &event : std::as_const(m_events)) {
        if (event.value(QStringLiteral("event")).toString() == name) {
            matching << event;
        }
    }
    return matching;
}

int ServerProcess::roomEvents(const QString &name, const QString &roomId)
{
    int count = 0;
    for (const QJsonObject &event : events(name)) {
        count += event.value(QStringLiteral("roomId")).toString() == roomId;
    }
    return count;
}

QString ServerProcess::eventLog(qsizetype lastChars)
{
    QStringList lines = log().split(u'\n');
    lines.removeIf(
        [](const QString &line) { return line.contains(QStringLiteral("http_request")); });
    return lines.join(u'\n').right(lastChars);
}

bool ServerProcess::waitForEvent(const QString &name, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (events(name).isEmpty()) {
        if (deadline.hasExpired() || (!isRunning() && m_process.bytesAvailable() == 0)) {
            return !events(name).isEmpty();
        }
        m_process.waitForReadyRead(50);
        QCoreApplication::processEvents();
    }
    return true;
}

QString ServerProcess::log()
{
    readLog();
    return m_rawLog;
}

} // namespace transcendence::testing
