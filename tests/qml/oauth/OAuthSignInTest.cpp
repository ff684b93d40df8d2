// "Sign in with 42" in the app, end to end against the platform of scripts/test (its server is
// configured for the fake OAuth provider scripts/test starts): OAuthSignIn opens the "system
// browser" (here a QDesktopServices URL handler that plays one with QNetworkAccessManager,
// cookies included), the provider sends it back to the server, the server to the app's loopback
// port with a one-time code, and the app ends signed in. Also: answers that are not the app's are
// refused while it keeps waiting, an error sent back is shown, and cancel closes the port.
#include "account/OAuthSignIn.h"

#include "account/AccountSession.h"
#include "shell/ClientSetup.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace transcendence::client;

namespace {

constexpr int kNetworkTimeoutMs = 15'000;

// RFC 6238 (SHA-1, 30 s, 6 digits) from the RFC, as an authenticator app computes it.
QString totp(const QString &base32Secret, qint64 unixTime)
{
    static const QByteArray alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    QByteArray key;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : base32Secret.toUpper()) {
        const int value = alphabet.indexOf(char(c.toLatin1()));
        if (value < 0) {
            continue;
        }
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            key.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    QByteArray counter(8, 0);
    quint64 step = quint64(unixTime / 30);
    for (int i = 7; i >= 0; --i, step >>= 8) {
        counter[i] = char(step & 0xff);
    }
    const QByteArray mac = QMessageAuthenticationCode::hash(counter, key, QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(quint8(mac.at(offset)) & 0x7f) << 24) |
                           (quint32(quint8(mac.at(offset + 1))) << 16) |
                           (quint32(quint8(mac.at(offset + 2))) << 8) |
                           quint32(quint8(mac.at(offset + 3)));
    return QStringLiteral("%1").arg(binary % 1'000'000, 6, 10, QLatin1Char('0'));
}

struct Page {
    int status = 0;
    QUrl location;
    QByteArray body;
};

} // namespace

// The system browser, as far as a sign-in needs one: follows redirects one by one, keeps
// cookies, and remembers the last page it showed.
class FakeBrowser : public QObject {
    Q_OBJECT
public:
    // What the browser does with the next URL it is asked to open: follow it to the end, or
    // only record it (the test then plays the rest).
    bool follow = true;
    QUrl opened;
    QList<Page> pages;

    Page get(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_network.get(request);
        Page page;
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, kNetworkTimeoutMs)) {
            reply->abort(); // status 0: the test fails on it
        }
        page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        page.location = url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        if (reply->rawHeader("Location").isEmpty()) {
            page.location = {};
        }
        page.body = reply->readAll();
        reply->deleteLater();
        pages.append(page);
        return page;
    }

public slots:
    void open(const QUrl &url)
    {
        opened = url;
        if (!follow) {
            return;
        }
        QUrl next = url;
        for (int hop = 0; hop < 10 && next.isValid(); ++hop) {
            next = get(next).location;
        }
    }

private:
    QNetworkAccessManager m_network;
};

class OAuthSignInTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void theServerOffersFortyTwo();
    void signsInThroughTheBrowserAndTheLoopback();
    void twoFactorAccountsAreAskedForTheirCode();
    void anErrorSentBackIsShown();
    void cancelClosesTheLoopbackPort();
    void cleanupTestCase();

private:
    // A session at the platform, signed out.
    std::unique_ptr<AccountSession> newSession();
    static bool portAcceptsConnections(quint16 port);

    QTemporaryDir m_state;
    FakeBrowser m_browser;
};

void OAuthSignInTest::initTestCase()
{
    const QString baseUrl = qEnvironmentVariable("TRANSCENDENCE_TEST_BASE_URL");
    QVERIFY2(!baseUrl.isEmpty(),
             "TRANSCENDENCE_TEST_BASE_URL is unset: run this test through scripts/test");
    // As QmlTestSetup does: the platform's CA, and nothing of the user running the tests.
    qputenv("TRANSCENDENCE_CA_FILE", qgetenv("TRANSCENDENCE_TEST_CA_FILE"));
    qputenv("XDG_DATA_HOME", m_state.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_state.filePath(QStringLiteral("config")).toUtf8());
    qputenv("TRANSCENDENCE_TOKEN_STORE", "file");
    setUpClientApplication();
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "open");
}

void OAuthSignInTest::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
}

std::unique_ptr<AccountSession> OAuthSignInTest::newSession()
{
    auto session = std::make_unique<AccountSession>();
    session->setServerUrl(QUrl(qEnvironmentVariable("TRANSCENDENCE_TEST_BASE_URL")));
    if (!QTest::qWaitFor([&] { return session->state() != AccountSession::State::Restoring; },
                         kNetworkTimeoutMs)) {
        return nullptr;
    }
    if (session->isSignedIn()) { // a token an earlier test stored
        session->signOut();
        if (!QTest::qWaitFor([&] { return !session->isSignedIn() && !session->isBusy(); },
                             kNetworkTimeoutMs)) {
            return nullptr;
        }
    }
    return session;
}

