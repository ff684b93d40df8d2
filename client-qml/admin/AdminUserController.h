#pragma once

#include "admin/AdminController.h"
#include "shell/JsonListModel.h"

#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace transcendence::client {

// One user as an admin sees them (GET /api/admin/users/{id}): the account, its ban, its active
// sessions, and its matches (the public history, a page at a time); and what an admin may do to
// it. Each action reloads what it changed and says so with actionDone(message).
class AdminUserController : public AdminController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(qint64 userId READ userId WRITE setUserId NOTIFY userIdChanged)
    // The account without its sessions: username, displayName, email, role, banned, bannedAt,
    // banReason, hasAvatar, avatarUrl, createdAt, ...; empty until loaded.
    Q_PROPERTY(QVariantMap user READ user NOTIFY userChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY userChanged)
    // The user is the signed-in admin (who cannot ban themselves).
    Q_PROPERTY(bool isSelf READ isSelf NOTIFY userChanged)
    Q_PROPERTY(JsonListModel *sessions READ sessions CONSTANT)
    Q_PROPERTY(JsonListModel *matches READ matches CONSTANT)
    Q_PROPERTY(int matchesTotal READ matchesTotal NOTIFY matchesChanged)

public:
    static constexpr int kMatchPageSize = 20;

    explicit AdminUserController(QObject *parent = nullptr);

    qint64 userId() const { return m_userId; }
    void setUserId(qint64 userId);
    QVariantMap user() const { return m_user; }
    bool isLoaded() const { return !m_user.isEmpty(); }
    bool isSelf() const;
    JsonListModel *sessions() const { return m_sessions; }
    JsonListModel *matches() const { return m_matches; }
    int matchesTotal() const { return m_matchesTotal; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE void loadMoreMatches();
    // Ends every session of the user at once; the reason goes to the audit log.
    Q_INVOKABLE void ban(const QString &reason);
    Q_INVOKABLE void unban();
    // "user" or "admin".
    Q_INVOKABLE void setRole(const QString &role);
    Q_INVOKABLE void removeAvatar();

signals:
    void userIdChanged();
    void userChanged();
    void matchesChanged();
    // An action succeeded: a sentence to show (translated).
    void actionDone(const QString &message);

protected:
    void onSessionChanged() override;

private:
    void loadDetails();
    void requestMatches(int offset);
    QString userPath() const;

    qint64 m_userId = 0;
    QVariantMap m_user;
    JsonListModel *m_sessions;
    JsonListModel *m_matches;
    int m_matchesTotal = 0;
};

} // namespace transcendence::client
