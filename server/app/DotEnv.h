#pragma once

#include <QHash>
#include <QString>

namespace transcendence::server {

// Reads KEY=value lines of a git-ignored .env file. Blank lines and # comments are skipped,
// an optional "export " prefix is accepted, and single or double quotes around a value are
// removed (no interpolation: a secret may contain $ or #).
struct DotEnv {
    QHash<QString, QString> values;
    QStringList errors; // "line N: ..." for every line that is not KEY=value

    static DotEnv parse(const QString &text);
    static DotEnv
    readFile(const QString &path); // a missing file yields an empty, error-free result
};

} // namespace transcendence::server
