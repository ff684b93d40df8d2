#pragma once

#include <QString>

namespace transcendence::testing {

// What scripts/test provides to the suites (exported before ctest runs):
//   TRANSCENDENCE_TEST_ADMIN_DATABASE_URL  superuser URL of the test cluster (suites create
//   databases) TRANSCENDENCE_TEST_TLS_DIR             ca.pem, server.pem, server.key of the dev
//   certificate TRANSCENDENCE_TEST_CA_FILE             ca.pem alone TRANSCENDENCE_TEST_BASE_URL
//   https://localhost:PORT, the platform scripts/test started TRANSCENDENCE_TEST_HTTP_URL
//   http://localhost:PORT of the same nginx (redirects) TRANSCENDENCE_TEST_STATE_DIR           a
//   scratch folder removed after the run TRANSCENDENCE_TEST_ARTIFACTS           where screenshots
//   and logs worth keeping go
class TestEnvironment {
public:
    // The variable's value; empty when unset (missing() then names what is missing).
    static QString value(const char *name);
    // Empty when every named variable is set, else a message telling how to run the suite.
    static QString missing(std::initializer_list<const char *> names);

    static QString repoRoot();
    static QString serverBinary();
    static QString webRoot();
    static QString scratchDir(); // a folder under TRANSCENDENCE_TEST_STATE_DIR or the temp dir
};

} // namespace transcendence::testing

// In initTestCase(): fail (not skip) the suite when run outside scripts/test.
#define TRANSCENDENCE_REQUIRE_TEST_ENV(...)                                                        \
    do {                                                                                           \
        const QString missingMessage =                                                             \
            transcendence::testing::TestEnvironment::missing({__VA_ARGS__});                       \
        if (!missingMessage.isEmpty())                                                             \
            QFAIL(qPrintable(missingMessage));                                                     \
    } while (false)
