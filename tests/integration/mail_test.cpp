// E-mail end to end: the server sends real mail through SMTP to a real catcher (aiosmtpd), and
// the tests follow the links the way a person would: the outbox survives a relay that is down,
// links work once and expire, a password reset ends every session, and "forgot password" never
// says whether an address has an account.
#include "ApiTestClient.h"
#include "MailCatcher.h"
#include "PostgresCluster.h"
#include "ServerProcess.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace transcendence::testing;

class MailTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void outboxWaitsForTheRelayAndSendsOnce();
    void verificationLinkWorksOnce();
    void mailsSpeakTheAccountsLanguage();
    void passwordResetEndsEverySessionAndWorksOnce();
    void resetLinkExpires();
    void forgotPasswordDoesNotTellWhoHasAnAccount();
    void changePasswordNeedsTheCurrentOne();
    void changeEmailIsConfirmedByTheNewAddress();
    void exportAndDeletionAreConfirmedByMail();
    void emailCodesAreASecondFactor();

private:
    static QString emailOf(const ApiTestClient::Account &account)
    {
        return account.username + QStringLiteral("@example.com");
    }
    static QString tokenOf(const QString &link)
    {
        return QUrl(link).fragment().section(QLatin1Char('='), 1);
    }
    QString mailedToken(const QString &recipient, int count, const QString &page);
    int refresh(const QString &refreshToken);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<MailCatcher> m_catcher;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiTestClient> m_api;
};

void MailTest::initTestCase()
{
    TRANSCENDENCE_REQUIRE_TEST_ENV("TRANSCENDENCE_TEST_ADMIN_DATABASE_URL");
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    // The relay's port is known, but nothing listens there yet (the first test starts it).
    m_catcher = std::make_unique<MailCatcher>();
    m_catcher->setPort(MailCatcher::freePort());
    m_server = std::make_unique<ServerProcess>(m_database->url(),
                                               QStringLiteral("https://localhost:9443"));
    m_server->environment().insert(QStringLiteral("TRANSCENDENCE_SMTP_URL"), m_catcher->smtpUrl());
    m_server->environment().insert(QStringLiteral("TRANSCENDENCE_SMTP_FROM"),
                                   QStringLiteral("Transcendence <no-reply@transcendence.test>"));
    m_server->environment().insert(QStringLiteral("TRANSCENDENCE_MAIL_RETRY_SECONDS"),
                                   QStringLiteral("1"));
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    m_api = std::make_unique<ApiTestClient>(m_server->baseUrl());
}

QString MailTest::mailedToken(const QString &recipient, int count, const QString &page)
{
    const auto mail = m_catcher->waitFor(recipient, count);
    if (!mail) {
        qWarning("no mail %d to %s; server log:\n%s", count, qPrintable(recipient),
                 qPrintable(m_server->log().right(3000)));
        return {};
    }
    const QString link = MailCatcher::linkIn(*mail);
    if (!link.startsWith(QStringLiteral("https://localhost:9443/") + page + QLatin1Char('#'))) {
        qWarning("unexpected link %s in:\n%s", qPrintable(link), qPrintable(mail->text));
        return {};
    }
    // The HTML part carries the same link, escaped.
    if (!mail->html.contains(link.toHtmlEscaped())) {
        qWarning("the HTML part lacks the link:\n%s", qPrintable(mail->html));
        return {};
    }
    return tokenOf(link);
}

int MailTest::refresh(const QString &refreshToken)
{
    return m_api
        ->post(QStringLiteral("/api/auth/refresh"),
               {{QStringLiteral("refreshToken"), refreshToken}}, ApiTestClient::uniqueAddress())
        .status;
}

