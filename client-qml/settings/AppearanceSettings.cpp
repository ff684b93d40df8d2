#include "settings/AppearanceSettings.h"

#include <QMetaEnum>
#include <QSettings>

#include <algorithm>

namespace transcendence::client {
namespace {

const QString kThemeKey = QStringLiteral("ui/theme");
const QString kTextScaleKey = QStringLiteral("ui/textScale");
const QString kReducedMotionKey = QStringLiteral("ui/reducedMotion");

} // namespace

AppearanceSettings::AppearanceSettings(QObject *parent)
    : QObject(parent)
{
    const QSettings settings;
    const QMetaEnum themes = QMetaEnum::fromType<Theme>();
    bool known = false;
    const int theme =
        themes.keyToValue(settings.value(kThemeKey).toString().toLatin1().constData(), &known);
    if (known) {
        m_theme = Theme(theme);
    }
    m_textScale =
        std::clamp(settings.value(kTextScaleKey, 1.0).toDouble(), kMinTextScale, kMaxTextScale);
    m_reducedMotion = settings.value(kReducedMotionKey, false).toBool();
}

AppearanceSettings *AppearanceSettings::create(QQmlEngine *, QJSEngine *)
{
    return new AppearanceSettings;
}

void AppearanceSettings::setTheme(Theme theme)
{
    if (theme == m_theme) {
        return;
    }
    m_theme = theme;
    QSettings().setValue(kThemeKey,
                         QString::fromLatin1(QMetaEnum::fromType<Theme>().valueToKey(int(theme))));
    emit themeChanged();
}

void AppearanceSettings::setTextScale(double scale)
{
    scale = std::clamp(scale, kMinTextScale, kMaxTextScale);
    if (qFuzzyCompare(scale, m_textScale)) {
        return;
    }
    m_textScale = scale;
    QSettings().setValue(kTextScaleKey, scale);
    emit textScaleChanged();
}

void AppearanceSettings::setReducedMotion(bool reduced)
{
    if (reduced == m_reducedMotion) {
        return;
    }
    m_reducedMotion = reduced;
    QSettings().setValue(kReducedMotionKey, reduced);
    emit reducedMotionChanged();
}

} // namespace transcendence::client
