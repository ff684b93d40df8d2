// TOTP as authenticator apps compute it: the RFC 6238 and RFC 4226 test vectors, the drift
// window, replay refusal, malformed input, agreement with Debian's independent oathtool, the
// base32 secrets (RFC 4648) and the otpauth:// URI apps import.
#include "auth/twofactor/Totp.h"

#include "OptionalDebug.h"
#include "auth/twofactor/Base32.h"
#include "auth/twofactor/OtpauthUri.h"

#include <QDateTime>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace transcendence::server::twofactor;

namespace {

// RFC 6238 Appendix B and RFC 4226 Appendix D: the 20-byte ASCII secret of both.
const QByteArray kRfcSecret = QByteArrayLiteral("12345678901234567890");
constexpr qint64 kNoStep = totp::kNoStepUsedYet;

QString fullwidthDigits(const QString &asciiDigits)
{
    QString out;
    for (const QChar c : asciiDigits) {
        out += QChar(static_cast<char16_t>(u'\uFF10' + (c.unicode() - u'0')));
    }
    return out;
}

struct ToolResult {
    QString output;
    QString error; // empty on success
};

ToolResult runOathtool(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("oathtool"), arguments);
    if (!process.waitForFinished(30'000)) {
        return {{}, QStringLiteral("oathtool did not finish: %1").arg(process.errorString())};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return {{},
                QStringLiteral("oathtool %1 failed: %2")
                    .arg(arguments.join(u' '), QString::fromUtf8(process.readAllStandardError()))};
    }
    return {QString::fromUtf8(process.readAllStandardOutput()).trimmed(), {}};
}

QString utcForOathtool(qint64 unixTime)
{
    return QDateTime::fromSecsSinceEpoch(unixTime, Qt::UTC)
               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
           QStringLiteral(" UTC");
}

QByteArray randomBytes(QRandomGenerator &random, int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes) {
        byte = static_cast<char>(random.bounded(256));
    }
    return bytes;
}

} // namespace

class TotpTest : public QObject {
    Q_OBJECT

private slots:
    void rfc6238Sha1Vectors_data();
    void rfc6238Sha1Vectors();
    void rfc4226HotpValues_data();
    void rfc4226HotpValues();
    void unsupportedParametersGiveNoCode();
    void timeStepsAreFloored();
    void generatedSecretsAreFreshAndFullLength();

    void verifyReturnsTheMatchedStep();
    void driftOfOneStepEitherSideAccepted();
    void driftOfTwoStepsRefused();
    void codeCannotBeUsedTwice();
    void olderCodeInWindowRefusedAfterNewerOne();
    void nextCodeAcceptedAfterUse();
    void wrongOrMissingSecretRefused();
    void presentedCodeSpacesIgnored_data();
    void presentedCodeSpacesIgnored();
    void malformedCodesRefused_data();
    void malformedCodesRefused();

    void agreesWithOathtool();
    void oathtoolCodesAreAccepted();

    void base32Rfc4648Vectors_data();
    void base32Rfc4648Vectors();
    void base32DecodeTolerant_data();
    void base32DecodeTolerant();
    void base32DecodeStrict_data();
    void base32DecodeStrict();
    void base32RoundTrips();

    void otpauthUriExact();
    void otpauthUriEncodesAccountName_data();
    void otpauthUriEncodesAccountName();
};

void TotpTest::rfc6238Sha1Vectors_data()
{
    QTest::addColumn<qint64>("unixTime");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<QString>("eightDigits");
    QTest::newRow("1970-01-01 00:00:59") << qint64(59) << qint64(0x1) << "94287082";
    QTest::newRow("2005-03-18 01:58:29") << qint64(1111111109) << qint64(0x23523EC) << "07081804";
    QTest::newRow("2005-03-18 01:58:31") << qint64(1111111111) << qint64(0x23523ED) << "14050471";
    QTest::newRow("2009-02-13 23:31:30") << qint64(1234567890) << qint64(0x273EF07) << "89005924";
    QTest::newRow("2033-05-18 03:33:20") << qint64(2000000000) << qint64(0x3F940AA) << "69279037";
    QTest::newRow("2603-10-11 11:33:20") << qint64(20000000000) << qint64(0x27BC86AA) << "65353130";
}

