#include "admin/AdminUserController.h"

#include <QJsonArray>

namespace transcendence::client {

AdminUserController::AdminUserController(QObject *parent)
    : AdminController(parent)
    , m_sessions(new JsonListModel({QStringLiteral("id"), QStringLiteral("client"),
                                    QStringLiteral("userAgent"), QStringLiteral("ipAddress"),
                                    QStringLiteral("createdAt"), QStringLiteral("lastSeenAt")},
                                   this))
    , m_matches(new JsonListModel({QStringLiteral("id"), QStringLiteral("kind"),
                                   QStringLiteral("mode"), QStringLiteral("endedAt"),
                                   QStringLiteral("durationSeconds"), QStringLiteral("endReason"),
                                   QStringLiteral("result"), QStringLiteral("rated"),
                                   QStringLiteral("player"), QStringLiteral("opponents")},
                                  this))
{}

void AdminUserController::setUserId(qint64 userId)
{
    if (userId == m_userId) {
        return;
    }
    m_userId = userId;
    emit userIdChanged();
    onSessionChanged();
}

bool AdminUserController::isSelf() const
{
    return session() && m_userId > 0 && session()->userId() == m_userId;
}

QString AdminUserController::userPath() const
{
    return QStringLiteral("/api/admin/users/%1").arg(m_userId);
}

void AdminUserController::onSessionChanged()
{
    m_user.clear();
    m_sessions->clear();
    m_matches->clear();
    m_matchesTotal = 0;
    emit userChanged();
    emit matchesChanged();
    reload();
}

void AdminUserController::reload()
{
    if (m_userId <= 0 || !session()) {
        return;
    }
    loadDetails();
    requestMatches(0);
}

void AdminUserController::loadDetails()
{
    const qint64 asked = m_userId;
    call("GET", userPath(), {}, [this, asked](const ApiAnswer &answer) {
        if (asked != m_userId) {
            return;
        }
        QJsonObject details = answer.object();
        m_sessions->setItems(details.take(QStringLiteral("sessions")).toArray());
        m_user = details.toVariantMap();
        emit userChanged();
    });
}

void AdminUserController::loadMoreMatches()
{
    if (m_matches->count() < m_matchesTotal) {
        requestMatches(m_matches->count());
    }
}

void AdminUserController::requestMatches(int offset)
{
    const qint64 asked = m_userId;
    call("GET",
         QStringLiteral("/api/users/%1/matches?limit=%2&offset=%3")
             .arg(m_userId)
             .arg(kMatchPageSize)
             .arg(offset),
         {}, [this, asked, offset](const ApiAnswer &answer) {
             if (asked != m_userId) {
                 return;
             }
             const QJsonArray page = answer.object().value(QStringLiteral("matches")).toArray();
             if (offset == 0) {
                 m_matches->setItems(page);
             } else if (offset == m_matches->count()) {
                 for (const QJsonValue &match : page) {
                     m_matches->append(match.toObject());
                 }
             }
             m_matchesTotal = answer.object().value(QStringLiteral("total")).toInt();
             emit matchesChanged();
         });
}

void AdminUserController::ban(const QString &reason)
{
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty()) {
        setError(tr("Say why: the reason goes to the audit log."));
        return;
    }
    clearError();
    const QString name = m_user.value(QStringLiteral("displayName")).toString();
    call("POST", userPath() + QStringLiteral("/ban"), {{QStringLiteral("reason"), trimmed}},
         [this, name](const ApiAnswer &) {
             emit actionDone(tr("%1 is banned: every session of theirs has ended.").arg(name));
             loadDetails();
         });
}

void AdminUserController::unban()
{
    clearError();
    const QString name = m_user.value(QStringLiteral("displayName")).toString();
    call("POST", userPath() + QStringLiteral("/unban"), {}, [this, name](const ApiAnswer &) {
        emit actionDone(tr("%1 is no longer banned and may sign in again.").arg(name));
        loadDetails();
    });
}

void AdminUserController::setRole(const QString &role)
{
    if (role != QLatin1String("user") && role != QLatin1String("admin")) {
        setError(tr("Unknown role: %1").arg(role));
        return;
    }
    clearError();
    const QString name = m_user.value(QStringLiteral("displayName")).toString();
    call("PUT", userPath() + QStringLiteral("/role"), {{QStringLiteral("role"), role}},
         [this, name, role](const ApiAnswer &) {
             emit actionDone(role == QLatin1String("admin")
                                 ? tr("%1 is now an administrator.").arg(name)
                                 : tr("%1 is no longer an administrator.").arg(name));
             if (isSelf()) {
                 session()->reloadUser(); // the navigation follows the account's own role
             }
             loadDetails();
         });
}

void AdminUserController::removeAvatar()
{
    clearError();
    const QString name = m_user.value(QStringLiteral("displayName")).toString();
    call(
        "DELETE", userPath() + QStringLiteral("/avatar"), {},
        [this, name](const ApiAnswer &) {
            emit actionDone(tr("The avatar of %1 was removed.").arg(name));
            loadDetails();
        },
        [this](const ApiAnswer &answer) {
            if (answer.status == 404) {
                setError(tr("This user has no uploaded avatar."));
                loadDetails();
            }
        });
}

} // namespace transcendence::client
