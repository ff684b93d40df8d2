<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>LanguageSelector</name>
    <message>
        <location filename="../client-qml/qml/settings/LanguageSelector.qml" line="+14"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../client-qml/qml/shell/MainWindow.qml" line="+21"/>
        <location line="+28"/>
        <source>Transcendence</source>
        <translation>Transcendence</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <location filename="../client-qml/network/ServerUrl.cpp" line="+21"/>
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
        <location line="+4"/>
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
    <name>transcendence::client::RealtimeClient</name>
    <message>
        <location filename="../client-qml/network/RealtimeClient.cpp" line="+147"/>
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
        <location line="+36"/>
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
        <source>Connected to the server.</source>
        <translation>Connected to the server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server connection:</source>
        <translation>Server connection:</translation>
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
        <location line="+1"/>
        <source>What you will find here</source>
        <translation>What you will find here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pong against a friend on one keyboard, or online.</source>
        <translation>Pong against a friend on one keyboard, or online.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tournaments with brackets that update live.</source>
        <translation>Tournaments with brackets that update live.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your match history and statistics.</source>
        <translation>Your match history and statistics.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These are being built now. Today this site shows the state of its server.</source>
        <translation>These are being built now. Today this site shows the state of its server.</translation>
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
</context>
</TS>
