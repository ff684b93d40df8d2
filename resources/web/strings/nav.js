// Strings of the SPA (web.nav) for Qt lupdate. Not loaded by the browser: the browser gets
// /i18n/<lang>.json built from translations/*.ts. One QT_TRANSLATE_NOOP per line, sources exactly as
// in the t() calls (tests/browser/catalogue.test.mjs checks it).
QT_TRANSLATE_NOOP("web.nav", "Home");
QT_TRANSLATE_NOOP("web.nav", "Server status");
QT_TRANSLATE_NOOP("web.nav", "Menu");
QT_TRANSLATE_NOOP("web.nav", "Main navigation");
QT_TRANSLATE_NOOP("web.nav", "The language could not be loaded. Please try again.");
QT_TRANSLATE_NOOP("web.nav", "Language");
QT_TRANSLATE_NOOP("web.nav", "Sign in");
QT_TRANSLATE_NOOP("web.nav", "Sign up");
QT_TRANSLATE_NOOP("web.nav", "Sign out");
QT_TRANSLATE_NOOP("web.nav", "Live");
