// app/StructuredLog: lines leave through a writer thread and a bounded queue. Every line queued
// reaches stderr by exit, in order; when the reader stalls, the queue drops lines instead of
// blocking the logger, and says how many it dropped. The child runs are this same executable.
#include "app/StructuredLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QThread>

using namespace transcendence::server;

namespace {

constexpr const char *kChildVariable = "STRUCTURED_LOG_TEST_CHILD";

// The child: logs `count` numbered lines as fast as it can, then returns from main.
int runChild(int count, int padding)
{
    const QString pad(padding, QLatin1Char('x'));
    for (int i = 0; i < count; ++i) {
        StructuredLog::info(QStringLiteral("numbered"),
                            {{QStringLiteral("n"), i}, {QStringLiteral("pad"), pad}});
    }
    return 0;
}

struct ChildRun {
    QList<QJsonObject> lines;
    int exitCode = -1;
};

ChildRun runChildProcess(int count, int padding, int stallMs)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kChildVariable),
                       QStringLiteral("%1,%2").arg(count).arg(padding));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(), {});
    if (!child.waitForStarted(10'000)) {
        return {};
    }
    // Without an event loop nothing reads the pipe: the child's writer blocks on a full pipe
    // while its loggers go on.
    QThread::msleep(stallMs);
    QByteArray output;
    while (!child.waitForFinished(50)) {
        output += child.readAllStandardError();
        if (child.state() == QProcess::NotRunning) {
            break;
        }
    }
    output += child.readAllStandardError();
    ChildRun run;
    run.exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
    for (const QByteArray &line : output.split('\n')) {
        if (!line.isEmpty()) {
            run.lines << QJsonDocument::fromJson(line).object();
        }
    }
    return run;
}

} // namespace

class StructuredLogTest : public QObject {
    Q_OBJECT

private slots:
    void everyLineArrivesInOrderByExit();
    void aStalledReaderDropsLinesAndSaysHowMany();
    void timestampIsIsoUtcWithMilliseconds();
};

void StructuredLogTest::everyLineArrivesInOrderByExit()
{
    const ChildRun run = runChildProcess(20'000, 10, 0);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.lines.size(), 20'000);
    for (int i = 0; i < run.lines.size(); ++i) {
        QCOMPARE(run.lines.at(i).value(QStringLiteral("event")).toString(),
                 QStringLiteral("numbered"));
        QCOMPARE(run.lines.at(i).value(QStringLiteral("n")).toInt(-1), i);
    }
}

void StructuredLogTest::aStalledReaderDropsLinesAndSaysHowMany()
{
    // ~1 KiB lines, 3x the queue's bound, while the reader stalls for 1.5 s.
    const int count = 3 * int(StructuredLog::kMaxQueuedBytes / 1024);
    const ChildRun run = runChildProcess(count, 1000, 1'500);
    QCOMPARE(run.exitCode, 0);
    qint64 dropped = 0;
    int numbered = 0;
    int previous = -1;
    for (const QJsonObject &line : run.lines) {
        const QString event = line.value(QStringLiteral("event")).toString();
        if (event == QLatin1String("log_lines_dropped")) {
            QCOMPARE(line.value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
            dropped += line.value(QStringLiteral("dropped")).toInteger();
        } else {
            QCOMPARE(event, QStringLiteral("numbered"));
            const int n = line.value(QStringLiteral("n")).toInt(-1);
            QVERIFY(n > previous); // order kept; gaps are the dropped lines
            previous = n;
            ++numbered;
        }
    }
    QVERIFY2(dropped > 0, "a stalled reader must make the queue drop lines");
    QCOMPARE(numbered + dropped, qint64(count)); // each line written or counted, none lost silently
}

void StructuredLogTest::timestampIsIsoUtcWithMilliseconds()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QByteArray stamp = StructuredLog::timestamp();
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QCOMPARE(stamp.size(), 24); // 2026-12-06T07:24:39.123Z
    const QDateTime parsed = QDateTime::fromString(QString::fromLatin1(stamp), Qt::ISODateWithMs);
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.timeSpec(), Qt::UTC);
    QCOMPARE(parsed.toString(Qt::ISODateWithMs).toLatin1(), stamp);
    QVERIFY(parsed >= before && parsed <= after);
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(kChildVariable)) {
        const QList<QByteArray> numbers = qgetenv(kChildVariable).split(',');
        return runChild(numbers.value(0).toInt(), numbers.value(1).toInt());
    }
    QCoreApplication app(argc, argv);
    StructuredLogTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "StructuredLogTest.moc"
