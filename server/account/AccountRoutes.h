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
// wakes the mail sender after the commit.
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