void MailTest::outboxWaitsForTheRelayAndSendsOnce()
{
    const ApiTestClient::Account account = m_api->registerAccount(QStringLiteral("outbox_"));
    QVERIFY(account.id > 0);
    // The relay is down: the attempt fails, and the mail stays in the outbox.
    QTRY_VERIFY_WITH_TIMEOUT(!m_server->events(QStringLiteral("mail_failed")).isEmpty(), 15'000);
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT count(*) FROM mail_outbox")),
             QStringLiteral("1"));
    QString error;
    QVERIFY2(m_catcher->start(&error), qPrintable(error));
    QVERIFY2(
        m_catcher->waitFor(emailOf(account), 1, 20'000).has_value(),
        qPrintable(m_server->events(QStringLiteral("mail_failed")).isEmpty()
                       ? QStringLiteral("no mail_failed event")
                       : QString::fromUtf8(
                             QJsonDocument(m_server->events(QStringLiteral("mail_failed")).last())
                                 .toJson())));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_database->scalar(QStringLiteral("SELECT count(*) FROM mail_outbox")), QStringLiteral("0"),
        5'000);
    QTest::qWait(2'500); // more than one retry period: nothing is sent twice
    QCOMPARE(m_catcher->to(emailOf(account)).size(), 1);
    const MailCatcher::Mail mail = m_catcher->to(emailOf(account)).first();
    QCOMPARE(mail.subject, QStringLiteral("Confirm your e-mail address"));
    QVERIFY(mail.text.contains(QStringLiteral("Hello %1,").arg(account.username)));
}

void MailTest::verificationLinkWorksOnce()
{
    const ApiTestClient::Account account = m_api->registerAccount(QStringLiteral("verify_"));
    QVERIFY(account.id > 0);
    const auto me = [&] {
        return m_api->authorized("GET", QStringLiteral("/api/users/me"), account.accessToken)
            .json();
    };
    QCOMPARE(me().value(QStringLiteral("emailVerified")).toBool(), false);
    const QString token = mailedToken(emailOf(account), 1, QStringLiteral("verify-email"));
    QVERIFY(!token.isEmpty());
    const HttpAnswer first = m_api->post(QStringLiteral("/api/account/email/verify"),
                                         {{QStringLiteral("token"), token}});
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json().value(QStringLiteral("emailVerified")).toBool(), true);
    QCOMPARE(me().value(QStringLiteral("emailVerified")).toBool(), true);
    const HttpAnswer again = m_api->post(QStringLiteral("/api/account/email/verify"),
                                         {{QStringLiteral("token"), token}});
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("invalid_token"));
    // Verified: nothing left to resend.
    QCOMPARE(
        m_api->authorized("POST", QStringLiteral("/api/account/email/resend"), account.accessToken)
            .status,
        409);
}

void MailTest::mailsSpeakTheAccountsLanguage()
{
    const ApiTestClient::Account account = m_api->registerAccount(QStringLiteral("langue_"));
    QVERIFY(account.id > 0);
    QVERIFY(m_catcher->waitFor(emailOf(account)).has_value());
    QCOMPARE(m_api
                 ->authorized("PATCH", QStringLiteral("/api/users/me"), account.accessToken,
                              {{QStringLiteral("language"), QStringLiteral("fr")}})
                 .status,
             200);
    QCOMPARE(
        m_api->authorized("POST", QStringLiteral("/api/account/email/resend"), account.accessToken)
            .status,
        202);
    const auto french = m_catcher->waitFor(emailOf(account), 2);
    QVERIFY(french.has_value());
    QCOMPARE(french->subject, QStringLiteral("Confirmez votre adresse e-mail"));
    QVERIFY2(french->text.contains(QStringLiteral("Bonjour %1,").arg(account.username)),
             qPrintable(french->text));
    // Only the newest link counts.
    const QString first = tokenOf(MailCatcher::linkIn(*m_catcher->waitFor(emailOf(account), 1)));
    QCOMPARE(
        m_api->post(QStringLiteral("/api/account/email/verify"), {{QStringLiteral("token"), first}})
            .status,
        400);
    QCOMPARE(m_api
                 ->post(QStringLiteral("/api/account/email/verify"),
                        {{QStringLiteral("token"), tokenOf(MailCatcher::linkIn(*french))}})
                 .status,
             200);
}

