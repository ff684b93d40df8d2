// Recovery codes (format, entropy, forgiving input, peppered hashes, single match) and the QR
// code of the 2FA setup: a PNG that is square, has its quiet zone and error-correction level M,
// and that an independent reader (zbarimg, Debian zbar-tools) decodes back to the input.
#include "OptionalDebug.h"
#include "auth/twofactor/Base32.h"
#include "auth/twofactor/OtpauthUri.h"
#include "auth/twofactor/QrCode.h"
#include "auth/twofactor/RecoveryCodes.h"
#include "auth/twofactor/Totp.h"
#include "auth/twofactor/TotpEnrollment.h"

#include <QBuffer>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace transcendence::server::twofactor;

namespace {

const QByteArray kPepper = QByteArrayLiteral("server-pepper");
// The display alphabet: Crockford's base32, lower case (no i, l, o, u).
const QString kAlphabet = QStringLiteral("0123456789abcdefghjkmnpqrstvwxyz");
const QRegularExpression
    kDisplayForm(QStringLiteral("^[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){2}$"));

struct ScanResult {
    QByteArray data;
    QString error; // empty on success
};

// Decodes the QR code in a PNG with zbarimg: an independent reader, like the user's phone.
ScanResult scanWithZbar(const QByteArray &png)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("code.png"));
    QFile file(path);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(png) != png.size()) {
        return {{}, QStringLiteral("cannot write %1").arg(path)};
    }
    file.close();
    QProcess process;
    process.start(QStringLiteral("zbarimg"),
                  {QStringLiteral("--quiet"), QStringLiteral("--raw"), QStringLiteral("--nodbus"),
                   QStringLiteral("-Sdisable"), QStringLiteral("-Sqrcode.enable"), path});
    if (!process.waitForFinished(30'000)) {
        return {{}, QStringLiteral("zbarimg did not finish: %1").arg(process.errorString())};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return {{},
                QStringLiteral("zbarimg found no QR code (exit %1): %2")
                    .arg(process.exitCode())
                    .arg(QString::fromUtf8(process.readAllStandardError()))};
    }
    QByteArray data = process.readAllStandardOutput();
    if (data.endsWith('\n')) {
        data.chop(1); // zbarimg ends each symbol with a line break
    }
    return {data, {}};
}

bool zbarimgInstalled()
{
    return !QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty();
}

constexpr char kZbarMissing[] = "zbarimg is not installed (Debian package zbar-tools, see "
                                "scripts/lib/bootstrap.sh): it is the independent QR reader "
                                "this suite checks the codes with";

bool isDark(const QImage &image, int x, int y)
{
    return qGray(image.pixel(x, y)) < 128;
}

// The module grid of a rendered code, measured from its pixels: where the top-left finder
// pattern starts (the quiet zone) and how wide its 7-module top edge is.
struct MeasuredGrid {
    int quietZonePixels = 0;
    int finderWidthPixels = 0;
};

MeasuredGrid measure(const QImage &image)
{
    MeasuredGrid grid;
    int d = 0;
    while (d < image.width() && !isDark(image, d, d)) {
        ++d;
    }
    grid.quietZonePixels = d;
    int x = d;
    while (x < image.width() && isDark(image, x, d)) {
        ++x;
    }
    grid.finderWidthPixels = x - d;
    return grid;
}

// The 15 format bits next to the top-left finder pattern (ISO/IEC 18004 section 7.9), read
// from module coordinates of the symbol (quiet zone excluded).
quint32 formatBits(const QImage &image, int quietZonePixels, int scale)
{
    const auto dark = [&](int column, int row) {
        return isDark(image, quietZonePixels + column * scale + scale / 2,
                      quietZonePixels + row * scale + scale / 2);
    };
    quint32 bits = 0;
    const auto setBit = [&bits](int index, bool value) {
        if (value) {
            bits |= 1U << index;
        }
    };
    for (int i = 0; i <= 5; ++i) {
        setBit(i, dark(8, i));
    }
    setBit(6, dark(8, 7));
    setBit(7, dark(8, 8));
    setBit(8, dark(7, 8));
    for (int i = 9; i < 15; ++i) {
        setBit(i, dark(14 - i, 8));
    }
    return bits;
}