void TotpTest::rfc6238Sha1Vectors()
{
    QFETCH(qint64, unixTime);
    QFETCH(qint64, step);
    QFETCH(QString, eightDigits);
    QCOMPARE(totp::timeStep(unixTime), step);
    QCOMPARE(totp::code(kRfcSecret, unixTime, 8), eightDigits);
    QCOMPARE(totp::code(kRfcSecret, unixTime, 8, 30), eightDigits);
    // The same truncated value modulo 10^6: what a 6-digit app shows at that moment.
    QCOMPARE(totp::code(kRfcSecret, unixTime), eightDigits.right(6));
    QCOMPARE(totp::code(kRfcSecret, unixTime, 7), eightDigits.right(7));
}

void TotpTest::rfc4226HotpValues_data()
{
    QTest::addColumn<quint64>("counter");
    QTest::addColumn<QString>("hotp");
    const char *values[] = {"755224", "287082", "359152", "969429", "338314",
                            "254676", "287922", "162583", "399871", "520489"};
    for (quint64 counter = 0; counter < 10; ++counter) {
        QTest::addRow("counter %llu", counter) << counter << QString::fromLatin1(values[counter]);
    }
}

void TotpTest::rfc4226HotpValues()
{
    QFETCH(quint64, counter);
    QFETCH(QString, hotp);
    QCOMPARE(totp::hotp(kRfcSecret, counter), hotp);
    // TOTP is HOTP of the time step: any second inside step `counter` gives the same code.
    const auto start = static_cast<qint64>(counter) * totp::kPeriodSeconds;
    QCOMPARE(totp::code(kRfcSecret, start), hotp);
    QCOMPARE(totp::code(kRfcSecret, start + totp::kPeriodSeconds - 1), hotp);
}

void TotpTest::unsupportedParametersGiveNoCode()
{
    QVERIFY(totp::hotp(kRfcSecret, 1, 5).isEmpty());
    QVERIFY(totp::hotp(kRfcSecret, 1, 9).isEmpty());
    QVERIFY(totp::code(kRfcSecret, -1).isEmpty());
    QVERIFY(totp::code(kRfcSecret, 59, 6, 0).isEmpty());
    QVERIFY(totp::code(kRfcSecret, 59, 6, -30).isEmpty());
    QCOMPARE(totp::code(kRfcSecret, 59, 6, 60), QStringLiteral("755224")); // step 0 at 60 s
}

void TotpTest::timeStepsAreFloored()
{
    QCOMPARE(totp::timeStep(0), 0);
    QCOMPARE(totp::timeStep(29), 0);
    QCOMPARE(totp::timeStep(30), 1);
    QCOMPARE(totp::timeStep(-1), -1);
    QCOMPARE(totp::timeStep(-30), -1);
    QCOMPARE(totp::timeStep(-31), -2);
}

void TotpTest::generatedSecretsAreFreshAndFullLength()
{
    QSet<QByteArray> secrets;
    for (int i = 0; i < 50; ++i) {
        const QByteArray secret = totp::generateSecret();
        QCOMPARE(secret.size(), totp::kSecretBytes);
        QCOMPARE(secret.size(), 20);
        secrets.insert(secret);
    }
    QCOMPARE(secrets.size(), 50);
}

void TotpTest::verifyReturnsTheMatchedStep()
{
    QCOMPARE(totp::verify(kRfcSecret, u"081804", 1111111109, kNoStep), 0x23523EC);
    QCOMPARE(totp::verify(kRfcSecret, u"050471", 1111111111, kNoStep), 0x23523ED);
    QCOMPARE(totp::verify(kRfcSecret, u"287082", 59, kNoStep), 1);
    QCOMPARE(totp::verify(kRfcSecret, u"755224", 0, kNoStep), 0); // no step -1 to look at
}

