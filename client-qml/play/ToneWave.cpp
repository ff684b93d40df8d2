#include "play/ToneWave.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace transcendence::client {

namespace {

void appendLittleEndian32(QByteArray &bytes, quint32 value)
{
    char buffer[4];
    qToLittleEndian(value, buffer);
    bytes.append(buffer, 4);
}

void appendLittleEndian16(QByteArray &bytes, quint16 value)
{
    char buffer[2];
    qToLittleEndian(value, buffer);
    bytes.append(buffer, 2);
}

} // namespace

QByteArray toneWave(double startHz, double endHz, int milliseconds, double volume, int sampleRate)
{
    const int samples = std::max(1, int(std::lround(double(sampleRate) * milliseconds / 1000.0)));
    const int fade = std::min(samples / 2, sampleRate * 4 / 1000); // 4 ms
    const quint32 dataBytes = quint32(samples) * 2;

    QByteArray wav;
    wav.reserve(int(44 + dataBytes));
    wav.append("RIFF");
    appendLittleEndian32(wav, 36 + dataBytes);
    wav.append("WAVEfmt ");
    appendLittleEndian32(wav, 16);                      // the size of this chunk
    appendLittleEndian16(wav, 1);                       // PCM
    appendLittleEndian16(wav, 1);                       // mono
    appendLittleEndian32(wav, quint32(sampleRate));     // samples a second
    appendLittleEndian32(wav, quint32(sampleRate) * 2); // bytes a second
    appendLittleEndian16(wav, 2);                       // bytes a frame
    appendLittleEndian16(wav, 16);                      // bits a sample
    wav.append("data");
    appendLittleEndian32(wav, dataBytes);

    const double amplitude = std::clamp(volume, 0.0, 1.0) * 32767.0;
    double phase = 0.0;
    for (int i = 0; i < samples; ++i) {
        const double progress = double(i) / samples;
        const double frequency = startHz + (endHz - startHz) * progress;
        phase += 2.0 * std::numbers::pi * frequency / sampleRate;
        double envelope = 1.0;
        if (i < fade) {
            envelope = double(i) / fade;
        } else if (i >= samples - fade) {
            envelope = double(samples - 1 - i) / fade;
        }
        // A sine with its third harmonic: rounder than a square wave, brighter than a sine.
        const double wave = 0.8 * std::sin(phase) + 0.2 * std::sin(3.0 * phase);
        appendLittleEndian16(wav, quint16(qint16(std::lround(amplitude * envelope * wave))));
    }
    return wav;
}

} // namespace transcendence::client
