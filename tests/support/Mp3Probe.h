#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace tunedrop::test {

// Reads media back with libavformat/libavcodec, independently of the code under test.
struct MediaProbe {
    bool ok = false;
    QString error;
    QString formatName;     // "mp3", "matroska,webm", ...
    QString codecName;      // "mp3", "opus", ...
    int sampleRate = 0;
    int channels = 0;
    qint64 bitRate = 0;
    double containerSeconds = 0;  // what the container claims
    qint64 decodedSamples = 0;    // what decoding really yields (per channel)
    double decodedSeconds() const { return sampleRate ? double(decodedSamples) / sampleRate : 0; }
    // Goertzel power per channel for each requested frequency, measured on up to 4 s of audio
    // starting 0.5 s in (or at 0 for short files): tones[channel][i] for frequency i.
    QList<QList<double>> tones;
};

MediaProbe probeMedia(const QString &path, const QList<int> &toneFrequencies = {});

// Index of the largest value.
int dominantIndex(const QList<double> &powers);

// "Xing" (VBR), "Info" (CBR) or empty: the tag in the first MPEG frame after any ID3v2 tag.
QByteArray xingTagKind(const QString &mp3Path);
// The bytes after the ID3v2 tag (the audio), for stream-copy comparisons.
QByteArray audioAfterId3v2(const QString &mp3Path);

}  // namespace tunedrop::test
