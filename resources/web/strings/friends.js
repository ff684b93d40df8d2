// Strings of the SPA (web.friends: friends, requests, blocks and presence) for Qt lupdate. Not loaded by the browser: the browser
// gets /i18n/<lang>.json built from translations/*.ts. One QT_TRANSLATE_NOOP per line, sources exactly
// as in the t() calls (tests/browser/catalogue.test.mjs checks it).
QT_TRANSLATE_NOOP("web.friends", "Friends");
QT_TRANSLATE_NOOP("web.friends", "Online");
QT_TRANSLATE_NOOP("web.friends", "In a game");
QT_TRANSLATE_NOOP("web.friends", "Offline");
QT_TRANSLATE_NOOP("web.friends", "You are already friends.");
QT_TRANSLATE_NOOP("web.friends", "A friend request is already waiting.");
QT_TRANSLATE_NOOP("web.friends", "A block between you stops friend requests.");
QT_TRANSLATE_NOOP("web.friends", "You already blocked this player.");
QT_TRANSLATE_NOOP("web.friends", "This is no longer possible: the page was out of date.");
QT_TRANSLATE_NOOP("web.friends", "Loading your friends…");
QT_TRANSLATE_NOOP("web.friends", "No friends yet. Find players on the Players page and ask them.");
QT_TRANSLATE_NOOP("web.friends", "No requests waiting for you.");
QT_TRANSLATE_NOOP("web.friends", "No requests waiting for an answer.");
QT_TRANSLATE_NOOP("web.friends", "You have blocked nobody.");
QT_TRANSLATE_NOOP("web.friends", "Remove");
QT_TRANSLATE_NOOP("web.friends", "%{name} is no longer your friend.");
QT_TRANSLATE_NOOP("web.friends", "Accept");
QT_TRANSLATE_NOOP("web.friends", "You and %{name} are now friends.");
QT_TRANSLATE_NOOP("web.friends", "Decline");
QT_TRANSLATE_NOOP("web.friends", "You declined the request of %{name}.");
QT_TRANSLATE_NOOP("web.friends", "Cancel");
QT_TRANSLATE_NOOP("web.friends", "Your request to %{name} is cancelled.");
QT_TRANSLATE_NOOP("web.friends", "Unblock");
QT_TRANSLATE_NOOP("web.friends", "You unblocked %{name}.");
QT_TRANSLATE_NOOP("web.friends", "%{name}: %{status}.");
QT_TRANSLATE_NOOP("web.friends", "Find players to add");
QT_TRANSLATE_NOOP("web.friends", "Your friends");
QT_TRANSLATE_NOOP("web.friends", "Requests for you");
QT_TRANSLATE_NOOP("web.friends", "Requests you sent");
QT_TRANSLATE_NOOP("web.friends", "Blocked players");
