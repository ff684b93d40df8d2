#pragma once

#include "chat/ChatStore.h"

#include <QJsonArray>

namespace transcendence::server::chat_moderation {

// Reports and moderator actions (sql/0011_chat.sql: chat_reports, chat_mutes). Every admin
// action writes its admin_audit_log entry in the same transaction.

// A member's report of someone else's message (reason: spam, abuse, cheating, other).
std::variant<QJsonObject, ChatError> report(QSqlDatabase &db, qint64 reporterId, qint64 messageId,
                                            const QString &reason, const QString &comment);

struct ReportPage {
    QJsonArray reports; // newest first; each with the message's text, even when removed
    qint64 total = 0;
};
std::variant<ReportPage, ChatError> listReports(QSqlDatabase &db, const QString &status, int limit,
                                                int offset);

std::variant<QJsonObject, ChatError> dismissReport(QSqlDatabase &db, qint64 adminId,
                                                   qint64 reportId);

struct Removed {
    chat_store::PostedMessage updated; // the message as everyone now sees it, and who sees it
    qint64 authorId = 0;               // 0: none (a system message, an erased account)
};
// Shows the message as removed by a moderator (its text stays for the reports) and resolves its
// open reports.
std::variant<Removed, ChatError> removeMessage(QSqlDatabase &db, qint64 adminId, qint64 messageId,
                                               const QString &reason);

// Mutes for minutes (replacing an earlier mute); returns the end.
std::variant<QDateTime, ChatError> mute(QSqlDatabase &db, qint64 adminId, qint64 userId,
                                        int minutes, const QString &reason);
// not_found when the user was not muted.
std::variant<bool, ChatError> unmute(QSqlDatabase &db, qint64 adminId, qint64 userId);

} // namespace transcendence::server::chat_moderation
