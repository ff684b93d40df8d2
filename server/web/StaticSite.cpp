#include "web/StaticSite.h"

#include "http/EntityTag.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace transcendence::server {
namespace {

constexpr qint64 kMaxCachedFileBytes = 8 * 1024 * 1024;

QHttpServerResponse plainNotFound()
{
    return QHttpServerResponse(QByteArrayLiteral("text/plain; charset=utf-8"),
                               QByteArrayLiteral("Not found\n"),
                               QHttpServerResponder::StatusCode::NotFound);
}

} // namespace

StaticSite::StaticSite(QString webRoot)
{
    if (!webRoot.isEmpty()) {
        m_root = QFileInfo(webRoot).canonicalFilePath();
    }
}

QByteArray StaticSite::contentTypeFor(const QString &fileName)
{
    static const QHash<QString, QByteArray> types{
        {QStringLiteral("html"), "text/html; charset=utf-8"},
        {QStringLiteral("js"), "text/javascript; charset=utf-8"},
        {QStringLiteral("mjs"), "text/javascript; charset=utf-8"},
        {QStringLiteral("css"), "text/css; charset=utf-8"},
        {QStringLiteral("json"), "application/json"},
        {QStringLiteral("map"), "application/json"},
        {QStringLiteral("webmanifest"), "application/manifest+json"},
        {QStringLiteral("svg"), "image/svg+xml"},
        {QStringLiteral("png"), "image/png"},
        {QStringLiteral("jpg"), "image/jpeg"},
        {QStringLiteral("jpeg"), "image/jpeg"},
        {QStringLiteral("webp"), "image/webp"},
        {QStringLiteral("ico"), "image/x-icon"},
        {QStringLiteral("woff2"), "font/woff2"},
        {QStringLiteral("woff"), "font/woff"},
        {QStringLiteral("txt"), "text/plain; charset=utf-8"},
        {QStringLiteral("md"), "text/markdown; charset=utf-8"},
    };
    return types.value(QFileInfo(fileName).suffix().toLower(), "application/octet-stream");
}

QByteArray StaticSite::cacheControlFor(const QString &relativePath)
{
    // Files under /assets/ have a content hash in their path, so they never change in place.
    if (relativePath.startsWith(QLatin1String("assets/"))) {
        return "public, max-age=31536000, immutable";
    }
    return "no-cache"; // revalidate with the ETag every time: index.html, translations, favicon
}

QString StaticSite::resolve(const QString &urlPath) const
{
    if (urlPath.contains(QChar(0)) || urlPath.contains(QLatin1Char('\\'))) {
        return {};
    }
    const QString candidate = QDir::cleanPath(m_root + QLatin1Char('/') + urlPath);
    const QFileInfo info(candidate);
    if (!info.isFile()) {
        return {};
    }
    // canonicalFilePath resolves symlinks too: whatever it names must stay inside the root.
    const QString canonical = info.canonicalFilePath();
    if (!canonical.startsWith(m_root + QLatin1Char('/'))) {
        return {};
    }
    return canonical;
}

const StaticSite::CachedFile *StaticSite::load(const QString &absolutePath) const
{
    const QFileInfo info(absolutePath);
    auto it = m_cache.find(absolutePath);
    if (it != m_cache.end() && it->modified == info.lastModified() && it->size == info.size()) {
        return &it.value();
    }
    QFile file(absolutePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return nullptr;
    }
    CachedFile cached;
    cached.body = file.readAll();
    cached.etag =
        '"' + QCryptographicHash::hash(cached.body, QCryptographicHash::Sha256).toHex().left(32) +
        '"';
    cached.modified = info.lastModified();
    cached.size = info.size();
    if (cached.size > kMaxCachedFileBytes) {
        // Served, but not kept in memory: the cache is for the SPA's small files.
        m_uncached = std::move(cached);
        return &m_uncached;
    }
    return &m_cache.insert(absolutePath, std::move(cached)).value();
}

QHttpServerResponse StaticSite::fileResponse(const QString &absolutePath,
                                             const QByteArray &ifNoneMatch) const
{
    const CachedFile *file = load(absolutePath);
    if (!file) {
        return plainNotFound();
    }
    const QString relative = absolutePath.mid(m_root.size() + 1);
    QHttpServerResponse response =
        etagMatches(ifNoneMatch, file->etag)
            ? QHttpServerResponse(QHttpServerResponder::StatusCode::NotModified)
            : QHttpServerResponse(contentTypeFor(absolutePath), file->body);
    response.setHeader("ETag", file->etag);
    response.setHeader("Cache-Control", cacheControlFor(relative));
    return response;
}

QHttpServerResponse StaticSite::respond(const QString &urlPath, const QByteArray &ifNoneMatch) const
{
    if (!isEnabled()) {
        return plainNotFound();
    }
    const QString file = resolve(urlPath);
    if (!file.isEmpty()) {
        return fileResponse(file, ifNoneMatch);
    }
    const QString lastSegment = urlPath.section(QLatin1Char('/'), -1);
    if (lastSegment.contains(QLatin1Char('.'))) {
        return plainNotFound();
    }
    return fileResponse(m_root + QStringLiteral("/index.html"), ifNoneMatch);
}

} // namespace transcendence::server
