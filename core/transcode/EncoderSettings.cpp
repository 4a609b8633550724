#include "EncoderSettings.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace tunedrop {

namespace {
// Layer III bitrates of MPEG-1 (32..320) and MPEG-2/2.5 (8..160, with 144). Which of them a
// file can have depends on its sample rate, known only once the source is open: Mp3Encoder
// refuses one below the rate's minimum and lowers one above its maximum, with a warning.
constexpr std::array<int, 18> kCbrBitrates = {8,   16,  24,  32,  40,  48,  56,  64,  80,
                                              96,  112, 128, 144, 160, 192, 224, 256, 320};
// LAME's documented average bitrates for -V0..-V9 at 44.1 kHz stereo.
constexpr std::array<int, 10> kVbrAverage = {245, 225, 190, 175, 165, 130, 115, 100, 85, 65};
}  // namespace

EncoderSettings EncoderSettings::cbr(int kbps)
{
    EncoderSettings s;
    s.mode = Mode::Cbr;
    s.bitrateKbps = kbps;
    return s;
}

EncoderSettings EncoderSettings::vbr(int quality)
{
    EncoderSettings s;
    s.mode = Mode::Vbr;
    s.vbrQuality = quality;
    return s;
}

bool EncoderSettings::isValidCbrBitrate(int kbps)
{
    for (int b : kCbrBitrates)
        if (b == kbps)
            return true;
    return false;
}

QString EncoderSettings::validationError() const
{
    if (mode == Mode::Cbr && !isValidCbrBitrate(bitrateKbps))
        return QCoreApplication::translate("EncoderSettings",
                                           "%1 kbps is not an MP3 bitrate. Choose one of 8, 16, 24, 32, 40, "
                                           "48, 56, 64, 80, 96, 112, 128, 144, 160, 192, 224, 256 or 320.")
            .arg(bitrateKbps);
    if (mode == Mode::Vbr && (vbrQuality < 0 || vbrQuality > 9))
        return QCoreApplication::translate("EncoderSettings",
                                           "VBR quality must be between 0 (best) and 9 (smallest), "
                                           "not %1.")
            .arg(vbrQuality);
    return {};
}

int EncoderSettings::nominalBitrateKbps() const
{
    if (mode == Mode::Cbr)
        return bitrateKbps;
    return kVbrAverage[std::clamp(vbrQuality, 0, 9)];
}

QString EncoderSettings::describe() const
{
    if (mode == Mode::Cbr)
        return QCoreApplication::translate("EncoderSettings", "CBR %1 kbps").arg(bitrateKbps);
    return QCoreApplication::translate("EncoderSettings", "VBR V%1").arg(vbrQuality);
}

QString EncoderSettings::key() const
{
    const QString rate = mode == Mode::Cbr ? QStringLiteral("cbr%1").arg(bitrateKbps) : QStringLiteral("vbr%1").arg(vbrQuality);
    return QStringLiteral("%1;id3v%2;%3")
        .arg(rate)
        .arg(int(id3Version))
        .arg(allowStreamCopy ? QStringLiteral("copy") : QStringLiteral("nocopy"));
}

}  // namespace tunedrop
