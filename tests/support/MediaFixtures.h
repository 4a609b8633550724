#pragma once

#include <QString>
#include <QStringList>

namespace tunedrop::test {

// Test fixtures are made at test time with the real `ffmpeg` CLI from lavfi sources, so the
// repository ships no media and every case documents exactly how its input was built.
class MediaFixtures {
public:
    explicit MediaFixtures(QString dir) : m_dir(std::move(dir)) {}

    // Runs `ffmpeg -v error -nostdin -y ARGS... DIR/fileName`; returns the path or empty
    // (and *error) on failure.
    QString make(const QString &fileName, const QStringList &args, QString *error = nullptr) const;

    // lavfi input args for a stereo signal: `leftHz` on the left, `rightHz` on the right.
    static QStringList stereoTones(double seconds, int leftHz = 1000, int rightHz = 440, int rate = 48000);
    // lavfi input args for a mono tone.
    static QStringList monoTone(double seconds, int hz = 1000, int rate = 44100);
    // Music-like stereo signal: a chord, a melody and pink noise, so LAME works as on music.
    static QStringList musicLike(double seconds, int rate = 48000);

    QString path(const QString &fileName) const;
    static QString ffmpeg();

private:
    QString m_dir;
};

}  // namespace tunedrop::test
