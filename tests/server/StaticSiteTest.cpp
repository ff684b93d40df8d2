// What a browser gets from the SPA file server: the right file with the right type and caching,
// index.html for client-side routes, real 404s for missing files, and never a file from outside
// the web root.
#include "web/StaticSite.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace transcendence::server;
using StatusCode = QHttpServerResponder::StatusCode;

namespace {

const QByteArray kIndex = "<!doctype html><title>Pong</title><div id=app></div>\n";
const QByteArray kAppJs = "export const answer = 42;\n";
const QByteArray kFavicon = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n";
const QByteArray kFrenchJson = "{\"play\":\"Jouer\"}\n";
const QByteArray kSecret = "SECRET-OUTSIDE-THE-WEB-ROOT\n";
const QByteArray kImmutable = "public, max-age=31536000, immutable";

QByteArray header(const QHttpServerResponse &response, const QByteArray &name)
{
    const QList<QByteArray> values = response.headers(name);
    return values.isEmpty() ? QByteArray() : values.first();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return false;
    }
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(content) == content.size();
}

} // namespace

class StaticSiteTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void servesExactFile_data();
    void servesExactFile();
    void clientRoutesGetIndex_data();
    void clientRoutesGetIndex();
    void missingFileIsNotFound_data();
    void missingFileIsNotFound();
    void neverServesOutsideRoot_data();
    void neverServesOutsideRoot();
    void matchingEtagIsNotModified();
    void deepLinkRevalidatesIndex();
    void changedFileIsServedFresh();
    void disabledSiteIsNotFound();
    void contentTypes_data();
    void contentTypes();

private:
    QString root() const { return m_dir.filePath(QStringLiteral("web")); }

    QTemporaryDir m_dir;
};

void StaticSiteTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(writeFile(root() + QStringLiteral("/index.html"), kIndex));
    QVERIFY(writeFile(root() + QStringLiteral("/assets/app.js"), kAppJs));
    QVERIFY(writeFile(root() + QStringLiteral("/favicon.svg"), kFavicon));
    QVERIFY(writeFile(root() + QStringLiteral("/i18n/fr.json"), kFrenchJson));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("outside.txt")), kSecret));
    // A sibling whose name starts like the root: "web" must not also admit "web-private".
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("web-private/secret.txt")), kSecret));
    // Symlinks inside the root that lead out of it, to a file and to a folder.
    QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("outside.txt")),
                        root() + QStringLiteral("/leak.txt")));
    QVERIFY(QFile::link(m_dir.path(), root() + QStringLiteral("/assets/up")));
}

void StaticSiteTest::servesExactFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("cacheControl");

    QTest::newRow("index") << "/index.html" << QByteArray("text/html; charset=utf-8") << kIndex
                           << QByteArray("no-cache");
    QTest::newRow("hashed-asset") << "/assets/app.js"
                                  << QByteArray("text/javascript; charset=utf-8") << kAppJs
                                  << kImmutable;
    QTest::newRow("favicon") << "/favicon.svg" << QByteArray("image/svg+xml") << kFavicon
                             << QByteArray("no-cache");
    QTest::newRow("translation") << "/i18n/fr.json" << QByteArray("application/json") << kFrenchJson
                                 << QByteArray("no-cache");
    QTest::newRow("dot-segment-inside-root")
        << "/i18n/../assets/./app.js" << QByteArray("text/javascript; charset=utf-8") << kAppJs
        << kImmutable;
}

void StaticSiteTest::servesExactFile()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, cacheControl);

    const StaticSite site(root());
    QVERIFY(site.isEnabled());
    const QHttpServerResponse response = site.respond(path, {});
    QCOMPARE(response.statusCode(), StatusCode::Ok);
    QCOMPARE(response.mimeType(), contentType);
    QCOMPARE(response.data(), body);
    QCOMPARE(header(response, "Cache-Control"), cacheControl);
    QVERIFY(!header(response, "ETag").isEmpty());
}

