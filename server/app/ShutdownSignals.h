#pragma once

#include <QObject>

class QSocketNotifier;

namespace transcendence::server {

// Turns SIGTERM and SIGINT into a Qt signal delivered on the event loop (self-pipe trick:
// the only thing a POSIX signal handler may safely do here is write a byte).
class ShutdownSignals : public QObject {
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

signals:
    void shutdownRequested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace transcendence::server