void TotpTest::driftOfOneStepEitherSideAccepted()
{
    constexpr qint64 step = 0x23523EC; // "081804"
    // The phone is 30 s behind: its code belongs to the previous step.
    QCOMPARE(totp::verify(kRfcSecret, u"081804", 1111111109 + 30, kNoStep), step);
    QCOMPARE(totp::verify(kRfcSecret, u"081804", (step + 2) * 30 - 1, kNoStep), step);
    // The phone is 30 s ahead: its code belongs to the next step.
    QCOMPARE(totp::verify(kRfcSecret, u"081804", 1111111109 - 30, kNoStep), step);
    QCOMPARE(totp::verify(kRfcSecret, u"081804", (step - 1) * 30, kNoStep), step);
}

void TotpTest::driftOfTwoStepsRefused()
{
    constexpr qint64 step = 0x23523EC; // "081804"
    QCOMPARE(totp::verify(kRfcSecret, u"081804", (step + 2) * 30, kNoStep), std::nullopt);
    QCOMPARE(totp::verify(kRfcSecret, u"081804", (step - 1) * 30 - 1, kNoStep), std::nullopt);
    QCOMPARE(totp::verify(kRfcSecret, u"081804", 2000000000, kNoStep), std::nullopt);
}

void TotpTest::codeCannotBeUsedTwice()
{
    const qint64 now = 1234567890;
    const std::optional<qint64> first = totp::verify(kRfcSecret, u"005924", now, kNoStep);
    QCOMPARE(first, 0x273EF07);
    QCOMPARE(totp::verify(kRfcSecret, u"005924", now, *first), std::nullopt);
    // Still refused later while it is inside the drift window...
    QCOMPARE(totp::verify(kRfcSecret, u"005924", now + 30, *first), std::nullopt);
    // ...and by a stale lastUsedStep from the future (a clock that went back).
    QCOMPARE(totp::verify(kRfcSecret, u"005924", now, *first + 5), std::nullopt);
    // Without the stored step it would have matched: the refusal is the replay check.
    QCOMPARE(totp::verify(kRfcSecret, u"005924", now + 30, *first - 1), *first);
}

void TotpTest::olderCodeInWindowRefusedAfterNewerOne()
{
    const qint64 step = totp::timeStep(1234567890);
    const QString previousCode = totp::hotp(kRfcSecret, static_cast<quint64>(step - 1));
    QCOMPARE(totp::verify(kRfcSecret, previousCode, 1234567890, kNoStep), step - 1);
    QCOMPARE(totp::verify(kRfcSecret, previousCode, 1234567890, step), std::nullopt);
}

void TotpTest::nextCodeAcceptedAfterUse()
{
    const qint64 now = 1234567890;
    const qint64 used = totp::timeStep(now);
    const QString nextCode = totp::code(kRfcSecret, now + 30);
    QCOMPARE(totp::verify(kRfcSecret, nextCode, now + 30, used), used + 1);
    // An app running 30 s fast shows it already now: also accepted, as the next step.
    QCOMPARE(totp::verify(kRfcSecret, nextCode, now, used), used + 1);
}

void TotpTest::wrongOrMissingSecretRefused()
{
    QCOMPARE(totp::verify("12345678901234567891", u"081804", 1111111109, kNoStep), std::nullopt);
    // A user without a secret must never pass, whatever the empty key's HMAC happens to give.
    const QString emptyKeyCode = totp::code(QByteArray(), 1111111109);
    QCOMPARE(emptyKeyCode.size(), 6);
    QCOMPARE(totp::verify(QByteArray(), emptyKeyCode, 1111111109, kNoStep), std::nullopt);
    QCOMPARE(totp::verify(kRfcSecret, u"081804", -1, kNoStep), std::nullopt);
}