void StaticSiteTest::clientRoutesGetIndex_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("root") << "/";
    QTest::newRow("empty") << "";
    QTest::newRow("deep-link") << "/play/room/1";
    QTest::newRow("trailing-slash") << "/tournaments/";
    QTest::newRow("folder") << "/assets";
    QTest::newRow("folder-slash") << "/i18n/";
}

void StaticSiteTest::clientRoutesGetIndex()
{
    QFETCH(QString, path);

    const StaticSite site(root());
    const QHttpServerResponse response = site.respond(path, {});
    QCOMPARE(response.statusCode(), StatusCode::Ok);
    QCOMPARE(response.data(), kIndex);
    QCOMPARE(response.mimeType(), QByteArray("text/html; charset=utf-8"));
    // A cached index.html would pin players to an old build after a deploy.
    QCOMPARE(header(response, "Cache-Control"), QByteArray("no-cache"));
}

void StaticSiteTest::missingFileIsNotFound_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("js") << "/js/nope.js";
    QTest::newRow("asset") << "/assets/app.123.js";
    QTest::newRow("ico") << "/favicon.ico";
    QTest::newRow("under-route") << "/play/room/1/picture.png";
    QTest::newRow("translation") << "/i18n/xx.json";
}

void StaticSiteTest::missingFileIsNotFound()
{
    QFETCH(QString, path);

    const StaticSite site(root());
    const QHttpServerResponse response = site.respond(path, {});
    QCOMPARE(response.statusCode(), StatusCode::NotFound);
    QVERIFY(response.data() != kIndex); // a script tag must not receive HTML
}

void StaticSiteTest::neverServesOutsideRoot_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("indexAllowed"); // no file-like last segment: the SPA fallback is fine

    QTest::newRow("parent") << "/../outside.txt" << false;
    QTest::newRow("parent-from-assets") << "/assets/../../outside.txt" << false;
    QTest::newRow("many-parents") << "/../../../../../../../../outside.txt" << false;
    QTest::newRow("no-leading-slash") << "../outside.txt" << false;
    QTest::newRow("double-slash") << "//../outside.txt" << false;
    // %2e%2e%2f and %2e%2e/ arrive here decoded, exactly like the rows above.
    QTest::newRow("decoded-dots") << QString::fromUtf8(QByteArray::fromPercentEncoding(
                                         "/assets/%2e%2e/%2e%2e%2foutside.txt"))
                                  << false;
    QTest::newRow("backslashes") << "/assets\\..\\..\\outside.txt" << false;
    QTest::newRow("nul-byte") << QStringLiteral("/index.html") + QChar(0) +
                                     QStringLiteral("/../../outside.txt")
                              << false;
    QTest::newRow("sibling-prefix") << "/../web-private/secret.txt" << false;
    QTest::newRow("symlinked-file") << "/leak.txt" << false;
    QTest::newRow("symlinked-folder") << "/assets/up/outside.txt" << false;
    QTest::newRow("symlinked-folder-sibling") << "/assets/up/web-private/secret.txt" << false;
    QTest::newRow("absolute-system-file") << "/../../../../../../../../etc/passwd" << true;
}

void StaticSiteTest::neverServesOutsideRoot()
{
    QFETCH(QString, path);
    QFETCH(bool, indexAllowed);

    const StaticSite site(root());
    const QHttpServerResponse response = site.respond(path, {});
    QVERIFY2(!response.data().contains("SECRET-OUTSIDE"),
             "served a file from outside the web root");
    QVERIFY2(!response.data().contains("root:"), "served a system file");
    if (indexAllowed) {
        QVERIFY(response.statusCode() == StatusCode::NotFound || response.data() == kIndex);
    } else {
        QCOMPARE(response.statusCode(), StatusCode::NotFound);
    }
}

