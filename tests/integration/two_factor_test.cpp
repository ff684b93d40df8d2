// Two-factor sign-in end to end: setup, enabling with a code, the two-step login with a code or
// a recovery code, replay and attempt limits, disabling. Codes are computed from the secret the
// setup step returns, like an authenticator app would.
#include "ApiTestClient.h"
#include "PostgresCluster.h"
#include "ServerProcess.h"
#include "TestEnvironment.h"
#include "auth/twofactor/Base32.h"
#include "auth/twofactor/Totp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace transcendence::testing;
namespace totp = transcendence::server::twofactor::totp;
namespace base32 = transcendence::server::twofactor::base32;

class TwoFactorTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void setupShowsTheSecretThreeWays();
    void enablingNeedsTheCurrentCode();
    void signInTakesTwoStepsAndCodesWorkOnce();
    void recoveryCodesWorkOnce();
    void challengesAllowFiveAttempts();
    void wrongCodesAreCappedPerAccountAcrossAddresses();
    void sensitiveChangesNeedARecentProof();
    void disablingNeedsProof_data();
    void disablingNeedsProof();
    void secretsAreEncryptedAtRest();
    void theCodeJustUsedIsCalledSo();

private:
    struct Enrolled {
        ApiTestClient::Account account;
        QByteArray secret;
        QStringList recoveryCodes;
        QString enableCode; // the code that turned it on (then spent)
    };
    Enrolled enrollNewAccount(const QString &prefix);
    QString codeAt(const QByteArray &secret, qint64 offsetSeconds) const
    {
        return totp::code(secret, QDateTime::currentSecsSinceEpoch() + offsetSeconds);
    }
    QString challengeFor(const QString &username);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiTestClient> m_api;
};

void TwoFactorTest::initTestCase()
{
    TRANSCENDENCE_REQUIRE_TEST_ENV("TRANSCENDENCE_TEST_ADMIN_DATABASE_URL");
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    m_server = std::make_unique<ServerProcess>(m_database->url(),
                                               QStringLiteral("https://localhost:9443"));
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    m_api = std::make_unique<ApiTestClient>(m_server->baseUrl());
}

TwoFactorTest::Enrolled TwoFactorTest::enrollNewAccount(const QString &prefix)
{
    Enrolled enrolled;
    enrolled.account = m_api->registerAccount(prefix);
    const HttpAnswer setup = m_api->authorized("POST", QStringLiteral("/api/auth/2fa/setup"),
                                               enrolled.account.accessToken);
    enrolled.secret = base32::decode(setup.json().value(QStringLiteral("secret")).toString())
                          .value_or(QByteArray());
    // The code of the previous 30 s step: the next login can then use the current one.
    enrolled.enableCode = codeAt(enrolled.secret, -30);
    const HttpAnswer enabled = m_api->authorized("POST", QStringLiteral("/api/auth/2fa/enable"),
                                                 enrolled.account.accessToken,
                                                 {{QStringLiteral("code"), enrolled.enableCode}});
    for (const QJsonValue &code : enabled.json().value(QStringLiteral("recoveryCodes")).toArray()) {
        enrolled.recoveryCodes << code.toString();
    }
    return enrolled;
}

QString TwoFactorTest::challengeFor(const QString &username)
{
    const HttpAnswer answer =
        m_api->post(QStringLiteral("/api/auth/login"),
                    {{QStringLiteral("login"), username},
                     {QStringLiteral("password"), ApiTestClient::defaultPassword()}},
                    ApiTestClient::uniqueAddress());
    return answer.json().value(QStringLiteral("challenge")).toString();
}

void TwoFactorTest::setupShowsTheSecretThreeWays()
{
    const auto account = m_api->registerAccount(QStringLiteral("tf_"));
    const HttpAnswer setup =
        m_api->authorized("POST", QStringLiteral("/api/auth/2fa/setup"), account.accessToken);
    QCOMPARE(setup.status, 200);
    const QJsonObject body = setup.json();
    const auto secret = base32::decode(body.value(QStringLiteral("secret")).toString());
    QVERIFY(secret && secret->size() == 20);
    const QString uri = body.value(QStringLiteral("otpauthUri")).toString();
    QVERIFY2(uri.startsWith(QLatin1String("otpauth://totp/Transcendence:") + account.username),
             qPrintable(uri));
    QVERIFY(
        uri.contains(QLatin1String("secret=") + body.value(QStringLiteral("secret")).toString()));
    QVERIFY(body.value(QStringLiteral("qrCode"))
                .toString()
                .startsWith(QLatin1String("data:image/png;base64,")));
    // Setup alone changes nothing: sign-in still takes one step.
    QVERIFY(!m_api->login(account.username).accessToken.isEmpty());
}

