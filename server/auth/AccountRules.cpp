#include "auth/AccountRules.h"

#include "auth/ConfusableSkeleton.h"

#include <QRegularExpression>

namespace transcendence::server::account_rules {

FieldProblem usernameProblem(const QString &username)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_]{3,20}$"));
    if (pattern.match(username).hasMatch()) {
        return {};
    }
    return {QStringLiteral("username_format"),
            QStringLiteral("must be 3 to 20 letters (a-z), digits or underscores"),
            {{QStringLiteral("min"), 3}, {QStringLiteral("max"), 20}}};
}

FieldProblem emailProblem(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (email.size() > 254 || !pattern.match(email).hasMatch()) {
        return {QStringLiteral("email_format"), QStringLiteral("must be an e-mail address"), {}};
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

FieldProblem displayNameProblem(const QString &normalized)
{
    const QList<uint> codePoints = normalized.toUcs4();
    if (codePoints.size() < 3 || codePoints.size() > 20) {
        return {QStringLiteral("length"),
                QStringLiteral("must be 3 to 20 characters"),
                {{QStringLiteral("min"), 3}, {QStringLiteral("max"), 20}}};
    }
    for (const uint codePoint : codePoints) {
        const char32_t c = char32_t(codePoint);
        const bool allowed = QChar::isLetterOrNumber(c) || QChar::isMark(c) || c == U' ' ||
                             c == U'_' || c == U'-' || c == U'.' || c == U'\'';
        if (!allowed) {
            return {QStringLiteral("display_name_characters"),
                    QStringLiteral("may only hold letters, digits, spaces and _ - . '"),
                    {}};
        }
    }
    return {};
}

QString displayNameKey(const QString &normalized)
{
    return normalized.toCaseFolded().normalized(QString::NormalizationForm_KC);
}

QString displayNameSkeleton(const QString &normalized)
{
    // Skeleton first, then case: TR39 tells "I" from "i" (only "I" looks like "l"), and the
    // case-insensitive comparison is display_name_key's, also unique.
    return confusableSkeleton(normalized).toCaseFolded();
}

} // namespace transcendence::server::account_rules
