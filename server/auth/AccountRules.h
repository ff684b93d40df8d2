#pragma once

#include "core/FieldProblem.h"

#include <QString>

namespace transcendence::server {

// What a valid user name, e-mail address and display name are. Each check returns an empty
// problem when the value is fine, else the code and message for that field.
namespace account_rules {

FieldProblem usernameProblem(const QString &username); // 3..20 of [A-Za-z0-9_]
FieldProblem emailProblem(const QString &email);       // one @, a dot in the domain, <= 254

// Display names are shown to others and must be unique ignoring case and Unicode look-alike
// forms: normalized to NFKC, trimmed, inner spaces collapsed; 3..20 characters; letters, marks,
// digits, spaces and _ - . ' only (no control, format or private-use characters).
QString normalizeDisplayName(const QString &displayName);
FieldProblem displayNameProblem(const QString &normalized);
QString displayNameKey(const QString &normalized); // what uniqueness compares
// The TR39 confusable skeleton, case-folded: names a reader can mistake for one another
// ("admin", "аdmin" with a Cyrillic а, "adrnin", "ADMIN") have the same one, and a new name is
// refused when its skeleton is taken (users.display_name_skeleton, unique).
QString displayNameSkeleton(const QString &normalized);

} // namespace account_rules
} // namespace transcendence::server