void TwoFactorTest::enablingNeedsTheCurrentCode()
{
    const auto account = m_api->registerAccount(QStringLiteral("tf_"));
    QCOMPARE(m_api
                 ->authorized("POST", QStringLiteral("/api/auth/2fa/enable"), account.accessToken,
                              {{QStringLiteral("code"), QStringLiteral("123456")}})
                 .status,
             409); // no setup yet
    const HttpAnswer setup =
        m_api->authorized("POST", QStringLiteral("/api/auth/2fa/setup"), account.accessToken);
    const QByteArray secret =
        *base32::decode(setup.json().value(QStringLiteral("secret")).toString());
    const HttpAnswer wrong =
        m_api->authorized("POST", QStringLiteral("/api/auth/2fa/enable"), account.accessToken,
                          {{QStringLiteral("code"), codeAt(secret, -300)}});
    QCOMPARE(wrong.status, 422);
    QVERIFY(wrong.json()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("fields"))
                .toObject()
                .contains(QStringLiteral("code")));
    const HttpAnswer enabled =
        m_api->authorized("POST", QStringLiteral("/api/auth/2fa/enable"), account.accessToken,
                          {{QStringLiteral("code"), codeAt(secret, 0)}});
    QCOMPARE(enabled.status, 200);
    const QJsonArray codes = enabled.json().value(QStringLiteral("recoveryCodes")).toArray();
    QCOMPARE(codes.size(), 10);
    QCOMPARE(m_api->authorized("GET", QStringLiteral("/api/users/me"), account.accessToken)
                 .json()
                 .value(QStringLiteral("twoFactorEnabled"))
                 .toBool(),
             true);
    QCOMPARE(m_api->authorized("POST", QStringLiteral("/api/auth/2fa/setup"), account.accessToken)
                 .status,
             409);
}

void TwoFactorTest::signInTakesTwoStepsAndCodesWorkOnce()
{
    const Enrolled enrolled = enrollNewAccount(QStringLiteral("tf_"));
    QCOMPARE(enrolled.recoveryCodes.size(), 10);
    const HttpAnswer first =
        m_api->post(QStringLiteral("/api/auth/login"),
                    {{QStringLiteral("login"), enrolled.account.username},
                     {QStringLiteral("password"), ApiTestClient::defaultPassword()}},
                    ApiTestClient::uniqueAddress());
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json().value(QStringLiteral("twoFactorRequired")).toBool(), true);
    QVERIFY(!first.json().contains(QStringLiteral("accessToken")));
    const QString challenge = first.json().value(QStringLiteral("challenge")).toString();
    // The code used to enable is refused: a code never works twice. (The codes are kept, not
    // computed again: on a busy machine the 30 s step may turn between two requests.)
    QCOMPARE(m_api
                 ->post(QStringLiteral("/api/auth/login/2fa"),
                        {{QStringLiteral("challenge"), challenge},
                         {QStringLiteral("code"), enrolled.enableCode}})
                 .status,
             401);
    const QString current = codeAt(enrolled.secret, 0);
    const HttpAnswer second =
        m_api->post(QStringLiteral("/api/auth/login/2fa"),
                    {{QStringLiteral("challenge"), challenge}, {QStringLiteral("code"), current}});
    QCOMPARE(second.status, 200);
    QVERIFY(!second.json().value(QStringLiteral("accessToken")).toString().isEmpty());
    QCOMPARE(m_api
                 ->authorized("GET", QStringLiteral("/api/users/me"),
                              second.json().value(QStringLiteral("accessToken")).toString())
                 .status,
             200);
    // The challenge was used up; and the same code cannot open another session.
    QCOMPARE(
        m_api
            ->post(QStringLiteral("/api/auth/login/2fa"),
                   {{QStringLiteral("challenge"), challenge}, {QStringLiteral("code"), current}})
            .status,
        401);
    QCOMPARE(m_api
                 ->post(QStringLiteral("/api/auth/login/2fa"),
                        {{QStringLiteral("challenge"), challengeFor(enrolled.account.username)},
                         {QStringLiteral("code"), current}})
                 .status,
             401);
}