void MailTest::passwordResetEndsEverySessionAndWorksOnce()
{
    const ApiTestClient::Account account = m_api->registerAccount(QStringLiteral("reset_"));
    QVERIFY(account.id > 0);
    const ApiTestClient::Account second = m_api->login(account.username);
    QVERIFY(!second.refreshToken.isEmpty());
    QVERIFY(m_catcher->waitFor(emailOf(account)).has_value()); // the verification mail
    const HttpAnswer asked =
        m_api->post(QStringLiteral("/api/account/password/forgot"),
                    {{QStringLiteral("email"), emailOf(account)}}, ApiTestClient::uniqueAddress());
    QCOMPARE(asked.status, 202);
    const QString token = mailedToken(emailOf(account), 2, QStringLiteral("reset-password"));
    QVERIFY(!token.isEmpty());
    QCOMPARE(m_catcher->to(emailOf(account)).at(1).subject, QStringLiteral("Reset your password"));

    // A refused password leaves the link usable.
    const HttpAnswer weak = m_api->post(QStringLiteral("/api/account/password/reset"),
                                        {{QStringLiteral("token"), token},
                                         {QStringLiteral("password"), QStringLiteral("password")}});
    QCOMPARE(weak.status, 422);
    QVERIFY(weak.json()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("fields"))
                .toObject()
                .contains(QStringLiteral("password")));
    const QString fresh = QStringLiteral("a brand new passphrase 42");
    const HttpAnswer reset =
        m_api->post(QStringLiteral("/api/account/password/reset"),
                    {{QStringLiteral("token"), token}, {QStringLiteral("password"), fresh}});
    QCOMPARE(reset.status, 204);
    // Every session ended: access tokens are refused at once, refresh tokens too.
    QCOMPARE(m_api->authorized("GET", QStringLiteral("/api/users/me"), account.accessToken).status,
             401);
    QCOMPARE(m_api->authorized("GET", QStringLiteral("/api/users/me"), second.accessToken).status,
             401);
    QCOMPARE(refresh(account.refreshToken), 401);
    QCOMPARE(refresh(second.refreshToken), 401);
    QVERIFY(m_api->login(account.username).accessToken.isEmpty());
    QVERIFY(!m_api->login(account.username, fresh).accessToken.isEmpty());
    // The link worked once.
    QCOMPARE(m_api
                 ->post(QStringLiteral("/api/account/password/reset"),
                        {{QStringLiteral("token"), token},
                         {QStringLiteral("password"), QStringLiteral("yet another passphrase")}})
                 .status,
             400);
    const auto notice = m_catcher->waitFor(emailOf(account), 3);
    QVERIFY(notice.has_value());
    QCOMPARE(notice->subject, QStringLiteral("Your password was changed"));
    // Only a SHA-256 hash of the token is stored, marked used.
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT count(*) FROM account_tokens WHERE "
                                               "token_hash = sha256(convert_to('%1', 'UTF8')) "
                                               "AND used_at IS NOT NULL")
                                    .arg(token)),
             QStringLiteral("1"));
}

void MailTest::resetLinkExpires()
{
    const ApiTestClient::Account account = m_api->registerAccount(QStringLiteral("expire_"));
    QVERIFY(account.id > 0);
    QVERIFY(m_catcher->waitFor(emailOf(account)).has_value());
    QCOMPARE(m_api
                 ->post(QStringLiteral("/api/account/password/forgot"),
                        {{QStringLiteral("email"), emailOf(account)}},
                        ApiTestClient::uniqueAddress())
                 .status,
             202);
    const QString token = mailedToken(emailOf(account), 2, QStringLiteral("reset-password"));
    QVERIFY(!token.isEmpty());
    // 30 minutes: the row says so; then pretend they have passed.
    QCOMPARE(m_database->scalar(
                 QStringLiteral("SELECT round(extract(epoch FROM expires_at - created_at)) FROM "
                                "account_tokens WHERE user_id = %1 AND purpose = 'reset_password'")
                     .arg(account.id)),
             QStringLiteral("1800"));
    m_database->scalar(QStringLiteral("UPDATE account_tokens SET expires_at = now() - interval "
                                      "'1 second' WHERE user_id = %1 RETURNING 1")
                           .arg(account.id));
    QCOMPARE(m_api
                 ->post(QStringLiteral("/api/account/password/reset"),
                        {{QStringLiteral("token"), token},
                         {QStringLiteral("password"), QStringLiteral("too late passphrase")}})
                 .status,
             400);
    QVERIFY(!m_api->login(account.username).accessToken.isEmpty());
}

