#pragma once

#include <QString>
#include <QUrl>

#include <variant>

namespace transcendence::server::oauth {

// Who the provider says signed in. `provider` + `subject` is the stable key to store in the
// account link; login, e-mail and names may change at the provider.
struct ProviderIdentity {
    QString provider; // OAuthProviderConfig::id
    QString subject;  // the provider's account id, as text (42 gives an integer)
    QString login;
    QString email;
    // False when the provider says the address is unverified: never match accounts by it then.
    bool emailVerified = false;
    QString displayName;
    QUrl avatarUrl; // empty unless an absolute https URL (http only for loopback test fakes)
};

// Why a sign-in did not complete. `code` is stable snake_case for the error page and the API;
// `message` is English, safe to show and to log (never a token, code or secret).
struct OAuthError {
    QString code;
    QString message;

    friend bool operator==(const OAuthError &, const OAuthError &) = default;
};

namespace oauth_errors {
// The provider redirected back with error=... (e.g. access_denied when consent was refused).
inline constexpr const char *kProviderError = "provider_error";
// The callback's state is unknown, expired, already used, or belongs to another browser.
inline constexpr const char *kStateMismatch = "state_mismatch";
// The token endpoint refused the code (replayed, expired, wrong verifier) or failed.
inline constexpr const char *kTokenExchangeFailed = "token_exchange_failed";
// The user-info endpoint refused the token or failed.
inline constexpr const char *kUserInfoFailed = "userinfo_failed";
// The provider answered, but not with what the protocol promises (garbage, missing fields).
inline constexpr const char *kInvalidProviderResponse = "invalid_provider_response";
// No HTTP answer at all: DNS, connection refused, TLS failure.
inline constexpr const char *kProviderUnreachable = "provider_unreachable";
inline constexpr const char *kTimeout = "timeout";
} // namespace oauth_errors

using OAuthOutcome = std::variant<ProviderIdentity, OAuthError>;

} // namespace transcendence::server::oauth
