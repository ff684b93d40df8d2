// Strings of the SPA (web.form) for Qt lupdate. Not loaded by the browser: the browser gets
// /i18n/<lang>.json built from translations/*.ts. One QT_TRANSLATE_NOOP per line, sources exactly as
// in the t() calls (tests/browser/catalogue.test.mjs checks it).
QT_TRANSLATE_NOOP("web.form", "This field is required.");
QT_TRANSLATE_NOOP("web.form", "Enter an email address.");
qsTranslate("web.form", "Use at least %n characters.", "", n);
qsTranslate("web.form", "Use at most %n characters.", "", n);
QT_TRANSLATE_NOOP("web.form", "This value is not valid.");
QT_TRANSLATE_NOOP("web.form", "The server cannot be reached. Check your connection and try again.");
qsTranslate("web.form", "Too many attempts. Try again in %n seconds.", "", n);
QT_TRANSLATE_NOOP("web.form", "Too many attempts. Try again later.");
QT_TRANSLATE_NOOP("web.form", "Some fields need your attention.");
QT_TRANSLATE_NOOP("web.form", "Something went wrong. Please try again.");
QT_TRANSLATE_NOOP("web.form", "Use %{min} to %{max} characters.");
QT_TRANSLATE_NOOP("web.form", "Enter a whole number from %{min} to %{max}.");
QT_TRANSLATE_NOOP("web.form", "This is already taken. Choose another.");
QT_TRANSLATE_NOOP("web.form", "This email address already has an account.");
QT_TRANSLATE_NOOP("web.form", "Use 3 to 20 letters (a-z), digits or underscores.");
QT_TRANSLATE_NOOP("web.form", "Use only letters, digits, spaces and _ - . '");
QT_TRANSLATE_NOOP("web.form", "This password is one of the most common ones. Choose another.");
QT_TRANSLATE_NOOP("web.form", "The password must not be your user name or email address.");
QT_TRANSLATE_NOOP("web.form", "This text holds a character that cannot be saved.");
QT_TRANSLATE_NOOP("web.form", "Choose a language from the list.");
QT_TRANSLATE_NOOP("web.form", "This is not your password.");
QT_TRANSLATE_NOOP("web.form", "This code is not valid.");
QT_TRANSLATE_NOOP("web.form", "Confirm it is you (your password or a code) to make this change.");
QT_TRANSLATE_NOOP("web.form", "This code was just used. Wait for the next one in your app.");
QT_TRANSLATE_NOOP("web.form", "Remove the control characters.");
QT_TRANSLATE_NOOP("web.form", "This name is used twice (names ignore case).");
QT_TRANSLATE_NOOP("web.form", "List %{min} to %{max} players.");
QT_TRANSLATE_NOOP("web.form", "Another player uses your display name here: choose an alias.");
QT_TRANSLATE_NOOP("web.form", "Must be at least the minimum number of players.");
QT_TRANSLATE_NOOP("web.form", "You cannot choose yourself.");
QT_TRANSLATE_NOOP("web.form", "You are not allowed to do this.");
QT_TRANSLATE_NOOP("web.form", "This was not found. It may have been removed.");
QT_TRANSLATE_NOOP("web.form", "Sign in again to continue.");
QT_TRANSLATE_NOOP("web.form", "The server is busy. Try again in a moment.");
QT_TRANSLATE_NOOP("web.form", "This conflicts with something that already exists.");
