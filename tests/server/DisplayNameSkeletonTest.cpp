// Display names a reader can mistake for one another share a TR39 confusable skeleton (issue 15,
// item 11); different names do not.
#include "auth/AccountRules.h"

#include <QTest>

using namespace transcendence::server;
using namespace Qt::StringLiterals;

class DisplayNameSkeletonTest : public QObject {
    Q_OBJECT

private slots:
    void lookAlikesShareASkeleton_data();
    void lookAlikesShareASkeleton();
    void differentNamesDoNot_data();
    void differentNamesDoNot();
};

namespace {
QString skeletonOf(const QString &name)
{
    return account_rules::displayNameSkeleton(account_rules::normalizeDisplayName(name));
}
} // namespace

void DisplayNameSkeletonTest::lookAlikesShareASkeleton_data()
{
    QTest::addColumn<QString>("taken");
    QTest::addColumn<QString>("lookAlike");
    QTest::newRow("Cyrillic a") << u"admin"_s << u"\u0430dmin"_s;
    QTest::newRow("case and rn") << u"Admin"_s << u"adrnin"_s;
    QTest::newRow("rn for m") << u"admin"_s << u"adrnin"_s;
    QTest::newRow("Greek omicron") << u"Bob the Bot"_s << u"B\u03bfb the Bot"_s;
    QTest::newRow("digit zero, letter O") << u"N00b"_s << u"NOOb"_s;
    QTest::newRow("capital I for l") << u"Bill"_s << u"BiII"_s;
    QTest::newRow("digit one for l") << u"lola"_s << u"1ola"_s;
    QTest::newRow("full-width") << u"marvin"_s << u"\uff4d\uff41\uff52\uff56\uff49\uff4e"_s;
    QTest::newRow("Cyrillic es and o") << u"socks"_s << u"\u0455\u043e\u0441ks"_s;
}

void DisplayNameSkeletonTest::lookAlikesShareASkeleton()
{
    QFETCH(QString, taken);
    QFETCH(QString, lookAlike);
    QVERIFY(!skeletonOf(taken).isEmpty());
    QCOMPARE(skeletonOf(lookAlike), skeletonOf(taken));
}

void DisplayNameSkeletonTest::differentNamesDoNot_data()
{
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("other");
    QTest::newRow("one letter") << u"admin"_s << u"admit"_s;
    QTest::newRow("Cyrillic word") << u"\u0410\u043d\u043d\u0430"_s << u"Anya"_s;
    QTest::newRow("accent") << u"Zoe"_s << u"Zo\u00eb"_s;
    QTest::newRow("space") << u"ann marie"_s << u"annmarie"_s;
}

void DisplayNameSkeletonTest::differentNamesDoNot()
{
    QFETCH(QString, one);
    QFETCH(QString, other);
    QVERIFY(skeletonOf(one) != skeletonOf(other));
}

QTEST_GUILESS_MAIN(DisplayNameSkeletonTest)
#include "DisplayNameSkeletonTest.moc"
