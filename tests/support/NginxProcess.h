#pragma once

#include <QProcess>
#include <QString>

namespace transcendence::testing {

// nginx with the production site configuration (docker/nginx), rendered by scripts/lib/nginx.sh
// for free loopback ports, in front of one server.
class NginxProcess {
public:
    NginxProcess();
    ~NginxProcess();

    quint16 httpsPort() const { return m_httpsPort; }
    quint16 httpPort() const { return m_httpPort; }
    QString httpsUrl() const;
    QString httpUrl() const;

    // Renders the config for the given upstream port and web root, checks it, starts nginx and
    // waits until it answers. *error says why not.
    bool start(quint16 upstreamPort, const QString &webRoot, QString *error);
    // The same in front of several servers (instances sharing Redis), as scripts/run does.
    bool start(const QList<quint16> &upstreamPorts, const QString &webRoot, QString *error);
    void stop();

private:
    QString m_state;
    quint16 m_httpsPort = 0;
    quint16 m_httpPort = 0;
    QProcess m_process;
};

quint16 freeLoopbackPort();

} // namespace transcendence::testing
