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
    void disablingNeedsProof_data();
    void disablingNeedsProof();
    void secretsAreEncryptedAtRest();
    void theCodeJustUsedIsCalledSo();

private:
    struct Enrolled {
        ApiTestClient::Account account;
        QByteArray secret;
        QStringList recoveryCodes;
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
    const HttpAnswer enabled = m_api->authorized(
        "POST", QStringLiteral("/api/auth/2fa/enable"), enrolled.account.accessToken,
        {{QStringLiteral("code"), codeAt(enrolled.secret, -30)}});
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
    // The code used to enable (previous step) is refused: a code never works twice.
    QCOMPARE(m_api
                 ->post(QStringLiteral("/api/auth/login/2fa"),
                        {{QStringLiteral("challenge"), challenge},
                         {QStringLiteral("code"), codeAt(enrolled.secret, -30)}})
                 .status,
             401);
    const HttpAnswer second = m_api->post(QStringLiteral("/api/auth/login/2fa"),
                                          {{QStringLiteral("challenge"), challenge},
                                           {QStringLiteral("code"), codeAt(enrolled.secret, 0)}});
    QCOMPARE(second.status, 200);
    QVERIFY(!second.json().value(QStringLiteral("accessToken")).toString().isEmpty());
    QCOMPARE(m_api
                 ->authorized("GET", QStringLiteral("/api/users/me"),
                              second.json().value(QStringLiteral("accessToken")).toString())
                 .status,
             200);
    // The challenge was used up; and the same code cannot open another session.
    QCOMPARE(m_api
                 ->post(QStringLiteral("/api/auth/login/2fa"),
                        {{QStringLiteral("challenge"), challenge},
                         {QStringLiteral("code"), codeAt(enrolled.secret, 0)}})
                 .status,
             401);
    QCOMPARE(m_api
                 ->post(QStringLiteral("/api/auth/login/2fa"),
                        {{QStringLiteral("challenge"), challengeFor(enrolled.account.username)},
                         {QStringLiteral("code"), codeAt(enrolled.secret, 0)}})
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
