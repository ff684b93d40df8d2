// GDPR: a user's data out (export) and away (anonymize, delete). The checks are driven by the
// database catalog — every table with a foreign key to users — so a table added later without
// privacy support fails here instead of leaking quietly.
#include "ApiTestClient.h"
#include "PostgresCluster.h"
#include "ServerProcess.h"
#include "TestEnvironment.h"
#include "WebSocketTestClient.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace transcendence::testing;

class PrivacyTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void exportHoldsEveryTableThatRefersToTheUser();
    void deletingLeavesNothingPersonal();
    void anonymizingKeepsResultsButNotThePerson();
    void removalNeedsConfirmation();
    void adminsCanRemoveAnAvatar();
    void theLastAdminCannotRemoveThemselves();

private:
    struct Footprint {
        ApiTestClient::Account account;
        QString email;
        std::unique_ptr<WebSocketTestClient> socket;
        qint64 runningTournament = 0; // a started tournament the account is an entry of
        QList<qint64> chatMessages;   // the user's: an unreported one, then a reported one
        QStringList
            missing; // tables the fixture failed to fill (a test bug, reported as a failure)
    };
    // An account with a row in every table that can refer to a user.
    Footprint accountEverywhere(const QString &prefix);
    QStringList foreignKeysToUsers(); // "table.column"
    QString adminToken();

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiTestClient> m_api;
    QString m_admin;
};

void PrivacyTest::initTestCase()
{
    TRANSCENDENCE_REQUIRE_TEST_ENV("TRANSCENDENCE_TEST_ADMIN_DATABASE_URL");
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    m_admin = ApiTestClient::uniqueName(QStringLiteral("dpo_"));
    m_server = std::make_unique<ServerProcess>(m_database->url(),
                                               QStringLiteral("https://localhost:9443"));
    m_server->environment().insert(QStringLiteral("TRANSCENDENCE_ADMIN_USERNAME"), m_admin);
    m_server->environment().insert(QStringLiteral("TRANSCENDENCE_ADMIN_EMAIL"),
                                   m_admin + QStringLiteral("@example.com"));
    m_server->environment().insert(QStringLiteral("TRANSCENDENCE_ADMIN_PASSWORD"),
                                   ApiTestClient::defaultPassword());
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    m_api = std::make_unique<ApiTestClient>(m_server->baseUrl());
}

QString PrivacyTest::adminToken()
{
    return m_api->login(m_admin).accessToken;
}

QStringList PrivacyTest::foreignKeysToUsers()
{
    return m_database
        ->scalar(QStringLiteral(
            "SELECT string_agg(c.conrelid::regclass::text || '.' || a.attname, ',' ORDER BY 1) "
            "FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = "
            "c.conkey[1] "
            "WHERE c.contype = 'f' AND c.confrelid = 'users'::regclass"))
        .split(QLatin1Char(','));
}

