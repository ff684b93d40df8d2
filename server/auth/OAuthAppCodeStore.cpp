#include "auth/OAuthAppCodeStore.h"

#include "auth/oauth/Pkce.h"
#include "auth/oauth/UrlSafeRandom.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QVariant>

namespace transcendence::server::oauth_app_code_store {
namespace {

constexpr int kCodeRandomBytes = 32;
constexpr qsizetype kMaxCodeLength = 128;

QByteArray hashOf(const QByteArray &code)
{
    return QCryptographicHash::hash(code, QCryptographicHash::Sha256);
}

oauth::OAuthError invalidGrant()
{
    return {QString::fromLatin1(oauth::oauth_errors::kInvalidGrant),
            QStringLiteral("This sign-in code is unknown, already used or expired, or was "
                           "issued to another request. Sign in again.")};
}

} // namespace

std::variant<QByteArray, DomainError> issue(QSqlDatabase &db, qint64 userId,
                                            const oauth::AppRedirect &redirect)
{
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    QSqlQuery sweep(db);
    // A few at a time, so one sign-in never pays for a large backlog.
    if (!sweep.exec(QStringLiteral(
            "DELETE FROM oauth_app_codes WHERE code_hash IN (SELECT code_hash FROM "
            "oauth_app_codes WHERE expires_at < now() ORDER BY expires_at LIMIT 100)"))) {
        return DomainError::unavailable();
    }
    const QByteArray code = oauth::urlSafeRandom(kCodeRandomBytes);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO oauth_app_codes (code_hash, user_id, code_challenge, redirect_uri, "
        "expires_at) VALUES (?, ?, ?, ?, now() + make_interval(secs => ?))"));
    insert.addBindValue(hashOf(code));
    insert.addBindValue(userId);
    insert.addBindValue(QString::fromLatin1(redirect.codeChallenge));
    insert.addBindValue(QString::fromUtf8(redirect.redirectUri.toEncoded()));
    insert.addBindValue(double(kLifetime.count()));
    if (!insert.exec()) {
        return DomainError::unavailable();
    }
    return code;
}

std::variant<qint64, oauth::OAuthError, DomainError> redeem(QSqlDatabase &db,
                                                            const QByteArray &code,
                                                            const QByteArray &codeVerifier,
                                                            const QUrl &redirectUri)
{
    if (code.isEmpty() || code.size() > kMaxCodeLength) {
        return invalidGrant();
    }
    if (!db.isOpen()) {
        return DomainError::unavailable();
    }
    // Taken before any other check: whatever happens next, this code is spent, on every instance.
    QSqlQuery take(db);
    take.prepare(QStringLiteral("DELETE FROM oauth_app_codes WHERE code_hash = ? RETURNING "
                                "user_id, code_challenge, redirect_uri, expires_at > now()"));
    take.addBindValue(hashOf(code));
    if (!take.exec()) {
        return DomainError::unavailable();
    }
    if (!take.next()) {
        return invalidGrant();
    }
    const qint64 userId = take.value(0).toLongLong();
    const QByteArray challenge = take.value(1).toString().toLatin1();
    const QUrl issuedFor = QUrl::fromEncoded(take.value(2).toString().toUtf8());
    const bool live = take.value(3).toBool();
    if (!live || issuedFor != redirectUri ||
        !oauth::pkce::verifierMatches(codeVerifier, challenge)) {
        return invalidGrant();
    }
    return userId;
}

} // namespace transcendence::server::oauth_app_code_store
