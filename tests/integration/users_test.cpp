// Profiles, the user search and avatars, through real HTTP against the real server and
// PostgreSQL.
#include "ApiTestClient.h"
#include "AvatarSamples.h"
#include "PostgresCluster.h"
#include "ServerProcess.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace transcendence::testing;

namespace {

const QString kPublicUrl = QStringLiteral("https://localhost:9443");

QJsonObject errorOf(const HttpAnswer &answer)
{
    return answer.json().value(QStringLiteral("error")).toObject();
}

QString errorCode(const HttpAnswer &answer)
{
    return errorOf(answer).value(QStringLiteral("code")).toString();
}

// Display names are 3..20 characters: a short random part keeps them unique per run.
QString uniqueDisplayName(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(6);
}

QStringList usernamesIn(const HttpAnswer &answer)
{
    QStringList names;
    for (const QJsonValue &user : answer.json().value(QStringLiteral("users")).toArray()) {
        names << user.toObject().value(QStringLiteral("username")).toString();
    }
    return names;
}

} // namespace

class UsersTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void patchChangesOnlyTheGivenFields();
    void patchValidatesEveryField_data();
    void patchValidatesEveryField();
    void patchRefusesATakenDisplayName_data();
    void patchRefusesATakenDisplayName();
    void patchKeepsYourOwnNameInAnotherCase();
    void textIsStoredAndReturnedVerbatim_data();
    void textIsStoredAndReturnedVerbatim();
    void publicProfileShowsWhatOthersMaySee();
    void searchFindsByPrefixIgnoringCase();
    void searchEscapesWildcards();
    void searchPaginates();
    void searchValidatesItsParameters_data();
    void searchValidatesItsParameters();
    void everyoneHasADefaultAvatar();
    void avatarUploadInEachFormat_data();
    void avatarUploadInEachFormat();
    void avatarUrlChangesWithTheAvatar();
    void badAvatarUploadsAreRefused_data();
    void badAvatarUploadsAreRefused();
    void deletingTheAvatarRestoresTheDefault();
    void endpointsNeedAToken_data();
    void endpointsNeedAToken();
    void wrongMethodsAreRefused_data();
    void wrongMethodsAreRefused();

private:
    using Account = ApiTestClient::Account;
    Account registerAccount(const QString &prefix = QStringLiteral("u_"))
    {
        return m_api->registerAccount(prefix);
    }
    HttpAnswer authorized(const QByteArray &method, const QString &path, const Account &account,
                          const QJsonObject &body = {})
    {
        return m_api->authorized(method, path, account.accessToken, body);
    }
    HttpAnswer patchMe(const Account &account, const QJsonObject &body)
    {
        return authorized("PATCH", QStringLiteral("/api/users/me"), account, body);
    }
    QJsonObject profileOf(const Account &viewer, qint64 userId)
    {
        return authorized("GET", QStringLiteral("/api/users/%1").arg(userId), viewer).json();
    }
    HttpAnswer search(const Account &viewer, const QString &query, const QString &extra = {})
    {
        return authorized("GET",
                          QStringLiteral("/api/users?query=") +
                              QString::fromLatin1(QUrl::toPercentEncoding(query)) + extra,
                          viewer);
    }
    HttpAnswer upload(const Account &account, const QByteArray &bytes,
                      const QByteArray &contentType = "application/octet-stream")
    {
        return m_api->authorizedBytes("PUT", QStringLiteral("/api/users/me/avatar"),
                                      account.accessToken, bytes, contentType);
    }
    // Avatars are public: fetched without a token, as an <img> would.
    HttpAnswer fetchAvatar(const QString &url, const QByteArray &ifNoneMatch = {})
    {
        QHash<QByteArray, QByteArray> headers;
        if (!ifNoneMatch.isEmpty()) {
            headers.insert("If-None-Match", ifNoneMatch);
        }
        return m_http.get(m_server->baseUrl() + url, headers);
    }
    QString avatarUrlOf(const Account &account)
    {
        return profileOf(account, account.id).value(QStringLiteral("avatarUrl")).toString();
    }

    std::unique_ptr<ApiTestClient> m_api;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    HttpsTestClient m_http;
};

