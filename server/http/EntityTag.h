#pragma once

#include <QByteArray>

namespace transcendence::server {

// Whether an If-None-Match header names this entity tag: it may list several tags, weak ones
// (W/"...") included, or "*".
bool etagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag);

} // namespace transcendence::server
