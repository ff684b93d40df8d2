#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace transcendence::tournament {

// The names of tournaments and the aliases players enter under (docs/game.md, "Tournaments"):
// the rules the server's API enforces and the app checks before (offline tournaments have no
// server at all). Each caller words the problem for its reader.
inline constexpr int kMaxNameLength = 64;  // a tournament's name
inline constexpr int kMaxAliasLength = 32; // a player's alias

enum class NameProblem {
    None,
    Empty,            // nothing but spaces
    TooLong,          // more than the maximum, once trimmed
    ControlCharacter, // control or format characters
    Repeated,         // an alias already in the list, ignoring case
};

NameProblem nameProblem(const QString &text, int maxLength);
// Each alias of a local tournament's list, in order (a repeat is the later one).
std::vector<NameProblem> aliasProblems(const QStringList &aliases);
// The key aliases are compared by: trimmed and case-folded.
QString aliasKey(const QString &alias);

} // namespace transcendence::tournament
