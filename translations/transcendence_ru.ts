<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AchievementList</name>
    <message>
        <location filename="../client-qml/qml/social/AchievementList.qml" line="+17"/>
        <source>First match</source>
        <translation>Первый матч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First win</source>
        <translation>Первая победа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked winner</source>
        <translation>Рейтинговый победитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine breaker</source>
        <translation>Гроза машин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shutout</source>
        <translation>Всухую</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comeback</source>
        <translation>Камбэк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a roll</source>
        <translation>Серия побед</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular</source>
        <translation>Завсегдатай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veteran</source>
        <translation>Ветеран</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last one standing</source>
        <translation>Последний выживший</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Champion</source>
        <translation>Чемпион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contender</source>
        <translation>Претендент</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Play a match to its end.</source>
        <translation>Сыграйте матч до конца.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a match.</source>
        <translation>Выиграйте матч.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a ranked match.</source>
        <translation>Выиграйте рейтинговый матч.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beat the hard computer player.</source>
        <translation>Победите компьютер на сложном уровне.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a match without losing a point.</source>
        <translation>Выиграйте матч, не пропустив ни одного очка.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a match after trailing 0–5.</source>
        <translation>Выиграйте матч, уступая 0–5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win five matches in a row.</source>
        <translation>Выиграйте пять матчей подряд.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play ten matches.</source>
        <translation>Сыграйте десять матчей.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play a hundred matches.</source>
        <translation>Сыграйте сто матчей.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a four-player match.</source>
        <translation>Выиграйте матч на четверых.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a tournament.</source>
        <translation>Выиграйте турнир.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach a rating of 1600.</source>
        <translation>Достигните рейтинга 1600.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Achievements</source>
        <translation>Достижения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level %1 · %2 experience points</source>
        <translation>Уровень %1 · очков опыта: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Progress to the next level</source>
        <translation>Прогресс до следующего уровня</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next level at %1 points.</source>
        <translation>Следующий уровень — при %1 очках.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Earned on %1</source>
        <translation>Получено %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet</source>
        <translation>Ещё нет</translation>
    </message>
