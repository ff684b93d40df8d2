// ts2json: turns the Qt Linguist catalogues into what the SPA loads (lconvert cannot write JSON).
//
//   ts2json --output-dir <web root>/i18n translations/transcendence_<lang>.ts...
//
// writes <lang>.json = {"language":"fr","messages":{"web.nav":{"Home":"Accueil"}}} per file,
// holding only contexts named web.* and only finished translations (unfinished, vanished and
// obsolete messages are left out, so the SPA shows its English source text for them). Plural
// (numerus) messages go to "plurals":{"web.play":{"%n lives":["%n vie","%n vies"]}}, their forms in
// Qt Linguist's order for the language, for the SPA's tn() (finished ones only). It also writes
// languages.json = [{"code":"en","name":"English"},...], one entry per file given, sorted by code,
// with each language's own name, so a new transcendence_<lang>.ts shows up in the SPA by itself.

#include "catalogue/TsCatalogue.h"
#include "languages/LanguageName.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cstdio>
#include <map>

namespace {

using transcendence::translations::TsCatalogue;
using transcendence::translations::TsMessage;

const QString kWebContextPrefix = QStringLiteral("web.");

void printError(const QString &message)
{
    std::fprintf(stderr, "ts2json: %s\n", qPrintable(message));
}

bool usable(const TsMessage &message)
{
    if (!message.context.startsWith(kWebContextPrefix) ||
        message.status != TsMessage::Status::Finished || message.translations.isEmpty()) {
        return false;
    }
    return std::none_of(message.translations.cbegin(), message.translations.cend(),
                        [](const QString &form) { return form.isEmpty(); });
}

// Plural (numerus) messages when plural is true, the others when false.
QJsonObject webMessages(const TsCatalogue &catalogue, const QString &tsPath, bool plural)
{
    QJsonObject contexts;
    for (const TsMessage &message : catalogue.messages) {
        if (message.numerus != plural || !usable(message)) {
            continue;
        }
        QJsonObject context = contexts.value(message.context).toObject();
        if (context.contains(message.source)) {
            // The SPA looks strings up by context and source only; a disambiguation comment
            // cannot reach it.
            printError(QStringLiteral("%1:%2: \"%3\" appears twice in %4; keeping the first")
                           .arg(tsPath)
                           .arg(message.line)
                           .arg(message.source, message.context));
            continue;
        }
        context.insert(message.source,
                       plural ? QJsonValue(QJsonArray::fromStringList(message.translations))
                              : QJsonValue(message.translations.first()));
        contexts.insert(message.context, context);
    }
    return contexts;
}

bool writeJson(const QString &path, const QJsonDocument &document)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        printError(QStringLiteral("%1: %2").arg(path, file.errorString()));
        return false;
    }
    file.write(document.toJson(QJsonDocument::Compact));
    file.write("\n");
    if (!file.commit()) {
        printError(QStringLiteral("%1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Converts transcendence_<lang>.ts files into the SPA's i18n JSON files."));
    parser.addHelpOption();
    const QCommandLineOption outputDirOption(QStringLiteral("output-dir"),
                                             QStringLiteral("Where to write the JSON files."),
                                             QStringLiteral("dir"));
    parser.addOption(outputDirOption);
    parser.addPositionalArgument(QStringLiteral("ts-files"),
                                 QStringLiteral("transcendence_<lang>.ts files"));
    parser.process(app);

    const QStringList tsFiles = parser.positionalArguments();
    const QString outputDir = parser.value(outputDirOption);
    if (outputDir.isEmpty() || tsFiles.isEmpty()) {
        parser.showHelp(EXIT_FAILURE);
    }
    if (!QDir().mkpath(outputDir)) {
        printError(QStringLiteral("cannot create %1").arg(outputDir));
        return EXIT_FAILURE;
    }

    std::map<QString, QString> languageNames; // sorted by code
    for (const QString &tsFile : tsFiles) {
        const QString code = transcendence::translations::languageCodeFromFileName(tsFile);
        if (code.isEmpty()) {
            printError(QStringLiteral("%1: expected a name like transcendence_fr.ts").arg(tsFile));
            return EXIT_FAILURE;
        }
        const auto read = transcendence::translations::readTsFile(tsFile);
        if (!read.error.isEmpty()) {
            printError(read.error);
            return EXIT_FAILURE;
        }
        const QJsonObject catalogue{
            {QStringLiteral("language"), code},
            {QStringLiteral("messages"), webMessages(read.catalogue, tsFile, false)},
            {QStringLiteral("plurals"), webMessages(read.catalogue, tsFile, true)}};
        if (!writeJson(QDir(outputDir).filePath(code + QStringLiteral(".json")),
                       QJsonDocument(catalogue))) {
            return EXIT_FAILURE;
        }
        languageNames[code] = transcendence::translations::nativeLanguageName(code);
    }

    QJsonArray languages;
    for (const auto &[code, name] : languageNames) {
        languages.append(
            QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("name"), name}});
    }
    return writeJson(QDir(outputDir).filePath(QStringLiteral("languages.json")),
                     QJsonDocument(languages))
               ? EXIT_SUCCESS
               : EXIT_FAILURE;
}
