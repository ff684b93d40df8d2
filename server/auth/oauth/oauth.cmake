# OAuth 2.0 sign-in building blocks (provider configuration, PKCE, pending authorizations,
# the authorization-code client), part of libtranscendence-server.
# Included from server/CMakeLists.txt; paths are relative to server/.
target_sources(transcendence_server PRIVATE
    auth/oauth/OAuthProviderConfig.h auth/oauth/OAuthProviderConfig.cpp
    auth/oauth/UrlSafeRandom.h auth/oauth/UrlSafeRandom.cpp
    auth/oauth/Pkce.h
    auth/oauth/ReturnPath.h auth/oauth/ReturnPath.cpp
    auth/oauth/OAuthFlowState.h auth/oauth/OAuthFlowState.cpp
    auth/oauth/AppRedirect.h auth/oauth/AppRedirect.cpp
    auth/oauth/PendingAuthorizationStore.h
    auth/oauth/InMemoryPendingAuthorizationStore.h auth/oauth/InMemoryPendingAuthorizationStore.cpp
    auth/oauth/FormEncoding.h auth/oauth/FormEncoding.cpp
    auth/oauth/AuthorizationRequest.h auth/oauth/AuthorizationRequest.cpp
    auth/oauth/OAuthResult.h
    auth/oauth/UserInfoMapping.h auth/oauth/UserInfoMapping.cpp
    auth/oauth/OAuthClient.h auth/oauth/OAuthClient.cpp
    auth/oauth/UsernameDerivation.h auth/oauth/UsernameDerivation.cpp
)