void TwoFactorTest::recoveryCodesWorkOnce()
{
    const Enrolled enrolled = enrollNewAccount(QStringLiteral("tf_"));
    const QString code = enrolled.recoveryCodes.at(3);
    const HttpAnswer used =
        m_api->post(QStringLiteral("/api/auth/login/2fa"),
                    {{QStringLiteral("challenge"), challengeFor(enrolled.account.username)},
                     {QStringLiteral("recoveryCode"), code.toUpper()}});
    QCOMPARE(used.status, 200);
    QCOMPARE(m_api
                 ->post(QStringLiteral("/api/auth/login/2fa"),
                        {{QStringLiteral("challenge"), challengeFor(enrolled.account.username)},
                         {QStringLiteral("recoveryCode"), code}})
                 .status,
             401);
    QCOMPARE(m_database->scalar(
                 QStringLiteral("SELECT count(*) FROM two_factor_recovery_codes WHERE user_id = %1")
                     .arg(enrolled.account.id)),
             QStringLiteral("9"));
}

void TwoFactorTest::challengesAllowFiveAttempts()
{
    const Enrolled enrolled = enrollNewAccount(QStringLiteral("tf_"));
    const QString challenge = challengeFor(enrolled.account.username);
    for (int i = 0; i < 5; ++i) {
        const HttpAnswer wrong = m_api->post(QStringLiteral("/api/auth/login/2fa"),
                                             {{QStringLiteral("challenge"), challenge},
                                              {QStringLiteral("code"), QStringLiteral("000000")}});
        QCOMPARE(wrong.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("invalid_second_factor"));
    }
    const HttpAnswer exhausted =
        m_api->post(QStringLiteral("/api/auth/login/2fa"),
                    {{QStringLiteral("challenge"), challenge},
                     {QStringLiteral("code"), codeAt(enrolled.secret, 0)}});
    QCOMPARE(exhausted.status, 401);
    QCOMPARE(exhausted.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("invalid_challenge"));
}

// Issue 15, item 4: a correct password starts a fresh challenge and addresses are many, so the
// account itself allows 10 wrong codes in 15 minutes, whatever the challenge or address.
void TwoFactorTest::wrongCodesAreCappedPerAccountAcrossAddresses()
{
    const Enrolled enrolled = enrollNewAccount(QStringLiteral("tf_"));
    const QString wrongCode = QStringLiteral("%1").arg(
        (codeAt(enrolled.secret, 0).toInt() + 500'000) % 1'000'000, 6, 10, QLatin1Char('0'));
    for (int round = 0; round < 2; ++round) {
        const QString challenge = challengeFor(enrolled.account.username);
        QVERIFY(!challenge.isEmpty());
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(m_api
                         ->post(QStringLiteral("/api/auth/login/2fa"),
                                {{QStringLiteral("challenge"), challenge},
                                 {QStringLiteral("code"), wrongCode}},
                                ApiTestClient::uniqueAddress())
                         .status,
                     401);
        }
    }
    // Ten wrong codes: a fresh challenge from yet another address cannot even try the right code.
    const QString fresh = challengeFor(enrolled.account.username);
    const HttpAnswer refused = m_api->post(QStringLiteral("/api/auth/login/2fa"),
                                           {{QStringLiteral("challenge"), fresh},
                                            {QStringLiteral("code"), codeAt(enrolled.secret, 0)}},
                                           ApiTestClient::uniqueAddress());
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("rate_limited"));
    const int retryAfter = refused.header("Retry-After").toInt();
    QVERIFY2(retryAfter > 800 && retryAfter <= 900, refused.header("Retry-After").constData());
    // Turning 2FA off with a code counts against the same budget.
    QCOMPARE(m_api
                 ->authorized("POST", QStringLiteral("/api/auth/2fa/disable"),
                              enrolled.account.accessToken,
                              {{QStringLiteral("recoveryCode"), enrolled.recoveryCodes.first()}})
                 .status,
             429);
    // Once the window has passed (moved back here), the right code works on that challenge.
    QVERIFY(
        !m_database
             ->scalar(QStringLiteral("UPDATE second_factor_failures SET failed_at = failed_at - "
                                     "interval '15 minutes' WHERE user_id = %1 RETURNING 1")
                          .arg(enrolled.account.id))
             .isEmpty());
    QCOMPARE(m_api
                 ->post(QStringLiteral("/api/auth/login/2fa"),
                        {{QStringLiteral("challenge"), fresh},
                         {QStringLiteral("code"), codeAt(enrolled.secret, 0)}},
                        ApiTestClient::uniqueAddress())
                 .status,
             200);
}

