#include "auth/oauth/ReturnPath.h"

#include <QUrl>

namespace transcendence::server::oauth {
namespace {

constexpr qsizetype kMaxReturnPathLength = 2048;

bool hasUnsafeCharacters(const QString &text)
{
    for (const QChar character : text) {
        const char16_t code = character.unicode();
        // Browsers strip tabs and newlines from URLs ("/\t/evil.com" becomes "//evil.com") and
        // treat "\" as "/"; nothing legitimate needs raw spaces or non-ASCII here either.
        if (code <= 0x20 || code >= 0x7f || code == u'\\') {
            return true;
        }
    }
    return false;
}

bool hasControlOrBackslash(const QString &text)
{
    for (const QChar character : text) {
        const char16_t code = character.unicode();
        if (code < 0x20 || code == 0x7f || code == u'\\') {
            return true;
        }
    }
    return false;
}

} // namespace

bool isSafeReturnPath(const QString &path)
{
    if (path.isEmpty() || path.size() > kMaxReturnPathLength || path.at(0) != QLatin1Char('/') ||
        hasUnsafeCharacters(path) || path.contains(QLatin1String("//"))) {
        return false;
    }
    // Some servers and proxies decode once before redirecting; refuse what would then become
    // "//host" or "/\host".
    const QString decoded = QUrl::fromPercentEncoding(path.toUtf8());
    if (decoded.contains(QLatin1String("//")) || hasControlOrBackslash(decoded)) {
        return false;
    }
    const QUrl url(path, QUrl::StrictMode);
    return url.isValid() && url.isRelative() && url.host().isEmpty() && url.userInfo().isEmpty();
}

QString safeReturnPathOr(const QString &path, const QString &fallback)
{
    return isSafeReturnPath(path) ? path : fallback;
}

} // namespace transcendence::server::oauth
