#pragma once

#include "core/FieldProblem.h"

#include <QString>

namespace transcendence::server {

// What a valid bio, language and search query are (display names: auth/AccountRules.h). Each
// check returns an empty problem when the value is fine, else its code and message.
namespace profile_rules {

constexpr int kMaxBioCharacters = 500; // code points, as the database's char_length counts
constexpr int kMaxSearchCharacters = 50;
constexpr int kDefaultSearchLimit = 20;
constexpr int kMaxSearchLimit = 50;
constexpr int kMaxSearchOffset = 10'000;

// Any text up to 500 characters, stored verbatim; only NUL is refused (PostgreSQL text cannot
// hold it).
FieldProblem bioProblem(const QString &bio);

// A language tag as the translations are named: "en", "fr", "pt_BR" (^[a-z]{2,3}(_[A-Z]{2})?$,
// the users table's CHECK). Clients fall back to English for a language they do not ship.
FieldProblem languageProblem(const QString &language);

// A LIKE pattern matching strings that start with prefix: \, % and _ escaped (ESCAPE '\').
QString likePrefixPattern(const QString &prefix);

} // namespace profile_rules
} // namespace transcendence::server
