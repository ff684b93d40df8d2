#include "chat/ConversationList.h"

#include <QJsonObject>

namespace transcendence::client {

QJsonArray withReadMarkersKept(const QHash<qint64, qint64> &readHere, QJsonArray listed)
{
    const QString readSeqKey = QStringLiteral("readSeq");
    for (qsizetype index = 0; index < listed.size(); ++index) {
        QJsonObject conversation = listed.at(index).toObject();
        const qint64 read = readHere.value(conversation.value(QStringLiteral("id")).toInteger());
        const qint64 listedRead = conversation.value(readSeqKey).toInteger();
        if (read <= listedRead) {
            continue;
        }
        conversation.insert(readSeqKey, read);
        if (read >= conversation.value(QStringLiteral("lastSeq")).toInteger()) {
            conversation.insert(QStringLiteral("unread"), 0);
        }
        listed.replace(index, conversation);
    }
    return listed;
}

bool isCurrentReadAnswer(qint64 heldReadSeq, qint64 answeredSeq)
{
    return answeredSeq >= heldReadSeq;
}

} // namespace transcendence::client