</context>
<context>
    <name>AdminConfirmDialog</name>
    <message>
        <location filename="../client-qml/qml/admin/AdminConfirmDialog.qml" line="+13"/>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reason (kept in the audit log)</source>
        <translation>Причина (сохраняется в журнале аудита)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../client-qml/qml/admin/AdminPage.qml" line="+27"/>
        <location line="+1"/>
        <source>a deleted account</source>
        <translation>удалённая учётная запись</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 banned %2</source>
        <translation>%1 заблокировал(а) %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 lifted the ban on %2</source>
        <translation>%1 снял(а) блокировку с %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 made %2 an administrator</source>
        <translation>%1 назначил(а) %2 администратором</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 made %2 a regular player</source>
        <translation>%1 сделал(а) %2 обычным игроком</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 removed the avatar of %2</source>
        <translation>%1 удалил(а) аватар %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was made an administrator on the server&apos;s command line</source>
        <translation>%1 назначен(а) администратором из командной строки сервера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 on %3</source>
        <translation>%1: %2 для %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Connected players</source>
        <translation>Игроков в сети</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Live matches</source>
        <translation>Матчей сейчас</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matches today (UTC)</source>
        <translation>Матчей сегодня (UTC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server figures</source>
        <translation>Показатели сервера</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for the server…</source>
        <translation>Ожидание сервера…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Updated at %1, every %n second(s) while this page is open.</source>
        <translation>
            <numerusform>Обновлено в %1, каждую %n секунду, пока эта страница открыта.</numerusform>
            <numerusform>Обновлено в %1, каждые %n секунды, пока эта страница открыта.</numerusform>
            <numerusform>Обновлено в %1, каждые %n секунд, пока эта страница открыта.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chat reports</source>
        <translation>Жалобы в чате</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>User name, display name or e-mail</source>
        <translation>Имя пользователя, отображаемое имя или эл. почта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search users</source>
        <translation>Поиск пользователей</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search</source>
        <translation>Найти</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n account(s), newest first.</source>
        <translation>
            <numerusform>%n учётная запись, сначала новые.</numerusform>
            <numerusform>%n учётные записи, сначала новые.</numerusform>
            <numerusform>%n учётных записей, сначала новые.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n account(s) match “%1”.</source>
        <translation>
            <numerusform>%n учётная запись соответствует «%1».</numerusform>
            <numerusform>%n учётные записи соответствуют «%1».</numerusform>
            <numerusform>%n учётных записей соответствуют «%1».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Admin</source>
        <translation>Админ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Banned</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+57"/>
        <source>Show more</source>
        <translation>Показать ещё</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>No administrator action yet.</source>
        <translation>Действий администраторов пока нет.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
</context>
<context>
    <name>AdminReportsPage</name>
    <message numerus="yes">
        <location filename="../client-qml/qml/admin/AdminReportsPage.qml" line="+24"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chat reports</source>
        <translation>Жалобы в чате</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolved</source>
        <translation>Рассмотренные</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n жалоба</numerusform>
            <numerusform>%n жалобы</numerusform>
            <numerusform>%n жалоб</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Removed by a moderator</source>
        <translation>Удалено модератором</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written by %1 · reported by %2 · %3</source>
        <translation>Автор: %1 · пожаловался: %2 · %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>a deleted account</source>
        <translation>удалённый аккаунт</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete the message</source>
        <translation>Удалить сообщение</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+31"/>
        <source>Dismiss</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Mute the sender</source>
        <translation>Запретить автору писать</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete this message?</source>
        <translation>Удалить это сообщение?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone in the conversation will see &quot;removed by a moderator&quot; instead.</source>
        <translation>Все участники беседы увидят вместо него «удалено модератором».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dismiss this report?</source>
        <translation>Отклонить эту жалобу?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message stays as it is.</source>
        <translation>Сообщение останется как есть.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mute %1?</source>
        <translation>Запретить %1 писать?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They can read but not send messages until the mute ends. For how long?</source>
        <translation>До окончания запрета он сможет читать, но не писать сообщения. На какой срок?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mute</source>
        <translation>Запретить</translation>
    </message>
</context>
<context>
    <name>AdminServerPage</name>
    <message>
        <location filename="../client-qml/qml/admin/AdminServerPage.qml" line="+21"/>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real-time play</source>
        <translation>Игра в реальном времени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="vanished">Сервер</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server figures</source>
        <translation>Показатели сервера</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Waiting for the server…</source>
        <translation>Ожидание сервера…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1, up for %2. Updated at %3.</source>
        <translation>Версия %1, работает %2. Обновлено в %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минуту</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>up</source>
        <translation>работает</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>degraded</source>
        <translation>сбои</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signed-in connections</source>
        <translation>Подключения вошедших игроков</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guest connections</source>
        <translation>Гостевые подключения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Live matches</source>
        <translation>Текущие матчи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting in queues</source>
        <translation>В очередях</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HTTP requests</source>
        <translation>HTTP-запросы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server errors</source>
        <translation>Ошибки сервера</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jobs waiting for the database</source>
        <translation>Задач ждут базу данных</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused by rate limits</source>
        <translation>Отклонено ограничениями частоты</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Slowest 1 % of answers under</source>
        <translation>Самый медленный 1 % ответов быстрее</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Game steps late by (99 %)</source>
        <translation>Задержка игровых шагов (99 %)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-ins (failed)</source>
        <translation>Входы (неудачные)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 MiB</source>
        <translation>%1 МиБ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPU time</source>
        <translation>Время процессора</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recent deploys</source>
        <translation>Последние развёртывания</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No deploy yet.</source>
        <translation>Развёртываний пока не было.</translation>
    </message>
</context>
<context>
    <name>AdminUserPage</name>
    <message>
        <location filename="../client-qml/qml/admin/AdminUserPage.qml" line="+35"/>
        <source>Local</source>
        <translation>Локальный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against the AI</source>
        <translation>Против ИИ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked</source>
        <translation>Рейтинговый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>Частный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Four players</source>
        <translation>Четыре игрока</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tournament</source>
        <translation>Турнир</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Won</source>
        <translation>Победа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Поражение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No result</source>
        <translation>Без результата</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>anonymous player</source>
        <translation>анонимный игрок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Avatar</source>
        <translation>Аватар</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Player</source>
        <translation>Игрок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member since %1</source>
        <translation>участник с %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Banned since %1. Reason: %2</source>
        <translation>Заблокирован с %1. Причина: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+155"/>
        <source>Ban</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Lift the ban</source>
        <translation>Снять блокировку</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove administrator role</source>
        <translation>Снять роль администратора</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+150"/>
        <source>Make administrator</source>
        <translation>Сделать администратором</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Remove avatar</source>
        <translation>Удалить аватар</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is your own account: you cannot ban yourself.</source>
        <translation>Это ваша собственная учётная запись: заблокировать себя нельзя.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Active sessions (%1)</source>
        <translation>Активные сеансы (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No active session.</source>
        <translation>Активных сеансов нет.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>App</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web browser</source>
        <translation>Веб-браузер</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signed in %1, last used %2</source>
        <translation>Вход %1, последнее использование %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Matches (%1)</source>
        <translation>Матчи (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No match played yet.</source>
        <translation>Матчей пока не было.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Against %1</source>
        <translation>Против: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show more</source>
        <translation>Показать ещё</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ban %1?</source>
        <translation>Заблокировать %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every session of this account ends at once and it cannot sign in until the ban is lifted.</source>
        <translation>Все сеансы этой учётной записи сразу завершатся, и войти в неё будет нельзя, пока блокировка не снята.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the administrator role?</source>
        <translation>Снять роль администратора?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make %1 an administrator?</source>
        <translation>Сделать %1 администратором?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account loses access to the administration at once.</source>
        <translation>Эта учётная запись сразу потеряет доступ к администрированию.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account can then ban players, change roles and read the audit log.</source>
        <translation>Эта учётная запись сможет блокировать игроков, менять роли и читать журнал аудита.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the role</source>
        <translation>Снять роль</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the avatar?</source>
        <translation>Удалить аватар?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The uploaded picture is deleted; the account gets its generated avatar back.</source>
        <translation>Загруженное изображение удаляется; учётной записи возвращается сгенерированный аватар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>Avatar</name>
    <message>
        <location filename="../client-qml/qml/social/Avatar.qml" line="+31"/>
        <source>Avatar of %1</source>
        <translation>Аватар игрока %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avatar</source>
        <translation>Аватар</translation>
    </message>
</context>
<context>
    <name>BracketView</name>
    <message>
        <location filename="../client-qml/qml/play/BracketView.qml" line="+35"/>
        <source>Final</source>
        <translation>Финал</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Semi-finals</source>
        <translation>Полуфиналы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round %1</source>
        <translation>Раунд %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>to be decided</source>
        <translation>пока неизвестно</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bye</source>
        <translation>свободный проход</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../client-qml/qml/dashboard/ChartCard.qml" line="+117"/>
        <source>Hide the numbers</source>
        <translation>Скрыть числа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the numbers</source>
        <translation>Показать числа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the numbers of “%1”</source>
        <translation>Скрыть числа «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the numbers of “%1”</source>
        <translation>Показать числа «%1»</translation>
    </message>
</context>
<context>
    <name>ChatDock</name>
    <message>
        <location filename="../client-qml/qml/chat/ChatDock.qml" line="+45"/>
        <source>All conversations</source>
        <translation>Все беседы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close the chat</source>
        <translation>Закрыть чат</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../client-qml/qml/chat/ChatPage.qml" line="+16"/>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
</context>
<context>
    <name>ConnectionBadge</name>
    <message>
        <location filename="../client-qml/qml/shell/ConnectionBadge.qml" line="+16"/>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected, ping %1 ms</source>
        <translation>Подключено, пинг %1 мс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected to the server</source>
        <translation>Нет подключения к серверу</translation>
    </message>
</context>
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
    <name>ConversationList</name>
    <message>
        <location filename="../client-qml/qml/chat/ConversationList.qml" line="+25"/>
        <source>No messages yet.</source>
        <translation>Сообщений пока нет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invitation to a match</source>
        <translation>Приглашение на матч</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed by a moderator</source>
        <translation>Удалено модератором</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted account</source>
        <translation>Удалённый аккаунт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You: %1</source>
        <translation>Вы: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No conversations yet. Open a player&apos;s profile and choose &quot;Message&quot;.</source>
        <translation>Бесед пока нет. Откройте профиль игрока и нажмите «Написать».</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1, %n unread message(s)</source>
        <translation>
            <numerusform>%1, %n непрочитанное сообщение</numerusform>
            <numerusform>%1, %n непрочитанных сообщения</numerusform>
            <numerusform>%1, %n непрочитанных сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tournament: %1</source>
        <translation>Турнир: %1</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <location filename="../client-qml/qml/chat/ConversationPage.qml" line="+16"/>
        <source>Conversation</source>
        <translation>Беседа</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../client-qml/qml/chat/ConversationView.qml" line="+89"/>
        <source>You are muted until %1: you can read but not send messages.</source>
        <translation>Вам запрещено писать до %1: вы можете читать, но не отправлять сообщения.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Invite to a match</source>
        <translation>Пригласить на матч</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not connected: try again in a moment.</source>
        <translation>Нет соединения: попробуйте чуть позже.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The beginning of the conversation</source>
        <translation>Начало беседы</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="vanished">Просмотрено</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is typing…</source>
        <translation>%1 печатает…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 are typing…</source>
        <translation>%1 печатают…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>You are muted</source>
        <translation>Вам запрещено писать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write a message</source>
        <translation>Напишите сообщение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
</context>
<context>
    <name>CountBadge</name>
    <message numerus="yes">
        <location filename="../client-qml/qml/chat/CountBadge.qml" line="+17"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n непрочитанное</numerusform>
            <numerusform>%n непрочитанных</numerusform>
            <numerusform>%n непрочитанных</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../client-qml/qml/dashboard/DashboardPage.qml" line="+16"/>
        <source>Dashboard</source>
        <translation>Панель</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Wins and losses per day (practice included)</source>
        <translation>Победы и поражения по дням (включая тренировки)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+59"/>
        <source>Wins</source>
        <translation>Победы</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>Losses</source>
        <translation>Поражения</translation>
    </message>
    <message numerus="yes">
        <location line="-57"/>
        <source>Wins: %1, losses: %2, over %n day(s).</source>
        <translation>
            <numerusform>Победы: %1, поражения: %2, за %n день.</numerusform>
            <numerusform>Победы: %1, поражения: %2, за %n дня.</numerusform>
            <numerusform>Победы: %1, поражения: %2, за %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No wins or losses yet: play a match to see them here.</source>
        <translation>Пока нет ни побед, ни поражений: сыграйте матч, чтобы увидеть их здесь.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rating after each ranked match</source>
        <translation>Рейтинг после каждого рейтингового матча</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match end</source>
        <translation>Конец матча</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ranked match</source>
        <translation>Рейтинговый матч</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating</source>
        <translation>Рейтинг</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Your rating is %1 after %n ranked match(es) (lowest %2, highest %3).</source>
        <translation>
            <numerusform>Ваш рейтинг — %1 после %n рейтингового матча (минимум %2, максимум %3).</numerusform>
            <numerusform>Ваш рейтинг — %1 после %n рейтинговых матчей (минимум %2, максимум %3).</numerusform>
            <numerusform>Ваш рейтинг — %1 после %n рейтинговых матчей (минимум %2, максимум %3).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No ranked matches yet: your rating is %1.</source>
        <translation>Рейтинговых матчей пока нет: ваш рейтинг — %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Points won and lost (counted one-against-one matches)</source>
        <translation>Выигранные и проигранные очки (учитываемые матчи один на один)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Points</source>
        <translation>Очки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points won: %1, lost: %2.</source>
        <translation>Выиграно очков: %1, проиграно: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No points yet in counted matches (one against one, practice excluded).</source>
        <translation>В учитываемых матчах пока нет очков (один на один, без тренировок).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Matches by kind</source>
        <translation>Матчи по видам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of match</source>
        <translation>Вид матча</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Played</source>
        <translation>Сыграно</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Matches played: %1, in %n kind(s) of match.</source>
        <translation>
            <numerusform>Сыграно матчей: %1, %n вида.</numerusform>
            <numerusform>Сыграно матчей: %1, %n видов.</numerusform>
            <numerusform>Сыграно матчей: %1, %n видов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No matches played yet.</source>
        <translation>Матчей пока не сыграно.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your statistics</source>
        <translation>Ваша статистика</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wins, losses, streaks and points count matches against people only; practice (one keyboard, or against the computer) is in the charts above.</source>
        <translation>Победы, поражения, серии и очки учитывают только матчи против людей; тренировки (за одной клавиатурой или против компьютера) — на графиках выше.</translation>
    </message>
</context>
<context>
    <name>EmailSection</name>
    <message>
        <location filename="../client-qml/qml/account/EmailSection.qml" line="+27"/>
        <source>E-mail address</source>
        <translation>Адрес электронной почты</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No e-mail address yet.</source>
        <translation>Адреса электронной почты пока нет.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not confirmed yet</source>
        <translation>Ещё не подтверждён</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirmed</source>
        <translation>Подтверждён</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>New e-mail address</source>
        <translation>Новый адрес электронной почты</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change the address</source>
        <translation>Сменить адрес</translation>
    </message>
</context>
<context>
    <name>EmailVerificationBanner</name>
    <message>
        <location filename="../client-qml/qml/account/EmailVerificationBanner.qml" line="+22"/>
        <source>Confirm your e-mail address</source>
        <translation>Подтвердите адрес электронной почты</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Please confirm your e-mail address %1: follow the link we sent you.</source>
        <translation>Подтвердите адрес электронной почты %1: перейдите по ссылке из нашего письма.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send the link again</source>
        <translation>Отправить ссылку ещё раз</translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <location filename="../client-qml/network/FieldMessages.cpp" line="+15"/>
        <source>This field is required.</source>
        <translation>Это поле обязательно.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This value is not valid.</source>
        <translation>Недопустимое значение.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Use at most %n character(s).</source>
        <translation>
            <numerusform>Используйте не более %n символа.</numerusform>
            <numerusform>Используйте не более %n символов.</numerusform>
            <numerusform>Используйте не более %n символов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Use at least %n character(s).</source>
        <translation>
            <numerusform>Используйте не менее %n символа.</numerusform>
            <numerusform>Используйте не менее %n символов.</numerusform>
            <numerusform>Используйте не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use %1 to %2 characters.</source>
        <translation>Используйте от %1 до %2 символов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>Введите целое число от %1 до %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is already taken. Choose another.</source>
        <translation>Это имя уже занято. Выберите другое.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This e-mail address already has an account.</source>
        <translation>Для этого адреса электронной почты уже есть учётная запись.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use 3 to 20 letters (a-z), digits or underscores.</source>
        <translation>Используйте от 3 до 20 латинских букв (a-z), цифр или подчёркиваний.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an e-mail address.</source>
        <translation>Введите адрес электронной почты.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use only letters, digits, spaces and _ - . &apos;</source>
        <translation>Используйте только буквы, цифры, пробелы и _ - . &apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This password is one of the most common ones. Choose another.</source>
        <translation>Это один из самых распространённых паролей. Выберите другой.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password must not be your user name or e-mail address.</source>
        <translation>Пароль не должен совпадать с именем пользователя или адресом электронной почты.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This text holds a character that cannot be saved.</source>
        <translation>В тексте есть символ, который нельзя сохранить.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a language from the list.</source>
        <translation>Выберите язык из списка.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not your password.</source>
        <translation>Это не ваш пароль.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This code is not valid.</source>
        <translation>Этот код недействителен.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the control characters.</source>
        <translation>Удалите управляющие символы.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>This code was just used. Wait for the next one in your app.</source>
        <translation>Этот код только что использован. Дождитесь следующего в приложении.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This name is used twice (names ignore case).</source>
        <translation>Это имя встречается дважды (регистр букв не учитывается).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List %1 to %2 players.</source>
        <translation>Укажите от %1 до %2 игроков.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another player uses your display name here: choose an alias.</source>
        <translation>Здесь уже есть игрок с вашим отображаемым именем: выберите псевдоним.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Must be at least the minimum number of players.</source>
        <translation>Должно быть не меньше минимального числа игроков.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cannot choose yourself.</source>
        <translation>Нельзя выбрать самого себя.</translation>
    </message>
</context>
<context>
    <name>FriendsPage</name>
    <message>
        <location filename="../client-qml/qml/social/FriendsPage.qml" line="+19"/>
        <source>Friends</source>
        <translation>Друзья</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No friends yet.</source>
        <translation>Друзей пока нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friends online: %1 of %2.</source>
        <translation>Друзей в сети: %1 из %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find players</source>
        <translation>Найти игроков</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your friends</source>
        <translation>Ваши друзья</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No friends yet. Find players on the Players page and ask them.</source>
        <translation>Друзей пока нет. Найдите игроков на странице «Игроки» и отправьте им запрос.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove %1 from your friends</source>
        <translation>Удалить %1 из друзей</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requests for you</source>
        <translation>Запросы вам</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No requests waiting for you.</source>
        <translation>Нет запросов, ожидающих вашего ответа.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept the request of %1</source>
        <translation>Принять запрос от %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decline the request of %1</source>
        <translation>Отклонить запрос от %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requests you sent</source>
        <translation>Отправленные запросы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No requests waiting for an answer.</source>
        <translation>Нет запросов, ожидающих ответа.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel your request to %1</source>
        <translation>Отменить ваш запрос игроку %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blocked players</source>
        <translation>Заблокированные игроки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have blocked nobody.</source>
        <translation>Вы никого не заблокировали.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unblock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unblock %1</source>
        <translation>Разблокировать %1</translation>
    </message>
</context>
<context>
    <name>HeaderChatButtons</name>
    <message numerus="yes">
        <location filename="../client-qml/qml/chat/HeaderChatButtons.qml" line="+24"/>
        <source>Chat, %n unread message(s)</source>
        <translation>
            <numerusform>Чат, %n непрочитанное сообщение</numerusform>
            <numerusform>Чат, %n непрочитанных сообщения</numerusform>
            <numerusform>Чат, %n непрочитанных сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Notifications, %n unread</source>
        <translation>
            <numerusform>Уведомления, %n непрочитанное</numerusform>
            <numerusform>Уведомления, %n непрочитанных</numerusform>
            <numerusform>Уведомления, %n непрочитанных</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notifications</source>
        <translation>Уведомления</translation>
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
    <name>HomePage</name>
    <message>
        <location filename="../client-qml/qml/home/HomePage.qml" line="+38"/>
        <source>You are entered in %1. It starts when its organiser starts it.</source>
        <translation>Вы записаны в %1. Турнир начнётся, когда организатор его запустит.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, round %2: against %3, once the other matches of the round are played.</source>
        <translation>%1, раунд %2: против %3, когда будут сыграны остальные матчи раунда.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, round %2: your opponent is not known yet.</source>
        <translation>%1, раунд %2: ваш соперник пока неизвестен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, round %2: your match against %3 is ready.</source>
        <translation>%1, раунд %2: ваш матч против %3 готов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, round %2: your match is ready.</source>
        <translation>%1, раунд %2: ваш матч готов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Pong, as in 1972 — with friends</source>
        <translation>Понг, как в 1972 году, — с друзьями</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Transcendence is a place to play Pong: against a friend at one keyboard, against the computer, or online against players of your level, in four-player matches and in tournaments. Matches played with an account count in your rating and earn achievements.</source>
        <translation>Transcendence — место для игры в понг: с другом за одной клавиатурой, против компьютера или онлайн с игроками вашего уровня, в матчах на четверых и в турнирах. Матчи, сыгранные с учётной записью, влияют на ваш рейтинг и приносят достижения.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Play now</source>
        <translation>Играть сейчас</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No account needed: these matches are played on this device.</source>
        <translation>Учётная запись не нужна: эти матчи играются на этом устройстве.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+67"/>
        <source>Against the computer</source>
        <translation>Против компьютера</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Two players, one keyboard</source>
        <translation>Два игрока, одна клавиатура</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>With an account you play others online, enter tournaments, keep your results and climb the leaderboard.</source>
        <translation>С учётной записью вы играете онлайн с другими, участвуете в турнирах, сохраняете результаты и поднимаетесь в таблице лидеров.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in or create an account</source>
        <translation>Войти или создать учётную запись</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Welcome back, %1</source>
        <translation>С возвращением, %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quick play</source>
        <translation>Быстрая игра</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looking for an opponent…</source>
        <translation>Поиск соперника…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find an opponent</source>
        <translation>Найти соперника</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>With your last match settings: %1</source>
        <translation>С последними настройками матча: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your next tournament match</source>
        <translation>Ваш следующий матч в турнире</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+43"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>You are not in a tournament now.</source>
        <translation>Сейчас вы не участвуете ни в одном турнире.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the tournament</source>
        <translation>Открыть турнир</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>See the tournaments</source>
        <translation>Посмотреть турниры</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Friends online</source>
        <translation>Друзья в сети</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>None of your friends is online.</source>
        <translation>Никого из ваших друзей нет в сети.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n friend(s) online.</source>
        <translation>
            <numerusform>%n друг в сети.</numerusform>
            <numerusform>%n друга в сети.</numerusform>
            <numerusform>%n друзей в сети.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Invite to a match</source>
        <translation>Пригласить на матч</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invite %1 to a match</source>
        <translation>Пригласить %1 на матч</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your recent results</source>
        <translation>Ваши последние результаты</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Live matches</source>
        <translation>Матчи в прямом эфире</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in to watch the matches being played now.</source>
        <translation>Войдите, чтобы смотреть идущие сейчас матчи.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is playing right now.</source>
        <translation>Сейчас никто не играет.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n matches running</source>
        <translation>
            <numerusform>Идёт %n матч</numerusform>
            <numerusform>Идут %n матча</numerusform>
            <numerusform>Идут %n матчей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All live matches</source>
        <translation>Все матчи в прямом эфире</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Top players</source>
        <translation>Лучшие игроки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to see the leaderboard.</source>
        <translation>Войдите, чтобы увидеть таблицу лидеров.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is ranked yet: play a rated match to be first.</source>
        <translation>В таблице лидеров пока никого нет: сыграйте рейтинговый матч и станьте первым.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rank %1: %2, rating %3</source>
        <translation>Место %1: %2, рейтинг %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The whole leaderboard</source>
        <translation>Вся таблица лидеров</translation>
    </message>
</context>
<context>
    <name>InvitationCard</name>
    <message>
        <location filename="../client-qml/qml/chat/InvitationCard.qml" line="+31"/>
        <source>You invited %1 to a match.</source>
        <translation>Вы пригласили %1 на матч.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 invited you to a match.</source>
        <translation>%1 приглашает вас на матч.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel the invitation</source>
        <translation>Отменить приглашение</translation>
    </message>
</context>
<context>
    <name>InvitationPrompt</name>
    <message>
        <location filename="../client-qml/qml/play/InvitationPrompt.qml" line="+25"/>
        <source>Invitation to a match</source>
        <translation>Приглашение на матч</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 invites you to a match.</source>
        <translation>%1 приглашает вас на матч.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>This invitation expires in %n seconds.</source>
        <translation>
            <numerusform>Приглашение истекает через %n секунду.</numerusform>
            <numerusform>Приглашение истекает через %n секунды.</numerusform>
            <numerusform>Приглашение истекает через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accept</source>
        <translation>Принять</translation>
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
    <name>LiveMatchRow</name>
    <message>
        <location filename="../client-qml/qml/play/LiveMatchRow.qml" line="+18"/>
        <source>one keyboard</source>
        <translation>одна клавиатура</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>against the computer</source>
        <translation>против компьютера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ranked</source>
        <translation>рейтинговый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between friends</source>
        <translation>между друзьями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>four players</source>
        <translation>четыре игрока</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tournament</source>
        <translation>турнир</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a visitor without an account</source>
        <translation>гость без учётной записи</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n lives</source>
        <translation>
            <numerusform>%n жизнь</numerusform>
            <numerusform>%n жизни</numerusform>
            <numerusform>%n жизней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 · %n watching</source>
        <translation>
            <numerusform>%1 · %n зритель</numerusform>
            <numerusform>%1 · %n зрителя</numerusform>
            <numerusform>%1 · %n зрителей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Watch</source>
        <translation>Смотреть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch %1</source>
        <translation>Смотреть: %1</translation>
    </message>
</context>
<context>
    <name>LiveMatchesPage</name>
    <message>
        <source>one keyboard</source>
        <translation type="vanished">одна клавиатура</translation>
    </message>
    <message>
        <source>against the computer</source>
        <translation type="vanished">против компьютера</translation>
    </message>
    <message>
        <source>ranked</source>
        <translation type="vanished">рейтинговый</translation>
    </message>
    <message>
        <source>between friends</source>
        <translation type="vanished">между друзьями</translation>
    </message>
    <message>
        <source>four players</source>
        <translation type="vanished">четыре игрока</translation>
    </message>
    <message>
        <source>tournament</source>
        <translation type="vanished">турнир</translation>
    </message>
    <message>
        <location filename="../client-qml/qml/play/LiveMatchesPage.qml" line="+17"/>
        <source>Live matches</source>
        <translation>Матчи в прямом эфире</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n matches running</source>
        <translation>
            <numerusform>Идёт %n матч</numerusform>
            <numerusform>Идут %n матча</numerusform>
            <numerusform>Идут %n матчей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>This list updates itself every %n seconds.</source>
        <translation>
            <numerusform>Список обновляется сам каждую %n секунду.</numerusform>
            <numerusform>Список обновляется сам каждые %n секунды.</numerusform>
            <numerusform>Список обновляется сам каждые %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lives</source>
        <translation type="vanished">
            <numerusform>%n жизнь</numerusform>
            <numerusform>%n жизни</numerusform>
            <numerusform>%n жизней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n watching</source>
        <translation type="vanished">
            <numerusform>%1 · %n зритель</numerusform>
            <numerusform>%1 · %n зрителя</numerusform>
            <numerusform>%1 · %n зрителей</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="vanished">Смотреть</translation>
    </message>
    <message>
        <source>Watch %1</source>
        <translation type="vanished">Смотреть: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nobody is playing right now.</source>
        <translation>Сейчас никто не играет.</translation>
    </message>
</context>
<context>
    <name>LocalTournamentPage</name>
    <message>
        <source>Final</source>
        <translation type="vanished">Финал</translation>
    </message>
    <message>
        <source>Semi-finals</source>
        <translation type="vanished">Полуфиналы</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation type="vanished">Раунд %1</translation>
    </message>
    <message>
        <location filename="../client-qml/qml/play/LocalTournamentPage.qml" line="+23"/>
        <source>Back to the tournament</source>
        <translation>Вернуться к турниру</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tournament at this device</source>
        <translation>Турнир на этом устройстве</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Everyone plays at this keyboard, one match after the other. Enter 3 to 16 players, one name per line, the strongest first: the first ones get the byes.</source>
        <translation>Все играют за этой клавиатурой, матч за матчем. Введите от 3 до 16 игроков, по одному имени в строке, сильнейших первыми: первые проходят дальше без игры.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One name per line</source>
        <translation>По одному имени в строке</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Players, one name per line</source>
        <translation>Игроки, по одному имени в строке</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every match: %1.</source>
        <translation>Каждый матч: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start the tournament</source>
        <translation>Начать турнир</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 wins the tournament!</source>
        <translation>%1 побеждает в турнире!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tournament ended without a winner.</source>
        <translation>Турнир завершился без победителя.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New tournament</source>
        <translation>Новый турнир</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Next match: %1</source>
        <translation>Следующий матч: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Play this match</source>
        <translation>Сыграть этот матч</translation>
    </message>
    <message>
        <source>to be decided</source>
        <translation type="vanished">пока неизвестно</translation>
    </message>
    <message>
        <source>bye</source>
        <translation type="vanished">свободный проход</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../client-qml/qml/shell/MainWindow.qml" line="+34"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Панель</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Friends</source>
        <translation>Друзья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players</source>
        <translation>Игроки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your profile</source>
        <translation>Ваш профиль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play</source>
        <translation>Играть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live matches</source>
        <translation>Матчи в прямом эфире</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notifications</source>
        <translation>Уведомления</translation>
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
        <translation>Меню</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>MatchHistoryList</name>
    <message>
        <location filename="../client-qml/qml/dashboard/MatchHistoryList.qml" line="+17"/>
        <source>Match history</source>
        <translation>История матчей</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The match history could not be loaded.</source>
        <translation>Не удалось загрузить историю матчей.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading matches…</source>
        <translation>Загрузка матчей…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No matches played yet.</source>
        <translation>Матчей пока не сыграно.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches %1 to %2 of %3.</source>
        <translation>Матчи с %1 по %2 из %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lives left: %1</source>
        <translation>Осталось жизней: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>against %1</source>
        <translation>против %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Against %1</source>
        <translation>Против %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Newer matches</source>
        <translation>Более новые матчи</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Older matches</source>
        <translation>Более старые матчи</translation>
    </message>
</context>
<context>
    <name>MatchLabels</name>
    <message>
        <location filename="../client-qml/qml/dashboard/MatchLabels.qml" line="+11"/>
        <source>Local</source>
        <translation>Локальный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against the computer</source>
        <translation>Против компьютера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked</source>
        <translation>Рейтинговый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>Частный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Four players</source>
        <translation>Четыре игрока</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tournament</source>
        <translation>Турнир</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Win</source>
        <translation>Победа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>Поражение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No result</source>
        <translation>Без результата</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Played to the end</source>
        <translation>Сыгран до конца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forfeit</source>
        <translation>Техническое поражение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned</source>
        <translation>Прерван</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Player</source>
        <translation>Игрок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anonymous player</source>
        <translation>Анонимный игрок</translation>
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
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n win(s) in a row</source>
        <translation>
            <numerusform>%n победа подряд</numerusform>
            <numerusform>%n победы подряд</numerusform>
            <numerusform>%n побед подряд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n loss(es) in a row</source>
        <translation>
            <numerusform>%n поражение подряд</numerusform>
            <numerusform>%n поражения подряд</numerusform>
            <numerusform>%n поражений подряд</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchPage</name>
    <message>
        <source>Match %1</source>
        <translation type="vanished">Матч %1</translation>
    </message>
    <message>
        <location filename="../client-qml/qml/play/MatchPage.qml" line="+45"/>
        <source>This match continues on another device.</source>
        <translation>Этот матч продолжается на другом устройстве.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection lost. Reconnecting…</source>
        <translation>Соединение потеряно. Переподключение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the players</source>
        <translation>Ожидание игроков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get ready: %1</source>
        <translation>Приготовьтесь: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused: a player is missing</source>
        <translation>Пауза: игрок отсутствует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The match is over</source>
        <translation>Матч окончен</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Replay</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Playing</source>
        <translation>Идёт игра</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The match was played to the end.</source>
        <translation>Матч сыгран до конца.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A player left the match.</source>
        <translation>Игрок покинул матч.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A player did not come back in time.</source>
        <translation>Игрок не вернулся вовремя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A player did not show up.</source>
        <translation>Игрок не явился.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody won: the match was abandoned.</source>
        <translation>Никто не победил: матч прерван.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A stored match, played back.</source>
        <translation>Сохранённый матч в повторе.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are watching: the keys do nothing here.</source>
        <translation>Вы зритель: клавиши здесь ничего не делают.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move your paddle with W and S or the Up and Down arrow keys.</source>
        <translation>Двигайте ракетку клавишами W и S или стрелками вверх и вниз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move your paddle with A and D or the Left and Right arrow keys.</source>
        <translation>Двигайте ракетку клавишами A и D или стрелками влево и вправо.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left player: W and S. Right player: Up and Down arrow keys.</source>
        <translation>Левый игрок: W и S. Правый игрок: стрелки вверх и вниз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left: W and S. Right: Up and Down. Top: C and V. Bottom: N and M.</source>
        <translation>Слева: W и S. Справа: вверх и вниз. Сверху: C и V. Снизу: N и M.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody won</source>
        <translation>Никто не победил</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You won!</source>
        <translation>Вы победили!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 won</source>
        <translation>Победа: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 wins!</source>
        <translation>%1 побеждает!</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <location line="+95"/>
        <source>%n lives</source>
        <translation>
            <numerusform>%n жизнь</numerusform>
            <numerusform>%n жизни</numerusform>
            <numerusform>%n жизней</numerusform>
        </translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+2"/>
        <source>Match</source>
        <translation>Матч</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Watching a match</source>
        <translation>Просмотр матча</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 loses a life.</source>
        <translation>%1 теряет жизнь.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point for %1.</source>
        <translation>Очко: %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Achievement unlocked: %1</source>
        <translation>Новое достижение: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(away)</source>
        <translation>(отсутствует)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your ping: %1 ms</source>
        <translation>Ваш пинг: %1 мс</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: not saved</source>
        <translation>Офлайн: не сохраняется</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Saved in your history. Rating: %1 → %2.</source>
        <translation>Сохранено в истории. Рейтинг: %1 → %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved in your history.</source>
        <translation>Сохранено в истории.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Played on this device: offline matches are not saved.</source>
        <translation>Сыграно на этом устройстве: офлайн-матчи не сохраняются.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Play again</source>
        <translation>Сыграть ещё</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Watch the replay</source>
        <translation>Смотреть повтор</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to Play</source>
        <translation>Назад к игре</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Game field</source>
        <translation>Игровое поле</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>Sounds</source>
        <translation>Звуки</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The match ends here. Practice does not count in your results.</source>
        <translation>Матч на этом закончится. Тренировки не учитываются в ваших результатах.</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>Game field. Score: %1</source>
        <translation>Игровое поле. Счёт: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>Waiting for %1: %n seconds left before the forfeit.</source>
        <translation>
            <numerusform>Ждём: %1. До технического поражения %n секунда.</numerusform>
            <numerusform>Ждём: %1. До технического поражения %n секунды.</numerusform>
            <numerusform>Ждём: %1. До технического поражения %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+86"/>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Move up: %1</source>
        <translation>Вверх: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move down: %1</source>
        <translation>Вниз: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stop watching</source>
        <translation>Перестать смотреть</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave the match</source>
        <translation>Покинуть матч</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>On-screen buttons</source>
        <translation>Экранные кнопки</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Leave this match?</source>
        <translation>Покинуть матч?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The match ends here.</source>
        <translation>Матч на этом закончится.</translation>
    </message>
    <message>
        <source>The match ends here; against the computer it counts as a loss.</source>
        <translation type="vanished">Матч на этом закончится; в игре против компьютера это засчитывается как поражение.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leaving a match between people counts as a loss.</source>
        <translation>Уход из матча с другими игроками засчитывается как поражение.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stay</source>
        <translation>Остаться</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>There is no such match.</source>
        <translation type="vanished">Такого матча нет.</translation>
    </message>
    <message>
        <source> vs </source>
        <translation type="vanished"> против </translation>
    </message>
    <message>
        <source>Players</source>
        <translation type="vanished">Игроки</translation>
    </message>
    <message>
        <source>Player</source>
        <translation type="vanished">Игрок</translation>
    </message>
    <message>
        <source>Lives left</source>
        <translation type="vanished">Осталось жизней</translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="vanished">Счёт</translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="vanished">Место</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="vanished">Рейтинг</translation>
    </message>
    <message>
        <source>Open the profile of %1</source>
        <translation type="vanished">Открыть профиль игрока %1</translation>
    </message>
    <message>
        <source>Forfeited</source>
        <translation type="vanished">Сдался</translation>
    </message>
    <message>
        <source>Lives left at the end</source>
        <translation type="vanished">Жизни в конце матча</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation type="vanished">Итоговый счёт</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="vanished">%1: %2</translation>
    </message>
    <message>
        <source>About this match</source>
        <translation type="vanished">Об этом матче</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">Вид</translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="vanished">Начало</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="vanished">Длительность</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation type="vanished">Как закончился</translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation type="vanished">Рейтинговый</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="vanished">Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="vanished">Нет</translation>
    </message>
    <message>
        <source>Time in play</source>
        <translation type="vanished">Время в игре</translation>
    </message>
    <message>
        <source>Key presses recorded</source>
        <translation type="vanished">Записано нажатий клавиш</translation>
    </message>
    <message>
        <source>Longest rally</source>
        <translation type="vanished">Самый длинный розыгрыш</translation>
    </message>
    <message numerus="yes">
        <source>%n paddle hit(s)</source>
        <translation type="vanished">
            <numerusform>%n удар ракеткой</numerusform>
            <numerusform>%n удара ракеткой</numerusform>
            <numerusform>%n ударов ракеткой</numerusform>
        </translation>
    </message>
    <message>
        <source>Average rally</source>
        <translation type="vanished">Средний розыгрыш</translation>
    </message>
    <message>
        <source>%1 paddle hits</source>
        <translation type="vanished">ударов ракеткой: %1</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="vanished">По ходу матча</translation>
    </message>
    <message>
        <source>Lives after each point</source>
        <translation type="vanished">Жизни после каждого очка</translation>
    </message>
    <message>
        <source>Score after each point</source>
        <translation type="vanished">Счёт после каждого очка</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="vanished">Время</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="vanished">Начало</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="vanished">Секунды</translation>
    </message>
    <message>
        <source>Lives</source>
        <translation type="vanished">Жизни</translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="vanished">Очки</translation>
    </message>
    <message>
        <source>Points scored: %1, in %2.</source>
        <translation type="vanished">Забито очков: %1 за %2.</translation>
    </message>
    <message>
        <source>No point was scored in this match.</source>
        <translation type="vanished">В этом матче не было забито ни одного очка.</translation>
    </message>
    <message>
        <source>Paddle hits</source>
        <translation type="vanished">Удары ракеткой</translation>
    </message>
    <message>
        <source>No paddle hits were recorded.</source>
        <translation type="vanished">Удары ракеткой не записаны.</translation>
    </message>
</context>
<context>
    <name>MatchReadyToast</name>
    <message>
        <location filename="../client-qml/qml/chat/MatchReadyToast.qml" line="+54"/>
        <source>Join</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>MatchReportPage</name>
    <message>
        <location filename="../client-qml/qml/dashboard/MatchReportPage.qml" line="+24"/>
        <source>Match %1</source>
        <translation>Матч %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Match</source>
        <translation>Матч</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no such match.</source>
        <translation>Такого матча нет.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> vs </source>
        <translation> против </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Players</source>
        <translation>Игроки</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+82"/>
        <location line="+94"/>
        <source>Player</source>
        <translation>Игрок</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+82"/>
        <source>Lives left</source>
        <translation>Осталось жизней</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+82"/>
        <source>Score</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open the profile of %1</source>
        <translation>Открыть профиль игрока %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Forfeited</source>
        <translation>Сдался</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Lives left at the end</source>
        <translation>Жизни в конце матча</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final score</source>
        <translation>Итоговый счёт</translation>
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
        <translation>Об этом матче</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it ended</source>
        <translation>Как закончился</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked</source>
        <translation>Рейтинговый</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time in play</source>
        <translation>Время в игре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key presses recorded</source>
        <translation>Записано нажатий клавиш</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Longest rally</source>
        <translation>Самый длинный розыгрыш</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n paddle hit(s)</source>
        <translation>
            <numerusform>%n удар ракеткой</numerusform>
            <numerusform>%n удара ракеткой</numerusform>
            <numerusform>%n ударов ракеткой</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average rally</source>
        <translation>Средний розыгрыш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 paddle hits</source>
        <translation>ударов ракеткой: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Over time</source>
        <translation>По ходу матча</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lives after each point</source>
        <translation>Жизни после каждого очка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score after each point</source>
        <translation>Счёт после каждого очка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds</source>
        <translation>Секунды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives</source>
        <translation>Жизни</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>Очки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points scored: %1, in %2.</source>
        <translation>Забито очков: %1 за %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No point was scored in this match.</source>
        <translation>В этом матче не было забито ни одного очка.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Paddle hits</source>
        <translation>Удары ракеткой</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No paddle hits were recorded.</source>
        <translation>Удары ракеткой не записаны.</translation>
    </message>
</context>
<context>
    <name>MatchSettingsForm</name>
    <message>
        <location filename="../client-qml/qml/play/MatchSettingsForm.qml" line="+99"/>
        <source>Some settings need your attention.</source>
        <translation>Некоторые настройки нужно исправить.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+8"/>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Win by two clear points</source>
        <translation>Победа с перевесом в два очка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Power-ups</source>
        <translation>Бонусы</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fewer settings</source>
        <translation>Меньше настроек</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>More settings</source>
        <translation>Другие настройки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back to the classic game</source>
        <translation>Вернуть классическую игру</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../client-qml/qml/chat/MessageDelegate.qml" line="+118"/>
        <source>Open the profile of %1</source>
        <translation>Открыть профиль %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removed by a moderator</source>
        <translation>Удалено модератором</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted account</source>
        <translation>Удалённый аккаунт</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Seen</source>
        <translation>Просмотрено</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Actions on this message</source>
        <translation>Действия с сообщением</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report to the moderators</source>
        <translation>Пожаловаться модераторам</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the profile</source>
        <translation>Открыть профиль</translation>
    </message>
</context>
<context>
    <name>NavigationList</name>
    <message>
        <location filename="../client-qml/qml/shell/NavigationList.qml" line="+27"/>
        <source>Signed in as %1</source>
        <translation>Вы вошли как %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <location filename="../client-qml/qml/chat/NotificationsPage.qml" line="+29"/>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n непрочитанное</numerusform>
            <numerusform>%n непрочитанных</numerusform>
            <numerusform>%n непрочитанных</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All read</source>
        <translation>Всё прочитано</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark all as read</source>
        <translation>Отметить всё как прочитанное</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing here yet.</source>
        <translation>Здесь пока ничего нет.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Show older notifications</source>
        <translation>Показать более ранние уведомления</translation>
    </message>
</context>
<context>
    <name>PasswordSection</name>
    <message>
        <location filename="../client-qml/qml/account/PasswordSection.qml" line="+24"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your other sessions are signed out when it changes.</source>
        <translation>При смене пароля остальные сеансы завершаются.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account signs in with a provider. Set a password to sign in with your name too.</source>
        <translation>Вы входите через внешний сервис. Задайте пароль, чтобы входить и по имени пользователя.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New password (at least 10 characters)</source>
        <translation>Новый пароль (не меньше 10 символов)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change the password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set a password</source>
        <translation>Задать пароль</translation>
    </message>
</context>
<context>
    <name>PersonRow</name>
    <message>
        <location filename="../client-qml/qml/social/PersonRow.qml" line="+37"/>
        <source>Open the profile of %1</source>
        <translation>Открыть профиль игрока %1</translation>
    </message>
</context>
<context>
    <name>PlayPage</name>
    <message>
        <location filename="../client-qml/qml/play/PlayPage.qml" line="+50"/>
        <source>Play</source>
        <translation>Играть</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>You have a match in progress.</source>
        <translation>У вас идёт матч.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rejoin</source>
        <translation>Вернуться</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not connected: matches are played on this device and not saved.</source>
        <translation>Нет соединения: матчи идут на этом устройстве и не сохраняются.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playing on this device. Sign in to play others online, watch and replay matches; offline matches are not saved.</source>
        <translation>Игра на этом устройстве. Войдите, чтобы играть с другими онлайн, смотреть матчи и повторы; офлайн-матчи не сохраняются.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 vs 1</source>
        <translation>1 на 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 players</source>
        <translation>4 игрока</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At this device</source>
        <translation>На этом устройстве</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Four players, one keyboard</source>
        <translation>Четыре игрока, одна клавиатура</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two players, one keyboard</source>
        <translation>Два игрока, одна клавиатура</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Against the computer</source>
        <translation>Против компьютера</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Computer level</source>
        <translation>Уровень компьютера</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tournament at this device</source>
        <translation>Турнир на этом устройстве</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting to the server…</source>
        <translation>Подключение к серверу…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Looking for opponents… %n s</source>
        <translation>
            <numerusform>Ищем соперников… %n с</numerusform>
            <numerusform>Ищем соперников… %n с</numerusform>
            <numerusform>Ищем соперников… %n с</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your rating %1, opponents within ±%2. Players waiting: %3.</source>
        <translation>Ваш рейтинг %1, соперники в пределах ±%2. Игроков в очереди: %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stop looking</source>
        <translation>Прекратить поиск</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Find three opponents</source>
        <translation>Найти трёх соперников</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find an opponent</source>
        <translation>Найти соперника</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a friend</source>
        <translation>Выберите друга</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Friend to invite</source>
        <translation>Друг для приглашения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invite</source>
        <translation>Пригласить</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add friends to invite them to a match.</source>
        <translation>Добавьте друзей, чтобы приглашать их на матч.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Waiting for %1 to answer (%n s)</source>
        <translation>
            <numerusform>Ждём ответа: %1 (%n с)</numerusform>
            <numerusform>Ждём ответа: %1 (%n с)</numerusform>
            <numerusform>Ждём ответа: %1 (%n с)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the invitation to %1</source>
        <translation>Отменить приглашение: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Watch live matches</source>
        <translation>Смотреть матчи в прямом эфире</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tournaments</source>
        <translation>Турниры</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replays</source>
        <translation>Повторы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Match settings</source>
        <translation>Настройки матча</translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message>
        <location filename="../client-qml/qml/social/PlayerPage.qml" line="+17"/>
        <source>Player profile</source>
        <translation>Профиль игрока</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no such player.</source>
        <translation>Такого игрока нет.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>You are friends.</source>
        <translation>Вы друзья.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 asked to be your friend.</source>
        <translation>%1 хочет добавить вас в друзья.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your friend request is waiting for an answer.</source>
        <translation>Ваш запрос в друзья ожидает ответа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You blocked %1. Neither of you can send the other friend requests.</source>
        <translation>Вы заблокировали %1. Никто из вас не может отправить другому запрос в друзья.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add friend</source>
        <translation>Добавить в друзья</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel the request</source>
        <translation>Отменить запрос</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove friend</source>
        <translation>Удалить из друзей</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Block</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Message</source>
        <translation>Написать</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Block %1</source>
        <translation>Заблокировать %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unblock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit your profile</source>
        <translation>Изменить профиль</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About</source>
        <translation>О себе</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No bio yet.</source>
        <translation>Пока ничего не рассказано.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
</context>
<context>
    <name>PlayersPage</name>
    <message>
        <location filename="../client-qml/qml/social/PlayersPage.qml" line="+12"/>
        <source>Players</source>
        <translation>Игроки</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>Search for a player</source>
        <translation>Поиск игрока</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>User name or display name</source>
        <translation>Имя пользователя или отображаемое имя</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>The beginning of a user name or display name.</source>
        <translation>Начало имени пользователя или отображаемого имени.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No player found for “%1”.</source>
        <translation>По запросу «%1» игроки не найдены.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players found for “%1”: more than %2.</source>
        <translation>Найдено игроков по запросу «%1»: больше %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Players found for “%1”: %2.</source>
        <translation>Найдено игроков по запросу «%1»: %2.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Show more players</source>
        <translation>Показать больше игроков</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Leaderboard</source>
        <translation>Таблица лидеров</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your rank: %1 of %2, rating %3.</source>
        <translation>Ваше место: %1 из %2, рейтинг %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only me and my friends</source>
        <translation>Только я и мои друзья</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rank %1</source>
        <translation>Место %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (you)</source>
        <translation>%1 (вы)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rating %1</source>
        <translation>Рейтинг %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody to rank yet.</source>
        <translation>Пока некого ранжировать.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places %1 to %2 of %3.</source>
        <translation>Места с %1 по %2 из %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Higher ranks</source>
        <translation>Места выше</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lower ranks</source>
        <translation>Места ниже</translation>
    </message>
</context>
<context>
    <name>PowerUpLegend</name>
    <message>
        <location filename="../client-qml/qml/play/PowerUpLegend.qml" line="+21"/>
        <source>the paddle of whoever takes it grows by half.</source>
        <translation>ракетка взявшего его игрока становится в полтора раза длиннее.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every other player&apos;s paddle shrinks.</source>
        <translation>ракетки всех остальных игроков уменьшаются.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every ball goes half as fast again.</source>
        <translation>все мячи летят в полтора раза быстрее.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an extra ball splits off (three at most).</source>
        <translation>отделяется ещё один мяч (не больше трёх).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Power-ups</source>
        <translation>Бонусы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Power-ups: a ball that passes over a square takes it for the player who hit that ball last.</source>
        <translation>Бонусы: мяч, пролетевший над квадратом, забирает его для игрока, который последним отбил этот мяч.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Effects last %n second(s).</source>
        <translation>
            <numerusform>Эффект длится %n секунду.</numerusform>
            <numerusform>Эффект длится %n секунды.</numerusform>
            <numerusform>Эффект длится %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenceBadge</name>
    <message>
        <location filename="../client-qml/qml/social/PresenceBadge.qml" line="+16"/>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a game</source>
        <translation>В игре</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../client-qml/qml/social/ProfilePage.qml" line="+32"/>
        <source>Your profile</source>
        <translation>Ваш профиль</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+76"/>
        <source>Choose a picture</source>
        <translation>Выбрать изображение</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>See your profile as others see it</source>
        <translation>Посмотреть свой профиль глазами других</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Avatar</source>
        <translation>Аватар</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preview of the chosen picture</source>
        <translation>Предпросмотр выбранного изображения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PNG, JPEG or WebP, at most 2 MiB. It is cropped to a square.</source>
        <translation>PNG, JPEG или WebP, не больше 2 МиБ. Изображение обрезается до квадрата.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Upload the picture</source>
        <translation>Загрузить изображение</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep the current one</source>
        <translation>Оставить текущий</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the avatar</source>
        <translation>Удалить аватар</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your details</source>
        <translation>Ваши данные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name: %1</source>
        <translation>Имя пользователя: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>How other players see you: 3 to 20 characters.</source>
        <translation>Так вас видят другие игроки: от 3 до 20 символов.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>About you</source>
        <translation>О себе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to 500 characters, shown as plain text on your profile.</source>
        <translation>До 500 символов, показываются на вашем профиле как обычный текст.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 / 500 characters</source>
        <translation>%1 / 500 символов</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>The language of this app and of our e-mails to you.</source>
        <translation>Язык этого приложения и наших писем вам.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the profile</source>
        <translation>Сохранить профиль</translation>
    </message>
</context>
<context>
    <name>ReauthenticationDialog</name>
    <message>
        <location filename="../client-qml/qml/account/ReauthenticationDialog.qml" line="+26"/>
        <source>Confirm it is you</source>
        <translation>Подтвердите, что это вы</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This change needs a recent proof that you are the owner of this account.</source>
        <translation>Для этого изменения нужно заново подтвердить, что аккаунт принадлежит вам.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign out, sign in again with the service you use, then try once more.</source>
        <translation>Выйдите, войдите снова через сервис, которым пользуетесь, и повторите попытку.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>My password</source>
        <translation>Мой пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A code from my authenticator app</source>
        <translation>Код из приложения-аутентификатора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recovery code</source>
        <translation>Резервный код</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How to confirm</source>
        <translation>Способ подтверждения</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your password</source>
        <translation>Ваш пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6-digit code</source>
        <translation>Код из 6 цифр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code</source>
        <translation>Резервный код</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
</context>
<context>
    <name>ReplaysPage</name>
    <message>
        <location filename="../client-qml/qml/play/ReplaysPage.qml" line="+15"/>
        <source>Won</source>
        <translation>Победа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Поражение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No result</source>
        <translation>Без результата</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replays</source>
        <translation>Повторы</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Speed</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay speed</source>
        <translation>Скорость повтора</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 vs %2</source>
        <translation>%1 против %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>anonymous player</source>
        <translation>анонимный игрок</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Replay</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No matches yet.</source>
        <translation>Матчей пока нет.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../client-qml/qml/chat/ReportDialog.qml" line="+30"/>
        <source>Report this message</source>
        <translation>Пожаловаться на сообщение</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Comment (optional)</source>
        <translation>Комментарий (необязательно)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report</source>
        <translation>Пожаловаться</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <location filename="../client-qml/qml/network/ServerPage.qml" line="+9"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <location filename="../client-qml/network/ServerUrl.cpp" line="+31"/>
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
        <location line="+6"/>
        <source>Use https:// — plain http:// is only allowed for this computer (localhost).</source>
        <translation>Используйте https:// — незащищённый http:// разрешён только для этого компьютера (localhost).</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <name>SettingsPage</name>
    <message>
        <location filename="../client-qml/qml/settings/SettingsPage.qml" line="+12"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appearance</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Like the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Text size: %1 %</source>
        <translation>Размер текста: %1 %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reduce motion</source>
        <translation>Меньше анимации</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sounds during matches</source>
        <translation>Звуки во время матчей</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Вы вошли как %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This device remembers your sign-in in the system keychain.</source>
        <translation>Это устройство хранит ваш вход в системной связке ключей.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device has no keychain: your sign-in is remembered in a file only your user account can read.</source>
        <translation>На этом устройстве нет связки ключей: ваш вход хранится в файле, который может читать только ваша учётная запись.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where you are signed in</source>
        <translation>Где выполнен вход</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>App</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web browser</source>
        <translation>Веб-браузер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this device</source>
        <translation>это устройство</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last used %1 from %2</source>
        <translation>Последнее использование: %1, адрес %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+30"/>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Sign out this session</source>
        <translation>Завершить этот сеанс</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Privacy and terms</source>
        <translation>Конфиденциальность и условия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How this server handles your data, and the rules for using it. They open in your web browser.</source>
        <translation>Как этот сервер обрабатывает ваши данные и каковы правила пользования им. Страницы откроются в вашем браузере.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Privacy policy</source>
        <translation>Политика конфиденциальности</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Terms of service</source>
        <translation>Условия использования</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../client-qml/qml/account/SignInPage.qml" line="+18"/>
        <source>Two-factor authentication</source>
        <translation>Двухфакторная аутентификация</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+209"/>
        <source>Create an account</source>
        <translation>Создать учётную запись</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+72"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Create your account</source>
        <translation>Создайте учётную запись</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Welcome back</source>
        <translation>С возвращением</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User name or e-mail</source>
        <translation>Имя пользователя или e-mail</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+147"/>
        <source>E-mail address</source>
        <translation>Адрес e-mail</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Display name (optional)</source>
        <translation>Отображаемое имя (необязательно)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At least 10 characters.</source>
        <translation>Не менее 10 символов.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create account</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>or</source>
        <translation>или</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign in with %1</source>
        <translation>Войти через %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Continue in your web browser: this app signs you in as soon as you are back from there. If no browser opened, open this address:</source>
        <translation>Продолжите в веб-браузере: приложение выполнит вход, как только вы оттуда вернётесь. Если браузер не открылся, откройте этот адрес:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sign-in address</source>
        <translation>Адрес для входа</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Forgot your password?</source>
        <translation>Забыли пароль?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type the e-mail address of your account: we will send it a link to choose a new password.</source>
        <translation>Введите адрес электронной почты вашей учётной записи: мы пришлём на него ссылку для выбора нового пароля.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Send me a link</source>
        <translation>Прислать ссылку</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>I already have an account</source>
        <translation>У меня уже есть учётная запись</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</source>
        <translation>Введите 6-значный код из приложения-аутентификатора или один из кодов восстановления.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>We sent a 6-digit code to your e-mail address: enter it, or one of your recovery codes. It works once, for 5 minutes.</source>
        <translation>Мы отправили код из 6 цифр на вашу электронную почту: введите его или один из резервных кодов. Он действует один раз в течение 5 минут.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verify</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+110"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No account, or no connection? You can still play on this device.</source>
        <translation>Нет учётной записи или связи? Играть на этом устройстве можно и так.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Play on this device</source>
        <translation>Играть на этом устройстве</translation>
    </message>
</context>
<context>
    <name>StatsGrid</name>
    <message>
        <location filename="../client-qml/qml/dashboard/StatsGrid.qml" line="+13"/>
        <source>Wins</source>
        <translation>Победы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Losses</source>
        <translation>Поражения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>Доля побед</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current streak</source>
        <translation>Текущая серия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best winning streak</source>
        <translation>Лучшая серия побед</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked matches</source>
        <translation>Рейтинговые матчи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points won and lost</source>
        <translation>Очки выигранные и проигранные</translation>
    </message>
</context>
<context>
    <name>TournamentMatchPrompt</name>
    <message>
        <location filename="../client-qml/qml/play/TournamentMatchPrompt.qml" line="+23"/>
        <source>Your tournament match is ready</source>
        <translation>Ваш турнирный матч готов</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 vs %2. Enter before the deadline or lose by walkover.</source>
        <translation>%1 против %2. Войдите до срока, иначе вам засчитают неявку.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the match</source>
        <translation>Войти в матч</translation>
    </message>
</context>
<context>
    <name>TournamentPage</name>
    <message>
        <location filename="../client-qml/qml/play/TournamentPage.qml" line="+29"/>
        <source>Open for entries</source>
        <translation>Открыта регистрация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>Идёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tournament</source>
        <translation>Турнир</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Local tournament</source>
        <translation>Локальный турнир</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Online tournament</source>
        <translation>Онлайн-турнир</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every match: %1.</source>
        <translation>Каждый матч: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 wins the tournament!</source>
        <translation>%1 побеждает в турнире!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tournament ended without a winner.</source>
        <translation>Турнир завершился без победителя.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your match is ready. Enter before the deadline or lose by walkover.</source>
        <translation>Ваш матч готов. Войдите до срока, иначе вам засчитают неявку.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter your match</source>
        <translation>Войти в свой матч</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Next match: %1</source>
        <translation>Следующий матч: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Play this match</source>
        <translation>Сыграть этот матч</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name in this tournament (optional)</source>
        <translation>Имя в этом турнире (необязательно)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Join</source>
        <translation>Присоединиться</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Start now</source>
        <translation>Начать сейчас</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel the tournament</source>
        <translation>Отменить турнир</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leave the tournament</source>
        <translation>Покинуть турнир</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Players</source>
        <translation>Игроки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>anonymous player</source>
        <translation>анонимный игрок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed %1</source>
        <translation>посев %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left</source>
        <translation>выбыл</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bracket</source>
        <translation>Сетка</translation>
    </message>
</context>
<context>
    <name>TournamentsPage</name>
    <message>
        <location filename="../client-qml/qml/play/TournamentsPage.qml" line="+19"/>
        <source>open for entries</source>
        <translation>открыта регистрация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>идёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished</source>
        <translation>завершён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tournaments</source>
        <translation>Турниры</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New tournament</source>
        <translation>Новый турнир</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Online: players join from their accounts</source>
        <translation>Онлайн: игроки присоединяются со своих аккаунтов</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Local: everyone at this keyboard</source>
        <translation>Локальный: все за этой клавиатурой</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>Players needed to start</source>
        <translation>Игроков для старта</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Most players</source>
        <translation>Максимум игроков</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Players, one name per line, in seeding order</source>
        <translation>Игроки, по одному имени в строке, в порядке посева</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every match: %1.</source>
        <translation>Каждый матч: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create the tournament</source>
        <translation>Создать турнир</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All tournaments</source>
        <translation>Все турниры</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>local</source>
        <translation>локальный</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>online</source>
        <translation>онлайн</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n players</source>
        <translation>
            <numerusform>%n игрок</numerusform>
            <numerusform>%n игрока</numerusform>
            <numerusform>%n игроков</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>winner: %1</source>
        <translation>победитель: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No tournament yet.</source>
        <translation>Турниров пока нет.</translation>
    </message>
</context>
<context>
    <name>TwoFactorSection</name>
    <message>
        <location filename="../client-qml/qml/account/TwoFactorSection.qml" line="+21"/>
        <source>Two-factor sign-in</source>
        <translation>Двухфакторный вход</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Off. With it on, signing in also asks for a code from an authenticator app.</source>
        <translation>Выключен. Когда он включён, при входе также запрашивается код из приложения-аутентификатора.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turn on two-factor sign-in</source>
        <translation>Включить двухфакторный вход</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Scan this code with your authenticator app, or type the key below into it. Then enter the 6-digit code it shows.</source>
        <translation>Отсканируйте этот код приложением-аутентификатором или введите в него ключ ниже. Затем введите 6-значный код, который оно покажет.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>QR code of the two-factor key</source>
        <translation>QR-код ключа двухфакторного входа</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Two-factor key</source>
        <translation>Ключ двухфакторного входа</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>6-digit code</source>
        <translation>6-значный код</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+78"/>
        <source>Turn on</source>
        <translation>Включить</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>No authenticator app? Get each sign-in code by e-mail instead.</source>
        <translation>Нет приложения-аутентификатора? Получайте код для входа по электронной почте.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use codes sent by e-mail</source>
        <translation>Получать коды по электронной почте</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>We sent a 6-digit code to %1. Enter it within 10 minutes.</source>
        <translation>Мы отправили код из 6 цифр на %1. Введите его в течение 10 минут.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>6-digit code from the e-mail</source>
        <translation>Код из 6 цифр из письма</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+75"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>On: signing in asks for a code sent to your e-mail address.</source>
        <translation>Включено: при входе нужен код, отправленный на вашу электронную почту.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Two-factor sign-in is on. Keep these recovery codes somewhere safe: each one signs you in once if you lose your authenticator. They are shown only now.</source>
        <translation>Двухфакторный вход включён. Сохраните эти коды восстановления в надёжном месте: каждый позволяет войти один раз, если вы потеряете аутентификатор. Они показываются только сейчас.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Turn off codes by e-mail</source>
        <translation>Отключить коды по электронной почте</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Recovery codes</source>
        <translation>Коды восстановления</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have saved them</source>
        <translation>Я их сохранил(а)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On. To turn it off, enter a current code, a recovery code or your password.</source>
        <translation>Включён. Чтобы выключить, введите текущий код, код восстановления или пароль.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Code, recovery code or password</source>
        <translation>Код, код восстановления или пароль</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turn off</source>
        <translation>Выключить</translation>
    </message>
</context>
<context>
    <name>mail</name>
    <message>
        <location filename="../server/mail/MailTemplates.cpp" line="+75"/>
        <source>Hello %1,</source>
        <translation>Здравствуйте, %1!</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you did not ask for this, ignore this e-mail: nothing changes.</source>
        <translation>Если вы этого не запрашивали, просто не обращайте внимания на это письмо: ничего не изменится.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If this was not you, reset your password at once and write to the administrators.</source>
        <translation>Если это были не вы, немедленно смените пароль и напишите администраторам.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Confirm your e-mail address</source>
        <translation>Подтвердите адрес электронной почты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome to Transcendence! Follow the link below to confirm that this address is yours. The link works once, for 24 hours.</source>
        <translation>Добро пожаловать в Transcendence! Перейдите по ссылке ниже, чтобы подтвердить, что это ваш адрес. Ссылка действует один раз в течение 24 часов.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm my address</source>
        <translation>Подтвердить адрес</translation>
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
        <translation>До встречи на корте!</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Confirm your new e-mail address</source>
        <translation>Подтвердите новый адрес электронной почты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You asked to use this address for your Transcendence account. Follow the link below to confirm it. The link works once, for 24 hours.</source>
        <translation>Вы попросили использовать этот адрес для своей учётной записи Transcendence. Перейдите по ссылке ниже, чтобы подтвердить его. Ссылка действует один раз в течение 24 часов.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use this address</source>
        <translation>Использовать этот адрес</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your e-mail address is changing</source>
        <translation>Ваш адрес электронной почты меняется</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone signed in to your Transcendence account asked to change its e-mail address to %1. The change happens when the new address is confirmed.</source>
        <translation>Кто-то, вошедший в вашу учётную запись Transcendence, попросил сменить её адрес электронной почты на %1. Адрес сменится, когда новый адрес будет подтверждён.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reset your password</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone asked to reset the password of your Transcendence account. Follow the link below to choose a new one. The link works once, for 30 minutes, and signs you out everywhere.</source>
        <translation>Кто-то запросил сброс пароля вашей учётной записи Transcendence. Перейдите по ссылке ниже, чтобы выбрать новый пароль. Ссылка действует один раз в течение 30 минут и завершает все ваши сеансы.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a new password</source>
        <translation>Выбрать новый пароль</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your password was changed</source>
        <translation>Ваш пароль изменён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password of your Transcendence account was just changed.</source>
        <translation>Пароль вашей учётной записи Transcendence только что был изменён.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your account was deleted</source>
        <translation>Ваша учётная запись удалена</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Your code to turn on sign-in codes by e-mail is %1. It works once, for 10 minutes.</source>
        <translation>Ваш код для включения входа с кодами по электронной почте: %1. Он действует один раз в течение 10 минут.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your Transcendence account and the data about you were deleted, as you asked. This is the last e-mail we send you.</source>
        <translation>Ваша учётная запись Transcendence и данные о вас удалены, как вы и просили. Это последнее письмо, которое мы вам отправляем.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Your sign-in code is %1. It works once, for 5 minutes.</source>
        <translation>Ваш код для входа: %1. Он действует один раз в течение 5 минут.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Thank you for playing.</source>
        <translation>Спасибо за игру.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Your Transcendence code: %1</source>
        <translation>Ваш код Transcendence: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Goodbye!</source>
        <translation>До свидания!</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Never give this code to anyone: we will never ask you for it.</source>
        <translation>Никому не сообщайте этот код: мы никогда его не попросим.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your data was exported</source>
        <translation>Ваши данные выгружены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of the data we keep about you was just downloaded from your account settings.</source>
        <translation>Копия хранящихся у нас данных о вас только что была скачана в настройках вашей учётной записи.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::AccountSession</name>
    <message>
        <location filename="../client-qml/account/AccountSession.cpp" line="+103"/>
        <source>Your session has ended: it was signed out from another device, or the account was suspended.</source>
        <translation>Ваш сеанс завершён: выход выполнен с другого устройства, или учётная запись заблокирована.</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>That is not right. Try again.</source>
        <translation>Неверно. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The server cannot be reached. Check the server address and your connection.</source>
        <translation>Сервер недоступен. Проверьте адрес сервера и подключение.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много попыток. Повторите через %n секунду.</numerusform>
            <numerusform>Слишком много попыток. Повторите через %n секунды.</numerusform>
            <numerusform>Слишком много попыток. Повторите через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many attempts. Try again later.</source>
        <translation>Слишком много попыток. Повторите позже.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong user name, e-mail address or password.</source>
        <translation>Неверное имя пользователя, e-mail или пароль.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That code is not valid. Try the current code, or a recovery code.</source>
        <translation>Код недействителен. Введите текущий код или код восстановления.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This sign-in step has expired. Sign in again.</source>
        <translation>Время этого шага входа истекло. Войдите снова.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account is suspended.</source>
        <translation>Эта учётная запись заблокирована.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This sign-in has expired or was already used. Sign in again.</source>
        <translation>Этот вход устарел или уже использован. Войдите снова.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some fields need attention.</source>
        <translation>Проверьте отмеченные поля.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That user name, e-mail address or display name is already taken.</source>
        <translation>Это имя пользователя, e-mail или отображаемое имя уже занято.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm it is you (your password or a code) to make this change.</source>
        <translation>Подтвердите, что это вы (пароль или код), чтобы внести это изменение.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are not allowed to do this.</source>
        <translation>У вас нет прав на это действие.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server had a problem. Try again in a moment.</source>
        <translation>На сервере произошла ошибка. Повторите чуть позже.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::AdminController</name>
    <message>
        <location filename="../client-qml/admin/AdminController.cpp" line="+41"/>
        <source>The server refused: this account is not an administrator (any more).</source>
        <translation>Сервер отказал: эта учётная запись не является (больше) администратором.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cannot ban yourself.</source>
        <translation>Нельзя заблокировать самого себя.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This user is already banned.</source>
        <translation>Этот пользователь уже заблокирован.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This user is not banned.</source>
        <translation>Этот пользователь не заблокирован.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The platform needs at least one administrator: make someone else an administrator first.</source>
        <translation>На платформе должен быть хотя бы один администратор: сначала назначьте администратором кого-то другого.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This user does not exist (any more).</source>
        <translation>Этого пользователя нет (больше не существует).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in with an administrator account first.</source>
        <translation>Сначала войдите с учётной записью администратора.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::AdminReportsController</name>
    <message>
        <location filename="../client-qml/admin/AdminReportsController.cpp" line="+51"/>
        <source>The message was removed.</source>
        <translation>Сообщение удалено.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report was dismissed.</source>
        <translation>Жалоба отклонена.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The sender is muted.</source>
        <translation>Автору запрещено писать.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sender is muted until %1.</source>
        <translation>Автору запрещено писать до %1.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::AdminUserController</name>
    <message>
        <location filename="../client-qml/admin/AdminUserController.cpp" line="+111"/>
        <source>Say why: the reason goes to the audit log.</source>
        <translation>Укажите причину: она записывается в журнал аудита.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is banned: every session of theirs has ended.</source>
        <translation>%1 заблокирован(а): все его (её) сеансы завершены.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is no longer banned and may sign in again.</source>
        <translation>%1 больше не заблокирован(а) и может снова войти.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown role: %1</source>
        <translation>Неизвестная роль: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is now an administrator.</source>
        <translation>%1 теперь администратор.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is no longer an administrator.</source>
        <translation>%1 больше не администратор.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The avatar of %1 was removed.</source>
        <translation>Аватар %1 удалён.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This user has no uploaded avatar.</source>
        <translation>Этот пользователь не загружал аватар.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::ChatController</name>
    <message>
        <location filename="../client-qml/chat/ChatController.cpp" line="+196"/>
        <source>Thank you: the moderators will look at this message.</source>
        <translation>Спасибо: модераторы рассмотрят это сообщение.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::ChatTexts</name>
    <message>
        <location filename="../client-qml/chat/ChatTexts.cpp" line="+34"/>
        <source>You cannot message this player: one of you blocked the other.</source>
        <translation>Вы не можете написать этому игроку: один из вас заблокировал другого.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are muted: you can read but not send messages.</source>
        <translation>Вам запрещено писать: вы можете читать, но не отправлять сообщения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are muted until %1: you can read but not send messages.</source>
        <translation>Вам запрещено писать до %1: вы можете читать, но не отправлять сообщения.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account is suspended.</source>
        <translation>Этот аккаунт заблокирован.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>You are sending messages too fast. Try again in %n second(s).</source>
        <translation>
            <numerusform>Вы отправляете сообщения слишком быстро. Попробуйте через %n секунду.</numerusform>
            <numerusform>Вы отправляете сообщения слишком быстро. Попробуйте через %n секунды.</numerusform>
            <numerusform>Вы отправляете сообщения слишком быстро. Попробуйте через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You already sent this message several times. Write something else.</source>
        <translation>Вы уже несколько раз отправили это сообщение. Напишите что-нибудь другое.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a message first.</source>
        <translation>Сначала напишите сообщение.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A message can have at most %n character(s).</source>
        <translation>
            <numerusform>Сообщение может содержать не более %n символа.</numerusform>
            <numerusform>Сообщение может содержать не более %n символов.</numerusform>
            <numerusform>Сообщение может содержать не более %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are not in this conversation (any more).</source>
        <translation>Вы не участвуете (больше не участвуете) в этой беседе.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This conversation or player does not exist (any more).</source>
        <translation>Этой беседы или игрока нет (больше нет).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You already reported this message.</source>
        <translation>Вы уже пожаловались на это сообщение.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached. The message will be sent when the connection is back.</source>
        <translation>Сервер недоступен. Сообщение будет отправлено, когда соединение восстановится.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is busy. Try again in a moment.</source>
        <translation>Сервер занят. Попробуйте чуть позже.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This player is not online.</source>
        <translation>Этот игрок не в сети.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused: %1</source>
        <translation>Сервер отказал: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Round %1: %2 plays %3 next.</source>
        <translation>Раунд %1: следующий матч — %2 против %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 plays %2 next.</source>
        <translation>Следующий матч: %1 против %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Round %1: no winner.</source>
        <translation>Раунд %1: победителя нет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Round %1: %2 won by walkover against %3.</source>
        <translation>Раунд %1: %2 побеждает %3 из-за неявки.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Round %1: %2 won, %3 forfeited.</source>
        <translation>Раунд %1: %2 побеждает, %3 сдался(-лась).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round %1: %2 beat %3.</source>
        <translation>Раунд %1: %2 победил(а) %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tournament is over.</source>
        <translation>Турнир окончен.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tournament is over: %1 won it.</source>
        <translation>Турнир окончен: победил(а) %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tournament has started.</source>
        <translation>Турнир начался.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tournament notice: %1</source>
        <translation>Сообщение турнира: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for an answer</source>
        <translation>Ожидает ответа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declined</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired</source>
        <translation>Истекло</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer available</source>
        <translation>Больше недоступно</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 asked to be your friend.</source>
        <translation>%1 хочет добавить вас в друзья.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 accepted your friend request.</source>
        <translation>%1 принял(а) вашу заявку в друзья.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 invited you to a match.</source>
        <translation>%1 приглашает вас на матч.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your tournament match is ready.</source>
        <translation>Ваш турнирный матч готов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your tournament match against %1 is ready.</source>
        <translation>Ваш турнирный матч против %1 готов.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A moderator muted you until %1.</source>
        <translation>Модератор запретил вам писать до %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A moderator lifted your mute.</source>
        <translation>Модератор снял запрет на отправку сообщений.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A moderator removed one of your messages.</source>
        <translation>Модератор удалил одно из ваших сообщений.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Reason: %2</source>
        <translation>%1 Причина: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice: %1</source>
        <translation>Уведомление: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spam</source>
        <translation>Спам</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abuse or harassment</source>
        <translation>Оскорбления или травля</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cheating</source>
        <translation>Жульничество</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something else</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>transcendence::client::EmailSettings</name>
    <message>
        <location filename="../client-qml/account/EmailSettings.cpp" line="+58"/>
        <source>The current password is wrong.</source>
        <translation>Текущий пароль неверен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your address is already confirmed.</source>
        <translation>Ваш адрес уже подтверждён.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is already your address.</source>
        <translation>Это уже ваш адрес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another account uses this address.</source>
        <translation>Этот адрес уже использует другая учётная запись.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sent. Check your mailbox.</source>
        <translation>Отправлено. Проверьте почту.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Almost done: follow the link we sent to the new address. Until then, the old one stays.</source>
        <translation>Почти готово: перейдите по ссылке, отправленной на новый адрес. До тех пор остаётся прежний.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::LocalMatch</name>
    <message>
        <location filename="../client-qml/play/LocalMatch.cpp" line="+74"/>
        <source>These settings cannot be played: %1</source>
        <translation>С этими настройками играть нельзя: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown difficulty: %1</source>
        <translation>Неизвестная сложность: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no seat %1 in this match.</source>
        <translation>В этом матче нет места %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>easy</source>
        <translation>лёгкий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>normal</source>
        <translation>нормальный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hard</source>
        <translation>сложный</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>AI (%1)</source>
        <translation>ИИ (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Player %1</source>
        <translation>Игрок %1</translation>
    </message>
</context>
<context>
    <name>transcendence::client::LocalTournament</name>
    <message>
        <location filename="../client-qml/play/LocalTournament.cpp" line="+24"/>
        <source>Enter %1 to %2 players, one per line.</source>
        <translation>Введите от %1 до %2 игроков, по одному в строке.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name %1 is empty.</source>
        <translation>Имя %1 пустое.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 длиннее %2 символов.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has characters a name cannot have.</source>
        <translation>%1 содержит символы, недопустимые в имени.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 appears twice.</source>
        <translation>%1 встречается дважды.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1 vs %2</source>
        <translation>%1 против %2</translation>
    </message>
</context>
<context>
    <name>transcendence::client::OAuthSignIn</name>
    <message>
        <location filename="../client-qml/account/OAuthSignIn.cpp" line="+32"/>
        <source>The sign-in took too long. Try again.</source>
        <translation>Вход занял слишком много времени. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Choose a server first.</source>
        <translation>Сначала выберите сервер.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The app could not listen for the browser&apos;s answer: %1</source>
        <translation>Приложение не смогло ожидать ответа браузера: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No web browser could be opened. Open the address below in one.</source>
        <translation>Не удалось открыть веб-браузер. Откройте адрес ниже в браузере.</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+5"/>
        <source>Not here</source>
        <translation>Не здесь</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>This address only takes the sign-in.</source>
        <translation>Этот адрес служит только для входа.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in not recognised</source>
        <translation>Вход не распознан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This answer does not belong to the sign-in the app is waiting for.</source>
        <translation>Этот ответ не относится ко входу, которого ждёт приложение.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign-in failed</source>
        <translation>Вход не удался</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this page.</source>
        <translation>Эту страницу можно закрыть.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed in</source>
        <translation>Вход выполнен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this page and go back to Transcendence.</source>
        <translation>Эту страницу можно закрыть и вернуться в Transcendence.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The sign-in was cancelled or refused at the provider.</source>
        <translation>Вход отменён или отклонён у провайдера.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another account already uses this e-mail address. Sign in with its password, then link the provider from your profile.</source>
        <translation>Этот адрес эл. почты уже используется другой учётной записью. Войдите с её паролем, затем привяжите провайдера в профиле.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account is suspended.</source>
        <translation>Эта учётная запись заблокирована.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in did not complete: %1</source>
        <translation>Вход не завершён: %1</translation>
    </message>
</context>
<context>
    <name>transcendence::client::PasswordSettings</name>
    <message>
        <location filename="../client-qml/account/PasswordSettings.cpp" line="+42"/>
        <source>The current password is wrong.</source>
        <translation>Текущий пароль неверен.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new password is too short: use at least 10 characters.</source>
        <translation>Новый пароль слишком короткий: нужно не меньше 10 символов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new password is one of the most common ones: choose another.</source>
        <translation>Новый пароль — один из самых распространённых: выберите другой.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new password must not be your user name or e-mail address.</source>
        <translation>Новый пароль не должен совпадать с именем пользователя или адресом электронной почты.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Password saved. Your other sessions are signed out.</source>
        <translation>Пароль сохранён. Остальные сеансы завершены.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enter the e-mail address of your account.</source>
        <translation>Введите адрес электронной почты вашей учётной записи.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If an account uses this address, a link to choose a new password is on its way. It works once, for 30 minutes.</source>
        <translation>Если этот адрес принадлежит учётной записи, на него уже отправлена ссылка для выбора нового пароля. Она действует один раз в течение 30 минут.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::PlayDirectory</name>
    <message>
        <location filename="../client-qml/play/PlayDirectory.cpp" line="+34"/>
        <location line="+32"/>
        <source>Sign in to see this.</source>
        <translation>Войдите, чтобы увидеть это.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::PlayLobby</name>
    <message>
        <location filename="../client-qml/play/PlayLobby.cpp" line="+156"/>
        <source>Not connected to the server.</source>
        <translation>Нет соединения с сервером.</translation>
    </message>
    <message>
        <location line="+263"/>
        <source>You are already in a match.</source>
        <translation>Вы уже в матче.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are already waiting for a match.</source>
        <translation>Вы уже ждёте матч.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You were not waiting for a match.</source>
        <translation>Вы не ждали матч.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can only invite your friends.</source>
        <translation>Приглашать можно только друзей.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This player is not online.</source>
        <translation>Этот игрок не в сети.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This player is already playing or waiting for a match.</source>
        <translation>Этот игрок уже играет или ждёт матч.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This invitation is no longer open.</source>
        <translation>Это приглашение уже недействительно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This match is over.</source>
        <translation>Этот матч окончен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have no seat in this match.</source>
        <translation>У вас нет места в этом матче.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This match cannot be replayed.</source>
        <translation>Этот матч нельзя посмотреть в повторе.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server is busy. Try again in a moment.</source>
        <translation>Сервер занят. Попробуйте чуть позже.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a match at one keyboard can be paused.</source>
        <translation>Поставить на паузу можно только матч за одной клавиатурой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No match of this tournament is ready.</source>
        <translation>Ни один матч этого турнира не готов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This tournament is not yours to play.</source>
        <translation>Этот турнир не вам проводить.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused: %1</source>
        <translation>Сервер отказал: %1</translation>
    </message>
</context>
<context>
    <name>transcendence::client::PlaySettings</name>
    <message>
        <location filename="../client-qml/play/PlaySettings.cpp" line="+172"/>
        <source>Must be at least the ball speed.</source>
        <translation>Должна быть не меньше скорости мяча.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a whole number.</source>
        <translation>Введите целое число.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a number from %1 to %2.</source>
        <translation>Введите число от %1 до %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This value is not valid.</source>
        <translation>Недопустимое значение.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some settings need your attention.</source>
        <translation>Некоторые настройки нужно исправить.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>4 players</source>
        <translation>4 игрока</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 vs 1</source>
        <translation>1 на 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>map %1</source>
        <translation>карта %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n lives</source>
        <translation>
            <numerusform>%n жизнь</numerusform>
            <numerusform>%n жизни</numerusform>
            <numerusform>%n жизней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first to %1, by two clear points</source>
        <translation>до %1 очков с перевесом в два</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first to %1</source>
        <translation>до %1 очков</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ball speed %1</source>
        <translation>скорость мяча %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paddle %1</source>
        <translation>ракетка %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no power-ups</source>
        <translation>без бонусов</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>power-ups: %1</source>
        <translation>бонусы: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Classic</source>
        <translation>Классика</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pillars</source>
        <translation>Колонны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crossroads</source>
        <translation>Перекрёсток</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bigger paddle</source>
        <translation>Большая ракетка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Smaller opponent paddles</source>
        <translation>Маленькие ракетки соперников</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Faster ball</source>
        <translation>Быстрый мяч</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Multi-ball</source>
        <translation>Мультимяч</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Easy</source>
        <translation>Легко</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Normal</source>
        <translation>Нормально</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hard</source>
        <translation>Сложно</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ball speed (serve)</source>
        <translation>Скорость мяча (подача)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed added per hit</source>
        <translation>Прибавка скорости за удар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum ball speed</source>
        <translation>Максимальная скорость мяча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paddle size</source>
        <translation>Размер ракетки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paddle speed</source>
        <translation>Скорость ракетки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points to win</source>
        <translation>Очков для победы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives</source>
        <translation>Жизни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds before a serve</source>
        <translation>Секунд до подачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds between power-ups</source>
        <translation>Секунд между бонусами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds a power-up stays</source>
        <translation>Сколько секунд бонус на поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds an effect lasts</source>
        <translation>Длительность эффекта в секундах</translation>
    </message>
</context>
<context>
    <name>transcendence::client::ProfileEditor</name>
    <message>
        <location filename="../client-qml/social/ProfileEditor.cpp" line="+63"/>
        <source>Another player already has this display name.</source>
        <translation>Это отображаемое имя уже занято другим игроком.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your profile is saved.</source>
        <translation>Ваш профиль сохранён.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+27"/>
        <location line="+78"/>
        <source>The picture is larger than 2 MiB.</source>
        <translation>Изображение больше 2 МиБ.</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+100"/>
        <source>Choose a PNG, JPEG or WebP picture.</source>
        <translation>Выберите изображение PNG, JPEG или WebP.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>The picture could not be read: %1</source>
        <translation>Не удалось прочитать изображение: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Your new avatar is saved.</source>
        <translation>Ваш новый аватар сохранён.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your avatar is removed. The generated one is shown instead.</source>
        <translation>Ваш аватар удалён. Вместо него показывается сгенерированный.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The picture has too many pixels (at most 8192 a side).</source>
        <translation>В изображении слишком много пикселей (не больше 8192 по стороне).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The picture could not be read. It may be damaged.</source>
        <translation>Не удалось прочитать изображение. Возможно, оно повреждено.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::RealtimeClient</name>
    <message>
        <location filename="../client-qml/network/RealtimeClient.cpp" line="+199"/>
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
        <location line="+45"/>
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
    <name>transcendence::client::SocialActions</name>
    <message>
        <location filename="../client-qml/social/SocialActions.cpp" line="+128"/>
        <source>You are already friends.</source>
        <translation>Вы уже друзья.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A friend request is already waiting.</source>
        <translation>Запрос в друзья уже ожидает ответа.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A block between you stops friend requests.</source>
        <translation>Блокировка между вами не позволяет отправлять запросы в друзья.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You already blocked this player.</source>
        <translation>Вы уже заблокировали этого игрока.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This player is not accepting friend requests from you.</source>
        <translation>Этот игрок не принимает от вас запросы в друзья.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is no longer possible: the page was out of date.</source>
        <translation>Это уже невозможно: страница устарела.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>You and %1 are now friends.</source>
        <translation>Теперь вы и %1 — друзья.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Friend request sent to %1.</source>
        <translation>Запрос в друзья отправлен игроку %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your request to %1 is cancelled.</source>
        <translation>Ваш запрос игроку %1 отменён.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You declined the request of %1.</source>
        <translation>Вы отклонили запрос от %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is no longer your friend.</source>
        <translation>%1 больше не ваш друг.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You blocked %1.</source>
        <translation>Вы заблокировали %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You unblocked %1.</source>
        <translation>Вы разблокировали %1.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::TournamentDirectory</name>
    <message>
        <location filename="../client-qml/play/TournamentDirectory.cpp" line="+40"/>
        <source>Sign in to see the tournaments.</source>
        <translation>Войдите, чтобы увидеть турниры.</translation>
    </message>
</context>
<context>
    <name>web.account</name>
    <message>
        <location filename="../resources/web/strings/account.js" line="+4"/>
        <source>This link is not valid any more: it was already used, or it has expired.</source>
        <translation>Эта ссылка больше не действует: ею уже воспользовались или срок её действия истёк.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another account uses this address now.</source>
        <translation>Этот адрес теперь использует другая учётная запись.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current password is wrong.</source>
        <translation>Текущий пароль неверен.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgot your password?</source>
        <translation>Забыли пароль?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address of your account</source>
        <translation>Адрес электронной почты вашей учётной записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send me a link</source>
        <translation>Прислать ссылку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If an account uses this address, a link to choose a new password is on its way. It works once, for 30 minutes.</source>
        <translation>Если этот адрес принадлежит учётной записи, на него уже отправлена ссылка для выбора нового пароля. Она действует один раз в течение 30 минут.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the e-mail address of your account: we will send it a link to choose a new password.</source>
        <translation>Введите адрес электронной почты вашей учётной записи: мы пришлём на него ссылку для выбора нового пароля.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to sign-in</source>
        <translation>Вернуться ко входу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a new password</source>
        <translation>Выберите новый пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 10 characters. A few words you will remember make a good one.</source>
        <translation>Не меньше 10 символов. Несколько слов, которые вы запомните, — хороший пароль.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the new password</source>
        <translation>Сохранить новый пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your password is changed, and you are signed out everywhere. Sign in with the new one.</source>
        <translation>Пароль изменён, и вы вышли со всех устройств. Войдите с новым паролем.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm your e-mail address</source>
        <translation>Подтвердите адрес электронной почты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirming your address…</source>
        <translation>Подтверждаем ваш адрес…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the settings</source>
        <translation>Перейти в настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you: %{email} is confirmed.</source>
        <translation>Спасибо: адрес %{email} подтверждён.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the link again</source>
        <translation>Отправить ссылку ещё раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent. Check your mailbox.</source>
        <translation>Отправлено. Проверьте почту.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please confirm your e-mail address %{email}: follow the link we sent you.</source>
        <translation>Подтвердите адрес электронной почты %{email}: перейдите по ссылке из нашего письма.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Подтверждён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not confirmed yet</source>
        <translation>Ещё не подтверждён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No e-mail address yet.</source>
        <translation>Адрес электронной почты пока не указан.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New e-mail address</source>
        <translation>Новый адрес электронной почты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the address</source>
        <translation>Сменить адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Almost done: follow the link we sent to the new address. Until then, the old one stays.</source>
        <translation>Почти готово: перейдите по ссылке, отправленной на новый адрес. До этого остаётся старый.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a password</source>
        <translation>Задать пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password saved. Your other sessions are signed out.</source>
        <translation>Пароль сохранён. Остальные сеансы завершены.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your other sessions are signed out when it changes.</source>
        <translation>При смене пароля остальные сеансы завершаются.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account signs in with a provider. Set a password to sign in with your name too.</source>
        <translation>Вы входите через внешний сервис. Задайте пароль, чтобы входить и по имени пользователя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address</source>
        <translation>Адрес электронной почты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
</context>
<context>
    <name>web.achievements</name>
    <message>
        <location filename="../resources/web/strings/achievements.js" line="+4"/>
        <source>First match</source>
        <translation>Первый матч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play a match to its end.</source>
        <translation>Сыграйте матч до конца.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First win</source>
        <translation>Первая победа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a match.</source>
        <translation>Выиграйте матч.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked winner</source>
        <translation>Рейтинговый победитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a ranked match.</source>
        <translation>Выиграйте рейтинговый матч.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine breaker</source>
        <translation>Гроза машин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beat the hard computer player.</source>
        <translation>Победите компьютер на сложном уровне.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shutout</source>
        <translation>Всухую</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a match without losing a point.</source>
        <translation>Выиграйте матч, не пропустив ни одного очка.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comeback</source>
        <translation>Камбэк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a match after trailing 0–5.</source>
        <translation>Выиграйте матч, уступая 0–5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a roll</source>
        <translation>Серия побед</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win five matches in a row.</source>
        <translation>Выиграйте пять матчей подряд.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular</source>
        <translation>Завсегдатай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play ten matches.</source>
        <translation>Сыграйте десять матчей.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veteran</source>
        <translation>Ветеран</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play a hundred matches.</source>
        <translation>Сыграйте сто матчей.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last one standing</source>
        <translation>Последний выживший</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a four-player match.</source>
        <translation>Выиграйте матч на четверых.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Champion</source>
        <translation>Чемпион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a tournament.</source>
        <translation>Выиграйте турнир.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contender</source>
        <translation>Претендент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach a rating of 1600.</source>
        <translation>Достигните рейтинга 1600.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievements</source>
        <translation>Достижения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earned on %{date}</source>
        <translation>Получено %{date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet</source>
        <translation>Ещё нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level %{level} · %{experience} experience points</source>
        <translation>Уровень %{level} · очков опыта: %{experience}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress to the next level</source>
        <translation>Прогресс до следующего уровня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next level at %{experience} points.</source>
        <translation>Следующий уровень — при %{experience} очках.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{earned} of %{total} earned.</source>
        <translation>Получено %{earned} из %{total}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievement unlocked: %{title}</source>
        <translation>Новое достижение: %{title}</translation>
    </message>
</context>
<context>
    <name>web.chat</name>
    <message>
        <location filename="../resources/web/strings/chat.js" line="+5"/>
        <source>You cannot message this player: one of you blocked the other.</source>
        <translation>Вы не можете написать этому игроку: один из вас заблокировал другого.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All conversations</source>
        <translation>Все беседы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the chat</source>
        <translation>Закрыть чат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your conversations could not be loaded.</source>
        <translation>Не удалось загрузить ваши беседы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading your conversations…</source>
        <translation>Загрузка бесед…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conversations yet. Open a player&apos;s profile and choose &quot;Message&quot; to write to them.</source>
        <translation>Бесед пока нет. Откройте профиль игрока и нажмите «Написать», чтобы написать ему.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unread</source>
        <translation>непрочитанных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>Беседы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show earlier messages</source>
        <translation>Показать более ранние сообщения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your message</source>
        <translation>Ваше сообщение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter sends, Shift+Enter starts a new line.</source>
        <translation>Enter — отправить, Shift+Enter — новая строка.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile of %{name}</source>
        <translation>Профиль: %{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite to a match</source>
        <translation>Пригласить на матч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the tournament</source>
        <translation>Открыть турнир</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the invitation</source>
        <translation>Отправить приглашение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points to win</source>
        <translation>Очков для победы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points to win: a whole number from 1 to 50.</source>
        <translation>Очков для победы: целое число от 1 до 50.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected to the server: the invitation cannot be sent now.</source>
        <translation>Нет соединения с сервером: сейчас приглашение отправить нельзя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation sent.</source>
        <translation>Приглашение отправлено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot invite this player: one of you blocked the other.</source>
        <translation>Вы не можете пригласить этого игрока: один из вас заблокировал другого.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{count} / %{max}</source>
        <translation>%{count} / %{max}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} is typing…</source>
        <translation>%{name} печатает…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{names} are typing…</source>
        <translation>%{names} печатают…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history could not be loaded.</source>
        <translation>Не удалось загрузить историю.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No messages yet. Say hello!</source>
        <translation>Сообщений пока нет. Поздоровайтесь!</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>See the match</source>
        <translation>Смотреть матч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the invitation</source>
        <translation>Отменить приглашение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You invited %{name} to a match</source>
        <translation>Вы пригласили игрока %{name} на матч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} invites you to a match</source>
        <translation>%{name} приглашает вас на матч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open until %{time}.</source>
        <translation>Действует до %{time}.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Not connected to the server: try again in a moment.</source>
        <translation>Нет соединения с сервером: попробуйте чуть позже.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removed by a moderator</source>
        <translation>Удалено модератором</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted with its account</source>
        <translation>Удалено вместе с учётной записью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent: %{reason}</source>
        <translation>Не отправлено: %{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen</source>
        <translation>Просмотрено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Пожаловаться</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report this message from %{name}</source>
        <translation>Пожаловаться на это сообщение от %{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam</source>
        <translation>Спам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abuse or harassment</source>
        <translation>Оскорбления или травля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheating</source>
        <translation>Жульничество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the report</source>
        <translation>Отправить жалобу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why do you report it?</source>
        <translation>Почему вы жалуетесь?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment (optional)</source>
        <translation>Комментарий (необязательно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you: the moderators will look at this message.</source>
        <translation>Спасибо: модераторы рассмотрят это сообщение.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You already reported this message.</source>
        <translation>Вы уже пожаловались на это сообщение.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be sent: %{reason}</source>
        <translation>Не удалось отправить жалобу: %{reason}</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>%{name}: %{text}</source>
        <translation>%{name}: %{text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New message from %{name}.</source>
        <translation>Новое сообщение от %{name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat, %{count} unread</source>
        <translation>Чат, непрочитанных: %{count}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>You are muted until %{time}: you can read messages but not send them.</source>
        <translation>Вам запрещено писать до %{time}: вы можете читать сообщения, но не отправлять их.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are muted: you can read messages but not send them.</source>
        <translation>Вам запрещено писать: вы можете читать сообщения, но не отправлять их.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account is suspended: you cannot send messages.</source>
        <translation>Ваша учётная запись заблокирована: вы не можете отправлять сообщения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not a member of this conversation any more.</source>
        <translation>Вы больше не участник этой беседы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are sending messages too fast. Try again in %{seconds} s.</source>
        <translation>Вы отправляете сообщения слишком быстро. Повторите через %{seconds} с.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You sent the same message three times in a row. Write something else, or wait half a minute.</source>
        <translation>Вы отправили одно и то же сообщение три раза подряд. Напишите что-нибудь другое или подождите полминуты.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write something before sending.</source>
        <translation>Напишите что-нибудь перед отправкой.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A message has at most 2,000 characters.</source>
        <translation>Сообщение может содержать не более 2000 символов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This conversation does not exist any more.</source>
        <translation>Этой беседы больше нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is busy for a moment. Try again.</source>
        <translation>Сервер ненадолго занят. Попробуйте снова.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot be reached. Check your connection and try again.</source>
        <translation>Сервер недоступен. Проверьте подключение и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message could not be sent (%{code}).</source>
        <translation>Не удалось отправить сообщение (%{code}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round %{round}: %{first} plays %{second}.</source>
        <translation>Раунд %{round}: %{first} играет с %{second}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round %{round}: no winner.</source>
        <translation>Раунд %{round}: без победителя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round %{round}: %{winner} wins by walkover against %{loser}.</source>
        <translation>Раунд %{round}: %{winner} побеждает %{loser} за неявкой соперника.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round %{round}: %{winner} wins, %{loser} forfeited.</source>
        <translation>Раунд %{round}: %{winner} побеждает, %{loser} сдаётся.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round %{round}: %{winner} beat %{loser}.</source>
        <translation>Раунд %{round}: %{winner} обыгрывает %{loser}.</translation>
    </message>
    <message>
        <source>%{winner} won the match, %{score}.</source>
        <translation type="vanished">%{winner} выигрывает матч, %{score}.</translation>
    </message>
    <message>
        <source>%{winner} won the match.</source>
        <translation type="vanished">%{winner} выигрывает матч.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tournament is over: %{winner} wins it!</source>
        <translation>Турнир окончен: победитель — %{winner}!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tournament is over.</source>
        <translation>Турнир окончен.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tournament has started.</source>
        <translation>Турнир начался.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A message from the server.</source>
        <translation>Сообщение от сервера.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for an answer</source>
        <translation>Ожидает ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Истекло</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer available</source>
        <translation>Больше недоступно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No messages yet</source>
        <translation>Сообщений пока нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation to a match</source>
        <translation>Приглашение на матч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You: %{text}</source>
        <translation>Вы: %{text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your conversations open in the chat panel, beside every page. Open it from the header at any time.</source>
        <translation>Ваши беседы открываются в панели чата рядом с любой страницей. Открыть её можно в любой момент из шапки сайта.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Написать</translation>
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
        <source>The server is slow to answer. Still trying by itself.</source>
        <translation>Сервер долго не отвечает. Продолжаем попытки.</translation>
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
    <message>
        <location line="+1"/>
        <source>Server connection</source>
        <translation>Соединение с сервером</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused while you were away. It resumes when you use the page.</source>
        <translation>Приостановлено, пока вас не было. Соединение возобновится, как только вы воспользуетесь страницей.</translation>
    </message>
</context>
<context>
    <name>web.dashboard</name>
    <message>
        <location filename="../resources/web/strings/dashboard.js" line="+4"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the data as a table</source>
        <translation>Показать данные таблицей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the table</source>
        <translation>Скрыть таблицу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chart could not be drawn.</source>
        <translation>Не удалось нарисовать график.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No wins or losses yet: play a match to see them here.</source>
        <translation>Побед и поражений пока нет: сыграйте матч, чтобы увидеть их здесь.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wins and losses per day (practice included)</source>
        <translation>Победы и поражения по дням (включая тренировки)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wins</source>
        <translation>Победы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Losses</source>
        <translation>Поражения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No ranked matches yet: your rating is %{rating}.</source>
        <translation>Рейтинговых матчей пока не было: ваш рейтинг — %{rating}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating after each ranked match</source>
        <translation>Рейтинг после каждого рейтингового матча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match end</source>
        <translation>Конец матча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No points yet in counted matches (one against one, practice excluded).</source>
        <translation>В учитываемых матчах очков пока нет (один на один, без тренировок).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points won and lost (counted one-against-one matches)</source>
        <translation>Очки набранные и пропущенные (учитываемые матчи один на один)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Очки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Набрано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No matches played yet.</source>
        <translation>Матчей пока не было.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches by kind</source>
        <translation>Матчи по видам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of match</source>
        <translation>Вид матча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Played</source>
        <translation>Сыграно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading your results…</source>
        <translation>Загрузка результатов…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results over time</source>
        <translation>Результаты по времени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds of match</source>
        <translation>Виды матчей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your statistics</source>
        <translation>Ваша статистика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Player</source>
        <translation>Игрок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players and their results</source>
        <translation>Игроки и их результаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives left</source>
        <translation>Осталось жизней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forfeited</source>
        <translation>Техническое поражение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it ended</source>
        <translation>Как закончился</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked</source>
        <translation>Рейтинговый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time in play</source>
        <translation>Время игры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key presses recorded</source>
        <translation>Записано нажатий клавиш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match</source>
        <translation>Матч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the match…</source>
        <translation>Загрузка матча…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no such match.</source>
        <translation>Такого матча нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> vs </source>
        <translation> против </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match %{id}: %{players}</source>
        <translation>Матч %{id}: %{players}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players</source>
        <translation>Игроки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives left at the end</source>
        <translation>Жизни в конце матча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final score</source>
        <translation>Итоговый счёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About this match</source>
        <translation>Об этом матче</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over time</source>
        <translation>Ход матча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No point was scored in this match.</source>
        <translation>В этом матче не было забито ни одного очка.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives after each point</source>
        <translation>Жизни после каждого очка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score after each point</source>
        <translation>Счёт после каждого очка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paddle hits</source>
        <translation>Отбивания ракеткой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hits</source>
        <translation>Отбивания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest rally</source>
        <translation>Самый длинный розыгрыш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average rally</source>
        <translation>Средний розыгрыш</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hits</source>
        <translation>
            <numerusform>%n отбивание</numerusform>
            <numerusform>%n отбивания</numerusform>
            <numerusform>%n отбиваний</numerusform>
        </translation>
    </message>
    <message>
        <source>%{count} hits</source>
        <translation type="vanished">Отбиваний: %{count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wins, losses, streaks and points count matches against people only; practice (one keyboard, or against the computer) is in the chart above and in “Kinds of match”.</source>
        <translation>Победы, поражения, серии и очки учитывают только матчи против людей; тренировки (за одной клавиатурой или против компьютера) — на графике выше и в разделе «Виды матчей».</translation>
    </message>
    <message>
        <source>A timeline of the points is not available: the server keeps the keys pressed, not when each point was scored.</source>
        <translation type="vanished">Хронология очков недоступна: сервер хранит нажатия клавиш, а не время каждого очка.</translation>
    </message>
</context>
<context>
    <name>web.form</name>
    <message>
        <location filename="../resources/web/strings/form.js" line="+4"/>
        <source>This field is required.</source>
        <translation>Это поле обязательно.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter an email address.</source>
        <translation>Введите адрес электронной почты.</translation>
    </message>
    <message>
        <source>Use at least %{count} characters.</source>
        <translation type="vanished">Используйте не менее %{count} символов.</translation>
    </message>
    <message>
        <source>Use at most %{count} characters.</source>
        <translation type="vanished">Используйте не более %{count} символов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This value is not valid.</source>
        <translation>Недопустимое значение.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot be reached. Check your connection and try again.</source>
        <translation>Сервер недоступен. Проверьте подключение и повторите попытку.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in %{seconds} seconds.</source>
        <translation type="vanished">Слишком много попыток. Повторите через %{seconds} с.</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Используйте не менее %n символа.</numerusform>
            <numerusform>Используйте не менее %n символов.</numerusform>
            <numerusform>Используйте не менее %n символов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Используйте не более %n символа.</numerusform>
            <numerusform>Используйте не более %n символов.</numerusform>
            <numerusform>Используйте не более %n символов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too many attempts. Try again in %n seconds.</source>
        <translation>
            <numerusform>Слишком много попыток. Повторите через %n секунду.</numerusform>
            <numerusform>Слишком много попыток. Повторите через %n секунды.</numerusform>
            <numerusform>Слишком много попыток. Повторите через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many attempts. Try again later.</source>
        <translation>Слишком много попыток. Повторите позже.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some fields need your attention.</source>
        <translation>Проверьте отмеченные поля.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong. Please try again.</source>
        <translation>Что-то пошло не так. Повторите попытку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use %{min} to %{max} characters.</source>
        <translation>Используйте от %{min} до %{max} символов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a whole number from %{min} to %{max}.</source>
        <translation>Введите целое число от %{min} до %{max}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is already taken. Choose another.</source>
        <translation>Это имя уже занято. Выберите другое.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This email address already has an account.</source>
        <translation>Для этого адреса электронной почты уже есть учётная запись.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use 3 to 20 letters (a-z), digits or underscores.</source>
        <translation>Используйте от 3 до 20 латинских букв (a-z), цифр или подчёркиваний.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use only letters, digits, spaces and _ - . &apos;</source>
        <translation>Используйте только буквы, цифры, пробелы и _ - . &apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This password is one of the most common ones. Choose another.</source>
        <translation>Это один из самых распространённых паролей. Выберите другой.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password must not be your user name or email address.</source>
        <translation>Пароль не должен совпадать с именем пользователя или адресом электронной почты.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This text holds a character that cannot be saved.</source>
        <translation>В тексте есть символ, который нельзя сохранить.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a language from the list.</source>
        <translation>Выберите язык из списка.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not your password.</source>
        <translation>Это не ваш пароль.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code is not valid.</source>
        <translation>Этот код недействителен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This code was just used. Wait for the next one in your app.</source>
        <translation>Этот код только что использован. Дождитесь следующего в приложении.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the control characters.</source>
        <translation>Удалите управляющие символы.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Confirm it is you (your password or a code) to make this change.</source>
        <translation>Подтвердите, что это вы (пароль или код), чтобы внести это изменение.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This name is used twice (names ignore case).</source>
        <translation>Это имя встречается дважды (регистр букв не учитывается).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List %{min} to %{max} players.</source>
        <translation>Укажите от %{min} до %{max} игроков.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another player uses your display name here: choose an alias.</source>
        <translation>Здесь уже есть игрок с вашим отображаемым именем: выберите псевдоним.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be at least the minimum number of players.</source>
        <translation>Должно быть не меньше минимального числа игроков.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot choose yourself.</source>
        <translation>Нельзя выбрать самого себя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not allowed to do this.</source>
        <translation>У вас нет прав на это действие.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This was not found. It may have been removed.</source>
        <translation>Не найдено. Возможно, это было удалено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again to continue.</source>
        <translation>Войдите снова, чтобы продолжить.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is busy. Try again in a moment.</source>
        <translation>Сервер занят. Попробуйте ещё раз через минуту.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This conflicts with something that already exists.</source>
        <translation>Это противоречит уже существующим данным.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="vanished">Сохранено.</translation>
    </message>
</context>
<context>
    <name>web.friends</name>
    <message>
        <location filename="../resources/web/strings/friends.js" line="+4"/>
        <source>Friends</source>
        <translation>Друзья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a game</source>
        <translation>В игре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are already friends.</source>
        <translation>Вы уже друзья.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A friend request is already waiting.</source>
        <translation>Запрос в друзья уже ожидает ответа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A block between you stops friend requests.</source>
        <translation>Блокировка между вами не позволяет отправлять запросы в друзья.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You already blocked this player.</source>
        <translation>Вы уже заблокировали этого игрока.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is no longer possible: the page was out of date.</source>
        <translation>Это уже невозможно: страница устарела.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading your friends…</source>
        <translation>Загрузка друзей…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No friends yet. Find players on the Players page and ask them.</source>
        <translation>Друзей пока нет. Найдите игроков на странице «Игроки» и отправьте им запрос.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No requests waiting for you.</source>
        <translation>Нет запросов, ожидающих вашего ответа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No requests waiting for an answer.</source>
        <translation>Нет отправленных запросов, ожидающих ответа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have blocked nobody.</source>
        <translation>Вы никого не заблокировали.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} is no longer your friend.</source>
        <translation>%{name} больше не в списке ваших друзей.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You and %{name} are now friends.</source>
        <translation>Теперь вы и %{name} — друзья.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You declined the request of %{name}.</source>
        <translation>Вы отклонили запрос от %{name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your request to %{name} is cancelled.</source>
        <translation>Ваш запрос игроку %{name} отменён.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unblock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You unblocked %{name}.</source>
        <translation>Вы разблокировали игрока %{name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name}: %{status}.</source>
        <translation>%{name}: %{status}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find players to add</source>
        <translation>Найти игроков, чтобы добавить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your friends</source>
        <translation>Ваши друзья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests for you</source>
        <translation>Входящие запросы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests you sent</source>
        <translation>Отправленные запросы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked players</source>
        <translation>Заблокированные игроки</translation>
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
        <source>What you will find here</source>
        <translation type="vanished">Что вас здесь ждёт</translation>
    </message>
    <message>
        <source>Pong against a friend on one keyboard, or online.</source>
        <translation type="vanished">Понг с другом за одной клавиатурой или по сети.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play now</source>
        <translation>Играть</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Tournaments with brackets that update live.</source>
        <translation>Турниры с сеткой, которая обновляется в реальном времени.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Your match history and statistics.</source>
        <translation type="vanished">История ваших матчей и статистика.</translation>
    </message>
    <message>
        <source>A free account takes a minute: matches in the browser are played on the server and saved to your history.</source>
        <translation type="vanished">Бесплатная учётная запись создаётся за минуту: матчи в браузере идут на сервере и сохраняются в вашей истории.</translation>
    </message>
    <message>
        <source>These are being built now. Today this site shows the state of its server.</source>
        <translation type="vanished">Всё это сейчас в разработке. Пока сайт показывает состояние своего сервера.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you can do here</source>
        <translation>Что здесь можно делать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pong against a friend on one keyboard, against the computer, or online.</source>
        <translation>Понг с другом за одной клавиатурой, против компьютера или по сети.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A leaderboard, achievements and levels, your match history and statistics.</source>
        <translation>Таблица лидеров, достижения и уровни, история матчей и статистика.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desktop app</source>
        <translation>Настольное приложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desktop app plays the same matches, and also offline on your computer without an account.</source>
        <translation>Настольное приложение играет те же матчи, а также без сети на вашем компьютере и без учётной записи.</translation>
    </message>
    <message>
        <source>It is built from the project’s source code with Qt 6: see “Quick start” in its README.</source>
        <translation type="vanished">Оно собирается из исходного кода проекта с Qt 6: см. «Quick start» в его README.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of your friends is online.</source>
        <translation>Никого из ваших друзей нет в сети.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your friends could not be loaded.</source>
        <translation>Не удалось загрузить ваших друзей.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody to rank yet.</source>
        <translation>Пока некого ранжировать.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your rank: %{rank} of %{total}.</source>
        <translation>Ваше место: %{rank} из %{total}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole leaderboard</source>
        <translation>Вся таблица лидеров</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No matches yet: your results will show here.</source>
        <translation>Матчей пока нет: здесь появятся ваши результаты.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome back, %{name}</source>
        <translation>С возвращением, %{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick play</source>
        <translation>Быстрая игра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tournaments</source>
        <translation>Турниры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friends online</source>
        <translation>Друзья в сети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top of the leaderboard</source>
        <translation>Лидеры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your recent results</source>
        <translation>Ваши последние результаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one keyboard</source>
        <translation>за одной клавиатурой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>against the computer</source>
        <translation>против компьютера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ranked</source>
        <translation>рейтинговый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>private</source>
        <translation>частный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 players</source>
        <translation>4 игрока</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tournament</source>
        <translation>турнир</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The live matches could not be loaded.</source>
        <translation>Не удалось загрузить текущие матчи.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The leaderboard could not be loaded.</source>
        <translation>Не удалось загрузить таблицу лидеров.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n matches being played now.</source>
        <translation>
            <numerusform>Сейчас идёт %n матч.</numerusform>
            <numerusform>Сейчас идут %n матча.</numerusform>
            <numerusform>Сейчас идут %n матчей.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No match is being played right now.</source>
        <translation>Сейчас не идёт ни одного матча.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch the live matches</source>
        <translation>Смотреть текущие матчи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to watch them.</source>
        <translation>Войдите, чтобы их смотреть.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build it from the project’s source code on Debian 12 (Qt 6):</source>
        <translation>Соберите его из исходного кода проекта в Debian 12 (Qt 6):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a copy of the source code, run %{command}: it installs what is missing and builds the server and the app.</source>
        <translation>В копии исходного кода выполните %{command}: команда установит недостающее и соберёт сервер и приложение.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the app:</source>
        <translation>Запустите приложение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter this server’s address:</source>
        <translation>Введите адрес этого сервера:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The README’s “Quick start” section has the details.</source>
        <translation>Подробности — в разделе «Quick start» файла README.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an account</source>
        <translation>Создать учётную запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No account needed to play against the computer or a friend at your keyboard. A free account adds online matches, tournaments, the leaderboard and your history.</source>
        <translation>Чтобы играть против компьютера или с другом за одной клавиатурой, учётная запись не нужна. Бесплатная учётная запись добавляет онлайн-матчи, турниры, таблицу лидеров и историю ваших матчей.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live now</source>
        <translation>Сейчас идут</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your tournaments could not be loaded.</source>
        <translation>Не удалось загрузить ваши турниры.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have joined: it starts when its organiser starts it.</source>
        <translation>Вы записаны: турнир начнётся, когда его запустит организатор.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The final</source>
        <translation>Финал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round %{round} of %{rounds}</source>
        <translation>Раунд %{round} из %{rounds}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>against %{name}</source>
        <translation>против %{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>against the winner of the match before</source>
        <translation>против победителя предыдущего матча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your match is ready: go to the bracket</source>
        <translation>Ваш матч готов: открыть сетку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the other players of this round.</source>
        <translation>Ждём остальных игроков этого раунда.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are in no tournament now.</source>
        <translation>Сейчас вы не участвуете ни в одном турнире.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find one to join</source>
        <translation>Найти турнир</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All your friends</source>
        <translation>Все ваши друзья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your results could not be loaded.</source>
        <translation>Не удалось загрузить ваши результаты.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your statistics</source>
        <translation>Ваша статистика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your next tournament match</source>
        <translation>Ваш следующий турнирный матч</translation>
    </message>
</context>
<context>
    <name>web.leaderboard</name>
    <message>
        <location filename="../resources/web/strings/leaderboard.js" line="+4"/>
        <source>Players by rating, highest first</source>
        <translation>Игроки по рейтингу, начиная с высшего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Player</source>
        <translation>Игрок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked matches</source>
        <translation>Рейтинговые матчи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher ranks</source>
        <translation>Места выше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower ranks</source>
        <translation>Места ниже</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your rank: %{rank} of %{total}, rating %{rating}.</source>
        <translation>Ваше место: %{rank} из %{total}, рейтинг %{rating}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places %{from} to %{to} of %{total}.</source>
        <translation>Места с %{from} по %{to} из %{total}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody to rank yet.</source>
        <translation>Пока некого ранжировать.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaderboard</source>
        <translation>Таблица лидеров</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only me and my friends</source>
        <translation>Только я и мои друзья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaderboard pages</source>
        <translation>Страницы таблицы лидеров</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} (you)</source>
        <translation>%{name} (вы)</translation>
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
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign up</source>
        <translation>Зарегистрироваться</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live</source>
        <translation>Эфир</translation>
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
    <name>web.notifications</name>
    <message>
        <location filename="../resources/web/strings/notifications.js" line="+5"/>
        <source>New:</source>
        <translation>Новое:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark all as read</source>
        <translation>Отметить все как прочитанные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See all notifications</source>
        <translation>Все уведомления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing new.</source>
        <translation>Ничего нового.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notifications, %{count} unread</source>
        <translation>Уведомления, непрочитанных: %{count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notices</source>
        <translation>Оповещения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New notification: %{text}</source>
        <translation>Новое уведомление: %{text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tournament match</source>
        <translation>Турнирный матч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} asks to be your friend.</source>
        <translation>%{name} хочет добавить вас в друзья.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} accepted your friend request.</source>
        <translation>%{name} принимает вашу заявку в друзья.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} invites you to a match.</source>
        <translation>%{name} приглашает вас на матч.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your tournament match against %{name} is ready.</source>
        <translation>Ваш турнирный матч против %{name} готов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your tournament match is ready.</source>
        <translation>Ваш турнирный матч готов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tournament you joined has started.</source>
        <translation>Турнир, в котором вы участвуете, начался.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tournament you played is over.</source>
        <translation>Турнир, в котором вы играли, окончен.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tournament you joined was cancelled.</source>
        <translation>Турнир, в котором вы участвовали, отменён.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>News from a tournament you joined.</source>
        <translation>Новости турнира, в котором вы участвуете.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A moderator muted you in the chat until %{time}.</source>
        <translation>Модератор запретил вам писать в чате до %{time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A moderator muted you in the chat.</source>
        <translation>Модератор запретил вам писать в чате.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A moderator lifted your mute: you can write again.</source>
        <translation>Модератор снял запрет: вы снова можете писать.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A moderator removed one of your messages.</source>
        <translation>Модератор удалил одно из ваших сообщений.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A notice from the moderators.</source>
        <translation>Сообщение от модераторов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something new happened.</source>
        <translation>Произошло что-то новое.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show older notifications</source>
        <translation>Показать более старые уведомления</translation>
    </message>
</context>
<context>
    <name>web.play</name>
    <message>
        <location filename="../resources/web/strings/play.js" line="+4"/>
        <source>Play</source>
        <translation>Играть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match notifications</source>
        <translation>Уведомления о матчах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} invites you to a match</source>
        <translation>%{name} приглашает вас на матч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires in %{seconds} s.</source>
        <translation>Истекает через %{seconds} с.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your match is still running</source>
        <translation>Ваш матч всё ещё идёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to it before your seat is forfeited.</source>
        <translation>Вернитесь, пока вам не засчитали поражение.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume the match</source>
        <translation>Вернуться в матч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your tournament match is ready: %{you} vs %{opponent}</source>
        <translation>Ваш турнирный матч готов: %{you} против %{opponent}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter within %{seconds} s or lose by walkover.</source>
        <translation>Войдите в течение %{seconds} с, иначе вам засчитают неявку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the match</source>
        <translation>Войти в матч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} invites you to a match.</source>
        <translation>%{name} приглашает вас на матч.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your match is still running.</source>
        <translation>Ваш матч всё ещё идёт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your tournament match is ready.</source>
        <translation>Ваш турнирный матч готов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one keyboard</source>
        <translation>одна клавиатура</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>against the computer</source>
        <translation>против компьютера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ranked</source>
        <translation>рейтинговый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>private</source>
        <translation>частный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 players</source>
        <translation>4 игрока</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tournament</source>
        <translation>турнир</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live matches</source>
        <translation>Матчи в прямом эфире</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches being played now. Watching is read-only.</source>
        <translation>Матчи, которые идут сейчас. Зрители не могут вмешиваться в игру.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The live matches could not be loaded.</source>
        <translation>Не удалось загрузить текущие матчи.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No match is being played right now.</source>
        <translation>Сейчас не идёт ни одного матча.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{kind} · %{spectators} watching</source>
        <translation>%{kind} · зрителей: %{spectators}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch</source>
        <translation>Смотреть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The match was played to the end.</source>
        <translation>Матч сыгран до конца.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A player left the match.</source>
        <translation>Игрок покинул матч.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A player did not come back in time.</source>
        <translation>Игрок не вернулся вовремя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A player did not show up.</source>
        <translation>Игрок не явился.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody won: the match was abandoned.</source>
        <translation>Никто не победил: матч прерван.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are watching: the keys do nothing here.</source>
        <translation>Вы зритель: клавиши здесь ничего не делают.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move your paddle with W and S or the Up and Down arrow keys while the game field has focus.</source>
        <translation>Двигайте ракетку клавишами W и S или стрелками вверх и вниз, когда игровое поле в фокусе.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move your paddle with A and D or the Left and Right arrow keys while the game field has focus.</source>
        <translation>Двигайте ракетку клавишами A и D или стрелками влево и вправо, когда игровое поле в фокусе.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left player: W and S. Right player: Up and Down arrow keys. Click the game field or tab to it first.</source>
        <translation>Левый игрок: W и S. Правый игрок: стрелки вверх и вниз. Сначала щёлкните по полю или перейдите к нему клавишей Tab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left: W and S. Right: Up and Down arrows. Top: C (left) and V (right). Bottom: N (left) and M (right). Click the game field or tab to it first.</source>
        <translation>Слева: W и S. Справа: стрелки вверх и вниз. Сверху: C (влево) и V (вправо). Снизу: N (влево) и M (вправо). Сначала щёлкните по полю или перейдите к нему клавишей Tab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the players</source>
        <translation>Ожидание игроков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get ready</source>
        <translation>Приготовьтесь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playing</source>
        <translation>Идёт игра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watching a match</source>
        <translation>Просмотр матча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match</source>
        <translation>Матч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joining the match…</source>
        <translation>Подключение к матчу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Game field</source>
        <translation>Игровое поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>game field</source>
        <translation>игровое поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoreboard</source>
        <translation>Табло</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop watching</source>
        <translation>Перестать смотреть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the match</source>
        <translation>Покинуть матч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this match? Leaving a match between people counts as a loss.</source>
        <translation>Покинуть матч? Уход из матча с другими игроками засчитывается как поражение.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Player %{number}</source>
        <translation>Игрок %{number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you</source>
        <translation>вы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out</source>
        <translation>выбыл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>computer</source>
        <translation>компьютер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ping unknown</source>
        <translation>пинг неизвестен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ping %{ms} ms</source>
        <translation>пинг %{ms} мс</translation>
    </message>
    <message>
        <source>%{lives} lives</source>
        <translation type="vanished">жизней: %{lives}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your connection: %{ms} ms round trip</source>
        <translation>Ваше соединение: %{ms} мс туда и обратно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Game field. Score: %{score}</source>
        <translation>Игровое поле. Счёт: %{score}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} is missing.</source>
        <translation>%{name} отсутствует.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} is missing: forfeit in %{seconds} s.</source>
        <translation>%{name} отсутствует: техническое поражение через %{seconds} с.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay: %{players}</source>
        <translation>Повтор: %{players}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watching: %{players}</source>
        <translation>Просмотр: %{players}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match: %{players}</source>
        <translation>Матч: %{players}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Влево</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>Вправо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controls of %{name}</source>
        <translation>Управление: %{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watching %{players}.</source>
        <translation>Вы смотрите: %{players}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match started: %{players}. %{settings}</source>
        <translation>Матч начался: %{players}. %{settings}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} is out.</source>
        <translation>%{name} выбывает.</translation>
    </message>
    <message>
        <source>Get ready: play starts in %{seconds} seconds.</source>
        <translation type="vanished">Приготовьтесь: игра начнётся через %{seconds} с.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play!</source>
        <translation>Играйте!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No winner</source>
        <translation>Победителя нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} wins!</source>
        <translation>%{name} побеждает!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match over</source>
        <translation>Матч окончен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch the replay</source>
        <translation>Смотреть повтор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forfeited</source>
        <translation>техническое поражение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the match record</source>
        <translation>Открыть запись матча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This match could not be stored.</source>
        <translation>Не удалось сохранить этот матч.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the tournament</source>
        <translation>Вернуться к турниру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play again</source>
        <translation>Сыграть ещё</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The match is paused.</source>
        <translation>Матч на паузе.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The match is paused: waiting for %{names}.</source>
        <translation>Матч на паузе: ждём %{names}.</translation>
    </message>
    <message>
        <source>Everyone is here: play resumes in %{seconds} seconds.</source>
        <translation type="vanished">Все на месте: игра продолжится через %{seconds} с.</translation>
    </message>
    <message numerus="yes">
        <location line="-31"/>
        <source>%n lives</source>
        <translation>
            <numerusform>%n жизнь</numerusform>
            <numerusform>%n жизни</numerusform>
            <numerusform>%n жизней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Get ready: play starts in %n seconds.</source>
        <translation>
            <numerusform>Приготовьтесь: игра начнётся через %n секунду.</numerusform>
            <numerusform>Приготовьтесь: игра начнётся через %n секунды.</numerusform>
            <numerusform>Приготовьтесь: игра начнётся через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Everyone is here: play resumes in %n seconds.</source>
        <translation>
            <numerusform>Все на месте: игра продолжится через %n секунду.</numerusform>
            <numerusform>Все на месте: игра продолжится через %n секунды.</numerusform>
            <numerusform>Все на месте: игра продолжится через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This match continues in another tab or app.</source>
        <translation>Этот матч продолжается в другой вкладке или приложении.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The replay could not be started.</source>
        <translation>Не удалось запустить повтор.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This match is over or does not exist.</source>
        <translation>Этот матч окончен или не существует.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classic</source>
        <translation>Классика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pillars</source>
        <translation>Колонны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crossroads</source>
        <translation>Перекрёсток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bigger paddle</source>
        <translation>Большая ракетка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller opponent paddles</source>
        <translation>Маленькие ракетки соперников</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faster ball</source>
        <translation>Быстрый мяч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-ball</source>
        <translation>Мультимяч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 vs 1</source>
        <translation>1 на 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>map %{map}</source>
        <translation>карта %{map}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first to %{points}, by two clear points</source>
        <translation>до %{points} очков с перевесом в два</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first to %{points}</source>
        <translation>до %{points} очков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ball speed %{speed}</source>
        <translation>скорость мяча %{speed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paddle %{length}</source>
        <translation>ракетка %{length}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>power-ups: %{list}</source>
        <translation>бонусы: %{list}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no power-ups</source>
        <translation>без бонусов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ball speed (serve)</source>
        <translation>Скорость мяча (подача)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed added per hit</source>
        <translation>Прибавка скорости за удар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum ball speed</source>
        <translation>Максимальная скорость мяча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paddle size</source>
        <translation>Размер ракетки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paddle speed</source>
        <translation>Скорость ракетки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points to win (1 vs 1)</source>
        <translation>Очков для победы (1 на 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives (4 players)</source>
        <translation>Жизни (4 игрока)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds before a serve</source>
        <translation>Секунд до подачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds between power-ups</source>
        <translation>Секунд между бонусами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds a power-up stays</source>
        <translation>Сколько секунд бонус на поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds an effect lasts</source>
        <translation>Длительность эффекта в секундах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a number from %{min} to %{max}.</source>
        <translation>Введите число от %{min} до %{max}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a whole number.</source>
        <translation>Введите целое число.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be at least the ball speed.</source>
        <translation>Должна быть не меньше скорости мяча.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This value is not valid.</source>
        <translation>Недопустимое значение.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the classic game</source>
        <translation>Вернуть классическую игру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some settings need your attention.</source>
        <translation>Некоторые настройки нужно исправить.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match settings</source>
        <translation>Настройки матча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win by two clear points (1 vs 1)</source>
        <translation>Победа с перевесом в два очка (1 на 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power-ups</source>
        <translation>Бонусы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More settings</source>
        <translation>Другие настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are already in a match.</source>
        <translation>Вы уже в матче.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are already waiting in a queue.</source>
        <translation>Вы уже в очереди.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can only invite your friends.</source>
        <translation>Приглашать можно только друзей.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This friend is not online.</source>
        <translation>Этот друг не в сети.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This friend is busy in a match or a queue.</source>
        <translation>Этот друг занят: в матче или в очереди.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is busy for a moment. Try again.</source>
        <translation>Сервер временно занят. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused these settings: %{details}</source>
        <translation>Сервер отклонил эти настройки: %{details}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That did not work (%{code}).</source>
        <translation>Не получилось (%{code}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected to the server yet. Wait a moment and try again.</source>
        <translation>Ещё нет соединения с сервером. Подождите немного и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easy</source>
        <translation>Легко</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Нормально</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard</source>
        <translation>Сложно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the queue</source>
        <translation>Выйти из очереди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking for 3 opponents.</source>
        <translation>Ищем 3 соперников.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking for an opponent.</source>
        <translation>Ищем соперника.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players waiting: %{count}. Rating %{rating}, accepting ±%{window}. Waited %{seconds} s.</source>
        <translation>Игроков в очереди: %{count}. Рейтинг %{rating}, допуск ±%{window}. Ожидание: %{seconds} с.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation sent to %{name}: waiting for an answer (%{seconds} s left).</source>
        <translation>Приглашение отправлено: %{name}. Ждём ответа (осталось %{seconds} с).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your friends could not be loaded.</source>
        <translation>Не удалось загрузить список друзей.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No friends yet. Add some from their profiles to invite them.</source>
        <translation>Друзей пока нет. Добавьте их со страниц профилей, чтобы приглашать.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>online</source>
        <translation>в сети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in a match</source>
        <translation>в матче</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline</source>
        <translation>не в сети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite %{name}</source>
        <translation>Пригласить: %{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are in the queue.</source>
        <translation>Вы в очереди.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You left the queue.</source>
        <translation>Вы вышли из очереди.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation sent to %{name}.</source>
        <translation>Приглашение отправлено: %{name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your invitation was declined.</source>
        <translation>Ваше приглашение отклонено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The invitation was cancelled.</source>
        <translation>Приглашение отменено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The invitation expired.</source>
        <translation>Срок приглашения истёк.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The invitation could not be delivered.</source>
        <translation>Не удалось доставить приглашение.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose how to play</source>
        <translation>Выберите режим игры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two players, one keyboard</source>
        <translation>Два игрока, одна клавиатура</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left player W and S, right player the Up and Down arrows.</source>
        <translation>Левый игрок — W и S, правый — стрелки вверх и вниз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a local match</source>
        <translation>Начать локальный матч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against the computer</source>
        <translation>Против компьютера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You play on the left.</source>
        <translation>Вы играете слева.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difficulty</source>
        <translation>Сложность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the computer</source>
        <translation>Играть с компьютером</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Four players, one keyboard</source>
        <translation>Четыре игрока, одна клавиатура</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left W/S, right Up/Down, top C/V, bottom N/M.</source>
        <translation>Слева W/S, справа вверх/вниз, сверху C/V, снизу N/M.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a 4-player match</source>
        <translation>Начать матч на четверых</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online matchmaking</source>
        <translation>Онлайн-подбор соперников</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meet players of a similar rating who chose the same settings.</source>
        <translation>Игра с соперниками близкого рейтинга, выбравшими те же настройки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find an opponent</source>
        <translation>Найти соперника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a 4-player match</source>
        <translation>Найти матч на четверых</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite a friend</source>
        <translation>Пригласить друга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A private 1 vs 1 with the settings below. Your friend must be online.</source>
        <translation>Частный матч 1 на 1 с настройками ниже. Друг должен быть в сети.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch the matches being played now</source>
        <translation>Смотреть текущие матчи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn sound on</source>
        <translation>Включить звук</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn sound off</source>
        <translation>Выключить звук</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bigger paddle</source>
        <translation>ракетка больше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smaller paddles for the others</source>
        <translation>ракетки соперников меньше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>faster ball</source>
        <translation>мяч быстрее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more balls</source>
        <translation>больше мячей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power-ups:</source>
        <translation>Бонусы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this match? It ends here.</source>
        <translation>Покинуть матч? На этом он закончится.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an account to keep your results</source>
        <translation>Создайте учётную запись, чтобы сохранять результаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest matches are not saved.</source>
        <translation>Матчи гостей не сохраняются.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The match ended because nobody played for a while.</source>
        <translation>Матч окончен: какое-то время никто не играл.</translation>
    </message>
    <message>
        <source>The match ended: nobody pressed a key for a minute and a half.</source>
        <translation type="vanished">Матч окончен: полторы минуты никто не нажимал клавиш.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Too many guest matches are being played right now. Try again in a few minutes, or sign in.</source>
        <translation>Сейчас идёт слишком много гостевых матчей. Попробуйте через несколько минут или войдите.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are playing as a guest: your matches are not saved and do not count for the leaderboard.</source>
        <translation>Вы играете как гость: ваши матчи не сохраняются и не учитываются в таблице лидеров.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a free account</source>
        <translation>Создать бесплатную учётную запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a free account you also play online, join tournaments and keep your results.</source>
        <translation>С бесплатной учётной записью можно также играть онлайн, участвовать в турнирах и сохранять результаты.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
</context>
<context>
    <name>web.profile</name>
    <message>
        <location filename="../resources/web/strings/profile.js" line="+4"/>
        <source>The picture is larger than 2 MiB.</source>
        <translation>Изображение больше 2 МиБ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a PNG, JPEG or WebP picture.</source>
        <translation>Выберите изображение PNG, JPEG или WebP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture has too many pixels (at most 8192 a side).</source>
        <translation>В изображении слишком много пикселей (не более 8192 по стороне).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture could not be read. It may be damaged.</source>
        <translation>Не удалось прочитать изображение. Возможно, оно повреждено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of this site and of our emails to you.</source>
        <translation>Язык этого сайта и наших писем вам.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your current avatar</source>
        <translation>Ваш текущий аватар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the chosen picture</source>
        <translation>Предпросмотр выбранного изображения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload the picture</source>
        <translation>Загрузить изображение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the avatar</source>
        <translation>Удалить аватар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your new avatar is saved.</source>
        <translation>Новый аватар сохранён.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your avatar is removed. The generated one is shown instead.</source>
        <translation>Аватар удалён. Вместо него показан сгенерированный.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avatar</source>
        <translation>Аватар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a picture</source>
        <translation>Выберите изображение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG, JPEG or WebP, at most 2 MiB. It is cropped to a square.</source>
        <translation>PNG, JPEG или WebP, не более 2 МиБ. Изображение обрезается до квадрата.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use only letters, digits, spaces and _ - . &apos;</source>
        <translation>Используйте только буквы, цифры, пробелы и _ - . &apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How other players see you: 3 to 20 characters.</source>
        <translation>Как вас видят другие игроки: от 3 до 20 символов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About you</source>
        <translation>О себе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to 500 characters, shown as plain text on your profile.</source>
        <translation>До 500 символов, показываются в профиле как обычный текст.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the profile</source>
        <translation>Сохранить профиль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your profile is saved.</source>
        <translation>Профиль сохранён.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your details</source>
        <translation>Ваши данные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your profile</source>
        <translation>Ваш профиль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading your profile…</source>
        <translation>Загрузка профиля…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See your profile as others see it</source>
        <translation>Посмотреть профиль глазами других</translation>
    </message>
</context>
<context>
    <name>web.reauth</name>
    <message>
        <location filename="../resources/web/strings/reauth.js" line="+4"/>
        <source>Two-factor sign-in is off: use your password.</source>
        <translation>Двухэтапный вход выключен: используйте пароль.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again with %{provider}</source>
        <translation>Войти снова через %{provider}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your password</source>
        <translation>Ваш пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code from your authenticator app</source>
        <translation>Код из приложения-аутентификатора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the 6 digits shown by your app.</source>
        <translation>Введите 6 цифр, которые показывает приложение.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code</source>
        <translation>Резервный код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you. Continuing.</source>
        <translation>Спасибо. Продолжаем.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use my password</source>
        <translation>Использовать пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a code from my authenticator app</source>
        <translation>Использовать код из приложения-аутентификатора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a recovery code</source>
        <translation>Использовать резервный код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm it is you</source>
        <translation>Подтвердите, что это вы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This change needs a recent proof that you are the owner of this account.</source>
        <translation>Для этого изменения нужно заново подтвердить, что аккаунт принадлежит вам.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again with the service you use, then try once more.</source>
        <translation>Войдите снова через сервис, которым пользуетесь, и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>web.settings</name>
    <message>
        <location filename="../resources/web/strings/settings.js" line="+4"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server offers no other sign-in providers.</source>
        <translation>Этот сервер не предлагает других способов входа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink %{provider}</source>
        <translation>Отвязать %{provider}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link %{provider}</source>
        <translation>Привязать %{provider}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{provider} is unlinked.</source>
        <translation>%{provider} отвязан.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is your only way to sign in: set a password before unlinking it.</source>
        <translation>Это ваш единственный способ входа: задайте пароль, прежде чем отвязывать его.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked as %{login} since %{date}</source>
        <translation>Привязан как %{login} с %{date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not linked</source>
        <translation>Не привязан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop app</source>
        <translation>Настольное приложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web browser</source>
        <translation>Веб-браузер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: %{ip}</source>
        <translation>Адрес: %{ip}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last active: %{date}</source>
        <translation>Последняя активность: %{date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in: %{date}</source>
        <translation>Вход: %{date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out this session</source>
        <translation>Завершить этот сеанс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session is signed out.</source>
        <translation>Сеанс завершён.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device</source>
        <translation>Это устройство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out everywhere</source>
        <translation>Выйти на всех устройствах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, sign out everywhere</source>
        <translation>Да, выйти на всех устройствах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every session of this account ends, this one too. Continue?</source>
        <translation>Все сеансы этой учётной записи будут завершены, включая текущий. Продолжить?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are signed out on every device.</source>
        <translation>Вы вышли на всех устройствах.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For your safety, sign out and sign in again, then retry within 10 minutes.</source>
        <translation>В целях безопасности выйдите и войдите снова, затем повторите попытку в течение 10 минут.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your password</source>
        <translation>Ваш пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download my data (JSON)</source>
        <translation>Скачать мои данные (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data is downloading.</source>
        <translation>Ваши данные скачиваются.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymize my account</source>
        <translation>Обезличить мою учётную запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name, e-mail, profile and sign-in methods are erased; your match results stay, under an anonymous name. You will be signed out and cannot sign in again. This cannot be undone.</source>
        <translation>Ваше имя, адрес электронной почты, профиль и способы входа будут стёрты; результаты матчей останутся под анонимным именем. Вы выйдете из системы и больше не сможете войти. Это действие необратимо.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account is anonymized.</source>
        <translation>Ваша учётная запись обезличена.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete my account</source>
        <translation>Удалить мою учётную запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account and everything that refers to it are erased; matches you played stay without your name. You will be signed out. This cannot be undone.</source>
        <translation>Ваша учётная запись и всё, что к ней относится, будут стёрты; сыгранные вами матчи останутся без вашего имени. Вы выйдете из системы. Это действие необратимо.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete my account for good</source>
        <translation>Удалить учётную запись навсегда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account is deleted.</source>
        <translation>Ваша учётная запись удалена.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data</source>
        <translation>Ваши данные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything the platform keeps about you, in one JSON file.</source>
        <translation>Всё, что платформа хранит о вас, в одном файле JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the platform</source>
        <translation>Покинуть платформу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language could not be loaded. Please try again.</source>
        <translation>Не удалось загрузить язык. Попробуйте снова.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language saved.</source>
        <translation>Язык сохранён.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of your account</source>
        <translation>Язык вашей учётной записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved with your account; this site switches to it at once.</source>
        <translation>Сохраняется в учётной записи; сайт сразу переключается на этот язык.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display preference saved.</source>
        <translation>Настройка отображения сохранена.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibility</source>
        <translation>Специальные возможности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These choices apply to this browser.</source>
        <translation>Эти настройки действуют в этом браузере.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Высокая контрастность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black text on white, underlined links and a strong focus outline.</source>
        <translation>Чёрный текст на белом фоне, подчёркнутые ссылки и заметная рамка фокуса.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduce motion</source>
        <translation>Уменьшить движение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No animations or transitions. Follows your system setting until you change it.</source>
        <translation>Без анимаций и переходов. Следует настройке системы, пока вы её не измените.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-factor authentication</source>
        <translation>Двухфакторная аутентификация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked sign-in providers</source>
        <translation>Привязанные способы входа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active sessions</source>
        <translation>Активные сеансы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>Конфиденциальность</translation>
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
    <message>
        <location line="+1"/>
        <source>Your session ended. Please sign in again.</source>
        <translation>Ваш сеанс завершён. Войдите снова.</translation>
    </message>
</context>
<context>
    <name>web.signin</name>
    <message>
        <location filename="../resources/web/strings/signin.js" line="+4"/>
        <source>The user name, e-mail address or password is wrong.</source>
        <translation>Неверное имя пользователя, адрес электронной почты или пароль.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account has been suspended. Contact the administrators if you think this is a mistake.</source>
        <translation>Эта учётная запись заблокирована. Если вы считаете, что это ошибка, свяжитесь с администраторами.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code is not valid. Check it and try again.</source>
        <translation>Этот код недействителен. Проверьте его и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This sign-in attempt has expired. Please start again.</source>
        <translation>Время этой попытки входа истекло. Начните заново.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or</source>
        <translation>или</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with %{provider}</source>
        <translation>Войти через %{provider}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code from your authenticator app</source>
        <translation>Код из приложения-аутентификатора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the 6 digits shown by your app.</source>
        <translation>Введите 6 цифр, которые показывает приложение.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open your authenticator app and enter the 6-digit code for Transcendence.</source>
        <translation>Откройте приложение-аутентификатор и введите 6-значный код для Transcendence.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the recovery codes you saved when you turned on two-factor sign-in. Each works once.</source>
        <translation>Один из кодов восстановления, сохранённых при включении двухфакторного входа. Каждый действует один раз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-factor sign-in</source>
        <translation>Двухфакторный вход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are signed in.</source>
        <translation>Вы вошли в систему.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the code from my authenticator app</source>
        <translation>Использовать код из приложения-аутентификатора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a recovery code instead</source>
        <translation>Использовать код восстановления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account is protected by a second step.</source>
        <translation>Ваша учётная запись защищена вторым шагом входа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an account</source>
        <translation>Создать учётную запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name or e-mail address</source>
        <translation>Имя пользователя или адрес электронной почты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the code from your authenticator app.</source>
        <translation>Введите код из приложения-аутентификатора.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New here?</source>
        <translation>Впервые здесь?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completing the sign-in…</source>
        <translation>Завершение входа…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in could not be completed.</source>
        <translation>Не удалось завершить вход.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Попробовать снова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgot your password?</source>
        <translation>Забыли пароль?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code from the e-mail we sent you</source>
        <translation>Код из письма, которое мы вам отправили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the 6 digits of the e-mail.</source>
        <translation>Введите 6 цифр из письма.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We sent a 6-digit code to your e-mail address. It works once, for 5 minutes.</source>
        <translation>Мы отправили код из 6 цифр на вашу электронную почту. Он действует один раз в течение 5 минут.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the code from the e-mail</source>
        <translation>Использовать код из письма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the code we sent you by e-mail.</source>
        <translation>Введите код, который мы отправили вам по электронной почте.</translation>
    </message>
</context>
<context>
    <name>web.signup</name>
    <message>
        <location filename="../resources/web/strings/signup.js" line="+4"/>
        <source>(opens in a new tab)</source>
        <translation>(откроется в новой вкладке)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have read the %{privacy} and the %{terms}.</source>
        <translation>Я прочитал(а) %{privacy} и %{terms}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>privacy policy</source>
        <translation>политику конфиденциальности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terms of service</source>
        <translation>условия использования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please confirm that you have read the privacy policy and the terms of service.</source>
        <translation>Подтвердите, что вы прочитали политику конфиденциальности и условия использования.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an account</source>
        <translation>Создать учётную запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use 3 to 20 letters, digits or underscores.</source>
        <translation>Используйте от 3 до 20 букв, цифр или знаков подчёркивания.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 to 20 letters (A–Z), digits or underscores. You sign in with it.</source>
        <translation>От 3 до 20 латинских букв (A–Z), цифр или знаков подчёркивания. Оно нужно для входа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address</source>
        <translation>Адрес электронной почты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 to 128 characters. Common passwords are refused; a few unrelated words make a strong one.</source>
        <translation>От 10 до 128 символов. Распространённые пароли не принимаются; несколько не связанных между собой слов дают надёжный пароль.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name (optional)</source>
        <translation>Отображаемое имя (необязательно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What other players see, 3 to 20 characters. Your user name if left empty.</source>
        <translation>То, что видят другие игроки, от 3 до 20 символов. Если оставить пустым, будет использовано имя пользователя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create my account</source>
        <translation>Создать учётную запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account is ready. You are signed in.</source>
        <translation>Учётная запись создана. Вы вошли в систему.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already have an account?</source>
        <translation>Уже есть учётная запись?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Войти</translation>
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
    <message>
        <location line="+1"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real-time play</source>
        <translation>Игра в реальном времени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Работает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degraded</source>
        <translation>Сбои</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outage</source>
        <translation>Недоступен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degraded service</source>
        <translation>Работа со сбоями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since %{time}</source>
        <translation>С %{time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All systems working</source>
        <translation>Всё работает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some parts are degraded</source>
        <translation>Некоторые части работают со сбоями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players online</source>
        <translation>Игроков в сети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches being played</source>
        <translation>Матчей идёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections (signed in / guests)</source>
        <translation>Подключения (вошедшие / гости)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players waiting in queues</source>
        <translation>Игроков в очередях</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests (server errors)</source>
        <translation>Запросы (ошибки сервера)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slowest 1 % of answers under</source>
        <translation>Самый медленный 1 % ответов быстрее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Game steps late by (99 %)</source>
        <translation>Задержка игровых шагов (99 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs waiting for the database</source>
        <translation>Задач ждут базу данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-ins (failed)</source>
        <translation>Входы (неудачные)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by rate limits</source>
        <translation>Отклонено ограничениями частоты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{mib} MiB</source>
        <translation>%{mib} МиБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU time</source>
        <translation>Время процессора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No deploy yet.</source>
        <translation>Развёртываний пока не было.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post the note</source>
        <translation>Опубликовать заметку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve the note</source>
        <translation>Закрыть заметку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident note</source>
        <translation>Заметка об инциденте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What players should know</source>
        <translation>Что нужно знать игрокам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent deploys</source>
        <translation>Последние развёртывания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note is on the status page.</source>
        <translation>Заметка опубликована на странице состояния.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note is resolved.</source>
        <translation>Заметка закрыта.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No note is open.</source>
        <translation>Открытых заметок нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server (admins)</source>
        <translation>Сервер (для администраторов)</translation>
    </message>
</context>
<context>
    <name>web.tournaments</name>
    <message>
        <location filename="../resources/web/strings/tournaments.js" line="+4"/>
        <source>Tournaments</source>
        <translation>Турниры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open for entries</source>
        <translation>открыта регистрация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>идёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished</source>
        <translation>завершён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter 3 to 16 players, one per line.</source>
        <translation>Введите от 3 до 16 игроков, по одному в строке.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each name must have 1 to 32 characters.</source>
        <translation>Каждое имя должно содержать от 1 до 32 символов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name %{name} appears twice.</source>
        <translation>Имя %{name} встречается дважды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot be reached. Try again.</source>
        <translation>Сервер недоступен. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That did not work. Try again.</source>
        <translation>Не получилось. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tournaments could not be loaded.</source>
        <translation>Не удалось загрузить турниры.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local</source>
        <translation>локальный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>online</source>
        <translation>онлайн</translation>
    </message>
    <message>
        <source>%{count} players</source>
        <translation type="vanished">игроков: %{count}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n players</source>
        <translation>
            <numerusform>%n игрок</numerusform>
            <numerusform>%n игрока</numerusform>
            <numerusform>%n игроков</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>winner: %{name}</source>
        <translation>победитель: %{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tournament yet.</source>
        <translation>Турниров пока нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local: everyone at this keyboard</source>
        <translation>Локальный: все за этой клавиатурой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online: players join from their accounts</source>
        <translation>Онлайн: игроки присоединяются со своих аккаунтов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players (one name per line, in seeding order)</source>
        <translation>Игроки (по одному имени в строке, в порядке посева)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 to 16 names of 1 to 32 characters, all different.</source>
        <translation>От 3 до 16 разных имён длиной от 1 до 32 символов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players needed to start</source>
        <translation>Игроков для старта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most players</source>
        <translation>Максимум игроков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every match uses the settings chosen on the Play page: %{settings}.</source>
        <translation>Все матчи используют настройки со страницы «Играть»: %{settings}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the settings</source>
        <translation>Изменить настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the tournament</source>
        <translation>Создать турнир</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a name of 1 to 64 characters.</source>
        <translation>Введите название от 1 до 64 символов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a whole number from 3 to 16.</source>
        <translation>Введите целое число от 3 до 16.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a whole number from 3 to 16, at least the players needed.</source>
        <translation>Введите целое число от 3 до 16, не меньше числа игроков для старта.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tournament created.</source>
        <translation>Турнир создан.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tournaments</source>
        <translation>Все турниры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New tournament</source>
        <translation>Новый турнир</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to be decided</source>
        <translation>пока неизвестно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonymous</source>
        <translation>аноним</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>played</source>
        <translation>сыгран</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>walkover</source>
        <translation>неявка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bye</source>
        <translation>свободный проход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forfeit</source>
        <translation>техническое поражение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final</source>
        <translation>Финал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semi-finals</source>
        <translation>Полуфиналы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round %{number}</source>
        <translation>Раунд %{number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tournament</source>
        <translation>Турнир</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bracket</source>
        <translation>Сетка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players</source>
        <translation>Игроки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local tournament</source>
        <translation>Локальный турнир</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online tournament</source>
        <translation>Онлайн-турнир</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Winner: %{name}</source>
        <translation>Победитель: %{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} wins the tournament!</source>
        <translation>%{name} побеждает в турнире!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tournament ended without a winner.</source>
        <translation>Турнир завершился без победителя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match: %{match}</source>
        <translation>Следующий матч: %{match}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play this match on this keyboard</source>
        <translation>Сыграть этот матч на этой клавиатуре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected to the server yet. Try again in a moment.</source>
        <translation>Ещё нет соединения с сервером. Попробуйте через минуту.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in this tournament (optional)</source>
        <translation>Имя в этом турнире (необязательно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join</source>
        <translation>Присоединиться</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the tournament</source>
        <translation>Покинуть турнир</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this tournament? Once it runs, you forfeit your matches.</source>
        <translation>Покинуть турнир? После старта вам засчитают поражения в ваших матчах.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start now</source>
        <translation>Начать сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the tournament</source>
        <translation>Отменить турнир</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your match</source>
        <translation>Войти в свой матч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>winner</source>
        <translation>победитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record</source>
        <translation>запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready to play</source>
        <translation>готов к игре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bracket is drawn when the tournament starts.</source>
        <translation>Сетка формируется при старте турнира.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed %{seed}</source>
        <translation>посев %{seed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left</source>
        <translation>выбыл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This tournament does not exist.</source>
        <translation>Такого турнира нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No match is ready to be played.</source>
        <translation>Нет матчей, готовых к игре.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A match is already being played.</source>
        <translation>Матч уже идёт.</translation>
    </message>
</context>
<context>
    <name>web.twofactor</name>
    <message>
        <location filename="../resources/web/strings/twofactor.js" line="+4"/>
        <source>This code is not valid. Check it and try again.</source>
        <translation>Этот код недействителен. Проверьте его и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The setup has expired. Please start again.</source>
        <translation>Время настройки истекло. Начните заново.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-factor sign-in is already on.</source>
        <translation>Двухфакторный вход уже включён.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-factor sign-in is already off.</source>
        <translation>Двухфакторный вход уже выключен.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the codes</source>
        <translation>Скопировать коды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery codes are copied.</source>
        <translation>Коды восстановления скопированы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying is not allowed here. Download the codes instead.</source>
        <translation>Копирование здесь недоступно. Скачайте коды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the codes</source>
        <translation>Скачать коды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have saved them</source>
        <translation>Я их сохранил(а)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your recovery codes</source>
        <translation>Ваши коды восстановления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each code signs you in once if you lose your phone. Keep them somewhere safe: they will not be shown again.</source>
        <translation>Каждый код позволяет войти один раз, если вы потеряете телефон. Храните их в надёжном месте: больше они показаны не будут.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Включён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Выключен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in asks for a code from your authenticator app.</source>
        <translation>При входе запрашивается код из приложения-аутентификатора.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a code from an authenticator app to your password when you sign in.</source>
        <translation>Добавьте к паролю код из приложения-аутентификатора при входе.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on two-factor sign-in</source>
        <translation>Включить двухфакторный вход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code to scan with your authenticator app</source>
        <translation>QR-код для сканирования приложением-аутентификатором</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6-digit code from the app</source>
        <translation>6-значный код из приложения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the 6 digits shown by your app.</source>
        <translation>Введите 6 цифр, которые показывает приложение.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up your authenticator app</source>
        <translation>Настройка приложения-аутентификатора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm and turn on</source>
        <translation>Подтвердить и включить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-factor sign-in is on.</source>
        <translation>Двухфакторный вход включён.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan this QR code with an authenticator app, or type in the key below. Then enter the code the app shows.</source>
        <translation>Отсканируйте этот QR-код приложением-аутентификатором или введите ключ ниже. Затем введите код, который покажет приложение.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key to type in:</source>
        <translation>Ключ для ввода:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A code from my app</source>
        <translation>Код из приложения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My password</source>
        <translation>Мой пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn off two-factor sign-in</source>
        <translation>Выключить двухфакторный вход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-factor sign-in is off.</source>
        <translation>Двухфакторный вход выключен.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To turn it off, confirm with</source>
        <translation>Чтобы выключить, подтвердите с помощью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm your e-mail address first: the codes are sent there.</source>
        <translation>Сначала подтвердите адрес электронной почты: коды приходят туда.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in asks for a code sent to your e-mail address.</source>
        <translation>При входе нужен код, отправленный на вашу электронную почту.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use codes sent by e-mail</source>
        <translation>Получать коды по электронной почте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No authenticator app? Get each sign-in code by e-mail instead.</source>
        <translation>Нет приложения-аутентификатора? Получайте код для входа по электронной почте.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6-digit code from the e-mail</source>
        <translation>Код из 6 цифр из письма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the 6 digits of the e-mail.</source>
        <translation>Введите 6 цифр из письма.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your mailbox</source>
        <translation>Проверьте почту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in codes by e-mail are on.</source>
        <translation>Коды для входа по электронной почте включены.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We sent a 6-digit code to %{address}. Enter it within 10 minutes.</source>
        <translation>Мы отправили код из 6 цифр на %{address}. Введите его в течение 10 минут.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn off codes by e-mail</source>
        <translation>Отключить коды по электронной почте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in codes by e-mail are off.</source>
        <translation>Коды для входа по электронной почте отключены.</translation>
    </message>
</context>
<context>
    <name>web.users</name>
    <message>
        <location filename="../resources/web/strings/users.js" line="+4"/>
        <source>Players</source>
        <translation>Игроки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives left: %{lives}</source>
        <translation>Осталось жизней: %{lives}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against %{opponents}</source>
        <translation>Против: %{opponents}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer matches</source>
        <translation>Более новые матчи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older matches</source>
        <translation>Более старые матчи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match history pages</source>
        <translation>Страницы истории матчей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading matches…</source>
        <translation>Загрузка матчей…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The match history could not be loaded.</source>
        <translation>Не удалось загрузить историю матчей.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No matches played yet.</source>
        <translation>Матчей пока не было.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches %{from} to %{to} of %{total}.</source>
        <translation>Матчи с %{from} по %{to} из %{total}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match history</source>
        <translation>История матчей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local</source>
        <translation>Локальный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against the computer</source>
        <translation>Против компьютера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked</source>
        <translation>Рейтинговый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>Частный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Four players</source>
        <translation>Четыре игрока</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tournament</source>
        <translation>Турнир</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win</source>
        <translation>Победа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>Поражение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No result</source>
        <translation>Без результата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Played to the end</source>
        <translation>Сыгран до конца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forfeit</source>
        <translation>Техническое поражение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned</source>
        <translation>Прерван</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous player</source>
        <translation>Анонимный игрок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show more players</source>
        <translation>Показать больше игроков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No player found for “%{query}”.</source>
        <translation>По запросу «%{query}» игроков не найдено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players found for “%{query}”: %{count}.</source>
        <translation>Найдено игроков по запросу «%{query}»: %{count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for a player</source>
        <translation>Поиск игрока</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The beginning of a user name or display name.</source>
        <translation>Начало имени пользователя или отображаемого имени.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wins in a row: %{count}</source>
        <translation>Побед подряд: %{count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Losses in a row: %{count}</source>
        <translation>Поражений подряд: %{count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wins</source>
        <translation>Победы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Losses</source>
        <translation>Поражения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>Доля побед</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current streak</source>
        <translation>Текущая серия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best winning streak</source>
        <translation>Лучшая серия побед</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked matches</source>
        <translation>Рейтинговые матчи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points won and lost</source>
        <translation>Очки набранные и пропущенные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You blocked %{name}.</source>
        <translation>Вы заблокировали игрока %{name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are friends.</source>
        <translation>Вы друзья.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove friend</source>
        <translation>Удалить из друзей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} is no longer your friend.</source>
        <translation>%{name} больше не в списке ваших друзей.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} asked to be your friend.</source>
        <translation>%{name} хочет добавить вас в друзья.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You and %{name} are now friends.</source>
        <translation>Теперь вы и %{name} — друзья.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You declined the request of %{name}.</source>
        <translation>Вы отклонили запрос от %{name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your friend request is waiting for an answer.</source>
        <translation>Ваш запрос в друзья ждёт ответа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the request</source>
        <translation>Отменить запрос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your friend request is cancelled.</source>
        <translation>Ваш запрос в друзья отменён.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unblock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You unblocked %{name}.</source>
        <translation>Вы разблокировали игрока %{name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add friend</source>
        <translation>Добавить в друзья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friend request sent to %{name}.</source>
        <translation>Запрос в друзья отправлен игроку %{name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Player profile</source>
        <translation>Профиль игрока</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the profile…</source>
        <translation>Загрузка профиля…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no such player.</source>
        <translation>Такого игрока нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} – Transcendence</source>
        <translation>%{name} – Transcendence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avatar of %{name}</source>
        <translation>Аватар игрока %{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>О себе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No bio yet.</source>
        <translation>Пока ничего о себе не рассказал.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit your profile</source>
        <translation>Изменить профиль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
</context>
</TS>
