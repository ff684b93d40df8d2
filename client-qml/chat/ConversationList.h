#pragma once

#include <QHash>
#include <QJsonArray>

namespace transcendence::client {

// The conversation list as the server answered it, corrected by what this client read meanwhile.
// On a reconnect the list is asked for beside the catch-up, and its answer may be older than a
// read marker this client sent (and the server took) since: a marker never goes back, and a
// conversation read here up to its last message has nothing unread. readHere: conversation id ->
// the readSeq this client holds.
QJsonArray withReadMarkersKept(const QHash<qint64, qint64> &readHere, QJsonArray listed);

} // namespace transcendence::client
