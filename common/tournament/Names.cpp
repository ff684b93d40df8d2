#include "tournament/Names.h"

#include <QSet>

namespace transcendence::tournament {

NameProblem nameProblem(const QString &text, int maxLength)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return NameProblem::Empty;
    }
    if (trimmed.size() > maxLength) {
        return NameProblem::TooLong;
    }
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            return NameProblem::ControlCharacter;
        }
    }
    return NameProblem::None;
}

QString aliasKey(const QString &alias)
{
    return alias.trimmed().toCaseFolded();
}

std::vector<NameProblem> aliasProblems(const QStringList &aliases)
{
    std::vector<NameProblem> problems;
    QSet<QString> seen;
    for (const QString &alias : aliases) {
        NameProblem problem = nameProblem(alias, kMaxAliasLength);
        if (problem == NameProblem::None && seen.contains(aliasKey(alias))) {
            problem = NameProblem::Repeated;
        }
        seen.insert(aliasKey(alias));
        problems.push_back(problem);
    }
    return problems;
}

} // namespace transcendence::tournament
