#include "users/ProfileRules.h"

#include <QRegularExpression>

namespace transcendence::server::profile_rules {

FieldProblem bioProblem(const QString &bio)
{
    if (bio.contains(QChar(u'\0'))) {
        return {
            QStringLiteral("nul_character"), QStringLiteral("must not contain NUL characters"), {}};
    }
    if (bio.toUcs4().size() > kMaxBioCharacters) {
        return FieldProblem::tooLong(kMaxBioCharacters);
    }
    return {};
}

FieldProblem languageProblem(const QString &language)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    if (pattern.match(language).hasMatch()) {
        return {};
    }
    return {QStringLiteral("language_format"),
            QStringLiteral("must be a language code such as \"en\", \"fr\" or \"pt_BR\""),
            {}};
}

QString likePrefixPattern(const QString &prefix)
{
    QString pattern;
    pattern.reserve(prefix.size() + 8);
    for (const QChar c : prefix) {
        if (c == u'\\' || c == u'%' || c == u'_') {
            pattern += u'\\';
        }
        pattern += c;
    }
    return pattern + u'%';
}

} // namespace transcendence::server::profile_rules
