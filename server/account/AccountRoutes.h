#pragma once

#include "app/FeatureContext.h"
#include "auth/AccountStore.h"
#include "auth/RateLimiter.h"
#include "http/DeferredReply.h"

#include <QObject>

namespace transcendence::server {

class MailSender;
class Router;
struct RouteCall;

// /api/account/*: the flows that go through the player's mailbox (docs/security.md, "E-mail
// links"): verify the address (at sign-up; resend), change it (confirmed by the new address,
// the old one told), change or set the password, and "forgot password". Each handler checks its
// method, limits and body, then does its SQL and its mail in ONE transaction on a worker, and
// wakes the mail sender after the commit. Argon2id (checking the current password, hashing a new
// one) runs on the CPU pool between a SQL read and that transaction (auth/PasswordCheck.h).
class AccountRoutes : public QObject {
    Q_OBJECT
public:
    AccountRoutes(const FeatureContext &context, MailSender &mail, QObject *parent = nullptr);
    void registerRoutes(Router &router);

    // The verification mail for a new account (AuthRoutes::accountCreated).
    void sendVerification(qint64 userId);

private:
    void handleVerify(const RouteCall &call);
    void handleResend(const RouteCall &call);
    void handleChangeEmail(const RouteCall &call);
    void handleChangePassword(const RouteCall &call);
    void handleForgot(const RouteCall &call);
    void handleReset(const RouteCall &call);
    // The handlers' work once within their limits.
    void requestEmailChange(const RouteCall &call, const QString &email, const QString &password);
    void changePassword(const DeferredReplyPtr &reply, const UserRecord &user,
                        const QString &current, const QString &next, const QString &keep);
    void reset(const RouteCall &call);
    // The password change once the current password was verified against `verified` (empty: the
    // account had none) and the new one hashed: one transaction on a SQL worker.
    void writePassword(const DeferredReplyPtr &reply, const UserRecord &user, const QString &keep,
                       const QByteArray &verified, const QByteArray &hash);
    // The reset through a mailed link, with the new password already hashed.
    void writeReset(const DeferredReplyPtr &reply, const QString &token, const QString &password,
                    const QByteArray &hash);

    // then() once every limit allows the request (at once alone, once Redis has answered with
    // several instances); 429 with Retry-After otherwise.
    void withinLimits(const DeferredReplyPtr &reply, QList<RateLimiter::Check> limits,
                      std::function<void()> then);
    void mailQueued(); // after a commit that queued mail

    FeatureContext m_context;
    MailSender &m_mail;
    QString m_publicUrl;
    RateLimiter m_limits;
};

void registerAccountFeature(const FeatureContext &context, MailSender &mail);

} // namespace transcendence::server
