#pragma once

#include <QString>

namespace transcendence::testing {

// A database of its own for one suite, in the cluster scripts/test started; dropped at the end.
class TestDatabase {
public:
    TestDatabase(); // creates transcendence_test_<random> owned by role transcendence
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool isValid() const { return !m_url.isEmpty(); }
    const QString &error() const { return m_error; }
    const QString &url() const { return m_url; } // DATABASE_URL for the server
    const QString &name() const { return m_name; }

    // Runs one statement as the owner role and returns the first column of the first row.
    QString scalar(const QString &sql) const;

private:
    QString m_name;
    QString m_url;
    QString m_error;
};

// A whole throw-away cluster (scripts/lib/postgres.sh), for tests that stop and restart the
// database itself without disturbing other suites.
class PostgresCluster {
public:
    explicit PostgresCluster(QString dir);
    ~PostgresCluster();

    bool init(QString *error); // initdb on a free port + start
    bool start(QString *error);
    bool stop(QString *error);
    QString url() const;

private:
    bool run(const QStringList &arguments, QString *output) const;

    QString m_dir;
    bool m_initialized = false;
};

} // namespace transcendence::testing