void TotpTest::presentedCodeSpacesIgnored_data()
{
    QTest::addColumn<QString>("presented");
    QTest::newRow("plain") << "081804";
    QTest::newRow("as apps show it") << "081 804";
    QTest::newRow("pasted with spaces around") << "  081804 ";
    QTest::newRow("tab") << "\t081804";
    QTest::newRow("spaced out") << "0 8 1 8 0 4";
}

void TotpTest::presentedCodeSpacesIgnored()
{
    QFETCH(QString, presented);
    QCOMPARE(totp::normalizeCode(presented), QStringLiteral("081804"));
    QCOMPARE(totp::verify(kRfcSecret, presented, 1111111109, kNoStep), 0x23523EC);
}

void TotpTest::malformedCodesRefused_data()
{
    // Each is the right code at 1111111109 ("081804") made malformed, so only the format check
    // stands between it and acceptance.
    QTest::addColumn<QString>("presented");
    QTest::newRow("empty") << "";
    QTest::newRow("spaces only") << "   ";
    QTest::newRow("leading zero dropped") << "81804";
    QTest::newRow("extra digit") << "0818040";
    QTest::newRow("8-digit RFC form") << "07081804";
    QTest::newRow("trailing letter") << "081804x";
    QTest::newRow("sign") << "+081804";
    QTest::newRow("dash") << "081-804";
    QTest::newRow("newline") << "081804\n";
    QTest::newRow("NUL") << QString::fromUtf16(u"081804\0", 7);
    QTest::newRow("fullwidth digits") << fullwidthDigits(QStringLiteral("081804"));
    QTest::newRow("arabic-indic digits")
        << QString::fromUtf16(u"\u0660\u0668\u0661\u0668\u0660\u0664");
}

void TotpTest::malformedCodesRefused()
{
    QFETCH(QString, presented);
    QCOMPARE(totp::normalizeCode(presented), std::nullopt);
    QCOMPARE(totp::verify(kRfcSecret, presented, 1111111109, kNoStep), std::nullopt);
}

