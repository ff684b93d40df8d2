#pragma once

#include <QObject>

// What the sign-in's pure parts promise: PKCE as RFC 7636 computes it, single-use expiring
// states, return paths that cannot redirect off-site, provider configuration an operator can
// get right from the error messages, and user names derived from provider accounts.
class OAuthBuildingBlocksTest : public QObject {
    Q_OBJECT

private slots:
    void pkceMatchesRfc7636AppendixB();
    void pkceGeneratedVerifiersAreValidAndDistinct();
    void pkceVerifierValidation_data();
    void pkceVerifierValidation();

    void flowStateIsRandomAndBoundToTheBrowser();
    void flowStateKeepsOnlySafeReturnPaths();
    void storeTakeIsSingleUse();
    void storeForgetsExpiredFlows();
    void storeEvictsOldestPastCapacity();

    void returnPathValidation_data();
    void returnPathValidation();

    void authorizationUrlCarriesEveryParameter();
    void authorizationUrlKeepsProviderQueryButNotOverrides();
    void authorizationUrlEncodesReservedCharacters();

    void configEmptyMeansNoProviders();
    void configFortyTwoNeedsOnlyClientCredentials();
    void configOidcProvider();
    void configRefusals_data();
    void configRefusals();
    void configReportsEveryProblemAtOnce();
    void configErrorsNeverShowTheSecret();

    void userInfoFortyTwoShape();
    void userInfoOidcShape();
    void userInfoWithoutSubjectIsRefused();
    void userInfoDropsImplausibleParts();

    void usernameStem_data();
    void usernameStem();
    void deriveUsername_data();
    void deriveUsername();
    void deriveUsernameGivesUpAfterBoundedAttempts();
};