// Issue 15, item 3: a stolen access token alone (its session signed in long ago) cannot turn
// two-factor sign-in on, link a provider or take the data: the session must prove its owner again
// (password, or a code) within 10 minutes. Renewing the token proves nothing.
void TwoFactorTest::sensitiveChangesNeedARecentProof()
{
    const auto account = m_api->registerAccount(QStringLiteral("tf_step_"));
    const auto stale = [&] {
        return m_database->scalar(QStringLiteral("UPDATE auth_sessions SET proven_at = now() - "
                                                 "interval '11 minutes' WHERE id = '%1' "
                                                 "RETURNING 1")
                                      .arg(account.sessionId));
    };
    const auto errorCode = [](const HttpAnswer &answer) {
        return answer.json()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    };
    QCOMPARE(stale(), QStringLiteral("1"));
    for (const auto &[method, path] :
         {std::pair<QByteArray, QString>{"POST", QStringLiteral("/api/auth/2fa/setup")},
          {"POST", QStringLiteral("/api/auth/oauth/fortytwo/link")},
          {"DELETE", QStringLiteral("/api/auth/oauth/fortytwo/link")},
          {"GET", QStringLiteral("/api/users/me/export")}}) {
        const HttpAnswer refused = m_api->authorized(method, path, account.accessToken);
        QVERIFY2(refused.status == 403, qPrintable(path));
        QCOMPARE(errorCode(refused), QStringLiteral("reauthentication_required"));
    }
    QCOMPARE(m_api
                 ->authorized("POST", QStringLiteral("/api/auth/2fa/enable"), account.accessToken,
                              {{QStringLiteral("code"), QStringLiteral("123456")}})
                 .status,
             403);
    // A renewed token is no proof.
    const HttpAnswer renewed =
        m_api->post(QStringLiteral("/api/auth/refresh"),
                    {{QStringLiteral("refreshToken"), account.refreshToken}});
    QCOMPARE(renewed.status, 200);
    const QString renewedToken = renewed.json().value(QStringLiteral("accessToken")).toString();
    QCOMPARE(m_api->authorized("POST", QStringLiteral("/api/auth/2fa/setup"), renewedToken).status,
             403);
    // A wrong password is refused; the right one makes the session fresh again.
    const HttpAnswer wrong =
        m_api->authorized("POST", QStringLiteral("/api/auth/reauthenticate"), renewedToken,
                          {{QStringLiteral("password"), QStringLiteral("not my password at all")}});
    QCOMPARE(wrong.status, 422);
    QCOMPARE(m_api
                 ->authorized("POST", QStringLiteral("/api/auth/reauthenticate"), renewedToken,
                              {{QStringLiteral("password"), ApiTestClient::defaultPassword()}})
                 .status,
             204);
    const HttpAnswer setup =
        m_api->authorized("POST", QStringLiteral("/api/auth/2fa/setup"), renewedToken);
    QCOMPARE(setup.status, 200);
    const QByteArray secret =
        base32::decode(setup.json().value(QStringLiteral("secret")).toString()).value_or("");
    QCOMPARE(m_api
                 ->authorized("POST", QStringLiteral("/api/auth/2fa/enable"), renewedToken,
                              {{QStringLiteral("code"), codeAt(secret, -30)}})
                 .status,
             200);
    QCOMPARE(m_api->authorized("GET", QStringLiteral("/api/users/me/export"), renewedToken).status,
             200);
    // With two-factor sign-in on, a current code is a proof too (and never twice).
    QCOMPARE(stale(), QStringLiteral("1"));
    QCOMPARE(m_api->authorized("GET", QStringLiteral("/api/users/me/export"), renewedToken).status,
             403);
    const QString code = codeAt(secret, 0);
    QCOMPARE(m_api
                 ->authorized("POST", QStringLiteral("/api/auth/reauthenticate"), renewedToken,
                              {{QStringLiteral("code"), code}})
                 .status,
             204);
    QCOMPARE(m_api->authorized("GET", QStringLiteral("/api/users/me/export"), renewedToken).status,
             200);
    QCOMPARE(m_api
                 ->authorized("POST", QStringLiteral("/api/auth/reauthenticate"), renewedToken,
                              {{QStringLiteral("code"), code}})
                 .status,
             422);
    QCOMPARE(m_api
                 ->authorized("POST", QStringLiteral("/api/auth/reauthenticate"), renewedToken,
                              {{QStringLiteral("nothing"), true}})
                 .status,
             422);
}

void TwoFactorTest::disablingNeedsProof_data()
{
    QTest::addColumn<QString>("proof");
    QTest::newRow("current code") << QStringLiteral("code");
    QTest::newRow("recovery code") << QStringLiteral("recoveryCode");
    QTest::newRow("password") << QStringLiteral("password");
}

