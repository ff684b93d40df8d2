#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHttpServerResponse>
#include <QString>

namespace transcendence::server {

// Serves the assembled SPA (the same files nginx serves in production): a file under the web
// root when one matches, otherwise index.html so client-side routes survive a reload. A path
// whose last segment looks like a file name ("x.js") and matches nothing is a real 404.
class StaticSite {
public:
    explicit StaticSite(QString webRoot);

    bool isEnabled() const { return !m_root.isEmpty(); }

    // urlPath is the decoded request path; ifNoneMatch the request's If-None-Match header.
    QHttpServerResponse respond(const QString &urlPath, const QByteArray &ifNoneMatch) const;

    static QByteArray contentTypeFor(const QString &fileName);
    static QByteArray cacheControlFor(const QString &relativePath);

private:
    struct CachedFile {
        QByteArray body;
        QByteArray etag;
        QDateTime modified;
        qint64 size = -1;
    };

    // Returns the file's canonical path if urlPath names a regular file inside the root.
    QString resolve(const QString &urlPath) const;
    const CachedFile *load(const QString &absolutePath) const;
    QHttpServerResponse fileResponse(const QString &absolutePath,
                                     const QByteArray &ifNoneMatch) const;

    QString m_root; // canonical, without trailing slash
    mutable QHash<QString, CachedFile> m_cache;
    mutable CachedFile m_uncached; // the last file too large to cache, alive while it is sent
};

} // namespace transcendence::server
