// The privacy policy and terms of service as the server renders them (legal/LegalPages.h): every
// compiled-in document in every language is complete once the operator's facts are filled in,
// facts are escaped, optional passages follow their facts, and the language is negotiated.
#include "legal/LegalPages.h"

#include "legal/LegalFacts.h"

#include <QRegularExpression>
#include <QTest>

using namespace transcendence::server;
using namespace Qt::StringLiterals;

namespace {

LegalFacts factsFrom(const QHash<QString, QString> &variables)
{
    const LegalFactsResult result =
        readLegalFacts([&variables](const QString &key) { return variables.value(key); }, true);
    if (!result.errors.isEmpty()) {
        qFatal("bad facts: %s", qPrintable(result.errors.join(u'\n')));
    }
    return result.facts;
}

QHash<QString, QString> completeFacts()
{
    return {
        {u"TRANSCENDENCE_LEGAL_OPERATOR_NAME"_s, u"Pong <Association> & Co"_s},
        {u"TRANSCENDENCE_LEGAL_POSTAL_ADDRESS"_s, u"12 rue du Jeu, 75011 Paris"_s},
        {u"TRANSCENDENCE_LEGAL_CONTACT_EMAIL"_s, u"privacy@pong.example.org"_s},
        {u"TRANSCENDENCE_LEGAL_COUNTRY"_s, u"France"_s},
        {u"TRANSCENDENCE_LEGAL_COUNTRY_RU"_s, u"Франция"_s},
        {u"TRANSCENDENCE_LEGAL_COURTS"_s, u"Paris"_s},
        {u"TRANSCENDENCE_LEGAL_SUPERVISORY_AUTHORITY"_s, u"CNIL"_s},
        {u"TRANSCENDENCE_LEGAL_SUPERVISORY_AUTHORITY_URL"_s, u"https://www.cnil.fr/"_s},
        {u"TRANSCENDENCE_LEGAL_HOSTING"_s, u"Hosting SAS, France"_s},
        {u"TRANSCENDENCE_LEGAL_DATA_LOCATION"_s, u"France"_s},
        {u"TRANSCENDENCE_LEGAL_MINIMUM_AGE"_s, u"15"_s},
        {u"TRANSCENDENCE_LEGAL_LOG_RETENTION_DAYS"_s, u"21"_s},
    };
}

QString bodyOf(const LegalPages &pages, const QString &document, const QString &language)
{
    const LegalPages::Page *page = pages.find(document, language);
    return page ? QString::fromUtf8(page->body) : QString();
}

} // namespace

class LegalPagesTest : public QObject {
    Q_OBJECT

private slots:
    void everyDocumentInEveryLanguage_data();
    void everyDocumentInEveryLanguage();
    void factsAreEscaped();
    void optionalPassagesFollowTheirFacts();
    void signInProvidersAreNamed();
    void retentionIsWrittenInEachLanguage_data();
    void retentionIsWrittenInEachLanguage();
    void unknownKeysStayVisible();
    void negotiatesLanguage_data();
    void negotiatesLanguage();
};

void LegalPagesTest::everyDocumentInEveryLanguage_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("language");
    for (const QString &document : {u"privacy"_s, u"terms"_s}) {
        for (const QString &language : {u"en"_s, u"fr"_s, u"ru"_s}) {
            QTest::addRow("%s.%s", qPrintable(document), qPrintable(language))
                << document << language;
        }
    }
}

void LegalPagesTest::everyDocumentInEveryLanguage()
{
    QFETCH(QString, document);
    QFETCH(QString, language);
    const LegalPages pages(factsFrom(completeFacts()), {});
    QCOMPARE(pages.languages(), (QStringList{u"en"_s, u"fr"_s, u"ru"_s}));
    const LegalPages::Page *page = pages.find(document, language);
    QVERIFY(page);
    const QString body = QString::fromUtf8(page->body);
    QVERIFY(body.contains(u"<html lang=\"%1\""_s.arg(language)));
    QVERIFY2(!body.contains(u"{{"_s) && !body.contains(u"}}"_s), "a template key is left");
    QVERIFY(!body.contains(u"placeholder"_s));
    QVERIFY(!body.contains(u"<script"_s));
    QVERIFY(body.contains(u"privacy@pong.example.org"_s));
    QVERIFY(body.contains(u"12 rue du Jeu, 75011 Paris"_s));
    QVERIFY(body.contains(language == u"ru"_s ? u"Франция"_s : u"France"_s));
    // Its own language is marked as the current one in the switcher, and links stay in it.
    QVERIFY(body.contains(
        u"href=\"/legal/%1.%2.html\" hreflang=\"%2\" lang=\"%2\" aria-current=\"page\""_s.arg(
            document, language)));
    const QString other = document == u"privacy"_s ? u"terms"_s : u"privacy"_s;
    QVERIFY(body.contains(u"href=\"/legal/%1.%2.html\""_s.arg(other, language)));
    QCOMPARE(page->etag.size(), 34);
    QVERIFY(!pages.stylesheet().body.isEmpty());
}