void UsersTest::initTestCase()
{
    TRANSCENDENCE_REQUIRE_TEST_ENV("TRANSCENDENCE_TEST_ADMIN_DATABASE_URL");
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
    m_server = std::make_unique<ServerProcess>(m_database->url(), kPublicUrl);
    QVERIFY2(m_server->start(), qPrintable(m_server->log()));
    m_api = std::make_unique<ApiTestClient>(m_server->baseUrl());
    const QList<QJsonObject> formats = m_server->events(QStringLiteral("avatar_formats"));
    QCOMPARE(formats.size(), 1);
    QVERIFY2(formats.first().value(QStringLiteral("missing")).toArray().isEmpty(),
             "the server cannot decode every upload format (qt6-image-formats-plugins?)");
}

void UsersTest::patchChangesOnlyTheGivenFields()
{
    const Account account = registerAccount();
    QVERIFY(account.id > 0);
    const QString displayName = uniqueDisplayName(QStringLiteral("Päddle  "));
    const HttpAnswer answer =
        patchMe(account, {{QStringLiteral("displayName"), displayName},
                          {QStringLiteral("bio"), QStringLiteral("Left paddle, right heart.")},
                          {QStringLiteral("language"), QStringLiteral("fr")}});
    QCOMPARE(answer.status, 200);
    const QJsonObject updated = answer.json();
    QCOMPARE(updated.value(QStringLiteral("id")).toInteger(), account.id);
    QCOMPARE(updated.value(QStringLiteral("displayName")).toString(),
             QString(displayName).replace(QStringLiteral("  "), QStringLiteral(" ")));
    QCOMPARE(updated.value(QStringLiteral("bio")).toString(),
             QStringLiteral("Left paddle, right heart."));
    QCOMPARE(updated.value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
    QCOMPARE(updated.value(QStringLiteral("avatarUrl")).toString(),
             QStringLiteral("/api/users/%1/avatar").arg(account.id));

    // Fields left out (or null) stay as they are.
    const HttpAnswer second =
        patchMe(account, {{QStringLiteral("language"), QStringLiteral("pt_BR")},
                          {QStringLiteral("bio"), QJsonValue()}});
    QCOMPARE(second.status, 200);
    const QJsonObject me = authorized("GET", QStringLiteral("/api/users/me"), account).json();
    QCOMPARE(me.value(QStringLiteral("language")).toString(), QStringLiteral("pt_BR"));
    QCOMPARE(me.value(QStringLiteral("bio")).toString(),
             QStringLiteral("Left paddle, right heart."));
    QCOMPARE(me.value(QStringLiteral("displayName")).toString(),
             updated.value(QStringLiteral("displayName")).toString());

    // An empty bio clears it.
    QCOMPARE(patchMe(account, {{QStringLiteral("bio"), QString()}})
                 .json()
                 .value(QStringLiteral("bio"))
                 .toString(),
             QString());
}

void UsersTest::patchValidatesEveryField_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    const auto row = [](const char *name, const QString &field, const QJsonValue &value) {
        QTest::newRow(name) << QJsonObject{{field, value}} << field;
    };
    const QString displayName = QStringLiteral("displayName");
    const QString bio = QStringLiteral("bio");
    const QString language = QStringLiteral("language");
    row("display name too short", displayName, QStringLiteral(" x "));
    row("display name too long", displayName, QString(21, QLatin1Char('n')));
    row("display name markup", displayName, QStringLiteral("<b>bold</b>"));
    row("display name control character", displayName, QStringLiteral("ab\u0007cd"));
    row("display name zero-width", displayName, QStringLiteral("ab\u200Bcd"));
    row("display name not a string", displayName, 42);
    row("bio too long", bio, QString(501, QLatin1Char('b')));
    row("bio too long in emoji", bio, QString::fromUtf8("\U0001F3D3").repeated(501));
    row("bio with NUL", bio, QStringLiteral("before") + QChar(u'\0') + QStringLiteral("after"));
    row("bio not a string", bio, QJsonArray{QStringLiteral("a")});
    row("language as a word", language, QStringLiteral("english"));
    row("language upper case", language, QStringLiteral("EN"));
    row("language with a hyphen", language, QStringLiteral("en-US"));
    row("language empty", language, QString());
    row("language not a string", language, true);
    row("user name is not a profile field", QStringLiteral("username"), QStringLiteral("zed"));
    row("role is not a profile field", QStringLiteral("role"), QStringLiteral("admin"));
    row("email is not a profile field", QStringLiteral("email"), QStringLiteral("a@b.example"));
}