void StaticSiteTest::matchingEtagIsNotModified()
{
    const StaticSite site(root());
    const QHttpServerResponse first = site.respond(QStringLiteral("/assets/app.js"), {});
    const QByteArray etag = header(first, "ETag");
    QVERIFY(!etag.isEmpty());

    const QHttpServerResponse again = site.respond(QStringLiteral("/assets/app.js"), etag);
    QCOMPARE(again.statusCode(), StatusCode::NotModified);
    QVERIFY(again.data().isEmpty());
    QCOMPARE(header(again, "ETag"), etag);
    QCOMPARE(header(again, "Cache-Control"), kImmutable);

    // A stale or foreign tag gets the full file; so does a fresh StaticSite (same content, same
    // tag).
    const QHttpServerResponse stale = site.respond(QStringLiteral("/assets/app.js"), "\"0123\"");
    QCOMPARE(stale.statusCode(), StatusCode::Ok);
    QCOMPARE(stale.data(), kAppJs);
    const StaticSite restarted(root());
    QCOMPARE(restarted.respond(QStringLiteral("/assets/app.js"), etag).statusCode(),
             StatusCode::NotModified);

    // Different files have different tags.
    QVERIFY(header(site.respond(QStringLiteral("/favicon.svg"), {}), "ETag") != etag);
}

void StaticSiteTest::deepLinkRevalidatesIndex()
{
    const StaticSite site(root());
    const QByteArray indexEtag = header(site.respond(QStringLiteral("/index.html"), {}), "ETag");
    QVERIFY(!indexEtag.isEmpty());
    const QHttpServerResponse response = site.respond(QStringLiteral("/play/room/1"), indexEtag);
    QCOMPARE(response.statusCode(), StatusCode::NotModified);
    QCOMPARE(header(response, "Cache-Control"), QByteArray("no-cache"));
}

void StaticSiteTest::changedFileIsServedFresh()
{
    const QString path = root() + QStringLiteral("/i18n/de.json");
    QVERIFY(writeFile(path, "{\"play\":\"Spielen\"}\n"));
    const StaticSite site(root());
    const QHttpServerResponse before = site.respond(QStringLiteral("/i18n/de.json"), {});
    QCOMPARE(before.data(), QByteArray("{\"play\":\"Spielen\"}\n"));
    const QByteArray oldEtag = header(before, "ETag");

    const QByteArray updated = "{\"play\":\"Spielen\",\"quit\":\"Beenden\"}\n";
    QVERIFY(writeFile(path, updated));
    const QHttpServerResponse after = site.respond(QStringLiteral("/i18n/de.json"), oldEtag);
    QCOMPARE(after.statusCode(), StatusCode::Ok);
    QCOMPARE(after.data(), updated);
    QVERIFY(header(after, "ETag") != oldEtag);

    // A file deleted after it was cached is gone, not served from memory.
    QVERIFY(QFile::remove(path));
    QCOMPARE(site.respond(QStringLiteral("/i18n/de.json"), {}).statusCode(), StatusCode::NotFound);
}

void StaticSiteTest::disabledSiteIsNotFound()
{
    for (const QString &webRoot : {QString(), m_dir.filePath(QStringLiteral("no-such-folder"))}) {
        const StaticSite site(webRoot);
        QVERIFY(!site.isEnabled());
        for (const QString &path :
             {QStringLiteral("/"), QStringLiteral("/index.html"), QStringLiteral("/play/room/1"),
              QStringLiteral("/etc/passwd")}) {
            const QHttpServerResponse response = site.respond(path, {});
            QCOMPARE(response.statusCode(), StatusCode::NotFound);
        }
    }
}

void StaticSiteTest::contentTypes_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("contentType");

    QTest::newRow("mjs") << "chunk.mjs" << QByteArray("text/javascript; charset=utf-8");
    QTest::newRow("css") << "app.css" << QByteArray("text/css; charset=utf-8");
    QTest::newRow("upper-case") << "LOGO.PNG" << QByteArray("image/png");
    QTest::newRow("woff2") << "font.woff2" << QByteArray("font/woff2");
    QTest::newRow("manifest") << "site.webmanifest" << QByteArray("application/manifest+json");
    QTest::newRow("unknown") << "archive.tar.zst" << QByteArray("application/octet-stream");
    QTest::newRow("no-extension") << "LICENSE" << QByteArray("application/octet-stream");
}

void StaticSiteTest::contentTypes()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, contentType);
    QCOMPARE(StaticSite::contentTypeFor(fileName), contentType);
}

QTEST_GUILESS_MAIN(StaticSiteTest)
#include "StaticSiteTest.moc"