PrivacyTest::Footprint PrivacyTest::accountEverywhere(const QString &prefix)
{
    Footprint footprint;
    footprint.account = m_api->registerAccount(prefix);
    footprint.email = footprint.account.username + QStringLiteral("@example.com");
    const QString token = footprint.account.accessToken;
    const qint64 id = footprint.account.id;

    // avatars
    QImage image(64, 64, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    m_api->authorizedBytes("PUT", QStringLiteral("/api/users/me/avatar"), token, png, "image/png");
    // friendships (both columns) and blocks (as the blocker)
    const ApiTestClient::Account friendAccount = m_api->registerAccount(QStringLiteral("pal_"));
    const ApiTestClient::Account asker = m_api->registerAccount(QStringLiteral("asker_"));
    const ApiTestClient::Account nuisance = m_api->registerAccount(QStringLiteral("pest_"));
    m_api->authorized("POST", QStringLiteral("/api/friends/requests"), token,
                      {{QStringLiteral("userId"), friendAccount.id}});
    m_api->authorized("POST", QStringLiteral("/api/friends/requests"), asker.accessToken,
                      {{QStringLiteral("userId"), id}});
    m_api->authorized("POST", QStringLiteral("/api/blocks"), token,
                      {{QStringLiteral("userId"), nuisance.id}});
    // oauth_identities (a provider link; the sign-in flow itself is covered by oauth_signin)
    m_database->scalar(
        QStringLiteral("INSERT INTO oauth_identities (provider, subject, user_id, login, email) "
                       "VALUES ('fortytwo', 'subject-%1', %1, 'student%1', '%2') RETURNING 1")
            .arg(id)
            .arg(footprint.email));
    // matches / match_players
    m_database->scalar(
        QStringLiteral(
            "WITH m AS (INSERT INTO matches (kind, mode, config, seed, final_state_hash, "
            "input_log, started_at, "
            "ended_at, end_reason, winner_seat, server_version) VALUES ('ai', 'one_vs_one', "
            "'{\"mode\":\"one_vs_one\"}', 1, 2, '\\x00', now() - interval '5 minutes', now(), "
            "'completed', 0, "
            "'test') RETURNING id) INSERT INTO match_players (match_id, seat, player_kind, "
            "user_id, label, score, "
            "placement) SELECT id, 0, 'user', %1, '%2', 11, 1 FROM m UNION ALL SELECT id, 1, 'ai', "
            "NULL, "
            "'AI (hard)', 7, 2 FROM m RETURNING 1")
            .arg(id)
            .arg(footprint.account.username));
    // user_achievements (written by recordMatch, which the raw insert above bypasses)
    m_database->scalar(QStringLiteral("INSERT INTO user_achievements (user_id, code, earned_at) "
                                      "VALUES (%1, 'first_win', now()) RETURNING 1")
                           .arg(id));
    // tournaments (as owner of an open one) and tournament_entries (in a running bracket)
    const HttpAnswer open =
        m_api->authorized("POST", QStringLiteral("/api/tournaments"), token,
                          {{QStringLiteral("kind"), QStringLiteral("online")},
                           {QStringLiteral("name"), QStringLiteral("Open cup")}});
    m_api->authorized("POST",
                      QStringLiteral("/api/tournaments/%1/join")
                          .arg(open.json().value(QStringLiteral("id")).toInteger()),
                      token);
    const HttpAnswer running =
        m_api->authorized("POST", QStringLiteral("/api/tournaments"), asker.accessToken,
                          {{QStringLiteral("kind"), QStringLiteral("online")},
                           {QStringLiteral("name"), QStringLiteral("Spring cup")}});
    footprint.runningTournament = running.json().value(QStringLiteral("id")).toInteger();
    for (const QString &player : {token, asker.accessToken, friendAccount.accessToken}) {
        m_api->authorized(
            "POST", QStringLiteral("/api/tournaments/%1/join").arg(footprint.runningTournament),
            player);
    }
    m_api->authorized("POST",
                      QStringLiteral("/api/tournaments/%1/start").arg(footprint.runningTournament),
                      asker.accessToken);
    // admin_audit_log (as target)
    const QString admin = adminToken();
    m_api->authorized("POST", QStringLiteral("/api/admin/users/%1/ban").arg(id), admin,
                      {{QStringLiteral("reason"), QStringLiteral("test ban")}});
    m_api->authorized("POST", QStringLiteral("/api/admin/users/%1/unban").arg(id), admin);
    footprint.account = m_api->login(footprint.account.username);
    // two_factor_recovery_codes, then login_challenges (a sign-in waiting for its code)
    const HttpAnswer setup = m_api->authorized("POST", QStringLiteral("/api/auth/2fa/setup"),
                                               footprint.account.accessToken);
    Q_UNUSED(setup);
    m_database->scalar(
        QStringLiteral(
            "INSERT INTO two_factor_recovery_codes (user_id, code_hash) VALUES (%1, '\\xabcd') "
            "RETURNING 1")
            .arg(id));
    m_database->scalar(
        QStringLiteral(
            "INSERT INTO login_challenges (challenge_hash, user_id, client_kind, expires_at) "
            "VALUES (decode(md5('%1'), 'hex'), %1, 'app', now() + interval '5 minutes') RETURNING "
            "1")
            .arg(id));
    // second_factor_failures (a wrong code counted against the account)
    m_database->scalar(
        QStringLiteral("INSERT INTO second_factor_failures (user_id) VALUES (%1) RETURNING 1")
            .arg(id));
    // oauth_pending_flows: a link to a provider started and not finished (ten minutes at most)
    m_database->scalar(
        QStringLiteral(
            "INSERT INTO oauth_pending_flows (state_hash, code_verifier, provider_id, purpose, "
            "link_user_id, return_path, browser_binding_hash, created_at, expires_at) VALUES "
            "(decode(md5('flow%1'), 'hex'), 'verifier', 'fortytwo', 'link_account', %1, '/', "
            "'\\xabcd', now(), now() + interval '10 minutes') RETURNING 1")
            .arg(id));
    // oauth_app_codes: a native app's one-time code not exchanged yet (a minute at most)
    m_database->scalar(
        QStringLiteral("INSERT INTO oauth_app_codes (code_hash, user_id, code_challenge, "
                       "redirect_uri, expires_at) VALUES (decode(md5('app%1'), 'hex'), %1, "
                       "'challenge', 'http://127.0.0.1:50000/done', now() + interval '1 minute') "
                       "RETURNING 1")
            .arg(id));
    // auth_sessions (many), ws_tickets via a session, presence_connections via a live socket
    const QString ticket = m_api->wsTicket(footprint.account.accessToken);
    footprint.socket = std::make_unique<WebSocketTestClient>();
    footprint.socket->open(QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_server->port()));
    footprint.socket->sendJson({{QStringLiteral("type"), QStringLiteral("hello")},
                                {QStringLiteral("version"), 1},
                                {QStringLiteral("ticket"), ticket}});
    footprint.socket->next();
    m_api->wsTicket(footprint.account.accessToken); // one more, left unused
    for (int i = 0;
         i < 100 &&
         m_database->scalar(
             QStringLiteral("SELECT count(*) FROM presence_connections WHERE user_id = %1")
                 .arg(id)) != QLatin1String("1");
         ++i) {
        QTest::qWait(50); // the presence row is written on a worker once the hello is welcomed
    }

    // chat (with the session signed in again after the ban): direct conversations on both sides of
    // the pair (the admin's id is lower, the pal's higher), messages both ways, one of the user's
    // reported by the pal (held for moderation), the user's report of the pal's, a hidden message
    // and an expired mute.
    const QString adminId = m_database->scalar(
        QStringLiteral("SELECT id FROM users WHERE username = '%1'").arg(m_admin));
    m_api->authorized("POST", QStringLiteral("/api/chat/direct/%1").arg(adminId),
                      footprint.account.accessToken);
    const qint64 conversation =
        m_api
            ->authorized("POST", QStringLiteral("/api/chat/direct/%1").arg(friendAccount.id),
                         footprint.account.accessToken)
            .json()
            .value(QStringLiteral("conversation"))
            .toObject()
            .value(QStringLiteral("id"))
            .toInteger();
    const auto send = [&](const QString &from, const QString &text) {
        return m_api
            ->authorized("POST",
                         QStringLiteral("/api/chat/conversations/%1/messages").arg(conversation),
                         from,
                         {{QStringLiteral("text"), text},
                          {QStringLiteral("clientMessageId"),
                           QUuid::createUuid().toString(QUuid::WithoutBraces)}})
            .json()
            .value(QStringLiteral("message"))
            .toObject()
            .value(QStringLiteral("id"))
            .toInteger();
    };
    const qint64 plain = send(footprint.account.accessToken, QStringLiteral("see you at the cup"));
    const qint64 reported = send(footprint.account.accessToken, QStringLiteral("a rude remark"));
    const qint64 theirs = send(friendAccount.accessToken, QStringLiteral("hello there"));
    footprint.chatMessages = {plain, reported};
    m_database->scalar(QStringLiteral("INSERT INTO chat_reports (message_id, reporter_id, reason) "
                                      "VALUES (%1, %2, 'abuse'), (%3, %4, 'spam') RETURNING 1")
                           .arg(reported)
                           .arg(friendAccount.id)
                           .arg(theirs)
                           .arg(id));
    m_database->scalar(QStringLiteral("INSERT INTO chat_hidden_messages (user_id, message_id) "
                                      "VALUES (%1, %2) RETURNING 1")
                           .arg(id)
                           .arg(theirs));
    m_database->scalar(
        QStringLiteral("INSERT INTO chat_mutes (user_id, muted_until, reason) VALUES "
                       "(%1, now() - interval '1 day', 'an old mute') RETURNING 1")
            .arg(id));

    // Every table that refers to users now has a row of this user.
    for (const QString &key : foreignKeysToUsers()) {
        const QString table = key.section(QLatin1Char('.'), 0, 0);
        const QString column = key.section(QLatin1Char('.'), 1);
        if (table == QLatin1String("blocks") && column == QLatin1String("blocked_id")) {
            continue; // someone blocking this user is not needed: it is left out of exports anyway
        }
        if (table == QLatin1String("admin_audit_log") && column == QLatin1String("admin_id")) {
            continue; // this user is not an admin
        }
        if (table == QLatin1String("friendships")) {
            continue; // both columns are covered by the two requests above
        }
        if ((table == QLatin1String("chat_reports") && column == QLatin1String("resolved_by")) ||
            (table == QLatin1String("chat_mutes") && column == QLatin1String("muted_by")) ||
            (table == QLatin1String("status_incidents") && column == QLatin1String("created_by"))) {
            continue; // this user is not an admin
        }
        const QString count = m_database->scalar(
            QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = %3").arg(table, column).arg(id));
        if (count == QLatin1String("0")) {
            footprint.missing << key;
        }
    }
    return footprint;
}

void PrivacyTest::exportHoldsEveryTableThatRefersToTheUser()
{
    Footprint footprint = accountEverywhere(QStringLiteral("exp_"));
    QVERIFY2(footprint.missing.isEmpty(), qPrintable(footprint.missing.join(QStringLiteral(", "))));
    const HttpAnswer answer = m_api->authorized("GET", QStringLiteral("/api/users/me/export"),
                                                footprint.account.accessToken);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.header("Content-Disposition").startsWith("attachment"));
    const QJsonObject tables = answer.json().value(QStringLiteral("tables")).toObject();
    const qint64 id = footprint.account.id;
    const QStringList keys = foreignKeysToUsers();
    QVERIFY(keys.size() >= 12);
    for (const QString &key : keys) {
        const QString table = key.section(QLatin1Char('.'), 0, 0);
        const QString column = key.section(QLatin1Char('.'), 1);
        if ((table == QLatin1String("blocks") && column == QLatin1String("blocked_id")) ||
            (table == QLatin1String("admin_audit_log") && column == QLatin1String("admin_id")) ||
            (table == QLatin1String("chat_reports") && column == QLatin1String("resolved_by")) ||
            (table == QLatin1String("chat_mutes") && column == QLatin1String("muted_by")) ||
            (table == QLatin1String("status_incidents") && column == QLatin1String("created_by"))) {
            continue;
        }
        const QJsonArray rows = tables.value(table).toArray();
        bool found = false;
        for (const QJsonValue &row : rows) {
            found = found || row.toObject().value(column).toInteger() == id;
        }
        QVERIFY2(found,
                 qPrintable(QStringLiteral("the export has no %1 row of the user").arg(key)));
    }
    QCOMPARE(tables.value(QStringLiteral("users"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("email"))
                 .toString(),
             footprint.email);
    QVERIFY(!tables.value(QStringLiteral("matches")).toArray().isEmpty());
    // Secrets are not data about you.
    for (const char *secret : {"password_hash", "totp_secret", "totp_pending_secret", "code_hash",
                               "token_hash", "challenge_hash", "ticket_hash", "$argon2id$"}) {
        QVERIFY2(!answer.body.contains(secret), secret);
    }
}

void PrivacyTest::deletingLeavesNothingPersonal()
{
    Footprint footprint = accountEverywhere(QStringLiteral("del_"));
    QVERIFY2(footprint.missing.isEmpty(), qPrintable(footprint.missing.join(QStringLiteral(", "))));
    const qint64 id = footprint.account.id;
    const QString username = footprint.account.username;
    const HttpAnswer deleted = m_api->authorized(
        "POST", QStringLiteral("/api/users/me/delete"), footprint.account.accessToken,
        {{QStringLiteral("password"), ApiTestClient::defaultPassword()}});
    QCOMPARE(deleted.status, 204);
    QCOMPARE(footprint.socket->waitForClose(), 4003);
    QVERIFY(m_api->login(username).accessToken.isEmpty());

    for (const QString &key : foreignKeysToUsers()) {
        const QString count = m_database->scalar(
            QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = %3")
                .arg(key.section(QLatin1Char('.'), 0, 0), key.section(QLatin1Char('.'), 1))
                .arg(id));
        QVERIFY2(count == QLatin1String("0"), qPrintable(key));
    }
    // The farewell mail waits for the relay (this suite has none) and is the only mail left
    // for them; the relay's delivery (integration_mail) deletes it. Delivered here by hand.
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT string_agg(subject, '|') FROM mail_outbox "
                                               "WHERE recipient ILIKE '%1@%'")
                                    .arg(username)),
             QStringLiteral("Your account was deleted"));
    m_database->scalar(QStringLiteral("DELETE FROM mail_outbox WHERE recipient ILIKE '%1@%' "
                                      "RETURNING 1")
                           .arg(username));
    // No text anywhere still names them (the match seat stays, nameless).
    const QString columns = m_database->scalar(QStringLiteral(
        "SELECT string_agg(table_name || '.' || column_name, ',') FROM information_schema.columns "
        "WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', "
        "'USER-DEFINED', 'jsonb')"));
    for (const QString &column : columns.split(QLatin1Char(','))) {
        const QString count =
            m_database->scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2::text ILIKE '%%3%'")
                                   .arg(column.section(QLatin1Char('.'), 0, 0),
                                        column.section(QLatin1Char('.'), 1), username));
        QVERIFY2(count == QLatin1String("0"),
                 qPrintable(column + QStringLiteral(" still holds the user name")));
    }
    QCOMPARE(
        m_database->scalar(QStringLiteral(
            "SELECT count(*) FROM match_players WHERE player_kind = 'user' AND user_id IS NULL "
            "AND label = '' AND score = 11")),
        QStringLiteral("1"));
    // The started bracket keeps the entry, nameless; the open tournament lost it and, its owner
    // gone, was cancelled.
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT count(*) FROM tournament_entries WHERE "
                                               "tournament_id = %1 AND user_id IS NULL AND label "
                                               "IS NULL AND seed IS NOT NULL")
                                    .arg(footprint.runningTournament)),
             QStringLiteral("1"));
    QCOMPARE(
        m_database->scalar(QStringLiteral("SELECT count(*) FROM tournaments WHERE owner_id IS "
                                          "NULL AND status = 'cancelled' AND name = 'Open cup' "
                                          "AND NOT EXISTS (SELECT 1 FROM tournament_entries e "
                                          "WHERE e.tournament_id = tournaments.id)")),
        QStringLiteral("1"));
    // Their chat messages stay in the others' histories without text ("deleted account"),
    // except the one an open report holds for the moderators.
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT body || '|' || coalesce(removed, '-') || "
                                               "'|' || (sender_id IS NULL) FROM chat_messages "
                                               "WHERE id = %1")
                                    .arg(footprint.chatMessages.at(0))),
             QStringLiteral("|deleted_account|true"));
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT body || '|' || coalesce(removed, '-') FROM "
                                               "chat_messages WHERE id = %1")
                                    .arg(footprint.chatMessages.at(1))),
             QStringLiteral("a rude remark|-"));
}

