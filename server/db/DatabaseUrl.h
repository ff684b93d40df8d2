#pragma once

#include <QString>

#include <variant>

namespace transcendence::server {

// Where and how to reach PostgreSQL, parsed from a libpq-style URL.
struct DatabaseSettings {
    QString host; // a host name, or an absolute Unix-socket folder
    int port = 5432;
    QString databaseName;
    QString user;
    QString password;
    QString connectOptions; // QPSQL form: "key=value;key=value"

    bool isValid() const { return !databaseName.isEmpty(); }
    QString redacted() const; // for logs: never contains the password
};

// postgres[ql]://[user[:password]@][host][:port]/dbname[?host=/socket/dir&sslmode=...]
// Accepted query parameters: host, sslmode, connect_timeout, application_name.
std::variant<DatabaseSettings, QString> parseDatabaseUrl(const QString &url);

} // namespace transcendence::server
