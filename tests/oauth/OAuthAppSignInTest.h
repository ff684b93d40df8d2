#pragma once

#include <QObject>

// A native app's sign-in (RFC 8252) on the server side: only loopback redirect URIs with a port,
// an S256 challenge and a state are accepted; the one-time code is single use, short-lived,
// stored hashed, and bound to the app's PKCE challenge and redirect URI.
class OAuthAppSignInTest : public QObject {
    Q_OBJECT

private slots:
    void pkceVerifierMatchesItsChallengeOnly();
    void appRequestValidation_data();
    void appRequestValidation();
    void noRedirectUriMeansABrowserSignIn();
    void redirectsCarryCodeOrErrorAndState();
};