void PrivacyTest::anonymizingKeepsResultsButNotThePerson()
{
    Footprint footprint = accountEverywhere(QStringLiteral("anon_"));
    QVERIFY2(footprint.missing.isEmpty(), qPrintable(footprint.missing.join(QStringLiteral(", "))));
    const qint64 id = footprint.account.id;
    const QString username = footprint.account.username;
    QCOMPARE(m_api
                 ->authorized("POST", QStringLiteral("/api/users/me/anonymize"),
                              footprint.account.accessToken,
                              {{QStringLiteral("password"), ApiTestClient::defaultPassword()}})
                 .status,
             204);
    QCOMPARE(footprint.socket->waitForClose(), 4003);
    QVERIFY(m_api->login(username).accessToken.isEmpty());
    QVERIFY(m_api->login(footprint.email).accessToken.isEmpty());
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT username || '|' || coalesce(email, '-') || "
                                               "'|' || display_name || '|' || bio "
                                               "FROM users WHERE id = %1")
                                    .arg(id)),
             QStringLiteral("anonymous_%1|-|Anonymous %1|").arg(id));
    QCOMPARE(
        m_database->scalar(
            QStringLiteral("SELECT count(*) FROM match_players WHERE user_id = %1 AND label = ''")
                .arg(id)),
        QStringLiteral("1"));
    for (const char *table : {"avatars", "oauth_identities", "two_factor_recovery_codes",
                              "login_challenges", "second_factor_failures", "auth_sessions",
                              "presence_connections", "account_tokens", "oauth_app_codes"}) {
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE user_id = %2")
                                        .arg(QLatin1String(table))
                                        .arg(id)),
                 QStringLiteral("0"));
    }
    QCOMPARE(m_database->scalar(
                 QStringLiteral("SELECT count(*) FROM oauth_pending_flows WHERE link_user_id = %1")
                     .arg(id)),
             QStringLiteral("0"));
    QCOMPARE(m_database->scalar(
                 QStringLiteral(
                     "SELECT count(*) FROM friendships WHERE %1 IN (requester_id, addressee_id)")
                     .arg(id)),
             QStringLiteral("0"));
    QCOMPARE(m_database->scalar(
                 QStringLiteral("SELECT count(*) FROM blocks WHERE %1 IN (blocker_id, blocked_id)")
                     .arg(id)),
             QStringLiteral("0"));
    // Their chat messages stay, text and all, shown under the anonymous name.
    QCOMPARE(m_database->scalar(
                 QStringLiteral("SELECT m.body || '|' || coalesce(m.removed, '-') || '|' || "
                                "u.display_name FROM chat_messages m JOIN users u ON u.id = "
                                "m.sender_id WHERE m.id = %1")
                     .arg(footprint.chatMessages.at(0))),
             QStringLiteral("see you at the cup|-|Anonymous %1").arg(id));
}

