// Strings of the SPA (web.signup) for Qt lupdate. Not loaded by the browser: the browser gets
// /i18n/<lang>.json built from translations/*.ts. One QT_TRANSLATE_NOOP per line, sources exactly as
// in the t() calls (tests/browser/catalogue.test.mjs checks it).
QT_TRANSLATE_NOOP("web.signup", "(opens in a new tab)");
QT_TRANSLATE_NOOP("web.signup", "I have read the %{privacy} and the %{terms}.");
QT_TRANSLATE_NOOP("web.signup", "privacy policy");
QT_TRANSLATE_NOOP("web.signup", "terms of service");
QT_TRANSLATE_NOOP("web.signup", "Please confirm that you have read the privacy policy and the terms of service.");
QT_TRANSLATE_NOOP("web.signup", "Create an account");
QT_TRANSLATE_NOOP("web.signup", "User name");
QT_TRANSLATE_NOOP("web.signup", "Use 3 to 20 letters, digits or underscores.");
QT_TRANSLATE_NOOP("web.signup", "3 to 20 letters (A–Z), digits or underscores. You sign in with it.");
QT_TRANSLATE_NOOP("web.signup", "E-mail address");
QT_TRANSLATE_NOOP("web.signup", "Password");
QT_TRANSLATE_NOOP("web.signup", "10 to 128 characters. Common passwords are refused; a few unrelated words make a strong one.");
QT_TRANSLATE_NOOP("web.signup", "Display name (optional)");
QT_TRANSLATE_NOOP("web.signup", "What other players see, 3 to 20 characters. Your user name if left empty.");
QT_TRANSLATE_NOOP("web.signup", "Create my account");
QT_TRANSLATE_NOOP("web.signup", "Your account is ready. You are signed in.");
QT_TRANSLATE_NOOP("web.signup", "Already have an account?");
QT_TRANSLATE_NOOP("web.signup", "Sign in");