void MailTest::forgotPasswordDoesNotTellWhoHasAnAccount()
{
    const ApiTestClient::Account account = m_api->registerAccount(QStringLiteral("secret_"));
    QVERIFY(account.id > 0);
    const QString address = ApiTestClient::uniqueAddress();
    const HttpAnswer known = m_api->post(QStringLiteral("/api/account/password/forgot"),
                                         {{QStringLiteral("email"), emailOf(account)}}, address);
    const QString nobody =
        ApiTestClient::uniqueName(QStringLiteral("nobody_")) + QStringLiteral("@example.com");
    const HttpAnswer unknown = m_api->post(QStringLiteral("/api/account/password/forgot"),
                                           {{QStringLiteral("email"), nobody}}, address);
    QCOMPARE(known.status, 202);
    QCOMPARE(unknown.status, known.status);
    QCOMPARE(unknown.body, known.body);
    QVERIFY(m_catcher->waitFor(emailOf(account), 2).has_value());
    QVERIFY(m_catcher->to(nobody).isEmpty());
    // Limited per address: 5 in 15 minutes, whatever the addresses typed.
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(m_api
                     ->post(QStringLiteral("/api/account/password/forgot"),
                            {{QStringLiteral("email"),
                              ApiTestClient::uniqueName(QStringLiteral("other_")) +
                                  QStringLiteral("@example.com")}},
                            address)
                     .status,
                 202);
    }
    const HttpAnswer limited = m_api->post(QStringLiteral("/api/account/password/forgot"),
                                           {{QStringLiteral("email"), nobody}}, address);
    QCOMPARE(limited.status, 429);
    QVERIFY(!limited.header("retry-after").isEmpty());
    // And per typed address: 3 an hour, from anywhere (a mailbox is not flooded).
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(m_api
                     ->post(QStringLiteral("/api/account/password/forgot"),
                            {{QStringLiteral("email"), emailOf(account)}},
                            ApiTestClient::uniqueAddress())
                     .status,
                 202);
    }
    QCOMPARE(m_api
                 ->post(QStringLiteral("/api/account/password/forgot"),
                        {{QStringLiteral("email"), emailOf(account)}},
                        ApiTestClient::uniqueAddress())
                 .status,
             429);
}

void MailTest::changePasswordNeedsTheCurrentOne()
{
    const ApiTestClient::Account account = m_api->registerAccount(QStringLiteral("change_"));
    QVERIFY(account.id > 0);
    const ApiTestClient::Account other = m_api->login(account.username);
    QVERIFY(m_catcher->waitFor(emailOf(account)).has_value());
    const QString fresh = QStringLiteral("changed passphrase 2026");
    const HttpAnswer wrong =
        m_api->authorized("POST", QStringLiteral("/api/account/password"), account.accessToken,
                          {{QStringLiteral("currentPassword"), QStringLiteral("not my password")},
                           {QStringLiteral("newPassword"), fresh}});
    QCOMPARE(wrong.status, 403);
    const HttpAnswer missing =
        m_api->authorized("POST", QStringLiteral("/api/account/password"), account.accessToken,
                          {{QStringLiteral("newPassword"), fresh}});
    QCOMPARE(missing.status, 422);
    const HttpAnswer changed =
        m_api->authorized("POST", QStringLiteral("/api/account/password"), account.accessToken,
                          {{QStringLiteral("currentPassword"), ApiTestClient::defaultPassword()},
                           {QStringLiteral("newPassword"), fresh}});
    QCOMPARE(changed.status, 204);
    // This device stays signed in; the others are signed out.
    QCOMPARE(m_api->authorized("GET", QStringLiteral("/api/users/me"), account.accessToken).status,
             200);
    QCOMPARE(m_api->authorized("GET", QStringLiteral("/api/users/me"), other.accessToken).status,
             401);
    QVERIFY(m_api->login(account.username).accessToken.isEmpty());
    QVERIFY(!m_api->login(account.username, fresh).accessToken.isEmpty());
    const auto notice = m_catcher->waitFor(emailOf(account), 2);
    QVERIFY(notice.has_value());
    QCOMPARE(notice->subject, QStringLiteral("Your password was changed"));
}

