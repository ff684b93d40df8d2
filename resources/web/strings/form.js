// Strings of the SPA (web.form) for Qt lupdate. Not loaded by the browser: the browser gets
// /i18n/<lang>.json built from translations/*.ts. One QT_TRANSLATE_NOOP per line, sources exactly as
// in the t() calls (tests/browser/catalogue.test.mjs checks it).
QT_TRANSLATE_NOOP("web.form", "This field is required.");
QT_TRANSLATE_NOOP("web.form", "Enter an email address.");
QT_TRANSLATE_NOOP("web.form", "Use at least %{count} characters.");
QT_TRANSLATE_NOOP("web.form", "Use at most %{count} characters.");
QT_TRANSLATE_NOOP("web.form", "This value is not valid.");
QT_TRANSLATE_NOOP("web.form", "The server cannot be reached. Check your connection and try again.");
QT_TRANSLATE_NOOP("web.form", "Too many attempts. Try again in %{seconds} seconds.");
QT_TRANSLATE_NOOP("web.form", "Too many attempts. Try again later.");
QT_TRANSLATE_NOOP("web.form", "Some fields need your attention.");
QT_TRANSLATE_NOOP("web.form", "Something went wrong. Please try again.");
