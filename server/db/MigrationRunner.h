#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <variant>

namespace transcendence::server {

struct Migration {
    int version = 0;
    QString fileName; // e.g. "0001_init.sql"
    QByteArray sql;
    QByteArray checksum; // SHA-256, hex
};

// Applies sql/NNNN_name.sql files in order, each in its own transaction, recording them in
// schema_migrations. A session-level advisory lock serializes instances that start together.
class MigrationRunner {
public:
    struct Outcome {
        QString error; // empty on success; names the failing file and PostgreSQL's message
        QStringList applied;
        QStringList alreadyApplied;
    };

    // dir is a folder or a Qt resource folder (":/sql"). Every *.sql file there must be named
    // NNNN_name.sql with a unique NNNN; anything else is an error rather than silently skipped.
    static std::variant<QList<Migration>, QString> discover(const QString &dir);
    static Outcome apply(QSqlDatabase &db, const QList<Migration> &migrations);
};

} // namespace transcendence::server
