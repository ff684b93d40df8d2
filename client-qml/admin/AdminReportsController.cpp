#include "admin/AdminReportsController.h"

#include "chat/ChatTexts.h"

namespace transcendence::client {

AdminReportsController::AdminReportsController(QObject *parent)
    : AdminController(parent)
    , m_reports({QStringLiteral("id"), QStringLiteral("reason"), QStringLiteral("comment"),
                 QStringLiteral("createdAt"), QStringLiteral("status"), QStringLiteral("reporter"),
                 QStringLiteral("message"), QStringLiteral("conversationId")})
{}

void AdminReportsController::setStatus(const QString &status)
{
    if (m_status != status) {
        m_status = status;
        emit statusChanged();
        reload();
    }
}

void AdminReportsController::onSessionChanged()
{
    m_reports.clear();
    m_total = 0;
    m_loaded = false;
    emit reportsChanged();
}

void AdminReportsController::reload()
{
    const int generation = ++m_generation;
    call("GET", QStringLiteral("/api/admin/chat/reports?status=%1&limit=100").arg(m_status), {},
         [this, generation](const ApiAnswer &answer) {
             if (generation != m_generation) {
                 return;
             }
             const QJsonObject body = answer.object();
             m_reports.setItems(body.value(QStringLiteral("reports")).toArray());
             m_total = body.value(QStringLiteral("total")).toInt(m_reports.count());
             m_loaded = true;
             emit reportsChanged();
         });
}

void AdminReportsController::deleteMessage(qint64 messageId, const QString &reason)
{
    call("DELETE", QStringLiteral("/api/admin/chat/messages/%1").arg(messageId),
         {{QStringLiteral("reason"), reason}}, [this](const ApiAnswer &) {
             emit actionDone(tr("The message was removed."));
             reload();
         });
}

void AdminReportsController::dismiss(qint64 reportId)
{
    call("POST", QStringLiteral("/api/admin/chat/reports/%1/dismiss").arg(reportId), {},
         [this](const ApiAnswer &) {
             emit actionDone(tr("The report was dismissed."));
             reload();
         });
}

void AdminReportsController::mute(qint64 userId, int minutes, const QString &reason)
{
    call("POST", QStringLiteral("/api/admin/users/%1/mute").arg(userId),
         {{QStringLiteral("minutes"), minutes}, {QStringLiteral("reason"), reason}},
         [this](const ApiAnswer &answer) {
             const QString until = answer.object().value(QStringLiteral("mutedUntil")).toString();
             emit actionDone(
                 until.isEmpty()
                     ? tr("The sender is muted.")
                     : tr("The sender is muted until %1.").arg(ChatTexts::dateTime(until)));
             reload();
         });
}

} // namespace transcendence::client
