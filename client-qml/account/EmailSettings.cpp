#include "account/EmailSettings.h"

#include "network/ApiClient.h"
#include "network/FieldMessages.h"

namespace transcendence::client {

EmailSettings::EmailSettings(QObject *parent)
    : QObject(parent)
{}

void EmailSettings::setSession(AccountSession *session)
{
    if (session == m_session) {
        return;
    }
    if (m_session) {
        m_session->disconnect(this);
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &AccountSession::userChanged, this, &EmailSettings::sessionChanged);
        // The account is set before the state says signed in: both change what is shown.
        connect(m_session, &AccountSession::stateChanged, this, &EmailSettings::sessionChanged);
    }
    emit sessionChanged();
}

QString EmailSettings::email() const
{
    return m_session ? m_session->user().value(QStringLiteral("email")).toString() : QString();
}

bool EmailSettings::isUnverified() const
{
    // An account without an address (created with a provider that gave none) has nothing to prove.
    return m_session && m_session->isSignedIn() && !email().isEmpty() &&
           m_session->user().contains(QStringLiteral("emailVerified")) &&
           !m_session->user().value(QStringLiteral("emailVerified")).toBool();
}

bool EmailSettings::hasPassword() const
{
    return m_session && m_session->user().value(QStringLiteral("hasPassword")).toBool();
}

void EmailSettings::setBusy(bool busy)
{
    if (busy != m_busy) {
        m_busy = busy;
        emit busyChanged();
    }
}

QString EmailSettings::describe(const ApiAnswer &answer)
{
    if (answer.errorCode == QLatin1String("wrong_password")) {
        return tr("The current password is wrong.");
    }
    if (answer.errorCode == QLatin1String("nothing_to_verify")) {
        return tr("Your address is already confirmed.");
    }
    const QString problem = answer.errorFields.value(QStringLiteral("email"))
                                .toObject()
                                .value(QStringLiteral("code"))
                                .toString();
    if (problem == QLatin1String("unchanged")) {
        return tr("This is already your address.");
    }
    if (problem == QLatin1String("has_account")) {
        return tr("Another account uses this address.");
    }
    return AccountSession::describe(answer);
}

void EmailSettings::post(const QString &path, const QJsonObject &body, std::function<void()> done)
{
    if (!m_session || !m_session->api() || !m_session->isSignedIn() || m_busy) {
        return;
    }
    setBusy(true);
    m_errorMessage.clear();
    m_fieldErrors.clear();
    m_doneMessage.clear();
    emit messagesChanged();
    m_session->api()->request(
        "POST", path, body,
        [guard = QPointer<EmailSettings>(this), done = std::move(done)](const ApiAnswer &answer) {
            if (!guard) {
                return;
            }
            guard->setBusy(false);
            if (!answer.ok()) {
                guard->m_errorMessage = describe(answer);
                guard->m_fieldErrors = FieldMessages::describeAll(answer.errorFields);
                emit guard->messagesChanged();
                return;
            }
            done();
        });
}

void EmailSettings::resendLink()
{
    post(QStringLiteral("/api/account/email/resend"), {}, [this] {
        m_doneMessage = tr("Sent. Check your mailbox.");
        emit messagesChanged();
    });
}

void EmailSettings::change(const QString &newEmail, const QString &currentPassword)
{
    QJsonObject body{{QStringLiteral("email"), newEmail.trimmed()}};
    if (hasPassword()) {
        body.insert(QStringLiteral("currentPassword"), currentPassword);
    }
    post(QStringLiteral("/api/account/email"), body, [this] {
        m_doneMessage = tr("Almost done: follow the link we sent to the new address. Until then, "
                           "the old one stays.");
        emit messagesChanged();
        emit changeRequested();
    });
}

void EmailSettings::refresh()
{
    if (m_session && m_session->isSignedIn()) {
        m_session->reloadUser();
    }
}

} // namespace transcendence::client
