#pragma once

#include <QString>

namespace transcendence::server::oauth {

// Where the browser goes after signing in: only a path on our own origin, so the sign-in flow
// can never be turned into an open redirect. Accepted: "/", "/profile", "/game/3?tab=chat#top".
// Refused: anything not starting with exactly one "/" ("//evil.com", "https://evil.com",
// "javascript:..."), backslashes ("/\evil" is "//evil" to browsers), control characters and
// whitespace, encoded slashes or backslashes right after the first "/", and very long values.
bool isSafeReturnPath(const QString &path);

// The path itself when safe, else `fallback` (the home page).
QString safeReturnPathOr(const QString &path, const QString &fallback = QStringLiteral("/"));

} // namespace transcendence::server::oauth
