// Strings of the SPA (web.signin) for Qt lupdate. Not loaded by the browser: the browser gets
// /i18n/<lang>.json built from translations/*.ts. One QT_TRANSLATE_NOOP per line, sources exactly as
// in the t() calls (tests/browser/catalogue.test.mjs checks it).
QT_TRANSLATE_NOOP("web.signin", "The user name, e-mail address or password is wrong.");
QT_TRANSLATE_NOOP("web.signin", "This account has been suspended. Contact the administrators if you think this is a mistake.");
QT_TRANSLATE_NOOP("web.signin", "This code is not valid. Check it and try again.");
QT_TRANSLATE_NOOP("web.signin", "This sign-in attempt has expired. Please start again.");
QT_TRANSLATE_NOOP("web.signin", "or");
QT_TRANSLATE_NOOP("web.signin", "Sign in with %{provider}");
QT_TRANSLATE_NOOP("web.signin", "Code from your authenticator app");
QT_TRANSLATE_NOOP("web.signin", "Enter the 6 digits shown by your app.");
QT_TRANSLATE_NOOP("web.signin", "Open your authenticator app and enter the 6-digit code for Transcendence.");
QT_TRANSLATE_NOOP("web.signin", "Recovery code");
QT_TRANSLATE_NOOP("web.signin", "One of the recovery codes you saved when you turned on two-factor sign-in. Each works once.");
QT_TRANSLATE_NOOP("web.signin", "Two-factor sign-in");
QT_TRANSLATE_NOOP("web.signin", "Start again");
QT_TRANSLATE_NOOP("web.signin", "Verify");
QT_TRANSLATE_NOOP("web.signin", "You are signed in.");
QT_TRANSLATE_NOOP("web.signin", "Use the code from my authenticator app");
QT_TRANSLATE_NOOP("web.signin", "Use a recovery code instead");
QT_TRANSLATE_NOOP("web.signin", "Your account is protected by a second step.");
QT_TRANSLATE_NOOP("web.signin", "Sign in");
QT_TRANSLATE_NOOP("web.signin", "Create an account");
QT_TRANSLATE_NOOP("web.signin", "User name or e-mail address");
QT_TRANSLATE_NOOP("web.signin", "Password");
QT_TRANSLATE_NOOP("web.signin", "Enter the code from your authenticator app.");
QT_TRANSLATE_NOOP("web.signin", "New here?");
QT_TRANSLATE_NOOP("web.signin", "Signing in");
QT_TRANSLATE_NOOP("web.signin", "Completing the sign-in…");
QT_TRANSLATE_NOOP("web.signin", "The sign-in could not be completed.");
QT_TRANSLATE_NOOP("web.signin", "Try again");
QT_TRANSLATE_NOOP("web.signin", "Forgot your password?");
QT_TRANSLATE_NOOP("web.signin", "Code from the e-mail we sent you");
QT_TRANSLATE_NOOP("web.signin", "Enter the 6 digits of the e-mail.");
QT_TRANSLATE_NOOP("web.signin", "We sent a 6-digit code to your e-mail address. It works once, for 5 minutes.");
QT_TRANSLATE_NOOP("web.signin", "Use the code from the e-mail");
QT_TRANSLATE_NOOP("web.signin", "Enter the code we sent you by e-mail.");