void TotpTest::agreesWithOathtool()
{
    if (QStandardPaths::findExecutable(QStringLiteral("oathtool")).isEmpty()) {
        QFAIL("oathtool is not installed (Debian package oathtool, see scripts/lib/bootstrap.sh): "
              "it is the independent TOTP implementation this suite checks against");
    }
    QRandomGenerator random(20240601); // reproducible: failures name the secret and time
    QList<QByteArray> secrets{kRfcSecret, totp::generateSecret()};
    for (int i = 0; i < 6; ++i) {
        secrets << randomBytes(random, i % 2 ? 20 : 10 + 2 * i);
    }
    for (const QByteArray &secret : secrets) {
        const QString base32Secret = base32::encode(secret);
        const auto unixTime = static_cast<qint64>(random.bounded(4'102'444'800.0)); // < 2100
        const QString when = utcForOathtool(unixTime);
        const QString context =
            QStringLiteral("secret %1, %2 (%3)").arg(base32Secret, when).arg(unixTime);

        const ToolResult six = runOathtool({QStringLiteral("--totp"), QStringLiteral("-b"),
                                            base32Secret, QStringLiteral("--now"), when});
        QVERIFY2(six.error.isEmpty(), qPrintable(six.error));
        QVERIFY2(totp::code(secret, unixTime) == six.output,
                 qPrintable(context + QStringLiteral(": oathtool says ") + six.output));

        const ToolResult eight =
            runOathtool({QStringLiteral("--totp"), QStringLiteral("--digits=8"),
                         QStringLiteral("-b"), base32Secret, QStringLiteral("--now"), when});
        QVERIFY2(eight.error.isEmpty(), qPrintable(eight.error));
        QVERIFY2(totp::code(secret, unixTime, 8) == eight.output,
                 qPrintable(context + QStringLiteral(": oathtool -8 says ") + eight.output));

        const quint64 counter = random.generate64() >> 1;
        const ToolResult hotp =
            runOathtool({QStringLiteral("--hotp"), QStringLiteral("-c"), QString::number(counter),
                         QString::fromLatin1(secret.toHex())});
        QVERIFY2(hotp.error.isEmpty(), qPrintable(hotp.error));
        QVERIFY2(totp::hotp(secret, counter) == hotp.output,
                 qPrintable(context + QStringLiteral(", counter %1").arg(counter)));
    }
}

void TotpTest::oathtoolCodesAreAccepted()
{
    if (QStandardPaths::findExecutable(QStringLiteral("oathtool")).isEmpty()) {
        QFAIL("oathtool is not installed (Debian package oathtool, see scripts/lib/bootstrap.sh)");
    }
    const QByteArray secret = totp::generateSecret();
    const QString base32Secret = base32::encode(secret);
    const qint64 now = 1'700'000'000;
    // What the user's app shows 30 s early, on time, and 30 s late.
    for (const qint64 appTime : {now - 30, now, now + 30}) {
        const ToolResult shown =
            runOathtool({QStringLiteral("--totp"), QStringLiteral("-b"), base32Secret,
                         QStringLiteral("--now"), utcForOathtool(appTime)});
        QVERIFY2(shown.error.isEmpty(), qPrintable(shown.error));
        QCOMPARE(totp::verify(secret, shown.output, now, kNoStep), totp::timeStep(appTime));
    }
}

void TotpTest::base32Rfc4648Vectors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoded"); // RFC 4648 section 10, without its '=' padding
    QTest::newRow("empty") << QByteArray() << "";
    QTest::newRow("f") << QByteArray("f") << "MY";
    QTest::newRow("fo") << QByteArray("fo") << "MZXQ";
    QTest::newRow("foo") << QByteArray("foo") << "MZXW6";
    QTest::newRow("foob") << QByteArray("foob") << "MZXW6YQ";
    QTest::newRow("fooba") << QByteArray("fooba") << "MZXW6YTB";
    QTest::newRow("foobar") << QByteArray("foobar") << "MZXW6YTBOI";
    QTest::newRow("RFC 6238 secret") << kRfcSecret << "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    QTest::newRow("all bits") << QByteArray(5, '\xFF') << "77777777";
    QTest::newRow("zero bytes") << QByteArray(5, '\0') << "AAAAAAAA";
}

void TotpTest::base32Rfc4648Vectors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoded);
    QCOMPARE(base32::encode(bytes), encoded);
    QCOMPARE(base32::decode(encoded), bytes);
}

void TotpTest::base32DecodeTolerant_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("RFC padded") << "MZXW6YQ=" << QByteArray("foob");
    QTest::newRow("RFC padded, 6 =") << "MY======" << QByteArray("f");
    QTest::newRow("lower case") << "mzxw6ytboi" << QByteArray("foobar");
    QTest::newRow("mixed case") << "MzXw6YtBoI" << QByteArray("foobar");
    QTest::newRow("grouped by 4") << "MZXW 6YTB OI" << QByteArray("foobar");
    QTest::newRow("pasted with line break") << "  MZXW6\nYTBOI\t" << QByteArray("foobar");
    QTest::newRow("padding then space") << "MZXQ==== " << QByteArray("fo");
}

void TotpTest::base32DecodeTolerant()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    QCOMPARE(base32::decode(text), bytes);
}

void TotpTest::base32DecodeStrict_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("digit 1") << "MZXW6YT1";
    QTest::newRow("digit 0") << "MZXW60TB";
    QTest::newRow("digit 8") << "MZXW68TB";
    QTest::newRow("dash") << "MZXW-6YTB";
    QTest::newRow("base64 character") << "MZXW6+TB";
    QTest::newRow("padding inside") << "MZ=XW";
    QTest::newRow("padding between groups") << "MZXQ====MZXQ";
    // Lengths no encoder produces, with all leftover bits zero: only the length rule refuses.
    QTest::newRow("one symbol") << "A";
    QTest::newRow("three symbols") << "AAA";
    QTest::newRow("six symbols") << "AAAAAA";
    QTest::newRow("nine symbols") << "AAAAAAAAA";
    QTest::newRow("non-zero leftover bits") << "M3";
    QTest::newRow("cyrillic M") << QString::fromUtf16(u"\u041CY");
    QTest::newRow("fullwidth M") << QString::fromUtf16(u"\uFF2DY");
    QTest::newRow("NUL") << QString::fromUtf16(u"MY\0", 3);
}

