#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace transcendence::server {

enum class LogLevel { Debug, Info, Warning, Error };

// One JSON object a line on stderr: {"ts":..., "level":..., "event":..., ...fields}.
// Thread-safe; Qt's own qDebug/qWarning output is routed through it too.
class StructuredLog {
public:
    static void install();
    static void setMinimumLevel(LogLevel level);
    static void write(LogLevel level, const QString &event, const QJsonObject &fields = {});

    static void info(const QString &event, const QJsonObject &fields = {})
    {
        write(LogLevel::Info, event, fields);
    }
    static void warning(const QString &event, const QJsonObject &fields = {})
    {
        write(LogLevel::Warning, event, fields);
    }
    static void error(const QString &event, const QJsonObject &fields = {})
    {
        write(LogLevel::Error, event, fields);
    }
};

} // namespace transcendence::server
