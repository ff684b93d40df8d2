<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AchievementList</name>
    <message>
        <location filename="../client-qml/qml/social/AchievementList.qml" line="+17"/>
        <source>First match</source>
        <translation>First match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First win</source>
        <translation>First win</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked winner</source>
        <translation>Ranked winner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine breaker</source>
        <translation>Machine breaker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shutout</source>
        <translation>Shutout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comeback</source>
        <translation>Comeback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a roll</source>
        <translation>On a roll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veteran</source>
        <translation>Veteran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last one standing</source>
        <translation>Last one standing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contender</source>
        <translation>Contender</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Play a match to its end.</source>
        <translation>Play a match to its end.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a match.</source>
        <translation>Win a match.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a ranked match.</source>
        <translation>Win a ranked match.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beat the hard computer player.</source>
        <translation>Beat the hard computer player.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a match without losing a point.</source>
        <translation>Win a match without losing a point.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a match after trailing 0–5.</source>
        <translation>Win a match after trailing 0–5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win five matches in a row.</source>
        <translation>Win five matches in a row.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play ten matches.</source>
        <translation>Play ten matches.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play a hundred matches.</source>
        <translation>Play a hundred matches.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a four-player match.</source>
        <translation>Win a four-player match.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a tournament.</source>
        <translation>Win a tournament.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach a rating of 1600.</source>
        <translation>Reach a rating of 1600.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Achievements</source>
        <translation>Achievements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level %1 · %2 experience points</source>
        <translation>Level %1 · %2 experience points</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Progress to the next level</source>
        <translation>Progress to the next level</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next level at %1 points.</source>
        <translation>Next level at %1 points.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Earned on %1</source>
        <translation>Earned on %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
