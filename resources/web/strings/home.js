// Strings of the SPA (web.home) for Qt lupdate. Not loaded by the browser: the browser gets
// /i18n/<lang>.json built from translations/*.ts. One QT_TRANSLATE_NOOP per line, sources exactly as
// in the t() calls (tests/browser/catalogue.test.mjs checks it).
QT_TRANSLATE_NOOP("web.home", "Home");
QT_TRANSLATE_NOOP("web.home", "Welcome to Transcendence");
QT_TRANSLATE_NOOP("web.home", "Transcendence is a Pong tournament platform. Play in the browser or in the desktop app, challenge your friends, and climb the tournament brackets.");
QT_TRANSLATE_NOOP("web.home", "Live connection");
QT_TRANSLATE_NOOP("web.home", "This page keeps a live connection to the game server. Matches, chat and tournament updates travel over it.");
QT_TRANSLATE_NOOP("web.home", "See the server status");
QT_TRANSLATE_NOOP("web.home", "What you will find here");
QT_TRANSLATE_NOOP("web.home", "Pong against a friend on one keyboard, or online.");
QT_TRANSLATE_NOOP("web.home", "Tournaments with brackets that update live.");
QT_TRANSLATE_NOOP("web.home", "Your match history and statistics.");
QT_TRANSLATE_NOOP("web.home", "These are being built now. Today this site shows the state of its server.");
