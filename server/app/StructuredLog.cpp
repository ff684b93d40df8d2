#include "app/StructuredLog.h"

#include <QDateTime>
#include <QJsonDocument>

#include <atomic>
#include <cstdio>
#include <mutex>

namespace transcendence::server {
namespace {

std::atomic<int> g_minimumLevel{int(LogLevel::Info)};
std::mutex g_outputMutex;

QString levelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return QStringLiteral("debug");
    case LogLevel::Info:
        return QStringLiteral("info");
    case LogLevel::Warning:
        return QStringLiteral("warning");
    case LogLevel::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogLevel level = LogLevel::Info;
    switch (type) {
    case QtDebugMsg:
        level = LogLevel::Debug;
        break;
    case QtInfoMsg:
        level = LogLevel::Info;
        break;
    case QtWarningMsg:
        level = LogLevel::Warning;
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        level = LogLevel::Error;
        break;
    }
    QJsonObject fields{{QStringLiteral("message"), message}};
    if (context.category && qstrcmp(context.category, "default") != 0) {
        fields.insert(QStringLiteral("category"), QString::fromUtf8(context.category));
    }
    StructuredLog::write(level, QStringLiteral("qt_message"), fields);
}

} // namespace

void StructuredLog::install()
{
    qInstallMessageHandler(qtMessageHandler);
    const QByteArray level = qgetenv("TRANSCENDENCE_LOG_LEVEL");
    if (level == "debug") {
        setMinimumLevel(LogLevel::Debug);
    } else if (level == "warning") {
        setMinimumLevel(LogLevel::Warning);
    } else if (level == "error") {
        setMinimumLevel(LogLevel::Error);
    }
}

void StructuredLog::setMinimumLevel(LogLevel level)
{
    g_minimumLevel = int(level);
}

void StructuredLog::write(LogLevel level, const QString &event, const QJsonObject &fields)
{
    if (int(level) < g_minimumLevel) {
        return;
    }
    QJsonObject line{
        {QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("level"), levelName(level)},
        {QStringLiteral("event"), event}};
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        line.insert(it.key(), it.value());
    }
    QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact);
    bytes.append('\n');
    const std::lock_guard lock(g_outputMutex);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace transcendence::server
