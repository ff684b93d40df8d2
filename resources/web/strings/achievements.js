// Strings of the SPA (web.achievements: achievements and levels) for Qt lupdate. Not loaded by
// the browser: the browser gets /i18n/<lang>.json built from translations/*.ts. One
// QT_TRANSLATE_NOOP per line, sources exactly as in the t() calls (tests/browser/catalogue.test.mjs).
QT_TRANSLATE_NOOP("web.achievements", "First match");
QT_TRANSLATE_NOOP("web.achievements", "Play a match to its end.");
QT_TRANSLATE_NOOP("web.achievements", "First win");
QT_TRANSLATE_NOOP("web.achievements", "Win a match.");
QT_TRANSLATE_NOOP("web.achievements", "Ranked winner");
QT_TRANSLATE_NOOP("web.achievements", "Win a ranked match.");
QT_TRANSLATE_NOOP("web.achievements", "Machine breaker");
QT_TRANSLATE_NOOP("web.achievements", "Beat the hard computer player.");
QT_TRANSLATE_NOOP("web.achievements", "Shutout");
QT_TRANSLATE_NOOP("web.achievements", "Win a match without losing a point.");
QT_TRANSLATE_NOOP("web.achievements", "Comeback");
QT_TRANSLATE_NOOP("web.achievements", "Win a match after trailing 0–5.");
QT_TRANSLATE_NOOP("web.achievements", "On a roll");
QT_TRANSLATE_NOOP("web.achievements", "Win five matches in a row.");
QT_TRANSLATE_NOOP("web.achievements", "Regular");
QT_TRANSLATE_NOOP("web.achievements", "Play ten matches.");
QT_TRANSLATE_NOOP("web.achievements", "Veteran");
QT_TRANSLATE_NOOP("web.achievements", "Play a hundred matches.");
QT_TRANSLATE_NOOP("web.achievements", "Last one standing");
QT_TRANSLATE_NOOP("web.achievements", "Win a four-player match.");
QT_TRANSLATE_NOOP("web.achievements", "Champion");
QT_TRANSLATE_NOOP("web.achievements", "Win a tournament.");
QT_TRANSLATE_NOOP("web.achievements", "Contender");
QT_TRANSLATE_NOOP("web.achievements", "Reach a rating of 1600.");
QT_TRANSLATE_NOOP("web.achievements", "Achievements");
QT_TRANSLATE_NOOP("web.achievements", "Earned on %{date}");
QT_TRANSLATE_NOOP("web.achievements", "Not yet");
QT_TRANSLATE_NOOP("web.achievements", "Level %{level} · %{experience} experience points");
QT_TRANSLATE_NOOP("web.achievements", "Progress to the next level");
QT_TRANSLATE_NOOP("web.achievements", "Next level at %{experience} points.");
QT_TRANSLATE_NOOP("web.achievements", "%{earned} of %{total} earned.");
QT_TRANSLATE_NOOP("web.achievements", "Achievement unlocked: %{title}");
