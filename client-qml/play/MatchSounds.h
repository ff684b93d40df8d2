#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <array>

class QSoundEffect;

namespace transcendence::client {

class MatchSession;

// The sounds of a match: a short tone when a ball hits a paddle, another for a wall, a falling
// one for a point (the pitches of the 1972 machine), from the match's soundCue(). The tones are
// made at first use (ToneWave) and played with QSoundEffect. Where the system has no audio
// output (a server, a test machine) the app asks once, then stays silent without a message a
// second; what would have been heard is still counted, for the tests and the accessibility tree.
class MatchSounds : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(MatchSession *match READ match WRITE setMatch NOTIFY matchChanged)
    // Off: nothing is played or counted (the player's mute, PlaySettings.sounds).
    Q_PROPERTY(bool enabled READ isEnabled WRITE setEnabled NOTIFY enabledChanged)
    // Cues heard since the match was set (played, or due where there is no audio output).
    Q_PROPERTY(int cueCount READ cueCount NOTIFY cueCountChanged)
    Q_PROPERTY(QString lastCue READ lastCue NOTIFY cueCountChanged)
    // Whether the system has an audio output (known after the first cue).
    Q_PROPERTY(bool audioAvailable READ isAudioAvailable NOTIFY audioAvailableChanged)

public:
    explicit MatchSounds(QObject *parent = nullptr);
    ~MatchSounds() override;

    MatchSession *match() const { return m_match; }
    void setMatch(MatchSession *match);
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    int cueCount() const { return m_cueCount; }
    QString lastCue() const { return m_lastCue; }
    bool isAudioAvailable() const { return m_audioAvailable; }

    // "paddle", "wall" or "point"; anything else is ignored.
    Q_INVOKABLE void play(const QString &cue);

signals:
    void matchChanged();
    void enabledChanged();
    void cueCountChanged();
    void audioAvailableChanged();

private:
    void createEffects();

    QPointer<MatchSession> m_match;
    bool m_enabled = true;
    int m_cueCount = 0;
    QString m_lastCue;
    bool m_audioAvailable = false;
    bool m_effectsCreated = false;
    std::array<QSoundEffect *, 3> m_effects{}; // paddle, wall, point
};

} // namespace transcendence::client