// The BCH(15,5) check bits the standard appends to 5 data bits (generator 0x537).
quint32 formatCheckBits(quint32 data)
{
    quint32 remainder = data;
    for (int i = 0; i < 10; ++i) {
        remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537U);
    }
    return remainder & 0x3FFU;
}

} // namespace

class RecoveryAndQrTest : public QObject {
    Q_OBJECT

private slots:
    void recoveryCodesHaveDisplayForm();
    void recoveryCodesAreDistinctAndUseWholeAlphabet();
    void recoveryCodeNormalization_data();
    void recoveryCodeNormalization();
    void recoveryCodeRejected_data();
    void recoveryCodeRejected();
    void recoveryHashIsPepperedHmacSha256();
    void recoveryHashIgnoresPresentation();
    void recoveryHashNeedsCodeAndPepper();
    void recoveryFindReturnsTheMatchedIndex();
    void recoveryFindRefusesOtherPepperAndUsedCodes();

    void qrPngIsSquareBlackOnWhite();
    void qrHasQuietZoneAndWholeModules_data();
    void qrHasQuietZoneAndWholeModules();
    void qrUsesErrorCorrectionLevelM();
    void qrDecodesBackToInput_data();
    void qrDecodesBackToInput();
    void qrDataUrlCarriesThePng();
    void qrRefusesWhatItCannotEncode();
    void enrollmentIsConsistentAndScannable();
};

void RecoveryAndQrTest::recoveryCodesHaveDisplayForm()
{
    QCOMPARE(recoverycodes::kCount, 10);
    QVERIFY(recoverycodes::kEntropyBits >= 60);
    const QStringList codes = recoverycodes::generate();
    QCOMPARE(codes.size(), 10);
    for (const QString &code : codes) {
        QVERIFY2(kDisplayForm.match(code).hasMatch(), qPrintable(code));
        QCOMPARE(recoverycodes::normalize(code), QString(code).remove(u'-'));
    }
    QCOMPARE(recoverycodes::generate(3).size(), 3);
}

void RecoveryAndQrTest::recoveryCodesAreDistinctAndUseWholeAlphabet()
{
    // 2000 codes: every one of the 32 symbols must show up at each of the 12 positions (a
    // generator drawing from fewer symbols or fewer bits fails this; a fair one misses with
    // odds below 10^-24), and no code repeats.
    constexpr int kSets = 200;
    QSet<QString> all;
    QList<QSet<QChar>> symbolsAt(recoverycodes::kSymbols);
    for (int set = 0; set < kSets; ++set) {
        const QStringList codes = recoverycodes::generate();
        QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), codes.size());
        for (const QString &code : codes) {
            all.insert(code);
            const QString symbols = QString(code).remove(u'-');
            for (int i = 0; i < symbols.size(); ++i) {
                symbolsAt[i].insert(symbols[i]);
            }
        }
    }
    QCOMPARE(all.size(), kSets * recoverycodes::kCount);
    const QSet<QChar> alphabet(kAlphabet.begin(), kAlphabet.end());
    for (int i = 0; i < recoverycodes::kSymbols; ++i) {
        QCOMPARE(symbolsAt[i], alphabet);
    }
}

void RecoveryAndQrTest::recoveryCodeNormalization_data()
{
    QTest::addColumn<QString>("presented");
    QTest::newRow("display form") << "7kq2-m9xd-3hvt";
    QTest::newRow("upper case") << "7KQ2-M9XD-3HVT";
    QTest::newRow("no dashes") << "7kq2m9xd3hvt";
    QTest::newRow("spaces") << " 7kq2 m9xd 3hvt ";
    QTest::newRow("dashes and spaces anywhere") << "7-k q2m9-x-d3h vt";
    QTest::newRow("tab") << "7kq2\tm9xd\t3hvt";
}

void RecoveryAndQrTest::recoveryCodeNormalization()
{
    QFETCH(QString, presented);
    QCOMPARE(recoverycodes::normalize(presented), QStringLiteral("7kq2m9xd3hvt"));
}

