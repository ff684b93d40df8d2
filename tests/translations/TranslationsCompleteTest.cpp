#include "catalogue/TsCatalogue.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using transcendence::translations::readTsFile;
using transcendence::translations::TsCatalogue;
using transcendence::translations::TsMessage;

namespace {

const QString kReferenceFile = QStringLiteral("transcendence_en.ts");

QDir translationsDir()
{
    return QDir(QStringLiteral(TRANSCENDENCE_TRANSLATIONS_DIR));
}

// One data row per translations/transcendence_*.ts file.
void addCatalogueRows()
{
    QTest::addColumn<QString>("path");
    const QStringList files =
        translationsDir().entryList({QStringLiteral("transcendence_*.ts")}, QDir::Files);
    QVERIFY2(files.contains(kReferenceFile), "translations/transcendence_en.ts is missing");
    QVERIFY2(files.size() >= 3, "expected at least en, fr and ru");
    for (const QString &file : files) {
        QTest::newRow(qPrintable(file)) << translationsDir().filePath(file);
    }
}

QString messageKey(const TsMessage &message)
{
    return QStringLiteral("%1 / \"%2\"%3")
        .arg(message.context, message.source,
             message.comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(message.comment));
}

QString where(const QString &path, const TsMessage &message)
{
    return QStringLiteral("%1:%2: %3")
        .arg(QFileInfo(path).fileName())
        .arg(message.line)
        .arg(messageKey(message));
}

// %1..%99, %L1, %n (Qt) and %{name} (the SPA): a translation must keep every one of them.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(%(?:L?\d{1,2}|n|\{\w+\}))"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        found.insert(it.next().captured());
    }
    return found;
}

} // namespace

class TranslationsCompleteTest : public QObject {
    Q_OBJECT

private slots:
    void everyMessageIsFinished_data() { addCatalogueRows(); }
    void everyMessageIsFinished();
    void everyReferenceMessageIsPresent_data() { addCatalogueRows(); }
    void everyReferenceMessageIsPresent();
    void placeholdersAreKept_data() { addCatalogueRows(); }
    void placeholdersAreKept();
};

void TranslationsCompleteTest::everyMessageIsFinished()
{
    QFETCH(QString, path);
    const auto read = readTsFile(path);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QStringList unfinished;
    for (const TsMessage &message : read.catalogue.messages) {
        const bool empty = std::all_of(message.translations.cbegin(), message.translations.cend(),
                                       [](const QString &text) { return text.isEmpty(); });
        if (message.status == TsMessage::Status::Unfinished ||
            (message.status == TsMessage::Status::Finished && empty)) {
            unfinished.append(where(path, message));
        }
    }
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(QStringLiteral("%1 unfinished message(s); open the file in Qt Linguist "
                                       "(docs/translating.md):\n  %2")
                            .arg(unfinished.size())
                            .arg(unfinished.join(QStringLiteral("\n  ")))));
}

void TranslationsCompleteTest::everyReferenceMessageIsPresent()
{
    QFETCH(QString, path);
    const auto reference = readTsFile(translationsDir().filePath(kReferenceFile));
    QVERIFY2(reference.error.isEmpty(), qPrintable(reference.error));
    const auto read = readTsFile(path);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));

    QSet<QString> present;
    for (const TsMessage &message : read.catalogue.messages) {
        if (message.isCurrent()) {
            present.insert(messageKey(message));
        }
    }
    QStringList missing;
    for (const TsMessage &message : reference.catalogue.messages) {
        if (message.isCurrent() && !present.contains(messageKey(message))) {
            missing.append(messageKey(message));
        }
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 lacks %2 message(s) of %3; run "
                                       "`cmake --build <dir> --target update_translations`:\n  %4")
                            .arg(QFileInfo(path).fileName())
                            .arg(missing.size())
                            .arg(kReferenceFile, missing.join(QStringLiteral("\n  ")))));
}

void TranslationsCompleteTest::placeholdersAreKept()
{
    QFETCH(QString, path);
    const auto read = readTsFile(path);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QStringList broken;
    for (const TsMessage &message : read.catalogue.messages) {
        if (message.status != TsMessage::Status::Finished) {
            continue;
        }
        QSet<QString> expected = placeholders(message.source);
        for (const QString &translation : message.translations) {
            QSet<QString> actual = placeholders(translation);
            if (message.numerus) {
                // A plural form may spell the number out ("one game"): %n is optional there.
                expected.remove(QStringLiteral("%n"));
                actual.remove(QStringLiteral("%n"));
            }
            if (actual != expected) {
                broken.append(
                    QStringLiteral("%1 -> \"%2\"").arg(where(path, message), translation));
            }
        }
    }
    QVERIFY2(broken.isEmpty(),
             qPrintable(QStringLiteral("placeholders differ from the source:\n  %1")
                            .arg(broken.join(QStringLiteral("\n  ")))));
}

QTEST_GUILESS_MAIN(TranslationsCompleteTest)
#include "TranslationsCompleteTest.moc"
