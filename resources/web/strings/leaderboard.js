// Strings of the SPA (web.leaderboard: the rating ranking) for Qt lupdate. Not loaded by the
// browser: the browser gets /i18n/<lang>.json built from translations/*.ts. One QT_TRANSLATE_NOOP
// per line, sources exactly as in the t() calls (tests/browser/catalogue.test.mjs checks it).
QT_TRANSLATE_NOOP("web.leaderboard", "Players by rating, highest first");
QT_TRANSLATE_NOOP("web.leaderboard", "Rank");
QT_TRANSLATE_NOOP("web.leaderboard", "Player");
QT_TRANSLATE_NOOP("web.leaderboard", "Rating");
QT_TRANSLATE_NOOP("web.leaderboard", "Ranked matches");
QT_TRANSLATE_NOOP("web.leaderboard", "Higher ranks");
QT_TRANSLATE_NOOP("web.leaderboard", "Lower ranks");
QT_TRANSLATE_NOOP("web.leaderboard", "Your rank: %{rank} of %{total}, rating %{rating}.");
QT_TRANSLATE_NOOP("web.leaderboard", "Places %{from} to %{to} of %{total}.");
QT_TRANSLATE_NOOP("web.leaderboard", "Nobody to rank yet.");
QT_TRANSLATE_NOOP("web.leaderboard", "Leaderboard");
QT_TRANSLATE_NOOP("web.leaderboard", "Only me and my friends");
QT_TRANSLATE_NOOP("web.leaderboard", "Leaderboard pages");
QT_TRANSLATE_NOOP("web.leaderboard", "%{name} (you)");
