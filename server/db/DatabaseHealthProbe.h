#pragma once

#include "db/DatabaseUrl.h"

#include <QObject>

namespace transcendence::server {

// Checks that PostgreSQL answers, from its own thread and connection, so a slow or dead
// database never blocks the event loop that serves HTTP, WebSockets and games.
// After a failure the connection is dropped and re-opened on the next check, which is how
// readiness recovers by itself when the database comes back.
class DatabaseHealthProbe : public QObject {
    Q_OBJECT
public:
    explicit DatabaseHealthProbe(DatabaseSettings settings);
    ~DatabaseHealthProbe() override;

public slots:
    void check();
    void closeConnection();

signals:
    void checked(bool reachable, const QString &error);

private:
    DatabaseSettings m_settings;
    QString m_connectionName;
};

} // namespace transcendence::server
