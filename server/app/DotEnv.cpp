#include "app/DotEnv.h"

#include <QFile>
#include <QRegularExpression>

namespace transcendence::server {

DotEnv DotEnv::parse(const QString &text)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    DotEnv result;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        if (line.startsWith(QLatin1String("export "))) {
            line = line.mid(7).trimmed();
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const QString key = equals > 0 ? line.left(equals).trimmed() : QString();
        if (!keyPattern.match(key).hasMatch()) {
            result.errors << QStringLiteral("line %1: expected KEY=value").arg(i + 1);
            continue;
        }
        QString value = line.mid(equals + 1).trimmed();
        if (value.size() >= 2 &&
            (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\'')) &&
            value.back() == value.front()) {
            value = value.mid(1, value.size() - 2);
        }
        result.values.insert(key, value);
    }
    return result;
}

DotEnv DotEnv::readFile(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        return {};
    }
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        DotEnv result;
        result.errors << QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    return parse(QString::fromUtf8(file.readAll()));
}

} // namespace transcendence::server
