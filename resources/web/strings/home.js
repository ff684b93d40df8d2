// Strings of the SPA (web.home) for Qt lupdate. Not loaded by the browser: the browser gets
// /i18n/<lang>.json built from translations/*.ts. One QT_TRANSLATE_NOOP per line, sources exactly as
// in the t() calls (tests/browser/catalogue.test.mjs checks it).
QT_TRANSLATE_NOOP("web.home", "Home");
QT_TRANSLATE_NOOP("web.home", "Welcome to Transcendence");
QT_TRANSLATE_NOOP("web.home", "Transcendence is a Pong tournament platform. Play in the browser or in the desktop app, challenge your friends, and climb the tournament brackets.");
QT_TRANSLATE_NOOP("web.home", "Live connection");
QT_TRANSLATE_NOOP("web.home", "This page keeps a live connection to the game server. Matches, chat and tournament updates travel over it.");
QT_TRANSLATE_NOOP("web.home", "See the server status");
QT_TRANSLATE_NOOP("web.home", "Tournaments with brackets that update live.");
QT_TRANSLATE_NOOP("web.home", "Play now");
QT_TRANSLATE_NOOP("web.home", "Sign in");
QT_TRANSLATE_NOOP("web.home", "A free account takes a minute: matches in the browser are played on the server and saved to your history.");
QT_TRANSLATE_NOOP("web.home", "What you can do here");
QT_TRANSLATE_NOOP("web.home", "Pong against a friend on one keyboard, against the computer, or online.");
QT_TRANSLATE_NOOP("web.home", "A leaderboard, achievements and levels, your match history and statistics.");
QT_TRANSLATE_NOOP("web.home", "The desktop app");
QT_TRANSLATE_NOOP("web.home", "The desktop app plays the same matches, and also offline on your computer without an account.");
QT_TRANSLATE_NOOP("web.home", "It is built from the project’s source code with Qt 6: see “Quick start” in its README.");
QT_TRANSLATE_NOOP("web.home", "Loading…");
QT_TRANSLATE_NOOP("web.home", "None of your friends is online.");
QT_TRANSLATE_NOOP("web.home", "Your friends could not be loaded.");
QT_TRANSLATE_NOOP("web.home", "Nobody to rank yet.");
QT_TRANSLATE_NOOP("web.home", "Your rank: %{rank} of %{total}.");
QT_TRANSLATE_NOOP("web.home", "The whole leaderboard");
QT_TRANSLATE_NOOP("web.home", "No matches yet: your results will show here.");
QT_TRANSLATE_NOOP("web.home", "Welcome back, %{name}");
QT_TRANSLATE_NOOP("web.home", "Quick play");
QT_TRANSLATE_NOOP("web.home", "Tournaments");
QT_TRANSLATE_NOOP("web.home", "Friends online");
QT_TRANSLATE_NOOP("web.home", "Top of the leaderboard");
QT_TRANSLATE_NOOP("web.home", "Your recent results");