void UsersTest::patchValidatesEveryField()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const Account account = registerAccount();
    QVERIFY(account.id > 0);
    const QJsonObject before = authorized("GET", QStringLiteral("/api/users/me"), account).json();
    // A valid change next to the invalid one is not applied either.
    body.insert(QStringLiteral("bio"), body.value(QStringLiteral("bio")).isUndefined()
                                           ? QJsonValue(QStringLiteral("changed"))
                                           : body.value(QStringLiteral("bio")));
    const HttpAnswer answer = patchMe(account, body);
    QCOMPARE(answer.status, 422);
    QCOMPARE(errorCode(answer), QStringLiteral("validation_failed"));
    QVERIFY2(errorOf(answer).value(QStringLiteral("fields")).toObject().contains(field),
             answer.body.constData());
    QCOMPARE(authorized("GET", QStringLiteral("/api/users/me"), account).json(), before);
}

void UsersTest::patchRefusesATakenDisplayName_data()
{
    QTest::addColumn<QString>("variant");
    QTest::newRow("same") << QStringLiteral("same");
    QTest::newRow("other case") << QStringLiteral("case");
    QTest::newRow("Unicode look-alike") << QStringLiteral("lookalike");
}

void UsersTest::patchRefusesATakenDisplayName()
{
    QFETCH(QString, variant);
    const Account first = registerAccount();
    const Account second = registerAccount();
    QVERIFY(first.id > 0 && second.id > 0);
    const QString taken = uniqueDisplayName(QStringLiteral("Zed "));
    QCOMPARE(patchMe(first, {{QStringLiteral("displayName"), taken}}).status, 200);

    QString attempt = taken;
    if (variant == QLatin1String("case")) {
        attempt = taken.toUpper();
    } else if (variant == QLatin1String("lookalike")) {
        // Fullwidth Latin letters and an ideographic space: the same name after NFKC.
        attempt.clear();
        for (const QChar c : taken) {
            attempt += c == u' '  ? QChar(0x3000)
                       : c < u'!' ? c
                                  : QChar(c.unicode() - 0x21 + 0xFF01);
        }
        QVERIFY(attempt != taken);
    }
    const HttpAnswer answer = patchMe(second, {{QStringLiteral("displayName"), attempt},
                                               {QStringLiteral("bio"), QStringLiteral("new")}});
    QCOMPARE(answer.status, 409);
    QCOMPARE(errorCode(answer), QStringLiteral("conflict"));
    QVERIFY2(errorOf(answer)
                 .value(QStringLiteral("fields"))
                 .toObject()
                 .contains(QStringLiteral("displayName")),
             answer.body.constData());
    // Nothing of the refused change was applied.
    QCOMPARE(profileOf(second, second.id).value(QStringLiteral("bio")).toString(), QString());
}

void UsersTest::patchKeepsYourOwnNameInAnotherCase()
{
    const Account account = registerAccount();
    const QString name = uniqueDisplayName(QStringLiteral("mixed "));
    QCOMPARE(patchMe(account, {{QStringLiteral("displayName"), name}}).status, 200);
    const HttpAnswer answer = patchMe(account, {{QStringLiteral("displayName"), name.toUpper()}});
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value(QStringLiteral("displayName")).toString(), name.toUpper());
}

void UsersTest::textIsStoredAndReturnedVerbatim_data()
{
    QTest::addColumn<QString>("bio");
    QTest::newRow("SQL injection") << QStringLiteral("'; DROP TABLE users; --");
    QTest::newRow("SQL injection in a LIKE") << QStringLiteral("%' OR '1'='1' -- _\\");
    QTest::newRow("script") << QStringLiteral("<script>alert(document.cookie)</script>");
    QTest::newRow("markup and entities")
        << QStringLiteral("<img src=x onerror=alert(1)> &lt;b&gt; \"quoted\" `tick`");
    QTest::newRow("lines and emoji")
        << QString::fromUtf8("line one\nline two\r\n\ttabbed \U0001F3D3 \u00E9\u0301");
}