void LegalPagesTest::factsAreEscaped()
{
    const LegalPages pages(factsFrom(completeFacts()), {});
    const QString body = bodyOf(pages, u"terms"_s, u"en"_s);
    QVERIFY(body.contains(u"Pong &lt;Association&gt; &amp; Co"_s));
    QVERIFY(!body.contains(u"<Association>"_s));
}

void LegalPagesTest::optionalPassagesFollowTheirFacts()
{
    QHash<QString, QString> variables = completeFacts();
    {
        const LegalPages pages(factsFrom(variables), {});
        const QString body = bodyOf(pages, u"privacy"_s, u"fr"_s);
        QVERIFY(!body.contains(u"data-fact=\"data-protection-officer\""_s));
        QVERIFY(!body.contains(u"data-fact=\"transfers\""_s));
    }
    variables.insert(u"TRANSCENDENCE_LEGAL_DATA_PROTECTION_OFFICER"_s, u"Jeanne Martin"_s);
    variables.insert(u"TRANSCENDENCE_LEGAL_TRANSFERS"_s, u"Backups go to Canada."_s);
    variables.insert(u"TRANSCENDENCE_LEGAL_TRANSFERS_FR"_s, u"Les sauvegardes vont au Canada."_s);
    const LegalPages pages(factsFrom(variables), {});
    const QString french = bodyOf(pages, u"privacy"_s, u"fr"_s);
    QVERIFY(french.contains(u"data-fact=\"data-protection-officer\">Jeanne Martin<"_s));
    QVERIFY(french.contains(u"Les sauvegardes vont au Canada."_s));
    QVERIFY(bodyOf(pages, u"privacy"_s, u"en"_s).contains(u"Backups go to Canada."_s));
}

void LegalPagesTest::signInProvidersAreNamed()
{
    const LegalFacts facts = factsFrom(completeFacts());
    QVERIFY(!bodyOf(LegalPages(facts, {}), u"privacy"_s, u"en"_s)
                 .contains(u"data-fact=\"sign-in-providers\""_s));
    const QString body =
        bodyOf(LegalPages(facts, {u"42"_s, u"My School"_s}), u"privacy"_s, u"en"_s);
    QVERIFY(body.contains(u"data-fact=\"sign-in-providers\">42, My School<"_s));
}

void LegalPagesTest::retentionIsWrittenInEachLanguage_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en 1") << 1 << u"en"_s << u"1 day"_s;
    QTest::newRow("en 14") << 14 << u"en"_s << u"14 days"_s;
    QTest::newRow("fr 1") << 1 << u"fr"_s << u"1\u00a0jour"_s;
    QTest::newRow("fr 30") << 30 << u"fr"_s << u"30\u00a0jours"_s;
    QTest::newRow("ru 1") << 1 << u"ru"_s << u"1\u00a0день"_s;
    QTest::newRow("ru 3") << 3 << u"ru"_s << u"3\u00a0дня"_s;
    QTest::newRow("ru 11") << 11 << u"ru"_s << u"11\u00a0дней"_s;
    QTest::newRow("ru 14") << 14 << u"ru"_s << u"14\u00a0дней"_s;
    QTest::newRow("ru 21") << 21 << u"ru"_s << u"21\u00a0день"_s;
    QTest::newRow("ru 22") << 22 << u"ru"_s << u"22\u00a0дня"_s;
    QTest::newRow("ru 30") << 30 << u"ru"_s << u"30\u00a0дней"_s;
}

void LegalPagesTest::retentionIsWrittenInEachLanguage()
{
    QFETCH(int, count);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QCOMPARE(LegalPages::days(count, language), expected);
}

void LegalPagesTest::unknownKeysStayVisible()
{
    QCOMPARE(LegalPages::render(u"a {{KNOWN}} b {{UNKNOWN}} {{#EMPTY}}gone{{/EMPTY}}"_s,
                                {{u"KNOWN"_s, u"<x>"_s}, {u"EMPTY"_s, QString()}}),
             u"a &lt;x&gt; b {{UNKNOWN}} "_s);
}

void LegalPagesTest::negotiatesLanguage_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QByteArray() << u"en"_s;
    QTest::newRow("french region") << QByteArray("fr-CH, fr;q=0.9, en;q=0.8") << u"fr"_s;
    QTest::newRow("weights win over order") << QByteArray("en;q=0.5, ru;q=0.9") << u"ru"_s;
    QTest::newRow("unavailable first") << QByteArray("de-DE, ru;q=0.7") << u"ru"_s;
    QTest::newRow("nothing available") << QByteArray("de, it") << u"en"_s;
    QTest::newRow("refused with q=0") << QByteArray("fr;q=0, ru;q=0.1") << u"ru"_s;
    QTest::newRow("garbage") << QByteArray(";;,,q=x") << u"en"_s;
}

void LegalPagesTest::negotiatesLanguage()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, expected);
    QCOMPARE(LegalPages::negotiate(header, {u"en"_s, u"fr"_s, u"ru"_s}), expected);
}

QTEST_GUILESS_MAIN(LegalPagesTest)
#include "LegalPagesTest.moc"
