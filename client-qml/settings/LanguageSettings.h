#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTranslator>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace transcendence::client {

// The user interface language: the translations compiled into the app (:/i18n/*.qm), the one in
// use (a saved choice, else the best match for the system locale, else English), and switching
// at run time (every qsTr binding is re-evaluated through QQmlEngine::retranslate()).
class LanguageSettings : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Language)
    QML_SINGLETON
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // [{code: "fr", name: "Français"}, ...] sorted by code.
    Q_PROPERTY(QVariantList availableLanguages READ availableLanguages CONSTANT)

public:
    static inline const QString kSettingsKey = QStringLiteral("ui/language");
    static inline const QString kFallbackLanguage = QStringLiteral("en");

    explicit LanguageSettings(QQmlEngine *engine, QObject *parent = nullptr);
    ~LanguageSettings() override;
    static LanguageSettings *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    QString language() const { return m_language; }
    // Switches to an available language and saves the choice; ignores unknown codes.
    void setLanguage(const QString &language);
    QVariantList availableLanguages() const;

    static QStringList compiledLanguages();

signals:
    void languageChanged();

private:
    bool load(const QString &language);
    void loadQtTranslation();

    QPointer<QQmlEngine> m_engine;
    QTranslator m_translator;
    // Qt's own texts (network error strings, standard buttons), from the system's Qt
    // translations when installed (Debian: qt6-translations-l10n); English otherwise.
    QTranslator m_qtTranslator;
    QString m_language;
};

} // namespace transcendence::client