void TotpTest::base32DecodeStrict()
{
    QFETCH(QString, text);
    QCOMPARE(base32::decode(text), std::nullopt);
}

void TotpTest::base32RoundTrips()
{
    QRandomGenerator random(4648);
    for (int size = 0; size <= 64; ++size) {
        const QByteArray bytes = randomBytes(random, size);
        const QString encoded = base32::encode(bytes);
        QCOMPARE(encoded.size(), (size * 8 + 4) / 5);
        QCOMPARE(base32::decode(encoded), bytes);
        QCOMPARE(base32::decode(encoded.toLower()), bytes);
    }
}

void TotpTest::otpauthUriExact()
{
    QCOMPARE(otpauthUri(QStringLiteral("alice"), kRfcSecret),
             QStringLiteral("otpauth://totp/Transcendence:alice?secret="
                            "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Transcendence&algorithm=SHA1"
                            "&digits=6&period=30"));
    QCOMPARE(otpauthUri(QStringLiteral("Ada Lovelace & Co: \u00FCn\u00EFcode/?#=+%"), "f"),
             QStringLiteral("otpauth://totp/Transcendence:"
                            "Ada%20Lovelace%20%26%20Co%3A%20%C3%BCn%C3%AFcode%2F%3F%23%3D%2B%25"
                            "?secret=MY&issuer=Transcendence&algorithm=SHA1&digits=6&period=30"));
}

void TotpTest::otpauthUriEncodesAccountName_data()
{
    QTest::addColumn<QString>("account");
    QTest::newRow("spaces") << "Ada Lovelace";
    QTest::newRow("ampersand and parameters") << "eve&secret=AAAA&issuer=Evil";
    QTest::newRow("colon, slash, query, fragment") << "a:b/c?d#e";
    QTest::newRow("percent and plus") << "100%+1";
    QTest::newRow("unicode") << QString::fromUtf16(u"Zo\u00E9 \u738B \U0001F3D3");
    QTest::newRow("e-mail") << "ada@example.org";
}

void TotpTest::otpauthUriEncodesAccountName()
{
    QFETCH(QString, account);
    const QString uri = otpauthUri(account, kRfcSecret);
    QVERIFY2(!uri.contains(u' '), qPrintable(uri));
    for (const QChar c : uri) {
        QVERIFY2(c.unicode() > 0x20 && c.unicode() < 0x7F, qPrintable(uri)); // plain ASCII
    }

    const QUrl url(uri, QUrl::StrictMode);
    QVERIFY2(url.isValid(), qPrintable(url.errorString()));
    QCOMPARE(url.scheme(), QStringLiteral("otpauth"));
    QCOMPARE(url.host(), QStringLiteral("totp"));
    QCOMPARE(url.path(QUrl::FullyDecoded), QStringLiteral("/Transcendence:") + account);
    QVERIFY(!url.hasFragment());

    const QUrlQuery query(url);
    const QList<std::pair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
    const QList<std::pair<QString, QString>> expected{
        {QStringLiteral("secret"), QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")},
        {QStringLiteral("issuer"), QStringLiteral("Transcendence")},
        {QStringLiteral("algorithm"), QStringLiteral("SHA1")},
        {QStringLiteral("digits"), QStringLiteral("6")},
        {QStringLiteral("period"), QStringLiteral("30")}};
    QCOMPARE(items, expected);
    QCOMPARE(base32::decode(query.queryItemValue(QStringLiteral("secret"))), kRfcSecret);
}

QTEST_GUILESS_MAIN(TotpTest)
#include "TotpTest.moc"
