<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AchievementList</name>
    <message>
        <location filename="../client-qml/qml/social/AchievementList.qml" line="+17"/>
        <source>First match</source>
        <translation>Premier match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First win</source>
        <translation>Première victoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked winner</source>
        <translation>Vainqueur classé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine breaker</source>
        <translation>Briseur de machine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shutout</source>
        <translation>Blanchissage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comeback</source>
        <translation>Remontée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a roll</source>
        <translation>En série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular</source>
        <translation>Habitué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veteran</source>
        <translation>Vétéran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last one standing</source>
        <translation>Dernier debout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contender</source>
        <translation>Prétendant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Play a match to its end.</source>
        <translation>Jouez un match jusqu’au bout.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a match.</source>
        <translation>Gagnez un match.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a ranked match.</source>
        <translation>Gagnez un match classé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beat the hard computer player.</source>
        <translation>Battez l’ordinateur en mode difficile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a match without losing a point.</source>
        <translation>Gagnez un match sans perdre un point.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a match after trailing 0–5.</source>
        <translation>Gagnez un match après avoir été mené 0–5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win five matches in a row.</source>
        <translation>Gagnez cinq matchs d’affilée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play ten matches.</source>
        <translation>Jouez dix matchs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play a hundred matches.</source>
        <translation>Jouez cent matchs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a four-player match.</source>
        <translation>Gagnez un match à quatre joueurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a tournament.</source>
        <translation>Gagnez un tournoi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach a rating of 1600.</source>
        <translation>Atteignez une cote de 1600.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Achievements</source>
        <translation>Succès</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level %1 · %2 experience points</source>
        <translation>Niveau %1 · %2 points d’expérience</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Progress to the next level</source>
        <translation>Progression vers le niveau suivant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next level at %1 points.</source>
        <translation>Niveau suivant à %1 points.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Earned on %1</source>
        <translation>Obtenu le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
