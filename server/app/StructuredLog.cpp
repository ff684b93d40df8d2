#include "app/StructuredLog.h"

#include "core/CompactJson.h"

#include <QDateTime>
#include <QJsonDocument>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <mutex>
#include <thread>

namespace transcendence::server {
namespace {

std::atomic<int> g_minimumLevel{int(LogLevel::Info)};

// How long the writer lets lines gather after it is woken: at thousands of requests a second
// one write() carries a whole burst instead of one line each.
constexpr auto kBatchDelay = std::chrono::milliseconds(2);

// The queue between the threads that log and the one that writes. Lock order: output, then
// queue; a line is appended under the queue lock only, so logging never waits for a write.
class LogWriter {
public:
    static LogWriter &instance()
    {
        // Never destroyed: lines logged by static destructors after exit() still get written.
        static LogWriter *writer = new LogWriter;
        return *writer;
    }

    void append(const QByteArray &line)
    {
        bool wake = false;
        bool direct = false;
        {
            const std::lock_guard lock(m_queueMutex);
            direct = m_stopped;
            if (!direct) {
                if (m_queue.size() + line.size() + 1 > StructuredLog::kMaxQueuedBytes) {
                    ++m_dropped;
                    return;
                }
                m_queue.append(line);
                m_queue.append('\n');
                wake = m_writerSleeping;
                m_writerSleeping = false;
            }
        }
        if (wake) {
            m_wake.notify_one();
            return;
        }
        if (direct) { // after the exit handler: no writer thread any more, write here
            const std::lock_guard output(m_outputMutex);
            writeQueued();
            writeAll(line + '\n');
        }
    }

    // Writes everything queued so far, on the calling thread.
    void flush()
    {
        const std::lock_guard output(m_outputMutex);
        writeQueued();
    }

private:
    LogWriter()
    {
        m_spare.reserve(64 * 1024);
        m_queue.reserve(64 * 1024);
        m_thread = std::thread([this] { run(); });
        std::atexit([] { instance().stop(); });
    }

    void run()
    {
        for (;;) {
            {
                std::unique_lock lock(m_queueMutex);
                m_writerSleeping = true;
                m_wake.wait(lock, [this] { return m_stopping || !m_queue.isEmpty() || m_dropped; });
                m_writerSleeping = false;
                if (m_stopping) {
                    return;
                }
            }
            std::this_thread::sleep_for(kBatchDelay);
            flush();
        }
    }

    void stop()
    {
        {
            const std::lock_guard lock(m_queueMutex);
            m_stopping = true;
        }
        m_wake.notify_one();
        if (m_thread.joinable()) {
            m_thread.join();
        }
        const std::lock_guard output(m_outputMutex);
        {
            const std::lock_guard lock(m_queueMutex);
            m_stopped = true;
        }
        writeQueued();
    }

    // With the output lock held.
    void writeQueued()
    {
        quint64 dropped = 0;
        {
            const std::lock_guard lock(m_queueMutex);
            std::swap(m_queue, m_spare);
            std::swap(dropped, m_dropped);
        }
        writeAll(m_spare);
        m_spare.resize(0); // keeps the capacity for the next swap
        if (dropped > 0) {
            QByteArray line;
            CompactJsonObject(line)
                .add("dropped", qint64(dropped))
                .addLatin1("event", "log_lines_dropped")
                .addLatin1("level", "warning")
                .addLatin1("ts", StructuredLog::timestamp())
                .finish();
            line.append('\n');
            writeAll(line);
        }
    }

    static void writeAll(const QByteArray &bytes)
    {
        if (bytes.isEmpty()) {
            return;
        }
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
        std::fflush(stderr);
    }

    std::mutex m_outputMutex;
    std::mutex m_queueMutex;
    std::condition_variable m_wake;
    QByteArray m_queue;
    QByteArray m_spare;
    quint64 m_dropped = 0;
    bool m_writerSleeping = false;
    bool m_stopping = false;
    bool m_stopped = false;
    std::thread m_thread;
};

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
    if (type == QtFatalMsg) {
        StructuredLog::flush(); // Qt aborts the process when this returns
    }
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

bool StructuredLog::isEnabled(LogLevel level)
{
    return int(level) >= g_minimumLevel;
}

QByteArray StructuredLog::levelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return QByteArrayLiteral("debug");
    case LogLevel::Info:
        return QByteArrayLiteral("info");
    case LogLevel::Warning:
        return QByteArrayLiteral("warning");
    case LogLevel::Error:
        return QByteArrayLiteral("error");
    }
    return QByteArrayLiteral("info");
}

QByteArray StructuredLog::timestamp()
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    // "YYYY-MM-DDTHH:MM:SS" changes once a second: format it then, per thread.
    thread_local time_t cachedSecond = -1;
    thread_local char prefix[32];
    if (now.tv_sec != cachedSecond) {
        tm utc{};
        gmtime_r(&now.tv_sec, &utc);
        std::strftime(prefix, sizeof prefix, "%Y-%m-%dT%H:%M:%S", &utc);
        cachedSecond = now.tv_sec;
    }
    char text[40];
    const int size =
        std::snprintf(text, sizeof text, "%s.%03dZ", prefix, int(now.tv_nsec / 1'000'000));
    return QByteArray(text, size);
}

void StructuredLog::write(LogLevel level, const QString &event, const QJsonObject &fields)
{
    if (!isEnabled(level)) {
        return;
    }
    QJsonObject line{{QStringLiteral("ts"), QString::fromLatin1(timestamp())},
                     {QStringLiteral("level"), QString::fromLatin1(levelName(level))},
                     {QStringLiteral("event"), event}};
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        line.insert(it.key(), it.value());
    }
    LogWriter::instance().append(QJsonDocument(line).toJson(QJsonDocument::Compact));
}

void StructuredLog::writeLine(LogLevel level, QByteArray line)
{
    if (!isEnabled(level)) {
        return;
    }
    LogWriter::instance().append(line);
}

void StructuredLog::flush()
{
    LogWriter::instance().flush();
}

} // namespace transcendence::server
