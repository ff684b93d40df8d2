#pragma once

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace transcendence::server::oauth {

// Which user-info shape a provider answers with; it picks the default field mapping.
enum class OAuthProfile {
    FortyTwo, // the 42 intra API: GET /v2/me
    Oidc,     // an OpenID Connect userinfo endpoint
};

// Where the user-info JSON keeps each part of the identity. A path may be dotted to reach into
// nested objects ("image.link"). An empty path means the provider does not give that part.
struct UserInfoFieldMap {
    QString subject; // the stable id of the account at the provider (string or integer)
    QString login;   // preferred user name
    QString email;
    QString emailVerified; // boolean; empty: the provider only hands out verified addresses
    QString displayName;
    QString avatarUrl;

    static UserInfoFieldMap forProfile(OAuthProfile profile);
};

struct OAuthProviderConfig {
    QString id;          // lower-case, [a-z0-9_]; names the TRANSCENDENCE_OAUTH_<ID>_* variables
    QString displayName; // shown on the sign-in button
    OAuthProfile profile = OAuthProfile::Oidc;
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QUrl userInfoUrl;
    QString clientId;
    QString clientSecret; // never log it
    QStringList scopes;
    UserInfoFieldMap fields;
};

// The 42 intra API, so only the client id and secret need configuring for it.
namespace fortytwo {
inline constexpr const char *kProviderId = "fortytwo";
inline constexpr const char *kAuthorizeUrl = "https://api.intra.42.fr/oauth/authorize";
inline constexpr const char *kTokenUrl = "https://api.intra.42.fr/oauth/token";
inline constexpr const char *kUserInfoUrl = "https://api.intra.42.fr/v2/me";
inline constexpr const char *kScopes = "public";
} // namespace fortytwo

struct OAuthProvidersConfig {
    QList<OAuthProviderConfig> providers;
    QStringList errors; // one line per bad variable, naming it; empty when all is well

    const OAuthProviderConfig *find(const QString &id) const;
};

// Reads TRANSCENDENCE_OAUTH_PROVIDERS (comma-separated ids; empty or unset: no OAuth sign-in)
// and, for each id, TRANSCENDENCE_OAUTH_<ID>_{AUTHORIZE_URL,TOKEN_URL,USERINFO_URL,CLIENT_ID,
// CLIENT_SECRET,SCOPES,NAME,PROFILE}. `value` returns a variable's value (empty when unset), so
// ServerConfig can hand in its own environment + .env lookup. Provider URLs must be https in
// production; in development http is also accepted for loopback hosts (tests, local fakes).
OAuthProvidersConfig readOAuthProviders(const std::function<QString(const QString &)> &value,
                                        bool production);
OAuthProvidersConfig readOAuthProviders(const QProcessEnvironment &environment, bool production);

} // namespace transcendence::server::oauth
