#pragma once

#include <QByteArray>

namespace transcendence::client {

// A short tone as a complete WAV file (RIFF, 16-bit mono PCM): the arena's sounds are made here
// rather than shipped as recordings. The tone slides from `startHz` to `endHz` (equal: a steady
// beep), with a few milliseconds of fade at both ends so that it does not click.
QByteArray toneWave(double startHz, double endHz, int milliseconds, double volume = 0.5,
                    int sampleRate = 22050);

} // namespace transcendence::client