void UsersTest::textIsStoredAndReturnedVerbatim()
{
    QFETCH(QString, bio);
    const Account account = registerAccount();
    const Account viewer = registerAccount();
    const QString displayName = uniqueDisplayName(QStringLiteral("O'Brien-"));
    const HttpAnswer answer = patchMe(
        account, {{QStringLiteral("bio"), bio}, {QStringLiteral("displayName"), displayName}});
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.header("Content-Type").startsWith("application/json"));
    QCOMPARE(answer.json().value(QStringLiteral("bio")).toString(), bio);
    QCOMPARE(answer.json().value(QStringLiteral("displayName")).toString(), displayName);

    const HttpAnswer profile =
        authorized("GET", QStringLiteral("/api/users/%1").arg(account.id), viewer);
    QCOMPARE(profile.status, 200);
    QVERIFY(profile.header("Content-Type").startsWith("application/json"));
    QCOMPARE(profile.json().value(QStringLiteral("bio")).toString(), bio);
    QCOMPARE(profile.json().value(QStringLiteral("displayName")).toString(), displayName);
    QCOMPARE(search(viewer, displayName).json().value(QStringLiteral("users")).toArray().size(), 1);
    // Nothing was executed: the tables are all still there.
    QCOMPARE(m_database->scalar(
                 QStringLiteral("SELECT count(*) FROM users WHERE id = %1").arg(account.id)),
             QStringLiteral("1"));
    QCOMPARE(m_database->scalar(QStringLiteral("SELECT to_regclass('avatars') IS NOT NULL")),
             QStringLiteral("true"));
}

void UsersTest::publicProfileShowsWhatOthersMaySee()
{
    const Account account = registerAccount();
    const Account viewer = registerAccount();
    QCOMPARE(patchMe(account, {{QStringLiteral("bio"), QStringLiteral("hello")}}).status, 200);
    const HttpAnswer answer =
        authorized("GET", QStringLiteral("/api/users/%1").arg(account.id), viewer);
    QCOMPARE(answer.status, 200);
    const QJsonObject profile = answer.json();
    QStringList keys = profile.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("avatarUrl"), QStringLiteral("bio"),
                                QStringLiteral("createdAt"), QStringLiteral("displayName"),
                                QStringLiteral("id"), QStringLiteral("username")}));
    QCOMPARE(profile.value(QStringLiteral("id")).toInteger(), account.id);
    QCOMPARE(profile.value(QStringLiteral("username")).toString(), account.username);
    QCOMPARE(profile.value(QStringLiteral("bio")).toString(), QStringLiteral("hello"));
    QVERIFY(QDateTime::fromString(profile.value(QStringLiteral("createdAt")).toString(),
                                  Qt::ISODateWithMs)
                .isValid());

    // A banned user's profile still shows (their games and tournaments do too).
    QCOMPARE(m_database->scalar(
                 QStringLiteral("UPDATE users SET banned_at = now() WHERE id = %1 RETURNING id")
                     .arg(account.id)),
             QString::number(account.id));
    QCOMPARE(authorized("GET", QStringLiteral("/api/users/%1").arg(account.id), viewer).status,
             200);

    for (const QString &unknown :
         {QStringLiteral("999999999"), QStringLiteral("0"), QStringLiteral("-1"),
          QStringLiteral("abc"), QStringLiteral("1e3")}) {
        const HttpAnswer missing =
            authorized("GET", QStringLiteral("/api/users/") + unknown, viewer);
        QCOMPARE(missing.status, 404);
        QCOMPARE(errorCode(missing), QStringLiteral("not_found"));
    }
}

