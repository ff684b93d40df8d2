#include "account/TwoFactorSettings.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace transcendence::client {

TwoFactorSettings::TwoFactorSettings(QObject *parent)
    : QObject(parent)
{}

void TwoFactorSettings::setSession(AccountSession *session)
{
    if (session == m_session) {
        return;
    }
    if (m_session) {
        m_session->disconnect(this);
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &AccountSession::userChanged, this, &TwoFactorSettings::syncWithAccount);
    }
    emit sessionChanged();
    syncWithAccount();
}

void TwoFactorSettings::syncWithAccount()
{
    const bool enabled =
        m_session && m_session->user().value(QStringLiteral("twoFactorEnabled")).toBool();
    const bool byEmail =
        m_session && m_session->user().value(QStringLiteral("emailTwoFactorEnabled")).toBool();
    // The scanning and recovery steps outlive a reload of the account; the rest follows it.
    if (m_step == Step::Scanning || m_step == Step::ShowingRecovery || m_step == Step::EmailCode) {
        return;
    }
    setStep(enabled ? Step::On : byEmail ? Step::EmailOn : Step::Off);
}

void TwoFactorSettings::call(const QString &path, const QJsonObject &body,
                             std::function<void(const ApiAnswer &)> done)
{
    if (!m_session || !m_session->api() || m_busy) {
        return;
    }
    setBusy(true);
    setErrorMessage({});
    m_session->api()->request("POST", path, body,
                              [guard = QPointer<TwoFactorSettings>(this),
                               done = std::move(done)](const ApiAnswer &answer) {
                                  if (!guard) {
                                      return;
                                  }
                                  guard->setBusy(false);
                                  if (!answer.ok()) {
                                      guard->setErrorMessage(AccountSession::describe(answer));
                                      return;
                                  }
                                  done(answer);
                              });
}

void TwoFactorSettings::start()
{
    call(QStringLiteral("/api/auth/2fa/setup"), {}, [this](const ApiAnswer &answer) {
        const QJsonObject setup = answer.object();
        m_secret = setup.value(QStringLiteral("secret")).toString();
        m_otpauthUri = setup.value(QStringLiteral("otpauthUri")).toString();
        m_qrCode = setup.value(QStringLiteral("qrCode")).toString();
        m_recoveryCodes.clear();
        setStep(Step::Scanning);
        emit stepChanged(); // the secret changed even when the step did not
    });
}

void TwoFactorSettings::enable(const QString &code)
{
    call(QStringLiteral("/api/auth/2fa/enable"),
         {{QStringLiteral("code"), code.trimmed().remove(QLatin1Char(' '))}},
         [this](const ApiAnswer &answer) {
             m_secret.clear();
             m_otpauthUri.clear();
             m_qrCode.clear();
             m_recoveryCodes.clear();
             const QJsonArray codes =
                 answer.object().value(QStringLiteral("recoveryCodes")).toArray();
             for (const QJsonValue &value : codes) {
                 m_recoveryCodes.append(value.toString());
             }
             setStep(Step::ShowingRecovery);
             emit stepChanged();
             if (m_session) {
                 m_session->reloadUser();
             }
         });
}

void TwoFactorSettings::disable(const QString &proof)
{
    static const QRegularExpression totp(QStringLiteral("^[0-9]{6}$"));
    static const QRegularExpression recovery(
        QStringLiteral("^[a-z0-9]{4}[- ]?[a-z0-9]{4}[- ]?[a-z0-9]{4}$"));
    const QString trimmed = proof.trimmed();
    QJsonObject body;
    if (totp.match(QString(trimmed).remove(QLatin1Char(' '))).hasMatch()) {
        body.insert(QStringLiteral("code"), QString(trimmed).remove(QLatin1Char(' ')));
    } else if (recovery.match(trimmed.toLower()).hasMatch()) {
        body.insert(QStringLiteral("recoveryCode"), trimmed);
    } else {
        body.insert(QStringLiteral("password"), proof);
    }
    call(QStringLiteral("/api/auth/2fa/disable"), body, [this](const ApiAnswer &) {
        setStep(Step::Off);
        if (m_session) {
            m_session->reloadUser();
        }
    });
}

void TwoFactorSettings::startEmail()
{
    call(QStringLiteral("/api/auth/2fa/email/start"), {}, [this](const ApiAnswer &answer) {
        m_emailSentTo = answer.object().value(QStringLiteral("sentTo")).toString();
        setStep(Step::EmailCode);
        emit stepChanged(); // the address changed even when the step did not
    });
}

void TwoFactorSettings::enableEmail(const QString &code)
{
    call(QStringLiteral("/api/auth/2fa/email/enable"),
         {{QStringLiteral("code"), code.trimmed().remove(QLatin1Char(' '))}},
         [this](const ApiAnswer &answer) {
             m_emailSentTo.clear();
             m_recoveryCodes.clear();
             for (const QJsonValue &value :
                  answer.object().value(QStringLiteral("recoveryCodes")).toArray()) {
                 m_recoveryCodes.append(value.toString());
             }
             setStep(Step::ShowingRecovery);
             emit stepChanged();
             if (m_session) {
                 m_session->reloadUser();
             }
         });
}

void TwoFactorSettings::disableEmail()
{
    call(QStringLiteral("/api/auth/2fa/email/disable"), {}, [this](const ApiAnswer &) {
        setStep(Step::Off);
        if (m_session) {
            m_session->reloadUser();
        }
    });
}

void TwoFactorSettings::finish()
{
    m_secret.clear();
    m_otpauthUri.clear();
    m_qrCode.clear();
    m_recoveryCodes.clear();
    m_emailSentTo.clear();
    setErrorMessage({});
    m_step = Step::Off; // syncWithAccount decides between Off and On
    syncWithAccount();
    emit stepChanged();
}

void TwoFactorSettings::setStep(Step step)
{
    if (m_step != step) {
        m_step = step;
        emit stepChanged();
    }
}

void TwoFactorSettings::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        emit busyChanged();
    }
}

void TwoFactorSettings::setErrorMessage(const QString &message)
{
    if (m_errorMessage != message) {
        m_errorMessage = message;
        emit errorMessageChanged();
    }
}

} // namespace transcendence::client
