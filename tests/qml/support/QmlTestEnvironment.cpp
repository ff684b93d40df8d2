#include "QmlTestEnvironment.h"

#include <QDir>
#include <QImage>
#include <QQuickWindow>
#include <QRandomGenerator>
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

QmlTestEnvironment::QmlTestEnvironment(QString defaultArtifactsDir, QObject *parent)
    : QObject(parent)
    , m_baseUrl(qEnvironmentVariable("TRANSCENDENCE_TEST_BASE_URL"))
    , m_closedPortUrl(findClosedPortUrl())
    , m_artifactsDir(qEnvironmentVariable("TRANSCENDENCE_TEST_ARTIFACTS", defaultArtifactsDir))
{}

QString QmlTestEnvironment::saveWindowImage(QQuickWindow *window, const QString &fileName) const
{
    if (!window || !QDir().mkpath(m_artifactsDir)) {
        return {};
    }
    const QImage image = window->grabWindow();
    const QString path = QDir(m_artifactsDir).filePath(fileName);
    return !image.isNull() && image.save(path) ? path : QString();
}

QString QmlTestEnvironment::uniqueName(const QString &prefix) const
{
    const QString suffix =
        QString::number(QRandomGenerator::global()->generate64() % 100'000'000'000ULL, 36);
    return (prefix.left(11) + QLatin1Char('_') + suffix).left(20);
}