void UsersTest::searchFindsByPrefixIgnoringCase()
{
    const Account viewer = registerAccount();
    const QString prefix =
        QStringLiteral("Fnd") + QUuid::createUuid().toString(QUuid::Id128).left(5);
    QList<Account> found;
    for (const QString &suffix : {QStringLiteral("a"), QStringLiteral("b")}) {
        const Account account = registerAccount();
        QCOMPARE(patchMe(account, {{QStringLiteral("displayName"), prefix + suffix}}).status, 200);
        found << account;
    }
    const HttpAnswer lower = search(viewer, prefix.toLower());
    QCOMPARE(lower.status, 200);
    QCOMPARE(usernamesIn(lower), (QStringList{found[0].username, found[1].username}));
    const QJsonObject first =
        lower.json().value(QStringLiteral("users")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("displayName")).toString(), prefix + QStringLiteral("a"));
    QVERIFY(first.contains(QStringLiteral("avatarUrl")));
    QVERIFY(!first.contains(QStringLiteral("email")));
    // Look-alike forms of the prefix find the same names.
    QString fullwidth;
    for (const QChar c : prefix) {
        fullwidth += QChar(c.unicode() - 0x21 + 0xFF01);
    }
    QCOMPARE(usernamesIn(search(viewer, fullwidth)), usernamesIn(lower));
    // A prefix of the user name works too, in any case.
    QCOMPARE(usernamesIn(search(viewer, found[1].username.toUpper())),
             QStringList{found[1].username});
    // Only prefixes: the middle of a name is not a match.
    QVERIFY(usernamesIn(search(viewer, prefix.mid(2))).isEmpty());
}

void UsersTest::searchEscapesWildcards()
{
    const Account viewer = registerAccount();
    registerAccount(); // at least a few users exist
    for (const QString &wildcard : {QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("%%"),
                                    QStringLiteral("\\"), QStringLiteral("_%")}) {
        const HttpAnswer answer = search(viewer, wildcard);
        QCOMPARE(answer.status, 200);
        QVERIFY2(answer.json().value(QStringLiteral("users")).toArray().isEmpty(),
                 qPrintable(wildcard + QStringLiteral(": ") + QString::fromUtf8(answer.body)));
    }
    // A name holding _ is found by itself, the _ taken literally.
    QCOMPARE(usernamesIn(search(viewer, viewer.username)), QStringList{viewer.username});
    QVERIFY(usernamesIn(search(viewer, QString(viewer.username).replace(u'_', u'%'))).isEmpty());
}

void UsersTest::searchPaginates()
{
    const Account viewer = registerAccount();
    const QString prefix =
        QStringLiteral("Pg") + QUuid::createUuid().toString(QUuid::Id128).left(6);
    QStringList expected;
    for (const QString &suffix : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}) {
        const Account account = registerAccount();
        QCOMPARE(patchMe(account, {{QStringLiteral("displayName"), prefix + suffix}}).status, 200);
        expected << account.username;
    }
    const HttpAnswer firstPage = search(viewer, prefix, QStringLiteral("&limit=2"));
    QCOMPARE(firstPage.status, 200);
    QCOMPARE(usernamesIn(firstPage), expected.mid(0, 2));
    QCOMPARE(firstPage.json().value(QStringLiteral("hasMore")).toBool(), true);
    QCOMPARE(firstPage.json().value(QStringLiteral("limit")).toInt(), 2);
    const HttpAnswer secondPage = search(viewer, prefix, QStringLiteral("&limit=2&offset=2"));
    QCOMPARE(usernamesIn(secondPage), expected.mid(2));
    QCOMPARE(secondPage.json().value(QStringLiteral("hasMore")).toBool(), false);
    QCOMPARE(secondPage.json().value(QStringLiteral("offset")).toInt(), 2);
    QVERIFY(usernamesIn(search(viewer, prefix, QStringLiteral("&offset=3"))).isEmpty());
    QCOMPARE(search(viewer, prefix).json().value(QStringLiteral("limit")).toInt(), 20);
}

void UsersTest::searchValidatesItsParameters_data()
{
    QTest::addColumn<QString>("queryString");
    QTest::addColumn<QString>("field");
    QTest::newRow("no query") << QString() << QStringLiteral("query");
    QTest::newRow("blank query") << QStringLiteral("query=%20%20") << QStringLiteral("query");
    QTest::newRow("long query") << QStringLiteral("query=") + QString(51, QLatin1Char('q'))
                                << QStringLiteral("query");
    QTest::newRow("limit zero") << QStringLiteral("query=a&limit=0") << QStringLiteral("limit");
    QTest::newRow("limit above 50")
        << QStringLiteral("query=a&limit=51") << QStringLiteral("limit");
    QTest::newRow("limit not a number")
        << QStringLiteral("query=a&limit=ten") << QStringLiteral("limit");
    QTest::newRow("negative offset")
        << QStringLiteral("query=a&offset=-1") << QStringLiteral("offset");
    QTest::newRow("offset not a number")
        << QStringLiteral("query=a&offset=1;DROP") << QStringLiteral("offset");
}