void MailTest::changeEmailIsConfirmedByTheNewAddress()
{
    const ApiTestClient::Account account = m_api->registerAccount(QStringLiteral("move_"));
    QVERIFY(account.id > 0);
    QVERIFY(m_catcher->waitFor(emailOf(account)).has_value());
    const QString next =
        ApiTestClient::uniqueName(QStringLiteral("moved_")) + QStringLiteral("@example.org");
    QCOMPARE(m_api
                 ->authorized("POST", QStringLiteral("/api/account/email"), account.accessToken,
                              {{QStringLiteral("email"), next},
                               {QStringLiteral("currentPassword"), QStringLiteral("wrong one")}})
                 .status,
             403);
    QCOMPARE(
        m_api
            ->authorized("POST", QStringLiteral("/api/account/email"), account.accessToken,
                         {{QStringLiteral("email"), next},
                          {QStringLiteral("currentPassword"), ApiTestClient::defaultPassword()}})
            .status,
        202);
    // The old address is told (with the new one masked); nothing changes until confirmed.
    const auto notice = m_catcher->waitFor(emailOf(account), 2);
    QVERIFY(notice.has_value());
    QCOMPARE(notice->subject, QStringLiteral("Your e-mail address is changing"));
    QVERIFY(!notice->text.contains(next));
    const auto me = [&] {
        return m_api->authorized("GET", QStringLiteral("/api/users/me"), account.accessToken)
            .json();
    };
    QCOMPARE(me().value(QStringLiteral("email")).toString(), emailOf(account));
    const QString token = mailedToken(next, 1, QStringLiteral("verify-email"));
    QVERIFY(!token.isEmpty());
    QCOMPARE(
        m_api->post(QStringLiteral("/api/account/email/verify"), {{QStringLiteral("token"), token}})
            .status,
        200);
    QCOMPARE(me().value(QStringLiteral("email")).toString(), next);
    QCOMPARE(me().value(QStringLiteral("emailVerified")).toBool(), true);
    QVERIFY(!m_api->login(next).accessToken.isEmpty());
}

void MailTest::exportAndDeletionAreConfirmedByMail()
{
    const ApiTestClient::Account account = m_api->registerAccount(QStringLiteral("gdpr_"));
    QVERIFY(account.id > 0);
    QVERIFY(m_catcher->waitFor(emailOf(account)).has_value());
    QCOMPARE(m_api->authorized("GET", QStringLiteral("/api/users/me/export"), account.accessToken)
                 .status,
             200);
    const auto exported = m_catcher->waitFor(emailOf(account), 2);
    QVERIFY(exported.has_value());
    QCOMPARE(exported->subject, QStringLiteral("Your data was exported"));
    QCOMPARE(m_api
                 ->authorized("POST", QStringLiteral("/api/users/me/delete"), account.accessToken,
                              {{QStringLiteral("password"), ApiTestClient::defaultPassword()}})
                 .status,
             204);
    // Sent after the account is gone: the outbox does not depend on it.
    const auto farewell = m_catcher->waitFor(emailOf(account), 3);
    QVERIFY(farewell.has_value());
    QCOMPARE(farewell->subject, QStringLiteral("Your account was deleted"));
    QCOMPARE(m_database->scalar(
                 QStringLiteral("SELECT count(*) FROM users WHERE id = %1").arg(account.id)),
             QStringLiteral("0"));
}

