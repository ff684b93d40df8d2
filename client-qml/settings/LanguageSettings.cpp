#include "settings/LanguageSettings.h"

#include "languages/LanguageName.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlEngine>
#include <QSettings>
#include <QVariantMap>

namespace transcendence::client {

namespace {

const QString kTranslationsDir = QStringLiteral(":/i18n");
const QString kCatalogueName = QStringLiteral("transcendence");

} // namespace

LanguageSettings::LanguageSettings(QQmlEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    const QString saved = QSettings().value(kSettingsKey).toString();
    if (!(compiledLanguages().contains(saved) && load(saved))) {
        // QTranslator picks the best of the user's preferred languages (LANGUAGE, LC_*, LANG).
        if (m_translator.load(QLocale(), kCatalogueName, QStringLiteral("_"), kTranslationsDir)) {
            QCoreApplication::installTranslator(&m_translator);
            m_language = translations::languageCodeFromFileName(
                QFileInfo(m_translator.filePath()).fileName());
            loadQtTranslation();
        } else {
            load(kFallbackLanguage);
        }
    }
    if (m_engine) {
        m_engine->retranslate();
    }
}

LanguageSettings::~LanguageSettings()
{
    QCoreApplication::removeTranslator(&m_translator);
}

LanguageSettings *LanguageSettings::create(QQmlEngine *qmlEngine, QJSEngine *)
{
    return new LanguageSettings(qmlEngine);
}

void LanguageSettings::setLanguage(const QString &language)
{
    if (language == m_language || !compiledLanguages().contains(language)) {
        return;
    }
    if (!load(language)) {
        return;
    }
    QSettings().setValue(kSettingsKey, language);
    if (m_engine) {
        m_engine->retranslate();
    }
    emit languageChanged();
}

QVariantList LanguageSettings::availableLanguages() const
{
    QVariantList languages;
    for (const QString &code : compiledLanguages()) {
        languages.append(
            QVariantMap{{QStringLiteral("code"), code},
                        {QStringLiteral("name"), translations::nativeLanguageName(code)}});
    }
    return languages;
}

QStringList LanguageSettings::compiledLanguages()
{
    QStringList codes;
    const QStringList files =
        QDir(kTranslationsDir).entryList({kCatalogueName + QStringLiteral("_*.qm")}, QDir::Files);
    for (const QString &file : files) {
        const QString code = translations::languageCodeFromFileName(file);
        if (!code.isEmpty()) {
            codes.append(code);
        }
    }
    codes.sort();
    return codes;
}

bool LanguageSettings::load(const QString &language)
{
    QCoreApplication::removeTranslator(&m_translator);
    const bool loaded =
        m_translator.load(kCatalogueName + QLatin1Char('_') + language, kTranslationsDir);
    if (loaded) {
        QCoreApplication::installTranslator(&m_translator);
        m_language = language;
        loadQtTranslation();
    } else {
        qWarning("LanguageSettings: cannot load the %s translation", qPrintable(language));
    }
    return loaded;
}

void LanguageSettings::loadQtTranslation()
{
    QCoreApplication::removeTranslator(&m_qtTranslator);
    if (m_qtTranslator.load(QStringLiteral("qt_") + m_language,
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&m_qtTranslator);
    }
}

} // namespace transcendence::client