void RecoveryAndQrTest::recoveryCodeRejected_data()
{
    QTest::addColumn<QString>("presented");
    QTest::newRow("empty") << "";
    QTest::newRow("dashes only") << "----";
    QTest::newRow("one symbol short") << "7kq2-m9xd-3hv";
    QTest::newRow("one symbol long") << "7kq2-m9xd-3hvtt";
    QTest::newRow("u is not a symbol") << "7kq2-m9xd-3hvu";
    QTest::newRow("punctuation") << "7kq2-m9xd-3hv!";
    QTest::newRow("underscore") << "7kq2_m9xd_3hvt";
    QTest::newRow("fullwidth digit") << QString::fromUtf16(u"\uFF17kq2-m9xd-3hvt");
    QTest::newRow("accented letter") << QString::fromUtf16(u"7kq2-m9xd-3hv\u00E9");
    QTest::newRow("NUL") << QString::fromUtf16(u"7kq2-m9xd-3hv\0", 14);
}

void RecoveryAndQrTest::recoveryCodeRejected()
{
    QFETCH(QString, presented);
    QCOMPARE(recoverycodes::normalize(presented), std::nullopt);
    QVERIFY(recoverycodes::hash(presented, kPepper).isEmpty());
}

void RecoveryAndQrTest::recoveryHashIsPepperedHmacSha256()
{
    // Known answer, computed independently (Python hmac): stored hashes must stay valid
    // across releases, so the message format cannot drift unnoticed.
    //   hmac.new(b"server-pepper", b"transcendence/2fa-recovery-code/v1:7kq2m9xd3hvt",
    //            hashlib.sha256).hexdigest()
    const QByteArray hash = recoverycodes::hash(u"7kq2-m9xd-3hvt", kPepper);
    QCOMPARE(hash.size(), 32);
    QCOMPARE(hash.toHex(),
             QByteArray("cac975108397181cf85d7510dd8aef0de9725ad3721ed74e9daf73fc96c6a532"));
}

void RecoveryAndQrTest::recoveryHashIgnoresPresentation()
{
    const QByteArray expected = recoverycodes::hash(u"7kq2-m9xd-3hvt", kPepper);
    QCOMPARE(recoverycodes::hash(u"7KQ2 M9XD 3HVT", kPepper), expected);
    // Look-alikes are read as Crockford intends: o is 0, i and l are 1.
    QCOMPARE(recoverycodes::hash(u"0111-abcd-efgh", kPepper),
             recoverycodes::hash(u"OIL1-ABCD-EFGH", kPepper));
    QCOMPARE(recoverycodes::normalize(u"oil1-abcd-efgh"), QStringLiteral("0111abcdefgh"));
    QVERIFY(recoverycodes::hash(u"7kq2-m9xd-3hvv", kPepper) != expected);
}

void RecoveryAndQrTest::recoveryHashNeedsCodeAndPepper()
{
    QVERIFY(recoverycodes::hash(u"7kq2-m9xd-3hvt", QByteArray()).isEmpty());
    QVERIFY(recoverycodes::hash(u"not a code", kPepper).isEmpty());
    const QByteArray other = recoverycodes::hash(u"7kq2-m9xd-3hvt", "another-pepper");
    QCOMPARE(other.size(), 32);
    QVERIFY(other != recoverycodes::hash(u"7kq2-m9xd-3hvt", kPepper));
}

void RecoveryAndQrTest::recoveryFindReturnsTheMatchedIndex()
{
    const QStringList codes = recoverycodes::generate();
    QList<QByteArray> stored;
    for (const QString &code : codes) {
        stored << recoverycodes::hash(code, kPepper);
    }
    for (qsizetype i = 0; i < codes.size(); ++i) {
        QCOMPARE(recoverycodes::find(codes[i], stored, kPepper), i);
        QCOMPARE(recoverycodes::find(codes[i].toUpper().remove(u'-'), stored, kPepper), i);
    }
    const QString outsider = recoverycodes::generate(1).constFirst();
    QVERIFY(!codes.contains(outsider));
    QCOMPARE(recoverycodes::find(outsider, stored, kPepper), std::nullopt);
    QCOMPARE(recoverycodes::find(u"", stored, kPepper), std::nullopt);
    QCOMPARE(recoverycodes::find(codes[0], {}, kPepper), std::nullopt);
    // Should a hash ever be stored twice, the first one is the match (the one the caller clears).
    stored << stored[2];
    QCOMPARE(recoverycodes::find(codes[2], stored, kPepper), 2);
}

