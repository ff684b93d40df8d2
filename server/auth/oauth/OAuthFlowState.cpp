#include "auth/oauth/OAuthFlowState.h"

#include "auth/oauth/Pkce.h"
#include "auth/oauth/ReturnPath.h"
#include "auth/oauth/UrlSafeRandom.h"

#include <QCryptographicHash>

namespace transcendence::server::oauth {
namespace {

constexpr int kStateRandomBytes = 32;
constexpr int kBindingRandomBytes = 32;

QByteArray bindingHash(const QByteArray &browserBinding)
{
    return QCryptographicHash::hash(browserBinding, QCryptographicHash::Sha256);
}

bool equalInConstantTime(const QByteArray &left, const QByteArray &right)
{
    if (left.size() != right.size()) {
        return false;
    }
    unsigned char difference = 0;
    for (qsizetype i = 0; i < left.size(); ++i) {
        difference |= static_cast<unsigned char>(left[i] ^ right[i]);
    }
    return difference == 0;
}

} // namespace

bool OAuthFlowState::isExpiredAt(const QDateTime &now) const
{
    const auto lifetimeMs = std::chrono::duration_cast<std::chrono::milliseconds>(kLifetime);
    return !createdAt.isValid() || now >= createdAt.addMSecs(lifetimeMs.count()) ||
           now < createdAt.addSecs(-60); // a clock far behind the record: treat as stale
}

bool OAuthFlowState::isBoundTo(const QByteArray &browserBinding) const
{
    // Both sides hashed: equal lengths, and no timing hint about the stored value.
    return !browserBinding.isEmpty() && !browserBindingHash.isEmpty() &&
           equalInConstantTime(bindingHash(browserBinding), browserBindingHash);
}

StartedOAuthFlow startOAuthFlow(const QString &providerId, OAuthFlowPurpose purpose,
                                qint64 linkUserId, const QString &returnPath, const QDateTime &now)
{
    StartedOAuthFlow started;
    started.browserBinding = urlSafeRandom(kBindingRandomBytes);
    OAuthFlowState &flow = started.flow;
    flow.state = urlSafeRandom(kStateRandomBytes);
    flow.codeVerifier = pkce::generateVerifier();
    flow.providerId = providerId;
    flow.purpose = purpose;
    flow.linkUserId = purpose == OAuthFlowPurpose::LinkAccount ? linkUserId : 0;
    flow.returnPath = safeReturnPathOr(returnPath);
    flow.browserBindingHash = bindingHash(started.browserBinding);
    flow.createdAt = now.toUTC();
    return started;
}

} // namespace transcendence::server::oauth
