#pragma once

#include "protocol/PlayMessages.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace transcendence::server {

// One snapshot of a room for every connection in it, serialized once on the game thread and
// handed to the server thread in one queued signal. The recipients' texts differ only in
// lastInputSeq (each connection's own inputs), which is spliced in between the two shared
// halves as each one is sent: the state is never encoded twice.
struct SnapshotDelivery {
    struct Recipient {
        QString connectionId;
        qint64 lastInputSeq = -1; // -1: none yet (null on the wire)
    };

    QString head; // the JSON text up to and including "lastInputSeq":
    QString tail; // the JSON text after that value
    QList<Recipient> recipients;

    // The snapshot (its lastInputSeq ignored) split around lastInputSeq.
    static SnapshotDelivery encode(const protocol::MatchSnapshot &snapshot);
    // The exact text one recipient gets: serialize(snapshot with this lastInputSeq).
    QString textFor(qint64 lastInputSeq) const;
};

} // namespace transcendence::server

Q_DECLARE_METATYPE(transcendence::server::SnapshotDelivery)
