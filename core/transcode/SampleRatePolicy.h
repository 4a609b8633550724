#pragma once

namespace tunedrop {

// Which sample rate an MP3 gets for a given source rate, and which channel count.
//
// MP3 knows nine rates (MPEG-1: 32/44.1/48 kHz, MPEG-2: 16/22.05/24 kHz, MPEG-2.5:
// 8/11.025/12 kHz). A source already at one of them keeps it (no resampling, no loss).
// Anything else goes to the nearest MP3 rate at or above it, within the same family
// (multiples of 11.025 kHz stay with 44.1 kHz, others with 48 kHz), capped at 48 kHz:
// 96 kHz -> 48 kHz, 88.2 kHz -> 44.1 kHz, 192 kHz -> 48 kHz, 37.8 kHz -> 44.1 kHz.
//
// The lower MPEG-2/2.5 rates cap the bitrate (LAME allows at most 160 kbps at 16-24 kHz
// and 64 kbps at 8-12 kHz); we accept that rather than upsample a telephone-quality
// source only to spend bits on nothing.
class SampleRatePolicy {
public:
    static bool isMp3Rate(int hz);
    static int outputRate(int inputHz);
    // Mono stays mono; stereo stays stereo; more channels are downmixed to stereo.
    static int outputChannels(int inputChannels);
};

}  // namespace tunedrop
