#include "NginxProcess.h"

#include "TestEnvironment.h"

#include <QDeadlineTimer>
#include <QSslSocket>
#include <QTcpServer>
#include <QThread>

namespace transcendence::testing {

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

NginxProcess::NginxProcess()
    : m_state(TestEnvironment::scratchDir() + QStringLiteral("/nginx"))
    , m_httpsPort(freeLoopbackPort())
    , m_httpPort(freeLoopbackPort())
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

NginxProcess::~NginxProcess()
{
    stop();
}

QString NginxProcess::httpsUrl() const
{
    return QStringLiteral("https://localhost:%1").arg(m_httpsPort);
}

QString NginxProcess::httpUrl() const
{
    return QStringLiteral("http://localhost:%1").arg(m_httpPort);
}

bool NginxProcess::start(quint16 upstreamPort, const QString &webRoot, QString *error)
{
    return start(QList<quint16>{upstreamPort}, webRoot, error);
}

bool NginxProcess::start(const QList<quint16> &upstreamPorts, const QString &webRoot,
                         QString *error)
{
    const QString tls = TestEnvironment::value("TRANSCENDENCE_TEST_TLS_DIR");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("NGINX_BIND"), QStringLiteral("127.0.0.1"));
    environment.insert(QStringLiteral("NGINX_HTTP_PORT"), QString::number(m_httpPort));
    environment.insert(QStringLiteral("NGINX_HTTPS_PORT"), QString::number(m_httpsPort));
    environment.insert(QStringLiteral("NGINX_PUBLIC_HTTPS_PORT"), QString::number(m_httpsPort));
    environment.insert(QStringLiteral("NGINX_SERVER_NAME"), QStringLiteral("localhost"));
    // "a; server b": the template's one upstream line names every server.
    QStringList upstream;
    for (quint16 port : upstreamPorts) {
        upstream << QStringLiteral("127.0.0.1:%1").arg(port);
    }
    environment.insert(QStringLiteral("NGINX_UPSTREAM"), upstream.join(u"; server "));
    environment.insert(QStringLiteral("NGINX_WEB_ROOT"), webRoot);
    environment.insert(QStringLiteral("NGINX_TLS_CERT"), tls + QStringLiteral("/server.pem"));
    environment.insert(QStringLiteral("NGINX_TLS_KEY"), tls + QStringLiteral("/server.key"));

    const QString script = TestEnvironment::repoRoot() + QStringLiteral("/scripts/lib/nginx.sh");
    for (const QString &step : {QStringLiteral("render"), QStringLiteral("test")}) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("bash"), {script, step, m_state});
        if (!process.waitForFinished(30'000) || process.exitCode() != 0) {
            *error = QStringLiteral("nginx.sh %1 failed: %2")
                         .arg(step, QString::fromUtf8(process.readAll()));
            return false;
        }
    }
    m_process.start(QStringLiteral("nginx"), {QStringLiteral("-p"), m_state, QStringLiteral("-c"),
                                              m_state + QStringLiteral("/nginx.conf"),
                                              QStringLiteral("-g"), QStringLiteral("daemon off;")});
    if (!m_process.waitForStarted(10'000)) {
        *error = QStringLiteral("nginx did not start: %1").arg(m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(10'000);
    while (!deadline.hasExpired()) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_httpsPort);
        if (probe.waitForConnected(200)) {
            return true;
        }
        if (m_process.state() == QProcess::NotRunning) {
            break;
        }
        QThread::msleep(50);
    }
    *error = QStringLiteral("nginx is not accepting connections: %1")
                 .arg(QString::fromUtf8(m_process.readAll()));
    return false;
}

void NginxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    m_process.terminate(); // SIGTERM: nginx's fast shutdown
    if (!m_process.waitForFinished(10'000)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
}

} // namespace transcendence::testing