void RecoveryAndQrTest::recoveryFindRefusesOtherPepperAndUsedCodes()
{
    const QStringList codes = recoverycodes::generate();
    QList<QByteArray> stored;
    for (const QString &code : codes) {
        stored << recoverycodes::hash(code, kPepper);
    }
    // A dump of the hashes is useless with another (or no) key.
    QCOMPARE(recoverycodes::find(codes[3], stored, "another-pepper"), std::nullopt);
    QCOMPARE(recoverycodes::find(codes[3], stored, QByteArray()), std::nullopt);
    // A used code, cleared by the caller, no longer matches; its neighbours still do.
    stored[3].clear();
    QCOMPARE(recoverycodes::find(codes[3], stored, kPepper), std::nullopt);
    QCOMPARE(recoverycodes::find(codes[4], stored, kPepper), 4);
}

void RecoveryAndQrTest::qrPngIsSquareBlackOnWhite()
{
    const QByteArray png = qrcode::png(QStringLiteral("otpauth://totp/Transcendence:alice"));
    QVERIFY(png.startsWith("\x89PNG\r\n\x1A\n"));
    QBuffer buffer;
    buffer.setData(png);
    QImageReader reader(&buffer);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
    QCOMPARE(image.width(), image.height());
    QVERIFY(image.width() >= qrcode::kMinimumSidePixels);
    int dark = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            QVERIFY(pixel == qRgb(0, 0, 0) || pixel == qRgb(255, 255, 255));
            dark += pixel == qRgb(0, 0, 0) ? 1 : 0;
        }
    }
    // A QR code is roughly half dark; a blank or inverted image is not.
    QVERIFY(dark > image.width() * image.height() / 5);
    QVERIFY(dark < image.width() * image.height() / 2);
}

void RecoveryAndQrTest::qrHasQuietZoneAndWholeModules_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("tiny (version 1)") << "hi";
    QTest::newRow("otpauth URI") << otpauthUri(QStringLiteral("Ada Lovelace"),
                                               totp::generateSecret());
    QTest::newRow("long (version > 20)") << QString(800, u'x');
}

void RecoveryAndQrTest::qrHasQuietZoneAndWholeModules()
{
    QFETCH(QString, text);
    const QImage image = QImage::fromData(qrcode::png(text), "PNG");
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), image.height());
    QVERIFY(image.width() >= qrcode::kMinimumSidePixels);

    // The finder pattern's top edge is 7 modules wide and starts after the quiet zone.
    const MeasuredGrid grid = measure(image);
    QVERIFY(grid.finderWidthPixels > 0);
    QCOMPARE(grid.finderWidthPixels % 7, 0);
    const int scale = grid.finderWidthPixels / 7;
    QCOMPARE(grid.quietZonePixels, qrcode::kQuietZoneModules * scale);
    QCOMPARE(grid.quietZonePixels, 4 * scale);
    QCOMPARE(image.width() % scale, 0);
    const int modules = image.width() / scale - 2 * qrcode::kQuietZoneModules;
    QVERIFY2(modules >= 21 && modules <= 177 && (modules - 17) % 4 == 0,
             qPrintable(QString::number(modules))); // a real QR version: 4 * version + 17

    // The whole band around the symbol is white.
    const int zone = grid.quietZonePixels;
    const int side = image.width();
    for (int y = 0; y < side; ++y) {
        for (int x = 0; x < side; ++x) {
            if (x < zone || y < zone || x >= side - zone || y >= side - zone) {
                QVERIFY2(!isDark(image, x, y), qPrintable(QStringLiteral("%1,%2").arg(x).arg(y)));
            }
        }
    }
    // And the symbol reaches its corners: the other two finder patterns are where they belong.
    QVERIFY(isDark(image, side - zone - 1, zone));
    QVERIFY(isDark(image, zone, side - zone - 1));
}

