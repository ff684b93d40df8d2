#pragma once

#include "engine/MatchEvent.h"
#include "protocol/PlayMessages.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <vector>

namespace transcendence::server {

// One snapshot of a room for every connection in it, serialized once on the game thread and
// handed to the server thread in one queued signal, in the encodings its recipients chose in
// hello (docs/protocol.md): JSON text, binary frames, or both. What differs between recipients
// is only their lastInputSeq: spliced into the JSON text between two shared halves, or written
// in the few header bytes in front of the shared binary body. The state is never encoded twice.
struct SnapshotDelivery {
    struct Recipient {
        QString connectionId;
        qint64 lastInputSeq = -1; // -1: none yet (null on the wire)
        bool binary = false;      // the connection takes binary snapshots
    };

    QString head;           // the JSON text up to and including "lastInputSeq":
    QString tail;           // the JSON text after that value
    QByteArray binaryBody;  // protocol::encodeBinarySnapshotBody
    QByteArray binaryNoSeq; // the frame for recipients without lastInputSeq (spectators); from
                            // encodeFor only when one of them is binary
    QList<Recipient> recipients;
    qint64 encodedAtNs = 0; // GameClock::now() when encoded (on the room's thread)

    // The snapshot (its lastInputSeq and events ignored) with these events, in the encodings
    // asked for.
    static SnapshotDelivery encode(const protocol::MatchSnapshot &snapshot,
                                   const std::vector<engine::MatchEvent> &events, bool json,
                                   bool binary);
    // The same for these recipients, in the encodings they need.
    static SnapshotDelivery encodeFor(const protocol::MatchSnapshot &snapshot,
                                      const std::vector<engine::MatchEvent> &events,
                                      QList<Recipient> recipients);
    // The exact text one recipient gets: serialize(snapshot with this lastInputSeq).
    QString textFor(qint64 lastInputSeq) const;
    // The binary frame one recipient gets (implicitly shared bytes when it has no seq).
    QByteArray binaryFor(qint64 lastInputSeq) const;
    // Called by the thread that hands the snapshot to the sockets when it takes it: how long it
    // waited since encodedAtNs (the transcendence_snapshot_handoff_seconds metric).
    void noteHandedOver() const;
};

} // namespace transcendence::server

Q_DECLARE_METATYPE(transcendence::server::SnapshotDelivery)