// Issue 15: e-mail codes as the second factor, for players without an authenticator app. Turned
// on with a code mailed to the verified address (step-up applies), then every sign-in mails a
// fresh 6-digit code that works once, for that challenge only; recovery codes work too; wrong
// codes count against the same per-account budget as TOTP.
void MailTest::emailCodesAreASecondFactor()
{
    const ApiTestClient::Account account = m_api->registerAccount(QStringLiteral("mailcode_"));
    QVERIFY(account.id > 0);
    const QString address = emailOf(account);
    QVERIFY(m_catcher->waitFor(address, 1).has_value()); // the verification mail
    const auto codeIn = [](const MailCatcher::Mail &mail) {
        static const QRegularExpression digits(QStringLiteral("\\b([0-9]{6})\\b"));
        return digits.match(mail.subject).captured(1);
    };
    const auto errorCode = [](const HttpAnswer &answer) {
        return answer.json()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    };
    // Only to a confirmed address.
    const HttpAnswer unverified =
        m_api->authorized("POST", QStringLiteral("/api/auth/2fa/email/start"), account.accessToken);
    QCOMPARE(unverified.status, 409);
    QCOMPARE(errorCode(unverified), QStringLiteral("email_not_verified"));
    QCOMPARE(m_database->scalar(QStringLiteral("UPDATE users SET email_verified_at = now() WHERE "
                                               "id = %1 RETURNING 1")
                                    .arg(account.id)),
             QStringLiteral("1"));

    const HttpAnswer started =
        m_api->authorized("POST", QStringLiteral("/api/auth/2fa/email/start"), account.accessToken);
    QCOMPARE(started.status, 202);
    QVERIFY(
        started.json().value(QStringLiteral("sentTo")).toString().contains(QLatin1String("***")));
    const auto setupMail = m_catcher->waitFor(address, 2);
    QVERIFY(setupMail.has_value());
    const QString setupCode = codeIn(*setupMail);
    QCOMPARE(setupCode.size(), 6);
    QVERIFY(setupMail->text.contains(setupCode));
    QVERIFY(setupMail->html.contains(setupCode));
    const QString wrongSetup =
        QStringLiteral("%1").arg((setupCode.toInt() + 1) % 1'000'000, 6, 10, QLatin1Char('0'));
    QCOMPARE(m_api
                 ->authorized("POST", QStringLiteral("/api/auth/2fa/email/enable"),
                              account.accessToken, {{QStringLiteral("code"), wrongSetup}})
                 .status,
             422);
    const HttpAnswer enabled =
        m_api->authorized("POST", QStringLiteral("/api/auth/2fa/email/enable"), account.accessToken,
                          {{QStringLiteral("code"), setupCode}});
    QCOMPARE(enabled.status, 200);
    const QJsonArray recovery = enabled.json().value(QStringLiteral("recoveryCodes")).toArray();
    QCOMPARE(recovery.size(), 10);
    const QJsonObject me =
        m_api->authorized("GET", QStringLiteral("/api/users/me"), account.accessToken).json();
    QCOMPARE(me.value(QStringLiteral("emailTwoFactorEnabled")).toBool(), true);
    QCOMPARE(me.value(QStringLiteral("twoFactorEnabled")).toBool(), false);
    // One second factor at a time.
    QCOMPARE(m_api->authorized("POST", QStringLiteral("/api/auth/2fa/setup"), account.accessToken)
                 .status,
             409);

    // Signing in: the password earns a challenge, and a code arrives by e-mail.
    const auto signIn = [&] {
        return m_api->post(QStringLiteral("/api/auth/login"),
                           {{QStringLiteral("login"), account.username},
                            {QStringLiteral("password"), ApiTestClient::defaultPassword()}},
                           ApiTestClient::uniqueAddress());
    };
    const HttpAnswer first = signIn();
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json().value(QStringLiteral("method")).toString(), QStringLiteral("email"));
    QVERIFY(!first.json().contains(QStringLiteral("accessToken")));
    const auto loginMail = m_catcher->waitFor(address, 3);
    QVERIFY(loginMail.has_value());
    const QString loginCode = codeIn(*loginMail);
    QCOMPARE(loginCode.size(), 6);
    const auto complete = [&](const HttpAnswer &challenge, const QString &field,
                              const QString &value) {
        return m_api->post(
            QStringLiteral("/api/auth/login/2fa"),
            {{QStringLiteral("challenge"), challenge.json().value(QStringLiteral("challenge"))},
             {field, value}},
            ApiTestClient::uniqueAddress());
    };
    const QString wrongLogin =
        QStringLiteral("%1").arg((loginCode.toInt() + 7) % 1'000'000, 6, 10, QLatin1Char('0'));
    QCOMPARE(complete(first, QStringLiteral("code"), wrongLogin).status, 401);
    const HttpAnswer signedIn = complete(first, QStringLiteral("code"), loginCode);
    QCOMPARE(signedIn.status, 200);
    QVERIFY(!signedIn.json().value(QStringLiteral("accessToken")).toString().isEmpty());
    // A code belongs to its challenge: the next sign-in mails another, and the old one fails.
    const HttpAnswer second = signIn();
    QVERIFY(m_catcher->waitFor(address, 4).has_value());
    QCOMPARE(complete(second, QStringLiteral("code"), loginCode).status, 401);
    QCOMPARE(complete(second, QStringLiteral("recoveryCode"), recovery.first().toString()).status,
             200);
    // Wrong codes count against the account's budget, as for TOTP.
    QCOMPARE(m_database->scalar(
                 QStringLiteral("SELECT count(*) FROM second_factor_failures WHERE user_id = %1")
                     .arg(account.id)),
             QStringLiteral("3"));

    // Turned off (a fresh sign-in is proof enough): the password alone signs in again.
    const QString token = signedIn.json().value(QStringLiteral("accessToken")).toString();
    QCOMPARE(m_api->authorized("POST", QStringLiteral("/api/auth/2fa/email/disable"), token).status,
             204);
    QVERIFY(!signIn().json().value(QStringLiteral("accessToken")).toString().isEmpty());
}

QTEST_GUILESS_MAIN(MailTest)
#include "mail_test.moc"
