<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ConnectionStatusPanel</name>
    <message>
        <location filename="../client-qml/qml/network/ConnectionStatusPanel.qml" line="+16"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reachable</source>
        <translation>Доступен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreachable</source>
        <translation>Недоступен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting…</source>
        <translation>Переподключение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnected</source>
        <translation>Отключено</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Server: %1</source>
        <translation>Сервер: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server version: %1</source>
        <translation>Версия сервера: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Live connection</source>
        <translation>Соединение в реальном времени</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Live connection: %1</source>
        <translation>Соединение в реальном времени: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ping</source>
        <translation>Пинг</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ping: %1</source>
        <translation>Пинг: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Problem: %1</source>
        <translation>Проблема: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retry now</source>
        <translation>Повторить сейчас</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry the live connection now</source>
        <translation>Повторить подключение сейчас</translation>
    </message>
</context>
<context>
    <name>HealthAnswer</name>
    <message>
        <location filename="../client-qml/network/HealthAnswer.cpp" line="+14"/>
        <source>The server answered HTTP %1.</source>
        <translation>Сервер ответил HTTP %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This address does not answer like a Transcendence server.</source>
        <translation>По этому адресу отвечает не сервер Transcendence.</translation>
    </message>
</context>
<context>
    <name>LanguageSelector</name>
    <message>
        <location filename="../client-qml/qml/settings/LanguageSelector.qml" line="+14"/>
        <source>Language</source>
        <translation>Язык</translation>
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
        <translation>Введите адрес сервера, например https://localhost:8443</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a valid URL.</source>
        <translation>Это недопустимый URL.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address must start with https:// or http://.</source>
        <translation>Адрес должен начинаться с https:// или http://.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address needs a host name.</source>
        <translation>В адресе должно быть имя хоста.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address must not contain a user name, &apos;?&apos; or &apos;#&apos;.</source>
        <translation>Адрес не должен содержать имя пользователя, «?» или «#».</translation>
    </message>
</context>
<context>
    <name>ServerUrlForm</name>
    <message>
        <location filename="../client-qml/qml/network/ServerUrlForm.qml" line="+26"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Address of the Transcendence server this app connects to.</source>
        <translation>Адрес сервера Transcendence, к которому подключается приложение.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect to this server</source>
        <translation>Подключиться к этому серверу</translation>
    </message>
</context>
<context>
    <name>transcendence::client::RealtimeClient</name>
    <message>
        <location filename="../client-qml/network/RealtimeClient.cpp" line="+147"/>
        <source>The server does not support this version of the app (protocol %1). Please update the app.</source>
        <translation>Сервер не поддерживает эту версию приложения (протокол %1). Обновите приложение.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is restarting.</source>
        <translation>Сервер перезапускается.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server stopped hearing from this app and closed the connection.</source>
        <translation>Сервер перестал получать данные от приложения и закрыл соединение.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The server sent an unexpected message: %1</source>
        <translation>Сервер прислал неожиданное сообщение: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No answer from the server.</source>
        <translation>Сервер не отвечает.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::ServerStatus</name>
    <message>
        <location filename="../client-qml/network/ServerStatus.cpp" line="+89"/>
        <source>No answer within %1 seconds.</source>
        <translation>Нет ответа в течение %1 с.</translation>
    </message>
</context>
<context>
    <name>web.connection</name>
    <message>
        <location filename="../resources/web/strings/connection.js" line="+4"/>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting in %{seconds} s</source>
        <translation>Переподключение через %{seconds} с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting…</source>
        <translation>Переподключение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This page is out of date. Reload it to connect again.</source>
        <translation>Эта страница устарела. Перезагрузите её, чтобы подключиться снова.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your device is offline. The connection resumes when the network is back.</source>
        <translation>Ваше устройство не в сети. Соединение восстановится, когда появится сеть.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to the server was lost. Trying again by itself.</source>
        <translation>Соединение с сервером потеряно. Повторная попытка выполняется автоматически.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to the server.</source>
        <translation>Подключено к серверу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server connection:</source>
        <translation>Соединение с сервером:</translation>
    </message>
