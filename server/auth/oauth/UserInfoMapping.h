#pragma once

#include "auth/oauth/OAuthProviderConfig.h"
#include "auth/oauth/OAuthResult.h"

#include <QJsonObject>

#include <variant>

namespace transcendence::server::oauth {

// Reads the provider's user-info JSON through config.fields. Only the subject is required
// (invalid_provider_response without it); other parts that are missing, of the wrong type or
// implausible (an e-mail without "@", an avatar that is not an absolute https URL) come back
// empty rather than failing the sign-in.
std::variant<ProviderIdentity, OAuthError> identityFromUserInfo(const OAuthProviderConfig &config,
                                                                const QJsonObject &userInfo);

} // namespace transcendence::server::oauth
