#include "account/PasswordSettings.h"

#include "network/ApiClient.h"

namespace transcendence::client {

PasswordSettings::PasswordSettings(QObject *parent)
    : QObject(parent)
{}

void PasswordSettings::setSession(AccountSession *session)
{
    if (session == m_session) {
        return;
    }
    if (m_session) {
        m_session->disconnect(this);
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &AccountSession::userChanged, this, &PasswordSettings::sessionChanged);
    }
    emit sessionChanged();
}

bool PasswordSettings::hasPassword() const
{
    return m_session && m_session->user().value(QStringLiteral("hasPassword")).toBool();
}

void PasswordSettings::setBusy(bool busy)
{
    if (busy != m_busy) {
        m_busy = busy;
        emit busyChanged();
    }
}

QString PasswordSettings::describe(const ApiAnswer &answer)
{
    if (answer.errorCode == QLatin1String("wrong_password")) {
        return tr("The current password is wrong.");
    }
    const QString problem = answer.errorFields.value(QStringLiteral("newPassword"))
                                .toObject()
                                .value(QStringLiteral("code"))
                                .toString();
    if (problem == QLatin1String("too_short")) {
        return tr("The new password is too short: use at least 10 characters.");
    }
    if (problem == QLatin1String("common_password")) {
        return tr("The new password is one of the most common ones: choose another.");
    }
    if (problem == QLatin1String("same_as_identity")) {
        return tr("The new password must not be your user name or e-mail address.");
    }
    return AccountSession::describe(answer);
}

void PasswordSettings::change(const QString &currentPassword, const QString &newPassword)
{
    if (!m_session || !m_session->api() || m_busy) {
        return;
    }
    QJsonObject body{{QStringLiteral("newPassword"), newPassword}};
    if (hasPassword()) {
        body.insert(QStringLiteral("currentPassword"), currentPassword);
    }
    setBusy(true);
    m_errorMessage.clear();
    m_savedMessage.clear();
    emit messagesChanged();
    m_session->api()->request(
        "POST", QStringLiteral("/api/account/password"), body,
        [guard = QPointer<PasswordSettings>(this)](const ApiAnswer &answer) {
            if (!guard) {
                return;
            }
            guard->setBusy(false);
            if (!answer.ok()) {
                guard->m_errorMessage = describe(answer);
                emit guard->messagesChanged();
                return;
            }
            guard->m_savedMessage = tr("Password saved. Your other sessions are signed out.");
            emit guard->messagesChanged();
            emit guard->saved();
            if (guard->m_session) {
                guard->m_session->reloadUser(); // hasPassword may have changed
            }
        });
}

void PasswordSettings::sendResetLink(const QString &email)
{
    if (!m_session || !m_session->api() || m_busy) {
        return;
    }
    setBusy(true);
    m_errorMessage.clear();
    m_savedMessage.clear();
    emit messagesChanged();
    m_session->api()->request(
        "POST", QStringLiteral("/api/account/password/forgot"),
        {{QStringLiteral("email"), email.trimmed()}},
        [guard = QPointer<PasswordSettings>(this)](const ApiAnswer &answer) {
            if (!guard) {
                return;
            }
            guard->setBusy(false);
            if (!answer.ok()) {
                guard->m_errorMessage = answer.errorFields.contains(QStringLiteral("email"))
                                            ? tr("Enter the e-mail address of your account.")
                                            : AccountSession::describe(answer);
            } else {
                guard->m_savedMessage =
                    tr("If an account uses this address, a link to choose a new password is on "
                       "its way. It works once, for 30 minutes.");
            }
            emit guard->messagesChanged();
        });
}

} // namespace transcendence::client