void TwoFactorTest::disablingNeedsProof()
{
    QFETCH(QString, proof);
    const Enrolled enrolled = enrollNewAccount(QStringLiteral("tf_"));
    const QString token = enrolled.account.accessToken;
    QCOMPARE(m_api
                 ->authorized("POST", QStringLiteral("/api/auth/2fa/disable"), token,
                              {{QStringLiteral("password"), QStringLiteral("not my password")}})
                 .status,
             422);
    QCOMPARE(m_api
                 ->authorized("POST", QStringLiteral("/api/auth/2fa/disable"), token,
                              {{QStringLiteral("ignored"), 1}})
                 .status,
             422);
    QString value = ApiTestClient::defaultPassword();
    if (proof == QLatin1String("code")) {
        value = codeAt(enrolled.secret, 0);
    } else if (proof == QLatin1String("recoveryCode")) {
        value = enrolled.recoveryCodes.first();
    }
    QCOMPARE(
        m_api->authorized("POST", QStringLiteral("/api/auth/2fa/disable"), token, {{proof, value}})
            .status,
        204);
    QCOMPARE(m_api->authorized("GET", QStringLiteral("/api/users/me"), token)
                 .json()
                 .value(QStringLiteral("twoFactorEnabled"))
                 .toBool(),
             false);
    QVERIFY(!m_api->login(enrolled.account.username).accessToken.isEmpty()); // one step again
    QCOMPARE(m_database->scalar(
                 QStringLiteral("SELECT count(*) FROM two_factor_recovery_codes WHERE user_id = %1")
                     .arg(enrolled.account.id)),
             QStringLiteral("0"));
}

void TwoFactorTest::secretsAreEncryptedAtRest()
{
    const Enrolled enrolled = enrollNewAccount(QStringLiteral("tf_"));
    const QString stored = m_database->scalar(
        QStringLiteral("SELECT encode(totp_secret, 'hex') FROM users WHERE id = %1")
            .arg(enrolled.account.id));
    QVERIFY(stored.size() > 40);
    QVERIFY(!stored.contains(QString::fromLatin1(enrolled.secret.toHex())));
}

void TwoFactorTest::theCodeJustUsedIsCalledSo()
{
    // Right after turning two-factor sign-in on with a code, the same code (still on the app's
    // screen) is refused as spent, and said so: "wait for the next one", not "wrong code".
    const ApiTestClient::Account account = m_api->registerAccount(QStringLiteral("tf_"));
    const HttpAnswer setup =
        m_api->authorized("POST", QStringLiteral("/api/auth/2fa/setup"), account.accessToken);
    const QByteArray secret =
        base32::decode(setup.json().value(QStringLiteral("secret")).toString())
            .value_or(QByteArray());
    const QString code = codeAt(secret, 0);
    QCOMPARE(m_api
                 ->authorized("POST", QStringLiteral("/api/auth/2fa/enable"), account.accessToken,
                              {{QStringLiteral("code"), code}})
                 .status,
             200);
    const auto problemCode = [](const HttpAnswer &answer) {
        return answer.json()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("fields"))
            .toObject()
            .value(QStringLiteral("code"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    };
    const HttpAnswer signIn =
        m_api->post(QStringLiteral("/api/auth/login/2fa"),
                    {{QStringLiteral("challenge"), challengeFor(account.username)},
                     {QStringLiteral("code"), code}});
    QCOMPARE(signIn.status, 401);
    QCOMPARE(signIn.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("invalid_second_factor"));
    QCOMPARE(problemCode(signIn), QStringLiteral("just_used"));
    const HttpAnswer disable =
        m_api->authorized("POST", QStringLiteral("/api/auth/2fa/disable"), account.accessToken,
                          {{QStringLiteral("code"), code}});
    QCOMPARE(disable.status, 422);
    QCOMPARE(problemCode(disable), QStringLiteral("just_used"));
    // A wrong code is still just wrong.
    const HttpAnswer wrong =
        m_api->post(QStringLiteral("/api/auth/login/2fa"),
                    {{QStringLiteral("challenge"), challengeFor(account.username)},
                     {QStringLiteral("code"), QStringLiteral("000000")}});
    QCOMPARE(wrong.status, 401);
    QVERIFY(problemCode(wrong).isEmpty());
}

QTEST_GUILESS_MAIN(TwoFactorTest)
#include "two_factor_test.moc"
