// Strings of the SPA (web.shell) for Qt lupdate. Not loaded by the browser: the browser gets
// /i18n/<lang>.json built from translations/*.ts. One QT_TRANSLATE_NOOP per line, sources exactly as
// in the t() calls (tests/browser/catalogue.test.mjs checks it).
QT_TRANSLATE_NOOP("web.shell", "%{page} – Transcendence");
QT_TRANSLATE_NOOP("web.shell", "Skip to main content");
QT_TRANSLATE_NOOP("web.shell", "Transcendence %{version}: a Pong tournament platform.");
QT_TRANSLATE_NOOP("web.shell", "Bootstrap licence");
QT_TRANSLATE_NOOP("web.shell", "Privacy policy");
QT_TRANSLATE_NOOP("web.shell", "Terms of service");
QT_TRANSLATE_NOOP("web.shell", "Your session ended. Please sign in again.");