</context>
<context>
    <name>web.home</name>
    <message>
        <location filename="../resources/web/strings/home.js" line="+4"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to Transcendence</source>
        <translation>Добро пожаловать в Transcendence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcendence is a Pong tournament platform. Play in the browser or in the desktop app, challenge your friends, and climb the tournament brackets.</source>
        <translation>Transcendence — платформа турниров по понгу. Играйте в браузере или в настольном приложении, бросайте вызов друзьям и поднимайтесь по турнирной сетке.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live connection</source>
        <translation>Соединение в реальном времени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This page keeps a live connection to the game server. Matches, chat and tournament updates travel over it.</source>
        <translation>Эта страница поддерживает постоянное соединение с игровым сервером. По нему передаются матчи, чат и обновления турниров.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the server status</source>
        <translation>Посмотреть состояние сервера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you will find here</source>
        <translation>Что вас здесь ждёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pong against a friend on one keyboard, or online.</source>
        <translation>Понг с другом за одной клавиатурой или по сети.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tournaments with brackets that update live.</source>
        <translation>Турниры с сеткой, которая обновляется в реальном времени.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your match history and statistics.</source>
        <translation>История ваших матчей и статистика.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These are being built now. Today this site shows the state of its server.</source>
        <translation>Всё это сейчас в разработке. Пока сайт показывает состояние своего сервера.</translation>
    </message>
</context>
<context>
    <name>web.nav</name>
    <message>
        <location filename="../resources/web/strings/nav.js" line="+4"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server status</source>
        <translation>Состояние сервера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main navigation</source>
        <translation>Основная навигация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language could not be loaded. Please try again.</source>
        <translation>Не удалось загрузить язык. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>web.notfound</name>
    <message>
        <location filename="../resources/web/strings/notfound.js" line="+4"/>
        <source>Page not found</source>
        <translation>Страница не найдена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no page at %{path}.</source>
        <translation>По адресу %{path} страницы нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The link may be mistyped or out of date.</source>
        <translation>Возможно, ссылка набрана с ошибкой или устарела.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the home page</source>
        <translation>На главную</translation>
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
        <translation>Перейти к основному содержимому</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcendence %{version}: a Pong tournament platform.</source>
        <translation>Transcendence %{version}: платформа турниров по понгу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bootstrap licence</source>
        <translation>Лицензия Bootstrap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy policy</source>
        <translation>Политика конфиденциальности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms of service</source>
        <translation>Условия использования</translation>
    </message>
</context>
<context>
    <name>web.status</name>
    <message>
        <location filename="../resources/web/strings/status.js" line="+4"/>
        <source>HTTP status</source>
        <translation>Код HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error code</source>
        <translation>Код ошибки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>Работает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uptime</source>
        <translation>Время работы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not responding</source>
        <translation>Не отвечает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>Готов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reachable</source>
        <translation>Доступна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not ready</source>
        <translation>Не готов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol version (this page)</source>
        <translation>Версия протокола (эта страница)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol version (server)</source>
        <translation>Версия протокола (сервер)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection id</source>
        <translation>Идентификатор соединения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heartbeat interval</source>
        <translation>Интервал пульса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ping round trip</source>
        <translation>Пинг (туда и обратно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server time (last pong)</source>
        <translation>Время сервера (последний понг)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last disconnection</source>
        <translation>Последнее отключение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close code %{code}</source>
        <translation>Код закрытия %{code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last server error</source>
        <translation>Последняя ошибка сервера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server status</source>
        <translation>Состояние сервера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web server</source>
        <translation>Веб-сервер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real-time connection</source>
        <translation>Соединение в реальном времени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last checked at %{time}.</source>
        <translation>Последняя проверка в %{time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live answers from this server’s health checks and from the page’s real-time connection.</source>
        <translation>Актуальные ответы проверок работоспособности сервера и соединения страницы в реальном времени.</translation>
    </message>
</context>
</TS>
