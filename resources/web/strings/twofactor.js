// Strings of the SPA (web.twofactor) for Qt lupdate. Not loaded by the browser: the browser gets
// /i18n/<lang>.json built from translations/*.ts. One QT_TRANSLATE_NOOP per line, sources exactly as
// in the t() calls (tests/browser/catalogue.test.mjs checks it).
QT_TRANSLATE_NOOP("web.twofactor", "This code is not valid. Check it and try again.");
QT_TRANSLATE_NOOP("web.twofactor", "The setup has expired. Please start again.");
QT_TRANSLATE_NOOP("web.twofactor", "Two-factor sign-in is already on.");
QT_TRANSLATE_NOOP("web.twofactor", "Two-factor sign-in is already off.");
QT_TRANSLATE_NOOP("web.twofactor", "Copy the codes");
QT_TRANSLATE_NOOP("web.twofactor", "The recovery codes are copied.");
QT_TRANSLATE_NOOP("web.twofactor", "Copying is not allowed here. Download the codes instead.");
QT_TRANSLATE_NOOP("web.twofactor", "Download the codes");
QT_TRANSLATE_NOOP("web.twofactor", "I have saved them");
QT_TRANSLATE_NOOP("web.twofactor", "Your recovery codes");
QT_TRANSLATE_NOOP("web.twofactor", "Each code signs you in once if you lose your phone. Keep them somewhere safe: they will not be shown again.");
QT_TRANSLATE_NOOP("web.twofactor", "On");
QT_TRANSLATE_NOOP("web.twofactor", "Off");
QT_TRANSLATE_NOOP("web.twofactor", "Signing in asks for a code from your authenticator app.");
QT_TRANSLATE_NOOP("web.twofactor", "Add a code from an authenticator app to your password when you sign in.");
QT_TRANSLATE_NOOP("web.twofactor", "Turn on two-factor sign-in");
QT_TRANSLATE_NOOP("web.twofactor", "QR code to scan with your authenticator app");
QT_TRANSLATE_NOOP("web.twofactor", "6-digit code from the app");
QT_TRANSLATE_NOOP("web.twofactor", "Enter the 6 digits shown by your app.");
QT_TRANSLATE_NOOP("web.twofactor", "Cancel");
QT_TRANSLATE_NOOP("web.twofactor", "Set up your authenticator app");
QT_TRANSLATE_NOOP("web.twofactor", "Confirm and turn on");
QT_TRANSLATE_NOOP("web.twofactor", "Two-factor sign-in is on.");
QT_TRANSLATE_NOOP("web.twofactor", "Scan this QR code with an authenticator app, or type in the key below. Then enter the code the app shows.");
QT_TRANSLATE_NOOP("web.twofactor", "Key to type in:");
QT_TRANSLATE_NOOP("web.twofactor", "A code from my app");
QT_TRANSLATE_NOOP("web.twofactor", "A recovery code");
QT_TRANSLATE_NOOP("web.twofactor", "My password");
QT_TRANSLATE_NOOP("web.twofactor", "Recovery code");
QT_TRANSLATE_NOOP("web.twofactor", "Password");
QT_TRANSLATE_NOOP("web.twofactor", "Turn off two-factor sign-in");
QT_TRANSLATE_NOOP("web.twofactor", "Two-factor sign-in is off.");
QT_TRANSLATE_NOOP("web.twofactor", "To turn it off, confirm with");
