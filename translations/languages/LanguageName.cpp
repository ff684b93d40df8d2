#include "languages/LanguageName.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace transcendence::translations {

QString nativeLanguageName(const QString &languageCode)
{
    const QLocale locale(languageCode);
    if (locale.language() == QLocale::C) {
        return languageCode;
    }
    // CLDR names "en" after its default territory ("American English"); a menu entry for the
    // English catalogue should just say English.
    QString name = locale.language() == QLocale::English && !languageCode.contains(QLatin1Char('_'))
                       ? QStringLiteral("English")
                       : locale.nativeLanguageName();
    if (name.isEmpty()) {
        return languageCode;
    }
    // CLDR gives names in their mid-sentence case ("français"); menu entries start upper-case.
    return locale.toUpper(name.left(1)) + name.mid(1);
}

QString languageCodeFromFileName(const QString &fileName)
{
    static const QRegularExpression pattern(
        QStringLiteral("^transcendence_([a-z]{2,3}(?:_[A-Z][A-Za-z]{1,3})?)\\.(?:ts|qm)$"));
    const QRegularExpressionMatch match = pattern.match(QFileInfo(fileName).fileName());
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace transcendence::translations
