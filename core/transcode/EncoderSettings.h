#pragma once

#include <QString>
#include <optional>

namespace tunedrop {

// How the MP3 is encoded. Default: CBR 192 kbps, what the original service produced.
struct EncoderSettings {
    enum class Mode { Cbr, Vbr };
    enum class Id3Version { V24 = 4, V23 = 3 };

    Mode mode = Mode::Cbr;
    int bitrateKbps = 192;  // CBR: 8..320, a Layer III bitrate (MPEG-1 or MPEG-2)
    int vbrQuality = 2;     // VBR: 0 (best, ~245 kbps) .. 9 (smallest, ~65 kbps)
    Id3Version id3Version = Id3Version::V24;
    // Copy MP3 sources without re-encoding when that loses nothing (see StreamCopyRule).
    bool allowStreamCopy = true;

    static EncoderSettings cbr(int kbps);
    static EncoderSettings vbr(int quality);

    // Layer III CBR bitrates of MPEG-1 or MPEG-2/2.5 (whether the source's rate allows one
    // is decided by Mp3Encoder).
    static bool isValidCbrBitrate(int kbps);
    // An empty string when valid, otherwise why not (translated).
    QString validationError() const;
    // Rough average bitrate of the output, used by the stream-copy rule and size estimates.
    int nominalBitrateKbps() const;
    // "CBR 192 kbps" / "VBR V2".
    QString describe() const;
    // Everything that changes the bytes written, in a stable untranslated form
    // ("cbr192;id3v4;copy"): stored with each job, so an MP3 made with other settings is
    // never handed out as a duplicate.
    QString key() const;
};

}  // namespace tunedrop
