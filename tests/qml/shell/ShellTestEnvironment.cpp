#include "ShellTestEnvironment.h"

#include <QDir>
#include <QImage>
#include <QQuickWindow>
#include <QTcpServer>

namespace {

// A port that was free a moment ago and has nothing listening now: connections are refused.
QString findClosedPortUrl()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        return {};
    }
    const quint16 port = probe.serverPort();
    probe.close();
    return QStringLiteral("https://127.0.0.1:%1").arg(port);
}

} // namespace

ShellTestEnvironment::ShellTestEnvironment(QObject *parent)
    : QObject(parent)
    , m_baseUrl(qEnvironmentVariable("TRANSCENDENCE_TEST_BASE_URL"))
    , m_closedPortUrl(findClosedPortUrl())
    , m_artifactsDir(qEnvironmentVariable("TRANSCENDENCE_TEST_ARTIFACTS",
                                          QStringLiteral(QML_SHELL_DEFAULT_ARTIFACTS_DIR)))
{}

QString ShellTestEnvironment::saveWindowImage(QQuickWindow *window, const QString &fileName) const
{
    if (!window || !QDir().mkpath(m_artifactsDir)) {
        return {};
    }
    const QImage image = window->grabWindow();
    const QString path = QDir(m_artifactsDir).filePath(fileName);
    return !image.isNull() && image.save(path) ? path : QString();
}