void UsersTest::searchValidatesItsParameters()
{
    QFETCH(QString, queryString);
    QFETCH(QString, field);
    const Account viewer = registerAccount();
    const HttpAnswer answer =
        authorized("GET", QStringLiteral("/api/users?") + queryString, viewer);
    QCOMPARE(answer.status, 422);
    QCOMPARE(errorCode(answer), QStringLiteral("validation_failed"));
    QVERIFY2(errorOf(answer).value(QStringLiteral("fields")).toObject().contains(field),
             answer.body.constData());
}

void UsersTest::everyoneHasADefaultAvatar()
{
    const Account account = registerAccount();
    const Account other = registerAccount();
    const QString url = avatarUrlOf(account);
    QCOMPARE(url, QStringLiteral("/api/users/%1/avatar").arg(account.id));

    const HttpAnswer answer = fetchAvatar(url);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.header("Content-Type"), QByteArray("image/png"));
    QCOMPARE(answer.header("Cache-Control"), QByteArray("public, max-age=300"));
    const QImage image = avatar_samples::decode(answer.body);
    QCOMPARE(image.size(), QSize(256, 256));
    const QByteArray etag = answer.header("ETag");
    QVERIFY(etag.startsWith('"') && etag.endsWith('"'));

    const HttpAnswer again = fetchAvatar(url, etag);
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.isEmpty());
    QCOMPARE(again.header("ETag"), etag);
    // The same picture every time, and another one for someone else.
    QCOMPARE(fetchAvatar(url).body, answer.body);
    QVERIFY(fetchAvatar(avatarUrlOf(other)).header("ETag") != etag);

    const HttpAnswer unknown = fetchAvatar(QStringLiteral("/api/users/999999999/avatar"));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(errorCode(unknown), QStringLiteral("not_found"));
    QCOMPARE(fetchAvatar(QStringLiteral("/api/users/x/avatar")).status, 404);
}

void UsersTest::avatarUploadInEachFormat_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("contentType");
    const QImage picture = avatar_samples::quadrants(640, 480);
    QTest::newRow("png") << avatar_samples::encode(picture, "png") << QByteArray("image/png");
    QTest::newRow("jpeg") << avatar_samples::encode(picture, "jpeg", 90)
                          << QByteArray("image/jpeg");
    QTest::newRow("webp") << avatar_samples::encode(picture, "webp", 90)
                          << QByteArray("image/webp");
    // The content decides, not the header.
    QTest::newRow("png sent as jpeg")
        << avatar_samples::encode(picture, "png") << QByteArray("image/jpeg");
    QTest::newRow("jpeg as octet-stream")
        << avatar_samples::encode(picture, "jpeg", 90) << QByteArray("application/octet-stream");
}

void UsersTest::avatarUploadInEachFormat()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, contentType);
    const Account account = registerAccount();
    const HttpAnswer answer = upload(account, bytes, contentType);
    QCOMPARE(answer.status, 200);
    const QString url = answer.json().value(QStringLiteral("avatarUrl")).toString();
    QVERIFY2(url.startsWith(QStringLiteral("/api/users/%1/avatar?v=").arg(account.id)),
             qPrintable(url));
    QCOMPARE(avatarUrlOf(account), url);

    const HttpAnswer image = fetchAvatar(url);
    QCOMPARE(image.status, 200);
    QCOMPARE(image.header("Content-Type"), QByteArray("image/png"));
    QCOMPARE(image.header("Cache-Control"), QByteArray("public, max-age=86400"));
    QVERIFY(image.body.startsWith("\x89PNG\r\n\x1A\n"));
    const QImage decoded = avatar_samples::decode(image.body);
    QCOMPARE(decoded.size(), QSize(256, 256));
    // Centre-cropped: the left half red and blue, the right half green and white.
    QVERIFY(avatar_samples::similar(decoded.pixel(40, 40), Qt::red, 40));
    QVERIFY(avatar_samples::similar(decoded.pixel(215, 215), Qt::white, 40));
    // No metadata: IHDR, IDAT... IEND only.
    QVERIFY(!image.body.contains("tEXt") && !image.body.contains("eXIf"));

    const QByteArray etag = image.header("ETag");
    QVERIFY(url.endsWith(QString::fromLatin1(etag.mid(1, 16))));
    QCOMPARE(fetchAvatar(url, etag).status, 304);
    QCOMPARE(fetchAvatar(url, "\"other\", W/" + etag).status, 304);
    QCOMPARE(fetchAvatar(url, "\"other\"").status, 200);
    // The unversioned URL shows the same picture, for a shorter time.
    const HttpAnswer unversioned =
        fetchAvatar(QStringLiteral("/api/users/%1/avatar").arg(account.id));
    QCOMPARE(unversioned.header("ETag"), etag);
    QCOMPARE(unversioned.header("Cache-Control"), QByteArray("public, max-age=300"));
}

