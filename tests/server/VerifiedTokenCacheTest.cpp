// auth/VerifiedTokenCache answers exactly as AccessTokenCodec::verify does, whatever it remembers.
#include "auth/VerifiedTokenCache.h"

#include <QTest>

using namespace transcendence::server;

namespace {

const QDateTime kIssued = QDateTime(QDate(2026, 12, 6), QTime(8, 0), Qt::UTC);

QString refusal(const std::variant<AccessClaims, QString> &result)
{
    const auto *reason = std::get_if<QString>(&result);
    return reason ? *reason : QString();
}

} // namespace

class VerifiedTokenCacheTest : public QObject {
    Q_OBJECT

private slots:
    void aTokenSeenTwiceGivesTheSameClaims();
    void expiryIsCheckedOnEveryUse();
    void refusedTokensStayRefused();
    void beyondCapacityOldTokensAreVerifiedAgain();
};

void VerifiedTokenCacheTest::aTokenSeenTwiceGivesTheSameClaims()
{
    const AccessTokenCodec codec("secret", QStringLiteral("https://example.test"));
    VerifiedTokenCache cache(codec);
    const QByteArray token =
        codec.issue(7, QStringLiteral("sid-7"), QStringLiteral("admin"), kIssued);
    for (int i = 0; i < 3; ++i) {
        const auto result = cache.verify(token, kIssued.addSecs(60 * i));
        QVERIFY(std::holds_alternative<AccessClaims>(result));
        const auto &claims = std::get<AccessClaims>(result);
        QCOMPARE(claims.userId, 7);
        QCOMPARE(claims.sessionId, QStringLiteral("sid-7"));
        QCOMPARE(claims.role, QStringLiteral("admin"));
        QCOMPARE(claims.issuedAt, kIssued);
        QCOMPARE(claims.expiresAt, kIssued.addSecs(AccessTokenCodec::kLifetimeSeconds));
    }
}

void VerifiedTokenCacheTest::expiryIsCheckedOnEveryUse()
{
    const AccessTokenCodec codec("secret", QStringLiteral("https://example.test"));
    VerifiedTokenCache cache(codec);
    const QByteArray token =
        codec.issue(7, QStringLiteral("sid-7"), QStringLiteral("user"), kIssued);
    QVERIFY(std::holds_alternative<AccessClaims>(cache.verify(token, kIssued)));
    const int limit = AccessTokenCodec::kLifetimeSeconds + AccessTokenCodec::kClockSkewSeconds;
    QVERIFY(std::holds_alternative<AccessClaims>(cache.verify(token, kIssued.addSecs(limit - 1))));
    for (const int after : {limit, limit + 1, limit + 3600}) {
        const QDateTime now = kIssued.addSecs(after);
        QCOMPARE(refusal(cache.verify(token, now)), refusal(codec.verify(token, now)));
        QCOMPARE(refusal(cache.verify(token, now)), QStringLiteral("expired"));
    }
}

void VerifiedTokenCacheTest::refusedTokensStayRefused()
{
    const AccessTokenCodec codec("secret", QStringLiteral("https://example.test"));
    const AccessTokenCodec otherKey("other", QStringLiteral("https://example.test"));
    VerifiedTokenCache cache(codec);
    QByteArray token = codec.issue(7, QStringLiteral("sid-7"), QStringLiteral("user"), kIssued);
    QVERIFY(std::holds_alternative<AccessClaims>(cache.verify(token, kIssued)));
    QByteArray tampered = token;
    tampered[tampered.size() - 2] = tampered.at(tampered.size() - 2) == 'A' ? 'B' : 'A';
    const QByteArray forged =
        otherKey.issue(7, QStringLiteral("sid-7"), QStringLiteral("admin"), kIssued);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(refusal(cache.verify(tampered, kIssued)), QStringLiteral("bad signature"));
        QCOMPARE(refusal(cache.verify(forged, kIssued)), QStringLiteral("bad signature"));
        QCOMPARE(refusal(cache.verify("not.a-token", kIssued)),
                 refusal(codec.verify("not.a-token", kIssued)));
    }
}

void VerifiedTokenCacheTest::beyondCapacityOldTokensAreVerifiedAgain()
{
    const AccessTokenCodec codec("secret", QStringLiteral("https://example.test"));
    VerifiedTokenCache cache(codec, 4);
    QList<QByteArray> tokens;
    for (int i = 1; i <= 20; ++i) {
        tokens << codec.issue(i, QStringLiteral("sid-%1").arg(i), QStringLiteral("user"), kIssued);
        QVERIFY(std::holds_alternative<AccessClaims>(cache.verify(tokens.last(), kIssued)));
    }
    // Every token, remembered or long forgotten, still gives its own claims.
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < tokens.size(); ++i) {
            const auto result = cache.verify(tokens.at(i), kIssued.addSecs(1));
            QVERIFY(std::holds_alternative<AccessClaims>(result));
            QCOMPARE(std::get<AccessClaims>(result).userId, i + 1);
        }
    }
}

QTEST_GUILESS_MAIN(VerifiedTokenCacheTest)
#include "VerifiedTokenCacheTest.moc"
