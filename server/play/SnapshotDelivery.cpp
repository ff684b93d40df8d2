#include "play/SnapshotDelivery.h"

#include "protocol/Envelope.h"

namespace transcendence::server {

SnapshotDelivery SnapshotDelivery::encode(const protocol::MatchSnapshot &snapshot)
{
    protocol::MatchSnapshot shared = snapshot;
    shared.lastInputSeq = std::nullopt;
    const QString text = QString::fromUtf8(protocol::serialize(shared.toJson()));
    // Keys are serialized in order: "events" (engine events, which have no such key) comes
    // first, so the first match is the top-level field.
    static const QString kField = QStringLiteral("\"lastInputSeq\":");
    static const QString kNull = QStringLiteral("null");
    SnapshotDelivery delivery;
    const qsizetype at = text.indexOf(kField);
    Q_ASSERT(at >= 0 && QStringView(text).mid(at + kField.size()).startsWith(kNull));
    delivery.head = text.left(at + kField.size());
    delivery.tail = text.mid(at + kField.size() + kNull.size());
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

} // namespace transcendence::server
