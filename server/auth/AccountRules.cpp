#include "auth/AccountRules.h"

#include <QRegularExpression>

namespace transcendence::server::account_rules {

QString usernameProblem(const QString &username)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_]{3,20}$"));
    if (pattern.match(username).hasMatch()) {
        return {};
    }
    return QStringLiteral("must be 3 to 20 letters (a-z), digits or underscores");
}

QString emailProblem(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (email.size() > 254 || !pattern.match(email).hasMatch()) {
        return QStringLiteral("must be an e-mail address");
    }
    return {};
}

QString normalizeDisplayName(const QString &displayName)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return displayName.normalized(QString::NormalizationForm_KC)
        .simplified()
        .replace(spaces, QStringLiteral(" "));
}

QString displayNameProblem(const QString &normalized)
{
    const QList<uint> codePoints = normalized.toUcs4();
    if (codePoints.size() < 3 || codePoints.size() > 20) {
        return QStringLiteral("must be 3 to 20 characters");
    }
    for (const uint codePoint : codePoints) {
        const char32_t c = char32_t(codePoint);
        const bool allowed = QChar::isLetterOrNumber(c) || QChar::isMark(c) || c == U' ' ||
                             c == U'_' || c == U'-' || c == U'.' || c == U'\'';
        if (!allowed) {
            return QStringLiteral("may only hold letters, digits, spaces and _ - . '");
        }
    }
    return {};
}

QString displayNameKey(const QString &normalized)
{
    return normalized.toCaseFolded().normalized(QString::NormalizationForm_KC);
}

} // namespace transcendence::server::account_rules