void UsersTest::avatarUrlChangesWithTheAvatar()
{
    const Account account = registerAccount();
    const QString defaultUrl = avatarUrlOf(account);
    const HttpAnswer first =
        upload(account, avatar_samples::encode(avatar_samples::quadrants(300, 300), "png"));
    QCOMPARE(first.status, 200);
    QImage other = avatar_samples::quadrants(300, 300).mirrored(true, false);
    const HttpAnswer second = upload(account, avatar_samples::encode(other, "png"));
    QCOMPARE(second.status, 200);
    const QString firstUrl = first.json().value(QStringLiteral("avatarUrl")).toString();
    const QString secondUrl = second.json().value(QStringLiteral("avatarUrl")).toString();
    QVERIFY(firstUrl != defaultUrl);
    QVERIFY(secondUrl != firstUrl);
    QCOMPARE(avatarUrlOf(account), secondUrl);
    // The same picture again: the same URL (the bytes are deterministic).
    const HttpAnswer again = upload(account, avatar_samples::encode(other, "png"));
    QCOMPARE(again.json().value(QStringLiteral("avatarUrl")).toString(), secondUrl);
}

void UsersTest::badAvatarUploadsAreRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QByteArray png = avatar_samples::encode(avatar_samples::quadrants(64, 64), "png");
    QTest::newRow("not an image") << QByteArray("<?php system($_GET['c']); ?>")
                                  << QByteArray("image/png") << 415
                                  << QStringLiteral("avatar_not_an_image");
    QTest::newRow("empty body") << QByteArray() << QByteArray("image/png") << 415
                                << QStringLiteral("avatar_not_an_image");
    QTest::newRow("gif") << avatar_samples::tinyGif() << QByteArray("image/gif") << 415
                         << QStringLiteral("unsupported_media_type");
    QTest::newRow("gif as octet-stream")
        << avatar_samples::tinyGif() << QByteArray("application/octet-stream") << 415
        << QStringLiteral("avatar_unsupported_format");
    QTest::newRow("multipart form") << png << QByteArray("multipart/form-data; boundary=x") << 415
                                    << QStringLiteral("unsupported_media_type");
    QTest::newRow("over 2 MiB") << png + QByteArray(2 * 1024 * 1024, '\0')
                                << QByteArray("image/png") << 413
                                << QStringLiteral("avatar_too_large");
    QTest::newRow("decompression bomb")
        << avatar_samples::pngDeclaring(30000, 30000) << QByteArray("image/png") << 422
        << QStringLiteral("avatar_dimensions_too_large");
    QTest::newRow("jpeg bomb")
        << avatar_samples::jpegDeclaring(
               avatar_samples::encode(avatar_samples::quadrants(64, 64), "jpeg"), 60000, 60000)
        << QByteArray("image/jpeg") << 422 << QStringLiteral("avatar_dimensions_too_large");
    QTest::newRow("truncated png") << png.left(png.size() / 2) << QByteArray("image/png") << 422
                                   << QStringLiteral("avatar_corrupt");
}

