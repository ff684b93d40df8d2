#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace transcendence::client {

// How the app looks, saved between runs: the theme (following the system, light, dark, or high
// contrast), the text size, and reduced motion (no animated transitions, no ball trail).
class AppearanceSettings : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Appearance)
    QML_SINGLETON
    Q_PROPERTY(Theme theme READ theme WRITE setTheme NOTIFY themeChanged)
    // 1.0 (normal) .. 1.6; every text of the app scales with it.
    Q_PROPERTY(double textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)
    Q_PROPERTY(
        bool reducedMotion READ reducedMotion WRITE setReducedMotion NOTIFY reducedMotionChanged)

public:
    enum class Theme { System, Light, Dark, HighContrast };
    Q_ENUM(Theme)

    static constexpr double kMinTextScale = 1.0;
    static constexpr double kMaxTextScale = 1.6;

    explicit AppearanceSettings(QObject *parent = nullptr);
    static AppearanceSettings *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    Theme theme() const { return m_theme; }
    void setTheme(Theme theme);
    double textScale() const { return m_textScale; }
    void setTextScale(double scale);
    bool reducedMotion() const { return m_reducedMotion; }
    void setReducedMotion(bool reduced);

signals:
    void themeChanged();
    void textScaleChanged();
    void reducedMotionChanged();

private:
    Theme m_theme = Theme::System;
    double m_textScale = 1.0;
    bool m_reducedMotion = false;
};

} // namespace transcendence::client