</context>
<context>
    <name>AdminConfirmDialog</name>
    <message>
        <location filename="../client-qml/qml/admin/AdminConfirmDialog.qml" line="+13"/>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reason (kept in the audit log)</source>
        <translation>Motif (conservé dans le journal d’audit)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../client-qml/qml/admin/AdminPage.qml" line="+27"/>
        <location line="+1"/>
        <source>a deleted account</source>
        <translation>un compte supprimé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 banned %2</source>
        <translation>%1 a banni %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 lifted the ban on %2</source>
        <translation>%1 a levé le bannissement de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 made %2 an administrator</source>
        <translation>%1 a fait de %2 un administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 made %2 a regular player</source>
        <translation>%1 a fait de %2 un joueur ordinaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 removed the avatar of %2</source>
        <translation>%1 a supprimé l’avatar de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was made an administrator on the server&apos;s command line</source>
        <translation>%1 a été nommé administrateur depuis la ligne de commande du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 on %3</source>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Connected players</source>
        <translation>Joueurs connectés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Live matches</source>
        <translation>Matchs en cours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matches today (UTC)</source>
        <translation>Matchs aujourd’hui (UTC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server figures</source>
        <translation>Chiffres du serveur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for the server…</source>
        <translation>En attente du serveur…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Updated at %1, every %n second(s) while this page is open.</source>
        <translation>
            <numerusform>Mis à jour à %1, toutes les %n seconde tant que cette page est ouverte.</numerusform>
            <numerusform>Mis à jour à %1, toutes les %n secondes tant que cette page est ouverte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chat reports</source>
        <translation>Signalements du chat</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>User name, display name or e-mail</source>
        <translation>Nom d’utilisateur, nom affiché ou e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search users</source>
        <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n account(s), newest first.</source>
        <translation>
            <numerusform>%n compte, les plus récents d’abord.</numerusform>
            <numerusform>%n comptes, les plus récents d’abord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n account(s) match “%1”.</source>
        <translation>
            <numerusform>%n compte correspond à « %1 ».</numerusform>
            <numerusform>%n comptes correspondent à « %1 ».</numerusform>
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
        <translation>Banni</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+57"/>
        <source>Show more</source>
        <translation>Afficher plus</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>No administrator action yet.</source>
        <translation>Aucune action d’administration pour l’instant.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
</context>
<context>
    <name>AdminReportsPage</name>
    <message numerus="yes">
        <location filename="../client-qml/qml/admin/AdminReportsPage.qml" line="+24"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chat reports</source>
        <translation>Signalements du chat</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolved</source>
        <translation>Traités</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n signalement</numerusform>
            <numerusform>%n signalements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Removed by a moderator</source>
        <translation>Supprimé par un modérateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written by %1 · reported by %2 · %3</source>
        <translation>Écrit par %1 · signalé par %2 · %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>a deleted account</source>
        <translation>un compte supprimé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete the message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+31"/>
        <source>Dismiss</source>
        <translation>Classer</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Mute the sender</source>
        <translation>Rendre l&apos;auteur muet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete this message?</source>
        <translation>Supprimer ce message ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone in the conversation will see &quot;removed by a moderator&quot; instead.</source>
        <translation>Tous les membres de la conversation verront « supprimé par un modérateur » à la place.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dismiss this report?</source>
        <translation>Classer ce signalement ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message stays as it is.</source>
        <translation>Le message reste tel quel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mute %1?</source>
        <translation>Rendre %1 muet ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They can read but not send messages until the mute ends. For how long?</source>
        <translation>Il pourra lire mais pas envoyer de messages jusqu&apos;à la fin de la sanction. Pour combien de temps ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mute</source>
        <translation>Rendre muet</translation>
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
        <translation>Jeu en temps réel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="vanished">Serveur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server figures</source>
        <translation>Chiffres du serveur</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Waiting for the server…</source>
        <translation>En attente du serveur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1, up for %2. Updated at %3.</source>
        <translation>Version %1, en marche depuis %2. Mis à jour à %3.</translation>
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
        <translation>opérationnel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signed-in connections</source>
        <translation>Connexions de joueurs connectés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guest connections</source>
        <translation>Connexions d&apos;invités</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Live matches</source>
        <translation>Matchs en direct</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting in queues</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HTTP requests</source>
        <translation>Requêtes HTTP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server errors</source>
        <translation>Erreurs du serveur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jobs waiting for the database</source>
        <translation>Tâches en attente de la base de données</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused by rate limits</source>
        <translation>Refusées par les limites de débit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Slowest 1 % of answers under</source>
        <translation>Le 1 % des réponses les plus lentes en moins de</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Game steps late by (99 %)</source>
        <translation>Retard des pas de jeu (99 %)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-ins (failed)</source>
        <translation>Connexions (échouées)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPU time</source>
        <translation>Temps processeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recent deploys</source>
        <translation>Derniers déploiements</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No deploy yet.</source>
        <translation>Aucun déploiement pour le moment.</translation>
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
        <translation>Contre l’IA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked</source>
        <translation>Classé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Four players</source>
        <translation>Quatre joueurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tournament</source>
        <translation>Tournoi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Won</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No result</source>
        <translation>Sans résultat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>anonymous player</source>
        <translation>joueur anonyme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Player</source>
        <translation>Joueur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member since %1</source>
        <translation>membre depuis le %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Banned since %1. Reason: %2</source>
        <translation>Banni depuis le %1. Motif : %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+155"/>
        <source>Ban</source>
        <translation>Bannir</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Lift the ban</source>
        <translation>Lever le bannissement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove administrator role</source>
        <translation>Retirer le rôle d’administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+150"/>
        <source>Make administrator</source>
        <translation>Nommer administrateur</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Remove avatar</source>
        <translation>Supprimer l’avatar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is your own account: you cannot ban yourself.</source>
        <translation>C’est votre propre compte : vous ne pouvez pas vous bannir vous-même.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Active sessions (%1)</source>
        <translation>Sessions actives (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No active session.</source>
        <translation>Aucune session active.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web browser</source>
        <translation>Navigateur web</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signed in %1, last used %2</source>
        <translation>Connecté le %1, dernière utilisation le %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Matches (%1)</source>
        <translation>Matchs (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No match played yet.</source>
        <translation>Aucun match joué pour l’instant.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Against %1</source>
        <translation>Contre %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show more</source>
        <translation>Afficher plus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ban %1?</source>
        <translation>Bannir %1 ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every session of this account ends at once and it cannot sign in until the ban is lifted.</source>
        <translation>Toutes les sessions de ce compte prennent fin immédiatement et il ne peut plus se connecter tant que le bannissement n’est pas levé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the administrator role?</source>
        <translation>Retirer le rôle d’administrateur ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make %1 an administrator?</source>
        <translation>Nommer %1 administrateur ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account loses access to the administration at once.</source>
        <translation>Ce compte perd immédiatement l’accès à l’administration.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account can then ban players, change roles and read the audit log.</source>
        <translation>Ce compte pourra alors bannir des joueurs, changer des rôles et lire le journal d’audit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the role</source>
        <translation>Retirer le rôle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the avatar?</source>
        <translation>Supprimer l’avatar ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The uploaded picture is deleted; the account gets its generated avatar back.</source>
        <translation>L’image envoyée est supprimée ; le compte retrouve son avatar généré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>Avatar</name>
    <message>
        <location filename="../client-qml/qml/social/Avatar.qml" line="+31"/>
        <source>Avatar of %1</source>
        <translation>Avatar de %1</translation>
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
        <translation>Finale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Semi-finals</source>
        <translation>Demi-finales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round %1</source>
        <translation>Tour %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>to be decided</source>
        <translation>à déterminer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bye</source>
        <translation>exempté</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../client-qml/qml/dashboard/ChartCard.qml" line="+117"/>
        <source>Hide the numbers</source>
        <translation>Masquer les chiffres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the numbers</source>
        <translation>Afficher les chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the numbers of “%1”</source>
        <translation>Masquer les chiffres de « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the numbers of “%1”</source>
        <translation>Afficher les chiffres de « %1 »</translation>
    </message>
</context>
<context>
    <name>ChatDock</name>
    <message>
        <location filename="../client-qml/qml/chat/ChatDock.qml" line="+45"/>
        <source>All conversations</source>
        <translation>Toutes les conversations</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close the chat</source>
        <translation>Fermer le chat</translation>
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
        <translation>Connecté, ping %1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected to the server</source>
        <translation>Pas connecté au serveur</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusPanel</name>
    <message>
        <location filename="../client-qml/qml/network/ConnectionStatusPanel.qml" line="+16"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reachable</source>
        <translation>Accessible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server version: %1</source>
        <translation>Version du serveur : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Live connection</source>
        <translation>Connexion en direct</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Live connection: %1</source>
        <translation>Connexion en direct : %1</translation>
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
        <translation>Ping : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry the live connection now</source>
        <translation>Relancer la connexion en direct maintenant</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../client-qml/qml/chat/ConversationList.qml" line="+25"/>
        <source>No messages yet.</source>
        <translation>Aucun message pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invitation to a match</source>
        <translation>Invitation à un match</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed by a moderator</source>
        <translation>Supprimé par un modérateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted account</source>
        <translation>Compte supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You: %1</source>
        <translation>Vous : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No conversations yet. Open a player&apos;s profile and choose &quot;Message&quot;.</source>
        <translation>Aucune conversation pour l&apos;instant. Ouvrez le profil d&apos;un joueur et choisissez « Message ».</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1, %n unread message(s)</source>
        <translation>
            <numerusform>%1, %n message non lu</numerusform>
            <numerusform>%1, %n messages non lus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tournament: %1</source>
        <translation>Tournoi : %1</translation>
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
        <translation>Vous êtes muet jusqu&apos;au %1 : vous pouvez lire mais pas envoyer de messages.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Invite to a match</source>
        <translation>Inviter à un match</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not connected: try again in a moment.</source>
        <translation>Pas connecté : réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The beginning of the conversation</source>
        <translation>Le début de la conversation</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="vanished">Vu</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is typing…</source>
        <translation>%1 écrit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 are typing…</source>
        <translation>%1 écrivent…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>You are muted</source>
        <translation>Vous êtes muet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write a message</source>
        <translation>Écrire un message</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>CountBadge</name>
    <message numerus="yes">
        <location filename="../client-qml/qml/chat/CountBadge.qml" line="+17"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lue</numerusform>
            <numerusform>%n non lues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../client-qml/qml/dashboard/DashboardPage.qml" line="+16"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Wins and losses per day (practice included)</source>
        <translation>Victoires et défaites par jour (entraînement compris)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+59"/>
        <source>Wins</source>
        <translation>Victoires</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>Losses</source>
        <translation>Défaites</translation>
    </message>
    <message numerus="yes">
        <location line="-57"/>
        <source>Wins: %1, losses: %2, over %n day(s).</source>
        <translation>
            <numerusform>Victoires : %1, défaites : %2, sur %n jour.</numerusform>
            <numerusform>Victoires : %1, défaites : %2, sur %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No wins or losses yet: play a match to see them here.</source>
        <translation>Pas encore de victoire ni de défaite : jouez un match pour les voir ici.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rating after each ranked match</source>
        <translation>Classement après chaque match classé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match end</source>
        <translation>Fin du match</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ranked match</source>
        <translation>Match classé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating</source>
        <translation>Classement</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Your rating is %1 after %n ranked match(es) (lowest %2, highest %3).</source>
        <translation>
            <numerusform>Votre classement est de %1 après %n match classé (au plus bas %2, au plus haut %3).</numerusform>
            <numerusform>Votre classement est de %1 après %n matchs classés (au plus bas %2, au plus haut %3).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No ranked matches yet: your rating is %1.</source>
        <translation>Pas encore de match classé : votre classement est de %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Points won and lost (counted one-against-one matches)</source>
        <translation>Points marqués et encaissés (matchs en un contre un comptabilisés)</translation>
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
        <translation>Marqués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Encaissés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points won: %1, lost: %2.</source>
        <translation>Points marqués : %1, encaissés : %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No points yet in counted matches (one against one, practice excluded).</source>
        <translation>Pas encore de points dans les matchs comptabilisés (un contre un, hors entraînement).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Matches by kind</source>
        <translation>Matchs par type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of match</source>
        <translation>Type de match</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Played</source>
        <translation>Joués</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Matches played: %1, in %n kind(s) of match.</source>
        <translation>
            <numerusform>Matchs joués : %1, d’%n type.</numerusform>
            <numerusform>Matchs joués : %1, de %n types.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No matches played yet.</source>
        <translation>Aucun match joué pour l’instant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your statistics</source>
        <translation>Vos statistiques</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wins, losses, streaks and points count matches against people only; practice (one keyboard, or against the computer) is in the charts above.</source>
        <translation>Les victoires, défaites, séries et points ne comptent que les matchs contre des personnes ; l’entraînement (à un clavier, ou contre l’ordinateur) figure dans les graphiques ci-dessus.</translation>
    </message>
</context>
<context>
    <name>EmailSection</name>
    <message>
        <location filename="../client-qml/qml/account/EmailSection.qml" line="+27"/>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No e-mail address yet.</source>
        <translation>Pas encore d’adresse e-mail.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not confirmed yet</source>
        <translation>Pas encore confirmée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>New e-mail address</source>
        <translation>Nouvelle adresse e-mail</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change the address</source>
        <translation>Changer l’adresse</translation>
    </message>
</context>
<context>
    <name>EmailVerificationBanner</name>
    <message>
        <location filename="../client-qml/qml/account/EmailVerificationBanner.qml" line="+22"/>
        <source>Confirm your e-mail address</source>
        <translation>Confirmez votre adresse e-mail</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Please confirm your e-mail address %1: follow the link we sent you.</source>
        <translation>Veuillez confirmer votre adresse e-mail %1 : suivez le lien que nous vous avons envoyé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send the link again</source>
        <translation>Renvoyer le lien</translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <location filename="../client-qml/network/FieldMessages.cpp" line="+15"/>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This value is not valid.</source>
        <translation>Cette valeur n’est pas valide.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Use at most %n character(s).</source>
        <translation>
            <numerusform>Utilisez au plus %n caractère.</numerusform>
            <numerusform>Utilisez au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Use at least %n character(s).</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère.</numerusform>
            <numerusform>Utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use %1 to %2 characters.</source>
        <translation>Utilisez de %1 à %2 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>Saisissez un nombre entier de %1 à %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is already taken. Choose another.</source>
        <translation>Ce nom est déjà pris. Choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This e-mail address already has an account.</source>
        <translation>Cette adresse e-mail a déjà un compte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use 3 to 20 letters (a-z), digits or underscores.</source>
        <translation>Utilisez de 3 à 20 lettres (a-z), chiffres ou tirets bas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an e-mail address.</source>
        <translation>Saisissez une adresse e-mail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use only letters, digits, spaces and _ - . &apos;</source>
        <translation>Utilisez seulement des lettres, des chiffres, des espaces et _ - . &apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This password is one of the most common ones. Choose another.</source>
        <translation>Ce mot de passe est l’un des plus courants. Choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password must not be your user name or e-mail address.</source>
        <translation>Le mot de passe ne doit pas être votre nom d’utilisateur ni votre adresse e-mail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This text holds a character that cannot be saved.</source>
        <translation>Ce texte contient un caractère qui ne peut pas être enregistré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a language from the list.</source>
        <translation>Choisissez une langue dans la liste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not your password.</source>
        <translation>Ce n’est pas votre mot de passe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This code is not valid.</source>
        <translation>Ce code n’est pas valide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the control characters.</source>
        <translation>Retirez les caractères de contrôle.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>This code was just used. Wait for the next one in your app.</source>
        <translation>Ce code vient d’être utilisé. Attendez le suivant dans votre application.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This name is used twice (names ignore case).</source>
        <translation>Ce nom est utilisé deux fois (les majuscules ne comptent pas).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List %1 to %2 players.</source>
        <translation>Indiquez de %1 à %2 joueurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another player uses your display name here: choose an alias.</source>
        <translation>Un autre joueur utilise déjà votre nom affiché ici : choisissez un pseudonyme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Must be at least the minimum number of players.</source>
        <translation>Doit être au moins égal au nombre minimal de joueurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cannot choose yourself.</source>
        <translation>Vous ne pouvez pas vous choisir vous-même.</translation>
    </message>
</context>
<context>
    <name>FriendsPage</name>
    <message>
        <location filename="../client-qml/qml/social/FriendsPage.qml" line="+19"/>
        <source>Friends</source>
        <translation>Amis</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No friends yet.</source>
        <translation>Pas encore d’amis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friends online: %1 of %2.</source>
        <translation>Amis en ligne : %1 sur %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find players</source>
        <translation>Trouver des joueurs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your friends</source>
        <translation>Vos amis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No friends yet. Find players on the Players page and ask them.</source>
        <translation>Pas encore d’amis. Trouvez des joueurs sur la page Joueurs et demandez-les en ami.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove %1 from your friends</source>
        <translation>Retirer %1 de vos amis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requests for you</source>
        <translation>Demandes reçues</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No requests waiting for you.</source>
        <translation>Aucune demande ne vous attend.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept the request of %1</source>
        <translation>Accepter la demande de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decline the request of %1</source>
        <translation>Refuser la demande de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requests you sent</source>
        <translation>Demandes envoyées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No requests waiting for an answer.</source>
        <translation>Aucune demande en attente de réponse.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel your request to %1</source>
        <translation>Annuler votre demande à %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blocked players</source>
        <translation>Joueurs bloqués</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have blocked nobody.</source>
        <translation>Vous n’avez bloqué personne.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unblock %1</source>
        <translation>Débloquer %1</translation>
    </message>
</context>
<context>
    <name>HeaderChatButtons</name>
    <message numerus="yes">
        <location filename="../client-qml/qml/chat/HeaderChatButtons.qml" line="+24"/>
        <source>Chat, %n unread message(s)</source>
        <translation>
            <numerusform>Chat, %n message non lu</numerusform>
            <numerusform>Chat, %n messages non lus</numerusform>
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
            <numerusform>Notifications, %n non lue</numerusform>
            <numerusform>Notifications, %n non lues</numerusform>
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
        <translation>Le serveur a répondu HTTP %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This address does not answer like a Transcendence server.</source>
        <translation>Cette adresse ne répond pas comme un serveur Transcendence.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../client-qml/qml/home/HomePage.qml" line="+38"/>
        <source>You are entered in %1. It starts when its organiser starts it.</source>
        <translation>Vous êtes inscrit à %1. Il commence quand son organisateur le lance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, round %2: against %3, once the other matches of the round are played.</source>
        <translation>%1, tour %2 : contre %3, une fois les autres matchs du tour joués.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, round %2: your opponent is not known yet.</source>
        <translation>%1, tour %2 : votre adversaire n’est pas encore connu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, round %2: your match against %3 is ready.</source>
        <translation>%1, tour %2 : votre match contre %3 est prêt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, round %2: your match is ready.</source>
        <translation>%1, tour %2 : votre match est prêt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Pong, as in 1972 — with friends</source>
        <translation>Le Pong de 1972, entre amis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Transcendence is a place to play Pong: against a friend at one keyboard, against the computer, or online against players of your level, in four-player matches and in tournaments. Matches played with an account count in your rating and earn achievements.</source>
        <translation>Transcendence est un lieu pour jouer au Pong : contre un ami sur le même clavier, contre l’ordinateur, ou en ligne contre des joueurs de votre niveau, en matchs à quatre et en tournois. Les matchs joués avec un compte comptent pour votre classement et font gagner des succès.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Play now</source>
        <translation>Jouer maintenant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No account needed: these matches are played on this device.</source>
        <translation>Aucun compte nécessaire : ces matchs se jouent sur cet appareil.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+67"/>
        <source>Against the computer</source>
        <translation>Contre l’ordinateur</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Two players, one keyboard</source>
        <translation>Deux joueurs, un clavier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>With an account you play others online, enter tournaments, keep your results and climb the leaderboard.</source>
        <translation>Avec un compte, vous jouez en ligne contre d’autres joueurs, participez aux tournois, gardez vos résultats et montez au classement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in or create an account</source>
        <translation>Se connecter ou créer un compte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Welcome back, %1</source>
        <translation>Bon retour, %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quick play</source>
        <translation>Partie rapide</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looking for an opponent…</source>
        <translation>Recherche d’un adversaire…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find an opponent</source>
        <translation>Trouver un adversaire</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>With your last match settings: %1</source>
        <translation>Avec vos derniers réglages de match : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your next tournament match</source>
        <translation>Votre prochain match de tournoi</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+43"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>You are not in a tournament now.</source>
        <translation>Vous ne participez à aucun tournoi en ce moment.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the tournament</source>
        <translation>Ouvrir le tournoi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>See the tournaments</source>
        <translation>Voir les tournois</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Friends online</source>
        <translation>Amis en ligne</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>None of your friends is online.</source>
        <translation>Aucun de vos amis n’est en ligne.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n friend(s) online.</source>
        <translation>
            <numerusform>%n ami en ligne.</numerusform>
            <numerusform>%n amis en ligne.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Invite to a match</source>
        <translation>Inviter à un match</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invite %1 to a match</source>
        <translation>Inviter %1 à un match</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your recent results</source>
        <translation>Vos derniers résultats</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Live matches</source>
        <translation>Matchs en direct</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in to watch the matches being played now.</source>
        <translation>Connectez-vous pour regarder les matchs en cours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is playing right now.</source>
        <translation>Personne ne joue en ce moment.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n matches running</source>
        <translation>
            <numerusform>%n match en cours</numerusform>
            <numerusform>%n matchs en cours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All live matches</source>
        <translation>Tous les matchs en direct</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Top players</source>
        <translation>Meilleurs joueurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to see the leaderboard.</source>
        <translation>Connectez-vous pour voir le classement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is ranked yet: play a rated match to be first.</source>
        <translation>Personne n’est encore classé : jouez un match classé pour être le premier.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rank %1: %2, rating %3</source>
        <translation>Rang %1 : %2, cote %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The whole leaderboard</source>
        <translation>Tout le classement</translation>
    </message>
</context>
<context>
    <name>InvitationCard</name>
    <message>
        <location filename="../client-qml/qml/chat/InvitationCard.qml" line="+31"/>
        <source>You invited %1 to a match.</source>
        <translation>Vous avez invité %1 à un match.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 invited you to a match.</source>
        <translation>%1 vous invite à un match.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel the invitation</source>
        <translation>Annuler l&apos;invitation</translation>
    </message>
</context>
<context>
    <name>InvitationPrompt</name>
    <message>
        <location filename="../client-qml/qml/play/InvitationPrompt.qml" line="+25"/>
        <source>Invitation to a match</source>
        <translation>Invitation à un match</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 invites you to a match.</source>
        <translation>%1 vous invite à un match.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>This invitation expires in %n seconds.</source>
        <translation>
            <numerusform>Cette invitation expire dans %n seconde.</numerusform>
            <numerusform>Cette invitation expire dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
</context>
<context>
    <name>LanguageSelector</name>
    <message>
        <location filename="../client-qml/qml/settings/LanguageSelector.qml" line="+14"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>LiveMatchRow</name>
    <message>
        <location filename="../client-qml/qml/play/LiveMatchRow.qml" line="+18"/>
        <source>one keyboard</source>
        <translation>un seul clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>against the computer</source>
        <translation>contre l’ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ranked</source>
        <translation>classé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between friends</source>
        <translation>entre amis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>four players</source>
        <translation>quatre joueurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tournament</source>
        <translation>tournoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a visitor without an account</source>
        <translation>un visiteur sans compte</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n lives</source>
        <translation>
            <numerusform>%n vie</numerusform>
            <numerusform>%n vies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 · %n watching</source>
        <translation>
            <numerusform>%1 · %n spectateur</numerusform>
            <numerusform>%1 · %n spectateurs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Watch</source>
        <translation>Regarder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch %1</source>
        <translation>Regarder %1</translation>
    </message>
</context>
<context>
    <name>LiveMatchesPage</name>
    <message>
        <source>one keyboard</source>
        <translation type="vanished">un seul clavier</translation>
    </message>
    <message>
        <source>against the computer</source>
        <translation type="vanished">contre l’ordinateur</translation>
    </message>
    <message>
        <source>ranked</source>
        <translation type="vanished">classé</translation>
    </message>
    <message>
        <source>between friends</source>
        <translation type="vanished">entre amis</translation>
    </message>
    <message>
        <source>four players</source>
        <translation type="vanished">quatre joueurs</translation>
    </message>
    <message>
        <source>tournament</source>
        <translation type="vanished">tournoi</translation>
    </message>
    <message>
        <location filename="../client-qml/qml/play/LiveMatchesPage.qml" line="+17"/>
        <source>Live matches</source>
        <translation>Matchs en direct</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n matches running</source>
        <translation>
            <numerusform>%n match en cours</numerusform>
            <numerusform>%n matchs en cours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>This list updates itself every %n seconds.</source>
        <translation>
            <numerusform>Cette liste se met à jour d’elle-même chaque %n seconde.</numerusform>
            <numerusform>Cette liste se met à jour d’elle-même toutes les %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lives</source>
        <translation type="vanished">
            <numerusform>%n vie</numerusform>
            <numerusform>%n vies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n watching</source>
        <translation type="vanished">
            <numerusform>%1 · %n spectateur</numerusform>
            <numerusform>%1 · %n spectateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="vanished">Regarder</translation>
    </message>
    <message>
        <source>Watch %1</source>
        <translation type="vanished">Regarder %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nobody is playing right now.</source>
        <translation>Personne ne joue en ce moment.</translation>
    </message>
</context>
<context>
    <name>LocalTournamentPage</name>
    <message>
        <source>Final</source>
        <translation type="vanished">Finale</translation>
    </message>
    <message>
        <source>Semi-finals</source>
        <translation type="vanished">Demi-finales</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation type="vanished">Tour %1</translation>
    </message>
    <message>
        <location filename="../client-qml/qml/play/LocalTournamentPage.qml" line="+23"/>
        <source>Back to the tournament</source>
        <translation>Retour au tournoi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tournament at this device</source>
        <translation>Tournoi sur cet appareil</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Everyone plays at this keyboard, one match after the other. Enter 3 to 16 players, one name per line, the strongest first: the first ones get the byes.</source>
        <translation>Tout le monde joue sur ce clavier, un match après l’autre. Saisissez 3 à 16 joueurs, un nom par ligne, les plus forts en premier : les premiers sont exemptés du premier tour.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One name per line</source>
        <translation>Un nom par ligne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Players, one name per line</source>
        <translation>Joueurs, un nom par ligne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every match: %1.</source>
        <translation>Chaque match : %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start the tournament</source>
        <translation>Lancer le tournoi</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 wins the tournament!</source>
        <translation>%1 remporte le tournoi !</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tournament ended without a winner.</source>
        <translation>Le tournoi s’est terminé sans vainqueur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New tournament</source>
        <translation>Nouveau tournoi</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Next match: %1</source>
        <translation>Prochain match : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Play this match</source>
        <translation>Jouer ce match</translation>
    </message>
    <message>
        <source>to be decided</source>
        <translation type="vanished">à déterminer</translation>
    </message>
    <message>
        <source>bye</source>
        <translation type="vanished">exempté</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../client-qml/qml/shell/MainWindow.qml" line="+34"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Friends</source>
        <translation>Amis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players</source>
        <translation>Joueurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your profile</source>
        <translation>Votre profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play</source>
        <translation>Jouer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live matches</source>
        <translation>Matchs en direct</translation>
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
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>MatchHistoryList</name>
    <message>
        <location filename="../client-qml/qml/dashboard/MatchHistoryList.qml" line="+17"/>
        <source>Match history</source>
        <translation>Historique des matchs</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The match history could not be loaded.</source>
        <translation>L’historique des matchs n’a pas pu être chargé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading matches…</source>
        <translation>Chargement des matchs…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No matches played yet.</source>
        <translation>Aucun match joué pour l’instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches %1 to %2 of %3.</source>
        <translation>Matchs %1 à %2 sur %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lives left: %1</source>
        <translation>Vies restantes : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>against %1</source>
        <translation>contre %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Against %1</source>
        <translation>Contre %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Newer matches</source>
        <translation>Matchs plus récents</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Older matches</source>
        <translation>Matchs plus anciens</translation>
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
        <translation>Contre l’ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked</source>
        <translation>Classé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Four players</source>
        <translation>Quatre joueurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tournament</source>
        <translation>Tournoi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Win</source>
        <translation>Victoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>Défaite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No result</source>
        <translation>Sans résultat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Played to the end</source>
        <translation>Joué jusqu’au bout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forfeit</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Player</source>
        <translation>Joueur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anonymous player</source>
        <translation>Joueur anonyme</translation>
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
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
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
            <numerusform>%n victoire d’affilée</numerusform>
            <numerusform>%n victoires d’affilée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n loss(es) in a row</source>
        <translation>
            <numerusform>%n défaite d’affilée</numerusform>
            <numerusform>%n défaites d’affilée</numerusform>
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
        <translation>Ce match continue sur un autre appareil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection lost. Reconnecting…</source>
        <translation>Connexion perdue. Reconnexion…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the players</source>
        <translation>En attente des joueurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get ready: %1</source>
        <translation>Préparez-vous : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused: a player is missing</source>
        <translation>En pause : un joueur est absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The match is over</source>
        <translation>Le match est terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Replay</source>
        <translation>Rediffusion</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Playing</source>
        <translation>En jeu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The match was played to the end.</source>
        <translation>Le match a été joué jusqu’au bout.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A player left the match.</source>
        <translation>Un joueur a quitté le match.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A player did not come back in time.</source>
        <translation>Un joueur n’est pas revenu à temps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A player did not show up.</source>
        <translation>Un joueur ne s’est pas présenté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody won: the match was abandoned.</source>
        <translation>Personne n’a gagné : le match a été abandonné.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A stored match, played back.</source>
        <translation>Un match enregistré, rejoué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are watching: the keys do nothing here.</source>
        <translation>Vous êtes spectateur : les touches n’ont aucun effet ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move your paddle with W and S or the Up and Down arrow keys.</source>
        <translation>Déplacez votre raquette avec W et S ou les flèches haut et bas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move your paddle with A and D or the Left and Right arrow keys.</source>
        <translation>Déplacez votre raquette avec A et D ou les flèches gauche et droite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left player: W and S. Right player: Up and Down arrow keys.</source>
        <translation>Joueur de gauche : W et S. Joueur de droite : flèches haut et bas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left: W and S. Right: Up and Down. Top: C and V. Bottom: N and M.</source>
        <translation>Gauche : W et S. Droite : haut et bas. Haut : C et V. Bas : N et M.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody won</source>
        <translation>Personne n’a gagné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You won!</source>
        <translation>Vous avez gagné !</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 won</source>
        <translation>%1 a gagné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 wins!</source>
        <translation>%1 gagne !</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <location line="+95"/>
        <source>%n lives</source>
        <translation>
            <numerusform>%n vie</numerusform>
            <numerusform>%n vies</numerusform>
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
        <translation>Regarder un match</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 loses a life.</source>
        <translation>%1 perd une vie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point for %1.</source>
        <translation>Point pour %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Achievement unlocked: %1</source>
        <translation>Succès débloqué : %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(away)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your ping: %1 ms</source>
        <translation>Votre ping : %1 ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: not saved</source>
        <translation>Hors ligne : non enregistré</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Saved in your history. Rating: %1 → %2.</source>
        <translation>Enregistré dans votre historique. Classement : %1 → %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved in your history.</source>
        <translation>Enregistré dans votre historique.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Played on this device: offline matches are not saved.</source>
        <translation>Joué sur cet appareil : les matchs hors ligne ne sont pas enregistrés.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Play again</source>
        <translation>Rejouer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Watch the replay</source>
        <translation>Voir la rediffusion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to Play</source>
        <translation>Retour à Jouer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Game field</source>
        <translation>Terrain de jeu</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>Sounds</source>
        <translation>Sons</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The match ends here. Practice does not count in your results.</source>
        <translation>Le match s’arrête ici. L’entraînement ne compte pas dans vos résultats.</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>Game field. Score: %1</source>
        <translation>Terrain de jeu. Score : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>Waiting for %1: %n seconds left before the forfeit.</source>
        <translation>
            <numerusform>En attente de %1 : encore %n seconde avant le forfait.</numerusform>
            <numerusform>En attente de %1 : encore %n secondes avant le forfait.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+86"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Move up: %1</source>
        <translation>Monter : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move down: %1</source>
        <translation>Descendre : %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stop watching</source>
        <translation>Arrêter de regarder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave the match</source>
        <translation>Quitter le match</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>On-screen buttons</source>
        <translation>Boutons à l’écran</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Leave this match?</source>
        <translation>Quitter ce match ?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The match ends here.</source>
        <translation>Le match s’arrête ici.</translation>
    </message>
    <message>
        <source>The match ends here; against the computer it counts as a loss.</source>
        <translation type="vanished">Le match s’arrête ici ; contre l’ordinateur, cela compte comme une défaite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leaving a match between people counts as a loss.</source>
        <translation>Quitter un match contre d’autres joueurs compte comme une défaite.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stay</source>
        <translation>Rester</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>There is no such match.</source>
        <translation type="vanished">Ce match n’existe pas.</translation>
    </message>
    <message>
        <source> vs </source>
        <translation type="vanished"> contre </translation>
    </message>
    <message>
        <source>Players</source>
        <translation type="vanished">Joueurs</translation>
    </message>
    <message>
        <source>Player</source>
        <translation type="vanished">Joueur</translation>
    </message>
    <message>
        <source>Lives left</source>
        <translation type="vanished">Vies restantes</translation>
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
        <translation type="vanished">Classement</translation>
    </message>
    <message>
        <source>Open the profile of %1</source>
        <translation type="vanished">Ouvrir le profil de %1</translation>
    </message>
    <message>
        <source>Forfeited</source>
        <translation type="vanished">Forfait</translation>
    </message>
    <message>
        <source>Lives left at the end</source>
        <translation type="vanished">Vies restantes à la fin</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation type="vanished">Score final</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="vanished">%1 : %2</translation>
    </message>
    <message>
        <source>About this match</source>
        <translation type="vanished">À propos de ce match</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">Type</translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="vanished">Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="vanished">Durée</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation type="vanished">Fin</translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation type="vanished">Classé</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="vanished">Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="vanished">Non</translation>
    </message>
    <message>
        <source>Time in play</source>
        <translation type="vanished">Temps de jeu</translation>
    </message>
    <message>
        <source>Key presses recorded</source>
        <translation type="vanished">Appuis de touches enregistrés</translation>
    </message>
    <message>
        <source>Longest rally</source>
        <translation type="vanished">Plus long échange</translation>
    </message>
    <message numerus="yes">
        <source>%n paddle hit(s)</source>
        <translation type="vanished">
            <numerusform>%n frappe de raquette</numerusform>
            <numerusform>%n frappes de raquette</numerusform>
        </translation>
    </message>
    <message>
        <source>Average rally</source>
        <translation type="vanished">Échange moyen</translation>
    </message>
    <message>
        <source>%1 paddle hits</source>
        <translation type="vanished">%1 frappes de raquette</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="vanished">Au fil du match</translation>
    </message>
    <message>
        <source>Lives after each point</source>
        <translation type="vanished">Vies après chaque point</translation>
    </message>
    <message>
        <source>Score after each point</source>
        <translation type="vanished">Score après chaque point</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="vanished">Temps</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="vanished">Début</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="vanished">Secondes</translation>
    </message>
    <message>
        <source>Lives</source>
        <translation type="vanished">Vies</translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="vanished">Points</translation>
    </message>
    <message>
        <source>Points scored: %1, in %2.</source>
        <translation type="vanished">Points marqués : %1, en %2.</translation>
    </message>
    <message>
        <source>No point was scored in this match.</source>
        <translation type="vanished">Aucun point n’a été marqué dans ce match.</translation>
    </message>
    <message>
        <source>Paddle hits</source>
        <translation type="vanished">Frappes de raquette</translation>
    </message>
    <message>
        <source>No paddle hits were recorded.</source>
        <translation type="vanished">Aucune frappe de raquette n’a été enregistrée.</translation>
    </message>
</context>
<context>
    <name>MatchReadyToast</name>
    <message>
        <location filename="../client-qml/qml/chat/MatchReadyToast.qml" line="+54"/>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
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
        <translation>Ce match n’existe pas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> vs </source>
        <translation> contre </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Players</source>
        <translation>Joueurs</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+82"/>
        <location line="+94"/>
        <source>Player</source>
        <translation>Joueur</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+82"/>
        <source>Lives left</source>
        <translation>Vies restantes</translation>
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
        <translation>Classement</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open the profile of %1</source>
        <translation>Ouvrir le profil de %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Forfeited</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Lives left at the end</source>
        <translation>Vies restantes à la fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final score</source>
        <translation>Score final</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+93"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>About this match</source>
        <translation>À propos de ce match</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked</source>
        <translation>Classé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time in play</source>
        <translation>Temps de jeu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key presses recorded</source>
        <translation>Appuis de touches enregistrés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Longest rally</source>
        <translation>Plus long échange</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n paddle hit(s)</source>
        <translation>
            <numerusform>%n frappe de raquette</numerusform>
            <numerusform>%n frappes de raquette</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average rally</source>
        <translation>Échange moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 paddle hits</source>
        <translation>%1 frappes de raquette</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Over time</source>
        <translation>Au fil du match</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lives after each point</source>
        <translation>Vies après chaque point</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score after each point</source>
        <translation>Score après chaque point</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives</source>
        <translation>Vies</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points scored: %1, in %2.</source>
        <translation>Points marqués : %1, en %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No point was scored in this match.</source>
        <translation>Aucun point n’a été marqué dans ce match.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Paddle hits</source>
        <translation>Frappes de raquette</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No paddle hits were recorded.</source>
        <translation>Aucune frappe de raquette n’a été enregistrée.</translation>
    </message>
</context>
<context>
    <name>MatchSettingsForm</name>
    <message>
        <location filename="../client-qml/qml/play/MatchSettingsForm.qml" line="+99"/>
        <source>Some settings need your attention.</source>
        <translation>Certains paramètres sont à corriger.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+8"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Win by two clear points</source>
        <translation>Gagner avec deux points d’écart</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Power-ups</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fewer settings</source>
        <translation>Moins de paramètres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>More settings</source>
        <translation>Plus de paramètres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back to the classic game</source>
        <translation>Revenir au jeu classique</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../client-qml/qml/chat/MessageDelegate.qml" line="+118"/>
        <source>Open the profile of %1</source>
        <translation>Ouvrir le profil de %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removed by a moderator</source>
        <translation>Supprimé par un modérateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted account</source>
        <translation>Compte supprimé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Seen</source>
        <translation>Vu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Actions on this message</source>
        <translation>Actions sur ce message</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report to the moderators</source>
        <translation>Signaler aux modérateurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the profile</source>
        <translation>Ouvrir le profil</translation>
    </message>
</context>
<context>
    <name>NavigationList</name>
    <message>
        <location filename="../client-qml/qml/shell/NavigationList.qml" line="+27"/>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
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
            <numerusform>%n non lue</numerusform>
            <numerusform>%n non lues</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All read</source>
        <translation>Tout est lu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark all as read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing here yet.</source>
        <translation>Rien ici pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Show older notifications</source>
        <translation>Afficher les notifications plus anciennes</translation>
    </message>
</context>
<context>
    <name>PasswordSection</name>
    <message>
        <location filename="../client-qml/qml/account/PasswordSection.qml" line="+24"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your other sessions are signed out when it changes.</source>
        <translation>Vos autres sessions sont déconnectées quand il change.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account signs in with a provider. Set a password to sign in with your name too.</source>
        <translation>Votre compte se connecte via un fournisseur. Définissez un mot de passe pour vous connecter aussi avec votre nom.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New password (at least 10 characters)</source>
        <translation>Nouveau mot de passe (au moins 10 caractères)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change the password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set a password</source>
        <translation>Définir un mot de passe</translation>
    </message>
</context>
<context>
    <name>PersonRow</name>
    <message>
        <location filename="../client-qml/qml/social/PersonRow.qml" line="+37"/>
        <source>Open the profile of %1</source>
        <translation>Ouvrir le profil de %1</translation>
    </message>
</context>
<context>
    <name>PlayPage</name>
    <message>
        <location filename="../client-qml/qml/play/PlayPage.qml" line="+50"/>
        <source>Play</source>
        <translation>Jouer</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>You have a match in progress.</source>
        <translation>Vous avez un match en cours.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rejoin</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not connected: matches are played on this device and not saved.</source>
        <translation>Non connecté : les matchs se jouent sur cet appareil et ne sont pas enregistrés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playing on this device. Sign in to play others online, watch and replay matches; offline matches are not saved.</source>
        <translation>Vous jouez sur cet appareil. Connectez-vous pour affronter d’autres joueurs en ligne, regarder des matchs et revoir des rediffusions ; les matchs hors ligne ne sont pas enregistrés.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 vs 1</source>
        <translation>1 contre 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 players</source>
        <translation>4 joueurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At this device</source>
        <translation>Sur cet appareil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Four players, one keyboard</source>
        <translation>Quatre joueurs, un clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two players, one keyboard</source>
        <translation>Deux joueurs, un clavier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Against the computer</source>
        <translation>Contre l’ordinateur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Computer level</source>
        <translation>Niveau de l’ordinateur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tournament at this device</source>
        <translation>Tournoi sur cet appareil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting to the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Looking for opponents… %n s</source>
        <translation>
            <numerusform>Recherche d’adversaires… %n s</numerusform>
            <numerusform>Recherche d’adversaires… %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your rating %1, opponents within ±%2. Players waiting: %3.</source>
        <translation>Votre classement %1, adversaires à ±%2. Joueurs en attente : %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stop looking</source>
        <translation>Arrêter la recherche</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Find three opponents</source>
        <translation>Trouver trois adversaires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find an opponent</source>
        <translation>Trouver un adversaire</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a friend</source>
        <translation>Choisissez un ami</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Friend to invite</source>
        <translation>Ami à inviter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add friends to invite them to a match.</source>
        <translation>Ajoutez des amis pour les inviter à un match.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Waiting for %1 to answer (%n s)</source>
        <translation>
            <numerusform>En attente de la réponse de %1 (%n s)</numerusform>
            <numerusform>En attente de la réponse de %1 (%n s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the invitation to %1</source>
        <translation>Annuler l’invitation à %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Watch live matches</source>
        <translation>Regarder les matchs en direct</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tournaments</source>
        <translation>Tournois</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replays</source>
        <translation>Rediffusions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Match settings</source>
        <translation>Paramètres du match</translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message>
        <location filename="../client-qml/qml/social/PlayerPage.qml" line="+17"/>
        <source>Player profile</source>
        <translation>Profil du joueur</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no such player.</source>
        <translation>Ce joueur n’existe pas.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>You are friends.</source>
        <translation>Vous êtes amis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 asked to be your friend.</source>
        <translation>%1 vous a demandé en ami.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your friend request is waiting for an answer.</source>
        <translation>Votre demande d’ami attend une réponse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You blocked %1. Neither of you can send the other friend requests.</source>
        <translation>Vous avez bloqué %1. Aucun de vous deux ne peut envoyer de demande d’ami à l’autre.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add friend</source>
        <translation>Ajouter en ami</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel the request</source>
        <translation>Annuler la demande</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove friend</source>
        <translation>Retirer des amis</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Block %1</source>
        <translation>Bloquer %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit your profile</source>
        <translation>Modifier votre profil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No bio yet.</source>
        <translation>Pas encore de biographie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
</context>
<context>
    <name>PlayersPage</name>
    <message>
        <location filename="../client-qml/qml/social/PlayersPage.qml" line="+12"/>
        <source>Players</source>
        <translation>Joueurs</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>Search for a player</source>
        <translation>Rechercher un joueur</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>User name or display name</source>
        <translation>Nom d’utilisateur ou nom affiché</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>The beginning of a user name or display name.</source>
        <translation>Le début d’un nom d’utilisateur ou d’un nom affiché.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No player found for “%1”.</source>
        <translation>Aucun joueur trouvé pour « %1 ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players found for “%1”: more than %2.</source>
        <translation>Joueurs trouvés pour « %1 » : plus de %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Players found for “%1”: %2.</source>
        <translation>Joueurs trouvés pour « %1 » : %2.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Show more players</source>
        <translation>Afficher plus de joueurs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Leaderboard</source>
        <translation>Classement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your rank: %1 of %2, rating %3.</source>
        <translation>Votre rang : %1 sur %2, cote %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only me and my friends</source>
        <translation>Seulement moi et mes amis</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rank %1</source>
        <translation>Rang %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rating %1</source>
        <translation>Cote %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody to rank yet.</source>
        <translation>Personne à classer pour l’instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places %1 to %2 of %3.</source>
        <translation>Places %1 à %2 sur %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Higher ranks</source>
        <translation>Rangs supérieurs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lower ranks</source>
        <translation>Rangs inférieurs</translation>
    </message>
</context>
<context>
    <name>PowerUpLegend</name>
    <message>
        <location filename="../client-qml/qml/play/PowerUpLegend.qml" line="+21"/>
        <source>the paddle of whoever takes it grows by half.</source>
        <translation>la raquette de celui qui le prend grandit de moitié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every other player&apos;s paddle shrinks.</source>
        <translation>la raquette de chacun des autres joueurs rétrécit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every ball goes half as fast again.</source>
        <translation>chaque balle va une fois et demie plus vite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an extra ball splits off (three at most).</source>
        <translation>une balle supplémentaire se détache (trois au plus).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Power-ups</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Power-ups: a ball that passes over a square takes it for the player who hit that ball last.</source>
        <translation>Bonus : une balle qui passe sur un carré le prend pour le joueur qui l’a frappée en dernier.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Effects last %n second(s).</source>
        <translation>
            <numerusform>Les effets durent %n seconde.</numerusform>
            <numerusform>Les effets durent %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenceBadge</name>
    <message>
        <location filename="../client-qml/qml/social/PresenceBadge.qml" line="+16"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a game</source>
        <translation>En partie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../client-qml/qml/social/ProfilePage.qml" line="+32"/>
        <source>Your profile</source>
        <translation>Votre profil</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+76"/>
        <source>Choose a picture</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>See your profile as others see it</source>
        <translation>Voir votre profil comme les autres le voient</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preview of the chosen picture</source>
        <translation>Aperçu de l’image choisie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PNG, JPEG or WebP, at most 2 MiB. It is cropped to a square.</source>
        <translation>PNG, JPEG ou WebP, 2 Mio au plus. L’image est recadrée en carré.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Upload the picture</source>
        <translation>Envoyer l’image</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep the current one</source>
        <translation>Garder l’actuel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the avatar</source>
        <translation>Supprimer l’avatar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your details</source>
        <translation>Vos informations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name: %1</source>
        <translation>Nom d’utilisateur : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>How other players see you: 3 to 20 characters.</source>
        <translation>Comment les autres joueurs vous voient : de 3 à 20 caractères.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>About you</source>
        <translation>À propos de vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to 500 characters, shown as plain text on your profile.</source>
        <translation>Jusqu’à 500 caractères, affichés en texte brut sur votre profil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 / 500 characters</source>
        <translation>%1 / 500 caractères</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>The language of this app and of our e-mails to you.</source>
        <translation>La langue de cette application et de nos e-mails.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
</context>
<context>
    <name>ReauthenticationDialog</name>
    <message>
        <location filename="../client-qml/qml/account/ReauthenticationDialog.qml" line="+26"/>
        <source>Confirm it is you</source>
        <translation>Confirmez que c’est bien vous</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This change needs a recent proof that you are the owner of this account.</source>
        <translation>Cette modification demande une preuve récente que ce compte est bien le vôtre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign out, sign in again with the service you use, then try once more.</source>
        <translation>Déconnectez-vous, reconnectez-vous avec le service que vous utilisez, puis réessayez.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>My password</source>
        <translation>Mon mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A code from my authenticator app</source>
        <translation>Un code de mon application d’authentification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recovery code</source>
        <translation>Un code de secours</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How to confirm</source>
        <translation>Comment confirmer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6-digit code</source>
        <translation>Code à 6 chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code</source>
        <translation>Code de secours</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
</context>
<context>
    <name>ReplaysPage</name>
    <message>
        <location filename="../client-qml/qml/play/ReplaysPage.qml" line="+15"/>
        <source>Won</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No result</source>
        <translation>Sans résultat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replays</source>
        <translation>Rediffusions</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay speed</source>
        <translation>Vitesse de la rediffusion</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 vs %2</source>
        <translation>%1 contre %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>anonymous player</source>
        <translation>joueur anonyme</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Replay</source>
        <translation>Revoir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No matches yet.</source>
        <translation>Pas encore de match.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../client-qml/qml/chat/ReportDialog.qml" line="+30"/>
        <source>Report this message</source>
        <translation>Signaler ce message</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Comment (optional)</source>
        <translation>Commentaire (facultatif)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report</source>
        <translation>Signaler</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <location filename="../client-qml/qml/network/ServerPage.qml" line="+9"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <location filename="../client-qml/network/ServerUrl.cpp" line="+31"/>
        <source>Enter the server address, e.g. https://localhost:8443</source>
        <translation>Saisissez l’adresse du serveur, par ex. https://localhost:8443</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a valid URL.</source>
        <translation>Ce n’est pas une URL valide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address must start with https:// or http://.</source>
        <translation>L’adresse doit commencer par https:// ou http://.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address needs a host name.</source>
        <translation>L’adresse doit contenir un nom d’hôte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use https:// — plain http:// is only allowed for this computer (localhost).</source>
        <translation>Utilisez https:// — http:// sans chiffrement n’est autorisé que vers cet ordinateur (localhost).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address must not contain a user name, &apos;?&apos; or &apos;#&apos;.</source>
        <translation>L’adresse ne doit contenir ni nom d’utilisateur, ni « ? », ni « # ».</translation>
    </message>
</context>
<context>
    <name>ServerUrlForm</name>
    <message>
        <location filename="../client-qml/qml/network/ServerUrlForm.qml" line="+26"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Address of the Transcendence server this app connects to.</source>
        <translation>Adresse du serveur Transcendence auquel cette application se connecte.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect to this server</source>
        <translation>Se connecter à ce serveur</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../client-qml/qml/settings/SettingsPage.qml" line="+12"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Like the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Text size: %1 %</source>
        <translation>Taille du texte : %1 %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reduce motion</source>
        <translation>Réduire les animations</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sounds during matches</source>
        <translation>Sons pendant les matchs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This device remembers your sign-in in the system keychain.</source>
        <translation>Cet appareil mémorise votre connexion dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device has no keychain: your sign-in is remembered in a file only your user account can read.</source>
        <translation>Cet appareil n’a pas de trousseau : votre connexion est mémorisée dans un fichier que seul votre compte utilisateur peut lire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where you are signed in</source>
        <translation>Où vous êtes connecté</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web browser</source>
        <translation>Navigateur web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this device</source>
        <translation>cet appareil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last used %1 from %2</source>
        <translation>Dernière utilisation le %1 depuis %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+30"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Sign out this session</source>
        <translation>Déconnecter cette session</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Privacy and terms</source>
        <translation>Confidentialité et conditions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How this server handles your data, and the rules for using it. They open in your web browser.</source>
        <translation>Comment ce serveur traite vos données, et les règles pour l&apos;utiliser. Ces pages s&apos;ouvrent dans votre navigateur web.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Privacy policy</source>
        <translation>Politique de confidentialité</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Terms of service</source>
        <translation>Conditions d&apos;utilisation</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../client-qml/qml/account/SignInPage.qml" line="+18"/>
        <source>Two-factor authentication</source>
        <translation>Authentification à deux facteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+209"/>
        <source>Create an account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+72"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Create your account</source>
        <translation>Créez votre compte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Welcome back</source>
        <translation>Bon retour</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User name or e-mail</source>
        <translation>Nom d’utilisateur ou e-mail</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+147"/>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Display name (optional)</source>
        <translation>Nom affiché (facultatif)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At least 10 characters.</source>
        <translation>Au moins 10 caractères.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create account</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>or</source>
        <translation>ou</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign in with %1</source>
        <translation>Se connecter avec %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Continue in your web browser: this app signs you in as soon as you are back from there. If no browser opened, open this address:</source>
        <translation>Continuez dans votre navigateur web : l’application vous connecte dès votre retour. Si aucun navigateur ne s’est ouvert, ouvrez cette adresse :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Forgot your password?</source>
        <translation>Mot de passe oublié ?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type the e-mail address of your account: we will send it a link to choose a new password.</source>
        <translation>Saisissez l’adresse e-mail de votre compte : nous y enverrons un lien pour choisir un nouveau mot de passe.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Send me a link</source>
        <translation>M’envoyer un lien</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>I already have an account</source>
        <translation>J’ai déjà un compte</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</source>
        <translation>Saisissez le code à 6 chiffres de votre application d’authentification, ou l’un de vos codes de récupération.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>We sent a 6-digit code to your e-mail address: enter it, or one of your recovery codes. It works once, for 5 minutes.</source>
        <translation>Nous avons envoyé un code à 6 chiffres à votre adresse e-mail : saisissez-le, ou l’un de vos codes de secours. Il fonctionne une fois, pendant 5 minutes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+110"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No account, or no connection? You can still play on this device.</source>
        <translation>Pas de compte, ou pas de connexion ? Vous pouvez quand même jouer sur cet appareil.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Play on this device</source>
        <translation>Jouer sur cet appareil</translation>
    </message>
</context>
<context>
    <name>StatsGrid</name>
    <message>
        <location filename="../client-qml/qml/dashboard/StatsGrid.qml" line="+13"/>
        <source>Wins</source>
        <translation>Victoires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Losses</source>
        <translation>Défaites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>Taux de victoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current streak</source>
        <translation>Série en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best winning streak</source>
        <translation>Meilleure série de victoires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Classement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked matches</source>
        <translation>Matchs classés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points won and lost</source>
        <translation>Points marqués et encaissés</translation>
    </message>
</context>
<context>
    <name>TournamentMatchPrompt</name>
    <message>
        <location filename="../client-qml/qml/play/TournamentMatchPrompt.qml" line="+23"/>
        <source>Your tournament match is ready</source>
        <translation>Votre match de tournoi est prêt</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 vs %2. Enter before the deadline or lose by walkover.</source>
        <translation>%1 contre %2. Entrez avant l’heure limite ou vous perdez par forfait.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the match</source>
        <translation>Entrer dans le match</translation>
    </message>
</context>
<context>
    <name>TournamentPage</name>
    <message>
        <location filename="../client-qml/qml/play/TournamentPage.qml" line="+29"/>
        <source>Open for entries</source>
        <translation>Inscriptions ouvertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tournament</source>
        <translation>Tournoi</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Local tournament</source>
        <translation>Tournoi local</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Online tournament</source>
        <translation>Tournoi en ligne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every match: %1.</source>
        <translation>Chaque match : %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 wins the tournament!</source>
        <translation>%1 remporte le tournoi !</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tournament ended without a winner.</source>
        <translation>Le tournoi s’est terminé sans vainqueur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your match is ready. Enter before the deadline or lose by walkover.</source>
        <translation>Votre match est prêt. Entrez avant l’heure limite ou vous perdez par forfait.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter your match</source>
        <translation>Entrer dans votre match</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Next match: %1</source>
        <translation>Prochain match : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Play this match</source>
        <translation>Jouer ce match</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name in this tournament (optional)</source>
        <translation>Nom dans ce tournoi (facultatif)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Start now</source>
        <translation>Commencer maintenant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel the tournament</source>
        <translation>Annuler le tournoi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leave the tournament</source>
        <translation>Quitter le tournoi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Players</source>
        <translation>Joueurs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>anonymous player</source>
        <translation>joueur anonyme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed %1</source>
        <translation>tête de série %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left</source>
        <translation>parti</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bracket</source>
        <translation>Tableau</translation>
    </message>
</context>
<context>
    <name>TournamentsPage</name>
    <message>
        <location filename="../client-qml/qml/play/TournamentsPage.qml" line="+19"/>
        <source>open for entries</source>
        <translation>inscriptions ouvertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tournaments</source>
        <translation>Tournois</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New tournament</source>
        <translation>Nouveau tournoi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Online: players join from their accounts</source>
        <translation>En ligne : les joueurs s’inscrivent depuis leur compte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Local: everyone at this keyboard</source>
        <translation>Local : tout le monde sur ce clavier</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>Players needed to start</source>
        <translation>Joueurs nécessaires pour commencer</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Most players</source>
        <translation>Nombre maximal de joueurs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Players, one name per line, in seeding order</source>
        <translation>Joueurs, un nom par ligne, dans l’ordre des têtes de série</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every match: %1.</source>
        <translation>Chaque match : %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create the tournament</source>
        <translation>Créer le tournoi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All tournaments</source>
        <translation>Tous les tournois</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n players</source>
        <translation>
            <numerusform>%n joueur</numerusform>
            <numerusform>%n joueurs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>winner: %1</source>
        <translation>vainqueur : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No tournament yet.</source>
        <translation>Pas encore de tournoi.</translation>
    </message>
</context>
<context>
    <name>TwoFactorSection</name>
    <message>
        <location filename="../client-qml/qml/account/TwoFactorSection.qml" line="+21"/>
        <source>Two-factor sign-in</source>
        <translation>Connexion à deux facteurs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Off. With it on, signing in also asks for a code from an authenticator app.</source>
        <translation>Désactivée. Activée, la connexion demande aussi un code d’une application d’authentification.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turn on two-factor sign-in</source>
        <translation>Activer la connexion à deux facteurs</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Scan this code with your authenticator app, or type the key below into it. Then enter the 6-digit code it shows.</source>
        <translation>Scannez ce code avec votre application d’authentification, ou saisissez-y la clé ci-dessous. Puis entrez le code à 6 chiffres qu’elle affiche.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>QR code of the two-factor key</source>
        <translation>QR code de la clé à deux facteurs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Two-factor key</source>
        <translation>Clé à deux facteurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>6-digit code</source>
        <translation>Code à 6 chiffres</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+78"/>
        <source>Turn on</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>No authenticator app? Get each sign-in code by e-mail instead.</source>
        <translation>Pas d’application d’authentification ? Recevez plutôt chaque code de connexion par e-mail.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use codes sent by e-mail</source>
        <translation>Utiliser des codes envoyés par e-mail</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>We sent a 6-digit code to %1. Enter it within 10 minutes.</source>
        <translation>Nous avons envoyé un code à 6 chiffres à %1. Saisissez-le dans les 10 minutes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>6-digit code from the e-mail</source>
        <translation>Code à 6 chiffres de l’e-mail</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+75"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>On: signing in asks for a code sent to your e-mail address.</source>
        <translation>Activée : la connexion demande un code envoyé à votre adresse e-mail.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Two-factor sign-in is on. Keep these recovery codes somewhere safe: each one signs you in once if you lose your authenticator. They are shown only now.</source>
        <translation>La connexion à deux facteurs est activée. Gardez ces codes de récupération en lieu sûr : chacun permet de vous connecter une fois si vous perdez votre application d’authentification. Ils ne sont affichés que maintenant.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Turn off codes by e-mail</source>
        <translation>Désactiver les codes par e-mail</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Recovery codes</source>
        <translation>Codes de récupération</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have saved them</source>
        <translation>Je les ai enregistrés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On. To turn it off, enter a current code, a recovery code or your password.</source>
        <translation>Activée. Pour la désactiver, saisissez un code actuel, un code de récupération ou votre mot de passe.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Code, recovery code or password</source>
        <translation>Code, code de récupération ou mot de passe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turn off</source>
        <translation>Désactiver</translation>
    </message>
</context>
<context>
    <name>mail</name>
    <message>
        <location filename="../server/mail/MailTemplates.cpp" line="+75"/>
        <source>Hello %1,</source>
        <translation>Bonjour %1,</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you did not ask for this, ignore this e-mail: nothing changes.</source>
        <translation>Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : rien ne change.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If this was not you, reset your password at once and write to the administrators.</source>
        <translation>Si ce n’était pas vous, réinitialisez tout de suite votre mot de passe et écrivez aux administrateurs.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Confirm your e-mail address</source>
        <translation>Confirmez votre adresse e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome to Transcendence! Follow the link below to confirm that this address is yours. The link works once, for 24 hours.</source>
        <translation>Bienvenue sur Transcendence ! Suivez le lien ci-dessous pour confirmer que cette adresse est bien la vôtre. Le lien fonctionne une seule fois, pendant 24 heures.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm my address</source>
        <translation>Confirmer mon adresse</translation>
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
        <translation>À bientôt sur le terrain !</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Confirm your new e-mail address</source>
        <translation>Confirmez votre nouvelle adresse e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You asked to use this address for your Transcendence account. Follow the link below to confirm it. The link works once, for 24 hours.</source>
        <translation>Vous avez demandé à utiliser cette adresse pour votre compte Transcendence. Suivez le lien ci-dessous pour la confirmer. Le lien fonctionne une seule fois, pendant 24 heures.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use this address</source>
        <translation>Utiliser cette adresse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your e-mail address is changing</source>
        <translation>Votre adresse e-mail va changer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone signed in to your Transcendence account asked to change its e-mail address to %1. The change happens when the new address is confirmed.</source>
        <translation>Une personne connectée à votre compte Transcendence a demandé à remplacer son adresse e-mail par %1. Le changement aura lieu quand la nouvelle adresse sera confirmée.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reset your password</source>
        <translation>Réinitialisez votre mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone asked to reset the password of your Transcendence account. Follow the link below to choose a new one. The link works once, for 30 minutes, and signs you out everywhere.</source>
        <translation>Quelqu’un a demandé à réinitialiser le mot de passe de votre compte Transcendence. Suivez le lien ci-dessous pour en choisir un nouveau. Le lien fonctionne une seule fois, pendant 30 minutes, et vous déconnecte partout.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a new password</source>
        <translation>Choisir un nouveau mot de passe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your password was changed</source>
        <translation>Votre mot de passe a été modifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password of your Transcendence account was just changed.</source>
        <translation>Le mot de passe de votre compte Transcendence vient d’être modifié.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your account was deleted</source>
        <translation>Votre compte a été supprimé</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Your code to turn on sign-in codes by e-mail is %1. It works once, for 10 minutes.</source>
        <translation>Votre code pour activer les codes de connexion par e-mail est %1. Il fonctionne une fois, pendant 10 minutes.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your Transcendence account and the data about you were deleted, as you asked. This is the last e-mail we send you.</source>
        <translation>Votre compte Transcendence et les données vous concernant ont été supprimés, comme vous l’avez demandé. C’est le dernier e-mail que nous vous envoyons.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Your sign-in code is %1. It works once, for 5 minutes.</source>
        <translation>Votre code de connexion est %1. Il fonctionne une fois, pendant 5 minutes.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Thank you for playing.</source>
        <translation>Merci d’avoir joué.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Your Transcendence code: %1</source>
        <translation>Votre code Transcendence : %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Goodbye!</source>
        <translation>Au revoir !</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Never give this code to anyone: we will never ask you for it.</source>
        <translation>Ne donnez jamais ce code à personne : nous ne vous le demanderons jamais.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your data was exported</source>
        <translation>Vos données ont été exportées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of the data we keep about you was just downloaded from your account settings.</source>
        <translation>Une copie des données que nous conservons à votre sujet vient d’être téléchargée depuis les paramètres de votre compte.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::AccountSession</name>
    <message>
        <location filename="../client-qml/account/AccountSession.cpp" line="+103"/>
        <source>Your session has ended: it was signed out from another device, or the account was suspended.</source>
        <translation>Votre session a pris fin : elle a été déconnectée depuis un autre appareil, ou le compte a été suspendu.</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>That is not right. Try again.</source>
        <translation>Ce n’est pas correct. Réessayez.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The server cannot be reached. Check the server address and your connection.</source>
        <translation>Le serveur est injoignable. Vérifiez l’adresse du serveur et votre connexion.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many attempts. Try again later.</source>
        <translation>Trop de tentatives. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong user name, e-mail address or password.</source>
        <translation>Nom d’utilisateur, adresse e-mail ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That code is not valid. Try the current code, or a recovery code.</source>
        <translation>Ce code n’est pas valide. Essayez le code actuel, ou un code de récupération.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This sign-in step has expired. Sign in again.</source>
        <translation>Cette étape de connexion a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account is suspended.</source>
        <translation>Ce compte est suspendu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This sign-in has expired or was already used. Sign in again.</source>
        <translation>Cette connexion a expiré ou a déjà été utilisée. Connectez-vous de nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some fields need attention.</source>
        <translation>Certains champs sont à corriger.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That user name, e-mail address or display name is already taken.</source>
        <translation>Ce nom d’utilisateur, cette adresse e-mail ou ce nom affiché est déjà pris.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm it is you (your password or a code) to make this change.</source>
        <translation>Confirmez que c’est bien vous (mot de passe ou code) pour faire cette modification.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are not allowed to do this.</source>
        <translation>Vous n’avez pas le droit de faire cela.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server had a problem. Try again in a moment.</source>
        <translation>Le serveur a rencontré un problème. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::AdminController</name>
    <message>
        <location filename="../client-qml/admin/AdminController.cpp" line="+41"/>
        <source>The server refused: this account is not an administrator (any more).</source>
        <translation>Le serveur a refusé : ce compte n’est pas (ou plus) administrateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cannot ban yourself.</source>
        <translation>Vous ne pouvez pas vous bannir vous-même.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This user is already banned.</source>
        <translation>Cet utilisateur est déjà banni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This user is not banned.</source>
        <translation>Cet utilisateur n’est pas banni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The platform needs at least one administrator: make someone else an administrator first.</source>
        <translation>La plateforme a besoin d’au moins un administrateur : nommez d’abord quelqu’un d’autre administrateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This user does not exist (any more).</source>
        <translation>Cet utilisateur n’existe pas (ou plus).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in with an administrator account first.</source>
        <translation>Connectez-vous d’abord avec un compte administrateur.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::AdminReportsController</name>
    <message>
        <location filename="../client-qml/admin/AdminReportsController.cpp" line="+51"/>
        <source>The message was removed.</source>
        <translation>Le message a été supprimé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report was dismissed.</source>
        <translation>Le signalement a été classé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The sender is muted.</source>
        <translation>L&apos;auteur est rendu muet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sender is muted until %1.</source>
        <translation>L&apos;auteur est muet jusqu&apos;au %1.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::AdminUserController</name>
    <message>
        <location filename="../client-qml/admin/AdminUserController.cpp" line="+111"/>
        <source>Say why: the reason goes to the audit log.</source>
        <translation>Indiquez pourquoi : le motif est consigné dans le journal d’audit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is banned: every session of theirs has ended.</source>
        <translation>%1 est banni : toutes ses sessions ont pris fin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is no longer banned and may sign in again.</source>
        <translation>%1 n’est plus banni et peut de nouveau se connecter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown role: %1</source>
        <translation>Rôle inconnu : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is now an administrator.</source>
        <translation>%1 est maintenant administrateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is no longer an administrator.</source>
        <translation>%1 n’est plus administrateur.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The avatar of %1 was removed.</source>
        <translation>L’avatar de %1 a été supprimé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This user has no uploaded avatar.</source>
        <translation>Cet utilisateur n’a pas envoyé d’avatar.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::ChatController</name>
    <message>
        <location filename="../client-qml/chat/ChatController.cpp" line="+196"/>
        <source>Thank you: the moderators will look at this message.</source>
        <translation>Merci : les modérateurs examineront ce message.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::ChatTexts</name>
    <message>
        <location filename="../client-qml/chat/ChatTexts.cpp" line="+34"/>
        <source>You cannot message this player: one of you blocked the other.</source>
        <translation>Vous ne pouvez pas écrire à ce joueur : l&apos;un de vous a bloqué l&apos;autre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are muted: you can read but not send messages.</source>
        <translation>Vous êtes muet : vous pouvez lire mais pas envoyer de messages.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are muted until %1: you can read but not send messages.</source>
        <translation>Vous êtes muet jusqu&apos;au %1 : vous pouvez lire mais pas envoyer de messages.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account is suspended.</source>
        <translation>Ce compte est suspendu.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>You are sending messages too fast. Try again in %n second(s).</source>
        <translation>
            <numerusform>Vous envoyez des messages trop vite. Réessayez dans %n seconde.</numerusform>
            <numerusform>Vous envoyez des messages trop vite. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You already sent this message several times. Write something else.</source>
        <translation>Vous avez déjà envoyé ce message plusieurs fois. Écrivez autre chose.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a message first.</source>
        <translation>Écrivez d&apos;abord un message.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A message can have at most %n character(s).</source>
        <translation>
            <numerusform>Un message peut contenir au plus %n caractère.</numerusform>
            <numerusform>Un message peut contenir au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are not in this conversation (any more).</source>
        <translation>Vous ne faites pas (ou plus) partie de cette conversation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This conversation or player does not exist (any more).</source>
        <translation>Cette conversation ou ce joueur n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You already reported this message.</source>
        <translation>Vous avez déjà signalé ce message.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached. The message will be sent when the connection is back.</source>
        <translation>Le serveur est injoignable. Le message sera envoyé au retour de la connexion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is busy. Try again in a moment.</source>
        <translation>Le serveur est occupé. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This player is not online.</source>
        <translation>Ce joueur n&apos;est pas en ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused: %1</source>
        <translation>Le serveur a refusé : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Round %1: %2 plays %3 next.</source>
        <translation>Tour %1 : %2 affronte %3 au prochain match.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 plays %2 next.</source>
        <translation>%1 affronte %2 au prochain match.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Round %1: no winner.</source>
        <translation>Tour %1 : pas de vainqueur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Round %1: %2 won by walkover against %3.</source>
        <translation>Tour %1 : %2 gagne par forfait de %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Round %1: %2 won, %3 forfeited.</source>
        <translation>Tour %1 : %2 gagne, %3 a abandonné.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round %1: %2 beat %3.</source>
        <translation>Tour %1 : %2 a battu %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tournament is over.</source>
        <translation>Le tournoi est terminé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tournament is over: %1 won it.</source>
        <translation>Le tournoi est terminé : %1 l&apos;a remporté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tournament has started.</source>
        <translation>Le tournoi a commencé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tournament notice: %1</source>
        <translation>Avis du tournoi : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for an answer</source>
        <translation>En attente d&apos;une réponse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer available</source>
        <translation>N&apos;est plus disponible</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 asked to be your friend.</source>
        <translation>%1 demande à être votre ami.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 accepted your friend request.</source>
        <translation>%1 a accepté votre demande d&apos;ami.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 invited you to a match.</source>
        <translation>%1 vous invite à un match.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your tournament match is ready.</source>
        <translation>Votre match de tournoi est prêt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your tournament match against %1 is ready.</source>
        <translation>Votre match de tournoi contre %1 est prêt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A moderator muted you until %1.</source>
        <translation>Un modérateur vous a rendu muet jusqu&apos;au %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A moderator lifted your mute.</source>
        <translation>Un modérateur a levé votre interdiction d&apos;écrire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A moderator removed one of your messages.</source>
        <translation>Un modérateur a supprimé l&apos;un de vos messages.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Reason: %2</source>
        <translation>%1 Motif : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice: %1</source>
        <translation>Avis : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abuse or harassment</source>
        <translation>Insultes ou harcèlement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cheating</source>
        <translation>Triche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
</context>
<context>
    <name>transcendence::client::EmailSettings</name>
    <message>
        <location filename="../client-qml/account/EmailSettings.cpp" line="+58"/>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your address is already confirmed.</source>
        <translation>Votre adresse est déjà confirmée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is already your address.</source>
        <translation>C’est déjà votre adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another account uses this address.</source>
        <translation>Un autre compte utilise cette adresse.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sent. Check your mailbox.</source>
        <translation>Envoyé. Consultez votre boîte aux lettres.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Almost done: follow the link we sent to the new address. Until then, the old one stays.</source>
        <translation>C’est presque fini : suivez le lien envoyé à la nouvelle adresse. D’ici là, l’ancienne reste en place.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::LocalMatch</name>
    <message>
        <location filename="../client-qml/play/LocalMatch.cpp" line="+74"/>
        <source>These settings cannot be played: %1</source>
        <translation>Ces paramètres ne permettent pas de jouer : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown difficulty: %1</source>
        <translation>Difficulté inconnue : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no seat %1 in this match.</source>
        <translation>Ce match n’a pas de place %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>easy</source>
        <translation>facile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hard</source>
        <translation>difficile</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>AI (%1)</source>
        <translation>IA (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Player %1</source>
        <translation>Joueur %1</translation>
    </message>
</context>
<context>
    <name>transcendence::client::LocalTournament</name>
    <message>
        <location filename="../client-qml/play/LocalTournament.cpp" line="+24"/>
        <source>Enter %1 to %2 players, one per line.</source>
        <translation>Saisissez de %1 à %2 joueurs, un par ligne.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name %1 is empty.</source>
        <translation>Le nom %1 est vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 dépasse %2 caractères.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has characters a name cannot have.</source>
        <translation>%1 contient des caractères interdits dans un nom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 appears twice.</source>
        <translation>%1 apparaît deux fois.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1 vs %2</source>
        <translation>%1 contre %2</translation>
    </message>
</context>
<context>
    <name>transcendence::client::OAuthSignIn</name>
    <message>
        <location filename="../client-qml/account/OAuthSignIn.cpp" line="+32"/>
        <source>The sign-in took too long. Try again.</source>
        <translation>La connexion a pris trop de temps. Réessayez.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Choose a server first.</source>
        <translation>Choisissez d’abord un serveur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The app could not listen for the browser&apos;s answer: %1</source>
        <translation>L’application n’a pas pu attendre la réponse du navigateur : %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No web browser could be opened. Open the address below in one.</source>
        <translation>Aucun navigateur web n’a pu être ouvert. Ouvrez l’adresse ci-dessous dans un navigateur.</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+5"/>
        <source>Not here</source>
        <translation>Pas ici</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>This address only takes the sign-in.</source>
        <translation>Cette adresse ne sert qu’à la connexion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in not recognised</source>
        <translation>Connexion non reconnue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This answer does not belong to the sign-in the app is waiting for.</source>
        <translation>Cette réponse ne correspond pas à la connexion que l’application attend.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this page.</source>
        <translation>Vous pouvez fermer cette page.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this page and go back to Transcendence.</source>
        <translation>Vous pouvez fermer cette page et revenir à Transcendence.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The sign-in was cancelled or refused at the provider.</source>
        <translation>La connexion a été annulée ou refusée chez le fournisseur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another account already uses this e-mail address. Sign in with its password, then link the provider from your profile.</source>
        <translation>Un autre compte utilise déjà cette adresse e-mail. Connectez-vous avec son mot de passe, puis associez le fournisseur depuis votre profil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account is suspended.</source>
        <translation>Ce compte est suspendu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in did not complete: %1</source>
        <translation>La connexion n’a pas abouti : %1</translation>
    </message>
</context>
<context>
    <name>transcendence::client::PasswordSettings</name>
    <message>
        <location filename="../client-qml/account/PasswordSettings.cpp" line="+42"/>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new password is too short: use at least 10 characters.</source>
        <translation>Le nouveau mot de passe est trop court : utilisez au moins 10 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new password is one of the most common ones: choose another.</source>
        <translation>Le nouveau mot de passe fait partie des plus courants : choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new password must not be your user name or e-mail address.</source>
        <translation>Le nouveau mot de passe ne doit pas être votre nom d’utilisateur ni votre adresse e-mail.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Password saved. Your other sessions are signed out.</source>
        <translation>Mot de passe enregistré. Vos autres sessions sont déconnectées.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enter the e-mail address of your account.</source>
        <translation>Saisissez l’adresse e-mail de votre compte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If an account uses this address, a link to choose a new password is on its way. It works once, for 30 minutes.</source>
        <translation>Si un compte utilise cette adresse, un lien pour choisir un nouveau mot de passe est en route. Il fonctionne une seule fois, pendant 30 minutes.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::PlayDirectory</name>
    <message>
        <location filename="../client-qml/play/PlayDirectory.cpp" line="+34"/>
        <location line="+32"/>
        <source>Sign in to see this.</source>
        <translation>Connectez-vous pour voir ceci.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::PlayLobby</name>
    <message>
        <location filename="../client-qml/play/PlayLobby.cpp" line="+156"/>
        <source>Not connected to the server.</source>
        <translation>Pas connecté au serveur.</translation>
    </message>
    <message>
        <location line="+263"/>
        <source>You are already in a match.</source>
        <translation>Vous êtes déjà dans un match.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are already waiting for a match.</source>
        <translation>Vous attendez déjà un match.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You were not waiting for a match.</source>
        <translation>Vous n’attendiez pas de match.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can only invite your friends.</source>
        <translation>Vous ne pouvez inviter que vos amis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This player is not online.</source>
        <translation>Ce joueur n’est pas en ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This player is already playing or waiting for a match.</source>
        <translation>Ce joueur joue déjà ou attend un match.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This invitation is no longer open.</source>
        <translation>Cette invitation n’est plus valable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This match is over.</source>
        <translation>Ce match est terminé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have no seat in this match.</source>
        <translation>Vous n’avez pas de place dans ce match.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This match cannot be replayed.</source>
        <translation>Ce match ne peut pas être rediffusé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server is busy. Try again in a moment.</source>
        <translation>Le serveur est occupé. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a match at one keyboard can be paused.</source>
        <translation>Seul un match sur un même clavier peut être mis en pause.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No match of this tournament is ready.</source>
        <translation>Aucun match de ce tournoi n’est prêt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This tournament is not yours to play.</source>
        <translation>Ce n’est pas à vous de jouer ce tournoi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused: %1</source>
        <translation>Le serveur a refusé : %1</translation>
    </message>
</context>
<context>
    <name>transcendence::client::PlaySettings</name>
    <message>
        <location filename="../client-qml/play/PlaySettings.cpp" line="+172"/>
        <source>Must be at least the ball speed.</source>
        <translation>Doit être au moins égale à la vitesse de la balle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a whole number.</source>
        <translation>Saisissez un nombre entier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a number from %1 to %2.</source>
        <translation>Saisissez un nombre entre %1 et %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This value is not valid.</source>
        <translation>Cette valeur n’est pas valide.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some settings need your attention.</source>
        <translation>Certains paramètres sont à corriger.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>4 players</source>
        <translation>4 joueurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 vs 1</source>
        <translation>1 contre 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>map %1</source>
        <translation>carte %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n lives</source>
        <translation>
            <numerusform>%n vie</numerusform>
            <numerusform>%n vies</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first to %1, by two clear points</source>
        <translation>premier à %1, avec deux points d’écart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first to %1</source>
        <translation>premier à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ball speed %1</source>
        <translation>vitesse de balle %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paddle %1</source>
        <translation>raquette %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no power-ups</source>
        <translation>sans bonus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>power-ups: %1</source>
        <translation>bonus : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Classic</source>
        <translation>Classique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pillars</source>
        <translation>Piliers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crossroads</source>
        <translation>Carrefour</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bigger paddle</source>
        <translation>Raquette agrandie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Smaller opponent paddles</source>
        <translation>Raquettes adverses réduites</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Faster ball</source>
        <translation>Balle plus rapide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Multi-ball</source>
        <translation>Multi-balle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Easy</source>
        <translation>Facile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hard</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ball speed (serve)</source>
        <translation>Vitesse de la balle (service)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed added per hit</source>
        <translation>Vitesse ajoutée à chaque frappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum ball speed</source>
        <translation>Vitesse maximale de la balle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paddle size</source>
        <translation>Taille de la raquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paddle speed</source>
        <translation>Vitesse de la raquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points to win</source>
        <translation>Points pour gagner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives</source>
        <translation>Vies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds before a serve</source>
        <translation>Secondes avant un service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds between power-ups</source>
        <translation>Secondes entre deux bonus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds a power-up stays</source>
        <translation>Secondes de présence d’un bonus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds an effect lasts</source>
        <translation>Durée d’un effet en secondes</translation>
    </message>
</context>
<context>
    <name>transcendence::client::ProfileEditor</name>
    <message>
        <location filename="../client-qml/social/ProfileEditor.cpp" line="+63"/>
        <source>Another player already has this display name.</source>
        <translation>Un autre joueur porte déjà ce nom affiché.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your profile is saved.</source>
        <translation>Votre profil est enregistré.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+27"/>
        <location line="+78"/>
        <source>The picture is larger than 2 MiB.</source>
        <translation>L’image dépasse 2 Mio.</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+100"/>
        <source>Choose a PNG, JPEG or WebP picture.</source>
        <translation>Choisissez une image PNG, JPEG ou WebP.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>The picture could not be read: %1</source>
        <translation>L’image n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Your new avatar is saved.</source>
        <translation>Votre nouvel avatar est enregistré.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your avatar is removed. The generated one is shown instead.</source>
        <translation>Votre avatar est supprimé. L’avatar généré s’affiche à la place.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The picture has too many pixels (at most 8192 a side).</source>
        <translation>L’image a trop de pixels (8192 au plus par côté).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The picture could not be read. It may be damaged.</source>
        <translation>L’image n’a pas pu être lue. Elle est peut-être endommagée.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::RealtimeClient</name>
    <message>
        <location filename="../client-qml/network/RealtimeClient.cpp" line="+199"/>
        <source>The server does not support this version of the app (protocol %1). Please update the app.</source>
        <translation>Le serveur ne prend pas en charge cette version de l’application (protocole %1). Veuillez mettre l’application à jour.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is restarting.</source>
        <translation>Le serveur redémarre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server stopped hearing from this app and closed the connection.</source>
        <translation>Le serveur ne recevait plus rien de cette application et a fermé la connexion.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The server sent an unexpected message: %1</source>
        <translation>Le serveur a envoyé un message inattendu : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No answer from the server.</source>
        <translation>Pas de réponse du serveur.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::ServerStatus</name>
    <message>
        <location filename="../client-qml/network/ServerStatus.cpp" line="+89"/>
        <source>No answer within %1 seconds.</source>
        <translation>Pas de réponse en %1 secondes.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::SocialActions</name>
    <message>
        <location filename="../client-qml/social/SocialActions.cpp" line="+128"/>
        <source>You are already friends.</source>
        <translation>Vous êtes déjà amis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A friend request is already waiting.</source>
        <translation>Une demande d’ami est déjà en attente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A block between you stops friend requests.</source>
        <translation>Un blocage entre vous empêche les demandes d’ami.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You already blocked this player.</source>
        <translation>Vous avez déjà bloqué ce joueur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This player is not accepting friend requests from you.</source>
        <translation>Ce joueur n’accepte pas de demande d’ami de votre part.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is no longer possible: the page was out of date.</source>
        <translation>Ce n’est plus possible : la page n’était plus à jour.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>You and %1 are now friends.</source>
        <translation>Vous et %1 êtes maintenant amis.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Friend request sent to %1.</source>
        <translation>Demande d’ami envoyée à %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your request to %1 is cancelled.</source>
        <translation>Votre demande à %1 est annulée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You declined the request of %1.</source>
        <translation>Vous avez refusé la demande de %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is no longer your friend.</source>
        <translation>%1 n’est plus votre ami.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You blocked %1.</source>
        <translation>Vous avez bloqué %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You unblocked %1.</source>
        <translation>Vous avez débloqué %1.</translation>
    </message>
</context>
<context>
    <name>transcendence::client::TournamentDirectory</name>
    <message>
        <location filename="../client-qml/play/TournamentDirectory.cpp" line="+40"/>
        <source>Sign in to see the tournaments.</source>
        <translation>Connectez-vous pour voir les tournois.</translation>
    </message>
</context>
<context>
    <name>web.account</name>
    <message>
        <location filename="../resources/web/strings/account.js" line="+4"/>
        <source>This link is not valid any more: it was already used, or it has expired.</source>
        <translation>Ce lien n’est plus valable : il a déjà servi, ou il a expiré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another account uses this address now.</source>
        <translation>Un autre compte utilise désormais cette adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgot your password?</source>
        <translation>Mot de passe oublié ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address of your account</source>
        <translation>Adresse e-mail de votre compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send me a link</source>
        <translation>M’envoyer un lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If an account uses this address, a link to choose a new password is on its way. It works once, for 30 minutes.</source>
        <translation>Si un compte utilise cette adresse, un lien pour choisir un nouveau mot de passe est en route. Il fonctionne une seule fois, pendant 30 minutes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the e-mail address of your account: we will send it a link to choose a new password.</source>
        <translation>Saisissez l’adresse e-mail de votre compte : nous y enverrons un lien pour choisir un nouveau mot de passe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to sign-in</source>
        <translation>Retour à la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a new password</source>
        <translation>Choisir un nouveau mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 10 characters. A few words you will remember make a good one.</source>
        <translation>Au moins 10 caractères. Quelques mots dont vous vous souviendrez font un bon mot de passe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the new password</source>
        <translation>Enregistrer le nouveau mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your password is changed, and you are signed out everywhere. Sign in with the new one.</source>
        <translation>Votre mot de passe est changé et vous êtes déconnecté partout. Connectez-vous avec le nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm your e-mail address</source>
        <translation>Confirmez votre adresse e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirming your address…</source>
        <translation>Confirmation de votre adresse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the settings</source>
        <translation>Aller aux paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you: %{email} is confirmed.</source>
        <translation>Merci : %{email} est confirmée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the link again</source>
        <translation>Renvoyer le lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent. Check your mailbox.</source>
        <translation>Envoyé. Consultez votre boîte aux lettres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please confirm your e-mail address %{email}: follow the link we sent you.</source>
        <translation>Merci de confirmer votre adresse e-mail %{email} : suivez le lien que nous vous avons envoyé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not confirmed yet</source>
        <translation>Pas encore confirmée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No e-mail address yet.</source>
        <translation>Pas encore d’adresse e-mail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New e-mail address</source>
        <translation>Nouvelle adresse e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the address</source>
        <translation>Changer l’adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Almost done: follow the link we sent to the new address. Until then, the old one stays.</source>
        <translation>Presque fini : suivez le lien envoyé à la nouvelle adresse. D’ici là, l’ancienne reste en place.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a password</source>
        <translation>Définir un mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password saved. Your other sessions are signed out.</source>
        <translation>Mot de passe enregistré. Vos autres sessions sont déconnectées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your other sessions are signed out when it changes.</source>
        <translation>Vos autres sessions sont déconnectées quand il change.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account signs in with a provider. Set a password to sign in with your name too.</source>
        <translation>Votre compte se connecte via un fournisseur. Définissez un mot de passe pour vous connecter aussi avec votre nom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>web.achievements</name>
    <message>
        <location filename="../resources/web/strings/achievements.js" line="+4"/>
        <source>First match</source>
        <translation>Premier match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play a match to its end.</source>
        <translation>Jouez un match jusqu’au bout.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First win</source>
        <translation>Première victoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a match.</source>
        <translation>Gagnez un match.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked winner</source>
        <translation>Vainqueur classé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a ranked match.</source>
        <translation>Gagnez un match classé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine breaker</source>
        <translation>Briseur de machine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beat the hard computer player.</source>
        <translation>Battez l’ordinateur en mode difficile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shutout</source>
        <translation>Blanchissage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a match without losing a point.</source>
        <translation>Gagnez un match sans perdre un point.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comeback</source>
        <translation>Remontée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a match after trailing 0–5.</source>
        <translation>Gagnez un match après avoir été mené 0–5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a roll</source>
        <translation>En série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win five matches in a row.</source>
        <translation>Gagnez cinq matchs d’affilée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular</source>
        <translation>Habitué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play ten matches.</source>
        <translation>Jouez dix matchs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veteran</source>
        <translation>Vétéran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play a hundred matches.</source>
        <translation>Jouez cent matchs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last one standing</source>
        <translation>Dernier debout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a four-player match.</source>
        <translation>Gagnez un match à quatre joueurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win a tournament.</source>
        <translation>Gagnez un tournoi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contender</source>
        <translation>Prétendant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach a rating of 1600.</source>
        <translation>Atteignez une cote de 1600.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievements</source>
        <translation>Succès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earned on %{date}</source>
        <translation>Obtenu le %{date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level %{level} · %{experience} experience points</source>
        <translation>Niveau %{level} · %{experience} points d’expérience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress to the next level</source>
        <translation>Progression vers le niveau suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next level at %{experience} points.</source>
        <translation>Niveau suivant à %{experience} points.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{earned} of %{total} earned.</source>
        <translation>%{earned} sur %{total} obtenus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievement unlocked: %{title}</source>
        <translation>Succès débloqué : %{title}</translation>
    </message>
</context>
<context>
    <name>web.chat</name>
    <message>
        <location filename="../resources/web/strings/chat.js" line="+5"/>
        <source>You cannot message this player: one of you blocked the other.</source>
        <translation>Vous ne pouvez pas écrire à ce joueur : l&apos;un de vous a bloqué l&apos;autre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All conversations</source>
        <translation>Toutes les conversations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the chat</source>
        <translation>Fermer la discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your conversations could not be loaded.</source>
        <translation>Vos conversations n&apos;ont pas pu être chargées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading your conversations…</source>
        <translation>Chargement de vos conversations…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conversations yet. Open a player&apos;s profile and choose &quot;Message&quot; to write to them.</source>
        <translation>Aucune conversation pour l&apos;instant. Ouvrez le profil d&apos;un joueur et choisissez « Message » pour lui écrire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unread</source>
        <translation>non lus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show earlier messages</source>
        <translation>Afficher les messages précédents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your message</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter sends, Shift+Enter starts a new line.</source>
        <translation>Entrée envoie, Maj+Entrée passe à la ligne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile of %{name}</source>
        <translation>Profil de %{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite to a match</source>
        <translation>Inviter à un match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the tournament</source>
        <translation>Ouvrir le tournoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the invitation</source>
        <translation>Envoyer l&apos;invitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points to win</source>
        <translation>Points pour gagner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points to win: a whole number from 1 to 50.</source>
        <translation>Points pour gagner : un nombre entier de 1 à 50.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected to the server: the invitation cannot be sent now.</source>
        <translation>Pas de connexion au serveur : l&apos;invitation ne peut pas être envoyée maintenant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation sent.</source>
        <translation>Invitation envoyée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot invite this player: one of you blocked the other.</source>
        <translation>Vous ne pouvez pas inviter ce joueur : l&apos;un de vous a bloqué l&apos;autre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{count} / %{max}</source>
        <translation>%{count} / %{max}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} is typing…</source>
        <translation>%{name} est en train d&apos;écrire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{names} are typing…</source>
        <translation>%{names} sont en train d&apos;écrire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history could not be loaded.</source>
        <translation>L&apos;historique n&apos;a pas pu être chargé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No messages yet. Say hello!</source>
        <translation>Aucun message pour l&apos;instant. Dites bonjour !</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>See the match</source>
        <translation>Voir le match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the invitation</source>
        <translation>Annuler l&apos;invitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You invited %{name} to a match</source>
        <translation>Vous avez invité %{name} à un match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} invites you to a match</source>
        <translation>%{name} vous invite à un match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open until %{time}.</source>
        <translation>Valable jusqu&apos;à %{time}.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Not connected to the server: try again in a moment.</source>
        <translation>Pas de connexion au serveur : réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removed by a moderator</source>
        <translation>Supprimé par un modérateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted with its account</source>
        <translation>Supprimé avec son compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent: %{reason}</source>
        <translation>Non envoyé : %{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen</source>
        <translation>Vu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Signaler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report this message from %{name}</source>
        <translation>Signaler ce message de %{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abuse or harassment</source>
        <translation>Insultes ou harcèlement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheating</source>
        <translation>Triche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the report</source>
        <translation>Envoyer le signalement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why do you report it?</source>
        <translation>Pourquoi le signalez-vous ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment (optional)</source>
        <translation>Commentaire (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you: the moderators will look at this message.</source>
        <translation>Merci : les modérateurs examineront ce message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You already reported this message.</source>
        <translation>Vous avez déjà signalé ce message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be sent: %{reason}</source>
        <translation>Le signalement n&apos;a pas pu être envoyé : %{reason}</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>%{name}: %{text}</source>
        <translation>%{name} : %{text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New message from %{name}.</source>
        <translation>Nouveau message de %{name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat, %{count} unread</source>
        <translation>Discussion, %{count} non lus</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>You are muted until %{time}: you can read messages but not send them.</source>
        <translation>Vous êtes réduit au silence jusqu&apos;au %{time} : vous pouvez lire les messages, mais pas en envoyer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are muted: you can read messages but not send them.</source>
        <translation>Vous êtes réduit au silence : vous pouvez lire les messages, mais pas en envoyer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account is suspended: you cannot send messages.</source>
        <translation>Votre compte est suspendu : vous ne pouvez pas envoyer de messages.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not a member of this conversation any more.</source>
        <translation>Vous ne faites plus partie de cette conversation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are sending messages too fast. Try again in %{seconds} s.</source>
        <translation>Vous envoyez des messages trop vite. Réessayez dans %{seconds} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You sent the same message three times in a row. Write something else, or wait half a minute.</source>
        <translation>Vous avez envoyé trois fois le même message. Écrivez autre chose, ou attendez une demi-minute.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write something before sending.</source>
        <translation>Écrivez quelque chose avant d&apos;envoyer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A message has at most 2,000 characters.</source>
        <translation>Un message compte au plus 2 000 caractères.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This conversation does not exist any more.</source>
        <translation>Cette conversation n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is busy for a moment. Try again.</source>
        <translation>Le serveur est occupé un instant. Réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot be reached. Check your connection and try again.</source>
        <translation>Le serveur est injoignable. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message could not be sent (%{code}).</source>
        <translation>Le message n&apos;a pas pu être envoyé (%{code}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round %{round}: %{first} plays %{second}.</source>
        <translation>Tour %{round} : %{first} affronte %{second}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round %{round}: no winner.</source>
        <translation>Tour %{round} : pas de vainqueur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round %{round}: %{winner} wins by walkover against %{loser}.</source>
        <translation>Tour %{round} : %{winner} gagne par forfait de %{loser}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round %{round}: %{winner} wins, %{loser} forfeited.</source>
        <translation>Tour %{round} : %{winner} gagne, %{loser} a abandonné.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round %{round}: %{winner} beat %{loser}.</source>
        <translation>Tour %{round} : %{winner} a battu %{loser}.</translation>
    </message>
    <message>
        <source>%{winner} won the match, %{score}.</source>
        <translation type="vanished">%{winner} a gagné le match, %{score}.</translation>
    </message>
    <message>
        <source>%{winner} won the match.</source>
        <translation type="vanished">%{winner} a gagné le match.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tournament is over: %{winner} wins it!</source>
        <translation>Le tournoi est terminé : %{winner} le remporte !</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tournament is over.</source>
        <translation>Le tournoi est terminé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tournament has started.</source>
        <translation>Le tournoi a commencé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A message from the server.</source>
        <translation>Un message du serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for an answer</source>
        <translation>En attente d&apos;une réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer available</source>
        <translation>N&apos;est plus disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No messages yet</source>
        <translation>Aucun message pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation to a match</source>
        <translation>Invitation à un match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You: %{text}</source>
        <translation>Vous : %{text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your conversations open in the chat panel, beside every page. Open it from the header at any time.</source>
        <translation>Vos conversations s&apos;ouvrent dans le panneau de discussion, à côté de chaque page. Ouvrez-le à tout moment depuis l&apos;en-tête.</translation>
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
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting in %{seconds} s</source>
        <translation>Reconnexion dans %{seconds} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This page is out of date. Reload it to connect again.</source>
        <translation>Cette page est obsolète. Rechargez-la pour vous reconnecter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your device is offline. The connection resumes when the network is back.</source>
        <translation>Votre appareil est hors ligne. La connexion reprendra au retour du réseau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to the server was lost. Trying again by itself.</source>
        <translation>La connexion au serveur a été perdue. Nouvelle tentative automatique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is slow to answer. Still trying by itself.</source>
        <translation>Le serveur tarde à répondre. Nouvelle tentative en cours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to the server.</source>
        <translation>Connecté au serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server connection:</source>
        <translation>Connexion au serveur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server connection</source>
        <translation>Connexion au serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused while you were away. It resumes when you use the page.</source>
        <translation>En pause pendant votre absence. La connexion reprend dès que vous utilisez la page.</translation>
    </message>
</context>
<context>
    <name>web.dashboard</name>
    <message>
        <location filename="../resources/web/strings/dashboard.js" line="+4"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the data as a table</source>
        <translation>Afficher les données en tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the table</source>
        <translation>Masquer le tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chart could not be drawn.</source>
        <translation>Le graphique n’a pas pu être dessiné.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No wins or losses yet: play a match to see them here.</source>
        <translation>Pas encore de victoires ni de défaites : jouez un match pour les voir ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wins and losses per day (practice included)</source>
        <translation>Victoires et défaites par jour (entraînement compris)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wins</source>
        <translation>Victoires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Losses</source>
        <translation>Défaites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No ranked matches yet: your rating is %{rating}.</source>
        <translation>Pas encore de match classé : votre classement est de %{rating}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating after each ranked match</source>
        <translation>Classement après chaque match classé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match end</source>
        <translation>Fin du match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Classement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No points yet in counted matches (one against one, practice excluded).</source>
        <translation>Pas encore de points dans les matchs comptabilisés (un contre un, entraînement exclu).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points won and lost (counted one-against-one matches)</source>
        <translation>Points gagnés et perdus (matchs en un contre un comptabilisés)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Gagnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Perdus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No matches played yet.</source>
        <translation>Aucun match joué pour l’instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches by kind</source>
        <translation>Matchs par type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of match</source>
        <translation>Type de match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Played</source>
        <translation>Joués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading your results…</source>
        <translation>Chargement de vos résultats…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results over time</source>
        <translation>Résultats dans le temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds of match</source>
        <translation>Types de match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your statistics</source>
        <translation>Vos statistiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Player</source>
        <translation>Joueur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players and their results</source>
        <translation>Les joueurs et leurs résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives left</source>
        <translation>Vies restantes</translation>
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
        <translation>Forfait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked</source>
        <translation>Classé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time in play</source>
        <translation>Temps de jeu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key presses recorded</source>
        <translation>Touches enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the match…</source>
        <translation>Chargement du match…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no such match.</source>
        <translation>Ce match n’existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> vs </source>
        <translation> contre </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match %{id}: %{players}</source>
        <translation>Match %{id} : %{players}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players</source>
        <translation>Joueurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives left at the end</source>
        <translation>Vies restantes à la fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final score</source>
        <translation>Score final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About this match</source>
        <translation>À propos de ce match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over time</source>
        <translation>Au fil du match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No point was scored in this match.</source>
        <translation>Aucun point n’a été marqué dans ce match.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives after each point</source>
        <translation>Vies après chaque point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score after each point</source>
        <translation>Score après chaque point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paddle hits</source>
        <translation>Renvois de raquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hits</source>
        <translation>Renvois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest rally</source>
        <translation>Plus long échange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average rally</source>
        <translation>Échange moyen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hits</source>
        <translation>
            <numerusform>%n renvoi</numerusform>
            <numerusform>%n renvois</numerusform>
        </translation>
    </message>
    <message>
        <source>%{count} hits</source>
        <translation type="vanished">%{count} renvois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wins, losses, streaks and points count matches against people only; practice (one keyboard, or against the computer) is in the chart above and in “Kinds of match”.</source>
        <translation>Les victoires, défaites, séries et points ne comptent que les matchs contre des personnes ; l’entraînement (à un clavier, ou contre l’ordinateur) figure dans le graphique ci-dessus et dans « Types de match ».</translation>
    </message>
    <message>
        <source>A timeline of the points is not available: the server keeps the keys pressed, not when each point was scored.</source>
        <translation type="vanished">Aucune chronologie des points n’est disponible : le serveur garde les touches pressées, pas le moment où chaque point a été marqué.</translation>
    </message>
</context>
<context>
    <name>web.form</name>
    <message>
        <location filename="../resources/web/strings/form.js" line="+4"/>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter an email address.</source>
        <translation>Saisissez une adresse e-mail.</translation>
    </message>
    <message>
        <source>Use at least %{count} characters.</source>
        <translation type="vanished">Utilisez au moins %{count} caractères.</translation>
    </message>
    <message>
        <source>Use at most %{count} characters.</source>
        <translation type="vanished">Utilisez au plus %{count} caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This value is not valid.</source>
        <translation>Cette valeur n’est pas valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot be reached. Check your connection and try again.</source>
        <translation>Le serveur est injoignable. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in %{seconds} seconds.</source>
        <translation type="vanished">Trop de tentatives. Réessayez dans %{seconds} secondes.</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère.</numerusform>
            <numerusform>Utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Utilisez au plus %n caractère.</numerusform>
            <numerusform>Utilisez au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too many attempts. Try again in %n seconds.</source>
        <translation>
            <numerusform>Trop de tentatives. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many attempts. Try again later.</source>
        <translation>Trop de tentatives. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some fields need your attention.</source>
        <translation>Certains champs demandent votre attention.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong. Please try again.</source>
        <translation>Une erreur s’est produite. Veuillez réessayer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use %{min} to %{max} characters.</source>
        <translation>Utilisez de %{min} à %{max} caractères.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a whole number from %{min} to %{max}.</source>
        <translation>Saisissez un nombre entier de %{min} à %{max}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is already taken. Choose another.</source>
        <translation>Ce nom est déjà pris. Choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This email address already has an account.</source>
        <translation>Cette adresse e-mail a déjà un compte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use 3 to 20 letters (a-z), digits or underscores.</source>
        <translation>Utilisez de 3 à 20 lettres (a-z), chiffres ou tirets bas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use only letters, digits, spaces and _ - . &apos;</source>
        <translation>Utilisez seulement des lettres, des chiffres, des espaces et _ - . &apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This password is one of the most common ones. Choose another.</source>
        <translation>Ce mot de passe est l’un des plus courants. Choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password must not be your user name or email address.</source>
        <translation>Le mot de passe ne doit pas être votre nom d’utilisateur ni votre adresse e-mail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This text holds a character that cannot be saved.</source>
        <translation>Ce texte contient un caractère qui ne peut pas être enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a language from the list.</source>
        <translation>Choisissez une langue dans la liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not your password.</source>
        <translation>Ce n’est pas votre mot de passe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code is not valid.</source>
        <translation>Ce code n’est pas valide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This code was just used. Wait for the next one in your app.</source>
        <translation>Ce code vient d’être utilisé. Attendez le suivant dans votre application.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the control characters.</source>
        <translation>Retirez les caractères de contrôle.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Confirm it is you (your password or a code) to make this change.</source>
        <translation>Confirmez que c’est bien vous (mot de passe ou code) pour faire cette modification.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This name is used twice (names ignore case).</source>
        <translation>Ce nom est utilisé deux fois (les majuscules ne comptent pas).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List %{min} to %{max} players.</source>
        <translation>Indiquez de %{min} à %{max} joueurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another player uses your display name here: choose an alias.</source>
        <translation>Un autre joueur utilise déjà votre nom affiché ici : choisissez un pseudonyme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be at least the minimum number of players.</source>
        <translation>Doit être au moins égal au nombre minimal de joueurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot choose yourself.</source>
        <translation>Vous ne pouvez pas vous choisir vous-même.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not allowed to do this.</source>
        <translation>Vous n’avez pas le droit de faire cela.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This was not found. It may have been removed.</source>
        <translation>Introuvable. Cet élément a peut-être été supprimé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again to continue.</source>
        <translation>Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is busy. Try again in a moment.</source>
        <translation>Le serveur est occupé. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This conflicts with something that already exists.</source>
        <translation>Cela entre en conflit avec un élément qui existe déjà.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="vanished">Enregistré.</translation>
    </message>
</context>
<context>
    <name>web.friends</name>
    <message>
        <location filename="../resources/web/strings/friends.js" line="+4"/>
        <source>Friends</source>
        <translation>Amis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a game</source>
        <translation>En partie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are already friends.</source>
        <translation>Vous êtes déjà amis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A friend request is already waiting.</source>
        <translation>Une demande d’ami est déjà en attente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A block between you stops friend requests.</source>
        <translation>Un blocage entre vous empêche les demandes d’ami.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You already blocked this player.</source>
        <translation>Vous avez déjà bloqué ce joueur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is no longer possible: the page was out of date.</source>
        <translation>Ce n’est plus possible : la page n’était plus à jour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading your friends…</source>
        <translation>Chargement de vos amis…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No friends yet. Find players on the Players page and ask them.</source>
        <translation>Pas encore d’amis. Trouvez des joueurs sur la page Joueurs et envoyez-leur une demande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No requests waiting for you.</source>
        <translation>Aucune demande ne vous attend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No requests waiting for an answer.</source>
        <translation>Aucune demande n’attend de réponse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have blocked nobody.</source>
        <translation>Vous n’avez bloqué personne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} is no longer your friend.</source>
        <translation>%{name} n’est plus votre ami.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You and %{name} are now friends.</source>
        <translation>Vous et %{name} êtes maintenant amis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You declined the request of %{name}.</source>
        <translation>Vous avez refusé la demande de %{name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your request to %{name} is cancelled.</source>
        <translation>Votre demande à %{name} est annulée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You unblocked %{name}.</source>
        <translation>Vous avez débloqué %{name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name}: %{status}.</source>
        <translation>%{name} : %{status}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find players to add</source>
        <translation>Trouver des joueurs à ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your friends</source>
        <translation>Vos amis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests for you</source>
        <translation>Demandes reçues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests you sent</source>
        <translation>Demandes envoyées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked players</source>
        <translation>Joueurs bloqués</translation>
    </message>
</context>
<context>
    <name>web.home</name>
    <message>
        <location filename="../resources/web/strings/home.js" line="+4"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to Transcendence</source>
        <translation>Bienvenue sur Transcendence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcendence is a Pong tournament platform. Play in the browser or in the desktop app, challenge your friends, and climb the tournament brackets.</source>
        <translation>Transcendence est une plateforme de tournois de Pong. Jouez dans le navigateur ou dans l’application de bureau, défiez vos amis et grimpez dans les tableaux des tournois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live connection</source>
        <translation>Connexion en direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This page keeps a live connection to the game server. Matches, chat and tournament updates travel over it.</source>
        <translation>Cette page garde une connexion en direct avec le serveur de jeu. Les matchs, le chat et les nouvelles des tournois passent par elle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the server status</source>
        <translation>Voir l’état du serveur</translation>
    </message>
    <message>
        <source>What you will find here</source>
        <translation type="vanished">Ce que vous trouverez ici</translation>
    </message>
    <message>
        <source>Pong against a friend on one keyboard, or online.</source>
        <translation type="vanished">Du Pong contre un ami sur un même clavier, ou en ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play now</source>
        <translation>Jouer maintenant</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Tournaments with brackets that update live.</source>
        <translation>Des tournois dont les tableaux se mettent à jour en direct.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Your match history and statistics.</source>
        <translation type="vanished">L’historique de vos matchs et vos statistiques.</translation>
    </message>
    <message>
        <source>A free account takes a minute: matches in the browser are played on the server and saved to your history.</source>
        <translation type="vanished">Un compte gratuit se crée en une minute : les matchs dans le navigateur se jouent sur le serveur et s’ajoutent à votre historique.</translation>
    </message>
    <message>
        <source>These are being built now. Today this site shows the state of its server.</source>
        <translation type="vanished">Tout cela est en cours de construction. Pour l’instant, ce site montre l’état de son serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you can do here</source>
        <translation>Ce que vous pouvez faire ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pong against a friend on one keyboard, against the computer, or online.</source>
        <translation>Du Pong contre un ami sur un même clavier, contre l’ordinateur ou en ligne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A leaderboard, achievements and levels, your match history and statistics.</source>
        <translation>Un classement, des succès et des niveaux, votre historique de matchs et vos statistiques.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desktop app</source>
        <translation>L’application de bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desktop app plays the same matches, and also offline on your computer without an account.</source>
        <translation>L’application de bureau joue les mêmes matchs, et aussi hors ligne sur votre ordinateur, sans compte.</translation>
    </message>
    <message>
        <source>It is built from the project’s source code with Qt 6: see “Quick start” in its README.</source>
        <translation type="vanished">Elle se compile à partir du code source du projet avec Qt 6 : voir « Quick start » dans son README.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of your friends is online.</source>
        <translation>Aucun de vos amis n’est en ligne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your friends could not be loaded.</source>
        <translation>Vos amis n’ont pas pu être chargés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody to rank yet.</source>
        <translation>Personne à classer pour l’instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your rank: %{rank} of %{total}.</source>
        <translation>Votre rang : %{rank} sur %{total}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole leaderboard</source>
        <translation>Tout le classement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No matches yet: your results will show here.</source>
        <translation>Aucun match pour l’instant : vos résultats s’afficheront ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome back, %{name}</source>
        <translation>Bon retour, %{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick play</source>
        <translation>Partie rapide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tournaments</source>
        <translation>Tournois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friends online</source>
        <translation>Amis en ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top of the leaderboard</source>
        <translation>Haut du classement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your recent results</source>
        <translation>Vos derniers résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one keyboard</source>
        <translation>un seul clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>against the computer</source>
        <translation>contre l’ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ranked</source>
        <translation>classé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>private</source>
        <translation>privé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 players</source>
        <translation>4 joueurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tournament</source>
        <translation>tournoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The live matches could not be loaded.</source>
        <translation>Impossible de charger les matchs en direct.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The leaderboard could not be loaded.</source>
        <translation>Impossible de charger le classement.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n matches being played now.</source>
        <translation>
            <numerusform>%n match en cours.</numerusform>
            <numerusform>%n matchs en cours.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No match is being played right now.</source>
        <translation>Aucun match n’est en cours pour le moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch the live matches</source>
        <translation>Regarder les matchs en direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to watch them.</source>
        <translation>Connectez-vous pour les regarder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build it from the project’s source code on Debian 12 (Qt 6):</source>
        <translation>Compilez-la à partir du code source du projet, sous Debian 12 (Qt 6) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a copy of the source code, run %{command}: it installs what is missing and builds the server and the app.</source>
        <translation>Dans une copie du code source, lancez %{command} : il installe ce qui manque et compile le serveur et l’application.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the app:</source>
        <translation>Lancez l’application :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter this server’s address:</source>
        <translation>Saisissez l’adresse de ce serveur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The README’s “Quick start” section has the details.</source>
        <translation>La section « Quick start » du fichier README donne tous les détails.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No account needed to play against the computer or a friend at your keyboard. A free account adds online matches, tournaments, the leaderboard and your history.</source>
        <translation>Pas besoin de compte pour jouer contre l’ordinateur ou contre un ami sur votre clavier. Un compte gratuit ajoute les matchs en ligne, les tournois, le classement et votre historique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live now</source>
        <translation>En direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your tournaments could not be loaded.</source>
        <translation>Impossible de charger vos tournois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have joined: it starts when its organiser starts it.</source>
        <translation>Vous êtes inscrit : il commencera quand son organisateur le lancera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The final</source>
        <translation>La finale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round %{round} of %{rounds}</source>
        <translation>Tour %{round} sur %{rounds}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>against %{name}</source>
        <translation>contre %{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>against the winner of the match before</source>
        <translation>contre le vainqueur du match précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your match is ready: go to the bracket</source>
        <translation>Votre match est prêt : ouvrir le tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the other players of this round.</source>
        <translation>En attente des autres joueurs de ce tour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are in no tournament now.</source>
        <translation>Vous ne participez à aucun tournoi en ce moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find one to join</source>
        <translation>En trouver un à rejoindre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All your friends</source>
        <translation>Tous vos amis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your results could not be loaded.</source>
        <translation>Impossible de charger vos résultats.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your statistics</source>
        <translation>Vos statistiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your next tournament match</source>
        <translation>Votre prochain match de tournoi</translation>
    </message>
</context>
<context>
    <name>web.leaderboard</name>
    <message>
        <location filename="../resources/web/strings/leaderboard.js" line="+4"/>
        <source>Players by rating, highest first</source>
        <translation>Joueurs classés par cote, du plus haut au plus bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Player</source>
        <translation>Joueur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Cote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked matches</source>
        <translation>Matchs classés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher ranks</source>
        <translation>Rangs supérieurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower ranks</source>
        <translation>Rangs inférieurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your rank: %{rank} of %{total}, rating %{rating}.</source>
        <translation>Votre rang : %{rank} sur %{total}, cote %{rating}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places %{from} to %{to} of %{total}.</source>
        <translation>Places %{from} à %{to} sur %{total}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody to rank yet.</source>
        <translation>Personne à classer pour l’instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaderboard</source>
        <translation>Classement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only me and my friends</source>
        <translation>Seulement moi et mes amis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaderboard pages</source>
        <translation>Pages du classement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} (you)</source>
        <translation>%{name} (vous)</translation>
    </message>
</context>
<context>
    <name>web.nav</name>
    <message>
        <location filename="../resources/web/strings/nav.js" line="+4"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server status</source>
        <translation>État du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main navigation</source>
        <translation>Navigation principale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language could not be loaded. Please try again.</source>
        <translation>La langue n’a pas pu être chargée. Veuillez réessayer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign up</source>
        <translation>S’inscrire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
</context>
<context>
    <name>web.notfound</name>
    <message>
        <location filename="../resources/web/strings/notfound.js" line="+4"/>
        <source>Page not found</source>
        <translation>Page introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no page at %{path}.</source>
        <translation>Il n’y a pas de page à l’adresse %{path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The link may be mistyped or out of date.</source>
        <translation>Le lien est peut-être mal saisi ou périmé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the home page</source>
        <translation>Aller à l’accueil</translation>
    </message>
</context>
<context>
    <name>web.notifications</name>
    <message>
        <location filename="../resources/web/strings/notifications.js" line="+5"/>
        <source>New:</source>
        <translation>Nouveau :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark all as read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See all notifications</source>
        <translation>Voir toutes les notifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing new.</source>
        <translation>Rien de nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notifications, %{count} unread</source>
        <translation>Notifications, %{count} non lues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notices</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New notification: %{text}</source>
        <translation>Nouvelle notification : %{text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tournament match</source>
        <translation>Match de tournoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} asks to be your friend.</source>
        <translation>%{name} vous demande en ami.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} accepted your friend request.</source>
        <translation>%{name} a accepté votre demande d&apos;ami.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} invites you to a match.</source>
        <translation>%{name} vous invite à un match.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your tournament match against %{name} is ready.</source>
        <translation>Votre match de tournoi contre %{name} est prêt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your tournament match is ready.</source>
        <translation>Votre match de tournoi est prêt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tournament you joined has started.</source>
        <translation>Un tournoi auquel vous participez a commencé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tournament you played is over.</source>
        <translation>Un tournoi auquel vous avez participé est terminé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tournament you joined was cancelled.</source>
        <translation>Un tournoi auquel vous participiez a été annulé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>News from a tournament you joined.</source>
        <translation>Du nouveau dans un tournoi auquel vous participez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A moderator muted you in the chat until %{time}.</source>
        <translation>Un modérateur vous a réduit au silence dans la discussion jusqu&apos;au %{time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A moderator muted you in the chat.</source>
        <translation>Un modérateur vous a réduit au silence dans la discussion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A moderator lifted your mute: you can write again.</source>
        <translation>Un modérateur a levé votre silence : vous pouvez de nouveau écrire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A moderator removed one of your messages.</source>
        <translation>Un modérateur a supprimé l&apos;un de vos messages.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A notice from the moderators.</source>
        <translation>Un avis des modérateurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something new happened.</source>
        <translation>Il s&apos;est passé quelque chose de nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show older notifications</source>
        <translation>Afficher les notifications plus anciennes</translation>
    </message>
</context>
<context>
    <name>web.play</name>
    <message>
        <location filename="../resources/web/strings/play.js" line="+4"/>
        <source>Play</source>
        <translation>Jouer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match notifications</source>
        <translation>Notifications de match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} invites you to a match</source>
        <translation>%{name} vous invite à un match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires in %{seconds} s.</source>
        <translation>Expire dans %{seconds} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your match is still running</source>
        <translation>Votre match est toujours en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to it before your seat is forfeited.</source>
        <translation>Revenez-y avant de perdre par forfait.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume the match</source>
        <translation>Reprendre le match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your tournament match is ready: %{you} vs %{opponent}</source>
        <translation>Votre match de tournoi est prêt : %{you} contre %{opponent}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter within %{seconds} s or lose by walkover.</source>
        <translation>Entrez dans les %{seconds} s ou vous perdez par forfait.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the match</source>
        <translation>Entrer dans le match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} invites you to a match.</source>
        <translation>%{name} vous invite à un match.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your match is still running.</source>
        <translation>Votre match est toujours en cours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your tournament match is ready.</source>
        <translation>Votre match de tournoi est prêt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one keyboard</source>
        <translation>un seul clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>against the computer</source>
        <translation>contre l’ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ranked</source>
        <translation>classé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>private</source>
        <translation>privé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 players</source>
        <translation>4 joueurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tournament</source>
        <translation>tournoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live matches</source>
        <translation>Matchs en direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches being played now. Watching is read-only.</source>
        <translation>Les matchs en cours. Regarder ne permet pas de jouer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The live matches could not be loaded.</source>
        <translation>Impossible de charger les matchs en direct.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No match is being played right now.</source>
        <translation>Aucun match n’est en cours pour le moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{kind} · %{spectators} watching</source>
        <translation>%{kind} · %{spectators} spectateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch</source>
        <translation>Regarder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The match was played to the end.</source>
        <translation>Le match a été joué jusqu’au bout.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A player left the match.</source>
        <translation>Un joueur a quitté le match.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A player did not come back in time.</source>
        <translation>Un joueur n’est pas revenu à temps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A player did not show up.</source>
        <translation>Un joueur ne s’est pas présenté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody won: the match was abandoned.</source>
        <translation>Personne n’a gagné : le match a été abandonné.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are watching: the keys do nothing here.</source>
        <translation>Vous êtes spectateur : les touches n’ont aucun effet ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move your paddle with W and S or the Up and Down arrow keys while the game field has focus.</source>
        <translation>Déplacez votre raquette avec W et S ou les flèches haut et bas quand le terrain a le focus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move your paddle with A and D or the Left and Right arrow keys while the game field has focus.</source>
        <translation>Déplacez votre raquette avec A et D ou les flèches gauche et droite quand le terrain a le focus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left player: W and S. Right player: Up and Down arrow keys. Click the game field or tab to it first.</source>
        <translation>Joueur de gauche : W et S. Joueur de droite : flèches haut et bas. Cliquez d’abord sur le terrain ou atteignez-le avec Tab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left: W and S. Right: Up and Down arrows. Top: C (left) and V (right). Bottom: N (left) and M (right). Click the game field or tab to it first.</source>
        <translation>Gauche : W et S. Droite : flèches haut et bas. Haut : C (gauche) et V (droite). Bas : N (gauche) et M (droite). Cliquez d’abord sur le terrain ou atteignez-le avec Tab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the players</source>
        <translation>En attente des joueurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playing</source>
        <translation>En jeu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watching a match</source>
        <translation>Regarder un match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joining the match…</source>
        <translation>Connexion au match…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Game field</source>
        <translation>Terrain de jeu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>game field</source>
        <translation>terrain de jeu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoreboard</source>
        <translation>Tableau des scores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop watching</source>
        <translation>Arrêter de regarder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the match</source>
        <translation>Quitter le match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this match? Leaving a match between people counts as a loss.</source>
        <translation>Quitter ce match ? Quitter un match contre d’autres joueurs compte comme une défaite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Player %{number}</source>
        <translation>Joueur %{number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out</source>
        <translation>éliminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>computer</source>
        <translation>ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ping unknown</source>
        <translation>ping inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ping %{ms} ms</source>
        <translation>ping %{ms} ms</translation>
    </message>
    <message>
        <source>%{lives} lives</source>
        <translation type="vanished">%{lives} vies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your connection: %{ms} ms round trip</source>
        <translation>Votre connexion : %{ms} ms aller-retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Game field. Score: %{score}</source>
        <translation>Terrain de jeu. Score : %{score}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} is missing.</source>
        <translation>%{name} est absent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} is missing: forfeit in %{seconds} s.</source>
        <translation>%{name} est absent : forfait dans %{seconds} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay: %{players}</source>
        <translation>Rediffusion : %{players}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watching: %{players}</source>
        <translation>En spectateur : %{players}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match: %{players}</source>
        <translation>Match : %{players}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Haut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controls of %{name}</source>
        <translation>Commandes de %{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watching %{players}.</source>
        <translation>Vous regardez %{players}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match started: %{players}. %{settings}</source>
        <translation>Match commencé : %{players}. %{settings}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} is out.</source>
        <translation>%{name} est éliminé.</translation>
    </message>
    <message>
        <source>Get ready: play starts in %{seconds} seconds.</source>
        <translation type="vanished">Préparez-vous : le jeu commence dans %{seconds} secondes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play!</source>
        <translation>Jouez !</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No winner</source>
        <translation>Pas de vainqueur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} wins!</source>
        <translation>%{name} gagne !</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match over</source>
        <translation>Match terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch the replay</source>
        <translation>Voir la rediffusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forfeited</source>
        <translation>forfait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the match record</source>
        <translation>Voir la fiche du match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This match could not be stored.</source>
        <translation>Ce match n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the tournament</source>
        <translation>Retour au tournoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play again</source>
        <translation>Rejouer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The match is paused.</source>
        <translation>Le match est en pause.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The match is paused: waiting for %{names}.</source>
        <translation>Le match est en pause : en attente de %{names}.</translation>
    </message>
    <message>
        <source>Everyone is here: play resumes in %{seconds} seconds.</source>
        <translation type="vanished">Tout le monde est là : le jeu reprend dans %{seconds} secondes.</translation>
    </message>
    <message numerus="yes">
        <location line="-31"/>
        <source>%n lives</source>
        <translation>
            <numerusform>%n vie</numerusform>
            <numerusform>%n vies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Get ready: play starts in %n seconds.</source>
        <translation>
            <numerusform>Préparez-vous : le jeu commence dans %n seconde.</numerusform>
            <numerusform>Préparez-vous : le jeu commence dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Everyone is here: play resumes in %n seconds.</source>
        <translation>
            <numerusform>Tout le monde est là : le jeu reprend dans %n seconde.</numerusform>
            <numerusform>Tout le monde est là : le jeu reprend dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This match continues in another tab or app.</source>
        <translation>Ce match continue dans un autre onglet ou une autre application.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The replay could not be started.</source>
        <translation>La rediffusion n’a pas pu démarrer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This match is over or does not exist.</source>
        <translation>Ce match est terminé ou n’existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classic</source>
        <translation>Classique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pillars</source>
        <translation>Piliers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crossroads</source>
        <translation>Carrefour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bigger paddle</source>
        <translation>Raquette agrandie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller opponent paddles</source>
        <translation>Raquettes adverses réduites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faster ball</source>
        <translation>Balle plus rapide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-ball</source>
        <translation>Multi-balle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 vs 1</source>
        <translation>1 contre 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>map %{map}</source>
        <translation>carte %{map}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first to %{points}, by two clear points</source>
        <translation>premier à %{points}, avec deux points d’écart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first to %{points}</source>
        <translation>premier à %{points}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ball speed %{speed}</source>
        <translation>vitesse de balle %{speed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paddle %{length}</source>
        <translation>raquette %{length}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>power-ups: %{list}</source>
        <translation>bonus : %{list}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no power-ups</source>
        <translation>sans bonus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ball speed (serve)</source>
        <translation>Vitesse de la balle (service)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed added per hit</source>
        <translation>Vitesse ajoutée à chaque frappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum ball speed</source>
        <translation>Vitesse maximale de la balle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paddle size</source>
        <translation>Taille de la raquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paddle speed</source>
        <translation>Vitesse de la raquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points to win (1 vs 1)</source>
        <translation>Points pour gagner (1 contre 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives (4 players)</source>
        <translation>Vies (4 joueurs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds before a serve</source>
        <translation>Secondes avant un service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds between power-ups</source>
        <translation>Secondes entre deux bonus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds a power-up stays</source>
        <translation>Secondes de présence d’un bonus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds an effect lasts</source>
        <translation>Durée d’un effet en secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a number from %{min} to %{max}.</source>
        <translation>Saisissez un nombre entre %{min} et %{max}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a whole number.</source>
        <translation>Saisissez un nombre entier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be at least the ball speed.</source>
        <translation>Doit être au moins égale à la vitesse de la balle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This value is not valid.</source>
        <translation>Cette valeur n’est pas valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the classic game</source>
        <translation>Revenir au jeu classique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some settings need your attention.</source>
        <translation>Certains paramètres sont à corriger.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match settings</source>
        <translation>Paramètres du match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win by two clear points (1 vs 1)</source>
        <translation>Gagner avec deux points d’écart (1 contre 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power-ups</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More settings</source>
        <translation>Plus de paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are already in a match.</source>
        <translation>Vous êtes déjà dans un match.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are already waiting in a queue.</source>
        <translation>Vous êtes déjà dans une file d’attente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can only invite your friends.</source>
        <translation>Vous ne pouvez inviter que vos amis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This friend is not online.</source>
        <translation>Cet ami n’est pas en ligne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This friend is busy in a match or a queue.</source>
        <translation>Cet ami est occupé dans un match ou une file d’attente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is busy for a moment. Try again.</source>
        <translation>Le serveur est momentanément occupé. Réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused these settings: %{details}</source>
        <translation>Le serveur a refusé ces paramètres : %{details}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That did not work (%{code}).</source>
        <translation>Cela n’a pas fonctionné (%{code}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected to the server yet. Wait a moment and try again.</source>
        <translation>Pas encore connecté au serveur. Patientez un instant puis réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easy</source>
        <translation>Facile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the queue</source>
        <translation>Quitter la file d’attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking for 3 opponents.</source>
        <translation>Recherche de 3 adversaires.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking for an opponent.</source>
        <translation>Recherche d’un adversaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players waiting: %{count}. Rating %{rating}, accepting ±%{window}. Waited %{seconds} s.</source>
        <translation>Joueurs en attente : %{count}. Classement %{rating}, écart accepté ±%{window}. Attente : %{seconds} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation sent to %{name}: waiting for an answer (%{seconds} s left).</source>
        <translation>Invitation envoyée à %{name} : en attente de réponse (encore %{seconds} s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your friends could not be loaded.</source>
        <translation>Impossible de charger vos amis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No friends yet. Add some from their profiles to invite them.</source>
        <translation>Pas encore d’amis. Ajoutez-en depuis leur profil pour les inviter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in a match</source>
        <translation>en match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite %{name}</source>
        <translation>Inviter %{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are in the queue.</source>
        <translation>Vous êtes dans la file d’attente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You left the queue.</source>
        <translation>Vous avez quitté la file d’attente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation sent to %{name}.</source>
        <translation>Invitation envoyée à %{name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your invitation was declined.</source>
        <translation>Votre invitation a été refusée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The invitation was cancelled.</source>
        <translation>L’invitation a été annulée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The invitation expired.</source>
        <translation>L’invitation a expiré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The invitation could not be delivered.</source>
        <translation>L’invitation n’a pas pu être transmise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose how to play</source>
        <translation>Choisissez comment jouer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two players, one keyboard</source>
        <translation>Deux joueurs, un clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left player W and S, right player the Up and Down arrows.</source>
        <translation>Joueur de gauche W et S, joueur de droite les flèches haut et bas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a local match</source>
        <translation>Lancer un match local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against the computer</source>
        <translation>Contre l’ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You play on the left.</source>
        <translation>Vous jouez à gauche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difficulty</source>
        <translation>Difficulté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the computer</source>
        <translation>Jouer contre l’ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Four players, one keyboard</source>
        <translation>Quatre joueurs, un clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left W/S, right Up/Down, top C/V, bottom N/M.</source>
        <translation>Gauche W/S, droite haut/bas, haut C/V, bas N/M.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a 4-player match</source>
        <translation>Lancer un match à 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online matchmaking</source>
        <translation>Recherche de match en ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meet players of a similar rating who chose the same settings.</source>
        <translation>Affrontez des joueurs de niveau proche ayant choisi les mêmes paramètres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find an opponent</source>
        <translation>Trouver un adversaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a 4-player match</source>
        <translation>Trouver un match à 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite a friend</source>
        <translation>Inviter un ami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A private 1 vs 1 with the settings below. Your friend must be online.</source>
        <translation>Un 1 contre 1 privé avec les paramètres ci-dessous. Votre ami doit être en ligne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch the matches being played now</source>
        <translation>Regarder les matchs en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn sound on</source>
        <translation>Activer le son</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn sound off</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bigger paddle</source>
        <translation>raquette plus grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smaller paddles for the others</source>
        <translation>raquettes plus petites pour les autres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>faster ball</source>
        <translation>balle plus rapide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more balls</source>
        <translation>plus de balles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power-ups:</source>
        <translation>Bonus :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this match? It ends here.</source>
        <translation>Quitter ce match ? Il s’arrête ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an account to keep your results</source>
        <translation>Créez un compte pour garder vos résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest matches are not saved.</source>
        <translation>Les matchs des invités ne sont pas enregistrés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The match ended because nobody played for a while.</source>
        <translation>Le match est terminé : personne n’a joué depuis un moment.</translation>
    </message>
    <message>
        <source>The match ended: nobody pressed a key for a minute and a half.</source>
        <translation type="vanished">Le match est terminé : personne n’a appuyé sur une touche pendant une minute et demie.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Too many guest matches are being played right now. Try again in a few minutes, or sign in.</source>
        <translation>Trop de matchs d’invités sont en cours. Réessayez dans quelques minutes, ou connectez-vous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are playing as a guest: your matches are not saved and do not count for the leaderboard.</source>
        <translation>Vous jouez en tant qu’invité : vos matchs ne sont pas enregistrés et ne comptent pas pour le classement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a free account</source>
        <translation>Créer un compte gratuit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a free account you also play online, join tournaments and keep your results.</source>
        <translation>Avec un compte gratuit, vous jouez aussi en ligne, participez aux tournois et gardez vos résultats.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>web.profile</name>
    <message>
        <location filename="../resources/web/strings/profile.js" line="+4"/>
        <source>The picture is larger than 2 MiB.</source>
        <translation>L’image dépasse 2 Mio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a PNG, JPEG or WebP picture.</source>
        <translation>Choisissez une image PNG, JPEG ou WebP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture has too many pixels (at most 8192 a side).</source>
        <translation>L’image a trop de pixels (8192 au plus par côté).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture could not be read. It may be damaged.</source>
        <translation>L’image n’a pas pu être lue. Elle est peut-être endommagée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of this site and of our emails to you.</source>
        <translation>La langue de ce site et des e-mails que nous vous envoyons.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your current avatar</source>
        <translation>Votre avatar actuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the chosen picture</source>
        <translation>Aperçu de l’image choisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload the picture</source>
        <translation>Envoyer l’image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the avatar</source>
        <translation>Supprimer l’avatar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your new avatar is saved.</source>
        <translation>Votre nouvel avatar est enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your avatar is removed. The generated one is shown instead.</source>
        <translation>Votre avatar est supprimé. L’avatar généré s’affiche à la place.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a picture</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG, JPEG or WebP, at most 2 MiB. It is cropped to a square.</source>
        <translation>PNG, JPEG ou WebP, 2 Mio au plus. Elle est recadrée en carré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use only letters, digits, spaces and _ - . &apos;</source>
        <translation>Utilisez seulement des lettres, des chiffres, des espaces et _ - . &apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How other players see you: 3 to 20 characters.</source>
        <translation>Le nom que voient les autres joueurs : 3 à 20 caractères.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About you</source>
        <translation>À propos de vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to 500 characters, shown as plain text on your profile.</source>
        <translation>Jusqu’à 500 caractères, affichés en texte brut sur votre profil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your profile is saved.</source>
        <translation>Votre profil est enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your details</source>
        <translation>Vos informations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your profile</source>
        <translation>Votre profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading your profile…</source>
        <translation>Chargement de votre profil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See your profile as others see it</source>
        <translation>Voir votre profil tel que les autres le voient</translation>
    </message>
</context>
<context>
    <name>web.reauth</name>
    <message>
        <location filename="../resources/web/strings/reauth.js" line="+4"/>
        <source>Two-factor sign-in is off: use your password.</source>
        <translation>La connexion en deux étapes est désactivée : utilisez votre mot de passe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again with %{provider}</source>
        <translation>Se reconnecter avec %{provider}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code from your authenticator app</source>
        <translation>Code de votre application d’authentification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the 6 digits shown by your app.</source>
        <translation>Saisissez les 6 chiffres affichés par votre application.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code</source>
        <translation>Code de secours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you. Continuing.</source>
        <translation>Merci. On continue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use my password</source>
        <translation>Utiliser mon mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a code from my authenticator app</source>
        <translation>Utiliser un code de mon application d’authentification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a recovery code</source>
        <translation>Utiliser un code de secours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm it is you</source>
        <translation>Confirmez que c’est bien vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This change needs a recent proof that you are the owner of this account.</source>
        <translation>Cette modification demande une preuve récente que ce compte est bien le vôtre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again with the service you use, then try once more.</source>
        <translation>Reconnectez-vous avec le service que vous utilisez, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>web.settings</name>
    <message>
        <location filename="../resources/web/strings/settings.js" line="+4"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server offers no other sign-in providers.</source>
        <translation>Ce serveur ne propose aucun autre fournisseur de connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink %{provider}</source>
        <translation>Dissocier %{provider}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link %{provider}</source>
        <translation>Associer %{provider}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{provider} is unlinked.</source>
        <translation>%{provider} est dissocié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is your only way to sign in: set a password before unlinking it.</source>
        <translation>C’est votre seul moyen de connexion : définissez un mot de passe avant de le dissocier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked as %{login} since %{date}</source>
        <translation>Associé en tant que %{login} depuis le %{date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not linked</source>
        <translation>Non associé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop app</source>
        <translation>Application de bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web browser</source>
        <translation>Navigateur web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: %{ip}</source>
        <translation>Adresse : %{ip}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last active: %{date}</source>
        <translation>Dernière activité : %{date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in: %{date}</source>
        <translation>Connexion : %{date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out this session</source>
        <translation>Déconnecter cette session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session is signed out.</source>
        <translation>La session est déconnectée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out everywhere</source>
        <translation>Se déconnecter partout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, sign out everywhere</source>
        <translation>Oui, se déconnecter partout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every session of this account ends, this one too. Continue?</source>
        <translation>Toutes les sessions de ce compte prennent fin, celle-ci aussi. Continuer ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are signed out on every device.</source>
        <translation>Vous êtes déconnecté sur tous vos appareils.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For your safety, sign out and sign in again, then retry within 10 minutes.</source>
        <translation>Par sécurité, déconnectez-vous puis reconnectez-vous, et réessayez dans les 10 minutes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download my data (JSON)</source>
        <translation>Télécharger mes données (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data is downloading.</source>
        <translation>Vos données sont en cours de téléchargement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymize my account</source>
        <translation>Anonymiser mon compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name, e-mail, profile and sign-in methods are erased; your match results stay, under an anonymous name. You will be signed out and cannot sign in again. This cannot be undone.</source>
        <translation>Votre nom, votre e-mail, votre profil et vos moyens de connexion sont effacés ; vos résultats de matchs restent, sous un nom anonyme. Vous serez déconnecté et ne pourrez plus vous reconnecter. Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account is anonymized.</source>
        <translation>Votre compte est anonymisé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete my account</source>
        <translation>Supprimer mon compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account and everything that refers to it are erased; matches you played stay without your name. You will be signed out. This cannot be undone.</source>
        <translation>Votre compte et tout ce qui s’y rapporte sont effacés ; les matchs que vous avez joués restent, sans votre nom. Vous serez déconnecté. Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete my account for good</source>
        <translation>Supprimer définitivement mon compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account is deleted.</source>
        <translation>Votre compte est supprimé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything the platform keeps about you, in one JSON file.</source>
        <translation>Tout ce que la plateforme conserve à votre sujet, dans un fichier JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the platform</source>
        <translation>Quitter la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language could not be loaded. Please try again.</source>
        <translation>La langue n’a pas pu être chargée. Veuillez réessayer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language saved.</source>
        <translation>Langue enregistrée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of your account</source>
        <translation>Langue de votre compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved with your account; this site switches to it at once.</source>
        <translation>Enregistrée avec votre compte ; ce site passe immédiatement à cette langue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display preference saved.</source>
        <translation>Préférence d’affichage enregistrée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These choices apply to this browser.</source>
        <translation>Ces choix s’appliquent à ce navigateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black text on white, underlined links and a strong focus outline.</source>
        <translation>Texte noir sur blanc, liens soulignés et contour de focus marqué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduce motion</source>
        <translation>Réduire les animations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No animations or transitions. Follows your system setting until you change it.</source>
        <translation>Aucune animation ni transition. Suit le réglage de votre système tant que vous ne le modifiez pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-factor authentication</source>
        <translation>Authentification à deux facteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked sign-in providers</source>
        <translation>Fournisseurs de connexion associés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active sessions</source>
        <translation>Sessions actives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
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
        <translation>Aller au contenu principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcendence %{version}: a Pong tournament platform.</source>
        <translation>Transcendence %{version} : une plateforme de tournois de Pong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bootstrap licence</source>
        <translation>Licence de Bootstrap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy policy</source>
        <translation>Politique de confidentialité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms of service</source>
        <translation>Conditions d&apos;utilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your session ended. Please sign in again.</source>
        <translation>Votre session a pris fin. Veuillez vous reconnecter.</translation>
    </message>
</context>
<context>
    <name>web.signin</name>
    <message>
        <location filename="../resources/web/strings/signin.js" line="+4"/>
        <source>The user name, e-mail address or password is wrong.</source>
        <translation>Le nom d’utilisateur, l’adresse e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account has been suspended. Contact the administrators if you think this is a mistake.</source>
        <translation>Ce compte a été suspendu. Contactez les administrateurs si vous pensez qu’il s’agit d’une erreur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code is not valid. Check it and try again.</source>
        <translation>Ce code n’est pas valide. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This sign-in attempt has expired. Please start again.</source>
        <translation>Cette tentative de connexion a expiré. Veuillez recommencer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or</source>
        <translation>ou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with %{provider}</source>
        <translation>Se connecter avec %{provider}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code from your authenticator app</source>
        <translation>Code de votre application d’authentification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the 6 digits shown by your app.</source>
        <translation>Saisissez les 6 chiffres affichés par votre application.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open your authenticator app and enter the 6-digit code for Transcendence.</source>
        <translation>Ouvrez votre application d’authentification et saisissez le code à 6 chiffres de Transcendence.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the recovery codes you saved when you turned on two-factor sign-in. Each works once.</source>
        <translation>L’un des codes de récupération enregistrés lors de l’activation de la connexion à deux facteurs. Chacun ne sert qu’une fois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-factor sign-in</source>
        <translation>Connexion à deux facteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are signed in.</source>
        <translation>Vous êtes connecté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the code from my authenticator app</source>
        <translation>Utiliser le code de mon application d’authentification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a recovery code instead</source>
        <translation>Utiliser plutôt un code de récupération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account is protected by a second step.</source>
        <translation>Votre compte est protégé par une deuxième étape.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name or e-mail address</source>
        <translation>Nom d’utilisateur ou adresse e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the code from your authenticator app.</source>
        <translation>Saisissez le code de votre application d’authentification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New here?</source>
        <translation>Nouveau ici ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completing the sign-in…</source>
        <translation>Finalisation de la connexion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in could not be completed.</source>
        <translation>La connexion n’a pas pu aboutir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgot your password?</source>
        <translation>Mot de passe oublié ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code from the e-mail we sent you</source>
        <translation>Code de l’e-mail que nous vous avons envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the 6 digits of the e-mail.</source>
        <translation>Saisissez les 6 chiffres de l’e-mail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We sent a 6-digit code to your e-mail address. It works once, for 5 minutes.</source>
        <translation>Nous avons envoyé un code à 6 chiffres à votre adresse e-mail. Il fonctionne une fois, pendant 5 minutes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the code from the e-mail</source>
        <translation>Utiliser le code de l’e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the code we sent you by e-mail.</source>
        <translation>Saisissez le code que nous vous avons envoyé par e-mail.</translation>
    </message>
</context>
<context>
    <name>web.signup</name>
    <message>
        <location filename="../resources/web/strings/signup.js" line="+4"/>
        <source>(opens in a new tab)</source>
        <translation>(s’ouvre dans un nouvel onglet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have read the %{privacy} and the %{terms}.</source>
        <translation>J’ai lu la %{privacy} et les %{terms}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>privacy policy</source>
        <translation>politique de confidentialité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terms of service</source>
        <translation>conditions d’utilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please confirm that you have read the privacy policy and the terms of service.</source>
        <translation>Veuillez confirmer que vous avez lu la politique de confidentialité et les conditions d’utilisation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use 3 to 20 letters, digits or underscores.</source>
        <translation>Utilisez de 3 à 20 lettres, chiffres ou tirets bas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 to 20 letters (A–Z), digits or underscores. You sign in with it.</source>
        <translation>De 3 à 20 lettres (A–Z), chiffres ou tirets bas. Il sert à vous connecter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 to 128 characters. Common passwords are refused; a few unrelated words make a strong one.</source>
        <translation>De 10 à 128 caractères. Les mots de passe courants sont refusés ; quelques mots sans rapport entre eux en font un solide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name (optional)</source>
        <translation>Nom affiché (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What other players see, 3 to 20 characters. Your user name if left empty.</source>
        <translation>Ce que voient les autres joueurs, de 3 à 20 caractères. Votre nom d’utilisateur si vous le laissez vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create my account</source>
        <translation>Créer mon compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account is ready. You are signed in.</source>
        <translation>Votre compte est prêt. Vous êtes connecté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already have an account?</source>
        <translation>Vous avez déjà un compte ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>web.status</name>
    <message>
        <location filename="../resources/web/strings/status.js" line="+4"/>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error code</source>
        <translation>Code d’erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>En marche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uptime</source>
        <translation>Temps de fonctionnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not responding</source>
        <translation>Ne répond pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reachable</source>
        <translation>Joignable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not ready</source>
        <translation>Pas prêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol version (this page)</source>
        <translation>Version du protocole (cette page)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol version (server)</source>
        <translation>Version du protocole (serveur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection id</source>
        <translation>Identifiant de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heartbeat interval</source>
        <translation>Intervalle de battement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ping round trip</source>
        <translation>Ping aller-retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server time (last pong)</source>
        <translation>Heure du serveur (dernier pong)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last disconnection</source>
        <translation>Dernière déconnexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close code %{code}</source>
        <translation>Code de fermeture %{code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last server error</source>
        <translation>Dernière erreur du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server status</source>
        <translation>État du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web server</source>
        <translation>Serveur web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real-time connection</source>
        <translation>Connexion en temps réel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last checked at %{time}.</source>
        <translation>Dernière vérification à %{time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live answers from this server’s health checks and from the page’s real-time connection.</source>
        <translation>Les réponses en direct des contrôles de santé de ce serveur et de la connexion en temps réel de la page.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real-time play</source>
        <translation>Jeu en temps réel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Opérationnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outage</source>
        <translation>Panne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degraded service</source>
        <translation>Service dégradé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since %{time}</source>
        <translation>Depuis %{time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All systems working</source>
        <translation>Tout fonctionne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some parts are degraded</source>
        <translation>Certaines parties sont dégradées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players online</source>
        <translation>Joueurs en ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches being played</source>
        <translation>Matchs en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections (signed in / guests)</source>
        <translation>Connexions (connectés / invités)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players waiting in queues</source>
        <translation>Joueurs en file d&apos;attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests (server errors)</source>
        <translation>Requêtes (erreurs du serveur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slowest 1 % of answers under</source>
        <translation>Le 1 % des réponses les plus lentes en moins de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Game steps late by (99 %)</source>
        <translation>Retard des pas de jeu (99 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs waiting for the database</source>
        <translation>Tâches en attente de la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-ins (failed)</source>
        <translation>Connexions (échouées)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by rate limits</source>
        <translation>Refusées par les limites de débit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{mib} MiB</source>
        <translation>%{mib} Mio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU time</source>
        <translation>Temps processeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No deploy yet.</source>
        <translation>Aucun déploiement pour le moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post the note</source>
        <translation>Publier la note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve the note</source>
        <translation>Clore la note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident note</source>
        <translation>Note d&apos;incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What players should know</source>
        <translation>Ce que les joueurs doivent savoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent deploys</source>
        <translation>Derniers déploiements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note is on the status page.</source>
        <translation>La note est sur la page d&apos;état.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note is resolved.</source>
        <translation>La note est close.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No note is open.</source>
        <translation>Aucune note n&apos;est ouverte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server (admins)</source>
        <translation>Serveur (administrateurs)</translation>
    </message>
</context>
<context>
    <name>web.tournaments</name>
    <message>
        <location filename="../resources/web/strings/tournaments.js" line="+4"/>
        <source>Tournaments</source>
        <translation>Tournois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open for entries</source>
        <translation>inscriptions ouvertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter 3 to 16 players, one per line.</source>
        <translation>Saisissez de 3 à 16 joueurs, un par ligne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each name must have 1 to 32 characters.</source>
        <translation>Chaque nom doit compter de 1 à 32 caractères.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name %{name} appears twice.</source>
        <translation>Le nom %{name} apparaît deux fois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot be reached. Try again.</source>
        <translation>Le serveur est injoignable. Réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That did not work. Try again.</source>
        <translation>Cela n’a pas fonctionné. Réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tournaments could not be loaded.</source>
        <translation>Impossible de charger les tournois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>%{count} players</source>
        <translation type="vanished">%{count} joueurs</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n players</source>
        <translation>
            <numerusform>%n joueur</numerusform>
            <numerusform>%n joueurs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>winner: %{name}</source>
        <translation>vainqueur : %{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tournament yet.</source>
        <translation>Aucun tournoi pour l’instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local: everyone at this keyboard</source>
        <translation>Local : tout le monde sur ce clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online: players join from their accounts</source>
        <translation>En ligne : les joueurs s’inscrivent depuis leur compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players (one name per line, in seeding order)</source>
        <translation>Joueurs (un nom par ligne, dans l’ordre des têtes de série)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 to 16 names of 1 to 32 characters, all different.</source>
        <translation>De 3 à 16 noms de 1 à 32 caractères, tous différents.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players needed to start</source>
        <translation>Joueurs nécessaires pour commencer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most players</source>
        <translation>Nombre maximal de joueurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every match uses the settings chosen on the Play page: %{settings}.</source>
        <translation>Chaque match utilise les paramètres choisis sur la page Jouer : %{settings}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the settings</source>
        <translation>Modifier les paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the tournament</source>
        <translation>Créer le tournoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a name of 1 to 64 characters.</source>
        <translation>Saisissez un nom de 1 à 64 caractères.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a whole number from 3 to 16.</source>
        <translation>Saisissez un nombre entier entre 3 et 16.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a whole number from 3 to 16, at least the players needed.</source>
        <translation>Saisissez un nombre entier entre 3 et 16, au moins égal au nombre de joueurs nécessaires.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tournament created.</source>
        <translation>Tournoi créé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tournaments</source>
        <translation>Tous les tournois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New tournament</source>
        <translation>Nouveau tournoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to be decided</source>
        <translation>à déterminer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>played</source>
        <translation>joué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>walkover</source>
        <translation>forfait (absence)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bye</source>
        <translation>exempt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forfeit</source>
        <translation>forfait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final</source>
        <translation>Finale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semi-finals</source>
        <translation>Demi-finales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round %{number}</source>
        <translation>Tour %{number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tournament</source>
        <translation>Tournoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bracket</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players</source>
        <translation>Joueurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local tournament</source>
        <translation>Tournoi local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online tournament</source>
        <translation>Tournoi en ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Winner: %{name}</source>
        <translation>Vainqueur : %{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} wins the tournament!</source>
        <translation>%{name} remporte le tournoi !</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tournament ended without a winner.</source>
        <translation>Le tournoi s’est terminé sans vainqueur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match: %{match}</source>
        <translation>Prochain match : %{match}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play this match on this keyboard</source>
        <translation>Jouer ce match sur ce clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected to the server yet. Try again in a moment.</source>
        <translation>Pas encore connecté au serveur. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in this tournament (optional)</source>
        <translation>Nom dans ce tournoi (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the tournament</source>
        <translation>Quitter le tournoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this tournament? Once it runs, you forfeit your matches.</source>
        <translation>Quitter ce tournoi ? Une fois commencé, vous perdez vos matchs par forfait.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start now</source>
        <translation>Commencer maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the tournament</source>
        <translation>Annuler le tournoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your match</source>
        <translation>Entrer dans votre match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>winner</source>
        <translation>vainqueur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record</source>
        <translation>fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready to play</source>
        <translation>prêt à jouer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bracket is drawn when the tournament starts.</source>
        <translation>Le tableau est tiré au début du tournoi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed %{seed}</source>
        <translation>tête de série %{seed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left</source>
        <translation>parti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This tournament does not exist.</source>
        <translation>Ce tournoi n’existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No match is ready to be played.</source>
        <translation>Aucun match n’est prêt à être joué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A match is already being played.</source>
        <translation>Un match est déjà en cours.</translation>
    </message>
</context>
<context>
    <name>web.twofactor</name>
    <message>
        <location filename="../resources/web/strings/twofactor.js" line="+4"/>
        <source>This code is not valid. Check it and try again.</source>
        <translation>Ce code n’est pas valide. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The setup has expired. Please start again.</source>
        <translation>La configuration a expiré. Veuillez recommencer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-factor sign-in is already on.</source>
        <translation>La connexion à deux facteurs est déjà activée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-factor sign-in is already off.</source>
        <translation>La connexion à deux facteurs est déjà désactivée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the codes</source>
        <translation>Copier les codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery codes are copied.</source>
        <translation>Les codes de récupération sont copiés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying is not allowed here. Download the codes instead.</source>
        <translation>La copie n’est pas autorisée ici. Téléchargez plutôt les codes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the codes</source>
        <translation>Télécharger les codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have saved them</source>
        <translation>Je les ai enregistrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your recovery codes</source>
        <translation>Vos codes de récupération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each code signs you in once if you lose your phone. Keep them somewhere safe: they will not be shown again.</source>
        <translation>Chaque code vous connecte une fois si vous perdez votre téléphone. Conservez-les en lieu sûr : ils ne seront plus affichés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in asks for a code from your authenticator app.</source>
        <translation>La connexion demande un code de votre application d’authentification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a code from an authenticator app to your password when you sign in.</source>
        <translation>Ajoutez un code d’une application d’authentification à votre mot de passe lors de la connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on two-factor sign-in</source>
        <translation>Activer la connexion à deux facteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code to scan with your authenticator app</source>
        <translation>Code QR à scanner avec votre application d’authentification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6-digit code from the app</source>
        <translation>Code à 6 chiffres de l’application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the 6 digits shown by your app.</source>
        <translation>Saisissez les 6 chiffres affichés par votre application.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up your authenticator app</source>
        <translation>Configurer votre application d’authentification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm and turn on</source>
        <translation>Confirmer et activer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-factor sign-in is on.</source>
        <translation>La connexion à deux facteurs est activée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan this QR code with an authenticator app, or type in the key below. Then enter the code the app shows.</source>
        <translation>Scannez ce code QR avec une application d’authentification, ou saisissez la clé ci-dessous. Entrez ensuite le code affiché par l’application.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key to type in:</source>
        <translation>Clé à saisir :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A code from my app</source>
        <translation>Un code de mon application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recovery code</source>
        <translation>Un code de récupération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My password</source>
        <translation>Mon mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn off two-factor sign-in</source>
        <translation>Désactiver la connexion à deux facteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-factor sign-in is off.</source>
        <translation>La connexion à deux facteurs est désactivée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To turn it off, confirm with</source>
        <translation>Pour la désactiver, confirmez avec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm your e-mail address first: the codes are sent there.</source>
        <translation>Confirmez d’abord votre adresse e-mail : les codes y sont envoyés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in asks for a code sent to your e-mail address.</source>
        <translation>La connexion demande un code envoyé à votre adresse e-mail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use codes sent by e-mail</source>
        <translation>Utiliser des codes envoyés par e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No authenticator app? Get each sign-in code by e-mail instead.</source>
        <translation>Pas d’application d’authentification ? Recevez plutôt chaque code de connexion par e-mail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6-digit code from the e-mail</source>
        <translation>Code à 6 chiffres de l’e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the 6 digits of the e-mail.</source>
        <translation>Saisissez les 6 chiffres de l’e-mail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your mailbox</source>
        <translation>Consultez votre boîte mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in codes by e-mail are on.</source>
        <translation>Les codes de connexion par e-mail sont activés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We sent a 6-digit code to %{address}. Enter it within 10 minutes.</source>
        <translation>Nous avons envoyé un code à 6 chiffres à %{address}. Saisissez-le dans les 10 minutes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn off codes by e-mail</source>
        <translation>Désactiver les codes par e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in codes by e-mail are off.</source>
        <translation>Les codes de connexion par e-mail sont désactivés.</translation>
    </message>
</context>
<context>
    <name>web.users</name>
    <message>
        <location filename="../resources/web/strings/users.js" line="+4"/>
        <source>Players</source>
        <translation>Joueurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives left: %{lives}</source>
        <translation>Vies restantes : %{lives}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against %{opponents}</source>
        <translation>Contre %{opponents}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer matches</source>
        <translation>Matchs plus récents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older matches</source>
        <translation>Matchs plus anciens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match history pages</source>
        <translation>Pages de l’historique des matchs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading matches…</source>
        <translation>Chargement des matchs…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The match history could not be loaded.</source>
        <translation>L’historique des matchs n’a pas pu être chargé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No matches played yet.</source>
        <translation>Aucun match joué pour l’instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches %{from} to %{to} of %{total}.</source>
        <translation>Matchs %{from} à %{to} sur %{total}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match history</source>
        <translation>Historique des matchs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against the computer</source>
        <translation>Contre l’ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked</source>
        <translation>Classé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Four players</source>
        <translation>Quatre joueurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tournament</source>
        <translation>Tournoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win</source>
        <translation>Victoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>Défaite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No result</source>
        <translation>Sans résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Played to the end</source>
        <translation>Joué jusqu’au bout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forfeit</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous player</source>
        <translation>Joueur anonyme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show more players</source>
        <translation>Afficher plus de joueurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No player found for “%{query}”.</source>
        <translation>Aucun joueur trouvé pour « %{query} ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Players found for “%{query}”: %{count}.</source>
        <translation>Joueurs trouvés pour « %{query} » : %{count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for a player</source>
        <translation>Rechercher un joueur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The beginning of a user name or display name.</source>
        <translation>Le début d’un nom d’utilisateur ou d’un nom affiché.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wins in a row: %{count}</source>
        <translation>Victoires d’affilée : %{count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Losses in a row: %{count}</source>
        <translation>Défaites d’affilée : %{count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wins</source>
        <translation>Victoires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Losses</source>
        <translation>Défaites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>Taux de victoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current streak</source>
        <translation>Série en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best winning streak</source>
        <translation>Meilleure série de victoires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Classement Elo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranked matches</source>
        <translation>Matchs classés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points won and lost</source>
        <translation>Points gagnés et perdus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You blocked %{name}.</source>
        <translation>Vous avez bloqué %{name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are friends.</source>
        <translation>Vous êtes amis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove friend</source>
        <translation>Retirer des amis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} is no longer your friend.</source>
        <translation>%{name} n’est plus votre ami.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} asked to be your friend.</source>
        <translation>%{name} vous a demandé en ami.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You and %{name} are now friends.</source>
        <translation>Vous et %{name} êtes maintenant amis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You declined the request of %{name}.</source>
        <translation>Vous avez refusé la demande de %{name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your friend request is waiting for an answer.</source>
        <translation>Votre demande d’ami attend une réponse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the request</source>
        <translation>Annuler la demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your friend request is cancelled.</source>
        <translation>Votre demande d’ami est annulée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You unblocked %{name}.</source>
        <translation>Vous avez débloqué %{name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add friend</source>
        <translation>Ajouter en ami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friend request sent to %{name}.</source>
        <translation>Demande d’ami envoyée à %{name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Player profile</source>
        <translation>Profil du joueur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the profile…</source>
        <translation>Chargement du profil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no such player.</source>
        <translation>Ce joueur n’existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%{name} – Transcendence</source>
        <translation>%{name} – Transcendence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avatar of %{name}</source>
        <translation>Avatar de %{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No bio yet.</source>
        <translation>Pas encore de présentation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit your profile</source>
        <translation>Modifier votre profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
</context>
</TS>
