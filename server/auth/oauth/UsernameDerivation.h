#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace transcendence::server::oauth {

// Our user-name rule: 3..20 characters of [a-z0-9_]. (Move it to common/ when clients need it.)
inline constexpr int kMinUsernameLength = 3;
inline constexpr int kMaxUsernameLength = 20;
bool isValidUsername(const QString &username);

// Text squeezed into the user-name alphabet: accents and ligatures transliterated ("Zoë Ærø" ->
// "zoe_aero", "Straße" -> "strasse"), other characters dropped, separators (space . - + ...) made
// into single "_", no "_" at either end, cut to 20 characters. May be shorter than 3 (or empty).
QString usernameStem(const QString &text);

// A free user name for someone signing in for the first time, from the provider's login, else
// the e-mail's local part (without "+tag"), else the display name, else "player" — the first
// giving at least 3 characters. Taken names get a numeric suffix ("alice2", "alice3", ...; the
// stem is shortened to stay within 20). isTaken is asked once per candidate; after
// kMaxUsernameAttempts taken candidates the answer is nullopt (ask the user to choose one).
inline constexpr int kMaxUsernameAttempts = 1000;
using UsernameTaken = std::function<bool(const QString &username)>;
std::optional<QString> deriveUsername(const QString &login, const QString &email,
                                      const QString &displayName, const UsernameTaken &isTaken);

} // namespace transcendence::server::oauth
