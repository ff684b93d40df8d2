#pragma once

#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace transcendence::client {

// The match settings a player chooses (MatchConfig, docs/game.md), kept between runs, and what
// the settings form needs to check and describe them: the engine's own limits and validation,
// with messages in the player's language. Rooms on the server check them again.
class PlaySettings : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(PlaySettings)
    QML_SINGLETON
    // The last valid settings chosen (MatchConfig JSON); the classic game at first.
    Q_PROPERTY(QVariantMap current READ current WRITE setCurrent NOTIFY currentChanged)
    // The computer's level last chosen: "easy", "normal", "hard".
    Q_PROPERTY(QString difficulty READ difficulty WRITE setDifficulty NOTIFY difficultyChanged)
    // On-screen buttons under the arena: on by default where there is a touch screen and no
    // keyboard is likely (phones, tablets), and whenever the player turns them on.
    Q_PROPERTY(
        bool touchControls READ touchControls WRITE setTouchControls NOTIFY touchControlsChanged)
    // The match sounds (paddle, wall, point): on at first; the player's mute is remembered.
    Q_PROPERTY(bool sounds READ sounds WRITE setSounds NOTIFY soundsChanged)
    Q_PROPERTY(QStringList maps READ maps CONSTANT)
    Q_PROPERTY(QStringList powerUpKinds READ powerUpKinds CONSTANT)
    Q_PROPERTY(QStringList difficulties READ difficulties CONSTANT)

public:
    explicit PlaySettings(QObject *parent = nullptr);
    static PlaySettings *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    QVariantMap current() const { return m_current; }
    // Ignored (false) when the settings are not valid.
    Q_INVOKABLE bool setCurrent(const QVariantMap &config);
    QString difficulty() const { return m_difficulty; }
    void setDifficulty(const QString &difficulty);
    bool touchControls() const { return m_touchControls; }
    void setTouchControls(bool on);
    bool sounds() const { return m_sounds; }
    void setSounds(bool on);
    static QStringList maps();
    static QStringList powerUpKinds();
    static QStringList difficulties();

    // The classic game for a mode ("one_vs_one", "four_players").
    Q_INVOKABLE static QVariantMap classic(const QString &mode = QStringLiteral("one_vs_one"));
    // The same settings for another mode (what the queue of that mode or a local match needs).
    Q_INVOKABLE static QVariantMap withMode(const QVariantMap &config, const QString &mode);
    // {field: {min, max, integer}} for the numeric fields.
    Q_INVOKABLE static QVariantMap limits();
    // {field: message} for every problem, translated; empty when the settings can be played.
    Q_INVOKABLE static QVariantMap problems(const QVariantMap &config);
    // One line: "1 vs 1 · map Classic · first to 11 · ball speed 75 · paddle 16 · no power-ups".
    Q_INVOKABLE static QString summary(const QVariantMap &config);
    Q_INVOKABLE static QString mapLabel(const QString &map);
    Q_INVOKABLE static QString powerUpLabel(const QString &kind);
    Q_INVOKABLE static QString difficultyLabel(const QString &difficulty);
    Q_INVOKABLE static QString fieldLabel(const QString &field);

signals:
    void currentChanged();
    void difficultyChanged();
    void touchControlsChanged();
    void soundsChanged();

private:
    QVariantMap m_current;
    QString m_difficulty = QStringLiteral("normal");
    bool m_touchControls = false;
    bool m_sounds = true;
};

} // namespace transcendence::client
