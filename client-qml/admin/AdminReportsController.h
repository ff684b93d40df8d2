#pragma once

#include "admin/AdminController.h"
#include "shell/JsonListModel.h"

#include <QtQml/qqmlregistration.h>

namespace transcendence::client {

// The chat reports as an admin sees them (GET /api/admin/chat/reports, docs/chat.md): the
// message's text (also when removed), who reported it and why, who wrote it; and the moderation
// actions: delete the message (with a reason), dismiss the report, mute the sender for a while.
// Each action reloads the list and says so with actionDone(message).
class AdminReportsController : public AdminController {
    Q_OBJECT
    QML_ELEMENT
    // "open" or "resolved".
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY statusChanged)
    // id, reason, comment, createdAt, status, reporter, message, conversationId.
    Q_PROPERTY(JsonListModel *reports READ reports CONSTANT)
    Q_PROPERTY(int total READ total NOTIFY reportsChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY reportsChanged)

public:
    explicit AdminReportsController(QObject *parent = nullptr);

    QString status() const { return m_status; }
    void setStatus(const QString &status);
    JsonListModel *reports() { return &m_reports; }
    int total() const { return m_total; }
    bool isLoaded() const { return m_loaded; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE void deleteMessage(qint64 messageId, const QString &reason);
    Q_INVOKABLE void dismiss(qint64 reportId);
    Q_INVOKABLE void mute(qint64 userId, int minutes, const QString &reason);

signals:
    void statusChanged();
    void reportsChanged();
    void actionDone(const QString &message);

protected:
    void onSessionChanged() override;

private:
    QString m_status = QStringLiteral("open");
    JsonListModel m_reports;
    int m_total = 0;
    bool m_loaded = false;
    int m_generation = 0;
};

} // namespace transcendence::client