void RecoveryAndQrTest::qrUsesErrorCorrectionLevelM()
{
    const QImage image =
        qrcode::render(otpauthUri(QStringLiteral("alice"), totp::generateSecret()));
    QVERIFY(!image.isNull());
    const MeasuredGrid grid = measure(image);
    const int scale = grid.finderWidthPixels / 7;
    QVERIFY(scale > 0);
    const quint32 bits = formatBits(image, grid.quietZonePixels, scale) ^ 0x5412U; // unmask
    const quint32 data = bits >> 10;
    QCOMPARE(bits & 0x3FFU, formatCheckBits(data)); // a genuine format word was read
    QCOMPARE(data >> 3, 0U);                        // error-correction bits 00 = level M
}

void RecoveryAndQrTest::qrDecodesBackToInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("otpauth URI") << otpauthUri(QString::fromUtf16(u"Zo\u00E9 & Ada: \u738B"),
                                               totp::generateSecret());
    QTest::newRow("digits only") << "0123456789";
    QTest::newRow("UTF-8") << QString::fromUtf16(u"Pong \u00E0 deux \u2014 \u738B");
    QTest::newRow("long") << QString(600, u'q');
}

void RecoveryAndQrTest::qrDecodesBackToInput()
{
    if (!zbarimgInstalled()) {
        QFAIL(kZbarMissing);
    }
    QFETCH(QString, text);
    const ScanResult scan = scanWithZbar(qrcode::png(text));
    QVERIFY2(scan.error.isEmpty(), qPrintable(scan.error));
    QCOMPARE(QString::fromUtf8(scan.data), text);
}

void RecoveryAndQrTest::qrDataUrlCarriesThePng()
{
    const QString text = QStringLiteral("otpauth://totp/Transcendence:bob?secret=MY");
    const QString url = qrcode::pngDataUrl(text);
    const QString prefix = QStringLiteral("data:image/png;base64,");
    QVERIFY(url.startsWith(prefix));
    const auto decoded = QByteArray::fromBase64Encoding(url.mid(prefix.size()).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded);
    QCOMPARE(*decoded, qrcode::png(text));
    QVERIFY(!QImage::fromData(*decoded, "PNG").isNull());
}

void RecoveryAndQrTest::qrRefusesWhatItCannotEncode()
{
    // Level M holds at most 2331 bytes (version 40).
    const QString tooLong(3000, u'x');
    QVERIFY(qrcode::render(tooLong).isNull());
    QVERIFY(qrcode::png(tooLong).isEmpty());
    QVERIFY(qrcode::pngDataUrl(tooLong).isEmpty());
    QVERIFY(qrcode::png(QString::fromUtf16(u"ab\0cd", 5)).isEmpty()); // would be cut at the NUL
    QVERIFY(!qrcode::png(QString(2000, u'x')).isEmpty());
}

void RecoveryAndQrTest::enrollmentIsConsistentAndScannable()
{
    if (!zbarimgInstalled()) {
        QFAIL(kZbarMissing);
    }
    const QString account = QStringLiteral("ada@example.org");
    const TotpEnrollment enrollment = TotpEnrollment::create(account);
    QCOMPARE(enrollment.secret.size(), totp::kSecretBytes);
    QCOMPARE(base32::decode(enrollment.secretBase32), enrollment.secret);
    QCOMPARE(enrollment.otpauthUri, otpauthUri(account, enrollment.secret));
    QVERIFY(enrollment.otpauthUri.contains(QStringLiteral("secret=") + enrollment.secretBase32));

    const QString prefix = QStringLiteral("data:image/png;base64,");
    QVERIFY(enrollment.qrCodeDataUrl.startsWith(prefix));
    const QByteArray png =
        QByteArray::fromBase64(enrollment.qrCodeDataUrl.mid(prefix.size()).toLatin1());
    const ScanResult scan = scanWithZbar(png);
    QVERIFY2(scan.error.isEmpty(), qPrintable(scan.error));
    QCOMPARE(QString::fromUtf8(scan.data), enrollment.otpauthUri);

    // A second enrollment (e.g. setup restarted) gets a new secret.
    QVERIFY(TotpEnrollment::create(account).secret != enrollment.secret);
}

QTEST_GUILESS_MAIN(RecoveryAndQrTest)
#include "RecoveryAndQrTest.moc"
