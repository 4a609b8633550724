#include "SampleRatePolicy.h"

#include <array>

namespace tunedrop {

namespace {
constexpr std::array<int, 9> kRates = {8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000};
}

bool SampleRatePolicy::isMp3Rate(int hz)
{
    for (int r : kRates)
        if (r == hz)
            return true;
    return false;
}

int SampleRatePolicy::outputRate(int inputHz)
{
    if (isMp3Rate(inputHz))
        return inputHz;
    if (inputHz <= 0)
        return 44100;
    const bool cdFamily = inputHz % 11025 == 0;
    if (inputHz > 48000)
        return cdFamily ? 44100 : 48000;
    for (int r : kRates) {
        const bool rCdFamily = r % 11025 == 0;
        if (r >= inputHz && (rCdFamily == cdFamily || !cdFamily))
            return r;
    }
    return 48000;
}

int SampleRatePolicy::outputChannels(int inputChannels)
{
    return inputChannels == 1 ? 1 : 2;
}

}  // namespace tunedrop
