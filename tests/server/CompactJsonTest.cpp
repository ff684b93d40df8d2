// core/CompactJson writes what QJsonDocument::toJson(Compact) writes for the same object: the
// per-request log line and GET /api/users/me use it, and their bytes must not change.
#include "core/CompactJson.h"

#include "users/PrivateUserJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace transcendence::server;

Q_DECLARE_METATYPE(transcendence::server::UserRecord)

namespace {

QByteArray qtString(const QString &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray qtDouble(double value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray ours(const QString &value)
{
    QByteArray out;
    CompactJsonObject::appendString(out, value);
    return out;
}

} // namespace

class CompactJsonTest : public QObject {
    Q_OBJECT

private slots:
    void everyAsciiCharacterIsEscapedAsQtDoes();
    void stringsBeyondAscii_data();
    void stringsBeyondAscii();
    void latin1Strings();
    void doublesAsQtWritesThem();
    void integersBooleansAndNull();
    void aWholeObject();
    void privateUserJsonIsToPrivateJson_data();
    void privateUserJsonIsToPrivateJson();
};

void CompactJsonTest::everyAsciiCharacterIsEscapedAsQtDoes()
{
    for (char16_t c = 0; c < 0x80; ++c) {
        const QString one(QChar{c});
        QCOMPARE(ours(one), qtString(one));
        const QString mixed = QStringLiteral("a") + one + QStringLiteral("b\"\\") + one;
        QCOMPARE(ours(mixed), qtString(mixed));
    }
    QCOMPARE(ours(QString()), qtString(QString()));
}

void CompactJsonTest::stringsBeyondAscii_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("french") << QStringLiteral("Élodie à l'école");
    QTest::newRow("russian") << QStringLiteral("Привет, мир");
    QTest::newRow("emoji") << QStringLiteral("gg 🏓 wp");
    QTest::newRow("delete and latin-1") << QStringLiteral("\x7f\u00a0\u00ff");
    QTest::newRow("line separators") << QStringLiteral("a\u2028b\u2029c");
    QTest::newRow("lone high surrogate") << QString(QChar(char16_t(0xd800)));
    QTest::newRow("lone low surrogate") << (QStringLiteral("x") + QChar(char16_t(0xdc00)));
    QTest::newRow("control and non-ascii") << QStringLiteral("\u0001é\n");
}

void CompactJsonTest::stringsBeyondAscii()
{
    QFETCH(QString, value);
    QCOMPARE(ours(value), qtString(value));
}

void CompactJsonTest::latin1Strings()
{
    for (const QByteArray &value : {QByteArray("9c0dabcdbbde03b11d3dc2d5"), QByteArray("GET"),
                                    QByteArray("a\"b\\c\n\x01"), QByteArray("caf\xe9")}) {
        QByteArray out;
        CompactJsonObject::appendLatin1String(out, value);
        QCOMPARE(out, qtString(QString::fromLatin1(value)));
    }
}

void CompactJsonTest::doublesAsQtWritesThem()
{
    QList<double> values{0.0,
                         -0.0,
                         1.0,
                         3.0,
                         -42.0,
                         0.036163,
                         0.1,
                         1.0 / 3.0,
                         123456.789,
                         1e-7,
                         1e20,
                         1e21,
                         1e300,
                         9007199254740992.0,
                         9007199254740993.0,
                         std::numeric_limits<double>::min(),
                         std::numeric_limits<double>::max(),
                         std::numeric_limits<double>::denorm_min(),
                         std::numeric_limits<double>::infinity(),
                         -std::numeric_limits<double>::infinity(),
                         std::numeric_limits<double>::quiet_NaN()};
    QRandomGenerator random(14);
    for (int i = 0; i < 2000; ++i) {
        values << random.generateDouble() * std::pow(10.0, random.bounded(-12, 18));
        values << double(random.bounded(0, 100000000)) / 1e6; // durations in ms
    }
    for (const double value : values) {
        QByteArray out;
        CompactJsonObject::appendDouble(out, value);
        QCOMPARE(out, qtDouble(value));
    }
}

void CompactJsonTest::integersBooleansAndNull()
{
    QByteArray out;
    CompactJsonObject(out)
        .add("a", qint64(0))
        .add("b", -1)
        .add("c", std::numeric_limits<qint64>::max())
        .add("d", std::numeric_limits<qint64>::min())
        .add("e", true)
        .add("f", false)
        .addNull("g")
        .finish();
    const QJsonObject expected{{QStringLiteral("a"), qint64(0)},
                               {QStringLiteral("b"), -1},
                               {QStringLiteral("c"), std::numeric_limits<qint64>::max()},
                               {QStringLiteral("d"), std::numeric_limits<qint64>::min()},
                               {QStringLiteral("e"), true},
                               {QStringLiteral("f"), false},
                               {QStringLiteral("g"), QJsonValue()}};
    QCOMPARE(out, QJsonDocument(expected).toJson(QJsonDocument::Compact));
}

void CompactJsonTest::aWholeObject()
{
    const QJsonObject nested{{QStringLiteral("x"), 1}, {QStringLiteral("y"), QStringLiteral("é")}};
    QByteArray out;
    CompactJsonObject(out)
        .add("durationMs", 0.024366)
        .addLatin1("event", "http_request")
        .addRaw("nested", QJsonDocument(nested).toJson(QJsonDocument::Compact))
        .add("path", QStringView(u"/api/users/me"))
        .add("status", 200)
        .finish();
    const QJsonObject expected{{QStringLiteral("status"), 200},
                               {QStringLiteral("path"), QStringLiteral("/api/users/me")},
                               {QStringLiteral("event"), QStringLiteral("http_request")},
                               {QStringLiteral("nested"), nested},
                               {QStringLiteral("durationMs"), 0.024366}};
    QCOMPARE(out, QJsonDocument(expected).toJson(QJsonDocument::Compact));
}

void CompactJsonTest::privateUserJsonIsToPrivateJson_data()
{
    QTest::addColumn<UserRecord>("user");
    UserRecord plain;
    plain.id = 42;
    plain.username = QStringLiteral("alice");
    plain.email = QStringLiteral("alice@example.test");
    plain.displayName = QStringLiteral("Alice");
    plain.role = QStringLiteral("user");
    plain.language = QStringLiteral("en");
    plain.createdAt = QDateTime::fromMSecsSinceEpoch(1796541934682, Qt::UTC);
    plain.hasPassword = true;
    QTest::newRow("plain") << plain;

    UserRecord other = plain;
    other.id = 9'007'199'254'740'993;
    other.email.clear(); // an account from "Sign in with 42" without an address: null
    other.displayName = QStringLiteral("Élodie \"la\" Тестова 🏓");
    other.bio = QStringLiteral("line one\nline two\t\\");
    other.role = QStringLiteral("admin");
    other.language = QStringLiteral("ru");
    other.hasPassword = false;
    other.twoFactorEnabled = true;
    other.emailVerified = true;
    other.banned = true;
    QTest::newRow("everything else") << other;

    QTest::newRow("empty record") << UserRecord{};

    UserRecord offset = plain;
    offset.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::OffsetFromUTC, 3600);
    QTest::newRow("time with an offset") << offset;
    UserRecord early = plain;
    early.createdAt = QDateTime(QDate(999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    QTest::newRow("three-digit year") << early;
    UserRecord utc = plain;
    utc.createdAt = QDateTime(QDate(2026, 12, 6), QTime(0, 0), Qt::UTC);
    QTest::newRow("midnight") << utc;
}

void CompactJsonTest::privateUserJsonIsToPrivateJson()
{
    QFETCH(UserRecord, user);
    QCOMPARE(privateUserJson(user),
             QJsonDocument(user.toPrivateJson()).toJson(QJsonDocument::Compact));
}

QTEST_GUILESS_MAIN(CompactJsonTest)
#include "CompactJsonTest.moc"
