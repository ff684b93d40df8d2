#include "play/SnapshotDelivery.h"

#include "metrics/ServerMetrics.h"
#include "play/GameClock.h"
#include "protocol/BinarySnapshot.h"
#include "protocol/Envelope.h"

#include <QJsonArray>

namespace transcendence::server {

SnapshotDelivery SnapshotDelivery::encode(const protocol::MatchSnapshot &snapshot,
                                          const std::vector<engine::MatchEvent> &events, bool json,
                                          bool binary)
{
    SnapshotDelivery delivery;
    delivery.encodedAtNs = GameClock::now();
    if (json) {
        protocol::MatchSnapshot shared = snapshot;
        shared.lastInputSeq = std::nullopt;
        shared.events = QJsonArray();
        for (const engine::MatchEvent &event : events) {
            shared.events.append(event.toJson());
        }
        const QString text = QString::fromUtf8(protocol::serialize(shared.toJson()));
        // Keys are serialized in order: "events" (engine events, which have no such key) comes
        // first, so the first match is the top-level field.
        static const QString kField = QStringLiteral("\"lastInputSeq\":");
        static const QString kNull = QStringLiteral("null");
        const qsizetype at = text.indexOf(kField);
        Q_ASSERT(at >= 0 && QStringView(text).mid(at + kField.size()).startsWith(kNull));
        delivery.head = text.left(at + kField.size());
        delivery.tail = text.mid(at + kField.size() + kNull.size());
    }
    if (binary) {
        delivery.binaryBody = protocol::encodeBinarySnapshotBody(snapshot, events);
        delivery.binaryNoSeq = protocol::binarySnapshotFrame(delivery.binaryBody, std::nullopt);
    }
    return delivery;
}

SnapshotDelivery SnapshotDelivery::encodeFor(const protocol::MatchSnapshot &snapshot,
                                             const std::vector<engine::MatchEvent> &events,
                                             QList<Recipient> recipients)
{
    bool json = false;
    bool binary = false;
    bool binaryWithoutSeq = false;
    for (const Recipient &recipient : recipients) {
        (recipient.binary ? binary : json) = true;
        binaryWithoutSeq = binaryWithoutSeq || (recipient.binary && recipient.lastInputSeq < 0);
    }
    SnapshotDelivery delivery = encode(snapshot, events, json, false);
    if (binary) {
        // The shared frame only when a recipient takes it (spectators, players before their
        // first input): a 1v1 between two playing players never does.
        delivery.binaryBody = protocol::encodeBinarySnapshotBody(snapshot, events);
        if (binaryWithoutSeq) {
            delivery.binaryNoSeq = protocol::binarySnapshotFrame(delivery.binaryBody, std::nullopt);
        }
    }
    delivery.recipients = std::move(recipients);
    return delivery;
}

QString SnapshotDelivery::textFor(qint64 lastInputSeq) const
{
    QString text;
    text.reserve(head.size() + tail.size() + 20);
    text += head;
    if (lastInputSeq < 0) {
        text += u"null";
    } else {
        text += QString::number(lastInputSeq);
    }
    text += tail;
    return text;
}

QByteArray SnapshotDelivery::binaryFor(qint64 lastInputSeq) const
{
    if (lastInputSeq < 0) {
        return binaryNoSeq.isEmpty() ? protocol::binarySnapshotFrame(binaryBody, std::nullopt)
                                     : binaryNoSeq;
    }
    return protocol::binarySnapshotFrame(binaryBody, lastInputSeq);
}

void SnapshotDelivery::noteHandedOver() const
{
    if (encodedAtNs > 0) {
        metrics::observeSnapshotHandoff(double(GameClock::now() - encodedAtNs) / 1e6);
    }
}

} // namespace transcendence::server
