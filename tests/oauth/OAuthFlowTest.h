#pragma once

#include <QObject>

// The whole sign-in as a browser and the server live it, against FakeOAuthProvider on
// loopback: start -> authorize (302) -> callback (state check) -> token -> user info, and every
// way it can fail, each ending in a stable error code rather than a crash or a 5xx.
class OAuthFlowTest : public QObject {
    Q_OBJECT

private slots:
    void fortyTwoSignInCompletes();
    void oidcSignInCompletes();
    void linkFlowKeepsTheUserAndReturnPath();

    void deniedConsentIsProviderError();
    void replayedCallbackIsStateMismatch();
    void callbackFromAnotherBrowserIsStateMismatch();
    void callbackForAnotherProviderIsStateMismatch();
    void replayedCodeIsRefusedAndRevokesItsToken();
    void wrongPkceVerifierIsRefused();
    void wrongClientSecretIsRefused();
    void tokenEndpointServerError();
    void tokenEndpointGarbage();
    void tokenEndpointTimeout();
    void providerUnreachable();
    void oversizedAnswerIsRefused();
    void userInfoRequiresTheBearerToken();
    void authorizeRefusesUnregisteredRedirectUri();
    void authorizeRequiresPkce();
};
