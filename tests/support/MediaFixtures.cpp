#include "MediaFixtures.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>

namespace tunedrop::test {

QString MediaFixtures::ffmpeg()
{
    return QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
}

QString MediaFixtures::path(const QString &fileName) const
{
    return QDir(m_dir).filePath(fileName);
}

QString MediaFixtures::make(const QString &fileName, const QStringList &args, QString *error) const
{
    const QString out = path(fileName);
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(ffmpeg(), QStringList{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-nostdin"),
                                  QStringLiteral("-y")}
                          + args + QStringList{out});
    if (!p.waitForFinished(15 * 60 * 1000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("ffmpeg failed for %1: %2").arg(fileName, QString::fromUtf8(p.readAll()));
        return {};
    }
    return out;
}

QStringList MediaFixtures::stereoTones(double seconds, int leftHz, int rightHz, int rate)
{
    const QString d = QString::number(seconds);
    return {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("sine=f=%1:d=%2:r=%3").arg(leftHz).arg(d).arg(rate),
            QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("sine=f=%1:d=%2:r=%3").arg(rightHz).arg(d).arg(rate),
            QStringLiteral("-filter_complex"), QStringLiteral("[0:a][1:a]amerge=inputs=2[a]"),
            QStringLiteral("-map"), QStringLiteral("[a]")};
}

QStringList MediaFixtures::monoTone(double seconds, int hz, int rate)
{
    return {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("sine=f=%1:d=%2:r=%3").arg(hz).arg(QString::number(seconds)).arg(rate)};
}

QStringList MediaFixtures::musicLike(double seconds, int rate)
{
    // A slowly changing chord with vibrato plus a little pink noise: tonal and noisy parts,
    // like real music, so the encoder's work per second is realistic. Commas inside the
    // expression are escaped: unescaped, lavfi reads them as filter separators.
    const QString expr = QStringLiteral(
        "0.25*sin(2*PI*(220+3*sin(2*PI*0.5*t))*t)+0.18*sin(2*PI*277.18*t)*(0.6+0.4*sin(2*PI*0.25*t))"
        "+0.15*sin(2*PI*329.63*t)+0.1*sin(2*PI*(880+440*floor(mod(t*2\\,4)))*t)*exp(-mod(t\\,0.5)*6)"
        "|0.25*sin(2*PI*(221+3*sin(2*PI*0.4*t))*t)+0.18*sin(2*PI*293.66*t)"
        "+0.15*sin(2*PI*369.99*t)*(0.6+0.4*cos(2*PI*0.3*t))+0.1*sin(2*PI*(660+330*floor(mod(t*3\\,3)))*t)*exp(-mod(t\\,0.33)*8)");
    const QString d = QString::number(seconds);
    return {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("aevalsrc=%1:s=%2:d=%3").arg(expr).arg(rate).arg(d),
            QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("anoisesrc=c=pink:a=0.05:r=%1:d=%2").arg(rate).arg(d),
            QStringLiteral("-filter_complex"),
            QStringLiteral("[1:a]aformat=channel_layouts=stereo[n];[0:a][n]amix=inputs=2:normalize=0[a]"),
            QStringLiteral("-map"), QStringLiteral("[a]")};
}

}  // namespace tunedrop::test
