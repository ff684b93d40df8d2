// Strings of the SPA (web.status) for Qt lupdate. Not loaded by the browser: the browser gets
// /i18n/<lang>.json built from translations/*.ts. One QT_TRANSLATE_NOOP per line, sources exactly as
// in the t() calls (tests/browser/catalogue.test.mjs checks it).
QT_TRANSLATE_NOOP("web.status", "HTTP status");
QT_TRANSLATE_NOOP("web.status", "No answer");
QT_TRANSLATE_NOOP("web.status", "Error code");
QT_TRANSLATE_NOOP("web.status", "Message");
QT_TRANSLATE_NOOP("web.status", "Checking…");
QT_TRANSLATE_NOOP("web.status", "Running");
QT_TRANSLATE_NOOP("web.status", "Version");
QT_TRANSLATE_NOOP("web.status", "Uptime");
QT_TRANSLATE_NOOP("web.status", "Not responding");
QT_TRANSLATE_NOOP("web.status", "Ready");
QT_TRANSLATE_NOOP("web.status", "Database");
QT_TRANSLATE_NOOP("web.status", "Reachable");
QT_TRANSLATE_NOOP("web.status", "Not ready");
QT_TRANSLATE_NOOP("web.status", "Protocol version (this page)");
QT_TRANSLATE_NOOP("web.status", "Protocol version (server)");
QT_TRANSLATE_NOOP("web.status", "Server");
QT_TRANSLATE_NOOP("web.status", "Connection id");
QT_TRANSLATE_NOOP("web.status", "Heartbeat interval");
QT_TRANSLATE_NOOP("web.status", "Ping round trip");
QT_TRANSLATE_NOOP("web.status", "Server time (last pong)");
QT_TRANSLATE_NOOP("web.status", "Last disconnection");
QT_TRANSLATE_NOOP("web.status", "Close code %{code}");
QT_TRANSLATE_NOOP("web.status", "Last server error");
QT_TRANSLATE_NOOP("web.status", "Server status");
QT_TRANSLATE_NOOP("web.status", "Check again");
QT_TRANSLATE_NOOP("web.status", "Web server");
QT_TRANSLATE_NOOP("web.status", "Real-time connection");
QT_TRANSLATE_NOOP("web.status", "Last checked at %{time}.");
QT_TRANSLATE_NOOP("web.status", "Live answers from this server’s health checks and from the page’s real-time connection.");