void PrivacyTest::removalNeedsConfirmation()
{
    const ApiTestClient::Account account = m_api->registerAccount(QStringLiteral("keep_"));
    for (const QString &path :
         {QStringLiteral("/api/users/me/delete"), QStringLiteral("/api/users/me/anonymize")}) {
        QCOMPARE(m_api
                     ->authorized("POST", path, account.accessToken,
                                  {{QStringLiteral("password"), QStringLiteral("wrong password")}})
                     .status,
                 422);
        QCOMPARE(
            m_api->authorized("POST", path, account.accessToken, {{QStringLiteral("x"), 1}}).status,
            422);
        QCOMPARE(m_api->http()
                     .send("POST", m_server->baseUrl() + path, "{}",
                           {{"Content-Type", "application/json"}})
                     .status,
                 401);
    }
    QCOMPARE(m_api->authorized("GET", QStringLiteral("/api/users/me"), account.accessToken).status,
             200);
    // An account that only signs in through a provider confirms with a fresh sign-in instead.
    m_database->scalar(
        QStringLiteral("UPDATE users SET password_hash = NULL WHERE id = %1 RETURNING 1")
            .arg(account.id));
    m_database->scalar(QStringLiteral("UPDATE auth_sessions SET proven_at = now() - interval '1 "
                                      "hour' WHERE id = '%1' RETURNING 1")
                           .arg(account.sessionId));
    const HttpAnswer stale = m_api->authorized("POST", QStringLiteral("/api/users/me/delete"),
                                               account.accessToken, {{QStringLiteral("x"), 1}});
    QCOMPARE(stale.status, 403);
    QCOMPARE(stale.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("reauthentication_required"));
    m_database->scalar(
        QStringLiteral("UPDATE auth_sessions SET proven_at = now() WHERE id = '%1' RETURNING 1")
            .arg(account.sessionId));
    QCOMPARE(m_api
                 ->authorized("POST", QStringLiteral("/api/users/me/delete"), account.accessToken,
                              {{QStringLiteral("x"), 1}})
                 .status,
             204);
}