void UsersTest::badAvatarUploadsAreRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, code);
    const Account account = registerAccount();
    const HttpAnswer good =
        upload(account, avatar_samples::encode(avatar_samples::quadrants(128, 128), "png"));
    QCOMPARE(good.status, 200);
    const QString url = good.json().value(QStringLiteral("avatarUrl")).toString();
    const QByteArray etag = fetchAvatar(url).header("ETag");

    const HttpAnswer answer = upload(account, bytes, contentType);
    QCOMPARE(answer.status, status);
    QCOMPARE(errorCode(answer), code);
    QVERIFY(!errorOf(answer).value(QStringLiteral("message")).toString().isEmpty());
    // The old avatar is kept, and the server is fine.
    QCOMPARE(avatarUrlOf(account), url);
    QCOMPARE(fetchAvatar(url).header("ETag"), etag);
}

void UsersTest::deletingTheAvatarRestoresTheDefault()
{
    const Account account = registerAccount();
    const QString defaultUrl = avatarUrlOf(account);
    const QByteArray defaultEtag = fetchAvatar(defaultUrl).header("ETag");
    QCOMPARE(
        upload(account, avatar_samples::encode(avatar_samples::quadrants(90, 90), "png")).status,
        200);
    QVERIFY(fetchAvatar(defaultUrl).header("ETag") != defaultEtag);

    const HttpAnswer removed =
        authorized("DELETE", QStringLiteral("/api/users/me/avatar"), account);
    QCOMPARE(removed.status, 204);
    QCOMPARE(avatarUrlOf(account), defaultUrl);
    QCOMPARE(fetchAvatar(defaultUrl).header("ETag"), defaultEtag);
    // Deleting again is fine: there is nothing left to delete.
    QCOMPARE(authorized("DELETE", QStringLiteral("/api/users/me/avatar"), account).status, 204);
}

void UsersTest::endpointsNeedAToken_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("update profile") << QByteArray("PATCH") << QStringLiteral("/api/users/me");
    QTest::newRow("profile") << QByteArray("GET") << QStringLiteral("/api/users/1");
    QTest::newRow("unknown profile") << QByteArray("GET") << QStringLiteral("/api/users/abc");
    QTest::newRow("search") << QByteArray("GET") << QStringLiteral("/api/users?query=a");
    QTest::newRow("search without query") << QByteArray("GET") << QStringLiteral("/api/users");
    QTest::newRow("upload avatar") << QByteArray("PUT") << QStringLiteral("/api/users/me/avatar");
    QTest::newRow("delete avatar")
        << QByteArray("DELETE") << QStringLiteral("/api/users/me/avatar");
}

void UsersTest::endpointsNeedAToken()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const QByteArray body = method == "PATCH" ? QByteArray("{\"bio\":\"x\"}")
                            : method == "PUT"
                                ? avatar_samples::encode(avatar_samples::quadrants(8, 8), "png")
                                : QByteArray();
    const HttpAnswer answer = m_http.send(method, m_server->baseUrl() + path, body);
    QCOMPARE(answer.status, 401);
    QCOMPARE(errorCode(answer), QStringLiteral("unauthenticated"));
    QCOMPARE(answer.header("WWW-Authenticate"), QByteArray("Bearer"));
}

void UsersTest::wrongMethodsAreRefused_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allow");
    QTest::newRow("POST me") << QByteArray("POST") << QStringLiteral("/api/users/me")
                             << QByteArray("GET, PATCH");
    QTest::newRow("DELETE profile")
        << QByteArray("DELETE") << QStringLiteral("/api/users/1") << QByteArray("GET");
    QTest::newRow("POST search") << QByteArray("POST") << QStringLiteral("/api/users")
                                 << QByteArray("GET");
    QTest::newRow("GET own avatar")
        << QByteArray("GET") << QStringLiteral("/api/users/me/avatar") << QByteArray("PUT, DELETE");
    QTest::newRow("PUT someone's avatar")
        << QByteArray("PUT") << QStringLiteral("/api/users/1/avatar") << QByteArray("GET, HEAD");
}

void UsersTest::wrongMethodsAreRefused()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, allow);
    const HttpAnswer answer = m_http.send(method, m_server->baseUrl() + path);
    QCOMPARE(answer.status, 405);
    QCOMPARE(errorCode(answer), QStringLiteral("method_not_allowed"));
    QCOMPARE(answer.header("Allow"), allow);
}

QTEST_GUILESS_MAIN(UsersTest)
#include "users_test.moc"
