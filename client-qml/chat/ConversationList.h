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

// Whether the server's answer to one of this user's read markers (chatRead: its seq and the
// unread count after it) is to be taken, given the marker this client holds. The server answers
// each marker when its database worker has stored it, so the answer to an older marker may come
// after a newer one's, and its count is stale then: only a marker at or past the one held counts.
bool isCurrentReadAnswer(qint64 heldReadSeq, qint64 answeredSeq);

} // namespace transcendence::client
