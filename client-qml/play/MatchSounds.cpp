#include "play/MatchSounds.h"

#include "play/MatchSession.h"
#include "play/ToneWave.h"

#include <QAudioDevice>
#include <QFile>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QTemporaryDir>
#include <QUrl>

namespace transcendence::client {

namespace {

struct Tone {
    const char *cue;
    double startHz;
    double endHz;
    int milliseconds;
};

// Paddle, wall and point, as on the 1972 machine: 459 Hz and 226 Hz blips, a longer 490 Hz
// tone (here falling a little, so that a point sounds like an end).
constexpr std::array<Tone, 3> kTones{
    {{"paddle", 459.0, 459.0, 45}, {"wall", 226.0, 226.0, 35}, {"point", 490.0, 330.0, 260}}};

int indexOf(const QString &cue)
{
    for (std::size_t i = 0; i < kTones.size(); ++i) {
        if (cue == QLatin1String(kTones[i].cue)) {
            return int(i);
        }
    }
    return -1;
}

// The tones as files, written once a process (and removed at its end): QSoundEffect reads a
// URL, not bytes. A file that could not be written plays as silence.
const QTemporaryDir &toneFolder()
{
    static const QTemporaryDir folder;
    static const bool written = [] {
        bool ok = folder.isValid();
        for (const Tone &tone : kTones) {
            QFile file(folder.filePath(QLatin1String(tone.cue) + QStringLiteral(".wav")));
            ok = ok && file.open(QIODevice::WriteOnly) &&
                 file.write(toneWave(tone.startHz, tone.endHz, tone.milliseconds)) > 0;
        }
        return ok;
    }();
    Q_UNUSED(written);
    return folder;
}

// Asked once a process: without an output, QSoundEffect would complain at every sound.
bool systemHasAudioOutput()
{
    static const bool hasOutput = !QMediaDevices::audioOutputs().isEmpty();
    return hasOutput;
}

} // namespace

MatchSounds::MatchSounds(QObject *parent)
    : QObject(parent)
{}

MatchSounds::~MatchSounds() = default;

void MatchSounds::setMatch(MatchSession *match)
{
    if (match == m_match) {
        return;
    }
    if (m_match) {
        disconnect(m_match, nullptr, this, nullptr);
    }
    m_match = match;
    if (m_match) {
        connect(m_match, &MatchSession::soundCue, this, &MatchSounds::play);
    }
    m_cueCount = 0;
    m_lastCue.clear();
    emit matchChanged();
    emit cueCountChanged();
}

void MatchSounds::setEnabled(bool enabled)
{
    if (enabled != m_enabled) {
        m_enabled = enabled;
        emit enabledChanged();
    }
}

void MatchSounds::createEffects()
{
    m_effectsCreated = true;
    m_audioAvailable = systemHasAudioOutput();
    if (!m_audioAvailable) {
        return;
    }
    emit audioAvailableChanged();
    const QTemporaryDir &folder = toneFolder();
    for (std::size_t i = 0; i < kTones.size(); ++i) {
        auto *effect = new QSoundEffect(this);
        effect->setSource(QUrl::fromLocalFile(
            folder.filePath(QLatin1String(kTones[i].cue) + QStringLiteral(".wav"))));
        effect->setVolume(0.6f);
        m_effects[i] = effect;
    }
}

void MatchSounds::play(const QString &cue)
{
    const int index = indexOf(cue);
    if (!m_enabled || index < 0) {
        return;
    }
    if (!m_effectsCreated) {
        createEffects();
    }
    if (QSoundEffect *effect = m_effects[std::size_t(index)]) {
        effect->play();
    }
    ++m_cueCount;
    m_lastCue = cue;
    emit cueCountChanged();
}

} // namespace transcendence::client
