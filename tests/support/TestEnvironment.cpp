#include "TestEnvironment.h"

#include <QDir>
#include <QStringList>
#include <QUuid>

namespace transcendence::testing {

QString TestEnvironment::value(const char *name)
{
    return qEnvironmentVariable(name);
}

QString TestEnvironment::missing(std::initializer_list<const char *> names)
{
    QStringList unset;
    for (const char *name : names) {
        if (value(name).isEmpty()) {
            unset << QString::fromLatin1(name);
        }
    }
    if (unset.isEmpty()) {
        return {};
    }
    return QStringLiteral("%1 not set: run this suite through scripts/test, which starts the test "
                          "platform and exports them")
        .arg(unset.join(QStringLiteral(", ")));
}

QString TestEnvironment::repoRoot()
{
    return QStringLiteral(TRANSCENDENCE_SOURCE_DIR);
}

QString TestEnvironment::serverBinary()
{
    return QStringLiteral(TRANSCENDENCE_SERVER_BINARY);
}

QString TestEnvironment::webRoot()
{
    return QStringLiteral(TRANSCENDENCE_BUILD_WEB_ROOT);
}

QString TestEnvironment::scratchDir()
{
    QString base = value("TRANSCENDENCE_TEST_STATE_DIR");
    if (base.isEmpty()) {
        base = QDir::tempPath();
    }
    const QString dir =
        base + QStringLiteral("/scratch-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QDir().mkpath(dir);
    return dir;
}

} // namespace transcendence::testing