void PrivacyTest::adminsCanRemoveAnAvatar()
{
    const ApiTestClient::Account account = m_api->registerAccount(QStringLiteral("pic_"));
    QImage image(32, 32, QImage::Format_RGB32);
    image.fill(Qt::magenta);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    QCOMPARE(m_api
                 ->authorizedBytes("PUT", QStringLiteral("/api/users/me/avatar"),
                                   account.accessToken, png, "image/png")
                 .status,
             200);
    QCOMPARE(m_api
                 ->authorized("DELETE",
                              QStringLiteral("/api/admin/users/%1/avatar").arg(account.id),
                              account.accessToken)
                 .status,
             403);
    const QString admin = adminToken();
    QCOMPARE(m_api
                 ->authorized("DELETE",
                              QStringLiteral("/api/admin/users/%1/avatar").arg(account.id), admin)
                 .status,
             204);
    QCOMPARE(m_api
                 ->authorized("DELETE",
                              QStringLiteral("/api/admin/users/%1/avatar").arg(account.id), admin)
                 .status,
             404);
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT count(*) FROM admin_audit_log WHERE action "
                                               "= 'remove_avatar' AND target_user_id = %1")
                                    .arg(account.id)),
             QStringLiteral("1"));
}

void PrivacyTest::theLastAdminCannotRemoveThemselves()
{
    // The platform's only admin: neither deleting nor anonymizing the account is allowed (issue
    // 15, item 12), and nothing is removed.
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin'")),
             QStringLiteral("1"));
    const QString token = adminToken();
    for (const QString &path :
         {QStringLiteral("/api/users/me/delete"), QStringLiteral("/api/users/me/anonymize")}) {
        const HttpAnswer refused = m_api->authorized(
            "POST", path, token, {{QStringLiteral("password"), ApiTestClient::defaultPassword()}});
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("last_admin"));
    }
    QCOMPARE(m_api->login(m_admin).id > 0, true);
    // With a second admin, either may leave.
    const ApiTestClient::Account heir = m_api->registerAccount(QStringLiteral("heir_"));
    m_database->scalar(
        QStringLiteral("UPDATE users SET role = 'admin' WHERE id = %1 RETURNING id").arg(heir.id));
    QCOMPARE(m_api
                 ->authorized("POST", QStringLiteral("/api/users/me/delete"), heir.accessToken,
                              {{QStringLiteral("password"), ApiTestClient::defaultPassword()}})
                 .status,
             204);
}

QTEST_GUILESS_MAIN(PrivacyTest)
#include "privacy_test.moc"
