#pragma once

#include "protocol/ChatMessages.h"

#include <QObject>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace transcendence::client {

// The chat's words in the player's language (docs/chat.md): the server sends codes, never prose,
// for refusals, system messages, invitation states and notifications. Pure functions, so both the
// controllers and the pages use one wording.
class ChatTexts : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    // A refused send or chat action: blocked, muted (until an ISO time), rate_limited (retry in
    // retryAfterMs), flooding, text_empty, text_too_long, not_member, ...
    Q_INVOKABLE static QString refusal(const QString &code, const QString &until = {},
                                       int retryAfterMs = 0, const QString &serverMessage = {});
    // A system message {code, args} of a tournament conversation.
    Q_INVOKABLE static QString systemMessage(const QVariantMap &system);
    // pending, accepted, declined, expired, cancelled, unavailable.
    Q_INVOKABLE static QString invitationState(const QString &state);
    // A notification {kind, actor, data} as one sentence.
    Q_INVOKABLE static QString notification(const QVariantMap &notification);
    // spam, abuse, cheating, other.
    Q_INVOKABLE static QString reportReason(const QString &reason);
    // A short local date and time for an ISO 8601 time.
    Q_INVOKABLE static QString dateTime(const QString &iso);
    // The maximum length of a message, in Unicode code points.
    static constexpr int kMaxTextLength = protocol::chat_rules::kMaxTextCodePoints;
    // The length of a text as the server counts it (code points, after trimming).
    Q_INVOKABLE static int textLength(const QString &text);
};

} // namespace transcendence::client