bool OAuthSignInTest::portAcceptsConnections(quint16 port)
{
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, port);
    return probe.waitForConnected(2000);
}

void OAuthSignInTest::theServerOffersFortyTwo()
{
    const auto session = newSession();
    QVERIFY(session);
    OAuthSignIn oauth;
    oauth.setSession(session.get());
    QTRY_VERIFY_WITH_TIMEOUT(!oauth.providers().isEmpty(), kNetworkTimeoutMs);
    const QVariantMap provider = oauth.providers().first().toMap();
    QCOMPARE(provider.value(QStringLiteral("id")).toString(), QStringLiteral("fortytwo"));
    QCOMPARE(provider.value(QStringLiteral("name")).toString(), QStringLiteral("42"));
}

void OAuthSignInTest::signsInThroughTheBrowserAndTheLoopback()
{
    const auto session = newSession();
    QVERIFY(session);
    QVERIFY(!session->isSignedIn());
    OAuthSignIn oauth;
    oauth.setSession(session.get());

    // First only look at where the app sends the browser.
    m_browser.follow = false;
    QVERIFY(oauth.start(QStringLiteral("fortytwo")));
    QVERIFY(oauth.isWaiting());
    QCOMPARE(m_browser.opened, oauth.authorizationUrl());
    const QUrlQuery start(m_browser.opened);
    const QUrl redirect(start.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect.scheme(), QStringLiteral("http"));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(redirect.port() > 0);
    QCOMPARE(start.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(start.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    const QString state = start.queryItemValue(QStringLiteral("state"));
    QVERIFY(state.size() >= 43);

    // An answer that is not the app's (another state) is refused, and the app keeps waiting.
    QUrl forged = redirect;
    forged.setQuery(QStringLiteral("code=stolen&state=not-yours"));
    QCOMPARE(m_browser.get(forged).status, 400);
    QVERIFY(oauth.isWaiting());
    QVERIFY(!session->isSignedIn());

    // Now the real browser trip: server -> provider -> server -> the app's loopback port.
    m_browser.follow = true;
    m_browser.pages.clear();
    m_browser.open(m_browser.opened);
    QVERIFY2(m_browser.pages.size() == 4, qPrintable(QString::number(m_browser.pages.size())));
    QCOMPARE(m_browser.pages.at(2).location.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(m_browser.pages.at(2).location.port(), redirect.port());
    QCOMPARE(QUrlQuery(m_browser.pages.at(2).location).queryItemValue(QStringLiteral("state")),
             state);
    const Page &last = m_browser.pages.last();
    QCOMPARE(last.status, 200);
    QVERIFY2(last.body.contains("Signed in"), last.body.constData());

    QTRY_VERIFY_WITH_TIMEOUT(session->isSignedIn(), kNetworkTimeoutMs);
    QVERIFY(!session->user().value(QStringLiteral("username")).toString().isEmpty());
    QVERIFY(session->errorMessage().isEmpty());
    QVERIFY(!oauth.isWaiting());
    QVERIFY(!portAcceptsConnections(quint16(redirect.port()))); // one shot

    // The account is the one linked to 42, and the session is an app's.
    bool checked = false;
    session->api()->request(
        "GET", QStringLiteral("/api/auth/oauth/links"), {}, [&checked](const ApiAnswer &answer) {
            const QJsonArray links = answer.object().value(QStringLiteral("links")).toArray();
            checked = !links.isEmpty() &&
                      links.first().toObject().value(QStringLiteral("provider")).toString() ==
                          QLatin1String("fortytwo");
        });
    QTRY_VERIFY_WITH_TIMEOUT(checked, kNetworkTimeoutMs);
    session->loadSessions();
    QTRY_VERIFY_WITH_TIMEOUT(session->sessions()->count() > 0, kNetworkTimeoutMs);
    bool appSession = false;
    for (int row = 0; row < session->sessions()->count(); ++row) {
        const QJsonObject &item = session->sessions()->at(row);
        if (item.value(QStringLiteral("current")).toBool()) {
            appSession = item.value(QStringLiteral("client")).toString() == QLatin1String("app");
        }
    }
    QVERIFY(appSession);

    // The fake provider always signs in the same person, whom the browser suites sign in and
    // link too: leave no account of theirs behind (a provider-only account may be deleted right
    // after signing in).
    int deleted = 0;
    session->api()->request("POST", QStringLiteral("/api/users/me/delete"),
                            {{QStringLiteral("password"), QString()}}, // it has none
                            [&deleted](const ApiAnswer &answer) { deleted = answer.status; });
    QTRY_COMPARE_WITH_TIMEOUT(deleted, 204, kNetworkTimeoutMs);
}

// Issue 15, item 2: with two-factor sign-in on, the provider is only the first step: the app's
// code exchange ends in the second-factor state (as after a password), and the code signs in.
void OAuthSignInTest::twoFactorAccountsAreAskedForTheirCode()
{
    const auto session = newSession();
    QVERIFY(session);
    {
        OAuthSignIn oauth;
        oauth.setSession(session.get());
        m_browser.follow = true;
        QVERIFY(oauth.start(QStringLiteral("fortytwo")));
        QTRY_VERIFY_WITH_TIMEOUT(session->isSignedIn(), kNetworkTimeoutMs);
    }
    ApiAnswer setup;
    session->api()->request("POST", QStringLiteral("/api/auth/2fa/setup"), {},
                            [&setup](const ApiAnswer &answer) { setup = answer; });
    QTRY_VERIFY_WITH_TIMEOUT(setup.status != 0, kNetworkTimeoutMs);
    QCOMPARE(setup.status, 200);
    const QString secret = setup.object().value(QStringLiteral("secret")).toString();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    int enabled = 0;
    session->api()->request("POST", QStringLiteral("/api/auth/2fa/enable"),
                            {{QStringLiteral("code"), totp(secret, now - 30)}},
                            [&enabled](const ApiAnswer &answer) { enabled = answer.status; });
    QTRY_COMPARE_WITH_TIMEOUT(enabled, 200, kNetworkTimeoutMs);
    session->signOut();
    QTRY_VERIFY_WITH_TIMEOUT(!session->isSignedIn() && !session->isBusy(), kNetworkTimeoutMs);

    OAuthSignIn again;
    again.setSession(session.get());
    QVERIFY(again.start(QStringLiteral("fortytwo")));
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), AccountSession::State::SecondFactor,
                              kNetworkTimeoutMs);
    QVERIFY(!session->isSignedIn());
    QVERIFY(session->api()->accessToken().isEmpty());
    session->submitSecondFactor(totp(secret, now));
    QTRY_VERIFY_WITH_TIMEOUT(session->isSignedIn(), kNetworkTimeoutMs);
    QCOMPARE(session->user().value(QStringLiteral("twoFactorEnabled")).toBool(), true);

    // Leave no account of the fake provider's person behind (just signed in: no password needed).
    int deleted = 0;
    session->api()->request("POST", QStringLiteral("/api/users/me/delete"),
                            {{QStringLiteral("password"), QString()}},
                            [&deleted](const ApiAnswer &answer) { deleted = answer.status; });
    QTRY_COMPARE_WITH_TIMEOUT(deleted, 204, kNetworkTimeoutMs);
}

void OAuthSignInTest::anErrorSentBackIsShown()
{
    const auto session = newSession();
    QVERIFY(session);
    OAuthSignIn oauth;
    oauth.setSession(session.get());
    m_browser.follow = false;
    QVERIFY(oauth.start(QStringLiteral("fortytwo")));
    const QUrlQuery start(m_browser.opened);
    QUrl back(start.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QUrlQuery answer;
    answer.addQueryItem(QStringLiteral("error"), QStringLiteral("email_in_use"));
    answer.addQueryItem(QStringLiteral("error_description"), QStringLiteral("taken"));
    answer.addQueryItem(QStringLiteral("state"), start.queryItemValue(QStringLiteral("state")));
    back.setQuery(answer);
    const Page page = m_browser.get(back);
    QCOMPARE(page.status, 200);
    QVERIFY2(page.body.contains("Sign-in failed"), page.body.constData());
    QVERIFY(!oauth.isWaiting());
    QVERIFY2(oauth.errorMessage().contains(QLatin1String("e-mail address")),
             qPrintable(oauth.errorMessage()));
    QVERIFY(!session->isSignedIn());
}

void OAuthSignInTest::cancelClosesTheLoopbackPort()
{
    const auto session = newSession();
    QVERIFY(session);
    OAuthSignIn oauth;
    oauth.setSession(session.get());
    m_browser.follow = false;
    QSignalSpy waiting(&oauth, &OAuthSignIn::waitingChanged);
    QVERIFY(oauth.start(QStringLiteral("fortytwo")));
    const quint16 port =
        quint16(QUrl(QUrlQuery(m_browser.opened)
                         .queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded))
                    .port());
    QVERIFY(portAcceptsConnections(port));
    oauth.cancel();
    QVERIFY(!oauth.isWaiting());
    QCOMPARE(waiting.count(), 2);
    QVERIFY(!portAcceptsConnections(port));
}

QTEST_MAIN(OAuthSignInTest)
#include "OAuthSignInTest.moc"
