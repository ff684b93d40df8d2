// Strings of the SPA (web.notfound) for Qt lupdate. Not loaded by the browser: the browser gets
// /i18n/<lang>.json built from translations/*.ts. One QT_TRANSLATE_NOOP per line, sources exactly as
// in the t() calls (tests/browser/catalogue.test.mjs checks it).
QT_TRANSLATE_NOOP("web.notfound", "Page not found");
QT_TRANSLATE_NOOP("web.notfound", "There is no page at %{path}.");
QT_TRANSLATE_NOOP("web.notfound", "The link may be mistyped or out of date.");
QT_TRANSLATE_NOOP("web.notfound", "Go to the home page");
