#include "http/EntityTag.h"

#include <QList>

namespace transcendence::server {

bool etagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    for (QByteArray candidate : ifNoneMatch.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/")) {
            candidate = candidate.mid(2);
        }
        if (candidate == etag || candidate == "*") {
            return true;
        }
    }
    return false;
}

} // namespace transcendence::server
