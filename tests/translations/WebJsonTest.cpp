#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString errors;
};

Run runTs2Json(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(TS2JSON_EXECUTABLE), arguments);
    if (!process.waitForFinished(30'000) || process.exitStatus() != QProcess::NormalExit) {
        return {-1, QStringLiteral("ts2json did not finish: %1").arg(process.errorString())};
    }
    return {process.exitCode(), QString::fromLocal8Bit(process.readAllStandardError())};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString fixture(const QString &name)
{
    return QDir(QStringLiteral(TS2JSON_FIXTURES_DIR)).filePath(name);
}

} // namespace

class WebJsonTest : public QObject {
    Q_OBJECT

private slots:
    void convertsFinishedWebMessagesOnly();
    void listsEveryLanguageWithItsOwnName();
    void refusesFilesWithoutALanguageInTheName();
    void builtWebCataloguesHaveTheSpaFormat();
};

void WebJsonTest::convertsFinishedWebMessagesOnly()
{
    QTemporaryDir out;
    const Run run = runTs2Json({QStringLiteral("--output-dir"), out.path(),
                                fixture(QStringLiteral("transcendence_fr.ts"))});
    QCOMPARE(run.exitCode, 0);
    // Only web.* contexts; no unfinished, vanished, obsolete or empty message; the duplicate
    // "Home" (another disambiguation comment) keeps the first translation and warns. Finished
    // plural messages go to "plurals" with every form, in order.
    const QByteArray expected =
        R"({"language":"fr","messages":{"web.nav":{"Home":"Accueil"},)"
        R"("web.status":{"Say \"hi\" & <wave>":"Dites « salut » & <saluez>"}},)"
        R"json("plurals":{"web.status":{"%n player(s)":["%n joueur","%n joueurs"]}}})json"
        "\n";
    QCOMPARE(readAll(out.filePath(QStringLiteral("fr.json"))), expected);
    QVERIFY2(run.errors.contains(QStringLiteral("\"Home\" appears twice")), qPrintable(run.errors));
}

void WebJsonTest::listsEveryLanguageWithItsOwnName()
{
    QTemporaryDir out;
    const Run run = runTs2Json({QStringLiteral("--output-dir"), out.path(),
                                fixture(QStringLiteral("transcendence_fr.ts")),
                                fixture(QStringLiteral("transcendence_de.ts"))});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(readAll(out.filePath(QStringLiteral("languages.json"))),
             QByteArray(R"([{"code":"de","name":"Deutsch"},{"code":"fr","name":"Français"}])"
                        "\n"));
    QCOMPARE(readAll(out.filePath(QStringLiteral("de.json"))),
             QByteArray(R"({"language":"de","messages":{},"plurals":{}})"
                        "\n"));
}

void WebJsonTest::refusesFilesWithoutALanguageInTheName()
{
    QTemporaryDir out;
    QFile::copy(fixture(QStringLiteral("transcendence_de.ts")),
                out.filePath(QStringLiteral("german.ts")));
    const Run run = runTs2Json(
        {QStringLiteral("--output-dir"), out.path(), out.filePath(QStringLiteral("german.ts"))});
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.errors.contains(QStringLiteral("transcendence_fr.ts")), qPrintable(run.errors));
}

void WebJsonTest::builtWebCataloguesHaveTheSpaFormat()
{
    // What the web_i18n target put into the web root, for the real translations.
    const QDir i18n(QStringLiteral(TRANSCENDENCE_WEB_I18N_DIR));
    const QJsonDocument languagesDocument =
        QJsonDocument::fromJson(readAll(i18n.filePath(QStringLiteral("languages.json"))));
    QVERIFY2(languagesDocument.isArray(), "languages.json must be a JSON array");

    QStringList listed;
    for (const QJsonValue &entry : languagesDocument.array()) {
        const QJsonObject language = entry.toObject();
        QCOMPARE(language.keys(), (QStringList{QStringLiteral("code"), QStringLiteral("name")}));
        QVERIFY(!language.value(QLatin1String("name")).toString().isEmpty());
        listed.append(language.value(QLatin1String("code")).toString());
    }
    QStringList tsLanguages;
    for (const QString &file :
         QDir(QStringLiteral(TRANSCENDENCE_TRANSLATIONS_DIR))
             .entryList({QStringLiteral("transcendence_*.ts")}, QDir::Files)) {
        tsLanguages.append(file.mid(int(qstrlen("transcendence_"))).chopped(3));
    }
    QCOMPARE(listed, tsLanguages);

    for (const QString &code : listed) {
        const QJsonDocument document =
            QJsonDocument::fromJson(readAll(i18n.filePath(code + QStringLiteral(".json"))));
        const QJsonObject catalogue = document.object();
        QCOMPARE(catalogue.keys(),
                 (QStringList{QStringLiteral("language"), QStringLiteral("messages"),
                              QStringLiteral("plurals")}));
        QCOMPARE(catalogue.value(QLatin1String("language")).toString(), code);
        const QJsonObject messages = catalogue.value(QLatin1String("messages")).toObject();
        QVERIFY2(!messages.isEmpty(), qPrintable(code + QStringLiteral(".json has no messages")));
        for (auto context = messages.begin(); context != messages.end(); ++context) {
            QVERIFY2(context.key().startsWith(QLatin1String("web.")), qPrintable(context.key()));
            const QJsonObject strings = context.value().toObject();
            QVERIFY(!strings.isEmpty());
            for (auto message = strings.begin(); message != strings.end(); ++message) {
                QVERIFY2(message.value().isString() && !message.value().toString().isEmpty(),
                         qPrintable(context.key() + QLatin1Char('/') + message.key()));
            }
        }
        // Every plural message has the language's forms (Qt Linguist: English and French 2,
        // Russian 3), none empty.
        const qsizetype forms = code == QLatin1String("ru") ? 3 : 2;
        const QJsonObject plurals = catalogue.value(QLatin1String("plurals")).toObject();
        QVERIFY2(!plurals.isEmpty(), qPrintable(code + QStringLiteral(".json has no plurals")));
        for (auto context = plurals.begin(); context != plurals.end(); ++context) {
            const QJsonObject strings = context.value().toObject();
            for (auto message = strings.begin(); message != strings.end(); ++message) {
                const QJsonArray translations = message.value().toArray();
                const QString where =
                    code + QLatin1Char(' ') + context.key() + QLatin1Char('/') + message.key();
                QVERIFY2(translations.size() == forms, qPrintable(where));
                for (const QJsonValue &form : translations) {
                    QVERIFY2(!form.toString().isEmpty(), qPrintable(where));
                }
            }
        }
    }
}

QTEST_GUILESS_MAIN(WebJsonTest)
#include "WebJsonTest.moc"
