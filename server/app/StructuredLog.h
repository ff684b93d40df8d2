#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace transcendence::server {

enum class LogLevel { Debug, Info, Warning, Error };

// One JSON object a line on stderr: {"ts":..., "level":..., "event":..., ...fields}.
// Thread-safe; Qt's own qDebug/qWarning output is routed through it too.
//
// Callers only format their line; a writer thread puts the lines on stderr, a burst in one
// write, so the event loop never waits for the terminal, the file or journald. The queue is
// bounded (kMaxQueuedBytes): when it is full a line is dropped and counted, never waited for,
// and the writer then logs "log_lines_dropped" with the count. Everything queued is written at
// exit, and before a Qt fatal message ends the process.
class StructuredLog {
public:
    static constexpr qsizetype kMaxQueuedBytes = 8 * 1024 * 1024;

    static void install();
    static void setMinimumLevel(LogLevel level);
    static bool isEnabled(LogLevel level);
    static void write(LogLevel level, const QString &event, const QJsonObject &fields = {});
    // A line formatted by the caller (one compact JSON object with the same "ts", "level" and
    // "event" fields, keys in QJsonObject's order; see core/CompactJson.h), without the newline.
    static void writeLine(LogLevel level, QByteArray line);
    // Blocks until every line queued so far is on stderr.
    static void flush();

    // "2026-12-06T07:24:39.123Z": now in UTC as QDateTime::toString(Qt::ISODateWithMs) writes it.
    static QByteArray timestamp();
    static QByteArray levelName(LogLevel level);

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