</context>
<context>
    <name>AdminConfirmDialog</name>
    <message>
        <location filename="../client-qml/qml/admin/AdminConfirmDialog.qml" line="+13"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reason (kept in the audit log)</source>
        <translation>Reason (kept in the audit log)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../client-qml/qml/admin/AdminPage.qml" line="+27"/>
        <location line="+1"/>
        <source>a deleted account</source>
        <translation>a deleted account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 banned %2</source>
        <translation>%1 banned %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 lifted the ban on %2</source>
        <translation>%1 lifted the ban on %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 made %2 an administrator</source>
        <translation>%1 made %2 an administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 made %2 a regular player</source>
        <translation>%1 made %2 a regular player</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 removed the avatar of %2</source>
        <translation>%1 removed the avatar of %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was made an administrator on the server&apos;s command line</source>
        <translation>%1 was made an administrator on the server&apos;s command line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 on %3</source>
        <translation>%1: %2 on %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Connected players</source>
        <translation>Connected players</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Live matches</source>
        <translation>Live matches</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matches today (UTC)</source>
        <translation>Matches today (UTC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server figures</source>
        <translation>Server figures</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for the server…</source>
        <translation>Waiting for the server…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Updated at %1, every %n second(s) while this page is open.</source>
        <translation>
            <numerusform>Updated at %1, every second while this page is open.</numerusform>
            <numerusform>Updated at %1, every %n seconds while this page is open.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chat reports</source>
        <translation>Chat reports</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>User name, display name or e-mail</source>
        <translation>User name, display name or e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search users</source>
        <translation>Search users</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n account(s), newest first.</source>
        <translation>
            <numerusform>%n account, newest first.</numerusform>
            <numerusform>%n accounts, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n account(s) match “%1”.</source>
        <translation>
            <numerusform>%n account matches “%1”.</numerusform>
            <numerusform>%n accounts match “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Banned</source>
        <translation>Banned</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+57"/>
        <source>Show more</source>
        <translation>Show more</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>No administrator action yet.</source>
        <translation>No administrator action yet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
</context>
<context>
    <name>AdminReportsPage</name>
    <message numerus="yes">
        <location filename="../client-qml/qml/admin/AdminReportsPage.qml" line="+24"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chat reports</source>
        <translation>Chat reports</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Removed by a moderator</source>
        <translation>Removed by a moderator</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written by %1 · reported by %2 · %3</source>
        <translation>Written by %1 · reported by %2 · %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>a deleted account</source>
        <translation>a deleted account</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete the message</source>
        <translation>Delete the message</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+31"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Mute the sender</source>
        <translation>Mute the sender</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete this message?</source>
        <translation>Delete this message?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone in the conversation will see &quot;removed by a moderator&quot; instead.</source>
        <translation>Everyone in the conversation will see &quot;removed by a moderator&quot; instead.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dismiss this report?</source>
        <translation>Dismiss this report?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message stays as it is.</source>
        <translation>The message stays as it is.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mute %1?</source>
        <translation>Mute %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They can read but not send messages until the mute ends. For how long?</source>
        <translation>They can read but not send messages until the mute ends. For how long?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mute</source>
        <translation>Mute</translation>
    </message>
</context>
<context>
    <name>AdminServerPage</name>
    <message>
        <location filename="../client-qml/qml/admin/AdminServerPage.qml" line="+21"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real-time play</source>
        <translation>Real-time play</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="vanished">Server</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server figures</source>
        <translation>Server figures</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Waiting for the server…</source>
        <translation>Waiting for the server…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1, up for %2. Updated at %3.</source>
        <translation>Version %1, up for %2. Updated at %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>up</source>
        <translation>up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>degraded</source>
        <translation>degraded</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signed-in connections</source>
        <translation>Signed-in connections</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guest connections</source>
        <translation>Guest connections</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Live matches</source>
        <translation>Live matches</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting in queues</source>
        <translation>Waiting in queues</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HTTP requests</source>
        <translation>HTTP requests</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server errors</source>
        <translation>Server errors</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jobs waiting for the database</source>
        <translation>Jobs waiting for the database</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused by rate limits</source>
        <translation>Refused by rate limits</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Slowest 1 % of answers under</source>
        <translation>Slowest 1 % of answers under</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Game steps late by (99 %)</source>
        <translation>Game steps late by (99 %)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-ins (failed)</source>
        <translation>Sign-ins (failed)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPU time</source>
        <translation>CPU time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recent deploys</source>
        <translation>Recent deploys</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No deploy yet.</source>
        <translation>No deploy yet.</translation>
    </message>
</context>
<context>
    <name>AdminUserPage</name>
    <message>
        <location filename="../client-qml/qml/admin/AdminUserPage.qml" line="+35"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against the AI</source>
        <translation>Against the AI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked</source>
        <translation>Ranked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Four players</source>
        <translation>Four players</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tournament</source>
        <translation>Tournament</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No result</source>
        <translation>No result</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>anonymous player</source>
        <translation>anonymous player</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Player</source>
        <translation>Player</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member since %1</source>
        <translation>member since %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Banned since %1. Reason: %2</source>
        <translation>Banned since %1. Reason: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+155"/>
        <source>Ban</source>
        <translation>Ban</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Lift the ban</source>
        <translation>Lift the ban</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove administrator role</source>
        <translation>Remove administrator role</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+150"/>
        <source>Make administrator</source>
        <translation>Make administrator</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Remove avatar</source>
        <translation>Remove avatar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is your own account: you cannot ban yourself.</source>
        <translation>This is your own account: you cannot ban yourself.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Active sessions (%1)</source>
        <translation>Active sessions (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No active session.</source>
        <translation>No active session.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web browser</source>
        <translation>Web browser</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signed in %1, last used %2</source>
        <translation>Signed in %1, last used %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Matches (%1)</source>
        <translation>Matches (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No match played yet.</source>
        <translation>No match played yet.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Against %1</source>
        <translation>Against %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show more</source>
        <translation>Show more</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ban %1?</source>
        <translation>Ban %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every session of this account ends at once and it cannot sign in until the ban is lifted.</source>
        <translation>Every session of this account ends at once and it cannot sign in until the ban is lifted.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the administrator role?</source>
        <translation>Remove the administrator role?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make %1 an administrator?</source>
        <translation>Make %1 an administrator?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account loses access to the administration at once.</source>
        <translation>This account loses access to the administration at once.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account can then ban players, change roles and read the audit log.</source>
        <translation>This account can then ban players, change roles and read the audit log.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the role</source>
        <translation>Remove the role</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the avatar?</source>
        <translation>Remove the avatar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The uploaded picture is deleted; the account gets its generated avatar back.</source>
        <translation>The uploaded picture is deleted; the account gets its generated avatar back.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>Avatar</name>
    <message>
        <location filename="../client-qml/qml/social/Avatar.qml" line="+31"/>
        <source>Avatar of %1</source>
        <translation>Avatar of %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
</context>
<context>
    <name>BracketView</name>
    <message>
        <location filename="../client-qml/qml/play/BracketView.qml" line="+35"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Semi-finals</source>
        <translation>Semi-finals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round %1</source>
        <translation>Round %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>to be decided</source>
        <translation>to be decided</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bye</source>
        <translation>bye</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../client-qml/qml/dashboard/ChartCard.qml" line="+117"/>
        <source>Hide the numbers</source>
        <translation>Hide the numbers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the numbers</source>
        <translation>Show the numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the numbers of “%1”</source>
        <translation>Hide the numbers of “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the numbers of “%1”</source>
        <translation>Show the numbers of “%1”</translation>
    </message>
</context>
<context>
    <name>ChatDock</name>
    <message>
        <location filename="../client-qml/qml/chat/ChatDock.qml" line="+45"/>
        <source>All conversations</source>
        <translation>All conversations</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close the chat</source>
        <translation>Close the chat</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../client-qml/qml/chat/ChatPage.qml" line="+16"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
</context>
<context>
    <name>ConnectionBadge</name>
    <message>
        <location filename="../client-qml/qml/shell/ConnectionBadge.qml" line="+16"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected, ping %1 ms</source>
        <translation>Connected, ping %1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected to the server</source>
        <translation>Not connected to the server</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusPanel</name>
    <message>
        <location filename="../client-qml/qml/network/ConnectionStatusPanel.qml" line="+16"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reachable</source>
        <translation>Reachable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnected</source>
        <translation>Disconnected</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server version: %1</source>
        <translation>Server version: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Live connection</source>
        <translation>Live connection</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Live connection: %1</source>
        <translation>Live connection: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ping: %1</source>
        <translation>Ping: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retry now</source>
        <translation>Retry now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry the live connection now</source>
        <translation>Retry the live connection now</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../client-qml/qml/chat/ConversationList.qml" line="+25"/>
        <source>No messages yet.</source>
        <translation>No messages yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invitation to a match</source>
        <translation>Invitation to a match</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed by a moderator</source>
        <translation>Removed by a moderator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted account</source>
        <translation>Deleted account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You: %1</source>
        <translation>You: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No conversations yet. Open a player&apos;s profile and choose &quot;Message&quot;.</source>
        <translation>No conversations yet. Open a player&apos;s profile and choose &quot;Message&quot;.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1, %n unread message(s)</source>
        <translation>
            <numerusform>%1, %n unread message</numerusform>
            <numerusform>%1, %n unread messages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tournament: %1</source>
        <translation>Tournament: %1</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <location filename="../client-qml/qml/chat/ConversationPage.qml" line="+16"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../client-qml/qml/chat/ConversationView.qml" line="+89"/>
        <source>You are muted until %1: you can read but not send messages.</source>
        <translation>You are muted until %1: you can read but not send messages.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Invite to a match</source>
        <translation>Invite to a match</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not connected: try again in a moment.</source>
        <translation>Not connected: try again in a moment.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The beginning of the conversation</source>
        <translation>The beginning of the conversation</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="vanished">Seen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is typing…</source>
        <translation>%1 is typing…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 are typing…</source>
        <translation>%1 are typing…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>You are muted</source>
        <translation>You are muted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write a message</source>
        <translation>Write a message</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
</context>
<context>
    <name>CountBadge</name>
    <message numerus="yes">
        <location filename="../client-qml/qml/chat/CountBadge.qml" line="+17"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../client-qml/qml/dashboard/DashboardPage.qml" line="+16"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Wins and losses per day (practice included)</source>
        <translation>Wins and losses per day (practice included)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+59"/>
        <source>Wins</source>
        <translation>Wins</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>Losses</source>
        <translation>Losses</translation>
    </message>
    <message numerus="yes">
        <location line="-57"/>
        <source>Wins: %1, losses: %2, over %n day(s).</source>
        <translation>
            <numerusform>Wins: %1, losses: %2, over %n day.</numerusform>
            <numerusform>Wins: %1, losses: %2, over %n days.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No wins or losses yet: play a match to see them here.</source>
        <translation>No wins or losses yet: play a match to see them here.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rating after each ranked match</source>
        <translation>Rating after each ranked match</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match end</source>
        <translation>Match end</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ranked match</source>
        <translation>Ranked match</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Your rating is %1 after %n ranked match(es) (lowest %2, highest %3).</source>
        <translation>
            <numerusform>Your rating is %1 after %n ranked match (lowest %2, highest %3).</numerusform>
            <numerusform>Your rating is %1 after %n ranked matches (lowest %2, highest %3).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No ranked matches yet: your rating is %1.</source>
        <translation>No ranked matches yet: your rating is %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Points won and lost (counted one-against-one matches)</source>
        <translation>Points won and lost (counted one-against-one matches)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points won: %1, lost: %2.</source>
        <translation>Points won: %1, lost: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No points yet in counted matches (one against one, practice excluded).</source>
        <translation>No points yet in counted matches (one against one, practice excluded).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Matches by kind</source>
        <translation>Matches by kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of match</source>
        <translation>Kind of match</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Played</source>
        <translation>Played</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Matches played: %1, in %n kind(s) of match.</source>
        <translation>
            <numerusform>Matches played: %1, in %n kind of match.</numerusform>
            <numerusform>Matches played: %1, in %n kinds of match.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No matches played yet.</source>
        <translation>No matches played yet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your statistics</source>
        <translation>Your statistics</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wins, losses, streaks and points count matches against people only; practice (one keyboard, or against the computer) is in the charts above.</source>
        <translation>Wins, losses, streaks and points count matches against people only; practice (one keyboard, or against the computer) is in the charts above.</translation>
    </message>
</context>
<context>
    <name>EmailSection</name>
    <message>
        <location filename="../client-qml/qml/account/EmailSection.qml" line="+27"/>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No e-mail address yet.</source>
        <translation>No e-mail address yet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not confirmed yet</source>
        <translation>Not confirmed yet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>New e-mail address</source>
        <translation>New e-mail address</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change the address</source>
        <translation>Change the address</translation>
    </message>
</context>
<context>
    <name>EmailVerificationBanner</name>
    <message>
        <location filename="../client-qml/qml/account/EmailVerificationBanner.qml" line="+22"/>
        <source>Confirm your e-mail address</source>
        <translation>Confirm your e-mail address</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Please confirm your e-mail address %1: follow the link we sent you.</source>
        <translation>Please confirm your e-mail address %1: follow the link we sent you.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send the link again</source>
        <translation>Send the link again</translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <location filename="../client-qml/network/FieldMessages.cpp" line="+15"/>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This value is not valid.</source>
        <translation>This value is not valid.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Use at most %n character(s).</source>
        <translation>
            <numerusform>Use at most %n character.</numerusform>
            <numerusform>Use at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Use at least %n character(s).</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use %1 to %2 characters.</source>
        <translation>Use %1 to %2 characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>Enter a whole number from %1 to %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is already taken. Choose another.</source>
        <translation>This is already taken. Choose another.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This e-mail address already has an account.</source>
        <translation>This e-mail address already has an account.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use 3 to 20 letters (a-z), digits or underscores.</source>
        <translation>Use 3 to 20 letters (a-z), digits or underscores.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an e-mail address.</source>
        <translation>Enter an e-mail address.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use only letters, digits, spaces and _ - . &apos;</source>
        <translation>Use only letters, digits, spaces and _ - . &apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This password is one of the most common ones. Choose another.</source>
        <translation>This password is one of the most common ones. Choose another.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password must not be your user name or e-mail address.</source>
        <translation>The password must not be your user name or e-mail address.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This text holds a character that cannot be saved.</source>
        <translation>This text holds a character that cannot be saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a language from the list.</source>
        <translation>Choose a language from the list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not your password.</source>
        <translation>This is not your password.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This code is not valid.</source>
        <translation>This code is not valid.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the control characters.</source>
        <translation>Remove the control characters.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>This code was just used. Wait for the next one in your app.</source>
        <translation>This code was just used. Wait for the next one in your app.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This name is used twice (names ignore case).</source>
        <translation>This name is used twice (names ignore case).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List %1 to %2 players.</source>
        <translation>List %1 to %2 players.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another player uses your display name here: choose an alias.</source>
        <translation>Another player uses your display name here: choose an alias.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Must be at least the minimum number of players.</source>
        <translation>Must be at least the minimum number of players.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cannot choose yourself.</source>
        <translation>You cannot choose yourself.</translation>
    </message>
</context>
<context>
    <name>FriendsPage</name>
    <message>
        <location filename="../client-qml/qml/social/FriendsPage.qml" line="+19"/>
        <source>Friends</source>
        <translation>Friends</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No friends yet.</source>
        <translation>No friends yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friends online: %1 of %2.</source>
        <translation>Friends online: %1 of %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find players</source>
        <translation>Find players</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your friends</source>
        <translation>Your friends</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No friends yet. Find players on the Players page and ask them.</source>
        <translation>No friends yet. Find players on the Players page and ask them.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove %1 from your friends</source>
        <translation>Remove %1 from your friends</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requests for you</source>
        <translation>Requests for you</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No requests waiting for you.</source>
        <translation>No requests waiting for you.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept the request of %1</source>
        <translation>Accept the request of %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decline the request of %1</source>
        <translation>Decline the request of %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requests you sent</source>
        <translation>Requests you sent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No requests waiting for an answer.</source>
        <translation>No requests waiting for an answer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel your request to %1</source>
        <translation>Cancel your request to %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blocked players</source>
        <translation>Blocked players</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have blocked nobody.</source>
        <translation>You have blocked nobody.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unblock</source>
        <translation>Unblock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unblock %1</source>
        <translation>Unblock %1</translation>
    </message>
</context>
<context>
    <name>HeaderChatButtons</name>
    <message numerus="yes">
        <location filename="../client-qml/qml/chat/HeaderChatButtons.qml" line="+24"/>
        <source>Chat, %n unread message(s)</source>
        <translation>
            <numerusform>Chat, %n unread message</numerusform>
            <numerusform>Chat, %n unread messages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Notifications, %n unread</source>
        <translation>
            <numerusform>Notifications, %n unread</numerusform>
            <numerusform>Notifications, %n unread</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
</context>
<context>
    <name>HealthAnswer</name>
    <message>
        <location filename="../client-qml/network/HealthAnswer.cpp" line="+14"/>
        <source>The server answered HTTP %1.</source>
        <translation>The server answered HTTP %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This address does not answer like a Transcendence server.</source>
        <translation>This address does not answer like a Transcendence server.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../client-qml/qml/home/HomePage.qml" line="+38"/>
        <source>You are entered in %1. It starts when its organiser starts it.</source>
        <translation>You are entered in %1. It starts when its organiser starts it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, round %2: against %3, once the other matches of the round are played.</source>
        <translation>%1, round %2: against %3, once the other matches of the round are played.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, round %2: your opponent is not known yet.</source>
        <translation>%1, round %2: your opponent is not known yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, round %2: your match against %3 is ready.</source>
        <translation>%1, round %2: your match against %3 is ready.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, round %2: your match is ready.</source>
        <translation>%1, round %2: your match is ready.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Pong, as in 1972 — with friends</source>
        <translation>Pong, as in 1972 — with friends</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Transcendence is a place to play Pong: against a friend at one keyboard, against the computer, or online against players of your level, in four-player matches and in tournaments. Matches played with an account count in your rating and earn achievements.</source>
        <translation>Transcendence is a place to play Pong: against a friend at one keyboard, against the computer, or online against players of your level, in four-player matches and in tournaments. Matches played with an account count in your rating and earn achievements.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Play now</source>
        <translation>Play now</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No account needed: these matches are played on this device.</source>
        <translation>No account needed: these matches are played on this device.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+67"/>
        <source>Against the computer</source>
        <translation>Against the computer</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Two players, one keyboard</source>
        <translation>Two players, one keyboard</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>With an account you play others online, enter tournaments, keep your results and climb the leaderboard.</source>
        <translation>With an account you play others online, enter tournaments, keep your results and climb the leaderboard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in or create an account</source>
        <translation>Sign in or create an account</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Welcome back, %1</source>
        <translation>Welcome back, %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quick play</source>
        <translation>Quick play</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looking for an opponent…</source>
        <translation>Looking for an opponent…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find an opponent</source>
        <translation>Find an opponent</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>With your last match settings: %1</source>
        <translation>With your last match settings: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your next tournament match</source>
        <translation>Your next tournament match</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+43"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>You are not in a tournament now.</source>
        <translation>You are not in a tournament now.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the tournament</source>
        <translation>Open the tournament</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>See the tournaments</source>
        <translation>See the tournaments</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Friends online</source>
        <translation>Friends online</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>None of your friends is online.</source>
        <translation>None of your friends is online.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n friend(s) online.</source>
        <translation>
            <numerusform>%n friend online.</numerusform>
            <numerusform>%n friends online.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Invite to a match</source>
        <translation>Invite to a match</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invite %1 to a match</source>
        <translation>Invite %1 to a match</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your recent results</source>
        <translation>Your recent results</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Live matches</source>
        <translation>Live matches</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in to watch the matches being played now.</source>
        <translation>Sign in to watch the matches being played now.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is playing right now.</source>
        <translation>Nobody is playing right now.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n matches running</source>
        <translation>
            <numerusform>%n match running</numerusform>
            <numerusform>%n matches running</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All live matches</source>
        <translation>All live matches</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Top players</source>
        <translation>Top players</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to see the leaderboard.</source>
        <translation>Sign in to see the leaderboard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is ranked yet: play a rated match to be first.</source>
        <translation>Nobody is ranked yet: play a rated match to be first.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rank %1: %2, rating %3</source>
        <translation>Rank %1: %2, rating %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The whole leaderboard</source>
        <translation>The whole leaderboard</translation>
    </message>
</context>
<context>
    <name>InvitationCard</name>
    <message>
        <location filename="../client-qml/qml/chat/InvitationCard.qml" line="+31"/>
        <source>You invited %1 to a match.</source>
        <translation>You invited %1 to a match.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 invited you to a match.</source>
        <translation>%1 invited you to a match.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel the invitation</source>
        <translation>Cancel the invitation</translation>
    </message>
</context>
<context>
    <name>InvitationPrompt</name>
    <message>
        <location filename="../client-qml/qml/play/InvitationPrompt.qml" line="+25"/>
        <source>Invitation to a match</source>
        <translation>Invitation to a match</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 invites you to a match.</source>
        <translation>%1 invites you to a match.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>This invitation expires in %n seconds.</source>
        <translation>
            <numerusform>This invitation expires in %n second.</numerusform>
            <numerusform>This invitation expires in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
</context>
<context>
    <name>LanguageSelector</name>
    <message>
        <location filename="../client-qml/qml/settings/LanguageSelector.qml" line="+14"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>LiveMatchRow</name>
    <message>
        <location filename="../client-qml/qml/play/LiveMatchRow.qml" line="+18"/>
        <source>one keyboard</source>
        <translation>one keyboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>against the computer</source>
        <translation>against the computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ranked</source>
        <translation>ranked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between friends</source>
        <translation>between friends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>four players</source>
        <translation>four players</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tournament</source>
        <translation>tournament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a visitor without an account</source>
        <translation>a visitor without an account</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n lives</source>
        <translation>
            <numerusform>%n life</numerusform>
            <numerusform>%n lives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 · %n watching</source>
        <translation>
            <numerusform>%1 · %n watching</numerusform>
            <numerusform>%1 · %n watching</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Watch</source>
        <translation>Watch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch %1</source>
        <translation>Watch %1</translation>
    </message>
</context>
<context>
    <name>LiveMatchesPage</name>
    <message>
        <source>one keyboard</source>
        <translation type="vanished">one keyboard</translation>
    </message>
    <message>
        <source>against the computer</source>
        <translation type="vanished">against the computer</translation>
    </message>
    <message>
        <source>ranked</source>
        <translation type="vanished">ranked</translation>
    </message>
    <message>
        <source>between friends</source>
        <translation type="vanished">between friends</translation>
    </message>
    <message>
        <source>four players</source>
        <translation type="vanished">four players</translation>
    </message>
    <message>
        <source>tournament</source>
        <translation type="vanished">tournament</translation>
    </message>
    <message>
        <location filename="../client-qml/qml/play/LiveMatchesPage.qml" line="+17"/>
        <source>Live matches</source>
        <translation>Live matches</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n matches running</source>
        <translation>
            <numerusform>%n match running</numerusform>
            <numerusform>%n matches running</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>This list updates itself every %n seconds.</source>
        <translation>
            <numerusform>This list updates itself every %n second.</numerusform>
            <numerusform>This list updates itself every %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lives</source>
        <translation type="vanished">
            <numerusform>%n life</numerusform>
            <numerusform>%n lives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n watching</source>
        <translation type="vanished">
            <numerusform>%1 · %n watching</numerusform>
            <numerusform>%1 · %n watching</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="vanished">Watch</translation>
    </message>
    <message>
        <source>Watch %1</source>
        <translation type="vanished">Watch %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nobody is playing right now.</source>
        <translation>Nobody is playing right now.</translation>
    </message>
</context>
<context>
    <name>LocalTournamentPage</name>
    <message>
        <source>Final</source>
        <translation type="vanished">Final</translation>
    </message>
    <message>
        <source>Semi-finals</source>
        <translation type="vanished">Semi-finals</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation type="vanished">Round %1</translation>
    </message>
    <message>
        <location filename="../client-qml/qml/play/LocalTournamentPage.qml" line="+23"/>
        <source>Back to the tournament</source>
        <translation>Back to the tournament</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tournament at this device</source>
        <translation>Tournament at this device</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Everyone plays at this keyboard, one match after the other. Enter 3 to 16 players, one name per line, the strongest first: the first ones get the byes.</source>
        <translation>Everyone plays at this keyboard, one match after the other. Enter 3 to 16 players, one name per line, the strongest first: the first ones get the byes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One name per line</source>
        <translation>One name per line</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Players, one name per line</source>
        <translation>Players, one name per line</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every match: %1.</source>
        <translation>Every match: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start the tournament</source>
        <translation>Start the tournament</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 wins the tournament!</source>
        <translation>%1 wins the tournament!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tournament ended without a winner.</source>
        <translation>The tournament ended without a winner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New tournament</source>
        <translation>New tournament</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Next match: %1</source>
        <translation>Next match: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Play this match</source>
        <translation>Play this match</translation>
    </message>
    <message>
        <source>to be decided</source>
        <translation type="vanished">to be decided</translation>
    </message>
    <message>
        <source>bye</source>
        <translation type="vanished">bye</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../client-qml/qml/shell/MainWindow.qml" line="+34"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Friends</source>
        <translation>Friends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players</source>
        <translation>Players</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your profile</source>
        <translation>Your profile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live matches</source>
        <translation>Live matches</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+116"/>
        <source>Transcendence</source>
        <translation>Transcendence</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>MatchHistoryList</name>
    <message>
        <location filename="../client-qml/qml/dashboard/MatchHistoryList.qml" line="+17"/>
        <source>Match history</source>
        <translation>Match history</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The match history could not be loaded.</source>
        <translation>The match history could not be loaded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading matches…</source>
        <translation>Loading matches…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No matches played yet.</source>
        <translation>No matches played yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches %1 to %2 of %3.</source>
        <translation>Matches %1 to %2 of %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lives left: %1</source>
        <translation>Lives left: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>against %1</source>
        <translation>against %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Against %1</source>
        <translation>Against %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Newer matches</source>
        <translation>Newer matches</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Older matches</source>
        <translation>Older matches</translation>
    </message>
</context>
<context>
    <name>MatchLabels</name>
    <message>
        <location filename="../client-qml/qml/dashboard/MatchLabels.qml" line="+11"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against the computer</source>
        <translation>Against the computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked</source>
        <translation>Ranked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Four players</source>
        <translation>Four players</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tournament</source>
        <translation>Tournament</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Win</source>
        <translation>Win</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No result</source>
        <translation>No result</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Played to the end</source>
        <translation>Played to the end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forfeit</source>
        <translation>Forfeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Player</source>
        <translation>Player</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anonymous player</source>
        <translation>Anonymous player</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n win(s) in a row</source>
        <translation>
            <numerusform>%n win in a row</numerusform>
            <numerusform>%n wins in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n loss(es) in a row</source>
        <translation>
            <numerusform>%n loss in a row</numerusform>
            <numerusform>%n losses in a row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchPage</name>
    <message>
        <source>Match %1</source>
        <translation type="vanished">Match %1</translation>
    </message>
    <message>
        <location filename="../client-qml/qml/play/MatchPage.qml" line="+45"/>
        <source>This match continues on another device.</source>
        <translation>This match continues on another device.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection lost. Reconnecting…</source>
        <translation>Connection lost. Reconnecting…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the players</source>
        <translation>Waiting for the players</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get ready: %1</source>
        <translation>Get ready: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused: a player is missing</source>
        <translation>Paused: a player is missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The match is over</source>
        <translation>The match is over</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Playing</source>
        <translation>Playing</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The match was played to the end.</source>
        <translation>The match was played to the end.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A player left the match.</source>
        <translation>A player left the match.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A player did not come back in time.</source>
        <translation>A player did not come back in time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A player did not show up.</source>
        <translation>A player did not show up.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody won: the match was abandoned.</source>
        <translation>Nobody won: the match was abandoned.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A stored match, played back.</source>
        <translation>A stored match, played back.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are watching: the keys do nothing here.</source>
        <translation>You are watching: the keys do nothing here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move your paddle with W and S or the Up and Down arrow keys.</source>
        <translation>Move your paddle with W and S or the Up and Down arrow keys.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move your paddle with A and D or the Left and Right arrow keys.</source>
        <translation>Move your paddle with A and D or the Left and Right arrow keys.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left player: W and S. Right player: Up and Down arrow keys.</source>
        <translation>Left player: W and S. Right player: Up and Down arrow keys.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left: W and S. Right: Up and Down. Top: C and V. Bottom: N and M.</source>
        <translation>Left: W and S. Right: Up and Down. Top: C and V. Bottom: N and M.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody won</source>
        <translation>Nobody won</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You won!</source>
        <translation>You won!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 won</source>
        <translation>%1 won</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 wins!</source>
        <translation>%1 wins!</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <location line="+95"/>
        <source>%n lives</source>
        <translation>
            <numerusform>%n life</numerusform>
            <numerusform>%n lives</numerusform>
        </translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+2"/>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Watching a match</source>
        <translation>Watching a match</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 loses a life.</source>
        <translation>%1 loses a life.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point for %1.</source>
        <translation>Point for %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Achievement unlocked: %1</source>
        <translation>Achievement unlocked: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(away)</source>
        <translation>(away)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your ping: %1 ms</source>
        <translation>Your ping: %1 ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: not saved</source>
        <translation>Offline: not saved</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Saved in your history. Rating: %1 → %2.</source>
        <translation>Saved in your history. Rating: %1 → %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved in your history.</source>
        <translation>Saved in your history.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Played on this device: offline matches are not saved.</source>
        <translation>Played on this device: offline matches are not saved.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Play again</source>
        <translation>Play again</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Watch the replay</source>
        <translation>Watch the replay</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to Play</source>
        <translation>Back to Play</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Game field</source>
        <translation>Game field</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>Sounds</source>
        <translation>Sounds</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The match ends here. Practice does not count in your results.</source>
        <translation>The match ends here. Practice does not count in your results.</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>Game field. Score: %1</source>
        <translation>Game field. Score: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>Waiting for %1: %n seconds left before the forfeit.</source>
        <translation>
            <numerusform>Waiting for %1: %n second left before the forfeit.</numerusform>
            <numerusform>Waiting for %1: %n seconds left before the forfeit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+86"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Move up: %1</source>
        <translation>Move up: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move down: %1</source>
        <translation>Move down: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stop watching</source>
        <translation>Stop watching</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave the match</source>
        <translation>Leave the match</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>On-screen buttons</source>
        <translation>On-screen buttons</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Leave this match?</source>
        <translation>Leave this match?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The match ends here.</source>
        <translation>The match ends here.</translation>
    </message>
    <message>
        <source>The match ends here; against the computer it counts as a loss.</source>
        <translation type="vanished">The match ends here; against the computer it counts as a loss.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leaving a match between people counts as a loss.</source>
        <translation>Leaving a match between people counts as a loss.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stay</source>
        <translation>Stay</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>There is no such match.</source>
        <translation type="vanished">There is no such match.</translation>
    </message>
    <message>
        <source> vs </source>
        <translation type="vanished"> vs </translation>
    </message>
    <message>
        <source>Players</source>
        <translation type="vanished">Players</translation>
    </message>
    <message>
        <source>Player</source>
        <translation type="vanished">Player</translation>
    </message>
    <message>
        <source>Lives left</source>
        <translation type="vanished">Lives left</translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="vanished">Score</translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="vanished">Place</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="vanished">Rating</translation>
    </message>
    <message>
        <source>Open the profile of %1</source>
        <translation type="vanished">Open the profile of %1</translation>
    </message>
    <message>
        <source>Forfeited</source>
        <translation type="vanished">Forfeited</translation>
    </message>
    <message>
        <source>Lives left at the end</source>
        <translation type="vanished">Lives left at the end</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation type="vanished">Final score</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="vanished">%1: %2</translation>
    </message>
    <message>
        <source>About this match</source>
        <translation type="vanished">About this match</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">Kind</translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="vanished">Started</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="vanished">Duration</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation type="vanished">How it ended</translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation type="vanished">Ranked</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="vanished">Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="vanished">No</translation>
    </message>
    <message>
        <source>Time in play</source>
        <translation type="vanished">Time in play</translation>
    </message>
    <message>
        <source>Key presses recorded</source>
        <translation type="vanished">Key presses recorded</translation>
    </message>
    <message>
        <source>Longest rally</source>
        <translation type="vanished">Longest rally</translation>
    </message>
    <message numerus="yes">
        <source>%n paddle hit(s)</source>
        <translation type="vanished">
            <numerusform>%n paddle hit</numerusform>
            <numerusform>%n paddle hits</numerusform>
        </translation>
    </message>
    <message>
        <source>Average rally</source>
        <translation type="vanished">Average rally</translation>
    </message>
    <message>
        <source>%1 paddle hits</source>
        <translation type="vanished">%1 paddle hits</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="vanished">Over time</translation>
    </message>
    <message>
        <source>Lives after each point</source>
        <translation type="vanished">Lives after each point</translation>
    </message>
    <message>
        <source>Score after each point</source>
        <translation type="vanished">Score after each point</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="vanished">Time</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="vanished">Start</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="vanished">Seconds</translation>
    </message>
    <message>
        <source>Lives</source>
        <translation type="vanished">Lives</translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="vanished">Points</translation>
    </message>
    <message>
        <source>Points scored: %1, in %2.</source>
        <translation type="vanished">Points scored: %1, in %2.</translation>
    </message>
    <message>
        <source>No point was scored in this match.</source>
        <translation type="vanished">No point was scored in this match.</translation>
    </message>
    <message>
        <source>Paddle hits</source>
        <translation type="vanished">Paddle hits</translation>
    </message>
    <message>
        <source>No paddle hits were recorded.</source>
        <translation type="vanished">No paddle hits were recorded.</translation>
    </message>
</context>
<context>
    <name>MatchReadyToast</name>
    <message>
        <location filename="../client-qml/qml/chat/MatchReadyToast.qml" line="+54"/>
        <source>Join</source>
        <translation>Join</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>MatchReportPage</name>
    <message>
        <location filename="../client-qml/qml/dashboard/MatchReportPage.qml" line="+24"/>
        <source>Match %1</source>
        <translation>Match %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no such match.</source>
        <translation>There is no such match.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> vs </source>
        <translation> vs </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Players</source>
        <translation>Players</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+82"/>
        <location line="+94"/>
        <source>Player</source>
        <translation>Player</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+82"/>
        <source>Lives left</source>
        <translation>Lives left</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+82"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open the profile of %1</source>
        <translation>Open the profile of %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Forfeited</source>
        <translation>Forfeited</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Lives left at the end</source>
        <translation>Lives left at the end</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final score</source>
        <translation>Final score</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+93"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>About this match</source>
        <translation>About this match</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it ended</source>
        <translation>How it ended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked</source>
        <translation>Ranked</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time in play</source>
        <translation>Time in play</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key presses recorded</source>
        <translation>Key presses recorded</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Longest rally</source>
        <translation>Longest rally</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n paddle hit(s)</source>
        <translation>
            <numerusform>%n paddle hit</numerusform>
            <numerusform>%n paddle hits</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average rally</source>
        <translation>Average rally</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 paddle hits</source>
        <translation>%1 paddle hits</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Over time</source>
        <translation>Over time</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lives after each point</source>
        <translation>Lives after each point</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score after each point</source>
        <translation>Score after each point</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds</source>
        <translation>Seconds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives</source>
        <translation>Lives</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points scored: %1, in %2.</source>
        <translation>Points scored: %1, in %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No point was scored in this match.</source>
        <translation>No point was scored in this match.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Paddle hits</source>
        <translation>Paddle hits</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No paddle hits were recorded.</source>
        <translation>No paddle hits were recorded.</translation>
    </message>
</context>
<context>
    <name>MatchSettingsForm</name>
    <message>
        <location filename="../client-qml/qml/play/MatchSettingsForm.qml" line="+99"/>
        <source>Some settings need your attention.</source>
        <translation>Some settings need your attention.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+8"/>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Win by two clear points</source>
        <translation>Win by two clear points</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Power-ups</source>
        <translation>Power-ups</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fewer settings</source>
        <translation>Fewer settings</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>More settings</source>
        <translation>More settings</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back to the classic game</source>
        <translation>Back to the classic game</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../client-qml/qml/chat/MessageDelegate.qml" line="+118"/>
        <source>Open the profile of %1</source>
        <translation>Open the profile of %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removed by a moderator</source>
        <translation>Removed by a moderator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted account</source>
        <translation>Deleted account</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Seen</source>
        <translation>Seen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Actions on this message</source>
        <translation>Actions on this message</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report to the moderators</source>
        <translation>Report to the moderators</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the profile</source>
        <translation>Open the profile</translation>
    </message>
</context>
<context>
    <name>NavigationList</name>
    <message>
        <location filename="../client-qml/qml/shell/NavigationList.qml" line="+27"/>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <location filename="../client-qml/qml/chat/NotificationsPage.qml" line="+29"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All read</source>
        <translation>All read</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark all as read</source>
        <translation>Mark all as read</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing here yet.</source>
        <translation>Nothing here yet.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Show older notifications</source>
        <translation>Show older notifications</translation>
    </message>
</context>
<context>
    <name>PasswordSection</name>
    <message>
        <location filename="../client-qml/qml/account/PasswordSection.qml" line="+24"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your other sessions are signed out when it changes.</source>
        <translation>Your other sessions are signed out when it changes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account signs in with a provider. Set a password to sign in with your name too.</source>
        <translation>Your account signs in with a provider. Set a password to sign in with your name too.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New password (at least 10 characters)</source>
        <translation>New password (at least 10 characters)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change the password</source>
        <translation>Change the password</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set a password</source>
        <translation>Set a password</translation>
    </message>
</context>
<context>
    <name>PersonRow</name>
    <message>
        <location filename="../client-qml/qml/social/PersonRow.qml" line="+37"/>
        <source>Open the profile of %1</source>
        <translation>Open the profile of %1</translation>
    </message>
</context>
<context>
    <name>PlayPage</name>
    <message>
        <location filename="../client-qml/qml/play/PlayPage.qml" line="+50"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>You have a match in progress.</source>
        <translation>You have a match in progress.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rejoin</source>
        <translation>Rejoin</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not connected: matches are played on this device and not saved.</source>
        <translation>Not connected: matches are played on this device and not saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playing on this device. Sign in to play others online, watch and replay matches; offline matches are not saved.</source>
        <translation>Playing on this device. Sign in to play others online, watch and replay matches; offline matches are not saved.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 vs 1</source>
        <translation>1 vs 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 players</source>
        <translation>4 players</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At this device</source>
        <translation>At this device</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Four players, one keyboard</source>
        <translation>Four players, one keyboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two players, one keyboard</source>
        <translation>Two players, one keyboard</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Against the computer</source>
        <translation>Against the computer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Computer level</source>
        <translation>Computer level</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tournament at this device</source>
        <translation>Tournament at this device</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting to the server…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Looking for opponents… %n s</source>
        <translation>
            <numerusform>Looking for opponents… %n s</numerusform>
            <numerusform>Looking for opponents… %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your rating %1, opponents within ±%2. Players waiting: %3.</source>
        <translation>Your rating %1, opponents within ±%2. Players waiting: %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stop looking</source>
        <translation>Stop looking</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Find three opponents</source>
        <translation>Find three opponents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find an opponent</source>
        <translation>Find an opponent</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a friend</source>
        <translation>Choose a friend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Friend to invite</source>
        <translation>Friend to invite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invite</source>
        <translation>Invite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add friends to invite them to a match.</source>
        <translation>Add friends to invite them to a match.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Waiting for %1 to answer (%n s)</source>
        <translation>
            <numerusform>Waiting for %1 to answer (%n s)</numerusform>
            <numerusform>Waiting for %1 to answer (%n s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the invitation to %1</source>
        <translation>Cancel the invitation to %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Watch live matches</source>
        <translation>Watch live matches</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tournaments</source>
        <translation>Tournaments</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replays</source>
        <translation>Replays</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Match settings</source>
        <translation>Match settings</translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message>
        <location filename="../client-qml/qml/social/PlayerPage.qml" line="+17"/>
        <source>Player profile</source>
        <translation>Player profile</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no such player.</source>
        <translation>There is no such player.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>You are friends.</source>
        <translation>You are friends.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 asked to be your friend.</source>
        <translation>%1 asked to be your friend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your friend request is waiting for an answer.</source>
        <translation>Your friend request is waiting for an answer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You blocked %1. Neither of you can send the other friend requests.</source>
        <translation>You blocked %1. Neither of you can send the other friend requests.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add friend</source>
        <translation>Add friend</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel the request</source>
        <translation>Cancel the request</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove friend</source>
        <translation>Remove friend</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unblock</source>
        <translation>Unblock</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit your profile</source>
        <translation>Edit your profile</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No bio yet.</source>
        <translation>No bio yet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
</context>
<context>
    <name>PlayersPage</name>
    <message>
        <location filename="../client-qml/qml/social/PlayersPage.qml" line="+12"/>
        <source>Players</source>
        <translation>Players</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>Search for a player</source>
        <translation>Search for a player</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>User name or display name</source>
        <translation>User name or display name</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>The beginning of a user name or display name.</source>
        <translation>The beginning of a user name or display name.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No player found for “%1”.</source>
        <translation>No player found for “%1”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players found for “%1”: more than %2.</source>
        <translation>Players found for “%1”: more than %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Players found for “%1”: %2.</source>
        <translation>Players found for “%1”: %2.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Show more players</source>
        <translation>Show more players</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Leaderboard</source>
        <translation>Leaderboard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your rank: %1 of %2, rating %3.</source>
        <translation>Your rank: %1 of %2, rating %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only me and my friends</source>
        <translation>Only me and my friends</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rank %1</source>
        <translation>Rank %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (you)</source>
        <translation>%1 (you)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rating %1</source>
        <translation>Rating %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody to rank yet.</source>
        <translation>Nobody to rank yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places %1 to %2 of %3.</source>
        <translation>Places %1 to %2 of %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Higher ranks</source>
        <translation>Higher ranks</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lower ranks</source>
        <translation>Lower ranks</translation>
    </message>
</context>
<context>
    <name>PowerUpLegend</name>
    <message>
        <location filename="../client-qml/qml/play/PowerUpLegend.qml" line="+21"/>
        <source>the paddle of whoever takes it grows by half.</source>
        <translation>the paddle of whoever takes it grows by half.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every other player&apos;s paddle shrinks.</source>
        <translation>every other player&apos;s paddle shrinks.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every ball goes half as fast again.</source>
        <translation>every ball goes half as fast again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an extra ball splits off (three at most).</source>
        <translation>an extra ball splits off (three at most).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Power-ups</source>
        <translation>Power-ups</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Power-ups: a ball that passes over a square takes it for the player who hit that ball last.</source>
        <translation>Power-ups: a ball that passes over a square takes it for the player who hit that ball last.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Effects last %n second(s).</source>
        <translation>
            <numerusform>Effects last %n second.</numerusform>
            <numerusform>Effects last %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenceBadge</name>
    <message>
        <location filename="../client-qml/qml/social/PresenceBadge.qml" line="+16"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a game</source>
        <translation>In a game</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../client-qml/qml/social/ProfilePage.qml" line="+32"/>
        <source>Your profile</source>
        <translation>Your profile</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+76"/>
        <source>Choose a picture</source>
        <translation>Choose a picture</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>See your profile as others see it</source>
        <translation>See your profile as others see it</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preview of the chosen picture</source>
        <translation>Preview of the chosen picture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PNG, JPEG or WebP, at most 2 MiB. It is cropped to a square.</source>
        <translation>PNG, JPEG or WebP, at most 2 MiB. It is cropped to a square.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Upload the picture</source>
        <translation>Upload the picture</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep the current one</source>
        <translation>Keep the current one</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the avatar</source>
        <translation>Remove the avatar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your details</source>
        <translation>Your details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name: %1</source>
        <translation>User name: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>How other players see you: 3 to 20 characters.</source>
        <translation>How other players see you: 3 to 20 characters.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>About you</source>
        <translation>About you</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to 500 characters, shown as plain text on your profile.</source>
        <translation>Up to 500 characters, shown as plain text on your profile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 / 500 characters</source>
        <translation>%1 / 500 characters</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>The language of this app and of our e-mails to you.</source>
        <translation>The language of this app and of our e-mails to you.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the profile</source>
        <translation>Save the profile</translation>
    </message>
</context>
<context>
    <name>ReauthenticationDialog</name>
    <message>
        <location filename="../client-qml/qml/account/ReauthenticationDialog.qml" line="+26"/>
        <source>Confirm it is you</source>
        <translation>Confirm it is you</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This change needs a recent proof that you are the owner of this account.</source>
        <translation>This change needs a recent proof that you are the owner of this account.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign out, sign in again with the service you use, then try once more.</source>
        <translation>Sign out, sign in again with the service you use, then try once more.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>My password</source>
        <translation>My password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A code from my authenticator app</source>
        <translation>A code from my authenticator app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recovery code</source>
        <translation>A recovery code</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How to confirm</source>
        <translation>How to confirm</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6-digit code</source>
        <translation>6-digit code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>ReplaysPage</name>
    <message>
        <location filename="../client-qml/qml/play/ReplaysPage.qml" line="+15"/>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No result</source>
        <translation>No result</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replays</source>
        <translation>Replays</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay speed</source>
        <translation>Replay speed</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 vs %2</source>
        <translation>%1 vs %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>anonymous player</source>
        <translation>anonymous player</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No matches yet.</source>
        <translation>No matches yet.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../client-qml/qml/chat/ReportDialog.qml" line="+30"/>
        <source>Report this message</source>
        <translation>Report this message</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Comment (optional)</source>
        <translation>Comment (optional)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <location filename="../client-qml/qml/network/ServerPage.qml" line="+9"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <location filename="../client-qml/network/ServerUrl.cpp" line="+31"/>
        <source>Enter the server address, e.g. https://localhost:8443</source>
        <translation>Enter the server address, e.g. https://localhost:8443</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a valid URL.</source>
        <translation>This is not a valid URL.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address must start with https:// or http://.</source>
        <translation>The address must start with https:// or http://.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address needs a host name.</source>
        <translation>The address needs a host name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use https:// — plain http:// is only allowed for this computer (localhost).</source>
        <translation>Use https:// — plain http:// is only allowed for this computer (localhost).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address must not contain a user name, &apos;?&apos; or &apos;#&apos;.</source>
        <translation>The address must not contain a user name, &apos;?&apos; or &apos;#&apos;.</translation>
    </message>
</context>
<context>
    <name>ServerUrlForm</name>
    <message>
        <location filename="../client-qml/qml/network/ServerUrlForm.qml" line="+26"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Address of the Transcendence server this app connects to.</source>
        <translation>Address of the Transcendence server this app connects to.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect to this server</source>
        <translation>Connect to this server</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../client-qml/qml/settings/SettingsPage.qml" line="+12"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Like the system</source>
        <translation>Like the system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Text size: %1 %</source>
        <translation>Text size: %1 %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reduce motion</source>
        <translation>Reduce motion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sounds during matches</source>
        <translation>Sounds during matches</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This device remembers your sign-in in the system keychain.</source>
        <translation>This device remembers your sign-in in the system keychain.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device has no keychain: your sign-in is remembered in a file only your user account can read.</source>
        <translation>This device has no keychain: your sign-in is remembered in a file only your user account can read.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where you are signed in</source>
        <translation>Where you are signed in</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web browser</source>
        <translation>Web browser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this device</source>
        <translation>this device</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last used %1 from %2</source>
        <translation>Last used %1 from %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+30"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Sign out this session</source>
        <translation>Sign out this session</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Privacy and terms</source>
        <translation>Privacy and terms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How this server handles your data, and the rules for using it. They open in your web browser.</source>
        <translation>How this server handles your data, and the rules for using it. They open in your web browser.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Privacy policy</source>
        <translation>Privacy policy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Terms of service</source>
        <translation>Terms of service</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../client-qml/qml/account/SignInPage.qml" line="+18"/>
        <source>Two-factor authentication</source>
        <translation>Two-factor authentication</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+209"/>
        <source>Create an account</source>
        <translation>Create an account</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+72"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Create your account</source>
        <translation>Create your account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Welcome back</source>
        <translation>Welcome back</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User name or e-mail</source>
        <translation>User name or e-mail</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+147"/>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Display name (optional)</source>
        <translation>Display name (optional)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At least 10 characters.</source>
        <translation>At least 10 characters.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>or</source>
        <translation>or</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign in with %1</source>
        <translation>Sign in with %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Continue in your web browser: this app signs you in as soon as you are back from there. If no browser opened, open this address:</source>
        <translation>Continue in your web browser: this app signs you in as soon as you are back from there. If no browser opened, open this address:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sign-in address</source>
        <translation>Sign-in address</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Forgot your password?</source>
        <translation>Forgot your password?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type the e-mail address of your account: we will send it a link to choose a new password.</source>
        <translation>Type the e-mail address of your account: we will send it a link to choose a new password.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Send me a link</source>
        <translation>Send me a link</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>I already have an account</source>
        <translation>I already have an account</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</source>
        <translation>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>We sent a 6-digit code to your e-mail address: enter it, or one of your recovery codes. It works once, for 5 minutes.</source>
        <translation>We sent a 6-digit code to your e-mail address: enter it, or one of your recovery codes. It works once, for 5 minutes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+110"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No account, or no connection? You can still play on this device.</source>
        <translation>No account, or no connection? You can still play on this device.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Play on this device</source>
        <translation>Play on this device</translation>
    </message>
</context>
<context>
    <name>StatsGrid</name>
    <message>
        <location filename="../client-qml/qml/dashboard/StatsGrid.qml" line="+13"/>
        <source>Wins</source>
        <translation>Wins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Losses</source>
        <translation>Losses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>Win rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current streak</source>
        <translation>Current streak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best winning streak</source>
        <translation>Best winning streak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked matches</source>
        <translation>Ranked matches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points won and lost</source>
        <translation>Points won and lost</translation>
    </message>
</context>
<context>
    <name>TournamentMatchPrompt</name>
    <message>
        <location filename="../client-qml/qml/play/TournamentMatchPrompt.qml" line="+23"/>
        <source>Your tournament match is ready</source>
        <translation>Your tournament match is ready</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 vs %2. Enter before the deadline or lose by walkover.</source>
        <translation>%1 vs %2. Enter before the deadline or lose by walkover.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the match</source>
        <translation>Enter the match</translation>
    </message>
</context>
<context>
    <name>TournamentPage</name>
    <message>
        <location filename="../client-qml/qml/play/TournamentPage.qml" line="+29"/>
        <source>Open for entries</source>
        <translation>Open for entries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tournament</source>
        <translation>Tournament</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Local tournament</source>
        <translation>Local tournament</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Online tournament</source>
        <translation>Online tournament</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every match: %1.</source>
        <translation>Every match: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 wins the tournament!</source>
        <translation>%1 wins the tournament!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tournament ended without a winner.</source>
        <translation>The tournament ended without a winner.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your match is ready. Enter before the deadline or lose by walkover.</source>
        <translation>Your match is ready. Enter before the deadline or lose by walkover.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter your match</source>
        <translation>Enter your match</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Next match: %1</source>
        <translation>Next match: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Play this match</source>
        <translation>Play this match</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name in this tournament (optional)</source>
        <translation>Name in this tournament (optional)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Join</source>
        <translation>Join</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Start now</source>
        <translation>Start now</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel the tournament</source>
        <translation>Cancel the tournament</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leave the tournament</source>
        <translation>Leave the tournament</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Players</source>
        <translation>Players</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>anonymous player</source>
        <translation>anonymous player</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed %1</source>
        <translation>seed %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left</source>
        <translation>left</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bracket</source>
        <translation>Bracket</translation>
    </message>
</context>
<context>
    <name>TournamentsPage</name>
    <message>
        <location filename="../client-qml/qml/play/TournamentsPage.qml" line="+19"/>
        <source>open for entries</source>
        <translation>open for entries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tournaments</source>
        <translation>Tournaments</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New tournament</source>
        <translation>New tournament</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Online: players join from their accounts</source>
        <translation>Online: players join from their accounts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Local: everyone at this keyboard</source>
        <translation>Local: everyone at this keyboard</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>Players needed to start</source>
        <translation>Players needed to start</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Most players</source>
        <translation>Most players</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Players, one name per line, in seeding order</source>
        <translation>Players, one name per line, in seeding order</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every match: %1.</source>
        <translation>Every match: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create the tournament</source>
        <translation>Create the tournament</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All tournaments</source>
        <translation>All tournaments</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n players</source>
        <translation>
            <numerusform>%n player</numerusform>
            <numerusform>%n players</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>winner: %1</source>
        <translation>winner: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No tournament yet.</source>
        <translation>No tournament yet.</translation>
    </message>
</context>
<context>
    <name>TwoFactorSection</name>
    <message>
        <location filename="../client-qml/qml/account/TwoFactorSection.qml" line="+21"/>
        <source>Two-factor sign-in</source>
        <translation>Two-factor sign-in</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Off. With it on, signing in also asks for a code from an authenticator app.</source>
        <translation>Off. With it on, signing in also asks for a code from an authenticator app.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turn on two-factor sign-in</source>
        <translation>Turn on two-factor sign-in</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Scan this code with your authenticator app, or type the key below into it. Then enter the 6-digit code it shows.</source>
        <translation>Scan this code with your authenticator app, or type the key below into it. Then enter the 6-digit code it shows.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>QR code of the two-factor key</source>
        <translation>QR code of the two-factor key</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Two-factor key</source>
        <translation>Two-factor key</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>6-digit code</source>
        <translation>6-digit code</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+78"/>
        <source>Turn on</source>
        <translation>Turn on</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>No authenticator app? Get each sign-in code by e-mail instead.</source>
        <translation>No authenticator app? Get each sign-in code by e-mail instead.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use codes sent by e-mail</source>
        <translation>Use codes sent by e-mail</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>We sent a 6-digit code to %1. Enter it within 10 minutes.</source>
        <translation>We sent a 6-digit code to %1. Enter it within 10 minutes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>6-digit code from the e-mail</source>
        <translation>6-digit code from the e-mail</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+75"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>On: signing in asks for a code sent to your e-mail address.</source>
        <translation>On: signing in asks for a code sent to your e-mail address.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Two-factor sign-in is on. Keep these recovery codes somewhere safe: each one signs you in once if you lose your authenticator. They are shown only now.</source>
        <translation>Two-factor sign-in is on. Keep these recovery codes somewhere safe: each one signs you in once if you lose your authenticator. They are shown only now.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Turn off codes by e-mail</source>
        <translation>Turn off codes by e-mail</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Recovery codes</source>
        <translation>Recovery codes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have saved them</source>
        <translation>I have saved them</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On. To turn it off, enter a current code, a recovery code or your password.</source>
        <translation>On. To turn it off, enter a current code, a recovery code or your password.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Code, recovery code or password</source>
        <translation>Code, recovery code or password</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turn off</source>
        <translation>Turn off</translation>
    </message>
</context>
<context>
    <name>mail</name>
    <message>
        <location filename="../server/mail/MailTemplates.cpp" line="+75"/>
        <source>Hello %1,</source>
        <translation>Hello %1,</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you did not ask for this, ignore this e-mail: nothing changes.</source>
        <translation>If you did not ask for this, ignore this e-mail: nothing changes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If this was not you, reset your password at once and write to the administrators.</source>
        <translation>If this was not you, reset your password at once and write to the administrators.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Confirm your e-mail address</source>
        <translation>Confirm your e-mail address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome to Transcendence! Follow the link below to confirm that this address is yours. The link works once, for 24 hours.</source>
        <translation>Welcome to Transcendence! Follow the link below to confirm that this address is yours. The link works once, for 24 hours.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm my address</source>
        <translation>Confirm my address</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <location line="+17"/>
        <location line="+17"/>
        <location line="+12"/>
        <location line="+21"/>
        <location line="+28"/>
        <source>See you on the court!</source>
        <translation>See you on the court!</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Confirm your new e-mail address</source>
        <translation>Confirm your new e-mail address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You asked to use this address for your Transcendence account. Follow the link below to confirm it. The link works once, for 24 hours.</source>
        <translation>You asked to use this address for your Transcendence account. Follow the link below to confirm it. The link works once, for 24 hours.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use this address</source>
        <translation>Use this address</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your e-mail address is changing</source>
        <translation>Your e-mail address is changing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone signed in to your Transcendence account asked to change its e-mail address to %1. The change happens when the new address is confirmed.</source>
        <translation>Someone signed in to your Transcendence account asked to change its e-mail address to %1. The change happens when the new address is confirmed.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reset your password</source>
        <translation>Reset your password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone asked to reset the password of your Transcendence account. Follow the link below to choose a new one. The link works once, for 30 minutes, and signs you out everywhere.</source>
        <translation>Someone asked to reset the password of your Transcendence account. Follow the link below to choose a new one. The link works once, for 30 minutes, and signs you out everywhere.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a new password</source>
        <translation>Choose a new password</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your password was changed</source>
        <translation>Your password was changed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password of your Transcendence account was just changed.</source>
        <translation>The password of your Transcendence account was just changed.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your account was deleted</source>
        <translation>Your account was deleted</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Your code to turn on sign-in codes by e-mail is %1. It works once, for 10 minutes.</source>
        <translation>Your code to turn on sign-in codes by e-mail is %1. It works once, for 10 minutes.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your Transcendence account and the data about you were deleted, as you asked. This is the last e-mail we send you.</source>
        <translation>Your Transcendence account and the data about you were deleted, as you asked. This is the last e-mail we send you.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Your sign-in code is %1. It works once, for 5 minutes.</source>
        <translation>Your sign-in code is %1. It works once, for 5 minutes.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Thank you for playing.</source>
        <translation>Thank you for playing.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Your Transcendence code: %1</source>
        <translation>Your Transcendence code: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Goodbye!</source>
        <translation>Goodbye!</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Never give this code to anyone: we will never ask you for it.</source>
        <translation>Never give this code to anyone: we will never ask you for it.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your data was exported</source>
        <translation>Your data was exported</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of the data we keep about you was just downloaded from your account settings.</source>
        <translation>A copy of the data we keep about you was just downloaded from your account settings.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::AccountSession</name>
    <message>
        <location filename="../client-qml/account/AccountSession.cpp" line="+103"/>
        <source>Your session has ended: it was signed out from another device, or the account was suspended.</source>
        <translation>Your session has ended: it was signed out from another device, or the account was suspended.</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>That is not right. Try again.</source>
        <translation>That is not right. Try again.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The server cannot be reached. Check the server address and your connection.</source>
        <translation>The server cannot be reached. Check the server address and your connection.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n second.</numerusform>
            <numerusform>Too many attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many attempts. Try again later.</source>
        <translation>Too many attempts. Try again later.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong user name, e-mail address or password.</source>
        <translation>Wrong user name, e-mail address or password.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That code is not valid. Try the current code, or a recovery code.</source>
        <translation>That code is not valid. Try the current code, or a recovery code.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This sign-in step has expired. Sign in again.</source>
        <translation>This sign-in step has expired. Sign in again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account is suspended.</source>
        <translation>This account is suspended.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This sign-in has expired or was already used. Sign in again.</source>
        <translation>This sign-in has expired or was already used. Sign in again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some fields need attention.</source>
        <translation>Some fields need attention.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That user name, e-mail address or display name is already taken.</source>
        <translation>That user name, e-mail address or display name is already taken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm it is you (your password or a code) to make this change.</source>
        <translation>Confirm it is you (your password or a code) to make this change.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are not allowed to do this.</source>
        <translation>You are not allowed to do this.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server had a problem. Try again in a moment.</source>
        <translation>The server had a problem. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::AdminController</name>
    <message>
        <location filename="../client-qml/admin/AdminController.cpp" line="+41"/>
        <source>The server refused: this account is not an administrator (any more).</source>
        <translation>The server refused: this account is not an administrator (any more).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cannot ban yourself.</source>
        <translation>You cannot ban yourself.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This user is already banned.</source>
        <translation>This user is already banned.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This user is not banned.</source>
        <translation>This user is not banned.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The platform needs at least one administrator: make someone else an administrator first.</source>
        <translation>The platform needs at least one administrator: make someone else an administrator first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This user does not exist (any more).</source>
        <translation>This user does not exist (any more).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in with an administrator account first.</source>
        <translation>Sign in with an administrator account first.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::AdminReportsController</name>
    <message>
        <location filename="../client-qml/admin/AdminReportsController.cpp" line="+51"/>
        <source>The message was removed.</source>
        <translation>The message was removed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report was dismissed.</source>
        <translation>The report was dismissed.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The sender is muted.</source>
        <translation>The sender is muted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sender is muted until %1.</source>
        <translation>The sender is muted until %1.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::AdminUserController</name>
    <message>
        <location filename="../client-qml/admin/AdminUserController.cpp" line="+111"/>
        <source>Say why: the reason goes to the audit log.</source>
        <translation>Say why: the reason goes to the audit log.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is banned: every session of theirs has ended.</source>
        <translation>%1 is banned: every session of theirs has ended.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is no longer banned and may sign in again.</source>
        <translation>%1 is no longer banned and may sign in again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown role: %1</source>
        <translation>Unknown role: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is now an administrator.</source>
        <translation>%1 is now an administrator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is no longer an administrator.</source>
        <translation>%1 is no longer an administrator.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The avatar of %1 was removed.</source>
        <translation>The avatar of %1 was removed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This user has no uploaded avatar.</source>
        <translation>This user has no uploaded avatar.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::ChatController</name>
    <message>
        <location filename="../client-qml/chat/ChatController.cpp" line="+196"/>
        <source>Thank you: the moderators will look at this message.</source>
        <translation>Thank you: the moderators will look at this message.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::ChatTexts</name>
    <message>
        <location filename="../client-qml/chat/ChatTexts.cpp" line="+34"/>
        <source>You cannot message this player: one of you blocked the other.</source>
        <translation>You cannot message this player: one of you blocked the other.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are muted: you can read but not send messages.</source>
        <translation>You are muted: you can read but not send messages.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are muted until %1: you can read but not send messages.</source>
        <translation>You are muted until %1: you can read but not send messages.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account is suspended.</source>
        <translation>This account is suspended.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>You are sending messages too fast. Try again in %n second(s).</source>
        <translation>
            <numerusform>You are sending messages too fast. Try again in %n second.</numerusform>
            <numerusform>You are sending messages too fast. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You already sent this message several times. Write something else.</source>
        <translation>You already sent this message several times. Write something else.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a message first.</source>
        <translation>Write a message first.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A message can have at most %n character(s).</source>
        <translation>
            <numerusform>A message can have at most %n character.</numerusform>
            <numerusform>A message can have at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are not in this conversation (any more).</source>
        <translation>You are not in this conversation (any more).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This conversation or player does not exist (any more).</source>
        <translation>This conversation or player does not exist (any more).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You already reported this message.</source>
        <translation>You already reported this message.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached. The message will be sent when the connection is back.</source>
        <translation>The server cannot be reached. The message will be sent when the connection is back.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is busy. Try again in a moment.</source>
        <translation>The server is busy. Try again in a moment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This player is not online.</source>
        <translation>This player is not online.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused: %1</source>
        <translation>The server refused: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Round %1: %2 plays %3 next.</source>
        <translation>Round %1: %2 plays %3 next.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 plays %2 next.</source>
        <translation>%1 plays %2 next.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Round %1: no winner.</source>
        <translation>Round %1: no winner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Round %1: %2 won by walkover against %3.</source>
        <translation>Round %1: %2 won by walkover against %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Round %1: %2 won, %3 forfeited.</source>
        <translation>Round %1: %2 won, %3 forfeited.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round %1: %2 beat %3.</source>
        <translation>Round %1: %2 beat %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tournament is over.</source>
        <translation>The tournament is over.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tournament is over: %1 won it.</source>
        <translation>The tournament is over: %1 won it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tournament has started.</source>
        <translation>The tournament has started.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tournament notice: %1</source>
        <translation>Tournament notice: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for an answer</source>
        <translation>Waiting for an answer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer available</source>
        <translation>No longer available</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 asked to be your friend.</source>
        <translation>%1 asked to be your friend.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 accepted your friend request.</source>
        <translation>%1 accepted your friend request.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 invited you to a match.</source>
        <translation>%1 invited you to a match.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your tournament match is ready.</source>
        <translation>Your tournament match is ready.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your tournament match against %1 is ready.</source>
        <translation>Your tournament match against %1 is ready.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A moderator muted you until %1.</source>
        <translation>A moderator muted you until %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A moderator lifted your mute.</source>
        <translation>A moderator lifted your mute.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A moderator removed one of your messages.</source>
        <translation>A moderator removed one of your messages.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Reason: %2</source>
        <translation>%1 Reason: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice: %1</source>
        <translation>Notice: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abuse or harassment</source>
        <translation>Abuse or harassment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cheating</source>
        <translation>Cheating</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
</context>
<context>
    <name>transcendence::client::EmailSettings</name>
    <message>
        <location filename="../client-qml/account/EmailSettings.cpp" line="+58"/>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your address is already confirmed.</source>
        <translation>Your address is already confirmed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is already your address.</source>
        <translation>This is already your address.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another account uses this address.</source>
        <translation>Another account uses this address.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sent. Check your mailbox.</source>
        <translation>Sent. Check your mailbox.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Almost done: follow the link we sent to the new address. Until then, the old one stays.</source>
        <translation>Almost done: follow the link we sent to the new address. Until then, the old one stays.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::LocalMatch</name>
    <message>
        <location filename="../client-qml/play/LocalMatch.cpp" line="+74"/>
        <source>These settings cannot be played: %1</source>
        <translation>These settings cannot be played: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown difficulty: %1</source>
        <translation>Unknown difficulty: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no seat %1 in this match.</source>
        <translation>There is no seat %1 in this match.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>easy</source>
        <translation>easy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hard</source>
        <translation>hard</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>AI (%1)</source>
        <translation>AI (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Player %1</source>
        <translation>Player %1</translation>
    </message>
</context>
<context>
    <name>transcendence::client::LocalTournament</name>
    <message>
        <location filename="../client-qml/play/LocalTournament.cpp" line="+24"/>
        <source>Enter %1 to %2 players, one per line.</source>
        <translation>Enter %1 to %2 players, one per line.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name %1 is empty.</source>
        <translation>Name %1 is empty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 is longer than %2 characters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has characters a name cannot have.</source>
        <translation>%1 has characters a name cannot have.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 appears twice.</source>
        <translation>%1 appears twice.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1 vs %2</source>
        <translation>%1 vs %2</translation>
    </message>
</context>
<context>
    <name>transcendence::client::OAuthSignIn</name>
    <message>
        <location filename="../client-qml/account/OAuthSignIn.cpp" line="+32"/>
        <source>The sign-in took too long. Try again.</source>
        <translation>The sign-in took too long. Try again.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Choose a server first.</source>
        <translation>Choose a server first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The app could not listen for the browser&apos;s answer: %1</source>
        <translation>The app could not listen for the browser&apos;s answer: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No web browser could be opened. Open the address below in one.</source>
        <translation>No web browser could be opened. Open the address below in one.</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+5"/>
        <source>Not here</source>
        <translation>Not here</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>This address only takes the sign-in.</source>
        <translation>This address only takes the sign-in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in not recognised</source>
        <translation>Sign-in not recognised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This answer does not belong to the sign-in the app is waiting for.</source>
        <translation>This answer does not belong to the sign-in the app is waiting for.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this page.</source>
        <translation>You can close this page.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this page and go back to Transcendence.</source>
        <translation>You can close this page and go back to Transcendence.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The sign-in was cancelled or refused at the provider.</source>
        <translation>The sign-in was cancelled or refused at the provider.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another account already uses this e-mail address. Sign in with its password, then link the provider from your profile.</source>
        <translation>Another account already uses this e-mail address. Sign in with its password, then link the provider from your profile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account is suspended.</source>
        <translation>This account is suspended.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in did not complete: %1</source>
        <translation>The sign-in did not complete: %1</translation>
    </message>
</context>
<context>
    <name>transcendence::client::PasswordSettings</name>
    <message>
        <location filename="../client-qml/account/PasswordSettings.cpp" line="+42"/>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new password is too short: use at least 10 characters.</source>
        <translation>The new password is too short: use at least 10 characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new password is one of the most common ones: choose another.</source>
        <translation>The new password is one of the most common ones: choose another.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new password must not be your user name or e-mail address.</source>
        <translation>The new password must not be your user name or e-mail address.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Password saved. Your other sessions are signed out.</source>
        <translation>Password saved. Your other sessions are signed out.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enter the e-mail address of your account.</source>
        <translation>Enter the e-mail address of your account.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If an account uses this address, a link to choose a new password is on its way. It works once, for 30 minutes.</source>
        <translation>If an account uses this address, a link to choose a new password is on its way. It works once, for 30 minutes.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::PlayDirectory</name>
    <message>
        <location filename="../client-qml/play/PlayDirectory.cpp" line="+34"/>
        <location line="+32"/>
        <source>Sign in to see this.</source>
        <translation>Sign in to see this.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::PlayLobby</name>
    <message>
        <location filename="../client-qml/play/PlayLobby.cpp" line="+156"/>
        <source>Not connected to the server.</source>
        <translation>Not connected to the server.</translation>
    </message>
    <message>
        <location line="+263"/>
        <source>You are already in a match.</source>
        <translation>You are already in a match.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are already waiting for a match.</source>
        <translation>You are already waiting for a match.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You were not waiting for a match.</source>
        <translation>You were not waiting for a match.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can only invite your friends.</source>
        <translation>You can only invite your friends.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This player is not online.</source>
        <translation>This player is not online.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This player is already playing or waiting for a match.</source>
        <translation>This player is already playing or waiting for a match.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This invitation is no longer open.</source>
        <translation>This invitation is no longer open.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This match is over.</source>
        <translation>This match is over.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have no seat in this match.</source>
        <translation>You have no seat in this match.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This match cannot be replayed.</source>
        <translation>This match cannot be replayed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server is busy. Try again in a moment.</source>
        <translation>The server is busy. Try again in a moment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a match at one keyboard can be paused.</source>
        <translation>Only a match at one keyboard can be paused.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No match of this tournament is ready.</source>
        <translation>No match of this tournament is ready.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This tournament is not yours to play.</source>
        <translation>This tournament is not yours to play.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused: %1</source>
        <translation>The server refused: %1</translation>
    </message>
</context>
<context>
    <name>transcendence::client::PlaySettings</name>
    <message>
        <location filename="../client-qml/play/PlaySettings.cpp" line="+172"/>
        <source>Must be at least the ball speed.</source>
        <translation>Must be at least the ball speed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a whole number.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a number from %1 to %2.</source>
        <translation>Enter a number from %1 to %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This value is not valid.</source>
        <translation>This value is not valid.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some settings need your attention.</source>
        <translation>Some settings need your attention.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>4 players</source>
        <translation>4 players</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 vs 1</source>
        <translation>1 vs 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>map %1</source>
        <translation>map %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n lives</source>
        <translation>
            <numerusform>%n life</numerusform>
            <numerusform>%n lives</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first to %1, by two clear points</source>
        <translation>first to %1, by two clear points</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first to %1</source>
        <translation>first to %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ball speed %1</source>
        <translation>ball speed %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paddle %1</source>
        <translation>paddle %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no power-ups</source>
        <translation>no power-ups</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>power-ups: %1</source>
        <translation>power-ups: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Classic</source>
        <translation>Classic</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pillars</source>
        <translation>Pillars</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crossroads</source>
        <translation>Crossroads</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bigger paddle</source>
        <translation>Bigger paddle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Smaller opponent paddles</source>
        <translation>Smaller opponent paddles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Faster ball</source>
        <translation>Faster ball</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Multi-ball</source>
        <translation>Multi-ball</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Easy</source>
        <translation>Easy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hard</source>
        <translation>Hard</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ball speed (serve)</source>
        <translation>Ball speed (serve)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed added per hit</source>
        <translation>Speed added per hit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum ball speed</source>
        <translation>Maximum ball speed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paddle size</source>
        <translation>Paddle size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paddle speed</source>
        <translation>Paddle speed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points to win</source>
        <translation>Points to win</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives</source>
        <translation>Lives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds before a serve</source>
        <translation>Seconds before a serve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds between power-ups</source>
        <translation>Seconds between power-ups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds a power-up stays</source>
        <translation>Seconds a power-up stays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds an effect lasts</source>
        <translation>Seconds an effect lasts</translation>
    </message>
</context>
<context>
    <name>transcendence::client::ProfileEditor</name>
    <message>
        <location filename="../client-qml/social/ProfileEditor.cpp" line="+63"/>
        <source>Another player already has this display name.</source>
        <translation>Another player already has this display name.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your profile is saved.</source>
        <translation>Your profile is saved.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+27"/>
        <location line="+78"/>
        <source>The picture is larger than 2 MiB.</source>
        <translation>The picture is larger than 2 MiB.</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+100"/>
        <source>Choose a PNG, JPEG or WebP picture.</source>
        <translation>Choose a PNG, JPEG or WebP picture.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>The picture could not be read: %1</source>
        <translation>The picture could not be read: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Your new avatar is saved.</source>
        <translation>Your new avatar is saved.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your avatar is removed. The generated one is shown instead.</source>
        <translation>Your avatar is removed. The generated one is shown instead.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The picture has too many pixels (at most 8192 a side).</source>
        <translation>The picture has too many pixels (at most 8192 a side).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The picture could not be read. It may be damaged.</source>
        <translation>The picture could not be read. It may be damaged.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::RealtimeClient</name>
    <message>
        <location filename="../client-qml/network/RealtimeClient.cpp" line="+199"/>
        <source>The server does not support this version of the app (protocol %1). Please update the app.</source>
        <translation>The server does not support this version of the app (protocol %1). Please update the app.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is restarting.</source>
        <translation>The server is restarting.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server stopped hearing from this app and closed the connection.</source>
        <translation>The server stopped hearing from this app and closed the connection.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The server sent an unexpected message: %1</source>
        <translation>The server sent an unexpected message: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No answer from the server.</source>
        <translation>No answer from the server.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::ServerStatus</name>
    <message>
        <location filename="../client-qml/network/ServerStatus.cpp" line="+89"/>
        <source>No answer within %1 seconds.</source>
        <translation>No answer within %1 seconds.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::SocialActions</name>
    <message>
        <location filename="../client-qml/social/SocialActions.cpp" line="+128"/>
        <source>You are already friends.</source>
        <translation>You are already friends.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A friend request is already waiting.</source>
        <translation>A friend request is already waiting.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A block between you stops friend requests.</source>
        <translation>A block between you stops friend requests.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You already blocked this player.</source>
        <translation>You already blocked this player.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This player is not accepting friend requests from you.</source>
        <translation>This player is not accepting friend requests from you.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is no longer possible: the page was out of date.</source>
        <translation>This is no longer possible: the page was out of date.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>You and %1 are now friends.</source>
        <translation>You and %1 are now friends.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Friend request sent to %1.</source>
        <translation>Friend request sent to %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your request to %1 is cancelled.</source>
        <translation>Your request to %1 is cancelled.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You declined the request of %1.</source>
        <translation>You declined the request of %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is no longer your friend.</source>
        <translation>%1 is no longer your friend.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You blocked %1.</source>
        <translation>You blocked %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You unblocked %1.</source>
        <translation>You unblocked %1.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::TournamentDirectory</name>
    <message>
        <location filename="../client-qml/play/TournamentDirectory.cpp" line="+40"/>
        <source>Sign in to see the tournaments.</source>
        <translation>Sign in to see the tournaments.</translation>
    </message>
</context>
<context>
    <name>web.account</name>
    <message>
        <location filename="../resources/web/strings/account.js" line="+4"/>
        <source>This link is not valid any more: it was already used, or it has expired.</source>
        <translation>This link is not valid any more: it was already used, or it has expired.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another account uses this address now.</source>
        <translation>Another account uses this address now.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgot your password?</source>
        <translation>Forgot your password?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address of your account</source>
        <translation>E-mail address of your account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send me a link</source>
        <translation>Send me a link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If an account uses this address, a link to choose a new password is on its way. It works once, for 30 minutes.</source>
        <translation>If an account uses this address, a link to choose a new password is on its way. It works once, for 30 minutes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the e-mail address of your account: we will send it a link to choose a new password.</source>
        <translation>Type the e-mail address of your account: we will send it a link to choose a new password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to sign-in</source>
        <translation>Back to sign-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a new password</source>
        <translation>Choose a new password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 10 characters. A few words you will remember make a good one.</source>
        <translation>At least 10 characters. A few words you will remember make a good one.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the new password</source>
        <translation>Save the new password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your password is changed, and you are signed out everywhere. Sign in with the new one.</source>
        <translation>Your password is changed, and you are signed out everywhere. Sign in with the new one.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm your e-mail address</source>
        <translation>Confirm your e-mail address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirming your address…</source>
        <translation>Confirming your address…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the settings</source>
        <translation>Go to the settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you: %{email} is confirmed.</source>
        <translation>Thank you: %{email} is confirmed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the link again</source>
        <translation>Send the link again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent. Check your mailbox.</source>
        <translation>Sent. Check your mailbox.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please confirm your e-mail address %{email}: follow the link we sent you.</source>
        <translation>Please confirm your e-mail address %{email}: follow the link we sent you.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not confirmed yet</source>
        <translation>Not confirmed yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No e-mail address yet.</source>
        <translation>No e-mail address yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New e-mail address</source>
        <translation>New e-mail address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the address</source>
        <translation>Change the address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Almost done: follow the link we sent to the new address. Until then, the old one stays.</source>
        <translation>Almost done: follow the link we sent to the new address. Until then, the old one stays.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the password</source>
        <translation>Change the password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a password</source>
        <translation>Set a password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password saved. Your other sessions are signed out.</source>
        <translation>Password saved. Your other sessions are signed out.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your other sessions are signed out when it changes.</source>
        <translation>Your other sessions are signed out when it changes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account signs in with a provider. Set a password to sign in with your name too.</source>
        <translation>Your account signs in with a provider. Set a password to sign in with your name too.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>web.achievements</name>
    <message>
        <location filename="../resources/web/strings/achievements.js" line="+4"/>
        <source>First match</source>
        <translation>First match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play a match to its end.</source>
        <translation>Play a match to its end.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First win</source>
        <translation>First win</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a match.</source>
        <translation>Win a match.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked winner</source>
        <translation>Ranked winner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a ranked match.</source>
        <translation>Win a ranked match.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine breaker</source>
        <translation>Machine breaker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beat the hard computer player.</source>
        <translation>Beat the hard computer player.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shutout</source>
        <translation>Shutout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a match without losing a point.</source>
        <translation>Win a match without losing a point.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comeback</source>
        <translation>Comeback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a match after trailing 0–5.</source>
        <translation>Win a match after trailing 0–5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a roll</source>
        <translation>On a roll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win five matches in a row.</source>
        <translation>Win five matches in a row.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play ten matches.</source>
        <translation>Play ten matches.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veteran</source>
        <translation>Veteran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play a hundred matches.</source>
        <translation>Play a hundred matches.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last one standing</source>
        <translation>Last one standing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a four-player match.</source>
        <translation>Win a four-player match.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a tournament.</source>
        <translation>Win a tournament.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contender</source>
        <translation>Contender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach a rating of 1600.</source>
        <translation>Reach a rating of 1600.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievements</source>
        <translation>Achievements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earned on %{date}</source>
        <translation>Earned on %{date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level %{level} · %{experience} experience points</source>
        <translation>Level %{level} · %{experience} experience points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress to the next level</source>
        <translation>Progress to the next level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next level at %{experience} points.</source>
        <translation>Next level at %{experience} points.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{earned} of %{total} earned.</source>
        <translation>%{earned} of %{total} earned.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievement unlocked: %{title}</source>
        <translation>Achievement unlocked: %{title}</translation>
    </message>
</context>
<context>
    <name>web.chat</name>
    <message>
        <location filename="../resources/web/strings/chat.js" line="+5"/>
        <source>You cannot message this player: one of you blocked the other.</source>
        <translation>You cannot message this player: one of you blocked the other.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All conversations</source>
        <translation>All conversations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the chat</source>
        <translation>Close the chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your conversations could not be loaded.</source>
        <translation>Your conversations could not be loaded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading your conversations…</source>
        <translation>Loading your conversations…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conversations yet. Open a player&apos;s profile and choose &quot;Message&quot; to write to them.</source>
        <translation>No conversations yet. Open a player&apos;s profile and choose &quot;Message&quot; to write to them.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unread</source>
        <translation>unread</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show earlier messages</source>
        <translation>Show earlier messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your message</source>
        <translation>Your message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter sends, Shift+Enter starts a new line.</source>
        <translation>Enter sends, Shift+Enter starts a new line.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile of %{name}</source>
        <translation>Profile of %{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite to a match</source>
        <translation>Invite to a match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the tournament</source>
        <translation>Open the tournament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the invitation</source>
        <translation>Send the invitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points to win</source>
        <translation>Points to win</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points to win: a whole number from 1 to 50.</source>
        <translation>Points to win: a whole number from 1 to 50.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected to the server: the invitation cannot be sent now.</source>
        <translation>Not connected to the server: the invitation cannot be sent now.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation sent.</source>
        <translation>Invitation sent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot invite this player: one of you blocked the other.</source>
        <translation>You cannot invite this player: one of you blocked the other.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{count} / %{max}</source>
        <translation>%{count} / %{max}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} is typing…</source>
        <translation>%{name} is typing…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{names} are typing…</source>
        <translation>%{names} are typing…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history could not be loaded.</source>
        <translation>The history could not be loaded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No messages yet. Say hello!</source>
        <translation>No messages yet. Say hello!</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>See the match</source>
        <translation>See the match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the invitation</source>
        <translation>Cancel the invitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You invited %{name} to a match</source>
        <translation>You invited %{name} to a match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} invites you to a match</source>
        <translation>%{name} invites you to a match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open until %{time}.</source>
        <translation>Open until %{time}.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Not connected to the server: try again in a moment.</source>
        <translation>Not connected to the server: try again in a moment.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removed by a moderator</source>
        <translation>Removed by a moderator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted with its account</source>
        <translation>Deleted with its account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent: %{reason}</source>
        <translation>Not sent: %{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen</source>
        <translation>Seen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report this message from %{name}</source>
        <translation>Report this message from %{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abuse or harassment</source>
        <translation>Abuse or harassment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheating</source>
        <translation>Cheating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the report</source>
        <translation>Send the report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why do you report it?</source>
        <translation>Why do you report it?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment (optional)</source>
        <translation>Comment (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you: the moderators will look at this message.</source>
        <translation>Thank you: the moderators will look at this message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You already reported this message.</source>
        <translation>You already reported this message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be sent: %{reason}</source>
        <translation>The report could not be sent: %{reason}</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>%{name}: %{text}</source>
        <translation>%{name}: %{text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New message from %{name}.</source>
        <translation>New message from %{name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat, %{count} unread</source>
        <translation>Chat, %{count} unread</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>You are muted until %{time}: you can read messages but not send them.</source>
        <translation>You are muted until %{time}: you can read messages but not send them.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are muted: you can read messages but not send them.</source>
        <translation>You are muted: you can read messages but not send them.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account is suspended: you cannot send messages.</source>
        <translation>Your account is suspended: you cannot send messages.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not a member of this conversation any more.</source>
        <translation>You are not a member of this conversation any more.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are sending messages too fast. Try again in %{seconds} s.</source>
        <translation>You are sending messages too fast. Try again in %{seconds} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You sent the same message three times in a row. Write something else, or wait half a minute.</source>
        <translation>You sent the same message three times in a row. Write something else, or wait half a minute.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write something before sending.</source>
        <translation>Write something before sending.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A message has at most 2,000 characters.</source>
        <translation>A message has at most 2,000 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This conversation does not exist any more.</source>
        <translation>This conversation does not exist any more.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is busy for a moment. Try again.</source>
        <translation>The server is busy for a moment. Try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot be reached. Check your connection and try again.</source>
        <translation>The server cannot be reached. Check your connection and try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message could not be sent (%{code}).</source>
        <translation>The message could not be sent (%{code}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round %{round}: %{first} plays %{second}.</source>
        <translation>Round %{round}: %{first} plays %{second}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round %{round}: no winner.</source>
        <translation>Round %{round}: no winner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round %{round}: %{winner} wins by walkover against %{loser}.</source>
        <translation>Round %{round}: %{winner} wins by walkover against %{loser}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round %{round}: %{winner} wins, %{loser} forfeited.</source>
        <translation>Round %{round}: %{winner} wins, %{loser} forfeited.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round %{round}: %{winner} beat %{loser}.</source>
        <translation>Round %{round}: %{winner} beat %{loser}.</translation>
    </message>
    <message>
        <source>%{winner} won the match, %{score}.</source>
        <translation type="vanished">%{winner} won the match, %{score}.</translation>
    </message>
    <message>
        <source>%{winner} won the match.</source>
        <translation type="vanished">%{winner} won the match.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tournament is over: %{winner} wins it!</source>
        <translation>The tournament is over: %{winner} wins it!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tournament is over.</source>
        <translation>The tournament is over.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tournament has started.</source>
        <translation>The tournament has started.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A message from the server.</source>
        <translation>A message from the server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for an answer</source>
        <translation>Waiting for an answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer available</source>
        <translation>No longer available</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No messages yet</source>
        <translation>No messages yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation to a match</source>
        <translation>Invitation to a match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You: %{text}</source>
        <translation>You: %{text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your conversations open in the chat panel, beside every page. Open it from the header at any time.</source>
        <translation>Your conversations open in the chat panel, beside every page. Open it from the header at any time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>web.connection</name>
    <message>
        <location filename="../resources/web/strings/connection.js" line="+4"/>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting in %{seconds} s</source>
        <translation>Reconnecting in %{seconds} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This page is out of date. Reload it to connect again.</source>
        <translation>This page is out of date. Reload it to connect again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your device is offline. The connection resumes when the network is back.</source>
        <translation>Your device is offline. The connection resumes when the network is back.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to the server was lost. Trying again by itself.</source>
        <translation>The connection to the server was lost. Trying again by itself.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is slow to answer. Still trying by itself.</source>
        <translation>The server is slow to answer. Still trying by itself.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to the server.</source>
        <translation>Connected to the server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server connection:</source>
        <translation>Server connection:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server connection</source>
        <translation>Server connection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused while you were away. It resumes when you use the page.</source>
        <translation>Paused while you were away. It resumes when you use the page.</translation>
    </message>
</context>
<context>
    <name>web.dashboard</name>
    <message>
        <location filename="../resources/web/strings/dashboard.js" line="+4"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the data as a table</source>
        <translation>Show the data as a table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the table</source>
        <translation>Hide the table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chart could not be drawn.</source>
        <translation>The chart could not be drawn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No wins or losses yet: play a match to see them here.</source>
        <translation>No wins or losses yet: play a match to see them here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wins and losses per day (practice included)</source>
        <translation>Wins and losses per day (practice included)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wins</source>
        <translation>Wins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Losses</source>
        <translation>Losses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No ranked matches yet: your rating is %{rating}.</source>
        <translation>No ranked matches yet: your rating is %{rating}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating after each ranked match</source>
        <translation>Rating after each ranked match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match end</source>
        <translation>Match end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No points yet in counted matches (one against one, practice excluded).</source>
        <translation>No points yet in counted matches (one against one, practice excluded).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points won and lost (counted one-against-one matches)</source>
        <translation>Points won and lost (counted one-against-one matches)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No matches played yet.</source>
        <translation>No matches played yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches by kind</source>
        <translation>Matches by kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of match</source>
        <translation>Kind of match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Played</source>
        <translation>Played</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading your results…</source>
        <translation>Loading your results…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results over time</source>
        <translation>Results over time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds of match</source>
        <translation>Kinds of match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your statistics</source>
        <translation>Your statistics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Player</source>
        <translation>Player</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players and their results</source>
        <translation>Players and their results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives left</source>
        <translation>Lives left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forfeited</source>
        <translation>Forfeited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it ended</source>
        <translation>How it ended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked</source>
        <translation>Ranked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time in play</source>
        <translation>Time in play</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key presses recorded</source>
        <translation>Key presses recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the match…</source>
        <translation>Loading the match…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no such match.</source>
        <translation>There is no such match.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> vs </source>
        <translation> vs </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match %{id}: %{players}</source>
        <translation>Match %{id}: %{players}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players</source>
        <translation>Players</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives left at the end</source>
        <translation>Lives left at the end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final score</source>
        <translation>Final score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About this match</source>
        <translation>About this match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over time</source>
        <translation>Over time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No point was scored in this match.</source>
        <translation>No point was scored in this match.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives after each point</source>
        <translation>Lives after each point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score after each point</source>
        <translation>Score after each point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paddle hits</source>
        <translation>Paddle hits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hits</source>
        <translation>Hits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest rally</source>
        <translation>Longest rally</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average rally</source>
        <translation>Average rally</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hits</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message>
        <source>%{count} hits</source>
        <translation type="vanished">%{count} hits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wins, losses, streaks and points count matches against people only; practice (one keyboard, or against the computer) is in the chart above and in “Kinds of match”.</source>
        <translation>Wins, losses, streaks and points count matches against people only; practice (one keyboard, or against the computer) is in the chart above and in “Kinds of match”.</translation>
    </message>
    <message>
        <source>A timeline of the points is not available: the server keeps the keys pressed, not when each point was scored.</source>
        <translation type="vanished">A timeline of the points is not available: the server keeps the keys pressed, not when each point was scored.</translation>
    </message>
</context>
<context>
    <name>web.form</name>
    <message>
        <location filename="../resources/web/strings/form.js" line="+4"/>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter an email address.</source>
        <translation>Enter an email address.</translation>
    </message>
    <message>
        <source>Use at least %{count} characters.</source>
        <translation type="vanished">Use at least %{count} characters.</translation>
    </message>
    <message>
        <source>Use at most %{count} characters.</source>
        <translation type="vanished">Use at most %{count} characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This value is not valid.</source>
        <translation>This value is not valid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot be reached. Check your connection and try again.</source>
        <translation>The server cannot be reached. Check your connection and try again.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in %{seconds} seconds.</source>
        <translation type="vanished">Too many attempts. Try again in %{seconds} seconds.</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Use at most %n character.</numerusform>
            <numerusform>Use at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too many attempts. Try again in %n seconds.</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n second.</numerusform>
            <numerusform>Too many attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many attempts. Try again later.</source>
        <translation>Too many attempts. Try again later.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some fields need your attention.</source>
        <translation>Some fields need your attention.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong. Please try again.</source>
        <translation>Something went wrong. Please try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use %{min} to %{max} characters.</source>
        <translation>Use %{min} to %{max} characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a whole number from %{min} to %{max}.</source>
        <translation>Enter a whole number from %{min} to %{max}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is already taken. Choose another.</source>
        <translation>This is already taken. Choose another.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This email address already has an account.</source>
        <translation>This email address already has an account.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use 3 to 20 letters (a-z), digits or underscores.</source>
        <translation>Use 3 to 20 letters (a-z), digits or underscores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use only letters, digits, spaces and _ - . &apos;</source>
        <translation>Use only letters, digits, spaces and _ - . &apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This password is one of the most common ones. Choose another.</source>
        <translation>This password is one of the most common ones. Choose another.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password must not be your user name or email address.</source>
        <translation>The password must not be your user name or email address.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This text holds a character that cannot be saved.</source>
        <translation>This text holds a character that cannot be saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a language from the list.</source>
        <translation>Choose a language from the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not your password.</source>
        <translation>This is not your password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code is not valid.</source>
        <translation>This code is not valid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This code was just used. Wait for the next one in your app.</source>
        <translation>This code was just used. Wait for the next one in your app.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the control characters.</source>
        <translation>Remove the control characters.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Confirm it is you (your password or a code) to make this change.</source>
        <translation>Confirm it is you (your password or a code) to make this change.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This name is used twice (names ignore case).</source>
        <translation>This name is used twice (names ignore case).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List %{min} to %{max} players.</source>
        <translation>List %{min} to %{max} players.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another player uses your display name here: choose an alias.</source>
        <translation>Another player uses your display name here: choose an alias.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be at least the minimum number of players.</source>
        <translation>Must be at least the minimum number of players.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot choose yourself.</source>
        <translation>You cannot choose yourself.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not allowed to do this.</source>
        <translation>You are not allowed to do this.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This was not found. It may have been removed.</source>
        <translation>This was not found. It may have been removed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again to continue.</source>
        <translation>Sign in again to continue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is busy. Try again in a moment.</source>
        <translation>The server is busy. Try again in a moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This conflicts with something that already exists.</source>
        <translation>This conflicts with something that already exists.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="vanished">Saved.</translation>
    </message>
</context>
<context>
    <name>web.friends</name>
    <message>
        <location filename="../resources/web/strings/friends.js" line="+4"/>
        <source>Friends</source>
        <translation>Friends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a game</source>
        <translation>In a game</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are already friends.</source>
        <translation>You are already friends.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A friend request is already waiting.</source>
        <translation>A friend request is already waiting.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A block between you stops friend requests.</source>
        <translation>A block between you stops friend requests.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You already blocked this player.</source>
        <translation>You already blocked this player.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is no longer possible: the page was out of date.</source>
        <translation>This is no longer possible: the page was out of date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading your friends…</source>
        <translation>Loading your friends…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No friends yet. Find players on the Players page and ask them.</source>
        <translation>No friends yet. Find players on the Players page and ask them.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No requests waiting for you.</source>
        <translation>No requests waiting for you.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No requests waiting for an answer.</source>
        <translation>No requests waiting for an answer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have blocked nobody.</source>
        <translation>You have blocked nobody.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} is no longer your friend.</source>
        <translation>%{name} is no longer your friend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You and %{name} are now friends.</source>
        <translation>You and %{name} are now friends.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You declined the request of %{name}.</source>
        <translation>You declined the request of %{name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your request to %{name} is cancelled.</source>
        <translation>Your request to %{name} is cancelled.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unblock</source>
        <translation>Unblock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You unblocked %{name}.</source>
        <translation>You unblocked %{name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name}: %{status}.</source>
        <translation>%{name}: %{status}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find players to add</source>
        <translation>Find players to add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your friends</source>
        <translation>Your friends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests for you</source>
        <translation>Requests for you</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests you sent</source>
        <translation>Requests you sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked players</source>
        <translation>Blocked players</translation>
    </message>
</context>
<context>
    <name>web.home</name>
    <message>
        <location filename="../resources/web/strings/home.js" line="+4"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to Transcendence</source>
        <translation>Welcome to Transcendence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcendence is a Pong tournament platform. Play in the browser or in the desktop app, challenge your friends, and climb the tournament brackets.</source>
        <translation>Transcendence is a Pong tournament platform. Play in the browser or in the desktop app, challenge your friends, and climb the tournament brackets.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live connection</source>
        <translation>Live connection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This page keeps a live connection to the game server. Matches, chat and tournament updates travel over it.</source>
        <translation>This page keeps a live connection to the game server. Matches, chat and tournament updates travel over it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the server status</source>
        <translation>See the server status</translation>
    </message>
    <message>
        <source>What you will find here</source>
        <translation type="vanished">What you will find here</translation>
    </message>
    <message>
        <source>Pong against a friend on one keyboard, or online.</source>
        <translation type="vanished">Pong against a friend on one keyboard, or online.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play now</source>
        <translation>Play now</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Tournaments with brackets that update live.</source>
        <translation>Tournaments with brackets that update live.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Your match history and statistics.</source>
        <translation type="vanished">Your match history and statistics.</translation>
    </message>
    <message>
        <source>A free account takes a minute: matches in the browser are played on the server and saved to your history.</source>
        <translation type="vanished">A free account takes a minute: matches in the browser are played on the server and saved to your history.</translation>
    </message>
    <message>
        <source>These are being built now. Today this site shows the state of its server.</source>
        <translation type="vanished">These are being built now. Today this site shows the state of its server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you can do here</source>
        <translation>What you can do here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pong against a friend on one keyboard, against the computer, or online.</source>
        <translation>Pong against a friend on one keyboard, against the computer, or online.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A leaderboard, achievements and levels, your match history and statistics.</source>
        <translation>A leaderboard, achievements and levels, your match history and statistics.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desktop app</source>
        <translation>The desktop app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desktop app plays the same matches, and also offline on your computer without an account.</source>
        <translation>The desktop app plays the same matches, and also offline on your computer without an account.</translation>
    </message>
    <message>
        <source>It is built from the project’s source code with Qt 6: see “Quick start” in its README.</source>
        <translation type="vanished">It is built from the project’s source code with Qt 6: see “Quick start” in its README.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of your friends is online.</source>
        <translation>None of your friends is online.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your friends could not be loaded.</source>
        <translation>Your friends could not be loaded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody to rank yet.</source>
        <translation>Nobody to rank yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your rank: %{rank} of %{total}.</source>
        <translation>Your rank: %{rank} of %{total}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole leaderboard</source>
        <translation>The whole leaderboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No matches yet: your results will show here.</source>
        <translation>No matches yet: your results will show here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome back, %{name}</source>
        <translation>Welcome back, %{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick play</source>
        <translation>Quick play</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tournaments</source>
        <translation>Tournaments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friends online</source>
        <translation>Friends online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top of the leaderboard</source>
        <translation>Top of the leaderboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your recent results</source>
        <translation>Your recent results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one keyboard</source>
        <translation>one keyboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>against the computer</source>
        <translation>against the computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ranked</source>
        <translation>ranked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>private</source>
        <translation>private</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 players</source>
        <translation>4 players</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tournament</source>
        <translation>tournament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The live matches could not be loaded.</source>
        <translation>The live matches could not be loaded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The leaderboard could not be loaded.</source>
        <translation>The leaderboard could not be loaded.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n matches being played now.</source>
        <translation>
            <numerusform>%n match being played now.</numerusform>
            <numerusform>%n matches being played now.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No match is being played right now.</source>
        <translation>No match is being played right now.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch the live matches</source>
        <translation>Watch the live matches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to watch them.</source>
        <translation>Sign in to watch them.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build it from the project’s source code on Debian 12 (Qt 6):</source>
        <translation>Build it from the project’s source code on Debian 12 (Qt 6):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a copy of the source code, run %{command}: it installs what is missing and builds the server and the app.</source>
        <translation>In a copy of the source code, run %{command}: it installs what is missing and builds the server and the app.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the app:</source>
        <translation>Start the app:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter this server’s address:</source>
        <translation>Enter this server’s address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The README’s “Quick start” section has the details.</source>
        <translation>The README’s “Quick start” section has the details.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an account</source>
        <translation>Create an account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No account needed to play against the computer or a friend at your keyboard. A free account adds online matches, tournaments, the leaderboard and your history.</source>
        <translation>No account needed to play against the computer or a friend at your keyboard. A free account adds online matches, tournaments, the leaderboard and your history.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live now</source>
        <translation>Live now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your tournaments could not be loaded.</source>
        <translation>Your tournaments could not be loaded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have joined: it starts when its organiser starts it.</source>
        <translation>You have joined: it starts when its organiser starts it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The final</source>
        <translation>The final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round %{round} of %{rounds}</source>
        <translation>Round %{round} of %{rounds}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>against %{name}</source>
        <translation>against %{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>against the winner of the match before</source>
        <translation>against the winner of the match before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your match is ready: go to the bracket</source>
        <translation>Your match is ready: go to the bracket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the other players of this round.</source>
        <translation>Waiting for the other players of this round.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are in no tournament now.</source>
        <translation>You are in no tournament now.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find one to join</source>
        <translation>Find one to join</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All your friends</source>
        <translation>All your friends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your results could not be loaded.</source>
        <translation>Your results could not be loaded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your statistics</source>
        <translation>Your statistics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your next tournament match</source>
        <translation>Your next tournament match</translation>
    </message>
</context>
<context>
    <name>web.leaderboard</name>
    <message>
        <location filename="../resources/web/strings/leaderboard.js" line="+4"/>
        <source>Players by rating, highest first</source>
        <translation>Players by rating, highest first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Player</source>
        <translation>Player</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked matches</source>
        <translation>Ranked matches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher ranks</source>
        <translation>Higher ranks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower ranks</source>
        <translation>Lower ranks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your rank: %{rank} of %{total}, rating %{rating}.</source>
        <translation>Your rank: %{rank} of %{total}, rating %{rating}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places %{from} to %{to} of %{total}.</source>
        <translation>Places %{from} to %{to} of %{total}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody to rank yet.</source>
        <translation>Nobody to rank yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaderboard</source>
        <translation>Leaderboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only me and my friends</source>
        <translation>Only me and my friends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaderboard pages</source>
        <translation>Leaderboard pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} (you)</source>
        <translation>%{name} (you)</translation>
    </message>
</context>
<context>
    <name>web.nav</name>
    <message>
        <location filename="../resources/web/strings/nav.js" line="+4"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server status</source>
        <translation>Server status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main navigation</source>
        <translation>Main navigation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language could not be loaded. Please try again.</source>
        <translation>The language could not be loaded. Please try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign up</source>
        <translation>Sign up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
</context>
<context>
    <name>web.notfound</name>
    <message>
        <location filename="../resources/web/strings/notfound.js" line="+4"/>
        <source>Page not found</source>
        <translation>Page not found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no page at %{path}.</source>
        <translation>There is no page at %{path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The link may be mistyped or out of date.</source>
        <translation>The link may be mistyped or out of date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the home page</source>
        <translation>Go to the home page</translation>
    </message>
</context>
<context>
    <name>web.notifications</name>
    <message>
        <location filename="../resources/web/strings/notifications.js" line="+5"/>
        <source>New:</source>
        <translation>New:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark all as read</source>
        <translation>Mark all as read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See all notifications</source>
        <translation>See all notifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing new.</source>
        <translation>Nothing new.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notifications, %{count} unread</source>
        <translation>Notifications, %{count} unread</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New notification: %{text}</source>
        <translation>New notification: %{text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join</source>
        <translation>Join</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tournament match</source>
        <translation>Tournament match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} asks to be your friend.</source>
        <translation>%{name} asks to be your friend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} accepted your friend request.</source>
        <translation>%{name} accepted your friend request.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} invites you to a match.</source>
        <translation>%{name} invites you to a match.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your tournament match against %{name} is ready.</source>
        <translation>Your tournament match against %{name} is ready.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your tournament match is ready.</source>
        <translation>Your tournament match is ready.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tournament you joined has started.</source>
        <translation>A tournament you joined has started.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tournament you played is over.</source>
        <translation>A tournament you played is over.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tournament you joined was cancelled.</source>
        <translation>A tournament you joined was cancelled.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>News from a tournament you joined.</source>
        <translation>News from a tournament you joined.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A moderator muted you in the chat until %{time}.</source>
        <translation>A moderator muted you in the chat until %{time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A moderator muted you in the chat.</source>
        <translation>A moderator muted you in the chat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A moderator lifted your mute: you can write again.</source>
        <translation>A moderator lifted your mute: you can write again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A moderator removed one of your messages.</source>
        <translation>A moderator removed one of your messages.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A notice from the moderators.</source>
        <translation>A notice from the moderators.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something new happened.</source>
        <translation>Something new happened.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show older notifications</source>
        <translation>Show older notifications</translation>
    </message>
</context>
<context>
    <name>web.play</name>
    <message>
        <location filename="../resources/web/strings/play.js" line="+4"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match notifications</source>
        <translation>Match notifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} invites you to a match</source>
        <translation>%{name} invites you to a match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires in %{seconds} s.</source>
        <translation>Expires in %{seconds} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your match is still running</source>
        <translation>Your match is still running</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to it before your seat is forfeited.</source>
        <translation>Go back to it before your seat is forfeited.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume the match</source>
        <translation>Resume the match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your tournament match is ready: %{you} vs %{opponent}</source>
        <translation>Your tournament match is ready: %{you} vs %{opponent}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter within %{seconds} s or lose by walkover.</source>
        <translation>Enter within %{seconds} s or lose by walkover.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the match</source>
        <translation>Enter the match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} invites you to a match.</source>
        <translation>%{name} invites you to a match.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your match is still running.</source>
        <translation>Your match is still running.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your tournament match is ready.</source>
        <translation>Your tournament match is ready.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one keyboard</source>
        <translation>one keyboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>against the computer</source>
        <translation>against the computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ranked</source>
        <translation>ranked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>private</source>
        <translation>private</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 players</source>
        <translation>4 players</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tournament</source>
        <translation>tournament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live matches</source>
        <translation>Live matches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches being played now. Watching is read-only.</source>
        <translation>Matches being played now. Watching is read-only.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The live matches could not be loaded.</source>
        <translation>The live matches could not be loaded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No match is being played right now.</source>
        <translation>No match is being played right now.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{kind} · %{spectators} watching</source>
        <translation>%{kind} · %{spectators} watching</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch</source>
        <translation>Watch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The match was played to the end.</source>
        <translation>The match was played to the end.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A player left the match.</source>
        <translation>A player left the match.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A player did not come back in time.</source>
        <translation>A player did not come back in time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A player did not show up.</source>
        <translation>A player did not show up.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody won: the match was abandoned.</source>
        <translation>Nobody won: the match was abandoned.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are watching: the keys do nothing here.</source>
        <translation>You are watching: the keys do nothing here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move your paddle with W and S or the Up and Down arrow keys while the game field has focus.</source>
        <translation>Move your paddle with W and S or the Up and Down arrow keys while the game field has focus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move your paddle with A and D or the Left and Right arrow keys while the game field has focus.</source>
        <translation>Move your paddle with A and D or the Left and Right arrow keys while the game field has focus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left player: W and S. Right player: Up and Down arrow keys. Click the game field or tab to it first.</source>
        <translation>Left player: W and S. Right player: Up and Down arrow keys. Click the game field or tab to it first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left: W and S. Right: Up and Down arrows. Top: C (left) and V (right). Bottom: N (left) and M (right). Click the game field or tab to it first.</source>
        <translation>Left: W and S. Right: Up and Down arrows. Top: C (left) and V (right). Bottom: N (left) and M (right). Click the game field or tab to it first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the players</source>
        <translation>Waiting for the players</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get ready</source>
        <translation>Get ready</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playing</source>
        <translation>Playing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watching a match</source>
        <translation>Watching a match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joining the match…</source>
        <translation>Joining the match…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Game field</source>
        <translation>Game field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>game field</source>
        <translation>game field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoreboard</source>
        <translation>Scoreboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop watching</source>
        <translation>Stop watching</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the match</source>
        <translation>Leave the match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this match? Leaving a match between people counts as a loss.</source>
        <translation>Leave this match? Leaving a match between people counts as a loss.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Player %{number}</source>
        <translation>Player %{number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out</source>
        <translation>out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>computer</source>
        <translation>computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ping unknown</source>
        <translation>ping unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ping %{ms} ms</source>
        <translation>ping %{ms} ms</translation>
    </message>
    <message>
        <source>%{lives} lives</source>
        <translation type="vanished">%{lives} lives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your connection: %{ms} ms round trip</source>
        <translation>Your connection: %{ms} ms round trip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Game field. Score: %{score}</source>
        <translation>Game field. Score: %{score}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} is missing.</source>
        <translation>%{name} is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} is missing: forfeit in %{seconds} s.</source>
        <translation>%{name} is missing: forfeit in %{seconds} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay: %{players}</source>
        <translation>Replay: %{players}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watching: %{players}</source>
        <translation>Watching: %{players}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match: %{players}</source>
        <translation>Match: %{players}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controls of %{name}</source>
        <translation>Controls of %{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watching %{players}.</source>
        <translation>Watching %{players}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match started: %{players}. %{settings}</source>
        <translation>Match started: %{players}. %{settings}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} is out.</source>
        <translation>%{name} is out.</translation>
    </message>
    <message>
        <source>Get ready: play starts in %{seconds} seconds.</source>
        <translation type="vanished">Get ready: play starts in %{seconds} seconds.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play!</source>
        <translation>Play!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No winner</source>
        <translation>No winner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} wins!</source>
        <translation>%{name} wins!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match over</source>
        <translation>Match over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch the replay</source>
        <translation>Watch the replay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forfeited</source>
        <translation>forfeited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the match record</source>
        <translation>See the match record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This match could not be stored.</source>
        <translation>This match could not be stored.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the tournament</source>
        <translation>Back to the tournament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play again</source>
        <translation>Play again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The match is paused.</source>
        <translation>The match is paused.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The match is paused: waiting for %{names}.</source>
        <translation>The match is paused: waiting for %{names}.</translation>
    </message>
    <message>
        <source>Everyone is here: play resumes in %{seconds} seconds.</source>
        <translation type="vanished">Everyone is here: play resumes in %{seconds} seconds.</translation>
    </message>
    <message numerus="yes">
        <location line="-31"/>
        <source>%n lives</source>
        <translation>
            <numerusform>%n life</numerusform>
            <numerusform>%n lives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Get ready: play starts in %n seconds.</source>
        <translation>
            <numerusform>Get ready: play starts in %n second.</numerusform>
            <numerusform>Get ready: play starts in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Everyone is here: play resumes in %n seconds.</source>
        <translation>
            <numerusform>Everyone is here: play resumes in %n second.</numerusform>
            <numerusform>Everyone is here: play resumes in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This match continues in another tab or app.</source>
        <translation>This match continues in another tab or app.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The replay could not be started.</source>
        <translation>The replay could not be started.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This match is over or does not exist.</source>
        <translation>This match is over or does not exist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classic</source>
        <translation>Classic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pillars</source>
        <translation>Pillars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crossroads</source>
        <translation>Crossroads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bigger paddle</source>
        <translation>Bigger paddle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller opponent paddles</source>
        <translation>Smaller opponent paddles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faster ball</source>
        <translation>Faster ball</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-ball</source>
        <translation>Multi-ball</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 vs 1</source>
        <translation>1 vs 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>map %{map}</source>
        <translation>map %{map}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first to %{points}, by two clear points</source>
        <translation>first to %{points}, by two clear points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first to %{points}</source>
        <translation>first to %{points}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ball speed %{speed}</source>
        <translation>ball speed %{speed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paddle %{length}</source>
        <translation>paddle %{length}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>power-ups: %{list}</source>
        <translation>power-ups: %{list}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no power-ups</source>
        <translation>no power-ups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ball speed (serve)</source>
        <translation>Ball speed (serve)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed added per hit</source>
        <translation>Speed added per hit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum ball speed</source>
        <translation>Maximum ball speed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paddle size</source>
        <translation>Paddle size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paddle speed</source>
        <translation>Paddle speed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points to win (1 vs 1)</source>
        <translation>Points to win (1 vs 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives (4 players)</source>
        <translation>Lives (4 players)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds before a serve</source>
        <translation>Seconds before a serve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds between power-ups</source>
        <translation>Seconds between power-ups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds a power-up stays</source>
        <translation>Seconds a power-up stays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds an effect lasts</source>
        <translation>Seconds an effect lasts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a number from %{min} to %{max}.</source>
        <translation>Enter a number from %{min} to %{max}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a whole number.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be at least the ball speed.</source>
        <translation>Must be at least the ball speed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This value is not valid.</source>
        <translation>This value is not valid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the classic game</source>
        <translation>Back to the classic game</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some settings need your attention.</source>
        <translation>Some settings need your attention.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match settings</source>
        <translation>Match settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win by two clear points (1 vs 1)</source>
        <translation>Win by two clear points (1 vs 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power-ups</source>
        <translation>Power-ups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More settings</source>
        <translation>More settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are already in a match.</source>
        <translation>You are already in a match.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are already waiting in a queue.</source>
        <translation>You are already waiting in a queue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can only invite your friends.</source>
        <translation>You can only invite your friends.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This friend is not online.</source>
        <translation>This friend is not online.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This friend is busy in a match or a queue.</source>
        <translation>This friend is busy in a match or a queue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is busy for a moment. Try again.</source>
        <translation>The server is busy for a moment. Try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused these settings: %{details}</source>
        <translation>The server refused these settings: %{details}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That did not work (%{code}).</source>
        <translation>That did not work (%{code}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected to the server yet. Wait a moment and try again.</source>
        <translation>Not connected to the server yet. Wait a moment and try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easy</source>
        <translation>Easy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard</source>
        <translation>Hard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the queue</source>
        <translation>Leave the queue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking for 3 opponents.</source>
        <translation>Looking for 3 opponents.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking for an opponent.</source>
        <translation>Looking for an opponent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players waiting: %{count}. Rating %{rating}, accepting ±%{window}. Waited %{seconds} s.</source>
        <translation>Players waiting: %{count}. Rating %{rating}, accepting ±%{window}. Waited %{seconds} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation sent to %{name}: waiting for an answer (%{seconds} s left).</source>
        <translation>Invitation sent to %{name}: waiting for an answer (%{seconds} s left).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your friends could not be loaded.</source>
        <translation>Your friends could not be loaded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No friends yet. Add some from their profiles to invite them.</source>
        <translation>No friends yet. Add some from their profiles to invite them.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in a match</source>
        <translation>in a match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite %{name}</source>
        <translation>Invite %{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are in the queue.</source>
        <translation>You are in the queue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You left the queue.</source>
        <translation>You left the queue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation sent to %{name}.</source>
        <translation>Invitation sent to %{name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your invitation was declined.</source>
        <translation>Your invitation was declined.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The invitation was cancelled.</source>
        <translation>The invitation was cancelled.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The invitation expired.</source>
        <translation>The invitation expired.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The invitation could not be delivered.</source>
        <translation>The invitation could not be delivered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose how to play</source>
        <translation>Choose how to play</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two players, one keyboard</source>
        <translation>Two players, one keyboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left player W and S, right player the Up and Down arrows.</source>
        <translation>Left player W and S, right player the Up and Down arrows.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a local match</source>
        <translation>Start a local match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against the computer</source>
        <translation>Against the computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You play on the left.</source>
        <translation>You play on the left.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difficulty</source>
        <translation>Difficulty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the computer</source>
        <translation>Play the computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Four players, one keyboard</source>
        <translation>Four players, one keyboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left W/S, right Up/Down, top C/V, bottom N/M.</source>
        <translation>Left W/S, right Up/Down, top C/V, bottom N/M.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a 4-player match</source>
        <translation>Start a 4-player match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online matchmaking</source>
        <translation>Online matchmaking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meet players of a similar rating who chose the same settings.</source>
        <translation>Meet players of a similar rating who chose the same settings.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find an opponent</source>
        <translation>Find an opponent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a 4-player match</source>
        <translation>Find a 4-player match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite a friend</source>
        <translation>Invite a friend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A private 1 vs 1 with the settings below. Your friend must be online.</source>
        <translation>A private 1 vs 1 with the settings below. Your friend must be online.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch the matches being played now</source>
        <translation>Watch the matches being played now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn sound on</source>
        <translation>Turn sound on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn sound off</source>
        <translation>Turn sound off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bigger paddle</source>
        <translation>bigger paddle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smaller paddles for the others</source>
        <translation>smaller paddles for the others</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>faster ball</source>
        <translation>faster ball</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more balls</source>
        <translation>more balls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power-ups:</source>
        <translation>Power-ups:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this match? It ends here.</source>
        <translation>Leave this match? It ends here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an account to keep your results</source>
        <translation>Create an account to keep your results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest matches are not saved.</source>
        <translation>Guest matches are not saved.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The match ended because nobody played for a while.</source>
        <translation>The match ended because nobody played for a while.</translation>
    </message>
    <message>
        <source>The match ended: nobody pressed a key for a minute and a half.</source>
        <translation type="vanished">The match ended: nobody pressed a key for a minute and a half.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Too many guest matches are being played right now. Try again in a few minutes, or sign in.</source>
        <translation>Too many guest matches are being played right now. Try again in a few minutes, or sign in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are playing as a guest: your matches are not saved and do not count for the leaderboard.</source>
        <translation>You are playing as a guest: your matches are not saved and do not count for the leaderboard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a free account</source>
        <translation>Create a free account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a free account you also play online, join tournaments and keep your results.</source>
        <translation>With a free account you also play online, join tournaments and keep your results.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>to play online, join tournaments and keep your results, or</source>
        <translation type="vanished">to play online, join tournaments and keep your results, or</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation type="vanished">sign in</translation>
    </message>
</context>
<context>
    <name>web.profile</name>
    <message>
        <location filename="../resources/web/strings/profile.js" line="+4"/>
        <source>The picture is larger than 2 MiB.</source>
        <translation>The picture is larger than 2 MiB.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a PNG, JPEG or WebP picture.</source>
        <translation>Choose a PNG, JPEG or WebP picture.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture has too many pixels (at most 8192 a side).</source>
        <translation>The picture has too many pixels (at most 8192 a side).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture could not be read. It may be damaged.</source>
        <translation>The picture could not be read. It may be damaged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of this site and of our emails to you.</source>
        <translation>The language of this site and of our emails to you.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your current avatar</source>
        <translation>Your current avatar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the chosen picture</source>
        <translation>Preview of the chosen picture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload the picture</source>
        <translation>Upload the picture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the avatar</source>
        <translation>Remove the avatar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your new avatar is saved.</source>
        <translation>Your new avatar is saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your avatar is removed. The generated one is shown instead.</source>
        <translation>Your avatar is removed. The generated one is shown instead.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a picture</source>
        <translation>Choose a picture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG, JPEG or WebP, at most 2 MiB. It is cropped to a square.</source>
        <translation>PNG, JPEG or WebP, at most 2 MiB. It is cropped to a square.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use only letters, digits, spaces and _ - . &apos;</source>
        <translation>Use only letters, digits, spaces and _ - . &apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How other players see you: 3 to 20 characters.</source>
        <translation>How other players see you: 3 to 20 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About you</source>
        <translation>About you</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to 500 characters, shown as plain text on your profile.</source>
        <translation>Up to 500 characters, shown as plain text on your profile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the profile</source>
        <translation>Save the profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your profile is saved.</source>
        <translation>Your profile is saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your details</source>
        <translation>Your details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your profile</source>
        <translation>Your profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading your profile…</source>
        <translation>Loading your profile…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See your profile as others see it</source>
        <translation>See your profile as others see it</translation>
    </message>
</context>
<context>
    <name>web.reauth</name>
    <message>
        <location filename="../resources/web/strings/reauth.js" line="+4"/>
        <source>Two-factor sign-in is off: use your password.</source>
        <translation>Two-factor sign-in is off: use your password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again with %{provider}</source>
        <translation>Sign in again with %{provider}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code from your authenticator app</source>
        <translation>Code from your authenticator app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the 6 digits shown by your app.</source>
        <translation>Enter the 6 digits shown by your app.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you. Continuing.</source>
        <translation>Thank you. Continuing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use my password</source>
        <translation>Use my password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a code from my authenticator app</source>
        <translation>Use a code from my authenticator app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a recovery code</source>
        <translation>Use a recovery code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm it is you</source>
        <translation>Confirm it is you</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This change needs a recent proof that you are the owner of this account.</source>
        <translation>This change needs a recent proof that you are the owner of this account.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again with the service you use, then try once more.</source>
        <translation>Sign in again with the service you use, then try once more.</translation>
    </message>
</context>
<context>
    <name>web.settings</name>
    <message>
        <location filename="../resources/web/strings/settings.js" line="+4"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server offers no other sign-in providers.</source>
        <translation>This server offers no other sign-in providers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink %{provider}</source>
        <translation>Unlink %{provider}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link %{provider}</source>
        <translation>Link %{provider}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{provider} is unlinked.</source>
        <translation>%{provider} is unlinked.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is your only way to sign in: set a password before unlinking it.</source>
        <translation>This is your only way to sign in: set a password before unlinking it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked as %{login} since %{date}</source>
        <translation>Linked as %{login} since %{date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not linked</source>
        <translation>Not linked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop app</source>
        <translation>Desktop app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web browser</source>
        <translation>Web browser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: %{ip}</source>
        <translation>Address: %{ip}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last active: %{date}</source>
        <translation>Last active: %{date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in: %{date}</source>
        <translation>Signed in: %{date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out this session</source>
        <translation>Sign out this session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session is signed out.</source>
        <translation>The session is signed out.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device</source>
        <translation>This device</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out everywhere</source>
        <translation>Sign out everywhere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, sign out everywhere</source>
        <translation>Yes, sign out everywhere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every session of this account ends, this one too. Continue?</source>
        <translation>Every session of this account ends, this one too. Continue?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are signed out on every device.</source>
        <translation>You are signed out on every device.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For your safety, sign out and sign in again, then retry within 10 minutes.</source>
        <translation>For your safety, sign out and sign in again, then retry within 10 minutes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download my data (JSON)</source>
        <translation>Download my data (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data is downloading.</source>
        <translation>Your data is downloading.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymize my account</source>
        <translation>Anonymize my account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name, e-mail, profile and sign-in methods are erased; your match results stay, under an anonymous name. You will be signed out and cannot sign in again. This cannot be undone.</source>
        <translation>Your name, e-mail, profile and sign-in methods are erased; your match results stay, under an anonymous name. You will be signed out and cannot sign in again. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account is anonymized.</source>
        <translation>Your account is anonymized.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete my account</source>
        <translation>Delete my account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account and everything that refers to it are erased; matches you played stay without your name. You will be signed out. This cannot be undone.</source>
        <translation>Your account and everything that refers to it are erased; matches you played stay without your name. You will be signed out. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete my account for good</source>
        <translation>Delete my account for good</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account is deleted.</source>
        <translation>Your account is deleted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data</source>
        <translation>Your data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything the platform keeps about you, in one JSON file.</source>
        <translation>Everything the platform keeps about you, in one JSON file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the platform</source>
        <translation>Leave the platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language could not be loaded. Please try again.</source>
        <translation>The language could not be loaded. Please try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language saved.</source>
        <translation>Language saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of your account</source>
        <translation>Language of your account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved with your account; this site switches to it at once.</source>
        <translation>Saved with your account; this site switches to it at once.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display preference saved.</source>
        <translation>Display preference saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibility</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These choices apply to this browser.</source>
        <translation>These choices apply to this browser.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black text on white, underlined links and a strong focus outline.</source>
        <translation>Black text on white, underlined links and a strong focus outline.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduce motion</source>
        <translation>Reduce motion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No animations or transitions. Follows your system setting until you change it.</source>
        <translation>No animations or transitions. Follows your system setting until you change it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-factor authentication</source>
        <translation>Two-factor authentication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked sign-in providers</source>
        <translation>Linked sign-in providers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active sessions</source>
        <translation>Active sessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
</context>
<context>
    <name>web.shell</name>
    <message>
        <location filename="../resources/web/strings/shell.js" line="+4"/>
        <source>%{page} – Transcendence</source>
        <translation>%{page} – Transcendence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip to main content</source>
        <translation>Skip to main content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcendence %{version}: a Pong tournament platform.</source>
        <translation>Transcendence %{version}: a Pong tournament platform.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bootstrap licence</source>
        <translation>Bootstrap licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy policy</source>
        <translation>Privacy policy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms of service</source>
        <translation>Terms of service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your session ended. Please sign in again.</source>
        <translation>Your session ended. Please sign in again.</translation>
    </message>
</context>
<context>
    <name>web.signin</name>
    <message>
        <location filename="../resources/web/strings/signin.js" line="+4"/>
        <source>The user name, e-mail address or password is wrong.</source>
        <translation>The user name, e-mail address or password is wrong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account has been suspended. Contact the administrators if you think this is a mistake.</source>
        <translation>This account has been suspended. Contact the administrators if you think this is a mistake.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code is not valid. Check it and try again.</source>
        <translation>This code is not valid. Check it and try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This sign-in attempt has expired. Please start again.</source>
        <translation>This sign-in attempt has expired. Please start again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or</source>
        <translation>or</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with %{provider}</source>
        <translation>Sign in with %{provider}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code from your authenticator app</source>
        <translation>Code from your authenticator app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the 6 digits shown by your app.</source>
        <translation>Enter the 6 digits shown by your app.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open your authenticator app and enter the 6-digit code for Transcendence.</source>
        <translation>Open your authenticator app and enter the 6-digit code for Transcendence.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the recovery codes you saved when you turned on two-factor sign-in. Each works once.</source>
        <translation>One of the recovery codes you saved when you turned on two-factor sign-in. Each works once.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-factor sign-in</source>
        <translation>Two-factor sign-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are signed in.</source>
        <translation>You are signed in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the code from my authenticator app</source>
        <translation>Use the code from my authenticator app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a recovery code instead</source>
        <translation>Use a recovery code instead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account is protected by a second step.</source>
        <translation>Your account is protected by a second step.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an account</source>
        <translation>Create an account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name or e-mail address</source>
        <translation>User name or e-mail address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the code from your authenticator app.</source>
        <translation>Enter the code from your authenticator app.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New here?</source>
        <translation>New here?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in</source>
        <translation>Signing in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completing the sign-in…</source>
        <translation>Completing the sign-in…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in could not be completed.</source>
        <translation>The sign-in could not be completed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgot your password?</source>
        <translation>Forgot your password?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code from the e-mail we sent you</source>
        <translation>Code from the e-mail we sent you</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the 6 digits of the e-mail.</source>
        <translation>Enter the 6 digits of the e-mail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We sent a 6-digit code to your e-mail address. It works once, for 5 minutes.</source>
        <translation>We sent a 6-digit code to your e-mail address. It works once, for 5 minutes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the code from the e-mail</source>
        <translation>Use the code from the e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the code we sent you by e-mail.</source>
        <translation>Enter the code we sent you by e-mail.</translation>
    </message>
</context>
<context>
    <name>web.signup</name>
    <message>
        <location filename="../resources/web/strings/signup.js" line="+4"/>
        <source>(opens in a new tab)</source>
        <translation>(opens in a new tab)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have read the %{privacy} and the %{terms}.</source>
        <translation>I have read the %{privacy} and the %{terms}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>privacy policy</source>
        <translation>privacy policy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terms of service</source>
        <translation>terms of service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please confirm that you have read the privacy policy and the terms of service.</source>
        <translation>Please confirm that you have read the privacy policy and the terms of service.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an account</source>
        <translation>Create an account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use 3 to 20 letters, digits or underscores.</source>
        <translation>Use 3 to 20 letters, digits or underscores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 to 20 letters (A–Z), digits or underscores. You sign in with it.</source>
        <translation>3 to 20 letters (A–Z), digits or underscores. You sign in with it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 to 128 characters. Common passwords are refused; a few unrelated words make a strong one.</source>
        <translation>10 to 128 characters. Common passwords are refused; a few unrelated words make a strong one.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name (optional)</source>
        <translation>Display name (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What other players see, 3 to 20 characters. Your user name if left empty.</source>
        <translation>What other players see, 3 to 20 characters. Your user name if left empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create my account</source>
        <translation>Create my account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account is ready. You are signed in.</source>
        <translation>Your account is ready. You are signed in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already have an account?</source>
        <translation>Already have an account?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>web.status</name>
    <message>
        <location filename="../resources/web/strings/status.js" line="+4"/>
        <source>HTTP status</source>
        <translation>HTTP status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error code</source>
        <translation>Error code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uptime</source>
        <translation>Uptime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not responding</source>
        <translation>Not responding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reachable</source>
        <translation>Reachable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not ready</source>
        <translation>Not ready</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol version (this page)</source>
        <translation>Protocol version (this page)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol version (server)</source>
        <translation>Protocol version (server)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection id</source>
        <translation>Connection id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heartbeat interval</source>
        <translation>Heartbeat interval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ping round trip</source>
        <translation>Ping round trip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server time (last pong)</source>
        <translation>Server time (last pong)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last disconnection</source>
        <translation>Last disconnection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close code %{code}</source>
        <translation>Close code %{code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last server error</source>
        <translation>Last server error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server status</source>
        <translation>Server status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web server</source>
        <translation>Web server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real-time connection</source>
        <translation>Real-time connection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last checked at %{time}.</source>
        <translation>Last checked at %{time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live answers from this server’s health checks and from the page’s real-time connection.</source>
        <translation>Live answers from this server’s health checks and from the page’s real-time connection.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real-time play</source>
        <translation>Real-time play</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degraded</source>
        <translation>Degraded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outage</source>
        <translation>Outage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degraded service</source>
        <translation>Degraded service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since %{time}</source>
        <translation>Since %{time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All systems working</source>
        <translation>All systems working</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some parts are degraded</source>
        <translation>Some parts are degraded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players online</source>
        <translation>Players online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches being played</source>
        <translation>Matches being played</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections (signed in / guests)</source>
        <translation>Connections (signed in / guests)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players waiting in queues</source>
        <translation>Players waiting in queues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests (server errors)</source>
        <translation>Requests (server errors)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slowest 1 % of answers under</source>
        <translation>Slowest 1 % of answers under</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Game steps late by (99 %)</source>
        <translation>Game steps late by (99 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs waiting for the database</source>
        <translation>Jobs waiting for the database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-ins (failed)</source>
        <translation>Sign-ins (failed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by rate limits</source>
        <translation>Refused by rate limits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{mib} MiB</source>
        <translation>%{mib} MiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU time</source>
        <translation>CPU time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No deploy yet.</source>
        <translation>No deploy yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post the note</source>
        <translation>Post the note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve the note</source>
        <translation>Resolve the note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident note</source>
        <translation>Incident note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What players should know</source>
        <translation>What players should know</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent deploys</source>
        <translation>Recent deploys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note is on the status page.</source>
        <translation>The note is on the status page.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note is resolved.</source>
        <translation>The note is resolved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No note is open.</source>
        <translation>No note is open.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server (admins)</source>
        <translation>Server (admins)</translation>
    </message>
</context>
<context>
    <name>web.tournaments</name>
    <message>
        <location filename="../resources/web/strings/tournaments.js" line="+4"/>
        <source>Tournaments</source>
        <translation>Tournaments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open for entries</source>
        <translation>open for entries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter 3 to 16 players, one per line.</source>
        <translation>Enter 3 to 16 players, one per line.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each name must have 1 to 32 characters.</source>
        <translation>Each name must have 1 to 32 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name %{name} appears twice.</source>
        <translation>The name %{name} appears twice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot be reached. Try again.</source>
        <translation>The server cannot be reached. Try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That did not work. Try again.</source>
        <translation>That did not work. Try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tournaments could not be loaded.</source>
        <translation>The tournaments could not be loaded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>%{count} players</source>
        <translation type="vanished">%{count} players</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n players</source>
        <translation>
            <numerusform>%n player</numerusform>
            <numerusform>%n players</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>winner: %{name}</source>
        <translation>winner: %{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tournament yet.</source>
        <translation>No tournament yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local: everyone at this keyboard</source>
        <translation>Local: everyone at this keyboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online: players join from their accounts</source>
        <translation>Online: players join from their accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players (one name per line, in seeding order)</source>
        <translation>Players (one name per line, in seeding order)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 to 16 names of 1 to 32 characters, all different.</source>
        <translation>3 to 16 names of 1 to 32 characters, all different.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players needed to start</source>
        <translation>Players needed to start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most players</source>
        <translation>Most players</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every match uses the settings chosen on the Play page: %{settings}.</source>
        <translation>Every match uses the settings chosen on the Play page: %{settings}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the settings</source>
        <translation>Change the settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the tournament</source>
        <translation>Create the tournament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a name of 1 to 64 characters.</source>
        <translation>Enter a name of 1 to 64 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a whole number from 3 to 16.</source>
        <translation>Enter a whole number from 3 to 16.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a whole number from 3 to 16, at least the players needed.</source>
        <translation>Enter a whole number from 3 to 16, at least the players needed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tournament created.</source>
        <translation>Tournament created.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tournaments</source>
        <translation>All tournaments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New tournament</source>
        <translation>New tournament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to be decided</source>
        <translation>to be decided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>played</source>
        <translation>played</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>walkover</source>
        <translation>walkover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bye</source>
        <translation>bye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forfeit</source>
        <translation>forfeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semi-finals</source>
        <translation>Semi-finals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round %{number}</source>
        <translation>Round %{number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tournament</source>
        <translation>Tournament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bracket</source>
        <translation>Bracket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players</source>
        <translation>Players</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local tournament</source>
        <translation>Local tournament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online tournament</source>
        <translation>Online tournament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Winner: %{name}</source>
        <translation>Winner: %{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} wins the tournament!</source>
        <translation>%{name} wins the tournament!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tournament ended without a winner.</source>
        <translation>The tournament ended without a winner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match: %{match}</source>
        <translation>Next match: %{match}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play this match on this keyboard</source>
        <translation>Play this match on this keyboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected to the server yet. Try again in a moment.</source>
        <translation>Not connected to the server yet. Try again in a moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in this tournament (optional)</source>
        <translation>Name in this tournament (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join</source>
        <translation>Join</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the tournament</source>
        <translation>Leave the tournament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this tournament? Once it runs, you forfeit your matches.</source>
        <translation>Leave this tournament? Once it runs, you forfeit your matches.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start now</source>
        <translation>Start now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the tournament</source>
        <translation>Cancel the tournament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your match</source>
        <translation>Enter your match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>winner</source>
        <translation>winner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record</source>
        <translation>record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready to play</source>
        <translation>ready to play</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bracket is drawn when the tournament starts.</source>
        <translation>The bracket is drawn when the tournament starts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed %{seed}</source>
        <translation>seed %{seed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left</source>
        <translation>left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This tournament does not exist.</source>
        <translation>This tournament does not exist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No match is ready to be played.</source>
        <translation>No match is ready to be played.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A match is already being played.</source>
        <translation>A match is already being played.</translation>
    </message>
</context>
<context>
    <name>web.twofactor</name>
    <message>
        <location filename="../resources/web/strings/twofactor.js" line="+4"/>
        <source>This code is not valid. Check it and try again.</source>
        <translation>This code is not valid. Check it and try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The setup has expired. Please start again.</source>
        <translation>The setup has expired. Please start again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-factor sign-in is already on.</source>
        <translation>Two-factor sign-in is already on.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-factor sign-in is already off.</source>
        <translation>Two-factor sign-in is already off.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the codes</source>
        <translation>Copy the codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery codes are copied.</source>
        <translation>The recovery codes are copied.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying is not allowed here. Download the codes instead.</source>
        <translation>Copying is not allowed here. Download the codes instead.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the codes</source>
        <translation>Download the codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have saved them</source>
        <translation>I have saved them</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your recovery codes</source>
        <translation>Your recovery codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each code signs you in once if you lose your phone. Keep them somewhere safe: they will not be shown again.</source>
        <translation>Each code signs you in once if you lose your phone. Keep them somewhere safe: they will not be shown again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in asks for a code from your authenticator app.</source>
        <translation>Signing in asks for a code from your authenticator app.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a code from an authenticator app to your password when you sign in.</source>
        <translation>Add a code from an authenticator app to your password when you sign in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on two-factor sign-in</source>
        <translation>Turn on two-factor sign-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code to scan with your authenticator app</source>
        <translation>QR code to scan with your authenticator app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6-digit code from the app</source>
        <translation>6-digit code from the app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the 6 digits shown by your app.</source>
        <translation>Enter the 6 digits shown by your app.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up your authenticator app</source>
        <translation>Set up your authenticator app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm and turn on</source>
        <translation>Confirm and turn on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-factor sign-in is on.</source>
        <translation>Two-factor sign-in is on.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan this QR code with an authenticator app, or type in the key below. Then enter the code the app shows.</source>
        <translation>Scan this QR code with an authenticator app, or type in the key below. Then enter the code the app shows.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key to type in:</source>
        <translation>Key to type in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A code from my app</source>
        <translation>A code from my app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recovery code</source>
        <translation>A recovery code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My password</source>
        <translation>My password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn off two-factor sign-in</source>
        <translation>Turn off two-factor sign-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-factor sign-in is off.</source>
        <translation>Two-factor sign-in is off.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To turn it off, confirm with</source>
        <translation>To turn it off, confirm with</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm your e-mail address first: the codes are sent there.</source>
        <translation>Confirm your e-mail address first: the codes are sent there.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in asks for a code sent to your e-mail address.</source>
        <translation>Signing in asks for a code sent to your e-mail address.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use codes sent by e-mail</source>
        <translation>Use codes sent by e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No authenticator app? Get each sign-in code by e-mail instead.</source>
        <translation>No authenticator app? Get each sign-in code by e-mail instead.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6-digit code from the e-mail</source>
        <translation>6-digit code from the e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the 6 digits of the e-mail.</source>
        <translation>Enter the 6 digits of the e-mail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your mailbox</source>
        <translation>Check your mailbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in codes by e-mail are on.</source>
        <translation>Sign-in codes by e-mail are on.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We sent a 6-digit code to %{address}. Enter it within 10 minutes.</source>
        <translation>We sent a 6-digit code to %{address}. Enter it within 10 minutes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn off codes by e-mail</source>
        <translation>Turn off codes by e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in codes by e-mail are off.</source>
        <translation>Sign-in codes by e-mail are off.</translation>
    </message>
</context>
<context>
    <name>web.users</name>
    <message>
        <location filename="../resources/web/strings/users.js" line="+4"/>
        <source>Players</source>
        <translation>Players</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives left: %{lives}</source>
        <translation>Lives left: %{lives}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against %{opponents}</source>
        <translation>Against %{opponents}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer matches</source>
        <translation>Newer matches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older matches</source>
        <translation>Older matches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match history pages</source>
        <translation>Match history pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading matches…</source>
        <translation>Loading matches…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The match history could not be loaded.</source>
        <translation>The match history could not be loaded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No matches played yet.</source>
        <translation>No matches played yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches %{from} to %{to} of %{total}.</source>
        <translation>Matches %{from} to %{to} of %{total}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match history</source>
        <translation>Match history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against the computer</source>
        <translation>Against the computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked</source>
        <translation>Ranked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Four players</source>
        <translation>Four players</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tournament</source>
        <translation>Tournament</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win</source>
        <translation>Win</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No result</source>
        <translation>No result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Played to the end</source>
        <translation>Played to the end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forfeit</source>
        <translation>Forfeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous player</source>
        <translation>Anonymous player</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show more players</source>
        <translation>Show more players</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No player found for “%{query}”.</source>
        <translation>No player found for “%{query}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players found for “%{query}”: %{count}.</source>
        <translation>Players found for “%{query}”: %{count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for a player</source>
        <translation>Search for a player</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The beginning of a user name or display name.</source>
        <translation>The beginning of a user name or display name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wins in a row: %{count}</source>
        <translation>Wins in a row: %{count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Losses in a row: %{count}</source>
        <translation>Losses in a row: %{count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wins</source>
        <translation>Wins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Losses</source>
        <translation>Losses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>Win rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current streak</source>
        <translation>Current streak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best winning streak</source>
        <translation>Best winning streak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked matches</source>
        <translation>Ranked matches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points won and lost</source>
        <translation>Points won and lost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You blocked %{name}.</source>
        <translation>You blocked %{name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are friends.</source>
        <translation>You are friends.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove friend</source>
        <translation>Remove friend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} is no longer your friend.</source>
        <translation>%{name} is no longer your friend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} asked to be your friend.</source>
        <translation>%{name} asked to be your friend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You and %{name} are now friends.</source>
        <translation>You and %{name} are now friends.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You declined the request of %{name}.</source>
        <translation>You declined the request of %{name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your friend request is waiting for an answer.</source>
        <translation>Your friend request is waiting for an answer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the request</source>
        <translation>Cancel the request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your friend request is cancelled.</source>
        <translation>Your friend request is cancelled.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unblock</source>
        <translation>Unblock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You unblocked %{name}.</source>
        <translation>You unblocked %{name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add friend</source>
        <translation>Add friend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friend request sent to %{name}.</source>
        <translation>Friend request sent to %{name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Player profile</source>
        <translation>Player profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the profile…</source>
        <translation>Loading the profile…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no such player.</source>
        <translation>There is no such player.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} – Transcendence</source>
        <translation>%{name} – Transcendence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avatar of %{name}</source>
        <translation>Avatar of %{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No bio yet.</source>
        <translation>No bio yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit your profile</source>
        <translation>Edit your profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
</context>
</TS>
