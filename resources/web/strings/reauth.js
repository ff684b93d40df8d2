// Strings of the SPA (web.reauth: the step-up prompt) for Qt lupdate. Not loaded by the browser:
// the browser gets /i18n/<lang>.json built from translations/*.ts. One QT_TRANSLATE_NOOP per line,
// sources exactly as in the t() calls (tests/browser/catalogue.test.mjs checks it).
QT_TRANSLATE_NOOP("web.reauth", "Two-factor sign-in is off: use your password.");
QT_TRANSLATE_NOOP("web.reauth", "Sign in again with %{provider}");
QT_TRANSLATE_NOOP("web.reauth", "Your password");
QT_TRANSLATE_NOOP("web.reauth", "Code from your authenticator app");
QT_TRANSLATE_NOOP("web.reauth", "Enter the 6 digits shown by your app.");
QT_TRANSLATE_NOOP("web.reauth", "Recovery code");
QT_TRANSLATE_NOOP("web.reauth", "Cancel");
QT_TRANSLATE_NOOP("web.reauth", "Confirm");
QT_TRANSLATE_NOOP("web.reauth", "Thank you. Continuing.");
QT_TRANSLATE_NOOP("web.reauth", "Use my password");
QT_TRANSLATE_NOOP("web.reauth", "Use a code from my authenticator app");
QT_TRANSLATE_NOOP("web.reauth", "Use a recovery code");
QT_TRANSLATE_NOOP("web.reauth", "Confirm it is you");
QT_TRANSLATE_NOOP("web.reauth", "This change needs a recent proof that you are the owner of this account.");
QT_TRANSLATE_NOOP("web.reauth", "Sign in again with the service you use, then try once more.");
