#include "chat/ChatTexts.h"

#include <QDateTime>
#include <QLocale>

namespace transcendence::client {
namespace {

QString userName(const QVariant &user)
{
    // A UserRef (displayName), or a tournament player (label: a display name or an alias).
    const QVariantMap map = user.toMap();
    for (const char *key : {"displayName", "username", "label"}) {
        const QString name = map.value(QLatin1String(key)).toString();
        if (!name.isEmpty()) {
            return name;
        }
    }
    return {};
}

QString argName(const QVariantMap &args, const QString &key)
{
    const QVariant value = args.value(key);
    return value.typeId() == QMetaType::QVariantMap ? userName(value) : value.toString();
}

} // namespace

QString ChatTexts::refusal(const QString &code, const QString &until, int retryAfterMs,
                           const QString &serverMessage)
{
    if (code == protocol::chat_error::Blocked) {
        return tr("You cannot message this player: one of you blocked the other.");
    }
    if (code == protocol::chat_error::Muted) {
        return until.isEmpty() ? tr("You are muted: you can read but not send messages.")
                               : tr("You are muted until %1: you can read but not send messages.")
                                     .arg(dateTime(until));
    }
    if (code == QLatin1String("banned") || code == QLatin1String("account_banned")) {
        return tr("This account is suspended.");
    }
    if (code == protocol::chat_error::RateLimited) {
        const int seconds = qMax(1, (retryAfterMs + 999) / 1000);
        return tr("You are sending messages too fast. Try again in %n second(s).", nullptr,
                  seconds);
    }
    if (code == protocol::chat_error::Flooding) {
        return tr("You already sent this message several times. Write something else.");
    }
    if (code == protocol::chat_error::TextEmpty) {
        return tr("Write a message first.");
    }
    if (code == protocol::chat_error::TextTooLong) {
        return tr("A message can have at most %n character(s).", nullptr, kMaxTextLength);
    }
    if (code == protocol::chat_error::NotMember) {
        return tr("You are not in this conversation (any more).");
    }
    if (code == protocol::chat_error::NotFound) {
        return tr("This conversation or player does not exist (any more).");
    }
    if (code == protocol::chat_error::AlreadyReported) {
        return tr("You already reported this message.");
    }
    if (code == QLatin1String("not_connected") || code == QLatin1String("network_error")) {
        return tr("The server cannot be reached. The message will be sent when the connection "
                  "is back.");
    }
    if (code == protocol::chat_error::Unavailable) {
        return tr("The server is busy. Try again in a moment.");
    }
    if (code == QLatin1String("user_offline")) {
        return tr("This player is not online.");
    }
    return tr("The server refused: %1").arg(serverMessage.isEmpty() ? code : serverMessage);
}

QString ChatTexts::systemMessage(const QVariantMap &system)
{
    const QString code = system.value(QStringLiteral("code")).toString();
    const QVariantMap args = system.value(QStringLiteral("args")).toMap();
    const int round = args.value(QStringLiteral("round")).toInt();
    if (code == QLatin1String("tournament_pairing")) {
        const QVariantList players = args.value(QStringLiteral("players")).toList();
        const QString first = players.size() > 0 ? userName(players.at(0)) : QString();
        const QString second = players.size() > 1 ? userName(players.at(1)) : QString();
        return round > 0 ? tr("Round %1: %2 plays %3 next.").arg(round).arg(first, second)
                         : tr("%1 plays %2 next.").arg(first, second);
    }
    if (code == QLatin1String("tournament_result")) {
        const QString winner = argName(args, QStringLiteral("winner"));
        const QString loser = argName(args, QStringLiteral("loser"));
        const QString result = args.value(QStringLiteral("result")).toString();
        if (winner.isEmpty()) {
            return tr("Round %1: no winner.").arg(round);
        }
        if (result == QLatin1String("walkover")) {
            return tr("Round %1: %2 won by walkover against %3.").arg(round).arg(winner, loser);
        }
        if (result == QLatin1String("forfeit")) {
            return tr("Round %1: %2 won, %3 forfeited.").arg(round).arg(winner, loser);
        }
        return tr("Round %1: %2 beat %3.").arg(round).arg(winner, loser);
    }
    if (code == QLatin1String("tournament_over")) {
        const QString winner = argName(args, QStringLiteral("winner"));
        return winner.isEmpty() ? tr("The tournament is over.")
                                : tr("The tournament is over: %1 won it.").arg(winner);
    }
    if (code == QLatin1String("tournament_started")) {
        return tr("The tournament has started.");
    }
    return tr("Tournament notice: %1").arg(code);
}

QString ChatTexts::invitationState(const QString &state)
{
    if (state == QLatin1String("pending")) {
        return tr("Waiting for an answer");
    }
    if (state == QLatin1String("accepted")) {
        return tr("Accepted");
    }
    if (state == QLatin1String("declined")) {
        return tr("Declined");
    }
    if (state == QLatin1String("expired")) {
        return tr("Expired");
    }
    if (state == QLatin1String("cancelled")) {
        return tr("Cancelled");
    }
    return tr("No longer available");
}

QString ChatTexts::notification(const QVariantMap &notification)
{
    const QString kind = notification.value(QStringLiteral("kind")).toString();
    const QString actor = userName(notification.value(QStringLiteral("actor")));
    const QVariantMap data = notification.value(QStringLiteral("data")).toMap();
    if (kind == QLatin1String("friend_request")) {
        return tr("%1 asked to be your friend.").arg(actor);
    }
    if (kind == QLatin1String("friend_accepted")) {
        return tr("%1 accepted your friend request.").arg(actor);
    }
    if (kind == QLatin1String("invitation")) {
        return tr("%1 invited you to a match.").arg(actor);
    }
    if (kind == QLatin1String("tournament_match")) {
        const QString opponent = argName(data, QStringLiteral("opponent"));
        return opponent.isEmpty() ? tr("Your tournament match is ready.")
                                  : tr("Your tournament match against %1 is ready.").arg(opponent);
    }
    if (kind == QLatin1String("tournament_notice")) {
        return systemMessage(data);
    }
    if (kind == QLatin1String("moderation")) {
        const QString action = data.value(QStringLiteral("action")).toString();
        const QString reason = data.value(QStringLiteral("reason")).toString();
        QString text;
        if (action == QLatin1String("muted")) {
            text = tr("A moderator muted you until %1.")
                       .arg(dateTime(data.value(QStringLiteral("until")).toString()));
        } else if (action == QLatin1String("unmuted")) {
            text = tr("A moderator lifted your mute.");
        } else {
            text = tr("A moderator removed one of your messages.");
        }
        return reason.isEmpty() ? text : tr("%1 Reason: %2").arg(text, reason);
    }
    return tr("Notice: %1").arg(kind);
}

QString ChatTexts::reportReason(const QString &reason)
{
    if (reason == QLatin1String("spam")) {
        return tr("Spam");
    }
    if (reason == QLatin1String("abuse")) {
        return tr("Abuse or harassment");
    }
    if (reason == QLatin1String("cheating")) {
        return tr("Cheating");
    }
    return tr("Something else");
}

QString ChatTexts::dateTime(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid()) {
        return iso;
    }
    const QDateTime local = time.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate()) {
        return locale.toString(local.time(), QLocale::ShortFormat);
    }
    return locale.toString(local, QLocale::ShortFormat);
}

int ChatTexts::textLength(const QString &text)
{
    return protocol::chat_rules::codePoints(protocol::chat_rules::normalizedText(text));
}

} // namespace transcendence::client
